"""A city daily's front page (heldout31 p08's kind, issue 14; lines invented of the same kind).

- An index of other pages' headlines under a label naming the news it guides (`要闻导读`, `新闻导读`, `本报导读`),
  each item with its leaders and page number (`▶某某“…”……3版`): furniture, never an article; its quoted names
  are no practices of the story under it.
- The paper's organ line in the masthead (`中共某某市委机关报`): furniture, never a headline.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

BODY = (
    "河湾街道：“邻里议事会”议出好日子\n"
    "\u3000\u3000本报讯（记者 王林 通讯员 李可）\n"
    "河湾县河湾街道是一个老城区，常住人\n口约3万，其中外来人口占五成。\n"
    "\u3000\u3000今年以来，街道党工委在9个社区\n全部建起“邻里议事会”，吸纳党员、\n居民代表等300余人担任议事员。\n"
)


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


def test_a_news_index_with_page_numbers_is_furniture():
    for label in ("要闻导读", "新闻导读", "【本报导读】"):
        index = f"{label}\n▶某县“清单减负”减出新气象…………2版\n▶山乡“共富工坊”开进村……3版\n\n"
        units, articles = _read("某某日报\n2026年5月8日\u3000星期五\n\n" + index + BODY)
        furniture = [u.text for u in units if u.kind == FURNITURE]
        assert label in furniture and "▶山乡“共富工坊”开进村……3版" in furniture, label
        assert [a.title for a in articles] == ["河湾街道：“邻里议事会”议出好日子"], label
        assert articles[0].paragraphs[0].startswith("河湾县河湾街道是一个老城区"), label


def test_the_organ_line_of_the_masthead_is_furniture():
    for organ in ("中共某某市委机关报", "中共某某省委机关报", "某某州委机关报"):
        units, articles = _read(f"某某日报\n2026年5月8日\u3000星期五\n{organ}\n\n" + BODY)
        assert any(u.kind == FURNITURE and u.text == organ for u in units), organ
        assert not any(u.kind == HEADLINE and u.text == organ for u in units), organ
        assert [a.title for a in articles] == ["河湾街道：“邻里议事会”议出好日子"], organ


def test_the_weather_line_is_furniture():
    for weather in ("今日天气：晴\u30002℃～12℃\u3000东北风3级", "明天天气 多云 5～14℃"):
        units, articles = _read(BODY + "\n" + weather + "\n")
        assert any(u.kind == FURNITURE and u.text == weather for u in units), weather
        assert [a.title for a in articles] == ["河湾街道：“邻里议事会”议出好日子"], weather
    # a sentence on the weather in a body stays text
    units, _ = _read(BODY + "\u3000\u3000天气：寒潮来袭，气温降到2℃，网格员挨家挨户走访。\n")
    assert not any(u.kind == FURNITURE and "寒潮" in u.text for u in units)


def test_the_short_line_a_jump_cuts_is_text_not_a_headline():
    # the sentence over `（下转第二版）` goes on on the other page: its last short line is no headline
    page = BODY + "\u3000\u3000街道还建立“红色议事员”积分制度，\n每年评选优秀\n（下转第二版）\n\n"
    page += "山镇：“共富工坊”开到家门口\n本报记者 赵云\n\u3000\u3000某某县山镇把工坊建在村里，带动\n300余名村民就近就业。\n"
    units, articles = _read(page)
    assert not any(u.kind == HEADLINE and u.text == "每年评选优秀" for u in units)
    assert [a.title for a in articles] == ["河湾街道：“邻里议事会”议出好日子", "山镇：“共富工坊”开到家门口"]
    assert articles[0].paragraphs[-1].endswith("积分制度，每年评选优秀")


# heldout37 p02's kind: the front page's ear box (报眼) printed beside the first headline, extracted onto its line
# after a gap, and the box's other lines (the weather wrapped, a subscription notice, its hotline) under it.
EAR_BOX = (
    "某某日报\n2026年3月2日\u3000星期一\n\n"
    "河湾街道：“邻里议事会”议出好日子\u3000\u3000\u3000\u3000报眼｜今日天气\u3000晴转阴\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000-2℃～7℃\u3000西北风3级\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000欢迎订阅2027年度《某某日报》\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000订阅热线：0123-4567890\n\n"
)


def test_an_ear_box_beside_the_first_headline_is_furniture():
    units, articles = _read(EAR_BOX + BODY.split("\n", 1)[1])
    furniture = [u.text for u in units if u.kind == FURNITURE]
    assert "报眼｜今日天气\u3000晴转阴" in furniture
    assert [a.title for a in articles] == ["河湾街道：“邻里议事会”议出好日子"]
    assert articles[0].subtitle is None
    assert articles[0].paragraphs[0].startswith("河湾县河湾街道是一个老城区")


def test_the_ear_box_lines_alone_are_furniture():
    for box in (
        "今日天气　多云转小雨",
        "3℃～11℃\u3000东北风2级",
        "小雨\u30004～9℃",
        "欢迎订阅《某某晚报》",
        "发行热线：0123-4567890",
        "报眼",
    ):
        units, articles = _read(BODY + "\n" + box + "\n")
        assert any(u.kind == FURNITURE and u.text == box for u in units), box
        assert [a.title for a in articles] == ["河湾街道：“邻里议事会”议出好日子"], box
    # a sentence naming the temperatures or a subscription stays text
    units, _ = _read(BODY + "\u3000\u3000全年气温在10～25℃之间，村民订阅《某某日报》200份。\n")
    assert not any(u.kind == FURNITURE and "气温" in u.text for u in units)


def test_a_headline_with_no_furniture_beside_it_keeps_its_line():
    # two words of a headline set apart by a gap are the headline's, not a box beside it
    units, _ = _read(
        "某某日报\n2026年3月2日\u3000星期一\n\n河湾街道\u3000\u3000“邻里议事会”议出好日子\n"
        + BODY.split("\n", 1)[1]
    )
    assert not any(u.kind == FURNITURE and "议事会" in u.text for u in units)
