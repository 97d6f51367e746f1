"""Captions printed alone inside a sentence, and captions printed inside another article (real damaged text).

c07 (invented corpus): `“红色管家”为独居老人检修电路。` stands between blank lines inside a sentence of the
长沙 article (`…共同` / caption / `商议小区公共事务。`), and describes the 宝塔街道 article below it.
"""

from pathlib import Path

from builder.ingest.pagelines import CAPTION, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "pages"

_C07_COLUMN = (
    "长沙市推行“小区党支部+\n业委会+物业企业”三方联\n动机制，由小区党支部书记\n牵头召开三方联席会，共同\n"
    "\n“红色管家”为独居老人检修电路。\n\n商议小区公共事务。全市已\n有1900余个小区实现党支部\n"
    "书记与业委会主任“一肩挑”，\n物业服务企业中组建党组织\n460个。"
)


def _kinds_and_texts(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(page))]


def test_a_caption_standing_alone_inside_a_sentence_leaves_the_body():
    assert _kinds_and_texts(_C07_COLUMN) == [
        (CAPTION, "“红色管家”为独居老人检修电路。"),
        (
            TEXT,
            "长沙市推行“小区党支部+业委会+物业企业”三方联动机制，由小区党支部书记牵头召开三方联席会，"
            "共同商议小区公共事务。全市已有1900余个小区实现党支部书记与业委会主任“一肩挑”，"
            "物业服务企业中组建党组织460个。",
        ),
    ]


def test_the_end_of_a_sentence_after_a_column_break_is_no_caption():
    # 003 (seed): `…发展党员1` + `26名…` shape: the line after the gap reads on from the open sentence
    page = (
        "截至目前，全市非公企业和社会组织共有党员2300余\n\n"
        "名，发展党员126名，培养入党积极分子206名。\n\n"
        "党的组织和党的工作实现了全覆盖。"
    )
    assert [kind for kind, _ in _kinds_and_texts(page)] == [TEXT, TEXT]
    assert "党员2300余名，发展党员126名" in _kinds_and_texts(page)[0][1]


def test_a_column_line_ending_a_sentence_between_blank_lines_stays_text():
    # the c07 column without the photo: the sentence's own end stands between two column breaks
    page = (
        "长沙市推行“小区党支部+\n业委会+物业企业”三方联\n动机制，由小区党支部书记\n牵头召开三方联席会，共同\n"
        "\n商议小区公共事务。\n\n全市已有1900余个小区实\n现党支部书记与业委会主任\n“一肩挑”，物业服务企业中\n"
        "组建党组织460个。"
    )
    assert _kinds_and_texts(page) == [
        (
            TEXT,
            "长沙市推行“小区党支部+业委会+物业企业”三方联动机制，由小区党支部书记牵头召开三方联席会，共同商议小区公共事务。",
        ),
        (TEXT, "全市已有1900余个小区实现党支部书记与业委会主任“一肩挑”，物业服务企业中组建党组织460个。"),
    ]


def test_a_photo_printed_in_the_neighbouring_article_goes_to_the_article_it_describes():
    first, second = process_page(CORPUS / "c07.txt").drafts
    assert first.captions == []
    assert "共同商议小区公共事务。" in first.body and "红色管家" not in first.body
    assert second.captions == [
        {"text": "“红色管家”为独居老人检修电路。", "credit": "本组图片由岳塘区委宣传部提供"},
        {"text": "宝塔街道党员志愿者走访辖区困难群众。", "credit": "本组图片由岳塘区委宣传部提供"},
    ]
