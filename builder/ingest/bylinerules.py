"""The line rules about bylines and the headlines over them (part of LINE_RULES in `builder.ingest.units`).

A reporter line (`本报记者 张三`, `■中共…委组织部`, names wrapped to the next line), a closing credit
(`（本报记者 … 通讯员 …）`), a line of bare names under a headline, and a headline at the top of a page or
column, recognized by the byline it leads to.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text, source_byline, starts_byline, unslash_names
from builder.ingest.captionlines import CAPTION_OPENING
from builder.ingest.celltables import read_cell_table
from builder.ingest.datelines import dateline_over_wrap
from builder.ingest.decks import deck_under
from builder.ingest.gluedlead import opens_with_place_chain
from builder.ingest.headlinecontext import headline_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import (
    particle_cut_over_byline,
    quote_cut_over_byline,
    quoted_tail_over_byline,
    reads_on,
    subject_then_deed,
    tail_over_byline,
    verb_cut_over_byline,
    wrapped_naming_no_place,
)
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE, is_label_word, is_place_kicker, is_quoted_name_only
from builder.ingest.pagelines import (
    BYLINE,
    FURNITURE,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
    Unit,
)
from builder.ingest.reporternames import (
    BYLINE_NAME,
    SIGNATURE_NAME,
    WRITER_ROLES,
)
from builder.ingest.reporterverbs import reporter_verb_line
from builder.ingest.tables import heads_table
from builder.ingest.textrules import cjk_count, ends_sentence, indented
from builder.places.gazetteer import gazetteer
from builder.text.boundaries import get_tokenizer

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
_BYLINE_THEN_LEAD = re.compile(
    rf"^((?:本报)?(?:实习记者|记者)[ \u3000]*{BYLINE_NAME}(?:[ \u3000]+(?:通讯员|实习生|记者)[ \u3000]*{BYLINE_NAME})*)"
    r"[ \u3000]+(\S.*)$"
)
_LEAD_WORDS = 5  # characters of the lead after the names at least, unless they start a place the wrap cut


def byline_glued_to_lead(page: PageReader, line: Line) -> bool:
    """Under a headline or opening a block, a bare reporter line with the lead's first words after a space on
    the same line: the byline, then the text."""
    found = _BYLINE_THEN_LEAD.match(line.text)
    if not found or _inside_open_bracket(page) or ends_sentence(found.group(1)) or is_byline_text(line.text):
        return False  # (a whole reporter line: `本报记者 孔德明　本报通讯员 吕洁 侯亮`)
    last = page.units[-1] if page.units else None
    if not (page.blanks or (last is not None and last.kind == HEADLINE)):
        return False
    lead = found.group(2)
    if len(lead) < _LEAD_WORDS:  # `本报记者 陈海燕 通讯员 庞雪　北` / `海市海城区…`: the place goes on below
        following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
        if not following or not _place_runs_over(lead, following):
            return False
        page.lines[page.index] = lead + following
        return page.add(BYLINE, found.group(1), line.number)
    page.add(BYLINE, found.group(1), line.number)
    return page.add_text(lead, line)


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
    and one whose next line goes on with another role (`本报记者/增太加` / `通讯员/豆本加`) takes that line:
    (the whole line, the index after it)."""
    look = start
    while look < len(page.lines) and not page.lines[look].strip():
        look += 1
    following = unslash_names(page.lines[look].strip()) if look < len(page.lines) else ""
    if _ROLE_AT_END.search(text) and _NAMES_LINE.match(following):
        return f"{text} {following}", look + 1
    if look == start and following.startswith(("通讯员", "记者", "实习记者")) and is_byline_text(following):
        return f"{text} {following}", look + 1
    after = page.lines[look + 1] if look + 1 < len(page.lines) else ""
    if look == start and _name_cut(text, following) and (indented(after) or not after.strip()):
        return text + following, look + 1  # `□本报记者谢大强通讯员陈` / `创淼` / the lead (real R17 r17_03)
    # `…通讯员 鲁提普拉·木塔力甫` / `祖力皮卡尔·米吉提` / the lead: the names the wrap sent down (real R19 r19_05)
    if look == start and _NAMES_ALONE.match(following) and (indented(after) or not after.strip()):
        return f"{text} {following}", look + 1
    return text, start


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


