"""A page's head block read as one decision (builder/ingest/headblocks.py): invented damaged heads and negatives.

Kinds of damage (heldout13 p01, p03; two real pages of the R9 set showed the same kinds): a kicker of two phrases
over a headline the column wrapped after `的`, a byline right under them; a `——` subtitle wrapped onto a line of
its own (the interviewee's name); two headlines printed together at a page's top, one wrapped after its comma;
a kicker closing on `——` wrapped over two lines. Negatives: a paragraph with no full stop standing apart, a
table's rows, headlines printed together on consecutive lines (each naming its place), a single headline.
"""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE, HEADLINE, KICKER, SUBTITLE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_BODY_A = (
    "清早八点，宁德市蕉城区蕉南街道\n东湖社区党委书记陈玉兰带着干部\n走进小区。这样的走访，她坚持了\n六年。\n"
)
_BODY_B = "近日，南平市建阳区潭城街道童游\n社区获评省级“和谐社区”，全区共\n有3个社区获此称号。\n"


def _heads(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page) if u.kind in (KICKER, HEADLINE, SUBTITLE, BYLINE)]


def _articles(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.title, a.subtitle, a.byline) for a in segment(assemble(classify_page(page)))]


def test_two_kicker_phrases_over_a_headline_wrapped_after_de_and_its_byline():
    page = (
        "闽东社区报\n第2版  基层\n\n"
        "一本“民情账”记下千家事\n一张“连心卡”连起万户心\n社区书记陈玉兰和她的\n“暖心议事厅”\n"
        "本报记者 郑海 通讯员 林燕\n\n" + _BODY_A
    )
    assert _articles(page) == [
        (
            "社区书记陈玉兰和她的“暖心议事厅”",
            "一本“民情账”记下千家事一张“连心卡”连起万户心",
            "本报记者 郑海 通讯员 林燕",
        )
    ]


def test_a_dash_subtitle_wrapped_onto_the_interviewees_name_stays_the_subtitle():
    page = (
        "中原社区报\n第4版  访谈\n\n让背街小巷也有好治理\n\n——访漯河市源汇区委常委、组织部部长\n王立新\n\n"
        "本报记者 赵川\n\n漯河市源汇区老旧小区多、背街小巷\n多。近年来，源汇区推行“巷长制”。\n"
    )
    assert _articles(page) == [
        ("让背街小巷也有好治理", "访漯河市源汇区委常委、组织部部长王立新", "本报记者 赵川")
    ]


def test_headlines_printed_together_at_the_top_one_wrapped_after_its_comma():
    page = (
        "闽北城乡报\n第3版  基层治理\n\n"
        "    社区开了“议事角”，\n    邻里有事来“商量”\n\n  建阳这个社区，获评省级“和谐社区”！\n\n"
        + _BODY_A
        + "    ■记者 吴静\n\n"
        + _BODY_B
    )
    assert _heads(page)[:2] == [
        (HEADLINE, "社区开了“议事角”，邻里有事来“商量”"),
        (HEADLINE, "建阳这个社区，获评省级“和谐社区”！"),
    ]
    titles = [title for title, _, _ in _articles(page)]
    assert titles == ["社区开了“议事角”，邻里有事来“商量”", "建阳这个社区，获评省级“和谐社区”！"]


def test_a_kicker_closing_on_dashes_wrapped_over_two_lines():
    page = (
        "北国基层\n第5版\n\n吉林省长春市南关区\n优化社区服务站功能——\n邻里聚起来 服务暖起来\n本报记者 孙畅\n\n"
        "长春市南关区自强街道一处老旧小\n区里，社区服务站的助餐点开门了。\n"
    )
    assert _heads(page) == [
        (KICKER, "吉林省长春市南关区优化社区服务站功能"),
        (HEADLINE, "邻里聚起来 服务暖起来"),
        (BYLINE, "本报记者 孙畅"),
    ]


def test_a_paragraph_with_no_full_stop_standing_apart_stays_text():
    page = (
        "第 2 版\n\n社区书记讲治理\n\n本报记者 郑海\n\n" + _BODY_A + "\n"
        "蕉南街道党工委书记王明介\n绍，今年以来街道以党建引领\n基层治理为抓手，擦亮“板凳会”等\n\n"
        "特色品牌，创新小区议事机制。\n"
    )
    kinds = [kind for kind, text in _heads(page) if "王明" in text or "板凳会" in text]
    assert kinds == []


def test_a_table_under_its_title_is_no_head_block():
    page = (
        "第 2 版\n\n社区服务点办件情况\n\n本报记者 郑海\n\n" + _BODY_A + "\n"
        "各社区服务点运行情况\n社区          服务点   办件量\n东湖社区      3       5210\n"
        "童游社区      2       3870\n\n据介绍，办件满意率超过九成。\n"
    )
    assert [text for kind, text in _heads(page) if kind == KICKER] == []


def test_headlines_on_consecutive_lines_each_naming_its_place_are_no_kicker():
    page = (
        "第 5 版\n\n蕉城区：搬迁群众在“家门口”就业\n建阳区1800个“微心愿”有人认领\n"
        "福安市“党支部+合作社”带富一方\n本报记者 马丽\n\n" + _BODY_A
    )
    assert KICKER not in [kind for kind, _ in _heads(page)]


def test_one_headline_over_its_byline_is_left_to_the_headline_rules():
    page = "第 2 版\n\n社区书记讲治理\n本报记者 郑海\n\n" + _BODY_A
    assert _articles(page) == [("社区书记讲治理", None, "本报记者 郑海")]


_ABOVE_MID = (
    "社区报\n第5版  社区\n\n福州暖心驿站开门迎客\n本报记者 林青\n"
    "　　近日，福州市鼓楼区温泉街道的\n“暖心驿站”正式启用，为环卫工人\n提供热水和休息座椅。\n\n"
)


def test_a_column_label_and_a_long_kicker_closed_by_dashes_right_over_an_indented_lead():
    """Mid-page, no blank line between head and lead (real R33 p2's kind): a column label, a kicker saying a
    whole clause with its figure, wrapped inside a word and closed by `——`, then the headline right over the
    indented lead. The label is furniture, the kicker the subtitle, and a new article starts."""
    page = (
        _ABOVE_MID + "基层走访记\n"
        "三年来，“板凳议事会”为邻里居民解决了\n"
        "一千二百多件急难愁盼的小事——\n"
        "宁德蕉城：板凳议事 小事好办\n"
        "　　近日，记者走进宁德市蕉城区蕉南街\n道，听居民讲议事会的故事。\n"
    )
    assert _articles(page) == [
        ("福州暖心驿站开门迎客", None, "本报记者 林青"),
        (
            "宁德蕉城：板凳议事 小事好办",
            "三年来，“板凳议事会”为邻里居民解决了一千二百多件急难愁盼的小事",
            None,
        ),
    ]
