"""The site's name on every page comes from content/_data/site.yaml's `title` (Chinese name + English gloss),
and the default title gives the default name."""

from __future__ import annotations

import shutil
from pathlib import Path

from builder.commands.build import run_build
from builder.render.env import SITE_NAME, SITE_NAME_EN, make_env, site_names
from tests.support.repo import ROOT


def test_a_title_splits_into_the_name_and_its_gloss() -> None:
    assert site_names("基层治理实践辑要 Practices Digest") == (SITE_NAME, SITE_NAME_EN)
    assert site_names("  某市基层治理观察  ") == ("某市基层治理观察", "")
    assert site_names("Grassroots Digest") == ("Grassroots Digest", "")
    assert make_env().globals["site_name"] == SITE_NAME


def test_the_settings_title_names_every_page(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for path in sorted((ROOT / "content").glob("*.md"))[:3]:
        shutil.copy(path, content / path.name)
    (content / "_data").mkdir()
    (content / "_data" / "site.yaml").write_text(
        "title: 黔东南基层治理观察 Qiandongnan Watch\n", encoding="utf-8"
    )
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "黔东南基层治理观察" in html and SITE_NAME not in html, page
    assert "<title>" in (home := (tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    assert "Qiandongnan Watch" in home
