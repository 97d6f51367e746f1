"""The theme's templates shipped precompiled (`theme/compiled/`), so that a cold build does not compile them.

Compiling the nineteen templates (Jinja's lexing and code generation, then Python's compiler) costs about
0.4 s of every build. `scripts/compile-templates` (`python -m builder.render.precompiled`) writes the Python
modules Jinja would generate into `<theme>/compiled/`, with `templates.sha256`: the digest of what they were
compiled from (every template's name and bytes, the Jinja version and the environment's compile options).
`make_env` loads those modules only while that digest still holds; a theme whose templates changed since,
or one without the folder, is compiled from its templates as before. Same templates, same pages either way.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import jinja2
from jinja2 import BaseLoader, ModuleLoader

COMPILED = "compiled"
STAMP = "templates.sha256"


def templates_digest(templates_dir: Path, options: str) -> str:
    """The digest of the templates under `templates_dir` (names and bytes), Jinja's version and `options`
    (the environment's compile options, as make_env describes them)."""
    digest = hashlib.sha256(f"jinja2 {jinja2.__version__}\0{options}\0".encode())
    root = Path(templates_dir)
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def shipped_loader(theme_dir: Path, options: str) -> BaseLoader | None:
    """A loader of the theme's precompiled templates, or None when there are none or they are out of date."""
    folder = Path(theme_dir) / COMPILED
    try:
        stamp = (folder / STAMP).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if stamp != templates_digest(Path(theme_dir) / "templates", options):
        return None
    return ModuleLoader(str(folder))


def compile_theme(theme_dir: Path) -> Path:
    """Write the theme's templates, compiled, to `<theme_dir>/compiled/` (replacing what was there)."""
    from builder.render.env import COMPILE_OPTIONS, make_env

    folder = Path(theme_dir) / COMPILED
    fresh = folder.with_name(f".{COMPILED}.new")
    shutil.rmtree(fresh, ignore_errors=True)
    env = make_env(theme_dir, precompiled=False)
    env.compile_templates(str(fresh), zip=None, ignore_errors=False)
    (fresh / STAMP).write_text(templates_digest(Path(theme_dir) / "templates", COMPILE_OPTIONS) + "\n")
    shutil.rmtree(folder, ignore_errors=True)
    fresh.rename(folder)
    return folder


def main(argv: list[str] | None = None) -> int:
    from builder.util.paths import THEME_DIR

    args = sys.argv[1:] if argv is None else argv
    theme = Path(args[0]) if args else THEME_DIR
    folder = compile_theme(theme)
    print(f"compiled {len(list(folder.glob('tmpl_*.py')))} templates into {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
