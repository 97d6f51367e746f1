"""A lead sentence opening with the newsroom and its reporter, the wrap cutting it right after their verb.

Real R16 r16_02 shape: `某某网-某某日报记者探访` / `了某某市某某区…社区。`: the body's first sentence names the
site and paper whose reporter visited (`记者探访了…`), and the column cut it after the verb. The line alone reads
like a reporter line (a newsroom, `记者`, then two characters like a name), so it was taken as the byline and the
sentence lost its subject. The word after the role, glued to it with no space, that is a word of the dictionary
opening with no common surname (`探访`, `走访`, `获悉`, `了解`; not `李明`, `王琳`), the text going on under it, is
the reporter's verb: the line is text. Asked by `bylinerules.byline` and `bylinerules.headline_over_byline`.
"""

from __future__ import annotations

import re

from builder.ingest.reporternames import SIGNATURE_NAME
from builder.ingest.textrules import ends_sentence, indented
from builder.text.boundaries import get_tokenizer

# the newsroom, the role, then two or three characters glued to it at the line's end (`…日报记者探访`); a
# label of the role and a word alone (`记者调查`, `记者手记`) is none
_ROLE_THEN_WORD = re.compile(r"\S{2,}(?:记者|通讯员)([\u4e00-\u9fff]{2,3})$")
_SIGNATURE = re.compile(f"^{SIGNATURE_NAME}$")


def reporter_verb_line(text: str, following: str) -> bool:
    """`text` ends with the reporter's role and their verb, not their name, and the sentence goes on on the
    line `following` it (printed, not indented)."""
    found = _ROLE_THEN_WORD.search(text.strip())
    if found is None or _SIGNATURE.match(found.group(1)) or ends_sentence(text):
        return False
    if not following.strip() or indented(following):
        return False
    word = found.group(1)
    tokenizer = get_tokenizer()
    return tokenizer.tokenize(word) == (word,) and tokenizer.known(word)
