"""Perturbation kind `byline_end` (invented lines): a page printing each reporter line at its article's end, right
under the last sentence, a blank line under it, then the next article's head with nothing of its own between the
head and its text (a `——` subtitle, or an indented lead; the head maybe wrapped after `…的`, maybe under a column's
label). The credit was read as the next article's byline (an article with no text, the byline lost) or, bare names,
as a line of the text. It signs the article above. Negatives: a reporter line over a blank line and a headline over
its own byline stays the next article's; a text line under the blank line is no head."""

from __future__ import annotations

from builder.ingest.closingcredits import head_over_its_text
from tests.support.pages import page_articles

_WRAPPED_HEAD = """　　答：我们准备把驿站和服务中心连起
来，让更多骑手成为治理的“探头”。
本报记者 柯一鸣

人物
山坡上的
“领头羊”
——记某某镇青松村党支部书记周立
　　今年50岁的周立，年轻时在外打工多年，
2019年回村当选党支部书记。
"""

_BARE_NAMES = """　　下一步，青松镇将把议事厅延伸到企
业和商圈，推动协商议事全覆盖。
柯一鸣 周立

某某区为村干部“减负松绑”
　　某某市某某区对村级组织承担的工作
事项进行全面清理，取消考核评比12项。
"""


def test_a_credit_over_a_wrapped_head_and_its_subtitle_signs_the_text_above():
    first, second = page_articles(_WRAPPED_HEAD)
    assert "柯一鸣" in (first.closing[0] if first.closing else first.byline or "")
    assert second.title.startswith("山坡上的")
    assert "柯一鸣" not in (second.byline or "")


def test_bare_names_over_a_head_and_its_indented_lead_sign_the_text_above():
    first, second = page_articles(_BARE_NAMES)
    assert "柯一鸣" not in first.text and "柯一鸣" not in second.text
    assert second.title == "某某区为村干部“减负松绑”"


def test_a_head_over_its_own_byline_or_a_text_line_is_not_read_so():
    assert head_over_its_text(["本报记者 王某", "", "某区建起“暖心驿站”", "　　某市某区…"], 1)
    assert not head_over_its_text(["本报记者 王某", "", "今年以来，全区共解决问题52件。", "　　某市…"], 1)
    assert not head_over_its_text(["本报记者 王某", "某区建起“暖心驿站”", "　　某市某区…"], 1)
