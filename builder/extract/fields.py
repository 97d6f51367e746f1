"""Run every extractor on one article and collect the front matter fields it fills (`Extracted`).

The extractors read the article as `simplified` reads it (Traditional characters and halfwidth marks as the
simplified ones, one for one: builder/ingest/traditionalchars.py); what they quote of it (practices, metric quotes,
the summary) is written back as the page prints it; names of places and units, labels and units are the standard
ones."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from builder.content.loader import Label
from builder.ingest.traditionalchars import print_forms, simplified
from builder.model import Initiative
from builder.schema import EXTRACTED

if TYPE_CHECKING:
    from builder.ingest.draft import Draft
    from builder.text.tokens import Tokenizer


@dataclass(frozen=True)
class ArticleText:
    """What the extractors read: the title, the subheadings, the Markdown body, the whole page, and the byline
    (whose dateline may name the place: 本报临沂5月6日讯)."""

    title: str
    headings: tuple[str, ...]
    body: str
    page_text: str = ""
    byline: str = ""
    title_made: bool = False  # made from the lead (no headline was printed): its words are the body's
    dateline: str = (
        ""  # a bare dateline its byline replaced (`邓州网讯` … `（赵行舟）`): where it reports from
    )
    publication: str = ""  # the page's paper (masthead or sidecar): whose 我省/全市 the article writes


def article_text(draft: Draft, page_text: str) -> ArticleText:
    """What the extractors read of an ingest draft on its page."""
    return ArticleText(
        draft.headline,
        tuple(draft.headings),
        draft.body,
        page_text,
        draft.byline or "",
        bool(draft.lead),
        draft.dateline or "",
        draft.page_meta.get("publication") or "",
    )


def _extracted_class() -> Any:
    """The dataclass of the front matter fields the extractors fill: those `builder.schema` marks
    `extracted`, with the types and defaults of the same fields of `Initiative`."""
    fields = [
        (f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
        for f in dataclasses.fields(Initiative)
        if f.name in EXTRACTED
    ]
    extracted = dataclasses.make_dataclass("Extracted", fields)
    extracted.__module__ = __name__  # found again by name when sent between processes
    return extracted


Extracted = _extracted_class()


def extract_one(
    article: ArticleText,
    themes: dict[str, Label],
    practice_stopwords: frozenset[str] | None = None,
    practice_aliases: dict[str, str] | None = None,
) -> Extracted:
    """Every per-article field (keywords need the corpus: see `extract_all`). `practice_stopwords` and
    `practice_aliases`: the content folder's lists (None: the defaults); the places come from
    `gazetteer.use_places_file`."""
    from builder.extract.level import detect_level
    from builder.extract.metrics import extract_metrics
    from builder.extract.practices import extract_practices
    from builder.extract.regions import resolve_region
    from builder.extract.summary import summarize
    from builder.extract.themes import score_themes

    printed = article
    article = _as_read(printed)
    practices = extract_practices(article.title, article.body, practice_stopwords, practice_aliases)
    # (a dateline its byline replaced still says where the report is from: `邓州网讯` … `（赵行舟）`)
    byline = f"{article.dateline} {article.byline}" if article.dateline else article.byline
    place = resolve_region(article.title, article.body, article.page_text, byline, article.publication)
    level, level_review = detect_level(article.title, article.body, place)
    back = print_forms(f"{printed.title}\n{printed.body}") if article is not printed else {}
    summary = summarize(article.title, article.body) or None
    return Extracted(
        region=place.region,
        locality=place.locality,
        level=level,
        # a title made from the lead repeats the lead: its words count once, in the body
        themes=score_themes(
            "" if article.title_made else article.title, article.headings, article.body, themes, practices
        ),
        practices=[name.translate(back) for name in practices] if back else practices,
        metrics=[
            dataclasses.replace(metric, quote=metric.quote.translate(back)) if back else metric
            for metric in extract_metrics(article.body)
        ],
        summary=summary.translate(back) if back and summary else summary,
        review=[*place.review, *level_review],
    )


def _as_read(article: ArticleText) -> ArticleText:
    """`article` as the extractors read it (`simplified`); the same object when that changes nothing."""
    read = dataclasses.replace(
        article,
        title=simplified(article.title),
        headings=tuple(simplified(heading) for heading in article.headings),
        body=simplified(article.body),
        page_text=_simplified_page(article.page_text),
        byline=simplified(article.byline),
        dateline=simplified(article.dateline),
    )
    return article if read == article else read


@functools.lru_cache(maxsize=4)
def _simplified_page(page_text: str) -> str:  # (every article of a page reads the same page)
    return simplified(page_text)


def keyword_document(article: ArticleText) -> str:
    """The text an article's keywords are taken from, as the extractors read it (`simplified`): an article printed
    in Traditional characters gets the keywords a simplified one would (`党员`, not `黨員`), so that it shares them."""
    return simplified(f"{article.title}\n{article.body}")


def extract_all(
    articles: Sequence[ArticleText],
    themes: dict[str, Label],
    practice_stopwords: frozenset[str] | None = None,
    tokenizer: Tokenizer | None = None,
) -> list[Extracted]:
    """Extract every article; keywords are ranked by TF-IDF against the whole batch."""
    from builder.extract.keywords import corpus_keywords

    results = [extract_one(article, themes, practice_stopwords) for article in articles]
    keywords = corpus_keywords([keyword_document(a) for a in articles], tokenizer=tokenizer)
    for result, words in zip(results, keywords, strict=True):
        result.keywords = list(words)
    return results
