"""The line rules about reporter lines (part of LINE_RULES in `builder.ingest.units`).

A reporter line (`本报记者 张三`, `■中共…委组织部`, names wrapped to the next line, a trainee's line under it, its
lead glued after a space). A headline recognized by the byline it leads to is `bylinedheads`'; a line of bare
names under a headline, `barenames`'.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import (
    BYLINE_THEN_LEAD,
    contributed_by,
    is_byline_text,
    source_byline,
    unslash_names,
)
from builder.ingest.gluedlead import opens_with_place_chain
from builder.ingest.leadbylines import runs_to_clause_mark
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import (
    BYLINE,
    FURNITURE,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
)
from builder.ingest.reporternames import (
    BYLINE_NAME,
    SIGNATURE_NAME,
    WRITER_ROLES,
)
from builder.ingest.reporterverbs import reporter_verb_line
from builder.ingest.textrules import display_width, ends_sentence, indented
from builder.places.gazetteer import gazetteer

# a line of reporters' names, maybe roles between them (`通讯员 王芳 李娜`, `阿依古丽·买买提  乌云其木格`)
_NAMES_LINE = re.compile(rf"^(?:(?:{BYLINE_NAME}|通讯员|记者|实习记者)\s+)*{BYLINE_NAME}$")


_ROLE_AT_END = re.compile(r"(?:记者|通讯员|撰稿|作者)$")


def byline(page: PageReader, line: Line) -> bool:
    """A reporter line; one whose names went to the next line (`新甘肃·甘肃日报记者` / `董文龙 通讯员 …`)
    takes them back."""
    if not is_byline_text(line.text) or _inside_open_bracket(page) or _reporter_verb(page, line.text):
        return False  # (`…日报记者探访` / `了…`: the lead's reporter and their verb, no byline)
    text, page.index = names_taken_back(page, unslash_names(line.text), page.index)
    text = place_given_back(page, text)
    return page.add(BYLINE, source_byline(text) or LINE_SHAPE["ornament"].sub("", text), line.number)


def contributed_under_headline(page: PageReader, line: Line) -> bool:
    """Right under a headline (no blank line), a unit's bracketed credit for the case it contributed
    (`（某某区委组织部供稿）`): the byline, without its brackets."""
    credit = contributed_by(line.text)
    last = page.units[-1] if page.units else None
    if credit is None or page.blanks or last is None or last.kind != HEADLINE:
        return False
    return page.add(BYLINE, credit, line.number)


# A research group signing its report (a 调研报告's `某某省委组织部调研组`, `某某市委党校课题组`, `省委组织部、省民政厅
# 联合调研组`): one body's name or several (`、`, `和`, `与` between), then the group's word, alone on its line.
RESEARCH_GROUP = re.compile(
    r"^(?:中共)?(?:(?![的了在将对])[\u4e00-\u9fff、（）()]){2,30}?"
    r"(?:部|委|局|厅|办|室|所|处|会|中心|院|党校|大学|政府|街道|社区)"
    r"(?:联合)?(?:调研组|课题组|调查组|联合调研组)$"
)
_HEAD_KINDS = (HEADLINE, SUBTITLE, KICKER)


def research_group_under_head(page: PageReader, line: Line) -> bool:
    """Under a head (its headline, its `——关于…的调研` deck; maybe a blank line between), a research group's
    name alone (RESEARCH_GROUP): who wrote the report, its byline (no person signs it)."""
    last = next((unit for unit in reversed(page.units) if unit.kind != FURNITURE), None)
    if last is None or last.kind not in _HEAD_KINDS or page.blanks > 2 or not RESEARCH_GROUP.match(line.text):
        return False
    return page.add(BYLINE, line.text, line.number)


# The byline's next role and names, wrapped onto the line under it (`■本报记者 何晓梅` / `实习生 周宇`).
_TRAINEE_LINE = re.compile(
    rf"^(?:本报)?(?:实习生|见习记者|实习记者|通讯员)[ \u3000]*{BYLINE_NAME}(?:[ \u3000、]+{BYLINE_NAME}){{0,3}}$"
)


def byline_goes_on(page: PageReader, line: Line) -> bool:
    """Right under a byline (no blank line), a line of a role and its names only, a trainee's (`实习生 周宇`) or a
    correspondent's: the byline wrapped, its names taken onto it (not a byline of its own, nor the text)."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind != BYLINE or page.blanks or not _TRAINEE_LINE.match(line.text):
        return False
    last.text = f"{last.text} {line.text}"
    return True


# A bare reporter line glued to its lead after a space (`本报记者 周沁怡　在苏州市…`, `记者 赵一鸣 正定县正定镇塔`): the
# roles and names, then text longer than a name.
_LEAD_WORDS = 5  # characters of the lead after the names at least, unless they start a place the wrap cut


def byline_glued_to_lead(page: PageReader, line: Line) -> bool:
    """Under a headline or opening a block, a bare reporter line with the lead's first words after a space on
    the same line: the byline, then the text."""
    found = BYLINE_THEN_LEAD.match(line.text)
    if not found or _inside_open_bracket(page) or ends_sentence(found.group(1)) or is_byline_text(line.text):
        return False  # (a whole reporter line: `本报记者 孔德明　本报通讯员 吕洁 侯亮`)
    last = page.units[-1] if page.units else None
    if not (page.blanks or (last is not None and last.kind == HEADLINE)):
        return False
    lead = found.group(2)
    if len(lead) < _LEAD_WORDS:  # `本报记者 陈海燕 通讯员 庞雪　北` / `海市海城区…`: the place goes on below
        following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
        if not following or not (_place_runs_over(lead, following) or _lead_word_cut(page, lead, following)):
            return False
        page.lines[page.index] = lead + following
        return page.add(BYLINE, found.group(1), line.number)
    page.add(BYLINE, found.group(1), line.number)
    page.add_text(lead, line)
    # the lead fills the line's end: a full line, no short heading of its own
    page.units[-1].width = display_width(line.text)
    return True


