"""A reporter line naming its newsroom and desk (`某某晨报全媒体记者 张明`) glued to the lead after a space, maybe
with only the lead's first character left on the line, the wrap cutting its first word (real R38 kind:
`湘江早报全媒体记者　陈丹妮　连` / `日来，长沙…`). The byline stayed in the body: only `本报记者`/`记者` opened such a
line, and a lead shorter than five characters was given back to the body only when it started a place. Lines
invented in the kind."""

import pytest

from tests.support.pages import page_articles

_HEAD = "驿站成了骑手的“娘家”\n\n"


@pytest.mark.parametrize(
    ("line", "rest", "lead"),
    [
        (
            "　　江城晨报全媒体记者　张明　连",
            "日来，江城市某某社区的驿站里，\n骑手们在休息充电。\n",
            "连日来，江城市",
        ),
        (
            "　　江城晨报全媒体记者　张明　今年以来，",
            "江城市某某社区建起骑手驿站，\n骑手们在此休息充电。\n",
            "今年以来，江城市",
        ),
        (
            "　　本报记者　张明　近",
            "日，江城市某某社区建起骑手驿站，\n骑手们在此休息充电。\n",
            "近日，江城市",
        ),
    ],
    ids=["newsroom-cut-lead", "newsroom-long-lead", "paper-cut-lead"],
)
def test_the_reporter_line_glued_to_the_lead_is_the_byline(line, rest, lead):
    (article,) = page_articles(f"{_HEAD}{line}\n{rest}")
    assert article.byline.replace("　", " ").split() == line.strip().split("　")[:2]
    assert article.paragraphs[0].startswith(lead)


def test_a_name_the_wrap_cut_is_not_taken_for_the_lead():
    """`本报记者　张明　李` / `华　近日，…`: a space before the next line's clause mark, a second name cut."""
    (article,) = page_articles(
        f"{_HEAD}　　本报记者　张明　李\n华　近日，江城市某某社区建起骑手驿站，\n骑手们在此休息充电。\n"
    )
    assert not article.paragraphs[0].startswith("李华")
