"""The perturbation harness (tests/corpus/perturb.py): its re-wrapper on invented lines, and a slow ratchet that
ingests three cheap variants of heldout9 (doubled blank lines, a page line mid-page, no blank line) into brand-new
folders and holds their counts at what ingest reached (raise them when ingest gets better, never lower them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import perturb, scoring

_PAGE = [
    "东湖社区周报",
    "",
    "桐柏镇：“板凳会”议出邻里和气",
    "本报记者 周晓",
    "",
    "　　近日，青禾县桐柏镇在各村推行",
    "“板凳会”，每月组织村民围坐议事，",
    "已议定修路、清淤等事项46件。",
    "图为村民在板凳会上发言。 周晓 摄",
    "　　镇党委有关负责人介绍，“板凳会”",
    "让村民的事由村民商量着办，今年以来",
    "已化解矛盾纠纷120余件。",
]


def test_rewrap_keeps_heads_captions_and_the_text_of_every_sentence():
    text = "\n".join(_PAGE)
    wrapped = perturb.rewrap(text, 12, perturb.page_heads({"p.txt#1": {"title": _PAGE[2]}}, "p.txt"))
    lines = wrapped.split("\n")
    assert lines[:5] == _PAGE[:5] and "图为村民在板凳会上发言。 周晓 摄" in lines
    assert perturb._squash(wrapped) == perturb._squash(text)
    body = [line for line in lines[5:] if "摄" not in line]
    assert all(len(line) <= 13 for line in body)  # 12, a hanging mark at most
    assert not any(line[0] in "，。、”" for line in body)  # closing marks hang, never open a line


def test_rewrap_leaves_lines_the_lengths_do_not_prove():
    # a headline wrapped short of the column, a byline: no line as wide as the body's lines over them
    short = ["", "桐柏镇“板凳会”议", "出邻里和气", "本报记者 周晓"]
    page = "\n".join(_PAGE + short)
    assert perturb.rewrap(page, 15).split("\n")[-4:] == short


def test_a_page_of_mixed_columns_is_copied_as_printed():
    gold = {
        "p.txt#1": {
            "first_sentence": "近日，青禾县桐柏镇在各村推行“板凳会”，每月组织村民围坐议事，已议定修路、清淤等事项46件。"
        }
    }
    mixed = "\n".join([*_PAGE[:6], "宁江区把服务新就业群体作为城市", *_PAGE[6:]])
    assert perturb.columns_in_order("\n".join(_PAGE), gold, "p.txt")
    assert not perturb.columns_in_order(mixed, gold, "p.txt")


# kind -> (found at least, titles at least, bylines at least, spurious at most) on heldout9's 20 articles
FLOORS = {
    "doubleblank": (20, 20, 20, 0),
    "head_mid": (20, 20, 20, 0),
    "noblank": (20, 20, 20, 0),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_heldout9_variants_hold_their_floor(kind: str, tmp_path: Path) -> None:
    pages, gold = perturb.write_variant(*perturb.set_paths("heldout9"), kind, tmp_path)
    scores = scoring.run(pages, gold)
    found, titles, bylines, spurious = FLOORS[kind]
    assert scores.found >= found and scores.titles >= titles and scores.bylines >= bylines, scores.table()
    assert scores.spurious <= spurious, scores.table()
