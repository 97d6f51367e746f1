"""A narrow column's headline in two lines over a `本报讯（…` dateline the wrap cut inside its bracket (heldout18
p03 kind: `双龙镇：“苗寨议事` / `坪”议出好日子` / `本报讯（通讯员 石磊` / `龙金花）花垣县双龙镇在`), after a
finished body: the headline of a new article, not the body's text."""

from tests.support.pages import page_articles

_PAGE = """\
东湖村：“共享菜园”
富了村民
本报讯（记者 王海）
东湖村把闲置土地交给村党
支部统一流转，全村建成菜
园21个，带动村民增收。

西山镇：“议事长
廊”议出好日子
本报讯（通讯员 李青
张明）西山镇在18个村建起
议事长廊，每月由书记主持
议事，解决实事132件。
"""


def test_a_headline_over_a_dateline_cut_in_its_bracket_opens_an_article():
    first, second = page_articles(_PAGE)
    assert first.paragraphs[-1].endswith("带动村民增收。")
    assert second.title == "西山镇：“议事长廊”议出好日子"
    assert second.paragraphs[-1].endswith("解决实事132件。")


def test_a_line_left_open_inside_a_body_is_no_headline():
    # under an unfinished sentence, with no gap: the lines go on the paragraph
    page = _PAGE.replace("带动村民增收。\n\n西山镇", "带动村民增收，\n西山镇")
    assert len(page_articles(page)) == 1
