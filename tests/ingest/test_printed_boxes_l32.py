"""Printed layouts of layouts32 (issue 14; lines invented of the same kinds).

- A notice box between articles of a hiring, a tender or an announcement (`招聘公告`, `招标公告`, `公告`) over its
  lines with dates and a phone number: furniture, like a `征订启事`; its figures are no article's.
- A profile's sidebar box (`人物档案`, `人物简介`, `■简历` over years and posts) printed between two paragraphs of the
  profile: furniture, and the profile reads on after it as one article.
- A photo story (a 图片新闻 page's item: a photo headline over one caption-story paragraph, the photographer's
  credit `… 摄` under it or glued to its last sentence, no byline): the credit signs the story, its byline; the story
  has no caption of its own.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


FIRST = (
    "河湾街道“邻里议事会”议出好日子\n"
    "本报记者 王林\n"
    " 河湾县河湾街道今年在9个社区全部\n建起“邻里议事会”，吸纳党员、居民\n代表等300余人担任议事员。\n"
    " 街道党工委负责人表示，将继续完善\n议事规则。\n"
)
SECOND = (
    "\n石桥镇把调解室搬进祠堂\n\n"
    " 本报讯（记者 张岚）石桥县石桥镇把\n调解室搬进5座老祠堂，聘请调解员1\n8名。\n"
    " 今年以来，调解室共化解纠纷96起。\n"
)


def test_a_hiring_or_tender_notice_between_articles_is_furniture():
    for label, lines in (
        (
            "招聘公告",
            "某某街道便民服务中心招聘社区工作者\n8名，报名时间为5月6日至5月16日，\n咨询电话：0123-4567890。\n",
        ),
        (
            "招标公告",
            "某某镇老旧小区改造项目公开招标，\n投标截止时间2026年6月30日，\n联系电话：0123-7654321\n",
        ),
        ("公告", "本报2027年度广告业务即日起接受\n预订，联系人：李先生\n电话：0123-1112223\n"),
    ):
        units, articles = _read(FIRST + "\n────────\n" + label + "\n" + lines + "────────\n" + SECOND)
        assert any(u.kind == FURNITURE and u.text == label for u in units), label
        assert [a.title for a in articles] == ["河湾街道“邻里议事会”议出好日子", "石桥镇把调解室搬进祠堂"], (
            label
        )
        body = "".join(a.text for a in articles)
        assert "电话" not in body and label not in body, label
    # a headline that happens to end so, over a report's lead, stays a headline
    units, articles = _read(
        "某某县发布惠民公告\n\n 本报讯（记者 张岚）某某县日前发布\n公告，减免12项收费。\n"
    )
    assert articles[0].title == "某某县发布惠民公告"


def test_a_profile_box_between_paragraphs_is_furniture():
    profile = (
        "胡秀梅：把居民的事放在心上\n\n本报记者 王林\n\n"
        "　　胡秀梅在河湾社区干了十八年，居\n民有事都爱找她。\n"
        "　　她牵头组建“邻里帮帮队”，现有队\n员160名，结对帮扶老人230户。\n"
    )
    after = "\n　　去年，社区又建起“老年食堂”，每\n天为90多名老人供餐。\n　　胡秀梅说，居民的事没有小事。\n"
    for label, box in (
        (
            "人物档案",
            "胡秀梅，女，1975年生，中共党员，\n2008年起任河湾社区党委书记。\n■简历\n1995年—2007年　某某厂职工\n",
        ),
        ("人物简介", "胡秀梅，1975年出生，2008年起任河\n湾社区党委书记，曾获“优秀党务工作者”称号。\n"),
        ("■简历", "1995年—2007年　某某厂职工\n2008年至今　河湾社区党委书记\n"),
    ):
        units, articles = _read(profile + "\n" + label + "\n" + box + after)
        assert any(u.kind == FURNITURE and u.text == label for u in units), label
        assert len(articles) == 1, [a.title for a in articles]
        assert articles[0].byline == "本报记者 王林", label
        assert articles[0].paragraphs[-1] == "胡秀梅说，居民的事没有小事。", label
        assert "1975" not in articles[0].text and "简历" not in articles[0].text, label


def test_a_photo_story_is_signed_by_its_photographer():
    stories = (
        "图片新闻\n\n河湾街道“暖心食堂”开进小区\n\n"
        "11月5日中午，河湾县河湾街道的“暖心\n食堂”里，老人们正在排队打饭。街道\n已建成食堂12个，服务老人800余名。\n"
        "本报记者 王林 摄\n\n"
        "石桥镇“巡河党员”守护清水\n\n"
        "近日，石桥县石桥镇的巡河党员在河边\n清理垃圾。全镇共有巡河党员96名。　张岚 摄\n"
    )
    _, articles = _read(stories)
    assert [(a.title, a.byline, a.captions) for a in articles] == [
        ("河湾街道“暖心食堂”开进小区", "本报记者 王林 摄", []),
        ("石桥镇“巡河党员”守护清水", "张岚 摄", []),
    ]
    # a report of several paragraphs with a photo's credit and a byline keeps both as they were
    _, articles = _read(FIRST + "本报记者 王林 摄\n")
    assert articles[0].byline == "本报记者 王林"


def test_a_profile_box_on_a_page_without_blank_lines_is_furniture():
    page = (
        "胡秀梅：把居民的事放在心上\n本报记者 王林\n"
        "　　胡秀梅在河湾社区干了十八年，居\n民有事都爱找她，结对帮扶老人230户。\n"
        "人物档案\n胡秀梅，女，1975年生，中共党员，\n2008年起任河湾社区党委书记。\n"
        "　　去年，社区又建起“老年食堂”，每\n天为90多名老人供餐。\n"
    )
    units, articles = _read(page)
    assert any(u.kind == FURNITURE and u.text == "人物档案" for u in units)
    assert [a.title for a in articles] == ["胡秀梅：把居民的事放在心上"]
    assert articles[0].paragraphs[-1] == "去年，社区又建起“老年食堂”，每天为90多名老人供餐。"
    assert "1975" not in articles[0].text


def test_a_photo_story_read_as_two_paragraphs_is_signed_by_its_photographer():
    story = (
        "图片新闻\n\n河湾街道“暖心食堂”开进小区\n\n"
        "11月5日中午，河湾县河湾街道的“暖心\n食堂”里，老人们正在排队打饭。\n"
        "街道已建成食堂12个，服务老人800余\n名。\n本报记者 王林 摄\n"
    )
    _, articles = _read(story)
    assert [(a.byline, a.captions) for a in articles] == [("本报记者 王林 摄", [])]
    # a long report with no byline keeps a photographer's credit printed under it as its photo's
    report = "河湾街道“暖心食堂”开进小区\n\n" + "".join(
        f" 河湾县河湾街道第{n}个“暖心食堂”开业，老人们\n排队打饭，街道干部和志愿者忙着打菜。\n"
        for n in range(1, 9)
    )
    _, articles = _read(report + "本报记者 王林 摄\n")
    assert articles[0].byline is None
