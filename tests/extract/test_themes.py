"""Theme scoring: the rules of content/_data/themes.yaml, each tried on real text from the seeds."""

from __future__ import annotations

import pytest
import yaml

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.themes import parse_rules, rule_problems, score_themes, select_themes, theme_scores
from tests.support.repo import ROOT
from tests.support.seed_articles import article, articles

DESIGN_SLUGS = [
    "organization-system",
    "grid-governance",
    "new-employment-groups",
    "emerging-sectors",
    "red-property",
    "joint-building",
    "dual-reporting",
    "burden-reduction",
    "rural-revitalization",
    "women-work",
    "volunteer-service",
    "dispute-resolution",
    "member-management",
    "digital-governance",
    "livelihood-services",
    "community-workforce",
    "relocation-communities",
    "consultative-self-governance",
    "public-safety",
    "agency-party-building",
]


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def mini(**terms: dict) -> dict[str, Label]:
    return {slug: Label(slug, slug, slug, {"terms": spec}) for slug, spec in terms.items()}


def test_vocabulary_has_the_design_themes_with_rules(vocab: dict[str, Label]) -> None:
    assert list(vocab) == DESIGN_SLUGS
    for label in vocab.values():
        assert label.zh and label.en and label.zh != label.slug
        assert parse_rules(label), label.slug
    assert rule_problems(vocab) == []
    raw = yaml.safe_load((ROOT / "content/_data/themes.yaml").read_text(encoding="utf-8"))
    assert set(raw) == {"themes"}


def test_rule_problems_are_reported() -> None:
    bad = {
        "a": Label("a", "甲", "A", {"terms": {"网格": "heavy"}}),
        "b": Label("b", "乙", "B", {"terms": {"网格": {"weight": 1, "where": ["footer"]}}}),
        "c": Label("c", "丙", "C", {"terms": ["网格"]}),
    }
    problems = rule_problems(bad)
    assert len(problems) == 3
    assert "not a number" in problems[0] and "footer" in problems[1] and "mapping" in problems[2]


def test_longest_term_wins_so_jiuye_inside_new_employment_group_does_not_count() -> None:
    # 001 赛罕区: 新业态新就业群体几乎全天在户外工作
    vocab = mini(jobs={"就业": 5}, riders={"新就业群体": 1})
    text = "网约车司机、外卖配送员、快递员等新业态新就业群体几乎全天在户外工作"
    scores = theme_scores("", [], text, vocab)
    assert "jobs" not in scores and scores["riders"] == 1.0
    # 000 黔东南州: 着力解决搬迁群众就业问题 — standing alone, 就业 counts
    assert theme_scores("", [], "着力解决搬迁群众就业问题", vocab) == {"jobs": 5.0}


def test_title_and_headings_weigh_more_than_body() -> None:
    vocab = mini(grid={"网格": 1})
    title_only = theme_scores("健全“微网格”构建共建共治新体系", [], "", vocab)["grid"]
    heading_only = theme_scores("", ["健全“微网格”构建共建共治新体系"], "", vocab)["grid"]
    body_only = theme_scores("", [], "健全“微网格”构建共建共治新体系", vocab)["grid"]
    assert title_only == 3 * body_only and heading_only == 2 * body_only


def test_repeats_count_less_and_less() -> None:
    vocab = mini(grid={"网格员": 2})
    once = theme_scores("", [], "一个网格配备1名专职网格员", vocab)["grid"]
    many = theme_scores("", [], "网格员" * 10, vocab)["grid"]
    assert once == 2.0
    assert 2.0 < many < 8.0  # 2 × (1 + ln 10) ≈ 6.6, not 20


def test_where_limits_a_term_to_some_places(vocab: dict[str, Label]) -> None:
    # 001: the title “她”力量促进基层治理提质增效 — 她 counts in titles only
    assert "women-work" in theme_scores("“她”力量促进基层治理提质增效", [], "", vocab)
    assert "women-work" not in theme_scores("", [], "她说，社区帮了大忙。", vocab)


