"""A feature under a genre label whose head the page sets at its foot (heldout34 p07's kind, footheads.
genre_label_over_headless_body; invented lines): `人　物` standing apart between blank lines after a finished
report, over an indented body signed at its end, the page ending on the feature's bold-doubled headline and its
`——记…` subtitle. The body was merged into the report above, which took the feature's closing credit; the head
was lost. The label opens the feature's article and the head at the foot titles it. Negatives: a label with no
head at the page's foot, and a label right over a headline, open no article of their own."""

from __future__ import annotations

from tests.support.pages import page_articles

_REPORT = [
    "学习园地在某某路开张",
    "",
    "本报记者　周某某",
    "　　某某路社区的学习园地上周开张，居民",
    "可以在这里借书、听讲座。",
    "　　社区书记说，园地每周开放五天。",
]

_PROFILE = [
    "",
    "",
    "人　物",
    "",
    "　　天刚亮，石桥村的果园里已经有了人影，",
    "52岁的村党支部书记林某已在果树间走了",
    "一圈。",
    "　　几年来，他带着村民办起果品合作社，",
    "社员从十几户发展到两百多户。",
    "（通讯员 韩某 记者 苏某）",
    "",
    "林某林某：：把果园种成把果园种成““聚宝盆聚宝盆””",
    "——记某某县石桥村党支部书记林某",
]


def test_a_genre_label_over_a_body_headed_at_the_foot_opens_the_feature():
    report, profile = page_articles("\n".join(_REPORT + _PROFILE) + "\n")
    assert report.title == "学习园地在某某路开张"
    assert report.byline == "本报记者　周某某"
    assert "果园" not in report.text
    assert (profile.title, profile.subtitle) == ("林某：把果园种成“聚宝盆”", "记某某县石桥村党支部书记林某")
    assert profile.byline == "通讯员 韩某 记者 苏某"
    assert profile.text.startswith("天刚亮")


def test_a_label_with_no_head_at_the_foot_opens_no_article():
    articles = page_articles("\n".join(_REPORT + _PROFILE[:-3]) + "\n")
    assert [a.title for a in articles] == ["学习园地在某某路开张"]


def test_a_label_right_over_a_headline_is_the_headlines_label():
    over_head = [
        *_PROFILE[:3],
        "",
        "林某：把果园种成“聚宝盆”",
        "——记某某县石桥村党支部书记林某",
        *_PROFILE[4:-3],
    ]
    articles = page_articles("\n".join(_REPORT + over_head) + "\n")
    assert [a.title for a in articles][-1] == "林某：把果园种成“聚宝盆”"
    assert all(a.title != "人物" for a in articles)


def test_a_subheading_over_a_paragraph_above_a_foot_banner_stays_in_the_report():
    """Not a genre label (rv35 #5): a report's subheading (`工作成效`) standing apart over an indented paragraph,
    the page ending on a banner, is the report's subheading; it opens no article."""
    page = [
        *_REPORT,
        "",
        "工作成效",
        "",
        "　　今年以来，全街道组建志愿队36支，",
        "帮办群众实事1200余件。",
        "",
        "携手共建幸福美好家园",
    ]
    articles = page_articles("\n".join(page) + "\n")
    assert [a.title for a in articles] == ["学习园地在某某路开张"]
    assert "志愿队36支" in articles[0].text
