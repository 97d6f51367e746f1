"""Two photo captions at a feature's head, each ending in its credit (real R21 r21_05's kind, builder.ingest.
photolines): the second wrapped onto a second line, its credit glued after its sentence there
(`这件…的红色马甲，将作为社区文` / `物保留。受访者供图`), right under the first caption's credit. Invented lines;
negatives: a body's sentence wrapped onto a line ending in a credit glued to a reported figure, and lines under a
body's sentence (no caption's credit above)."""

from __future__ import annotations

from tests.support.pages import page_units

_HEAD = [
    "长青社区的三年坚守",
    "",
    "社区志愿者为独居老人送去生活物资。",
    "受访者供图",
    "这件签满志愿者名字的红色马甲，将作为社区文",
    "物保留。受访者供图",
    "",
    "　　清晨七点，社区书记已经在小区里转了一圈。",
]


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in page_units("\n".join(lines))]


def test_second_caption_wrapped_with_its_credit_glued() -> None:
    kinds = _kinds(_HEAD)
    assert ("caption", "这件签满志愿者名字的红色马甲，将作为社区文物保留。") in kinds
    assert kinds.count(("credit", "受访者供图")) == 2


def test_body_lines_and_reported_figures_stay_text() -> None:
    figures = [
        *_HEAD[:4],
        "社区今年已累计为独居老人办理实事",
        "120余件。受访者供图",
        "",
        "　　清晨七点，书记出门。",
    ]
    assert ("caption", "社区今年已累计为独居老人办理实事120余件。") not in _kinds(figures)
    body = ["　　社区书记介绍，这件签满志愿者名字的红色马甲，", "将作为社区文", "物保留。受访者供图"]
    assert all(kind != "caption" for kind, _ in _kinds(body))
