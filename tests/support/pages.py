"""A page of invented lines read as ingest reads it, for the ingest tests: its units (`page_units`) and its
articles (`page_articles`: classify, assemble into paragraphs, segment; `unweaved_page_articles`: with interleaved
columns put back first; `page_drafts`: a page file through all of workers.process_page), with the default
vocabularies; the invented pages more than one test module reads, and a row of two columns side by side as a
layout extraction prints it (`side_by_side_row`)."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.article import Article
from builder.ingest.blanklines import restore_blank_lines
from builder.ingest.draft import Draft
from builder.ingest.interleave import deinterleave
from builder.ingest.pagelines import Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.sidebyside import layout_columns
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page
from builder.util.paths import data_dir_fixed


def page_units(page: str) -> list[Unit]:
    """The units the page's lines are read as."""
    with data_dir_fixed():
        return classify_page(page)


def page_articles(page: str) -> list[Article]:
    """The articles the page is cut into."""
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def restored_page_articles(page: str) -> list[Article]:
    """The articles the page is cut into once the blank lines a page printing none leaves out are restored
    (blanklines.restore_blank_lines, as ingest does)."""
    with data_dir_fixed():
        return segment(assemble(classify_page(restore_blank_lines(page, None)[0])))


def page_drafts(lines: list[str], folder: Path) -> list[Draft]:
    """The drafts of a page of these lines written (UTF-8) in `folder`, read by every pass of ingest."""
    path = folder / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_page(path).drafts


def unweaved_page_articles(page: str) -> list[Article]:
    """The articles the page is cut into once columns the extraction interleaved are put back (deinterleave)."""
    with data_dir_fixed():
        return segment(assemble(deinterleave(classify_page(page))))


def side_by_side_row(left: str, right: str, edge: int) -> str:
    """`left` padded with spaces to the right column's edge (display columns, as sidebyside.layout_columns counts
    them), then `right` (an indented line's two spaces past the edge); `left` alone when `right` is empty."""
    if not right:
        return left
    return left + " " * (edge - layout_columns(left)) + right


# Two short video reports (R16's kind, invented lines): each ends with its production credits under its last
# sentence, the second's short headline after a gap (test_video_report_credits; test_interleave_short_stretch:
# a stretch taken for two columns read across shorter than one run of rows)
TWO_VIDEO_REPORTS = """第2版　　　　　　　　　社区治理

春风满怀青石巷

　　青石巷社区现在有14个民族、
1332户，社区每逢节日都组织百
家宴，邀请各族居民参加。
编导/摄像 柯一鸣


特殊的“门牌图”

　　近日，在青禾县柳岸街道河湾
社区的宣传栏里，悬挂着8张特殊
的“门牌图”，居民一看就明白。
制作/包装 阿依达娜·买买提依明
部分素材由社区提供

本版编辑：刘 洋　　校对：陈 晨
"""
