"""The line rule for a line of reporters' bare names, no role (`王晓丹  李墨`): under a headline, a signature
standing apart, or the next article's byline after a finished one (part of LINE_RULES in `builder.ingest.units`;
moved out of `bylinerules`).
"""

from __future__ import annotations

import re

from builder.ingest.bylinerules import next_lines
from builder.ingest.headlineshapes import HEAD_FIELD_LABEL, is_headline_shape
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import (
    BYLINE,
    CREDIT,
    FURNITURE,
    HEADLINE,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
)
from builder.ingest.reporternames import (
    SIGNATURE_NAME,
)
from builder.ingest.tables import heads_table
from builder.ingest.textrules import ends_sentence, indented
from builder.text.boundaries import get_tokenizer, known_word


def bare_names(page: PageReader, line: Line) -> bool:
    """A line of reporters' names under a headline (`王晓丹  李墨`), maybe after a blank line when it names
    two people or more (or one name standing apart as a signature, `_signature`); or such a line of names standing alone between blank lines after a finished
    article (the next article's byline, its headline printed elsewhere): the byline."""
    last = page.units[-1] if page.units else None
    if last is not None and last.kind == FURNITURE and _opens_first_body(page, line):
        return page.add(BYLINE, line.text, line.number)
    if last is None or (page.blanks > 1 and last.kind not in (TEXT, CREDIT)):
        return False
    several = bool(re.search(r"[ \u3000]", line.text))
    if last.kind in (TEXT, CREDIT):  # after a finished article (maybe closed by a photo's credit), apart
        following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
        finished = last.kind == CREDIT or ends_sentence(last.text)
        apart = page.blanks and not following
        # on a page whose first body opens under its byline (the headlines printed elsewhere), the names right
        # after a finished sentence over more text open the next body the same way (one name too, opening with
        # a common surname, over an indented paragraph: `刘佳琪` / `　　长春市…`); so do they on a page printing its
        # headlines stacked at its head over the bodies parted by blank lines (heldout37 p03; names glued under a
        # sentence, `以下同志被评为…。` / `张某　李某　王某`, are that body's, under a headline and its subtitle)
        opens = following and (bylines_open_bodies(page) or (page.blanks and headlines_stacked_at_head(page)))
        if not (
            finished
            and (
                (several and (apart or (following and (opens or _signing_names(page, line)))))
                or (opens and names_over_lead(page, line))
            )
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
    if not page.blanks or len(line.text.split()) < 2:
        return False
    return names_over_lead(page, line) or (_signature_names(line.text) and _lead_set_unindented(page))


def _signature(page: PageReader, line: Line) -> bool:
    """One name standing alone between blank lines right under its headline (`莫让…压弯基层` / blank / `李思远` /
    blank / `　　近年来，…`): a commentary's or an author's signature, when the name opens with a common surname
    and an indented paragraph follows the gap, maybe after a theory article's field lines (`【关键词】…`, set
    between the signature and the body: heldout34 p02)."""
    after = page.index + 1
    while after < len(page.lines) and (
        HEAD_FIELD_LABEL.match(page.lines[after].strip()) or not page.lines[after].strip()
    ):
        after += 1
    return (
        bool(_SIGNATURE.match(line.text))
        and page.index < len(page.lines)
        and not page.lines[page.index].strip()
        and after < len(page.lines)
        and indented(page.lines[after])
    )


def _opens_first_body(page: PageReader, line: Line) -> bool:
    """Under the page's head (only furniture read), names right over an indented paragraph (`周婷` /
    `　　苏州市…`): the first body's byline, its headline printed elsewhere (heldout25 p06)."""
    return all(unit.kind == FURNITURE for unit in page.units) and names_over_lead(page, line)


def names_over_lead(page: PageReader, line: Line) -> bool:
    """`line` is names each opening with a common surname (`周婷`, `何静 刘思远`) and the line under it is
    indented (a paragraph's first line): a byline over its body, never a column label (one word the dictionary
    knows, `周末`, `金融`, `黄河`, opens with a surname's character too: a label)."""
    return _signature_names(line.text) and page.index < len(page.lines) and indented(page.lines[page.index])


def _signature_names(text: str) -> bool:
    """Names each opening with a common surname (`周婷`, `何静 刘思远`), never one word the dictionary knows."""
    names = text.split()
    return (
        bool(names)
        and all(_SIGNATURE.match(name) for name in names)
        and not (len(names) == 1 and known_word(names[0]))
    )


_MIN_LEAD_LINES = 3  # lines of the paragraph under the names read for a column setting no indent


def _lead_set_unindented(page: PageReader) -> bool:
    """The text under the names is a column that indents no paragraph (heldout34 p01: `钟晓燕　刘建平` over
    `在赣州市…，居` / `民有了烦心事，…说一说。` / `解放街道地处…`): lines of sentences, none indented and none
    more names (a list of names, `张伟　李娜` / `王芳　刘洋`, is no byline over its body), a paragraph ending
    before more text with no indent (one unindented paragraph alone may be the text above's, going on)."""
    lines = []
    for raw in page.lines[page.index :]:
        if not raw.strip():
            break
        lines.append(raw.strip())
    return (
        len(lines) >= _MIN_LEAD_LINES
        and not any(indented(raw) for raw in page.lines[page.index : page.index + len(lines)])
        and not any(LINE_SHAPE["bare_names"].match(text) for text in lines)
        and any(ends_sentence(text) for text in lines[:-1])
    )


def bylines_open_bodies(page: PageReader) -> bool:
    """The page's first unit after its furniture is a byline: its bodies open under their bylines, the
    headlines printed elsewhere (heldout9 q08: `本报记者 …` / body / `王立新 张丽华` / body / both headlines)."""
    first = next((unit for unit in page.units if unit.kind != FURNITURE), None)
    return first is not None and first.kind == BYLINE


def headlines_stacked_at_head(page: PageReader) -> bool:
    """The page's first units after its furniture are two headlines or more, one right after another: the
    headlines printed together at the head, each body under them opening with its byline or lead (heldout37 p03:
    three headlines over 14-character bodies, the second opening under a bare name)."""
    heads = 0
    # read up to the first unit of another kind only: a page is read once, not its square
    for unit in page.units:
        if unit.kind == FURNITURE:
            continue
        if unit.kind != HEADLINE:
            break
        heads += 1
        if heads >= 2:
            return True
    return False
