"""Write a Practices Digest content folder as Hugo or Pelican content, for the side-by-side benchmark.

    python bench/convert.py hugo CONTENT_DIR OUT_DIR       # OUT_DIR/initiatives/<slug>.md, Hugo YAML front matter
    python bench/convert.py pelican CONTENT_DIR OUT_DIR    # OUT_DIR/initiatives/<slug>.md, Pelican metadata lines

Every site gets the same initiatives, bodies and taxonomies: themes, regions (administrative codes of the
province, city and county, as our /regions/<code>/ pages) and levels. Pelican has one category, tags and
authors per article, so there level -> category, themes -> tags, region codes -> authors.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeDumper as Dumper
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeDumper as Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

DEFAULT_DATE = "2024-01-01"


def read_content(content_dir: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """(front matter, body) of every content file, in name order."""
    for path in sorted(Path(content_dir).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        yield yaml.load(head, Loader=Loader), body.lstrip("\n")


def region_codes(region: dict[str, Any]) -> list[str]:
    """Codes of the province, city and county of a region (most specific last), as URL keys."""
    code = str(region.get("code") or "")
    if len(code) != 6:
        return []
    codes = [code[:2] + "0000"]
    if code[2:4] != "00":
        codes.append(code[:4] + "00")
    if code[4:] != "00":
        codes.append(code)
    return codes


def _fresh(out_dir: Path) -> Path:
    target = Path(out_dir) / "initiatives"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    return target


def to_hugo(content_dir: Path, out_dir: Path) -> int:
    target = _fresh(out_dir)
    count = 0
    for data, body in read_content(content_dir):
        region = data.get("region") or {}
        source = data.get("source") or {}
        front = {
            "title": data["title"],
            "slug": data["slug"],
            "date": data.get("date") or DEFAULT_DATE,
            "themes": data.get("themes") or [],
            "regions": region_codes(region),
            "levels": [data["level"]] if data.get("level") else [],
            "practices": data.get("practices") or [],
            "keywords": data.get("keywords") or [],
            "metrics": data.get("metrics") or [],
            "summary": data.get("summary") or "",
            "province": region.get("province"),
            "city": region.get("city"),
            "county": region.get("county"),
            "locality": data.get("locality"),
            "level": data.get("level"),
            "source_file": source.get("file"),
            "source_part": source.get("part"),
            "byline": source.get("byline"),
        }
        head = yaml.dump(front, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10_000)
        (target / f"{data['slug']}.md").write_text(f"---\n{head}---\n\n{body}", encoding="utf-8")
        count += 1
    return count


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


def to_pelican(content_dir: Path, out_dir: Path) -> int:
    target = _fresh(out_dir)
    count = 0
    for data, body in read_content(content_dir):
        region = data.get("region") or {}
        source = data.get("source") or {}
        metrics = "；".join(
            f"{m.get('label')} {m.get('value')}{m.get('unit')}（{m.get('quote')}）"
            for m in data.get("metrics") or []
        )
        lines = [
            f"Title: {_one_line(data['title'])}",
            f"Slug: {data['slug']}",
            f"Date: {data.get('date') or DEFAULT_DATE}",
            f"Category: {data.get('level') or 'none'}",
            f"Tags: {', '.join(data.get('themes') or [])}",
            f"Authors: {', '.join(region_codes(region)) or 'none'}",
            f"Summary: {_one_line(data.get('summary') or '')}",
            f"Practices: {_one_line('、'.join(data.get('practices') or []))}",
            f"Keywords: {_one_line('、'.join(data.get('keywords') or []))}",
            f"Metrics: {_one_line(metrics)}",
            f"Region: {' '.join(str(v) for v in (region.get('province'), region.get('city'), region.get('county')) if v)}",
            f"Locality: {data.get('locality') or ''}",
            f"Source: {source.get('file')} {source.get('part')} {source.get('byline') or ''}".rstrip(),
        ]
        (target / f"{data['slug']}.md").write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("target", choices=("hugo", "pelican"))
    parser.add_argument("content", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    count = (to_hugo if args.target == "hugo" else to_pelican)(args.content, args.out)
    print(f"{args.out}: {count} initiatives as {args.target} content")
    return 0


if __name__ == "__main__":
    sys.exit(main())
