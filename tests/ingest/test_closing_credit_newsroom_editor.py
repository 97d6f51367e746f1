"""R16 kind (invented lines): a report closing with its credit glued to the last sentence, naming a news site and
its editor (`…作用有力彰显。（津门新闻编辑王某）`, wrapped over two lines in a narrow column), or a newsroom whose
name is longer than four characters before the reporter (`（某某新闻网记者 李明）`). It stayed in the body (a
byline in the text, the article with no byline). A newsroom (a paper, a county's media centre, a news site) may
stand before the role, and a news site's editor (编辑) signs as a reporter does. Negatives: the editors' office
(`编辑部`, `编辑室`) in brackets signs nothing, and the roles and names seen before still read the same."""

from __future__ import annotations

import pytest

from builder.ingest.captionshapes import split_closing_names
from tests.support.pages import page_articles


@pytest.mark.parametrize(
    "credit",
    [
        "（津门新闻编辑王某）",
        "（青禾新闻编辑 柯一鸣）",
        "（某某新闻网记者 李明）",
        "（青禾日报记者 李明 通讯员 王芳）",
        "（江城融媒记者 朱一）",
        "（本报记者 李明）",
        "（覃小红）",
    ],
)
def test_the_credit_is_split_off(credit: str):
    assert split_closing_names(f"守牢了社区阵地。{credit}") == ("守牢了社区阵地。", credit)


@pytest.mark.parametrize(
    "text",
    [
        "大家都说好。（详见新闻编辑部的说明）",
        "大家都说好。（某某新闻编辑室）",
        "大家都说好。（据新闻编辑王某介绍）",
    ],
)
def test_an_editors_office_signs_nothing(text: str):
    assert split_closing_names(text) == (text, None)


_PAGE = """第2版　　　　　　　　社区治理

津门：突出党建引领基层治理

　　从市委组织部了解到，全市
1639个社区中评出五星社区161个。
评星定级提振了社区党员干部精
气神，社区阵地守牢守住了，作
用有力彰显。（津门新闻编辑
王某）
"""


def test_the_wrapped_credit_is_the_byline_not_text():
    (article,) = page_articles(_PAGE)
    assert "王某" not in article.text
    assert "王某" in (article.closing[0] if article.closing else article.byline or "")
