"""Lines in the scripts of China's other languages on a Chinese page (builder/ingest/otherscripts.py, heldout28 p06's
kind, invented lines): a masthead's name in Tibetan, Uyghur, Mongolian or Korean beside the Chinese one, and a
headline's translation on the line under it, are taken out, so the page's head is furniture and the headline
stands over its byline."""

from __future__ import annotations

import pytest

from builder.ingest.otherscripts import other_scripts_off
from tests.support.pages import page_drafts

_TRANSLATIONS = {
    "tibetan": ("བདེ་སྐྱིད་ཁྱིམ་ཚང་།", "ཤར་ཕྱོགས་ཚགས་པར།"),
    "uyghur": ("ئاھالىلەر مۇلازىمەت پونكىتى", "شەرق گېزىتى"),
    "mongolian": ("ᠠᠷᠠᠳ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ", "ᠮᠣᠩᠭᠣᠯ ᠰᠣᠨᠢᠨ"),
    "korean": ("마을 봉사소", "동방 신문"),
}


def _page(translation: str, masthead: str) -> list[str]:
    return [
        f"东方基层报　　{masthead}　　2026年6月3日　星期三　　第3版",
        "",
        "河东社区：“连心服务站”办好群众小事",
        translation,
        "",
        "本报记者 王晓东 李娜",
        "　　河东社区居住着多个民族的群众，辖区常住人口8600余人。",
        "社区党委设立“连心服务站”，由党员干部轮流值守。",
        "　　今年以来，服务站共办理群众事项1260件。",
    ]


@pytest.mark.parametrize("script", sorted(_TRANSLATIONS))
def test_the_head_and_the_headline_read_as_the_chinese_page(script, tmp_path) -> None:
    (draft,) = page_drafts(_page(*_TRANSLATIONS[script]), tmp_path)
    assert draft.title == "河东社区：“连心服务站”办好群众小事"
    assert draft.byline == "本报记者 王晓东 李娜"
    assert draft.body.startswith("河东社区居住着")


def test_runs_apart_and_lines_alone_are_taken_out_and_lines_keep_their_numbers() -> None:
    text, printed = other_scripts_off("某某报　　ཤར་ཕྱོགས་ཚགས་པར།　　第3版\n标题\nབདེ་སྐྱིད།\n正文", None)
    assert (text, printed) == ("某某报　　第3版\n标题\n正文", [1, 2, 4])
    text, printed = other_scripts_off("某某报  마을 봉사소\n标题", [5, 6])
    assert (text, printed) == ("某某报\n标题", [5, 6])


def test_such_letters_inside_a_sentence_stay() -> None:
    page = "　　村里的服务站（བདེ་སྐྱིད།）今年接待群众300人次。\n标题"
    assert other_scripts_off(page, None) == (page, None)
    assert other_scripts_off("标题\n正文", None) == ("标题\n正文", None)
