"""Where the project's own files are (kept free of heavy imports: the CLI reads it before deciding to build)."""

from __future__ import annotations

from pathlib import Path

BUILDER_DIR = Path(__file__).resolve().parents[1]
PROJECT_DIR = BUILDER_DIR.parent
THEME_DIR = PROJECT_DIR / "theme"
DEFAULT_DATA_DIR = BUILDER_DIR / "data"  # the default vocabularies, shipped in the package
