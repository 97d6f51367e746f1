"""A web page copied to text whose information block stands one item a line under the headline: the author
with what they made and the page's editor (`作者：王某 文/图　责编：李某`), the source (`来源：某某县融媒体
中心`) and the date (`日期：2024-05-01`). The author's line is the byline, its label and the editor dropped; the
source under it is the site's (the author signed the report), and the date furniture: the author's line was
the title, the headline its kicker, the source the byline and the date the lead's first words. Invented page.
"""

from __future__ import annotations

from builder.ingest.copiedpages import posted_author
from builder.ingest.workers import process_page

PAGE = """青禾新闻网
首页　|　青禾新闻　|　乡镇动态　|　视频

桐柏镇青石村召开“板凳会”商议修路事宜
作者：周明 文/图　责编：吴琳
来源：青禾县融媒体中心
日期：2024-05-01
【字体：大 中 小】　　【打印本页】　　【关闭窗口】

　　4月30日，桐柏镇青石村在村委会院坝召开“板凳会”，二十余名村民代表围坐一起，商议村道修缮事宜。

　　会上，村民代表各抒己见，最终商定由村集体出资、村民投工投劳的方式修缮村道。

分享到：
"""


def test_the_author_line_is_the_byline_and_the_source_and_date_furniture(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    (draft,) = process_page(page).drafts
    assert draft.title == "桐柏镇青石村召开“板凳会”商议修路事宜"
    assert draft.byline == "周明"
    assert draft.body.startswith("4月30日，桐柏镇青石村")
    assert "日期" not in draft.body


def test_only_an_author_line_with_its_editor_is_an_information_line():
    assert posted_author("作者：周明 文/图　责编：吴琳") == (True, "周明")
    assert posted_author("作者：周明　责任编辑：吴琳") == (True, "周明")
    assert posted_author("日期：2024-05-01") == (True, None)
    # an author alone is read by its own rules; a sentence naming an author, a date in a sentence are text
    assert posted_author("作者：周明")[0] is False
    assert posted_author("作者周明说，编辑：吴琳看过")[0] is False
    assert posted_author("日期：定于下周一召开")[0] is False


def test_a_source_line_with_no_author_over_it_is_left_as_it_was(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE.replace("作者：周明 文/图　责编：吴琳\n", ""), encoding="utf-8")
    (draft,) = process_page(page).drafts
    assert draft.byline == "青禾县融媒体中心"


def test_the_sites_column_tag_opening_the_headline_is_no_part_of_the_title(tmp_path):
    page = tmp_path / "p.txt"
    tagged = PAGE.replace("桐柏镇青石村召开", "【乡镇动态】桐柏镇青石村召开")
    page.write_text(tagged, encoding="utf-8")
    (draft,) = process_page(page).drafts
    assert draft.title == "桐柏镇青石村召开“板凳会”商议修路事宜"


def test_a_bracketed_tag_over_no_information_line_is_left_as_it_was(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(
        "【乡镇动态】桐柏镇青石村召开“板凳会”商议修路事宜\n\n"
        "　　4月30日，桐柏镇青石村在村委会院坝召开“板凳会”，二十余名村民代表围坐一起，商议村道修缮事宜。\n",
        encoding="utf-8",
    )
    (draft,) = process_page(page).drafts
    assert "乡镇动态" in draft.title
