"""Plain dataclasses shared by every stage: what an initiative is, and its parts.

The field names and order follow the front matter contract, declared in `builder.schema`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS: tuple[str, ...] = ("province", "city", "county", "township", "community")


@dataclass(frozen=True)
class Source:
    """Provenance: the seed file, the position in it (1-based), the byline as printed, and the page's
    publication, page number and web address (from the page's sidecar `seeds/<page>.yaml`)."""

    file: str
    part: int
    byline: str | None = None
    publication: str | None = None
    page: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class Caption:
    """A photo caption printed with the article (the digest has no photo): its text and its credit."""

    text: str
    credit: str | None = None


@dataclass(frozen=True)
class Region:
    """Official full names of the acting unit's province / city / county, and the code of the most specific."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None

    def is_empty(self) -> bool:
        return not (self.province or self.city or self.county)


@dataclass(frozen=True)
class Metric:
    """One quantitative fact: what is counted, the number, its unit, and the clause it came from."""

    label: str
    value: float | int
    unit: str
    approx: bool
    quote: str


@dataclass(frozen=True)
class Related:
    """Editors' overrides of the computed cross-links."""

    pin: tuple[str, ...] = ()
    block: tuple[str, ...] = ()


@dataclass
class Initiative:
    """One initiative: one content file, front matter plus Markdown body."""

    title: str
    slug: str
    source: Source
    body: str
    subtitle: str | None = None
    parent: str | None = None
    date: str | None = None
    captions: list[Caption] = field(default_factory=list)
    region: Region = field(default_factory=Region)
    locality: str | None = None
    level: str | None = None
    themes: list[str] = field(default_factory=list)
    practices: list[str] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    summary: str | None = None
    keywords: list[str] = field(default_factory=list)
    related: Related = field(default_factory=Related)
    review: list[str] = field(default_factory=list)
