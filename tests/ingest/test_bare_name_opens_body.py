"""A page whose bodies open under their bylines, every headline printed at its foot (heldout26 p03's kind, issue
14): the second body's byline is one bare name (`刘佳琪`) after a blank line under the first body's last sentence,
over an indented lead. Names alone opened a body only two at a time (`王立新 张丽华`), so the name was lost (the
body got no byline). On such a page one name opening with a common surname over an indented paragraph opens the
next body too. Invented lines; negatives: the same name on a page whose bodies open under headlines, a word the
dictionary knows (`周末`) standing so.
"""

from __future__ import annotations

from tests.support.pages import page_articles

_HEAD = "2026年5月6日　星期三　　某某组工报　　第5版\n\n"
_FIRST = (
    "陈思远\n"
    "　　某某市某某区友谊街道商务楼宇集中，\n辖区内有写字楼18栋。街道党工委推出\n“白领议事会”，让企业员工参与治理。\n"
    "　　今年以来，议事会共提出议题96个，\n推动解决88个。\n\n"
)
_SECOND = (
    "{name}\n"
    "　　某某市某某区东岭社区是建于上世纪\n八十年代的老旧小区，社区党委推行“一\n楼一长”，在64栋居民楼各选出楼长。\n"
    "　　今年以来，楼长们共帮助居民解决问\n题520余件。\n\n"
)
_FOOT = "\n友谊街道：楼宇里建起“白领议事会”\n东岭社区：“一楼一长”唤醒老楼活力\n"


def test_one_name_opens_the_next_body_on_a_page_of_bodies_under_bylines():
    articles = page_articles(_HEAD + _FIRST + _SECOND.format(name="刘佳琪") + _FOOT)
    assert [(a.title, a.byline) for a in articles] == [
        ("友谊街道：楼宇里建起“白领议事会”", "陈思远"),
        ("东岭社区：“一楼一长”唤醒老楼活力", "刘佳琪"),
    ]


def test_a_known_word_or_a_page_of_headed_bodies_keeps_its_reading():
    articles = page_articles(_HEAD + _FIRST + _SECOND.format(name="周末") + _FOOT)
    assert all(a.byline != "周末" for a in articles)
    headed = (
        _HEAD
        + "友谊街道：楼宇里建起“白领议事会”\n\n"
        + _FIRST.replace("陈思远\n", "")
        + _SECOND.format(name="刘佳琪")
    )
    assert all(a.byline != "刘佳琪" for a in page_articles(headed))  # the first body opens under its headline


# (heldout37 p03's kind) headlines stacked at the page's head over narrow bodies: the first body opens with its
# byline glued to its lead, the second under one bare name after a blank line, the third under its dateline.
_STACKED = (
    _HEAD
    + "友谊街道楼宇里建起“白领议事会”\n东岭社区“一楼一长”唤醒老楼活力\n南湖镇“积分超市”激发村民热情\n\n"
    + "　　本报讯（记者 陈思远）某某市某\n某区友谊街道商务楼宇集中，辖区\n内有写字楼18栋。街道党工委推\n出“白领议事会”。\n\n"
    + "{name}\n"
    + "　　某某市某某区东岭社区是建于上\n世纪八十年代的老旧小区，社区党\n委推行“一楼一长”，在64栋居民\n楼各选出楼长。\n\n"
    + "　　本报某某5月5日电（记者 何静）\n某某县南湖镇今年推行“积分超市”\n，村民参与环境整治可获积分。\n"
)


def test_one_name_opens_the_next_body_under_headlines_stacked_at_the_page_head():
    articles = page_articles(_STACKED.format(name="刘佳琪"))
    assert [(a.title, a.byline) for a in articles] == [
        ("友谊街道楼宇里建起“白领议事会”", "本报讯（记者 陈思远）"),
        ("东岭社区“一楼一长”唤醒老楼活力", "刘佳琪"),
        ("南湖镇“积分超市”激发村民热情", "本报某某5月5日电（记者 何静）"),
    ]
    # a word the dictionary knows standing so opens no body
    assert all(a.byline != "周末" for a in page_articles(_STACKED.format(name="周末")))
