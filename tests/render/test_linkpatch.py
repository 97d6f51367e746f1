"""The cross-links computed from the last computation's candidate pairs (builder.render.linkpatch) are those
computed whole, after random edits of titles, theme lists, bodies, practices, levels and regions."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

from builder.model import Initiative, Region, Source
from builder.render import crosslinks, linkpatch, linkscore
from builder.render.crosslinks import compute_related
from builder.text.tokens import Tokenizer

# invented words of the domain (no article's text): the bodies and titles are drawn from them
WORDS = tuple(
    [
        "议事厅",
        "楼长",
        "积分超市",
        "红色物业",
        "网格员",
        "志愿队",
        "夜间课堂",
        "邻里节",
        "老年食堂",
        "调解室",
        "读书角",
        "菜园",
        "停车棚",
        "电梯加装",
        "垃圾分类",
        "巡河",
        "护路",
        "助餐",
        "托育",
        "就业驿站",
        "法律顾问",
        "民情日记",
        "板凳会",
        "微心愿",
        "小区党支部",
        "业委会",
        "物业公司",
        "共建单位",
        "在职党员",
        "退役军人",
        "快递小哥",
        "外卖骑手",
        "流动党员",
        "乡贤",
        "合作社",
        "果园",
        "茶山",
        "民宿",
    ]
)
THEMES = ("grid", "joint", "service", "industry", "volunteer", "elderly")
PRACTICES = ("三事分流", "红色代办", "楼栋议事", "积分兑换", "暖心食堂")
PLACES = (
    Region("甲省", "乙市", "丙县"),
    Region("甲省", "乙市", "丁区"),
    Region("甲省", "戊市", None),
    Region("己省", "庚市", "辛县"),
    Region("己省", None, None),
)


def _sentence(rng: random.Random, words: int) -> str:
    return "，".join(f"社区推进{w}工作" for w in rng.sample(WORDS, words)) + "。"


def _initiative(rng: random.Random, k: int) -> Initiative:
    return Initiative(
        title=_sentence(rng, 2)[:-1],
        slug=f"item-{k:03d}",
        body="".join(_sentence(rng, rng.randint(2, 5)) for _ in range(rng.randint(1, 3))),
        source=Source("test.txt", k + 1),
        themes=rng.sample(THEMES, rng.randint(0, 3)),
        practices=rng.sample(PRACTICES, rng.randint(0, 2)),
        level=rng.choice(("county", "township", "community")),
        region=rng.choice(PLACES),
    )


def _edited(rng: random.Random, item: Initiative) -> Initiative:
    kind = rng.choice(("title", "title", "themes", "themes", "body", "practices", "level", "region"))
    if kind == "title":
        return dataclasses.replace(item, title=_sentence(rng, rng.randint(1, 3))[:-1])
    if kind == "themes":
        return dataclasses.replace(item, themes=rng.sample(THEMES, rng.randint(0, 3)))
    if kind == "body":
        return dataclasses.replace(item, body=item.body + _sentence(rng, 2))
    if kind == "practices":
        return dataclasses.replace(item, practices=rng.sample(PRACTICES, rng.randint(0, 2)))
    if kind == "level":
        return dataclasses.replace(item, level=rng.choice(("city", "county", "township")))
    return dataclasses.replace(item, region=rng.choice(PLACES))


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Limits small enough for a corpus of 40: the sparse products (2 rows a block), rows cut to their
    best candidates and strongest terms, and terms and names common enough to be dropped."""
    monkeypatch.setattr(crosslinks, "BLOCK_CELLS", 80)
    monkeypatch.setattr(crosslinks, "CANDIDATES_PER_ROW", 6)
    monkeypatch.setattr(linkscore, "TERMS_PER_DOC", 8)
    monkeypatch.setattr(linkscore, "DF_CAP_MIN", 9)
    monkeypatch.setattr(linkscore, "DF_CAP_SHARE", 0.2)


