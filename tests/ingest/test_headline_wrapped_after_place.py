"""A headline a narrow column wrapped over two lines after its place (heldout8 n07 and n09, issue 14):
`秦都区“红色代办”让群` / `众少跑腿` and `朝阳市推行“书记领办”调解` / `矛盾纠纷就地化解` were read as a kicker over a
headline (title `众少跑腿`, subtitle the first line). The negatives are the kicker-over-headline pairs the other
sets print (a headline naming its own subject, a kicker naming none, two phrases apart by a space).
"""

from __future__ import annotations

import pytest

from builder.ingest.headlinewraps import reads_on, wrapped_after_place
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _articles(text: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(text)))


def test_the_wrapped_headline_over_its_byline_is_one_title():
    page = (
        "某某基层治理\n2026年11月3日  第3版\n\n"
        "秦都区“红色代办”让群\n众少跑腿\n本报记者 雷鸣 通讯员 张倩\n"
        "咸阳市秦都区在全区设立“红色代办”\n服务点，由党员干部担任代办员，为\n群众免费代办社保、医保等事项。\n"
    )
    (article,) = _articles(page)
    assert (article.title, article.subtitle) == ("秦都区“红色代办”让群众少跑腿", None)
    assert article.byline == "本报记者 雷鸣 通讯员 张倩"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("秦都区“红色代办”让群", "众少跑腿"),  # a word across the break, 群众
        ("朝阳市推行“书记领办”调解", "矛盾纠纷就地化解"),  # the second line far shorter
        ("红旗街道推行“楼栋议事”化解", "邻里纠纷"),  # a street by its suffix
        ("西大街街道：老街区里开起", "“议事茶馆”"),  # heldout8 n02: `place：phrase` cut before its object
        ("牙哈镇“党员责任区”让群", "众办事不出门"),  # a town by its suffix
    ],
)
def test_one_headline_wrapped(first, second):
    with data_dir_fixed():
        assert wrapped_after_place(first, second)
        assert reads_on(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("党建引领破解“物业难”", "思明区：物业纠纷化解在小区"),  # the headline names its own place
        ("“积分+评比”激发村民治村热情", "河湾村：“最美庭院”扮靓乡村"),
        ("党员带头 村民参与", "汪口村：古村里的“民宿合作社”"),
        ("海宁市探索镇村协商议事新路径", "盐官镇：潮乡议事厅里“有事好商量”"),
        ("紫云县苗寨“寨管家”管出新气象", "平江县村级集体经济“破零”又“倍增”"),
        ("村党支部领办合作社 集体经济三年翻了几番", "黄龙镇韩家洲村：小香菇撑起大产业"),
        ("党建引领乡村治理", "江阳区“院坝说事”说出乡村新气象"),
        ("美丽乡村“积分制”让群", "众得实惠"),  # `乡村` is no township: no place opens the line
        ("把服务送到居民心坎上", "红旗街道“一刻钟便民圈”越织越密"),
        ("全省推广“三级联动”调解机制", "吉林让矛盾纠纷化解在萌芽状态"),
        ("西工区：街道“吹哨”部门“报到”", "槐店乡“积分超市”攒出文明新风"),  # two headlines together
        ("桐庐县推行“积分制”", "小积分撬动大治理"),  # a slogan about as long as its kicker
        ("丘北县幸福里小区", "一颗“红心”温暖民心"),  # a place alone over its headline
        ("让社区工作者留得住、干得好", "——延安市宝塔区加强社区工作者队伍建设见闻"),  # a `——` subtitle
    ],
)
def test_a_kicker_over_its_headline(first, second):
    with data_dir_fixed():
        assert not wrapped_after_place(first, second)


_DECK_UNDER = (
    "社区周刊　2026年6月9日　第7版\n\n{heads}\n\n本报记者 沈佳怡\n"
    "走进长宁区仙霞新村街道的一处老小区，新修的\n步道旁摆上了休憩座椅，原来杂乱的自行车棚\n"
    "变成了整洁的充电车库。\n"
)


def test_the_means_printed_under_a_full_line_headline_is_its_deck():
    # heldout19 p03: the kicker printed under its headline, which fills the column: read as one wrapped title
    first, means = "仙霞新村街道：居民自己画出“家门口”的新图纸", "党建引领老旧小区“微更新”"
    assert not wrapped_after_place(first, means)
    (article,) = _articles(_DECK_UNDER.format(heads=f"{first}\n{means}"))
    assert (article.title, article.subtitle) == (first, means)
    # printed over it, as a kicker: the headline is still the title
    (article,) = _articles(_DECK_UNDER.format(heads=f"{means}\n{first}"))
    assert (article.title, article.subtitle) == (first, means)


def test_a_first_line_cut_after_its_particle_still_reads_on_into_the_means():
    # `…推进的` wants what it qualifies: the line under it goes on, whatever it opens with
    assert wrapped_after_place("仙霞新村街道居民共同推进的", "党建引领小区微更新")
