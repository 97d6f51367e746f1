"""Two columns the extraction interleaved in blocks of four lines, with both headlines printed elsewhere (at the
page's foot, doubled in bold) and a photo's caption among the lines (tests/corpus/heldout6 k06, its lines). The
second report's lead, naming its place in full (`衢州市柯城区九华乡妙源村党`), cuts the first off mid-sentence:
the columns are put back by how their lines read on, in runs of the first run's printed lines where two lines
would read on equally well in either column. Before, the two reports were one and the second article was lost."""

from __future__ import annotations

from builder.ingest.interleave import deinterleave
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from tests.support.pages import unweaved_page_articles

_K06 = (
    "浙 江 · 共 富 基 层\n\n"
    "本报讯（记者 楼晓 通讯员\n 吴斌）\n金华市义乌市围绕国际商贸城\n市场，组建“5+N”商圈党\n"
    "衢州市柯城区九华乡妙源村党\n支部每月10日组织“村民说\n事”，村干部、党员和村民代\n表围坐一起，说村里的事、议\n"
    "建联盟，由市场集团、街道、\n市场监管等5家单位牵头，吸\n纳N个商户党组织参与。目前\n联盟已吸纳商户党组织210\n"
    "发展的路。三年来，村里通过\n“村民说事”议定修路、改水\n等实事46件，全部落地见效。\n村党支部还领办民宿合作社，\n"
    "个，覆盖经营户7.5万户。\n联盟推出“e家通”服务平台，\n为经营户提供政策推送、纠\n纷调解、外语翻译等服务，今\n"
    "发展民\n妙源村村民在村文化礼堂“说事”。（图片由柯城区委宣传部提供）\n宿１８家，去年村集体经济收\n"
    "入达到５６万元，比２０２２\n年以来受理诉求3600余件，\n办结率99.2%。“遇到\n纠纷在手机上一点，调解员当\n"
    "天就上门了。”经营户陈女士\n年增长近两倍。\n（通讯员 徐丽 郑一鸣）\n说。\n（下转第6版）\n\n"
    "义义乌乌““55++NN””党党建建联联盟盟护护航航市市场场主主体体\n"
    "妙妙源源村村““村村民民说说事事””说说出出和和美美乡乡村村\n"
)


def test_the_two_reports_are_put_back_with_their_headlines():
    articles = unweaved_page_articles(_K06)
    assert [a.title for a in articles] == ["义乌“5+N”党建联盟护航市场主体", "妙源村“村民说事”说出和美乡村"]
    yiwu, miaoyuan = articles
    assert yiwu.text == (
        "金华市义乌市围绕国际商贸城市场，组建“5+N”商圈党建联盟，由市场集团、街道、市场监管等5家单位牵头，"
        "吸纳N个商户党组织参与。目前联盟已吸纳商户党组织210个，覆盖经营户7.5万户。联盟推出“e家通”服务平台，"
        "为经营户提供政策推送、纠纷调解、外语翻译等服务，今年以来受理诉求3600余件，办结率99.2%。"
        "“遇到纠纷在手机上一点，调解员当天就上门了。”经营户陈女士说。"
    )
    assert miaoyuan.text.endswith(
        "村党支部还领办民宿合作社，发展民宿１８家，去年村集体经济收入达到５６万元，比２０２２年增长近两倍。"
    )
    assert (miaoyuan.byline or "").strip("（）") == "通讯员 徐丽 郑一鸣"


def test_the_caption_among_the_lines_leaves_the_words_before_it_in_the_sentence():
    miaoyuan = unweaved_page_articles(_K06)[1]
    assert [(c.text, c.credit) for c in miaoyuan.captions] == [
        ("妙源村村民在村文化礼堂“说事”。", "图片由柯城区委宣传部提供")
    ]


def test_one_report_naming_a_place_in_full_on_a_new_line_stays_as_printed():
    # a sentence of one column that goes on with a place named in full: no second report cut in
    page = (
        "本报讯（记者 楼晓）\n金华市义乌市围绕国际商贸城\n市场，组建商圈党建联盟，联合\n衢州市柯城区九华乡妙源村党\n"
        "支部开展结对共建，定期互学。\n目前联盟已吸纳商户党组织210\n个，覆盖经营户7.5万户。\n"
    )
    units = classify_page(page)
    assert deinterleave(units) == units


def test_in_one_column_a_caption_after_a_words_first_half_leaves_it_to_the_sentence():
    page = (
        "妙源村“村民说事”说出和美乡村\n\n本报记者 徐丽\n\n三年来，村里议定实事46件，全部落\n地见效。村党支部还领办民宿合作社，\n发展民\n"
        "妙源村村民在村文化礼堂“说事”。（图片由柯城区委宣传部提供）\n宿１８家，去年村集体经济收\n入达到５６万元。\n"
    )
    article = segment(assemble(classify_page(page)))[0]
    assert article.text.endswith("村党支部还领办民宿合作社，发展民宿１８家，去年村集体经济收入达到５６万元。")
    assert [c.text for c in article.captions] == ["妙源村村民在村文化礼堂“说事”。"]
