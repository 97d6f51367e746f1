"""The front matter contract: every field of a content file, declared once.

`FIELDS` lists the top-level keys in the order `digest ingest` writes them; a group (`source`, `region`,
`related`) and each item of a list of groups (`metrics`) list their own keys in `parts`. Everything else is
derived from this table: the reader and writer (`builder.content.frontmatter`), the schema check
(`builder.validate.schema`), and the fields the extractors fill (`builder.extract.fields.Extracted`).

A field's `shape` says what its YAML value is:

    text    one line of text (a number counts as text)   slug    a file-name-safe slug (a-z, 0-9, -)
    date    YYYY-MM-DD                                    whole   a whole number from 1 up
    number  a number (万/亿 multiplied out)              flag    true / false
    code    a 6-digit division code                      word    one word of a vocabulary (levels)
    group   a mapping of `parts`                          items   a list of groups of `parts`
    texts   a list of short texts                         words   a list of vocabulary slugs (themes)
    slugs   a list of initiative slugs                    notes   a list of open review notes

`default` is the value read when the key is absent (a list reads as empty, a group as its parts'
defaults); `limit` the longest text (None: no limit). `extracted`
fields are filled by the extractors on ingest; `late` fields are known only once every page is extracted
(they are left out of a page's early hashes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from builder.model import Caption, Metric, Region, Related, Source

Shape = Literal[
    "text", "slug", "date", "whole", "number", "flag", "code", "word", "group", "items", "texts", "words",
    "slugs", "notes",
]  # fmt: skip

MAX_TITLE = 200
MAX_SLUG = 100
MAX_SHORT = 200  # byline, locality, source.file, one practice / keyword / theme, metric label and unit
MAX_SUMMARY = 2000
MAX_QUOTE = 1000
MAX_ITEMS = 200  # items in any list
MAX_URL = 2000


@dataclass(frozen=True)
class Field:
    """One key of the front matter (or of a group in it)."""

    name: str  # the key as written
    shape: Shape
    about: str  # what it says, in a few words
    required: bool = False
    default: Any = None
    limit: int | None = None
    parts: tuple[Field, ...] = ()  # the keys of a group, or of each item of a list of groups
    model: type | None = None  # the dataclass of `builder.model` a group or an item is read into
    example: str = ""  # how a list is written, for messages
    extracted: bool = False
    late: bool = False
    by_line: bool = False  # written one part (of a group) or one item (of a list) per line

    def part_names(self) -> tuple[str, ...]:
        return tuple(part.name for part in self.parts)


def _text(name: str, about: str, limit: int | None = MAX_SHORT, **more: Any) -> Field:
    return Field(name, "text", about, limit=limit, **more)


SOURCE = Field(
    "source",
    "group",
    "where the article was printed",
    required=True,
    model=Source,
    by_line=True,
    parts=(
        _text("file", "the seed file (a page of the newspaper)", required=True, default=""),
        Field("part", "whole", "the article's position on the page, from 1", required=True, default=0),
        _text("byline", "the byline as printed"),
        _text("publication", "the newspaper's name (from the page's sidecar)"),
        Field("page", "whole", "the page number in the newspaper (from the page's sidecar)"),
        _text("url", "the page's web address (from the page's sidecar)", limit=MAX_URL),
    ),
)
CAPTIONS = Field(
    "captions",
    "items",
    "photo captions printed with the article, out of its body",
    model=Caption,
    example="[{text: 图为…, credit: 记者 张三 摄}]",
    by_line=True,
    parts=(
        _text("text", "the caption", required=True, default="", limit=MAX_SUMMARY),
        _text("credit", "who took or gave the photo"),
    ),
)
REGION = Field(
    "region",
    "group",
    "official full names of the acting unit's divisions, and the code of the most specific",
    model=Region,
    extracted=True,
    by_line=True,
    parts=(
        _text("province", "province"),
        _text("city", "city (prefecture)"),
        _text("county", "county or district"),
        Field("code", "code", "6-digit division code (checked with the names)"),
    ),
)
METRICS = Field(
    "metrics",
    "items",
    "quantitative facts",
    model=Metric,
    example="[{label: …, value: 12, unit: 个}]",
    extracted=True,
    by_line=True,
    parts=(
        _text("label", "what is counted", required=True, default=""),
        Field("value", "number", "the number", required=True, default=0),
        _text("unit", "its unit", limit=None, default=""),
        Field("approx", "flag", "whether the article gives it as approximate", default=False),
        _text("quote", "the clause it came from", limit=MAX_QUOTE, default=""),
    ),
)
RELATED = Field(
    "related",
    "group",
    "editors' overrides of the computed cross-links",
    model=Related,
    parts=(
        Field("pin", "slugs", "initiatives always shown as related", example="[other-initiative-slug]"),
        Field("block", "slugs", "initiatives never shown as related", example="[other-initiative-slug]"),
    ),
)

FIELDS: tuple[Field, ...] = (
    _text("title", "the headline", limit=MAX_TITLE, required=True, default=""),
    _text("subtitle", "the printed subtitle (——…) or kicker line (引题) of the headline", limit=MAX_TITLE),
    Field("slug", "slug", "file name and URL", required=True, default="", limit=10_000, late=True),
    SOURCE,
    _text("parent", "slug of the initiative this one is part of", late=True),
    Field("date", "date", "publication date"),
    CAPTIONS,
    REGION,
    _text("locality", "the place below the county (township, village, community)", extracted=True),
    Field("level", "word", "administrative level of the acting unit", extracted=True),
    Field("themes", "words", "theme slugs", example="[grid-governance, joint-building]", extracted=True),
    Field("practices", "texts", "named practices", example="[网格, 党建联建]", extracted=True),
    METRICS,
    _text("summary", "a short summary", limit=MAX_SUMMARY, extracted=True),
    Field("keywords", "texts", "keywords", example="[网格, 党建联建]", extracted=True, late=True),
    RELATED,
    Field("review", "notes", "open review notes", example="['title: check the headline']", extracted=True),
)

FRONT_MATTER_KEYS: tuple[str, ...] = tuple(f.name for f in FIELDS)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
EXTRACTED: tuple[str, ...] = tuple(f.name for f in FIELDS if f.extracted)
LATE_FIELDS: frozenset[str] = frozenset(f.name for f in FIELDS if f.late)
