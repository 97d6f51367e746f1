"""Printed layouts of layouts36 (issue 14; lines invented of the same kinds).

- A profile's box in brackets (`【人物简介】` over the person's name, birth year and posts) between an interview's
  intro and its first question: furniture, and the interview reads on after it as one article.
- A photo block of captions opening with their position (`上图：…。` / `左图：…。　右图：…。`, two on one line apart
  by a space) over one shared credit `（本报记者 … 摄）`: each a caption of its own, with that credit, none in the body.
- A headline set in three short lines in a narrow column (`小网格` / `撬动` / `大治理`) over its `——` subtitle: one
  headline, no kicker; the subtitle wrapped over two lines takes no reporter line under it.
- A `他山之石` box right after a report, telling other provinces' practices: furniture with its text, in no body;
  the next report (its body first, its headline at the page's foot) reads on after it.
- A series line with the part's ordinal in brackets or circled, under a headline with its dashes
  (`——“某某在某地”系列报道（十二）`) or over it: no subtitle, in no body.
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import SERIES_TAG
from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


INTERVIEW_HEAD = (
    "把好事办到居民心坎上\n——访某某县河湾街道党工委书记周青\n本报记者 王林\n\n"
    "　　今年以来，某某县河湾街道推行“楼栋\n议事会”。日前，记者采访了街道党工委\n书记周青。\n\n"
)
INTERVIEW_TURNS = (
    "　　记者：为什么要建楼栋议事会？\n"
    "　　周青：河湾街道有9个社区，老旧小区\n多。我们建起议事会42个，让居民自己商\n量。\n"
    "　　记者：下一步怎么做？\n"
    "　　周青：我们还要再建议事会20个。\n"
)


def test_a_bracketed_profile_box_inside_an_interview_is_furniture():
    for label in ("【人物简介】", "［人物档案］", "【简历】"):
        box = label + "\n周青，女，1980年生，河湾人。\n2020年起任河湾街道党工委书记。\n\n"
        units, articles = _read(INTERVIEW_HEAD + box + INTERVIEW_TURNS)
        assert any(u.kind == FURNITURE and u.text == label for u in units), label
        assert [a.title for a in articles] == ["把好事办到居民心坎上"], label
        assert articles[0].paragraphs[-1] == "周青：我们还要再建议事会20个。", label
        assert "1980" not in articles[0].text, label


_SERIES_PAGE = (
    "{over}河湾市推行“物业联席会”\n{series}\n\n"
    "　　本报讯（记者 王林）今年以来，河湾市\n在城区建立“物业联席会”56个，解决问\n题800余件。\n"
)


@pytest.mark.parametrize(
    "series",
    ["——“红色治理在河湾”系列报道（十二）", "——“小区新事”系列报道（3）", "—— 幸福河湾系列述评（二）"],
)
def test_a_series_line_with_its_ordinal_is_no_subtitle(series: str) -> None:
    _, articles = _read(_SERIES_PAGE.format(over="", series=series))
    assert [(a.title, a.subtitle) for a in articles] == [("河湾市推行“物业联席会”", None)]
    assert "系列" not in articles[0].text
    # the same line over the headline, its ordinal circled
    _, articles = _read(_SERIES_PAGE.format(over="“小区新事”系列报道⑫\n", series=""))
    assert [(a.title, a.subtitle) for a in articles] == [("河湾市推行“物业联席会”", None)]
    assert "系列" not in articles[0].text


def test_a_deck_naming_a_series_in_words_stays_the_subtitle():
    assert not SERIES_TAG.match("——河湾市推行系列举措（上）破解停车难")
    _, articles = _read(_SERIES_PAGE.format(over="", series="——河湾市系列举措破解停车难"))
    assert articles[0].subtitle == "河湾市系列举措破解停车难"


def test_two_captions_on_one_line_of_a_photo_block_share_its_credit():
    page = (
        "河湾街道“红色物业”进小区\n本报记者 王林\n\n"
        "　　今年以来，某某县河湾街道推动物业企\n业建立党组织12个，改造小区9个。\n\n"
        "上图：河湾街道一处改造后的小区。\n"
        "左图：物业党员上门维修水管。　右图：居民在议事亭里商量事情。\n"
        "（本报记者 王林 摄）\n"
    )
    _, articles = _read(page)
    assert len(articles) == 1
    assert [(c.text, c.credit) for c in articles[0].captions] == [
        ("上图：河湾街道一处改造后的小区。", "本报记者 王林 摄"),
        ("左图：物业党员上门维修水管。", "本报记者 王林 摄"),
        ("右图：居民在议事亭里商量事情。", "本报记者 王林 摄"),
    ]
    assert "右图" not in articles[0].text


_NARROW_HEAD = (
    "　　某某县今年新建议事厅12个。\n\n"
    "{head}\n——河湾镇推行“网格夜访”\n工作法见闻\n本报记者 王林\n通讯员 张岚\n\n"
    "　　走进某某县河湾镇，每\n个村都有网格公示牌。\n"
    "　　今年以来，河湾镇划分\n网格46个，配备网格员9\n0名。\n"
)


@pytest.mark.parametrize("head", ["小网格\n撬动\n大治理", "小院落\n连着\n大民生"])
def test_a_headline_set_in_three_short_lines_is_one_headline(head: str) -> None:
    _, articles = _read(_NARROW_HEAD.format(head=head))
    assert [(a.title, a.subtitle, a.byline) for a in articles[-1:]] == [
        (head.replace("\n", ""), "河湾镇推行“网格夜访”工作法见闻", "本报记者 王林 通讯员 张岚")
    ]


def test_a_kicker_wrapped_over_two_lines_stays_a_kicker():
    head = "党建引领新就业群体\n融入基层治理\n骑手成了网格员"
    _, articles = _read(_NARROW_HEAD.format(head=head))
    assert articles[-1].title == "骑手成了网格员"


def test_a_box_of_other_places_practices_after_a_report_is_in_no_body():
    page = (
        "河湾街道“楼宇驿站”服务白领\n\n"
        "　　本报讯（记者 王林）某某县河湾街道在\n商务楼宇建成驿站8个，服务白领3000\n余人次。\n\n"
        "{label}\n"
        "　　某某省某某市推行“楼宇管家”，在园区设\n立服务点60多个。\n"
        "　　另一省份推出“暖心小屋”，员工步行5分\n钟就能找到服务。\n\n"
        "石桥镇把调解室搬进祠堂\n\n"
        "　　本报讯（记者 张岚）某某县石桥镇把\n调解室搬进5座老祠堂，聘请调解员1\n8名。\n"
    )
    for label in ("他山之石", "他 山 之 石", "【他山之石】"):
        _, articles = _read(page.format(label=label))
        assert [a.title for a in articles] == ["河湾街道“楼宇驿站”服务白领", "石桥镇把调解室搬进祠堂"], label
        assert "楼宇管家" not in articles[0].text and "暖心小屋" not in articles[0].text, label
        assert articles[1].paragraphs[0].startswith("某某县石桥镇"), label


def test_the_label_over_a_digest_item_with_its_own_headline_stays_a_column_label():
    page = (
        "【他山之石】\n\n一个老小区的“议事长廊”\n□ 王林\n\n"
        "　　某某县河湾社区把长廊改成议事的地方，\n今年议定事项46件。\n"
        "　　居民说，有事到长廊说一说就好办了。\n"
    )
    _, articles = _read(page)
    assert [(a.title, a.byline) for a in articles] == [("一个老小区的“议事长廊”", "王林")]
