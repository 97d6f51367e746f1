"""A 经验交流发言摘登 page (heldout36 p02, invented here): excerpts of a meeting's speeches, each under its own
headline and a speaker line `职务　姓名` (`某某县委书记　王某`) that signs it. The speaker line was read as the
headline's second half (`…让群众满意某某县委书记王某`, no byline) or as a sentence gluing the next excerpt to the one
before it. Negatives: an office alone after a unit (`某某镇党委　书记`), a sentence naming an official."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "把小事办好　让群众满意\n"
    "青禾市东江区委书记　周明远\n"
    "　　东江区辖9个街道、64个社区，我们按每\n"
    "400户划分一个网格，配备网格员580名。\n"
    "　　今年以来，网格员上报问题1.2万件。\n"
    "\n"
    "老厂区住进了“贴心管家”\n"
    "青禾市北湖区柳岸街道党工委书记　孙丽娟\n"
    "　　柳岸街道有老旧小区26个，我们牵头成立物\n"
    "业服务公司，接管无物业小区11个。\n"
    "\n"
    "山坡地长出“致富果”\n"
    "石门县白沙镇桃源村党支部书记　韩志刚\n"
    "　　桃源村有村民286户，村党支部领办果品合\n"
    "作社，带动142户入社。\n"
)


def test_each_excerpt_is_signed_by_its_speaker_line():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == [
        "把小事办好　让群众满意",
        "老厂区住进了“贴心管家”",
        "山坡地长出“致富果”",
    ]
    assert [a.byline for a in articles] == [
        "青禾市东江区委书记　周明远",
        "青禾市北湖区柳岸街道党工委书记　孙丽娟",
        "石门县白沙镇桃源村党支部书记　韩志刚",
    ]
    assert articles[2].text.startswith("桃源村有村民286户")


def test_an_office_alone_or_a_sentence_is_no_speaker_line():
    assert is_byline_text("白沙镇桃源村党支部书记　韩志刚")
    assert not is_byline_text("白沙镇党委　书记")
    assert not is_byline_text("桃源村党支部书记韩志刚说，果园要建好。")
    assert not is_byline_text("山坡地长出“致富果”")


_BANNER = "全市社区治理工作现场会交流发言摘登\n\n　　11月20日，全市社区治理工作现场会在青禾市召开，\n5个区县作了交流发言。现将部分发言摘登如下。\n\n"


def test_the_speeches_banner_and_its_lead_are_no_article():
    articles = segment(assemble(classify_page(_BANNER + _PAGE)))
    assert [a.title for a in articles] == [
        "把小事办好　让群众满意",
        "老厂区住进了“贴心管家”",
        "山坡地长出“致富果”",
    ]
    assert all("现场会" not in a.text for a in articles)


def test_a_speeches_banner_over_no_signed_excerpt_is_left_alone():
    page = _BANNER + "社区议事有了新平台\n　　东江区各社区建起议事厅36个。\n"
    assert any(
        a.title == "全市社区治理工作现场会交流发言摘登" for a in segment(assemble(classify_page(page)))
    )
