"""A page of invented lines read as ingest reads it, for the ingest tests: its units (`page_units`) and its
articles (`page_articles`: classify, assemble into paragraphs, segment; `unweaved_page_articles`: with interleaved
columns put back first), with the default vocabularies."""

from __future__ import annotations

from builder.ingest.article import Article
from builder.ingest.interleave import deinterleave
from builder.ingest.pagelines import Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def page_units(page: str) -> list[Unit]:
    """The units the page's lines are read as."""
    with data_dir_fixed():
        return classify_page(page)


def page_articles(page: str) -> list[Article]:
    """The articles the page is cut into."""
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def unweaved_page_articles(page: str) -> list[Article]:
    """The articles the page is cut into once columns the extraction interleaved are put back (deinterleave)."""
    with data_dir_fixed():
        return segment(assemble(deinterleave(classify_page(page))))
