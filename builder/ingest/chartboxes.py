"""Boxes of the page an extraction reads as plain lines: a chart's text, a QR code's box and the paper's imprint
(furniture).

A bar or line chart extracted to text gives its title (`南郑区背街小巷累计整治问题（个）`) over a column of its values
and of its axis labels, one a line (`1260` / `2380` / `3150` / `2023年` / `2024年` / `2025年`): the figures are the
article's, said again, and glued into a paragraph they read as a run of digits. The paper's imprint at the foot
(`国内统一连续出版物号：CN 61-0083　邮发代号：51-12`, `社址：…　邮编：…`, phones, `定价：…`, the printer) is no
article. A QR code's box gives its prompt alone on its line (`扫码看视频`, no brackets) with the box's title over or
under it (`跟着巷长去巡巷`), which would read as a headline with no body or a kicker over the next one. All are
furniture (pagefurniture.page_furniture and furniture.is_furniture_line ask).
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.furnitureboxes import FIGURE_ALONE, after_a_gap, block_below, furniture_block
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence

_UNIT = r"(?:个|件|人|名|户|次|人次|场|条|处|起|项|支|家|元|万元|亿元|吨|亩|公里|天|%|％)"
# A chart's title: a phrase ending with its unit in brackets (`…整治问题（个）`, `…（单位：万元）`), or the unit alone.
_CHART_TITLE = re.compile(
    rf"^[\u4e00-\u9fff“”、0-9]{{4,30}}[（(](?:单位[：:])?{_UNIT}[）)]$|^[（(]?单位[：:]{_UNIT}[）)]?$"
)
# An axis label: a year, a month or a quarter (`2023年`, `2025`, `1月`, `一季度`), or a short series name.
_AXIS_LABEL = re.compile(
    r"^(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?|\d{1,2}月|[一二三四]季度|[上下]半年|[\u4e00-\u9fff]{1,6})$"
)
_CHART_LINES = 24


def chart_box(page: PageReader, line: Line) -> bool:
    """A chart's title standing apart over its block (to the next blank line) of values and axis labels alone
    on their lines, two values at least: furniture all. A title over anything else (a sentence, a list) is left."""
    if not _CHART_TITLE.match(line.text.strip()) or not after_a_gap(page):
        return False
    block = block_below(page, _CHART_LINES)
    if not block or len(block) < 3:
        return False
    texts = [page.lines[index].strip() for index in block]
    values = [text for text in texts if FIGURE_ALONE.match(text) and not _AXIS_LABEL.match(text)]
    if len(values) < 2 or not all(FIGURE_ALONE.match(text) or _AXIS_LABEL.match(text) for text in texts):
        return False
    return furniture_block(page, line, block)


# A prompt to scan the code, unbracketed, alone on its line (`扫码看视频`, `扫一扫 看更多`, `扫描二维码观看`).
_QR_PROMPT = re.compile(r"^(?:扫码|扫一扫|扫描(?:下方|右侧|左侧|上方)?二维码)[\u4e00-\u9fff，\s]{0,10}$")
_QR_TITLE = 16  # characters of the longest title of a QR box
_QR_LINES = 2


def _box_title(text: str) -> bool:
    return 0 < len(text) <= _QR_TITLE and not ends_sentence(text) and "，" not in text


def qr_box(page: PageReader, line: Line) -> bool:
    """`扫码看视频` standing apart (after a blank line or a finished sentence) with its box's title: the prompt, the
    one or two short lines under it (when a blank line, a headline or the page's end follows them: a short headline
    over its byline or lead is the next article's), or the short headline-like line right over it, read just
    before: furniture all."""
    if not _QR_PROMPT.match(line.text.strip()):
        return False
    title_over = _title_over(page)
    if not (after_a_gap(page) or title_over or _after_a_sentence(page)):
        return False
    if title_over:
        page.units[-1].kind = kinds.FURNITURE
    return furniture_block(page, line, [] if title_over else _titles_under(page))


def _after_a_sentence(page: PageReader) -> bool:
    last = page.units[-1] if page.units else None
    return last is not None and last.kind == kinds.TEXT and ends_sentence(last.text)


def _titles_under(page: PageReader) -> list[int]:
    """The indexes of the box's title lines right under the prompt (none when what follows them is no head)."""
    block: list[int] = []
    for index in range(page.index, min(page.index + _QR_LINES, len(page.lines))):
        if not _box_title(page.lines[index].strip()):
            break
        block.append(index)
    after = page.lines[block[-1] + 1].strip() if block and block[-1] + 1 < len(page.lines) else ""
    if after and not is_headline_shape(after):
        return []
    return block


def _title_over(page: PageReader) -> bool:
    """The unit read just before the prompt, right over it, is a short title standing apart (no text under a
    headline yet, a blank line over it)."""
    last = page.units[-1] if page.units else None
    return (
        last is not None
        and page.blanks == 0
        and last.kind == kinds.HEADLINE
        and _box_title(last.text)
        and (len(page.units) < 2 or page.units[-2].kind in (kinds.TEXT, kinds.FURNITURE))
    )


# The imprint's items: the serial number, the postal code of distribution, address, price, licence, printer,
# the offices' phones.
_IMPRINT = re.compile(
    r"国内统一(?:连续出版物号|刊号)|CN\s*\d{2}\s*[-－]\s*\d{4}|邮发代号|(?:社址|(?:本报|报社)地址)[：:]|定价[：:]|"
    r"零售价|广告(?:经营)?许可证|印务中心印刷|印刷厂印刷|邮政编码[：:]|邮编[：:]?\s*\d{6}|"
    r"(?:总编室|编辑部|发行部|广告部|办公室)(?:电话)?[：:]\s*[\d-]{7,}|发行热线[：:]?\s*[\d-]{7,}"
)
_SENTENCE_MARKS = re.compile(r"[。，；！？]")


def is_imprint_line(text: str) -> bool:
    """`国内统一连续出版物号：CN 61-0083　　邮发代号：51-12`, `社址：汉中市…　邮编：723000`, `定价：每月30元 …印刷`:
    a line of the paper's imprint (items apart by spaces, no sentence's marks)."""
    return _IMPRINT.search(text) is not None and _SENTENCE_MARKS.search(text) is None
