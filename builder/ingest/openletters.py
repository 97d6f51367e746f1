"""A public letter printed in full (倡议书, 公开信, 致…的一封信; line rules of LINE_RULES in `builder.ingest.units`):
its own article, however close under the article above it.

- Its title standing apart (a blank line or the page's top over it), in a letter's shape (`致全区志愿者的倡议书`,
  `致广大居民的一封信`, `关于…的倡议`), over its salutation alone on its line (`广大志愿者朋友们：`, `各位居民：`):
  the next article's headline, the salutation furniture (no sentence of the letter; read as text, the title was
  a subheading of the article above and the letter its body).
- Its signature after its last sentence: one to three units signing it, one a line (`中共某某区委组织部` /
  `某某区志愿服务联合会`), over its date line (`2026年12月5日`) and the page's end or a blank line: the letter's
  byline (a closing credit), the units joined with a space (read one a line, the first was a byline and the second an article with
  no text). The date line stays page furniture (`builder.ingest.pagefurniture`).
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import ORGANIZATION
from builder.ingest.pagefurniture import DATE_LINE
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence

# what a public letter is called at the end of its title (`…的倡议书`, `…的公开信`, `…的一封信`, `…倡议`)
_LETTER_TITLE = re.compile(
    r"^[\u4e00-\u9fff“”、·]{2,24}(?:倡议书|倡议|公开信|一封信|慰问信|感谢信|承诺书|告知书|告居民书|告市民书)$"
)
# who a letter is written to, alone on its line and closed by a colon (`广大志愿者朋友们：`, `各位居民：`)
_SALUTATION = re.compile(
    r"^(?:亲爱的|尊敬的|广大|全体|各位)?[\u4e00-\u9fff、“”]{0,14}"
    r"(?:朋友们|同志们|们|居民|村民|市民|群众|党员|家长|志愿者)[：:]$"
)
_MOST_SIGNERS = 3


def _signs(text: str) -> bool:
    return bool(ORGANIZATION.match(text))  # (a government too: `某某镇人民政府`)


def _next_index(page: PageReader, index: int) -> int:
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    return index


def letter_title(page: PageReader, line: Line) -> bool:
    """`致全区志愿者的倡议书` standing apart over `广大志愿者朋友们：`: the letter's headline, its salutation
    furniture."""
    if not _LETTER_TITLE.match(line.text) or (page.units and not page.blanks):
        return False
    index = _next_index(page, page.index)
    if index >= len(page.lines) or not _SALUTATION.match(page.lines[index].strip()):
        return False
    page.add(kinds.HEADLINE, line.text, line.number)
    page.units[-1].opens = True
    page.add(kinds.FURNITURE, page.lines[index].strip(), page.numbers[index])
    page.index = index + 1
    return True


def _headed_by_letter_title(page: PageReader) -> bool:
    """Whether the last headline read is a public letter's title."""
    headline = next((unit for unit in reversed(page.units) if unit.kind == kinds.HEADLINE), None)
    return headline is not None and bool(_LETTER_TITLE.match(headline.text))


def letter_signature(page: PageReader, line: Line) -> bool:
    """Right under a letter's last sentence, the units signing it one a line over its date line: its byline."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind != kinds.TEXT or not ends_sentence(last.text) or page.blanks:
        return False
    signers = [line.text]
    index = page.index
    while index < len(page.lines) and len(signers) <= _MOST_SIGNERS:
        text = page.lines[index].strip()
        if not _signs(text):
            break
        signers.append(text)
        index += 1
    if len(signers) > _MOST_SIGNERS or not all(map(_signs, signers)):
        return False
    if index >= len(page.lines) or not DATE_LINE.match(page.lines[index].strip()):
        return False
    after = index + 1
    if after < len(page.lines) and page.lines[after].strip():
        return False
    if not _headed_by_letter_title(page):
        return False
    page.add(kinds.BYLINE, f"（{' '.join(signers)}）", line.number)  # a closing credit: segment gives it to
    page.index = index  # the letter above
    return True
