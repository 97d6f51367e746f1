"""An in-house bulletin (`基层治理参考`, heldout30 p06): each article under a bracketed column label set apart by
blank lines (`【经验交流】` / blank / headline), a page number between full-width dashes mid-page (`－1－`, the
bulletin's page break) and its distribution list at its foot (`报：…` / `送：…` / `（共印200份）`): furniture, never an
article or its title (builder/ingest/toplabels.py, furniture.py). Invented lines, and negatives."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_BULLETIN = (
    "【工作交流】\n\n"
    "把议事会开到村民院坝里\n\n"
    "　　今年以来，青溪县在各村推行“院坝议事会”，\n"
    "每月由村党支部召集村民商议村中大事，已\n"
    "解决修路、饮水等问题120余件。\n"
    "　　全县共有行政村86个，议事会覆盖率达到\n"
    "百分之百。\n\n"
    "－1－\n\n"
    "【各地动态】\n\n"
    "石桥社区：老旧小区加装电梯27部\n\n"
    "　　石桥社区党委牵头成立加装电梯协调小组，\n"
    "今年为辖区老旧小区加装电梯27部，惠及居民\n"
    "600余户。\n\n"
    "－2－\n\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "报：市委社会工作部领导\n"
    "送：各区（县）委社会工作部\n"
    "（共印150份）\n"
)


def test_bulletin_labels_page_breaks_and_distribution_are_no_articles():
    articles = segment(assemble(classify_page(_BULLETIN)))
    assert [a.title for a in articles] == ["把议事会开到村民院坝里", "石桥社区：老旧小区加装电梯27部"]


def test_full_width_dashed_page_number_and_distribution_lines_are_furniture():
    assert all(
        is_furniture_line(text) for text in ("－1－", "－ 12 －", "报：市委社会工作部领导", "（共印150份）")
    )


def test_lines_of_text_stay_text():
    assert not is_furniture_line("发：各村党支部认真学习，结合实际抓好落实。")
    assert not is_furniture_line("－1－号楼的居民")
    assert not is_furniture_line("全县共印发宣传册1500份。")


def test_a_bracketed_subheading_over_its_paragraph_stays_in_its_article():
    page = (
        "石桥社区：老旧小区加装电梯27部\n\n"
        "　　石桥社区党委牵头成立加装电梯协调小组，\n今年为辖区加装电梯27部。\n\n"
        "【积分上墙】\n\n"
        "　　社区把居民参与议事的次数记入积分，\n每季度公布一次。\n"
    )
    articles = segment(assemble(classify_page(page)))
    assert [a.title for a in articles] == ["石桥社区：老旧小区加装电梯27部"]
