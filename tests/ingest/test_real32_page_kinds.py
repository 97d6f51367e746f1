"""Real R32 kinds (issue 14; every line invented, of the same kinds as the real pages):

- the last article's headline printed at the page's foot, under its body and closing credit, while the articles
  above it carry theirs on top: its body is an article of its own, not the text of the article above;
- two headlines printed together mid-page (one line each, no kicker's mark) over the two bodies they title, a
  blank line between the bodies and none between a body's paragraphs: two headlines, not a kicker over one;
- a column's label (`■基层动态`) over a brief printed with no headline, its indented lead right under the label:
  a new item signed by its own closing names;
- a byline a narrow column wrapped over three lines, names cut at each break, its lead glued after the last
  name (`文、图/某某晚报记者　周` / `明　实习生…郑` / `文华　刘佳近日，…`): the byline whole, the lead the body's.
"""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.workers import process_page

_TOP = [
    "某某晚报　　2026年6月3日　第A05版",
    "",
    "柳岸街道建起“睦邻客厅”",
    "　　本报讯　今年以来，某某市柳岸街道在6个",
    "社区建起“睦邻客厅”，每周开展活动3次以上。",
    "　　街道党工委负责人说，下一步还将在老旧小区",
    "推广这一做法。",
    "",
]


def _drafts(tmp_path, lines):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_page(path).drafts


def test_the_last_articles_headline_at_the_foot_under_headed_articles(tmp_path):
    page = [
        *_TOP,
        "　　“有事就来找我们！”5月8日上午，某某县",
        "青石镇调解员赵大伯走进桃源村一户村民家，调解",
        "一起宅基地纠纷。",
        "　　据了解，青石镇“和事佬”调解队共有5名成员，",
        "今年已化解纠纷120余件。",
        "（记者　陈一鸣）",
        "",
        "青石镇“和事佬”调解忙",
    ]
    drafts = _drafts(tmp_path, page)
    assert [d.title for d in drafts] == ["柳岸街道建起“睦邻客厅”", "青石镇“和事佬”调解忙"]
    assert drafts[1].body.startswith("“有事就来找我们！”")
    assert "赵大伯" not in drafts[0].body
    assert drafts[1].byline == "记者 陈一鸣"


def test_two_headlines_printed_together_over_two_bodies(tmp_path):
    page = [
        *_TOP,
        "我县三个社区获评省级示范社区",
        "邻里有事，就找“说和人”",
        "",
        "　　近日，省民政厅公布示范社区名单，我县长青社",
        "区、丰和社区等3个社区入选。县民政局负责人介",
        "绍，这些社区都建起了议事会。",
        "　　今后，我县将每年评选一次，带动更多社区",
        "提升服务。",
        "",
        "　　“‘说和人’又来了！”一大早，老支书刘大爷就",
        "赶到村委会，帮两户村民商量排水沟的事。",
        "　　村里的“说和人”共有4名，都是老党员。",
    ]
    drafts = _drafts(tmp_path, page)
    assert [(d.title, d.subtitle) for d in drafts] == [
        ("柳岸街道建起“睦邻客厅”", None),
        ("我县三个社区获评省级示范社区", None),
        ("邻里有事，就找“说和人”", None),
    ]
    assert drafts[1].body.startswith("近日，省民政厅公布示范社区名单")
    assert drafts[2].body.startswith("“‘说和人’又来了！”")


def test_a_column_label_over_a_brief_printed_without_headline(tmp_path):
    page = [
        *_TOP,
        "■基层动态",
        "　　“今年分红又多了！”村民老张笑着说。5月",
        "20日，某某县河口镇新民村召开股份经济合作社分",
        "红大会。该村今年共分红120万元。（张三　李四）",
    ]
    drafts = _drafts(tmp_path, page)
    assert len(drafts) == 2
    assert "张三" not in (drafts[0].byline or "") and "老张" not in drafts[0].body
    assert drafts[1].body.startswith("“今年分红又多了！”")
    assert drafts[1].byline == "张三 李四"


def test_a_byline_wrapped_over_three_lines_with_its_lead_glued(tmp_path):
    page = [
        *_TOP,
        "城东街道首个快递行业党支部成立",
        "文、图/某某晚报记者　周",
        "明　实习生　许小梅　通讯员　郑",
        "文华　刘佳近日，某某市城东街",
        "道首个快递行业党支部正式成立。",
        "　　目前，支部共有党员12名。",
    ]
    drafts = _drafts(tmp_path, page)
    assert [d.title for d in drafts] == ["柳岸街道建起“睦邻客厅”", "城东街道首个快递行业党支部成立"]
    assert drafts[1].byline.split() == [
        "文、图/某某晚报记者",
        "周明",
        "实习生",
        "许小梅",
        "通讯员",
        "郑文华",
        "刘佳",
    ]
    assert drafts[1].body.startswith("近日，某某市城东街道首个快递行业党支部正式成立。")


def test_both_roles_before_one_slash_open_a_byline():
    assert is_byline_text("文、图/某某晚报全媒体记者 周明 通讯员 郑文华")
    assert is_byline_text("文图/本报记者 许小梅")
