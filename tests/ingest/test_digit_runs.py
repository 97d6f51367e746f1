"""A page spacing every digit run (builder/ingest/digitruns.py, layouts19 p02: pdftotext of a PDF setting figures in
another font): read with the runs closed up; a page spacing one now and then is left alone."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from builder.ingest.digitruns import closed_digit_runs
from builder.ingest.masthead import masthead_meta
from builder.ingest.read import clean_text
from builder.ingest.units import classify_page

_SPACED_PAGE = """A2 2026 年 6 月 3 日 星期三 基层治理 责任编辑：刘洋
事、督促整改。全区已在 312 个无物业
院落选出院落长 346 名，建立院落党小
组 128 个。今年 1 至 5 月，上报问题 21
50 件，下降 42% 。"""


def test_a_page_spacing_every_digit_run_is_closed_up() -> None:
    assert closed_digit_runs(_SPACED_PAGE) == (
        "A2 2026年6月3日 星期三 基层治理 责任编辑：刘洋\n事、督促整改。全区已在312个无物业\n"
        "院落选出院落长346名，建立院落党小\n组128个。今年1至5月，上报问题21\n50件，下降42%。"
    )


def test_a_page_spacing_a_figure_now_and_then_stays() -> None:
    page = "第 3 版\n全区已建成楼道议事角218个，选聘楼栋召集人436名，收集问题1540条，办结1478条。"
    assert closed_digit_runs(page) == page


def test_lines_with_a_column_gap_keep_their_spaces() -> None:
    page = _SPACED_PAGE + "\n设立 12 个站点      右栏 3 个"
    assert closed_digit_runs(page).split("\n")[-1] == "设立 12 个站点      右栏 3 个"


def test_the_running_head_of_a_spaced_page_is_read_as_the_page_line() -> None:
    units = classify_page(clean_text(_SPACED_PAGE))
    assert (units[0].kind, units[0].text) == (
        kinds.FURNITURE,
        "A2 2026年6月3日 星期三 基层治理 责任编辑：刘洋",
    )
    assert masthead_meta(units) == {"date": "2026-06-03"}


def test_a_separator_the_page_printed_stays() -> None:
    # the masthead's ideographic space between the paper and its date is no space the extraction added
    page = "社区治理周报　2026 年 11 月 20 日　第 3 版\n" + _SPACED_PAGE
    assert clean_text(page).split("\n")[0] == "社区治理周报 2026年11月20日 第3版"
