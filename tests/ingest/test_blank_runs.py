"""A page that sets every gap two blank lines deep read with one-line gaps (builder.ingest.blanklines.even_blank_runs).

The perturbation harness (tests/corpus/perturb.py, `doubleblank`) doubled every blank line of heldout9 and lost
q04's second article and q01's kicker (a spurious article): the rules reading a head standing apart, or the first
body two gaps under a stack of headlines, counted the doubled gaps. Invented lines; negatives: a page with one
single gap, a page with no gap two lines deep.
"""

from __future__ import annotations

from builder.ingest.blanklines import even_blank_runs
from builder.ingest.workers import process_page

_PAGE = [
    "东湖社区周报",
    "2026年4月9日  第2版  社区治理",
    "",
    "桐柏镇：“板凳会”议出邻里和气",
    "本报记者 周晓",
    "",
    "　　近日，青禾县桐柏镇在各村推行",
    "“板凳会”，每月组织村民围坐议事，",
    "已议定修路、清淤等事项46件。",
    "",
    "永安市“楼栋管家”守护千家万户",
    "本报记者 赵明",
    "",
    "　　湖南省永安市石溪街道新桥社区",
    "有居民3200户，社区党委组建“楼",
    "栋管家”队伍，帮助居民解决难题。",
]


def _doubled(lines: list[str], times: int = 2) -> str:
    return "\n".join(x for line in lines for x in ([line] * (times if not line else 1)))


def test_every_gap_doubled_is_read_one_line_deep() -> None:
    text, printed = even_blank_runs(_doubled(_PAGE), None)
    assert text == "\n".join(_PAGE)
    assert printed is not None and len(printed) == len(_PAGE)
    assert printed[3] == 5  # the first headline is still the 5th printed line


def test_a_gap_twice_as_deep_as_the_others_stays_twice_as_deep() -> None:
    page = [*_PAGE[:9], "", *_PAGE[9:]]  # two blank lines over the second head, one elsewhere
    text, _ = even_blank_runs(_doubled(page), None)
    assert text == "\n".join(page)


def test_a_page_with_a_single_gap_is_left_as_it_is() -> None:
    page = _doubled(_PAGE[:9]) + "\n\n" + "\n".join(_PAGE[10:])  # the last gap single
    assert even_blank_runs(page, [7]) == (page, [7])
    plain = "\n".join(_PAGE)
    assert even_blank_runs(plain, None) == (plain, None)


# q04's kind: the second article two gaps under the first, its headline wrapped over a gap and its bare names
_TWO_GAPS = [
    "东湖社区周报",
    "2026年4月9日　星期四　第 5 版",
    "",
    "桐柏镇“板凳会”议出邻里和气本报讯（记者 周晓）",
    "青禾县桐柏镇辖区老旧小区多，",
    "60岁以上老人占常住人口的28%。",
    "今年以来，镇党委在各村推行“板",
    "凳会”，每月组织村民围坐议事，",
    "已议定修路、清淤等事项46件。",
    "",
    "",
    "石溪村“古民居管家”守护千年",
    "古村落",
    "",
    "林岚 赵明",
    "永安市石溪镇石溪村保存有明清",
    "古民居124幢，是省级文物保护",
    "单位。村党支部组建“古民居管家”",
    "队伍，帮助村民修缮老屋。",
]


def test_doubled_gaps_give_the_articles_of_single_ones(tmp_path) -> None:
    single, double = tmp_path / "a.txt", tmp_path / "b.txt"
    single.write_text("\n".join(_TWO_GAPS), encoding="utf-8")
    double.write_text(_doubled(_TWO_GAPS), encoding="utf-8")  # was one article: the second lost
    titles = [[d.title for d in process_page(path).drafts] for path in (single, double)]
    assert titles[0] == titles[1] == ["桐柏镇“板凳会”议出邻里和气", "石溪村“古民居管家”守护千年古村落"]
