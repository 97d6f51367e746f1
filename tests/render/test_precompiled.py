"""The theme's templates shipped precompiled (theme/compiled/, written by scripts/compile-templates): used
only while they match the templates, and the pages they render are byte for byte the pages the templates
compiled at build time render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jinja2 import FileSystemLoader, ModuleLoader

from builder.commands.build import run_build
from builder.render import env as env_module
from builder.render.env import COMPILE_OPTIONS, make_env
from builder.render.precompiled import compile_theme, shipped_loader
from builder.util.paths import THEME_DIR
from tests.support.repo import REPO_CONTENT


def test_the_shipped_compiled_templates_match_the_templates() -> None:
    assert shipped_loader(THEME_DIR, COMPILE_OPTIONS) is not None, (
        "theme/compiled/ is out of date with theme/templates/: run scripts/compile-templates and commit it"
    )


@pytest.fixture
def theme(tmp_path: Path) -> Path:
    copy = tmp_path / "theme"
    shutil.copytree(THEME_DIR / "templates", copy / "templates")
    compile_theme(copy)
    return copy


def test_a_changed_template_is_compiled_from_its_source(theme: Path) -> None:
    assert isinstance(make_env(theme).loader, ModuleLoader)
    page = theme / "templates" / "404.html"
    page.write_text(page.read_text(encoding="utf-8").replace("页面不存在", "找不到页面"), encoding="utf-8")
    env = make_env(theme)
    assert isinstance(env.loader, FileSystemLoader)
    assert "找不到页面" in env.loader.get_source(env, "404.html")[0]


def test_a_theme_without_compiled_templates_compiles_them(tmp_path: Path) -> None:
    shutil.copytree(THEME_DIR / "templates", tmp_path / "templates")
    assert isinstance(make_env(tmp_path).loader, FileSystemLoader)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_precompiled_and_source_templates_build_the_same_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert run_build(REPO_CONTENT, tmp_path / "shipped" / "site", quiet=True, force=True) == 0
    monkeypatch.setattr(env_module, "shipped_loader", lambda *_args: None)
    assert isinstance(make_env().loader, FileSystemLoader)
    assert run_build(REPO_CONTENT, tmp_path / "compiled" / "site", quiet=True, force=True) == 0
    assert tree(tmp_path / "shipped" / "site") == tree(tmp_path / "compiled" / "site")
