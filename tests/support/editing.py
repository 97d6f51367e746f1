"""A small, valid content folder for the tests of `digest check` / `digest serve`, and ways to edit or spoil it."""

from __future__ import annotations

from pathlib import Path

TITLE = "回民区：以组织力引领城市基层治理现代化"  # the title of GOOD

THEMES_YAML = """\
themes:
  - slug: grid-governance
    zh: 网格化治理
    en: Grid-based governance
  - slug: joint-building
    zh: 党建联建共建
    en: Joint party building across units
  - slug: red-property
    zh: 红色物业
    en: '"Red property" management'
"""

LEVELS_YAML = """\
levels:
  - {slug: province, zh: 省级, en: Province}
  - {slug: city, zh: 市级, en: City}
  - {slug: county, zh: 县级, en: County}
  - {slug: township, zh: 乡镇街道, en: Township}
  - {slug: community, zh: 社区村, en: Community}
"""

# Line numbers matter: the tests assert the line of each key (title is line 2, region.county line 13 …).
GOOD = """\
---
title: 回民区：以组织力引领城市基层治理现代化
slug: huimin-district
source:
  file: 001_db21671502ac2f81.txt
  part: 1
  byline: 本报讯（记者 祁晓燕 通讯员 云静波）
parent: null
date: null
region:
  province: 内蒙古自治区
  city: 呼和浩特市
  county: 回民区
  code: "150103"
locality: 海西路街道赛马场北路社区
level: county
themes: [grid-governance, joint-building]
practices: [双报到, 红蜂驿站]
metrics:
  - {label: 网格党支部, value: 226, unit: 个, approx: false, quote: "网格党支部 226个"}
summary: 回民区将党组织建在网格上。
keywords: [网格, 党建联建]
related: {pin: [], block: []}
review: []
---

回民区在推行网格化管理的过程中……
"""

LINE = {
    "title": 2,
    "slug": 3,
    "source": 4,
    "source.file": 5,
    "source.part": 6,
    "parent": 8,
    "date": 9,
    "region": 10,
    "region.province": 11,
    "region.city": 12,
    "region.county": 13,
    "region.code": 14,
    "locality": 15,
    "level": 16,
    "themes": 17,
    "practices": 18,
    "metrics": 19,
    "metrics.0": 20,
    "summary": 21,
    "keywords": 22,
    "related": 23,
    "review": 24,
    "closing": 25,
}


def variant(slug: str, title: str | None = None, **replacements: str) -> str:
    """GOOD with another slug (and title), then each `old=new` text replacement (old must occur)."""
    text = GOOD.replace("slug: huimin-district", f"slug: {slug}")
    if title is not None:
        text = text.replace(f"title: {TITLE}", f"title: {title}")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` (which must occur) in the file by `new`, as an editor saving it."""
    path.write_text(replace(path.read_text(encoding="utf-8"), old, new), encoding="utf-8")


def make_content(root: Path, files: dict[str, str] | None = None) -> Path:
    """`root/content` with the vocabularies and the given files (default: one good file)."""
    content = root / "content"
    (content / "_data").mkdir(parents=True, exist_ok=True)
    (content / "_data" / "themes.yaml").write_text(THEMES_YAML, encoding="utf-8")
    (content / "_data" / "levels.yaml").write_text(LEVELS_YAML, encoding="utf-8")
    for name, text in (files if files is not None else {"huimin-district.md": GOOD}).items():
        (content / name).write_text(text, encoding="utf-8")
    return content
