"""A reprint's end (heldout23 p07#3): the reporters' credit wrapped after the last sentence, `（完）`, then the
source line `（来源：某某日报）`: the reporters are the byline, the source names no one, the body ends at its sentence."""

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "某县推行“村务晒单”让小微权力透明运行\n\n"
    "　　某县今年在全县推行“村务晒单”制度，每月在村务公开栏和微信群同步公示。\n"
    "　　县纪委监委开通“阳光村务”监督平台，受理群众\n反映问题380件，办结率99.2%。（记者 郭某\n"
    "平 通讯员 常某）（完）\n（来源：某某日报）\n"
)


def test_reporters_sign_the_reprint_and_its_source_line_names_no_one():
    article = segment(assemble(classify_page(_PAGE)))[-1]
    assert article.byline == "记者 郭某平 通讯员 常某"
    assert article.text.endswith("办结率99.2%。")


def test_a_source_line_alone_still_signs_an_unsigned_report():
    page = _PAGE.replace("（记者 郭某\n平 通讯员 常某）（完）\n", "\n")
    assert segment(assemble(classify_page(page)))[-1].byline == "来源：某某日报"
