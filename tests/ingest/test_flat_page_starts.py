"""A body without a byline of its own on a flat page (no indents, blank lines only between articles): one blank
line before a paragraph opening with the place a headline printed elsewhere names starts it (heldout5 g04:
three bodies, the second under `■中共濂溪区委组织部`, three bold-doubled headlines at the page's foot). On a
page whose paragraphs are set apart by blank lines (heldout2 d04, corpus c08), one blank line is no gap."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.workers import process_page

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
G04 = CORPUS / "heldout5" / "g04.txt"


def _found(path: Path) -> list[tuple[str, str | None, str]]:
    return [(d.title, d.byline, d.body.strip()[:9]) for d in process_page(path).drafts]


def test_g04_the_third_body_after_one_blank_line_is_an_article_of_its_own():
    assert _found(G04) == [
        ("西湖区“街乡吹哨、部门报到”解难题", None, "南昌市西湖区建立“"),
        ("湖滨社区“红色物业”让老旧小区焕新颜", "中共濂溪区委组织部", "九江市濂溪区十里街"),
        ("珠山区“窑火”党建联盟聚拢青年创客", None, "景德镇市珠山区在陶"),
    ]
    bodies = [d.body.strip() for d in process_page(G04).drafts]
    assert bodies[1].endswith("小区物业费收缴率从35%提高到82%。")
    assert bodies[2].endswith("目前已有2300余名青年创客在街区创业。")


def test_g04_without_the_headline_naming_the_third_place_keeps_two_articles(tmp_path):
    """No headline printed elsewhere names 珠山区: `景德镇市珠山区…` after one blank line starts nothing."""
    text = G04.read_text(encoding="utf-8")
    page = tmp_path / "g04.txt"
    page.write_text(
        "\n".join(line for line in text.split("\n") if not line.startswith("珠珠山山")), encoding="utf-8"
    )
    assert len(process_page(page).drafts) == 2


def test_one_blank_line_between_paragraphs_of_a_spaced_page_is_no_article_start():
    """d04: `九龙坡区成立…` and `九龙坡区还在…` after one blank line stay in the 九龙坡区 article; c08:
    `鼓楼区梳理…` stays in the 鼓楼区 article."""
    assert [title for title, _, _ in _found(CORPUS / "heldout2" / "d04.txt")] == [
        "九龙坡区：老厂区“更新”出新街区",
        "万州区“平安院落”创建全覆盖",
    ]
    c08 = _found(CORPUS / "pages" / "c08.txt")
    assert len(c08) == 2 and c08[1][0] == "鼓楼区为社区减负 把时间还给居民"