def _comma_cut_over_byline(text: str, after: list[str]) -> bool:
    """A headline of two halves wrapped after the comma between them (`永泰在全市首创突破地域界限，` / `设置七十二个
    中心村党委`), set apart over its byline: the first half is no line of text ending on a comma."""
    if not text.endswith(("，", ",")) or len(after) < 2 or cjk_count(text) > _COMMA_CUT_FIRST:
        return False
    return is_headline_shape(after[0]) and headline_line(text + after[0]) and starts_byline(after[1])


_COMMA_CUT_FIRST = 16  # characters of a headline's first half, its comma last


_MARKED_LABEL = re.compile(r"^[□■◆◇●]\s*(\S+)$")


def _marked_label_under_headline(page: PageReader, text: str) -> bool:
    """A column's label word behind a mark (`□城乡社区`), set apart under the headline, over the byline: furniture,
    no kicker of the headline above."""
    marked = _MARKED_LABEL.match(text)
    last = page.units[-1] if page.units else None
    return bool(marked and is_label_word(marked.group(1)) and page.blanks and last and last.kind == HEADLINE)


def headline_over_byline(page: PageReader, line: Line) -> bool:
    """A headline at the top of a page or column: a headline-shaped line whose next lines (maybe other
    headlines printed together) lead to a byline (`本报讯（…）`, `本报记者 …`, `■中共…`, bare names). A
    headline-shaped line right above the last headline (no blank between) is that headline's kicker (引题),
    unless it stands under another headline: then the three are headlines printed together. A closing credit
    (`（本报记者 何俊）`) over the next article's headline and byline is the credit, not a headline."""
    if quote_cut_over_byline(line.text, next_lines(page, page.index, blanks=0)) or quoted_tail_over_byline(
        line.text, next_lines(page, page.index, blanks=0)
    ):  # `…有了“暖心` / `驿站”`; `…开进` / `“院坝”里`
        page.index = next(i for i in range(page.index, len(page.lines)) if page.lines[i].strip()) + 1
        return page.add(HEADLINE, line.text + page.lines[page.index - 1].strip(), line.number)
    if verb_cut_over_byline(line.text, next_lines(page, page.index, blanks=0)) or particle_cut_over_byline(
        line.text, next_lines(page, page.index, blanks=0)
    ):  # `“1+3+N”激活` / `古城院落治理`; `…食堂里的` / `“邻里圆桌”`
        page.index += 1
        return page.add(HEADLINE, line.text + page.lines[page.index - 1].strip(), line.number)
    if page.blanks and _comma_cut_over_byline(line.text, next_lines(page, page.index, blanks=0)):
        page.index += 1  # `某某在全市首创…界限，` / `设置…党委` / names: the headline wrapped after its comma
        return page.add(HEADLINE, line.text + page.lines[page.index - 1].strip(), line.number)
    if not is_headline_shape(line.text) or LINE_SHAPE["end_credit"].match(line.text):
        return False
    after = next_lines(page, page.index, blanks=2)
    if after and dateline_over_wrap(line.text, after[0]):
        return False  # a lead's dateline the wrap cut (`某某网-某某客户端7月9` / `日15时讯（…`), no headline
    stacked = 0  # headlines printed together above the first byline (`新城区…` / `老人吃上…` / `遂宁…`)
    while stacked < min(len(after) - 1, 4) and is_headline_shape(after[stacked]):
        stacked += 1
    signed = (
        stacked  # (a photo's caption set between the head and its byline: `图为…合影` / `某某新闻记者 张三`)
    )
    while signed < len(after) - 1 and CAPTION_OPENING.match(after[signed]):
        signed += 1
    if not (after and starts_byline(after[signed])) or heads_table(after[stacked:]):
        return False  # no byline under it, or a table's header line (`社区  服务点  办件量`) under its title
    if read_cell_table(page.lines, page.index) is not None:
        return False  # a table's title over its cells one a line (`项目` / `数量` / `召开场次` / `1650` …)
    if not stacked and _marked_label_under_headline(page, line.raw.strip()):
        return page.add(
            FURNITURE, line.text, line.number
        )  # `夷陵区…商量着办` / blank / `□城乡社区` / `本报讯（…）`
    if stacked and _column_label_over(page, line.text, after[:stacked]):
        return page.add(
            FURNITURE, line.text, line.number
        )  # `社区治理` / `一张“议事桌”` / `议出邻里和气` / names
    if (
        stacked == 1
        and is_label_word(line.text)
        and is_quoted_name_only(after[0])
        and _right_under(page, after[0])
    ):
        page.index += 1  # `党建引领` / `“小区微治理”`: a quoted name alone goes on a headline's first words
        return page.add(HEADLINE, line.text + after[0], line.number)
    if not stacked and tail_over_byline(line.text, after):  # `…“擂台比武”` / `练本领` / `王琳 赵阳`
        page.index = next(i for i in range(page.index, len(page.lines)) if page.lines[i].strip()) + 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    if (
        stacked >= 2 and _right_under(page, after[0]) and subject_then_deed(line.text, after[0])
    ):  # `牌楼街道：“院落自治”` / `让…焕新颜`
        page.index += 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    kicker = stacked == 1 and page.index < len(page.lines) and page.lines[page.index].strip() == after[0]
    under_headline = bool(page.units) and page.units[-1].kind == HEADLINE and not page.blanks
    kicker = kicker and not under_headline
    if kicker and reads_on(line.text, after[0]):
        page.index += 1  # `万秀区“红色管家”` / `进驻老旧小区`: one headline the column wrapped
        return page.add(HEADLINE, line.text + after[0], line.number)
    if kicker and deck_under(line.text, after[0]):  # `把“…”转化为“…”` / `某某社区党建引领…`: headline, deck
        page.add(HEADLINE, line.text, line.number)
        page.index += 1
        return page.add(SUBTITLE, after[0], line.number + 1)
    if kicker and wrapped_naming_no_place(line.text, after[0]):  # no place named: no kicker, one headline
        page.index += 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    kind = KICKER if kicker and not LINE_SHAPE["subtitle"].match(after[0]) else HEADLINE
    text, number = line.text, line.number
    above = page.units[-1] if kind == KICKER and page.units and not page.blanks else None
    if above is not None and _kicker_head(above, text):
        page.units.pop()  # `周村区启动…，构建共建共` / `治共享社会治理新格局`: the kicker wrapped, its first line read as text
        text, number = above.text + text, above.line
    page.add(kind, text, number)
    # (`…日报记者探访` / `了…` under it: the lead's reporter and their verb, no byline to open the body)
    verb = stacked + 1 < len(after) and reporter_verb_line(after[stacked], after[stacked + 1])
    page.units[-1].opens = page.units[-1].opens or (kind == HEADLINE and stacked == 0 and verb)
    return True


