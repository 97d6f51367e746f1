"""Closing credits on a line of their own right under a report's last sentence (line rules of LINE_RULES in
`builder.ingest.units`), where the rules of `closingcredits` do not look: real R13's kinds.

- `…年收入10万元以上的村有62个。` / `（张立新 马文博）` / blank / the next report: the reporters' bare names in
  brackets sign the report above, like the same credit glued to the last sentence (`captionshapes.split_closing_names`,
  one shape for both). Read as a headline over the next report's dateline before, it titled an article that
  printed none and the report above lost its byline. The line must stand right under a finished sentence (no
  blank line between) and over a blank line, the page's end or its furniture; the report under it opens there
  when it opens with its dateline (`本报讯（记者…）`). A credit naming roles is `end_credit`'s, as before.
- `…渡过难关。 记者王立 通` / `讯员李明` / blank: a reporter line after a space behind the last sentence, maybe
  wrapped to the next line, closes the report (its bare dateline `江城网讯` naming no one).
- On a page printing no blank line at all, its headlines elsewhere and its first body opening with no byline,
  a reporter line (`记者 王立`) unindented right under a finished sentence, over an indented paragraph: it signs
  the body above (the bodies of such a page do not open under bylines), and the paragraph under it opens the next.
  A page whose first body opens with its dateline naming its reporters (`本报讯（记者 张永军）…`) opens its bodies
  with their reporters: there the line is the next body's byline (heldout15 p08, layouts17 p03 printed without
  their blank lines).
- `…收集群众意见建议2100余条。` / `某某刊记者 周一鸣` / blank / the next report's head: a reporter line unindented right under
  the last sentence (maybe over the report's jump, `（下转四版）`) and over a blank line and a head (or furniture,
  or the page's end) signs the report above (real R27, bylines moved to the end).
"""

from __future__ import annotations

import re

from builder.ingest.barenames import bylines_open_bodies
from builder.ingest.bylinerules import next_lines
from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.captionshapes import split_closing_names
from builder.ingest.datelines import BAOXUN
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import BYLINE, TEXT, Line, PageReader
from builder.ingest.reporternames import WRITER_ROLE
from builder.ingest.textrules import ends_sentence, indented, is_continuation_marker


def bracketed_credit_under_text(page: PageReader, line: Line) -> bool:
    """`（张立新 马文博）` alone on the line right under the report's last sentence, a blank line (or furniture,
    or the page's end) under it: the report's closing credit, and the end of that report."""
    if not line.text.startswith(("（", "(")) or not _under_last_sentence(page):
        return False
    _, credit = split_closing_names(page.units[-1].text + line.text)
    if credit != line.text or LINE_SHAPE["end_credit"].match(line.text):  # (roles named: end_credit's)
        return False
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if following and not is_furniture_line(following):
        return False
    page.add(BYLINE, line.text, line.number)
    after = next_lines(page, page.index, blanks=2)
    page.units[-1].opens = (
        bool(after) and BAOXUN.match(after[0]) is not None
    )  # a report opening with its dateline
    return True


def reporter_line_between_bodies(page: PageReader, line: Line) -> bool:
    """`记者 王立` unindented right under a finished sentence and over an indented paragraph, on a page with no
    blank line whose first body opened with no byline: the closing credit of the body above."""
    if line.indent or not is_byline_text(line.text) or not _under_last_sentence(page):
        return False
    if not no_blank_line_so_far(page) or bylines_open_bodies(page) or _first_body_dateline_names(page):
        return False
    following = page.lines[page.index] if page.index < len(page.lines) else ""
    if not (indented(following) and following.strip()):
        return False
    return _closes(page, f"（{line.text}）", line)


