"""A headline whose last word a narrow column wrapped onto a line of its own, short as one name, right over the
byline (heldout8 n09, issue 14): `渤海街道社区工作者“擂台比武”` / `练本领` / `王琳 赵阳` was read as the headline,
then `练本领` as the byline (a bare name) and the real byline as the lead's text; in a column of 12 characters
(heldout8 n02) a shorter headline line wraps too when a word runs across the break (`…管住基` / `层事项`), and
so does one whose colon and quotes fill the column (heldout11 p01: nine characters, twelve wide). Lines
invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.headlinetails import tail_over_byline
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_the_headline_takes_its_last_word_back():
    page = (
        "某某社区报   2026年6月12日   第3版\n\n"
        "红星街道社区工作者“技能比武”\n长本领\n王琳 赵阳\n"
        "某某市某某区红星街道开展社区工作\n者“技能比武”，全街道9个社区的\n186名社区工作者全部参加。\n"
    )
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    assert (article.title, article.byline) == ("红星街道社区工作者“技能比武”长本领", "王琳 赵阳")
    assert article.paragraphs[0].startswith("某某市某某区红星街道")


@pytest.mark.parametrize(
    ("headline", "after", "tail"),
    [
        ("渤海街道社区工作者“擂台比武”", ["练本领", "王琳 赵阳", "盘锦市兴隆台区渤海街道开展社"], True),
        ("红星街道社区工作者“技能比武”", ["长本领", "本报记者 李明"], True),  # a reporter line under it
        ("衡水：“一张清单”管住基", ["层事项", "本报记者 郑晓"], True),  # heldout8 n02: a word across, 基层
        ("红星街道社区工作者“技能比武”长本领", ["王琳 赵阳", "某某市某某区红星街道开展社"], False),  # names
        ("社区议事会", ["张伟", "本报记者 李明"], False),  # a headline too short for the wrap
        ("城南镇：“两新”党建激活", ["园区", "张敏 刘洋"], True),  # the colon and quotes fill the column
        ("“两新”党建暖人心", ["张伟", "本报记者 李明"], False),  # quotes, yet short of a full column
        (
            "红星街道社区工作者“技能比武”长本领",
            ["张伟", "某某市某某区红星街道开展社区工作"],
            False,
        ),  # one name
        ("红星街道社区工作者练本领。", ["张伟", "王琳 赵阳"], False),  # a sentence, no headline
        # a portal's text version: one name over a lead opening on its dateline is the byline (real R20 r20_01)
        ("某某市首家社区志愿服务驿站建成", ["柯立峰", "某某网5月9日讯 5月8日，某某市"], False),
        ("某某市首家社区志愿服务驿站建成", ["练本领", "本报记者 李明"], True),  # a byline proper under it
        ("衡水：“一张清单”管住基", ["层事项", "某某网5月9日讯 5月8日，衡水"], True),  # a word across
    ],
)
def test_a_short_line_over_the_byline(headline, after, tail):
    assert tail_over_byline(headline, after) is tail