def _reporter_verb(page: PageReader, text: str) -> bool:
    """The line being read ends with the lead's reporter and their verb (reporterverbs), the text going on."""
    return reporter_verb_line(text, page.lines[page.index] if page.index < len(page.lines) else "")


def _right_under(page: PageReader, text: str) -> bool:
    """`text` is the next line, no blank line between."""
    return page.index < len(page.lines) and page.lines[page.index].strip() == text


def _column_label_over(page: PageReader, text: str, heads: list[str]) -> bool:
    """A column's label word standing after a gap over the one headline under it (maybe wrapped over two
    lines): furniture, never a headline of its own nor a kicker (a kicker says more than a word or two)."""
    if (page.units and not page.blanks) or not is_label_word(text) or is_place_kicker(text):
        return False
    if len(heads) == 1 and is_quoted_name_only(heads[0]):
        return False  # `党建引领` / `“小区微治理”`: one headline
    return len(heads) == 1 or (len(heads) == 2 and reads_on(heads[0], heads[1]))


def _kicker_head(above: Unit, kicker: str) -> bool:
    """The text line right over a kicker is that kicker's first line: it stands after a gap, ends no
    sentence, and the kicker goes on with its word (`…构建共建共` / `治共享…`)."""
    return (
        above.kind == TEXT
        and above.blanks_before >= 1
        and not ends_sentence(above.text)
        and join_cost(above.text, kicker) < 0
    )


