"""The site index of digest serve's rebuilds follows the edit, not the number of initiatives (issue 16): the
glossary looks for the sentences of an edited initiative only (the others' come from the session's
IdentityMemo), and the themes and levels are grouped in one pass, as the label-by-label scan grouped them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from builder.render import glossary
from builder.render.glossary import build_glossary
from builder.render.indexes import _grouped_by
from builder.render.regions import RegionStep
from builder.render.session import IdentityMemo

THEMES = {"grid-governance": "网格治理", "red-property": "红色物业"}


def _entry(practices: list[str], paragraphs: tuple[str, ...], summary: str = "", themes=("grid-governance",)):  # type: ignore[no-untyped-def]
    item = SimpleNamespace(practices=practices, summary=summary, themes=list(themes), level="county")
    return SimpleNamespace(
        item=item, body=SimpleNamespace(paragraphs=paragraphs), steps=[RegionStep("510100", "成都市", "city")]
    )


def test_the_glossary_looks_for_the_sentences_of_an_edited_initiative_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries = {
        "a": _entry(["红色物业", "1+1"], ("小区推行“红色物业”，物业服务纳入党建。",)),
        "b": _entry(["网格议事会"], ("社区设立网格议事会。",), summary="网格议事会每月开会。"),
        "c": _entry(["红色物业"], ("街道推广红色物业。",), themes=("red-property",)),
    }
    asked: list[str] = []
    real = glossary.find_sentence

    def find_sentence(paragraphs: tuple[str, ...], name: str) -> str | None:
        asked.append(name)
        return real(paragraphs, name)

    monkeypatch.setattr(glossary, "find_sentence", find_sentence)
    memo = IdentityMemo()
    first = build_glossary(entries, {}, THEMES, memo)
    assert asked and "1+1" not in asked  # number-only names get no entry: no sentence looked for
    memo.new_build()
    asked.clear()
    entries["b"] = _entry(["网格议事会"], ("居民在网格议事会上商量停车难。",))  # b edited
    second = build_glossary(entries, {}, THEMES, memo)
    assert asked == ["网格议事会"]
    assert second == build_glossary(entries, {}, THEMES)
    assert second[0]["wang-ge-yi-shi-hui"].uses[0].sentence == "居民在网格议事会上商量停车难。"
    assert first[0]["wang-ge-yi-shi-hui"].uses[0].sentence == "社区设立网格议事会。"


def test_themes_grouped_in_one_pass_as_label_by_label() -> None:
    entries = {
        "x": _entry([], (), themes=("red-property", "grid-governance", "red-property")),
        "y": _entry([], (), themes=()),
        "z": _entry([], (), themes=("grid-governance",)),
    }
    labels = dict.fromkeys(["grid-governance", "red-property", "unused"])
    grouped = _grouped_by(entries, labels, lambda item: dict.fromkeys(item.themes))  # type: ignore[arg-type]
    by_label = {slug: [s for s, e in entries.items() if slug in e.item.themes] for slug in labels}
    assert grouped == {slug: slugs for slug, slugs in by_label.items() if slugs}
    assert list(grouped) == ["grid-governance", "red-property"] and grouped["red-property"] == ["x"]