def _lead_word_cut(page: PageReader, lead: str, following: str) -> bool:
    """`某某早报全媒体记者 张三 连` / `日来，…` (real R38): the wrap cut the lead's first word after the names; the
    line under it (no indent: the same paragraph) reads on to a clause mark with no space before it (a space
    there is a name cut by the wrap, `记者 张三 李` / `四 连日来，…`)."""
    before_mark = re.split(r"[，。；：、]", following, maxsplit=1)[0]
    return runs_to_clause_mark(page, lead) and not re.search(r"[ \u3000]", lead + before_mark)


def _place_runs_over(word: str, following: str) -> bool:
    """`北` + `海市海城区…`: the words open with a place chain running past `word` (the wrap cut the place)."""
    return opens_with_place_chain(word + following) and gazetteer().scan(word + following)[0][1] > len(word)


def place_given_back(page: PageReader, text: str) -> str:
    """A bare reporter line whose last word is the start of the lead's place, the wrap cutting it (`记者 刘畅
    通讯员 孙伟 沈阳` / `市沈河区深化…`): the word and the next line name places in full (`沈阳市沈河区`), so the
    word goes back to the lead, the byline keeps the names before it."""
    head, _, last = text.rpartition(" ")
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not head.strip() or not last or not following or not is_byline_text(head.strip()):
        return text
    if not opens_with_place_chain(last + following) or gazetteer().scan(last + following)[0][1] <= len(last):
        return text  # the place must run over the line's end: a name before a lead's place stays a name
    page.lines[page.index] = last + following
    return head.strip()


def names_taken_back(page: PageReader, text: str, start: int) -> tuple[str, int]:
    """A reporter line ending with a role (`…通讯员`) takes back the names the wrap sent to the next line,
    and one whose next line goes on with another role (`本报记者/增太加` / `通讯员/豆本加`, also the paper's own,
    `本报通讯员 …`) takes that line:
    (the whole line, the index after it). No reporter line (`text` empty): nothing to take back."""
    if not text.strip():
        return text, start
    look = start
    while look < len(page.lines) and not page.lines[look].strip():
        look += 1
    following = unslash_names(page.lines[look].strip()) if look < len(page.lines) else ""
    if _ROLE_AT_END.search(text) and _NAMES_LINE.match(following):
        return f"{text} {following}", look + 1
    if look == start and _ROLE_OPENS.match(following) and is_byline_text(following):
        return f"{text} {following}", look + 1
    after = page.lines[look + 1] if look + 1 < len(page.lines) else ""
    if look == start and _name_cut(text, following) and (indented(after) or not after.strip()):
        return text + following, look + 1  # `□本报记者谢大强通讯员陈` / `创淼` / the lead (real R17 r17_03)
    # `…通讯员 鲁提普拉·木塔力甫` / `祖力皮卡尔·米吉提` / the lead: the names the wrap sent down (real R19 r19_05)
    if look == start and _NAMES_ALONE.match(following) and (indented(after) or not after.strip()):
        return f"{text} {following}", look + 1
    return text, start


# A line going on with another role, maybe the paper's own (`通讯员 …`, `本报通讯员 …`: roles set one a line)
_ROLE_OPENS = re.compile(r"^(?:本报)?(?:通讯员|记者|实习记者)")


# The last names of a reporter line the wrap sent to a line of their own (a blank or an indented lead under it):
# transliterated names, or Han names opening with a common surname (never a lead's `近日` or `今年`).
_NAME_ALONE = rf"(?:{SIGNATURE_NAME}|[\u4e00-\u9fff]{{2,6}}[·・][\u4e00-\u9fff]{{2,6}})"


_NAMES_ALONE = re.compile(rf"^(?:{_NAME_ALONE})(?:[ \u3000、]+(?:{_NAME_ALONE}))*$")


_CUT_NAME = re.compile(rf"(?:{WRITER_ROLES})\s*([\u4e00-\u9fff]{{1,2}})$")


_NAME_REST = re.compile(r"^[\u4e00-\u9fff]{1,2}$")


def _name_cut(text: str, following: str) -> bool:
    """The line ends in a role and the first characters of a name, the next line holds the rest alone (one or
    two characters): the wrap cut the last reporter's name (asked with an indented lead under that line: a drop
    cap, `走` / `进洛阳市…`, is the lead's first character)."""
    cut = _CUT_NAME.search(text)
    return cut is not None and _NAME_REST.match(following) is not None and len(cut.group(1) + following) <= 3


def _inside_open_bracket(page: PageReader) -> bool:
    """The line goes on a bracket the line right above left open (`湘江新闻网9月28日讯（湘` / `江融媒记者 朱莉
    通讯员`): the rest of a dateline byline, not a reporter line of its own."""
    last = page.units[-1] if page.units else None
    return bool(
        last and last.kind == TEXT and not page.blanks and last.text.count("（") > last.text.count("）")
    )


def next_lines(page: PageReader, start: int, blanks: int = 1) -> list[str]:
    """The next non-blank lines from `start`, as long as at most `blanks` blank lines stand between."""
    found: list[str] = []
    gap = 0
    for raw in page.lines[start : start + 16]:
        text = raw.strip()
        if not text:
            gap += 1
            if gap > blanks:
                break
            continue
        found.append(text)
        gap = 0
    return found


def _reporter_verb(page: PageReader, text: str) -> bool:
    """The line being read ends with the lead's reporter and their verb (reporterverbs), the text going on."""
    return reporter_verb_line(text, page.lines[page.index] if page.index < len(page.lines) else "")