def _candidates(state: linkpatch.LinkState) -> list[tuple[int, int, bytes]]:
    return sorted(
        zip(state.rows.tolist(), state.cols.tolist(), map(np.float64.tobytes, state.similarity), strict=True)
    )


@pytest.mark.parametrize("seed", range(6))
def test_links_from_the_last_candidates_are_the_links_made_whole(seed: int, small_limits: None) -> None:
    rng = random.Random(seed)
    tk = Tokenizer()
    items = [_initiative(rng, k) for k in range(40)]
    states: list[linkpatch.LinkState] = []
    compute_related(items, tokenizer=tk, keep=states.append)
    patched = 0
    for _step in range(12):
        for at in rng.sample(range(len(items)), rng.choice((1, 1, 2))):
            items[at] = _edited(rng, items[at])
        whole: list[linkpatch.LinkState] = []
        expected = compute_related(items, tokenizer=tk, keep=whole.append)
        before = len(states)
        assert compute_related(items, tokenizer=tk, last=states[-1], keep=states.append) == expected
        assert len(states) == before + 1
        assert _candidates(states[-1]) == _candidates(whole[0])
        patched += linkpatch.moved_rows(states[-2], _features(items, tk), _profiles(items, tk)).size < 20
    assert patched  # (some edits moved few rows: the last candidates were used)


def _features(items: list[Initiative], tk: Tokenizer) -> linkscore.Features:
    return linkscore.Features(sorted(items, key=lambda i: i.slug), tk, None)


def _profiles(items: list[Initiative], tk: Tokenizer) -> list[linkpatch.Profile]:
    ordered = sorted(items, key=lambda i: i.slug)
    return linkpatch.bonus_profiles(ordered, linkscore.Features(ordered, tk, None))


def test_a_title_edit_moves_the_rows_sharing_its_terms_alone(small_limits: None) -> None:
    rng = random.Random(7)
    tk = Tokenizer()
    items = [_initiative(rng, k) for k in range(40)]
    # an initiative told in words no other one uses
    items[5] = dataclasses.replace(
        items[5], title="星空观测站启用", body="天文台建设射电望远镜。", practices=[]
    )
    states: list[linkpatch.LinkState] = []
    compute_related(items, tokenizer=tk, keep=states.append)
    items[9] = dataclasses.replace(items[9], title=items[9].title + "，")  # its terms the same
    assert linkpatch.moved_rows(states[0], _features(items, tk), _profiles(items, tk)).size == 0
    items[5] = dataclasses.replace(items[5], title="星空观测站和天象馆启用")  # a title of its own words
    assert linkpatch.moved_rows(states[0], _features(items, tk), _profiles(items, tk)).tolist() == [5]


def test_another_set_of_slugs_makes_the_pairs_whole(small_limits: None) -> None:
    rng = random.Random(3)
    tk = Tokenizer()
    items = [_initiative(rng, k) for k in range(30)]
    states: list[linkpatch.LinkState] = []
    compute_related(items, tokenizer=tk, keep=states.append)
    fewer = sorted(items[1:], key=lambda i: i.slug)
    features = _features(fewer, tk)
    profiles = linkpatch.bonus_profiles(fewer, features)
    assert linkpatch.patched_candidates(fewer, features, states[0], crosslinks._candidates, profiles) is None
    assert compute_related(items[1:], tokenizer=tk, last=states[0]) == compute_related(
        items[1:], tokenizer=tk
    )


# ------------------------------------------------- title and body edits from the kept state alone (linknarrow)

NEW_WORDS = ("星空观测站", "天象馆", "射电望远镜", "科普长廊", "观鸟台")


TEXT_EDITS = ("same terms", "new terms", "corpus terms", "body", "undo")


