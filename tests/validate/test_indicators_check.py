"""A broken content/_data/indicators.yaml is an error of `digest check` (and so of the build, before anything is
rendered), on the line of the indicator it names."""

from __future__ import annotations

from pathlib import Path

from builder.commands.check import run_check
from builder.validate.data import check_indicators


def _content(tmp_path: Path, indicators: str) -> Path:
    data = tmp_path / "content" / "_data"
    data.mkdir(parents=True)
    (data / "indicators.yaml").write_text(indicators, encoding="utf-8")
    return tmp_path / "content"


def test_an_unknown_kind_is_an_error_on_the_indicators_line(tmp_path: Path) -> None:
    content = _content(
        tmp_path,
        "indicators:\n  - slug: grids\n    kind: count\n    labels: [网格]\n    unit: 个\n"
        "  - slug: stations\n    kind: counts\n    labels: [驿站]\n    unit: 个\n",
    )
    [problem] = check_indicators(content)
    assert problem.path.endswith("indicators.yaml") and problem.line == 6 and problem.severity == "error"
    assert "'stations'" in problem.message and "kind must be one of" in problem.message


def test_a_file_that_is_not_a_list_of_indicators_is_an_error(tmp_path: Path) -> None:
    content = _content(tmp_path, "grids: 网格\n")
    [problem] = check_indicators(content)
    assert problem.line == 1 and "expected 'indicators:'" in problem.message


def test_a_good_file_and_no_file_are_clean(tmp_path: Path) -> None:
    content = _content(
        tmp_path, "indicators:\n  - slug: grids\n    kind: count\n    labels: [网格]\n    unit: 个\n"
    )
    assert check_indicators(content) == []
    assert check_indicators(tmp_path / "elsewhere") == []


def test_digest_check_fails_on_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    content = _content(tmp_path, "indicators:\n  - slug: grids\n    kind: count\n    unit: 个\n")
    assert run_check(content) == 1
    assert (
        "indicators.yaml:2: error: indicator 'grids' needs labels (or heads) and a unit"
        in capsys.readouterr().out
    )
