"""Look-alike code points read as the characters printed (builder/text/lookalikes.py), with the damaged lines of
the kinds each rule is for and the lines it must leave alone."""

from __future__ import annotations

from builder.ingest.read import clean_text
from builder.text.lookalikes import (
    chinese_marks,
    entities_decoded,
    printed_characters,
    radicals_as_characters,
)


def test_kangxi_radicals_and_supplements_read_as_the_characters() -> None:
    # pdftotext of a PDF whose font maps common characters to radicals (layouts19 p02)
    assert radicals_as_characters("游仙区“院落⻓”守好城市⼩院") == "游仙区“院落长”守好城市小院"
    assert (
        radicals_as_characters("街道和职能部⻔限时办理，⼀度居⾼不下")
        == "街道和职能部门限时办理，一度居高不下"
    )
    assert radicals_as_characters("本报讯（记者 孙晓 通讯员 姜⽂）") == "本报讯（记者 孙晓 通讯员 姜文）"


def test_component_radicals_and_ordinary_text_stay() -> None:
    assert radicals_as_characters("部首⻈与⻐") == "部首⻈与⻐"  # components, never a character of their own
    assert radicals_as_characters("院落长守好城市小院") == "院落长守好城市小院"


def test_html_entities_of_a_copied_e_paper_are_decoded() -> None:
    assert (
        entities_decoded("湖塘镇&ldquo;楼道议事角&rdquo;议出小区新面貌") == "湖塘镇“楼道议事角”议出小区新面貌"
    )
    assert entities_decoded("本报记者&nbsp;周敏") == "本报记者\u00a0周敏"
    assert (
        entities_decoded("&#12288;&#12288;芜湖市&#8220;红色代办员&#8221;") == "\u3000\u3000芜湖市“红色代办员”"
    )


def test_an_ampersand_opening_no_entity_stays() -> None:
    assert entities_decoded("党建&群团 AT&T 1&2") == "党建&群团 AT&T 1&2"


def test_ocr_ascii_marks_beside_chinese_read_full_width() -> None:
    assert chinese_marks("本报讯(记者 王磊 通讯员\n陈静)谷城县在全县村(社区)推行") == (
        "本报讯（记者 王磊 通讯员\n陈静）谷城县在全县村（社区）推行"
    )
    assert (
        chinese_marks("村民参与环境整治,志愿服务;居民说:好吗?好!")
        == "村民参与环境整治，志愿服务；居民说：好吗？好！"
    )
    assert chinese_marks("道里区:“暖心驿站”温暖户外劳动者") == "道里区：“暖心驿站”温暖户外劳动者"


def test_straight_quotes_paired_over_the_wraps() -> None:
    page = '推行\n"积分超市",村民说:"过去打扫\n门前卫生要催。"\n谷 城 县 " 积 分 超 市 " 激 发'
    assert (
        chinese_marks(page)
        == "推行\n“积分超市”，村民说：“过去打扫\n门前卫生要催。”\n谷 城 县 “ 积 分 超 市 ” 激 发"
    )


def test_ascii_marks_of_latin_text_times_and_figures_stay() -> None:
    assert chinese_marks("8:30开会 1,200人 (A) Hello, world: yes") == "8:30开会 1,200人 (A) Hello, world: yes"
    assert (
        chinese_marks('He said "ok" and 她说“好”') == 'He said "ok" and 她说“好”'
    )  # a quote beside no Chinese


def test_a_page_is_read_with_its_look_alikes_undone() -> None:
    assert printed_characters("&ldquo;院落⻓&rdquo;,居民说") == "“院落长”，居民说"
    assert clean_text("&nbsp;&nbsp;&nbsp;&nbsp;近日,城市⼩院") == "    近日，城市小院"


def test_a_pair_of_brackets_with_chinese_inside_reads_full_width_on_both_sides() -> None:
    # (review) a year or a figure opening the brackets left the ASCII one open: `(2024—2026年）`
    assert chinese_marks("《社区治理实施方案(2024—2026年)》") == "《社区治理实施方案（2024—2026年）》"
    assert chinese_marks("得分(100分)") == "得分（100分）"
    assert (
        chinese_marks("使用“i社区”(APP)报名，第(3)项") == "使用“i社区”(APP)报名，第(3)项"
    )  # no Chinese inside


def test_entities_escaped_twice_are_decoded() -> None:
    assert entities_decoded("&amp;ldquo;红色代办员&amp;rdquo;&amp;nbsp;") == "“红色代办员”\u00a0"
    assert entities_decoded("党建&amp;群团") == "党建&群团"


def test_straight_quotes_at_a_lines_start_and_doubled_by_bold() -> None:
    page = '工作法。\n"1+3"模式\n金山社区金山社区""石榴籽议事会石榴籽议事会""解民忧解民忧'
    assert (
        chinese_marks(page) == "工作法。\n“1+3”模式\n金山社区金山社区““石榴籽议事会石榴籽议事会””解民忧解民忧"
    )


def test_straight_quotes_side_by_side_close_and_open() -> None:
    assert chinese_marks('分为"马上办""协商办"两类') == "分为“马上办”“协商办”两类"
    doubled = '""马上办马上办""""协商办协商办""'  # a bold line printed twice
    assert chinese_marks("分为" + doubled) == "分为““马上办马上办””““协商办协商办””"
    assert chinese_marks('他说"好"又说"') == '他说"好"又说"'  # quotes that do not pair are left