def reporter_line_over_next_head(page: PageReader, line: Line) -> bool:
    """`某某刊记者 周一鸣` (or `本报记者 … …`) unindented right under a report's finished last sentence, then maybe its
    jump (`（下转四版）`), a blank line and the next report's head (or furniture, or the page's end), or right over
    the report's notes (`注：…`, also after a blank line): the reporters
    sign the report above, whose head and lead are long past; the next report's byline stands under its head."""
    if (
        line.indent
        or not is_byline_text(line.text)
        or BAOXUN.match(line.text)
        or not _under_last_sentence(page)
    ):
        return False
    at = page.index
    if at < len(page.lines) and is_continuation_marker(page.lines[at].strip()):
        at += 1  # (the report's jump to another page under its credit)
    if at < len(page.lines) and NOTES.match(page.lines[at].strip()):
        pass  # the report's notes right under it (`注：…`): back matter, no report of its own
    elif at < len(page.lines) and page.lines[at].strip():
        return False  # no blank line under it: the line opens what follows
    after = next_lines(page, at, blanks=3)
    if after and not (is_headline_shape(after[0]) or is_furniture_line(after[0]) or NOTES.match(after[0])):
        return (
            False  # a body under it (a page printing its bylines over the bodies): left to the byline rules
        )
    page.add(BYLINE, f"（{line.text}）", line.number)
    return True


# The notes printed under a report's last sentence (`注：` / `①《…》由…印发。`) or its author's note (`【作者简介】…`):
# the report's back matter, like its credit.
NOTES = re.compile(r"^(?:注(?:释)?[：:①]|【作者简介】|作者简介[：:])")


def _first_body_dateline_names(page: PageReader) -> bool:
    """The page's first body opens with its dateline naming its reporters (`本报讯（记者 张永军）…`): its bodies open
    with their reporters, so a reporter line over the next body is that body's byline (a bare `本报讯` names none)."""
    first = next((unit for unit in page.units if unit.kind == TEXT), None)
    dateline = BAOXUN.match(first.text) if first is not None else None
    named = dateline.group(2)[1:-1] if dateline is not None and dateline.group(2) else ""
    # (a role the wrap glued to a name, `记者 张永军通讯员 赵文娟`, is still a role)
    return bool(named) and (is_byline_text(named) or WRITER_ROLE.search(named) is not None)


def no_blank_line_so_far(page: PageReader) -> bool:
    """The page printed no blank line over the line being read (the page's first blank line looked for once: a
    rule asking it of every line would read the page quadratically)."""
    first = page.memo.get("first blank line")
    if first is None:
        first = next((i for i, raw in enumerate(page.lines) if not raw.strip()), len(page.lines))
        page.memo["first blank line"] = first
    return first >= page.index - 1


def _under_last_sentence(page: PageReader) -> bool:
    last = page.units[-1] if page.units else None
    return not page.blanks and last is not None and last.kind == TEXT and ends_sentence(last.text)


def _closes(page: PageReader, credit: str, line: Line) -> bool:
    page.add(BYLINE, credit, line.number)
    page.units[-1].opens = True  # the paragraph after it opens the next report
    return True


# A last sentence, a space, then the reporters (`…渡过难关。 记者王立 通` / `讯员李明`): the wrap may cut the
# credit, even inside a role word.
_CREDIT_AFTER_LAST_SENTENCE = re.compile(r"^(.*[。！？](?:[”’」』])?)[ \u3000]+(\S.{1,24})$")


def reporter_line_after_last_sentence(page: PageReader, line: Line) -> bool:
    """`…共同帮助张师傅渡过难关。 记者王立 通` / `讯员李明` / blank: a reporter line set after a space behind the
    report's last sentence (its end maybe wrapped to the next line), a blank line, furniture or the page's end
    under it: the sentence stays text, the reporters are the report's closing credit."""
    glued = _CREDIT_AFTER_LAST_SENTENCE.match(line.text)
    if glued is None:
        return False
    sentence, credit = glued.group(1), glued.group(2)
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    taken = 0
    if following and is_byline_text(f"{credit}{following}") and not is_furniture_line(following):
        credit, taken = f"{credit}{following}", 1
    elif not is_byline_text(credit):
        return False
    after = page.lines[page.index + taken].strip() if page.index + taken < len(page.lines) else ""
    if after and not is_furniture_line(after):
        return False
    page.add_text(sentence, line)
    page.index += taken
    return _closes(page, f"（{credit}）", line)
