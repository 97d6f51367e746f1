"""Where the project's own files are (kept free of heavy imports: the CLI reads it before deciding to build)."""

from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
THEME_DIR = PROJECT_DIR / "theme"
