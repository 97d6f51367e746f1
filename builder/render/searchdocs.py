"""What the search finds of an initiative: its SearchDoc, built from the site index's data.

The text is everything the initiative's page shows about it, as a reader sees it (whitespace collapsed),
body first so that result snippets come from the article rather than the figures table: the article's
text, then the place, title and subtitle, level and date, summary, themes, practices, figures with their quotes, source
and keywords. The words around the values are those of theme/templates/initiative.html (its glosses run
into the Chinese label they follow: "主题Themes"), so a term found on the page is found by the search;
tests/render/test_searchdocs.py holds the two together on the fixture site.

Result snippets are cut from the article's own text only (`snippet_text`), never from the labels, theme
chips and figures around it ("主题Themes 网格化治理Grid-based governance …"): a document found by a theme or
a figure alone shows the article's opening.
"""

from __future__ import annotations

import re
from html import unescape

from builder.model import Initiative, Metric
from builder.render.chips import citation
from builder.render.figures import format_metric, results_first
from builder.render.indexes import Entry, SiteIndex
from builder.render.search import SearchDoc

NO_PLACE = "地区未标明"
METRICS_SHOWN = 8  # a page with more than METRICS_FOLDED figures shows this many, the rest folded
METRICS_FOLDED = 10

_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|code|em|i|mark|q|small|span|strong|time)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def html_text(fragment: str) -> str:
    """Visible text of an HTML fragment: inline tags vanish, block tags become spaces."""
    text = _TAG.sub(" ", _INLINE_TAG.sub("", fragment))
    return _SPACE.sub(" ", unescape(text)).strip()


def shown_metrics(metrics: list[Metric]) -> int:
    """How many figures the page shows before folding the rest away."""
    return METRICS_SHOWN if len(metrics) > METRICS_FOLDED else len(metrics)


def _metric_table(metrics: list[Metric]) -> list[str]:
    rows = ["指标 Indicator", "数值 Value", "原文 Source quote"]
    for metric in metrics:
        rows += [metric.label, format_metric(metric)]
        if metric.quote:
            rows += ["原文", metric.quote]
    return rows


def _figures(metrics: list[Metric]) -> list[str]:
    if not metrics:
        return []
    shown = shown_metrics(metrics)
    blocks = ["数据Figures", *_metric_table(metrics[:shown])]
    if len(metrics) > shown:
        more = len(metrics) - shown
        blocks += [f"另有 {more} 项数据 {more} more", *_metric_table(metrics[shown:])]
    return blocks


def _head(ix: SiteIndex, entry: Entry) -> list[str]:
    """The place, title, subtitle, level and date, summary, themes and practices."""
    item = entry.item
    blocks = [s.name for s in entry.steps] + [item.locality or ""]
    if not entry.steps and not item.locality:
        blocks.append(NO_PLACE)
    level = ix.level_label(item.level) if item.level else None
    date = f" {item.date}" if item.date else ""
    # the summary as the page shows it (none where it only repeats the body's first paragraph)
    blocks += [item.title, item.subtitle or "", (level.zh + level.en if level else "") + date, entry.lead]
    if item.themes:
        themes = [ix.theme_label(t) for t in item.themes]
        blocks += ["主题Themes", "".join(f"{t.zh}{t.en} " for t in themes)]
    if item.practices:
        blocks += ["做法Practices", "".join(f"{p} " for p in item.practices)]
    return blocks


def _source(item: Initiative) -> list[str]:
    """The photo captions, then the source line (publication and page, never the seed file) and keywords."""
    blocks = ["图片说明Captions", *(f"{c.text}（{c.credit}）" if c.credit else c.text for c in item.captions)]
    blocks = (blocks if item.captions else []) + [f"来源Source {citation(item)}"]
    if item.keywords:
        blocks += ["关键词Keywords", "、".join(item.keywords)]
    return blocks


def search_text(ix: SiteIndex, entry: Entry, body: str | None = None) -> str:
    """The text the search indexes for an initiative: the article, then what the page shows around it.
    `body`: the article's text (`html_text` of its HTML) when the caller has it."""
    around = _head(ix, entry) + _figures(results_first(entry.figures)) + _source(entry.item)
    rest = _SPACE.sub(" ", " ".join(around)).strip()
    return f"{html_text(entry.body.html) if body is None else body} {rest}".strip()


def snippet_text(entry: Entry, body: str | None = None) -> str:
    """What a result's snippet is cut from: the article's text, or its summary when the body is empty.
    `body`: the article's text when the caller has it."""
    return (html_text(entry.body.html) if body is None else body) or (entry.item.summary or "").strip()


def search_doc(ix: SiteIndex, entry: Entry) -> SearchDoc:
    """The initiative's search document: its URL, title, place (shown under the title) and text."""
    item = entry.item
    meta = " · ".join(filter(None, [" ".join(s.name for s in entry.steps), item.locality]))
    # hits in the headline (title, subtitle) or a named practice rank first
    head = " ".join(filter(None, [item.title, item.subtitle, *item.practices]))
    body = html_text(entry.body.html)  # (once: the text and the snippet both start with it)
    return SearchDoc(
        entry.url, item.title, meta, search_text(ix, entry, body), head, snippet_text(entry, body)
    )
