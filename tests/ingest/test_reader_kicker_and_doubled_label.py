"""Round h36b (heldout36 p05): a feature's kicker taking the reader somewhere (`走进某某安置区`) over its headline
and a `——` deck is the kicker (dropped for the deck), never a place's name joined to the headline by a colon
(lineshapes.takes_reader_there); a column's label bold-doubled character by character (`民民生生观观察察`) standing
apart after a finished article over a plain headline and its indented body is furniture, and that headline opens
the next article (boldlines._column_label_over_headline). Invented pages."""

from __future__ import annotations

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_HEAD = "某某日报　　2026年3月4日　星期三　　　　第5版　　　　基层·民生\n\n"

_FEATURE = (
    "{kicker}\n"
    "青禾湾的“暖心账本”\n"
    "——桐柏县推进移民新村治理见闻\n"
    "本报记者　林一川　通讯员　方晓\n"
    "　　清晨，桐柏县城北的青禾湾新村\n"
    "里，居民们在广场上跳起了舞，新的\n"
    "一天开始了。\n"
    "　　青禾湾是桐柏县最大的移民安置\n"
    "点，安置搬迁群众1800户，社区设\n"
    "立楼栋党小组15个。\n"
)

_COMMENTARY = (
    "\n{label}\n\n"
    "办实事贵在“久久为功”\n"
    "　　一些地方办实事，开头轰轰烈烈，\n"
    "过后却冷冷清清，群众并不满意。\n"
    "　　办实事要从群众需求出发，少一些\n"
    "表面文章，多一些真抓实干。\n"
)


def _articles(page: str) -> list[tuple[str, str | None, int]]:
    with data_dir_fixed():
        return [(a.title, a.subtitle, len(a.paragraphs)) for a in segment(assemble(classify_page(page)))]


def test_a_kicker_taking_the_reader_somewhere_is_no_place_name() -> None:
    with data_dir_fixed():
        assert not is_place_kicker("走进桐柏移民安置区")
        assert not is_place_kicker("探访青禾湾社区")
        assert is_place_kicker("桐柏县青禾湾社区")  # a place's name alone still is one


def test_the_kicker_over_a_headline_and_its_deck_gives_way_to_the_deck() -> None:
    page = _HEAD + _FEATURE.format(kicker="走进桐柏移民安置区")
    assert _articles(page) == [("青禾湾的“暖心账本”", "桐柏县推进移民新村治理见闻", 2)]


def test_a_column_label_doubled_by_character_over_a_headline_is_furniture() -> None:
    page = _HEAD + _FEATURE.format(kicker="走进桐柏移民安置区") + _COMMENTARY.format(label="民民生生观观察察")
    assert _articles(page) == [
        ("青禾湾的“暖心账本”", "桐柏县推进移民新村治理见闻", 2),
        ("办实事贵在“久久为功”", None, 2),
    ]


def test_a_signer_after_a_unit_and_a_space_signs_whatever_the_surname() -> None:
    assert split_closing_names("…多一些真抓实干。（桐柏县城关镇便民服务中心　农晓岚）")[1] == (
        "（桐柏县城关镇便民服务中心　农晓岚）"
    )
    assert split_closing_names("…多一些真抓实干。（桐柏县委宣传部　供图）")[1] is None  # a credit's word
    page = (
        _HEAD
        + _FEATURE.format(kicker="走进桐柏移民安置区")
        + _COMMENTARY.format(label="民民生生观观察察")
        + "（桐柏县城关镇便民服务中心　农晓岚）\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert [a.byline for a in articles][1] == "桐柏县城关镇便民服务中心　农晓岚"