def _text_edit(rng: random.Random, item: Initiative, original: Initiative, kind: str) -> Initiative:
    if kind == "same terms":  # punctuation alone: the same term counts
        return dataclasses.replace(item, title=item.title + "，")
    if kind == "new terms":  # words no other initiative uses
        return dataclasses.replace(item, title=item.title + "，建强" + rng.choice(NEW_WORDS))
    if kind == "corpus terms":  # words other initiatives use: their document frequency moves
        return dataclasses.replace(item, title=_sentence(rng, rng.randint(1, 3))[:-1])
    if kind == "body":
        return dataclasses.replace(item, body=item.body + _sentence(rng, 2))
    return dataclasses.replace(item, title=original.title, body=original.body)


def _text_edits_against_whole(seed: int, count: int, steps: int) -> int:
    """Title and body edits in turn, the links from the kept state each time equal to those made whole;
    how many edits left some rows' links as they were (not made again)."""
    from builder.render.linknarrow import text_edit_links
    from builder.render.linkscore import document_text

    rng = random.Random(seed)
    tk = Tokenizer()
    items = [_initiative(rng, k) for k in range(count)]
    originals = {item.slug: item for item in items}
    states: list[linkpatch.LinkState] = []
    links = compute_related(items, tokenizer=tk, keep=states.append)
    partial = 0
    for step in range(steps):  # every kind of edit in turn, of one or two initiatives
        edited = {}
        for at in rng.sample(range(len(items)), rng.choice((1, 1, 2))):
            kind = TEXT_EDITS[step % len(TEXT_EDITS)]
            items[at] = _text_edit(rng, items[at], originals[items[at].slug], kind)
            edited[items[at].slug] = document_text(items[at])
        whole: list[linkpatch.LinkState] = []
        expected = compute_related(items, tokenizer=tk, keep=whole.append)
        made = text_edit_links(states[-1], edited, tk, 5)
        assert made is not None
        moved, state = made
        links = {**links, **moved}
        partial += len(moved) < count
        assert links == expected
        assert _candidates(state) == _candidates(whole[0])
        assert state.terms == whole[0].terms and state.profiles == whole[0].profiles
        for name in ("indptr", "indices", "data"):
            assert getattr(state.text, name).tobytes() == getattr(whole[0].text, name).tobytes()
        states.append(state)
    return partial


@pytest.mark.parametrize("seed", range(6))
def test_title_and_body_edits_from_the_kept_state_are_the_links_made_whole(
    seed: int, small_limits: None
) -> None:
    assert _text_edits_against_whole(seed, 40, 12)


@pytest.mark.parametrize("seed", range(2))
def test_title_edits_of_a_small_site_from_the_kept_state(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkscore, "TERMS_PER_DOC", 8)  # (products dense: made whole from the state)
    _text_edits_against_whole(seed, 25, 6)


def test_a_title_of_the_same_terms_moves_no_row_and_its_undo_gives_the_first_links(
    small_limits: None,
) -> None:
    from builder.render.linknarrow import text_edit_links
    from builder.render.linkscore import document_text

    rng = random.Random(11)
    tk = Tokenizer()
    items = [_initiative(rng, k) for k in range(40)]
    states: list[linkpatch.LinkState] = []
    first = compute_related(items, tokenizer=tk, keep=states.append)
    same = dataclasses.replace(items[4], title=items[4].title + "，")
    made = text_edit_links(states[0], {same.slug: document_text(same)}, tk, 5)
    assert made is not None and made[0] == {}
    titled = dataclasses.replace(items[4], title="星空观测站和天象馆启用")
    made = text_edit_links(states[0], {titled.slug: document_text(titled)}, tk, 5)
    assert made is not None and titled.slug in made[0]
    undone = text_edit_links(made[1], {titled.slug: document_text(items[4])}, tk, 5)
    assert undone is not None
    assert {**first, **made[0], **undone[0]} == first
    assert _candidates(undone[1]) == _candidates(states[0])
    assert text_edit_links(states[0], {"no-such-slug": "标题"}, tk, 5) is None
