"""A public letter printed in full after a report (heldout35 p04's kind): its title standing apart over a salutation
alone on its line (`各位居民朋友们：`), items, and its signature at the end, the units signing it one a line over
a date line. Read as text, the title was a subheading of the report above, the letter its body and the second
unit an article with no text. Lines invented in the kind.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

REPORT = (
    "基层动态　　　　　　　　2026年3月4日　星期三　第3版\n\n"
    "某某县推进垃圾分类进小区\n\n"
    "　　本报讯（记者 何一鸣）3月2日，某某县召\n开垃圾分类工作推进会，全县已有86个\n小区实行定时定点投放。\n"
    "　　会议要求，各街道要把党组织的作用发\n挥到分类一线。\n\n"
)


def _letter(title: str, salutation: str, signers: list[str]) -> str:
    return (
        f"{title}\n\n{salutation}\n"
        "　　垃圾分类关系到每个家庭。去年以来，\n全镇已建成分类亭45个。\n"
        "　　一是做好源头减量。少用一次性\n用品，旧物循环利用。\n"
        "　　二是坚持定时投放。每天早晚到分\n类亭投放，不乱扔乱放。\n"
        "　　让我们携起手来，共建美好家园！\n"
        + "".join(f"{signer}\n" for signer in signers)
        + "2026年3月1日\n"
    )


def _articles(page: str) -> list:
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_letter_after_a_report_is_its_own_article_signed_by_its_units():
    page = REPORT + _letter("致全镇居民的一封信", "各位居民朋友们：", ["中共某某镇委员会", "某某镇人民政府"])
    report, letter = _articles(page)
    assert report.title == "某某县推进垃圾分类进小区"
    assert report.paragraphs[-1].endswith("发挥到分类一线。")
    assert (letter.title, letter.byline) == ("致全镇居民的一封信", "中共某某镇委员会 某某镇人民政府")
    assert letter.paragraphs[0].startswith("垃圾分类关系到每个家庭。")
    assert letter.paragraphs[-1] == "让我们携起手来，共建美好家园！"


def test_one_unit_signs_a_proposal():
    page = REPORT + _letter("关于文明养犬的倡议书", "广大党员群众：", ["某某社区居民委员会"])
    assert [(a.title, a.byline) for a in _articles(page)][1:] == [
        ("关于文明养犬的倡议书", "某某社区居民委员会")
    ]
