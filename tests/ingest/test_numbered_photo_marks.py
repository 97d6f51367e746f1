"""Numbered photos (layouts37 p05, invented here): the captions printed side by side on one line after the body,
each opening with its photo's circled number and no full stop (`图①：…广场　图②：…工具`), one credit line under
them, and the photos' marks `①` `②` left inside the body's sentences. The line was read as a headline (the captions
lost, the credit a caption of its own) and the marks stayed in the body. Each is a caption (its label kept as
printed), the one credit credits both, the marks are in no body. Negatives: a circled number no caption opens with
stays (a list's or a note's), and a line of two phrases with no photo number is no pair of captions.
"""

from __future__ import annotations

from builder.ingest.draft import render_body
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "盘锦市兴隆台区“口袋公园”建到楼下\n\n"
    "　　本报讯（记者 赵阳）盘锦市兴隆台区在\n"
    "老旧小区见缝插绿，今年建成口袋公园\n"
    "27个①，新增健身器材300余件。\n"
    "　　社区还组织居民认养绿地②，由党员\n"
    "带头浇水、除草，居民自己的家园自己管。\n"
    "图①：新建成的口袋公园　图②：居民在认养的绿地里浇水\n"
    "通讯员 孙丽 摄\n"
)


def _article():
    articles = segment(assemble(classify_page(_PAGE)))
    assert len(articles) == 1
    return articles[0]


def test_numbered_captions_side_by_side_share_the_credit_under_them():
    article = _article()
    assert [(c.text, c.credit) for c in article.captions] == [
        ("图①：新建成的口袋公园", "通讯员 孙丽 摄"),
        ("图②：居民在认养的绿地里浇水", "通讯员 孙丽 摄"),
    ]
    assert article.title == "盘锦市兴隆台区“口袋公园”建到楼下"


def test_the_photos_marks_are_in_no_body():
    body = render_body(_article())
    assert "①" not in body and "②" not in body
    assert "今年建成口袋公园27个，新增健身器材300余件。" in body
    assert "社区还组织居民认养绿地，由党员带头浇水" in body


def test_a_circled_number_no_caption_opens_with_stays():
    page = _PAGE.replace("图①：新建成的口袋公园　图②：居民在认养的绿地里浇水\n通讯员 孙丽 摄\n", "")
    body = render_body(segment(assemble(classify_page(page)))[0])
    assert "27个①" in body and "绿地②" in body


def test_two_phrases_without_photo_numbers_are_no_captions():
    page = _PAGE.replace("图①：新建成的口袋公园　图②：", "新建成的口袋公园　")
    articles = segment(assemble(classify_page(page)))
    assert not any(c.text.startswith("新建成的口袋公园") for a in articles for c in a.captions)


def test_a_numbered_list_in_the_body_keeps_its_numbers():
    # a body's list `…：①…；②…；③…` with photos numbered 图①/图② under it (rv37 pages2, invented here)
    from builder.ingest.captionshapes import without_photo_marks

    body = "村里的办法有三条：①议事上墙，逐户公示；②积分兑换，按月结算；③志愿服务。新修的文化广场①已经启用。"
    assert without_photo_marks(body, ["图①：新修的文化广场", "图②：志愿者在服务"]) == (
        "村里的办法有三条：①议事上墙，逐户公示；②积分兑换，按月结算；③志愿服务。新修的文化广场已经启用。"
    )
