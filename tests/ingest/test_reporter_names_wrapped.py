"""A reporter line whose last names the wrap sent to a line of their own, a blank line or an indented lead under
them (R19 r19_05's kind: `本报记者 … 通讯员 鲁提普拉·木塔力甫` / `祖力皮卡尔·米吉提`): the byline takes them back.
Before: the names stayed a line of text, and became the headline of the next untitled report. Invented lines of
the kind; negative: a line of text under the byline."""

from __future__ import annotations

from builder.ingest.workers import process_page
from tests.support.pages import page_articles

HEAD = ["青禾各地共建和谐社区", "", "本报记者 林一帆 通讯员 阿依古丽·买买提"]
LEAD = ["", "　　近年来，青禾县各社区立足实际，积极", "构建互嵌式社区环境，各族群众其乐融融。"]


def test_names_alone_under_the_byline_go_back_to_it():
    articles = page_articles("\n".join([*HEAD, "祖力皮卡尔·米吉提", *LEAD]))
    assert [a.byline for a in articles] == ["本报记者 林一帆 通讯员 阿依古丽·买买提 祖力皮卡尔·米吉提"]
    assert articles[0].blocks[0].text.startswith("近年来")


def test_a_text_line_under_the_byline_stays_text():
    articles = page_articles("\n".join([*HEAD, "近年来，青禾县各社区立足实际", *LEAD[1:]]))
    assert [a.byline for a in articles] == ["本报记者 林一帆 通讯员 阿依古丽·买买提"]


def test_a_lead_word_alone_under_the_byline_is_no_name():
    # `□本报记者 王磊` / `近日` / the indented lead: `近日` is the lead's first word, no reporter's name
    articles = page_articles("\n".join([*HEAD[:2], "本报记者 林一帆", "近日", *LEAD[1:]]))
    assert [a.byline for a in articles] == ["本报记者 林一帆"]


def test_names_sent_down_stay_under_the_byline_through_the_page_passes(tmp_path):
    # the whole page's passes: the names line is no headline a byline was printed over (centredheads)
    path = tmp_path / "p01.txt"
    path.write_text(
        "\n".join(["第3版　　民生", "", *HEAD, "祖力皮卡尔·米吉提", *LEAD]) + "\n", encoding="utf-8"
    )
    drafts = process_page(path).drafts
    assert [d.byline for d in drafts] == ["本报记者 林一帆 通讯员 阿依古丽·买买提 祖力皮卡尔·米吉提"]