def test_negative_weight_argues_against_a_theme() -> None:
    vocab = mini(safety={"公安": 2, "公安局党委携手": -5})
    # 000: 呼伦贝尔市公安局党委携手呼伦贝尔市第四人民医院党委开展爱警暖警讲座义诊活动
    text = "呼伦贝尔市公安局党委携手呼伦贝尔市第四人民医院党委开展爱警暖警讲座义诊活动"
    assert theme_scores("", [], text, vocab) == {}


def test_selection_relative_threshold_cap_and_tie_break() -> None:
    assert select_themes({}) == []
    assert select_themes({"b": 3.0, "a": 3.0}) == ["a"]  # below MIN_SCORE: the top one alone, by slug
    assert select_themes({"b": 20.0, "a": 20.0, "c": 1.0}) == ["a", "b"]
    many = {f"t{i}": 50.0 - i for i in range(8)}
    assert select_themes(many) == ["t0", "t1", "t2", "t3"]
    assert select_themes({"top": 100.0, "weak": 100.0 * T.RELATIVE_THRESHOLD - 1}) == ["top"]


def test_a_word_that_occurs_once_is_not_a_theme(vocab: dict[str, Label]) -> None:
    # 001 金润社区: one mention of 化解矛盾纠纷 in a women's-federation article
    a = article("jinrun-community")
    assert "化解矛盾纠纷" in a.body
    assert score_themes(a.title, a.headings, a.body, vocab) == ["women-work"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("saihan-district", "new-employment-groups"),
        ("guazhou-county", "rural-revitalization"),
        ("jinchuan-secretary", "dispute-resolution"),
        ("saimachang-community", "consultative-self-governance"),
        ("qiandongnan-volunteer", "volunteer-service"),
        ("panzhihua-agencies", "agency-party-building"),
        ("maga-yuhong-joint", "joint-building"),
        ("hongyazigou-women", "women-work"),
    ],
)
def test_single_topic_articles_get_their_theme_first(
    vocab: dict[str, Label], key: str, expected: str
) -> None:
    a = article(key)
    got = score_themes(a.title, a.headings, a.body, vocab)
    assert got[0] == expected


def test_one_to_four_themes_and_deterministic(vocab: dict[str, Label]) -> None:
    for a in articles():
        got = score_themes(a.title, list(a.headings), a.body, vocab)
        assert 1 <= len(got) <= 4, a.key
        assert len(set(got)) == len(got)
        assert got == score_themes(a.title, tuple(a.headings), a.body, dict(reversed(vocab.items())))


def test_theme_f1_against_the_seed_gold(vocab: dict[str, Label]) -> None:
    """tests/gold scoring: F1 of predicted vs `themes`; a theme in `themes_optional` is dropped from both."""
    tp = fp = fn = 0
    for a in articles():
        optional = set(a.themes_optional)
        got = set(score_themes(a.title, a.headings, a.body, vocab)) - optional
        gold = set(a.themes) - optional
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert len(articles()) == 27
    assert f1 >= 0.85, (precision, recall, f1)  # issue 3 target 0.75; 0.898 when written


def test_captions_do_not_count(vocab: dict[str, Label]) -> None:
    # 003: the 舟曲 photo caption printed beside the 麦积区 article is about a farm, not about 麦积区
    caption = (
        "图：近日，舟曲县立节镇太迪村现代农业产业园内果蔬长势喜人。该示范园采取“党支部+集体经济+基地+农旅融合”"
        "发展模式，将党建与村集体经济发展、乡村振兴工作结合，有效带动了群众增收，助力村集体经济发展。"
    )
    a = article("maiji-district")
    with_caption = f"{a.body}\n\n{caption}\n\n图：舟曲县立节镇供图\n"
    assert "rural-revitalization" in theme_scores("", [], caption.removeprefix("图："), vocab)
    assert score_themes(a.title, a.headings, with_caption, vocab) == score_themes(
        a.title, a.headings, a.body, vocab
    )