def bare_names(page: PageReader, line: Line) -> bool:
    """A line of reporters' names under a headline (`王晓丹  李墨`), maybe after a blank line when it names
    two people or more (or one name standing apart as a signature, `_signature`); or such a line of names standing alone between blank lines after a finished
    article (the next article's byline, its headline printed elsewhere): the byline."""
    last = page.units[-1] if page.units else None
    if last is None or (page.blanks > 1 and last.kind != TEXT):
        return False
    several = bool(re.search(r"[ \u3000]", line.text))
    if last.kind == TEXT:  # after a finished article, between blank lines
        following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
        apart = page.blanks and not following
        # on a page whose first body opens under its byline (the headlines printed elsewhere), the names right
        # after a finished sentence over more text open the next body the same way
        if not (
            several
            and ends_sentence(last.text)
            and (apart or (following and (bylines_open_bodies(page) or _signing_names(page, line))))
        ):
            return False
    elif last.kind not in (HEADLINE, SUBTITLE) or (
        page.blanks and not several and not _signature(page, line)
    ):
        return False  # one name alone after a gap may be a heading
    if not LINE_SHAPE["bare_names"].match(line.text) or heads_table(
        [line.text, *next_lines(page, page.index, 0)]
    ):
        return False
    if last.kind == HEADLINE and not page.blanks and _wrapped_word(last.text, line.text):
        last.text += line.text  # `…全面推行小区积分` / `管理`: the headline's last word, wrapped
        return True
    return page.add(BYLINE, line.text, line.number)


def _wrapped_word(headline: str, line: str) -> bool:
    """A line shaped like one bare name right under a headline that is a word of the dictionary opening with no
    common surname (`管理`, `建设`; not `李娜`, `王琳`), the headline reading on with it: the headline's end."""
    if re.search(r"\s", line) or _SIGNATURE.match(line) or ends_sentence(headline):
        return False
    tokenizer = get_tokenizer()
    return (
        tokenizer.tokenize(line) == (line,) and tokenizer.known(line) and is_headline_shape(headline + line)
    )


_SIGNATURE = re.compile(f"^{SIGNATURE_NAME}$")


def _signing_names(page: PageReader, line: Line) -> bool:
    """Two names or more, each opening with a common surname (`何静 刘思远`), after a blank line under a finished
    article and right over an indented paragraph: the byline of the body under them, its headline printed
    elsewhere (heldout14 p07: every headline at the page's foot). Two short phrases (`小网格 大民生`) are no
    names of that kind."""
    names = line.text.split()
    return (
        bool(page.blanks)
        and len(names) >= 2
        and all(_SIGNATURE.match(name) for name in names)
        and page.index < len(page.lines)
        and indented(page.lines[page.index])
    )


def _signature(page: PageReader, line: Line) -> bool:
    """One name standing alone between blank lines right under its headline (`莫让…压弯基层` / blank / `李思远` /
    blank / `　　近年来，…`): a commentary's or an author's signature, when the name opens with a common surname
    and an indented paragraph follows the gap."""
    after = page.index + 1
    return (
        bool(_SIGNATURE.match(line.text))
        and page.index < len(page.lines)
        and not page.lines[page.index].strip()
        and after < len(page.lines)
        and indented(page.lines[after])
    )


def bylines_open_bodies(page: PageReader) -> bool:
    """The page's first unit after its furniture is a byline: its bodies open under their bylines, the
    headlines printed elsewhere (heldout9 q08: `本报记者 …` / body / `王立新 张丽华` / body / both headlines)."""
    first = next((unit for unit in page.units if unit.kind != FURNITURE), None)
    return first is not None and first.kind == BYLINE
