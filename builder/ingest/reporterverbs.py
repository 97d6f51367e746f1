"""A lead sentence opening with the newsroom and its reporter, the wrap cutting it right after their verb.

Real R16 r16_02 shape: `某某网-某某日报记者探访` / `了某某市某某区…社区。`: the body's first sentence names the
site and paper whose reporter visited (`记者探访了…`), and the column cut it after the verb. The line alone reads
like a reporter line (a newsroom, `记者`, then two characters like a name), so it was taken as the byline and the
sentence lost its subject. The word after the role, glued to it with no space, that is one of the words a lead's
reporter does (`探访`, `走访`, `获悉`, `了解`, `近日`: a closed class; not `李明`, nor a name that is a word of the
dictionary too, `文静`), the text going on under it, is the reporter's verb: the line is text. Asked by `bylinerules.byline` and `bylinedheads.headline_over_byline`.
"""

from __future__ import annotations

import re

from builder.ingest.reporternames import SIGNATURE_NAME, WRITER_ROLES
from builder.ingest.textrules import ends_sentence, indented

# the newsroom, the role, then two or three characters glued to it at the line's end (`…日报记者探访`); a
# label of the role and a word alone (`记者调查`, `记者手记`) is none
_ROLE_THEN_WORD = re.compile(rf"\S{{2,}}(?:{WRITER_ROLES})([\u4e00-\u9fff]{{2,3}})$")
_SIGNATURE = re.compile(f"^{SIGNATURE_NAME}$")
# what a lead's reporter does (`记者探访了…`, `记者近日从…获悉`): a closed class of words, for a reporter's name may
# be a word of the dictionary too, its surname not a common one (`记者文静`, `记者宁静`, `记者舒畅`)
_REPORTING_WORD = re.compile(
    r"探访|走访|踏访|专访|采访|获悉|了解|看到|见到|发现|注意到|来到|走进|走近|深入|调查|观察|随访|跟随|跟踪|蹲点"
    r"|体验|探寻|探秘|直击|见证|近日|日前|昨日|今天|昨天|一行"
)


def reporter_verb_line(text: str, following: str) -> bool:
    """`text` ends with the reporter's role and their verb, not their name, and the sentence goes on on the
    line `following` it (printed, not indented)."""
    found = _ROLE_THEN_WORD.search(text.strip())
    if found is None or _SIGNATURE.match(found.group(1)) or ends_sentence(text):
        return False
    if not following.strip() or indented(following):
        return False
    return _REPORTING_WORD.fullmatch(found.group(1)) is not None
