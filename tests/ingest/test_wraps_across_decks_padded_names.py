"""Four kinds of damage a narrow column does to heads and bylines (shapes seen on real R26 pages; every line here
is invented):

- a headline wrapped between a verb of going and where it goes (`…党员进` / `社区“…”`): the place word is the
  verb's object, not a subject of its own, so one headline, also mid-page (headlinewraps.goes_across);
- a headline wrapped inside a body's name whose event closes the second line (`某某镇社会矛盾纠纷` /
  `调解中心正式成立`): one headline, not a kicker over a headline;
- a headline printed vertically, one character a line, with its deck across the column under it and the byline
  under that: the deck is its subtitle (pagelabels.deck_beside_vertical_headline);
- a two-character name padded to three characters' width (`王  研`) in a reporter line: still a byline.
"""

from __future__ import annotations

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlinewraps import wrapped_after_place
from builder.ingest.reporternames import close_padded_names
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_articles

_FIRST = (
    "\n某某县推行“民情夜访”工作法\n\n本报记者 李 明\n"
    "　　某某县各镇党员干部夜间入户走访群众，\n收集意见建议，今年以来办结群众诉\n求三百余件。\n"
)
_SECOND_LEAD = (
    "　　引导在职党员到居住地社区报到，\n是区委组织部的一项重点工作。区委\n组织部为此建立了报到登记制度。\n"
)


def test_a_verb_of_going_closing_the_first_line_reads_on():
    with data_dir_fixed():
        assert wrapped_after_place("静安区试点在职党员进", "社区“线上报到”")
        assert wrapped_after_place("静安区组织机关干部下", "村“结对帮扶”")


def test_a_second_line_naming_its_own_place_is_still_a_headline_under_its_kicker():
    with data_dir_fixed():
        assert not wrapped_after_place("静安区试点在职党员进", "芷江西路社区“线上报到”")
        assert not wrapped_after_place("静安区试点在职党员", "社区“线上报到”见实效")


def test_the_wrapped_headline_mid_page_is_one_title():
    page = _FIRST + "\n静安区试点在职党员进\n社区“线上报到”\n\n" + _SECOND_LEAD
    articles = page_articles(page)
    assert [(a.title, a.subtitle) for a in articles][-1] == ("静安区试点在职党员进社区“线上报到”", None)


def test_a_body_named_across_the_break_and_its_event_read_on():
    with data_dir_fixed():
        assert wrapped_after_place("某某县城关镇社会矛盾纠纷", "多元调处化解中心正式成立")
        assert wrapped_after_place("某某县城关镇新就业群体", "暖心服务驿站正式揭牌")
        # a first line that already does something, or a second line with its own place, is a kicker's
        assert not wrapped_after_place("某某县推进矛盾纠纷化解", "城关镇多元调处化解中心正式成立")
        assert not wrapped_after_place("某某县城关镇社会矛盾纠纷", "多元调处化解中心打通服务最后一公里")


_VERTICAL = "\n".join("某县“红色头雁”带富乡亲") + "\n\n合作社助力乡村振兴\n\n□记者 王  研 李晓明\n\n"
_BODY = "　　本报讯　某县某镇某村党支部领办合作社，\n带动村民种植樱桃，今年村集体增收\n二十余万元。\n"


def test_a_deck_under_a_vertical_headline_is_its_subtitle():
    (article,) = page_articles(_VERTICAL + _BODY)
    assert (article.title, article.subtitle) == ("某县“红色头雁”带富乡亲", "合作社助力乡村振兴")


def test_a_padded_two_character_name_in_a_second_reporter_line_is_a_byline():
    assert close_padded_names("通讯员 王  研 郭晓强 报道") == "通讯员 王研 郭晓强 报道"
    assert close_padded_names("通讯员 张　强") == "通讯员 张强"
    assert starts_byline("通讯员 王  研 郭晓强 报道")
    assert starts_byline("记者 董  卿 从小龙")
    assert not starts_byline("各 位 居 民 请 注 意")
