"""A reporter's line printed at the end of an article's lead after a gap (`…送上关怀与帮助。　记者 张雪芳`, an
e-paper's 导语; real R23 r23_03): the article's byline (builder.ingest.signedlead), the lead keeping its sentences.
Invented lines."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from tests.support.pages import page_units

HEAD = "2025年2月13日　星期四　　社区　　第6版\n\n"


def units(body: str) -> list[tuple[str, str]]:
    return [(unit.kind, unit.text) for unit in page_units(HEAD + body)]


LEAD = (
    "青禾社区：新春送暖到家门\n\n"
    "　　在春节即将来临之际，青禾社区开展系列\n"
    "走访慰问活动，为居民送上关怀与帮助。　记者 周晓\n"
    "关爱独居老人\n"
    "　　2月10日，社区工作人员为12名独居老人送去爱心餐卡。\n"
)


def test_the_reporter_line_after_the_leads_last_sentence_is_the_byline() -> None:
    read = units(LEAD)
    assert (kinds.BYLINE, "记者 周晓") in read
    byline = read.index((kinds.BYLINE, "记者 周晓"))
    assert read[byline - 1] == (kinds.HEADLINE, "青禾社区：新春送暖到家门")
    assert all("周晓" not in text for kind, text in read if kind == kinds.TEXT)


def test_names_with_no_role_or_closing_a_later_paragraph_are_left_alone() -> None:
    no_role = LEAD.replace("记者 周晓", "周晓")
    assert all(kind != kinds.BYLINE for kind, _text in units(no_role))
    later = (
        "青禾社区：新春送暖到家门\n\n　　在春节即将来临之际，青禾社区开展系列走访慰问活动。\n"
        "　　2月10日，社区工作人员为独居老人送去爱心餐卡。　记者 周晓\n"
    )
    assert all(text != "记者 周晓" for kind, text in units(later) if kind == kinds.BYLINE)


def test_a_photos_caption_and_its_credit_under_a_headline_give_no_byline() -> None:
    page = (
        "青禾县“板凳会”议出和气\n图为村民议事现场。  青禾日报通讯员李林摄\n　　近日，青禾县推行“板凳会”。\n"
    )
    assert all(kind != kinds.BYLINE or "李林" not in text for kind, text in units(page))
