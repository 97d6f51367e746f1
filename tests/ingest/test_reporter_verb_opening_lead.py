"""R16 kind (invented lines): a report under its series kicker and headline, printed with no blank line, whose
lead opens with the newsroom's reporter and their verb, the wrap cutting right after it (`青禾网-青禾日报记者探访`
/ `了青禾县…`). The line alone reads like a reporter line (a newsroom, `记者`, then two characters like a name),
so it was taken as the byline and the lead lost its subject. The word after the role, glued to it, that is a
dictionary word opening with no common surname, the text going on under it, is the reporter's verb: the line is
the lead's, and the headline over it opens the report. Negatives: a reporter's name after the role stays a
byline; a role and a word alone (`记者调查`, a column's label) is no lead; nothing going on under it.
"""

from __future__ import annotations

from pathlib import Path

from builder.ingest.reporterverbs import reporter_verb_line
from builder.ingest.workers import process_page
from builder.util.paths import data_dir_fixed


def test_the_reporters_verb_is_no_name():
    with data_dir_fixed():
        assert reporter_verb_line("青禾网-青禾日报记者探访", "了青禾县柳岸街道青石巷社区。")
        assert reporter_verb_line("某某日报记者走访", "了辖区内的多个小区，")
        assert not reporter_verb_line("青禾网-青禾日报记者李明", "今年以来，青石巷社区")  # a name
        assert not reporter_verb_line("青禾日报记者探访", "")  # nothing goes on under it
        assert not reporter_verb_line("记者调查", "青石巷社区的居民说，")  # a column's label


_PAGE = """第2版　　　　　　　　　社区治理

青禾：突出党建引领基层治理

全区评出五星社区16个，占
9.8%。大家都说好。
融媒联动·街巷里的好故事
春风满怀青石巷
{lead}
了青禾县柳岸街道青石巷社区。
青石巷社区现在有14个民族、
1332户，社区每逢节日都组
织百家宴，邀请各族居民参加。

本版编辑：刘 洋　　校对：陈 晨
"""


def _report(tmp_path: Path, lead: str):
    page = tmp_path / "p01.txt"
    page.write_text(_PAGE.format(lead=lead), encoding="utf-8")
    return next(draft for draft in process_page(page).drafts if draft.title == "春风满怀青石巷")


def test_the_lead_keeps_its_reporter_and_verb(tmp_path: Path):
    report = _report(tmp_path, "青禾网-青禾日报记者探访")
    assert not report.byline
    assert report.body.startswith("青禾网-青禾日报记者探访了青禾县柳岸街道青石巷社区。")


def test_a_reporters_name_stays_the_byline(tmp_path: Path):
    report = _report(tmp_path, "青禾网-青禾日报记者李明")
    assert report.byline and "李明" in report.byline


def test_a_name_that_is_a_word_too_stays_a_name():
    """A reporter's name that is a word of the dictionary (`文静`, `宁静`, `舒畅`: no common surname), glued to the
    role over a lead printed flush, is the byline's name, not the reporter's verb."""
    with data_dir_fixed():
        for name in ("文静", "宁静", "舒畅", "东方"):
            assert not reporter_verb_line("青禾日报记者" + name, "近日，青禾县召开会议，")
        assert reporter_verb_line("青禾日报记者近日", "从青禾县获悉，")
