"""Three columns side by side whose middle one starts lower (heldout18 p03 kind): on the first lines the gap
after the left column's headline spans the blank middle column (`神山村：“红色民宿”        右江区：“红色物业”`).
The line is cut at the first edge, the right part keeping the blank column as its indent, so the third column
is read apart from the middle one instead of the whole head being left as it was printed."""

from builder.ingest.sidebyside import layout_columns, unfold_columns

_WIDTH = 26  # display columns of a column and its gap


def _row(*parts: str) -> str:
    cells = []
    for part in parts[:-1]:
        shown = layout_columns(part) + sum(1 for ch in part if ch in "“”")  # the quotes print two wide
        cells.append(part + " " * (_WIDTH - shown))
    return ("".join(cells) + parts[-1]).rstrip()


_LEFT = [
    "东湖村：“共享菜园”",
    "富了村民",
    "本报讯（记者 王海）",
    "东湖村把闲置土地交给村",
    "党支部统一流转菜园。",
    "全村已建成菜园21个，",
    "带动村民增收。",
]
_MIDDLE = [
    "",
    "西山镇：“议事长廊”",
    "议出好日子",
    "本报记者 李青",
    "西山镇在18个村建起议",
    "事长廊，每月由书记",
    "主持议事。",
]
_RIGHT = [
    "南岭区：“红色物业”",
    "进小区",
    "本报记者 黄丽",
    "南岭区推动社区党组织",
    "领办物业服务企业，",
    "已覆盖小区97个。",
    "",
]


def test_a_gap_spanning_the_blank_middle_column_keeps_the_right_part_apart():
    page = "\n".join(_row(a, b, c) for a, b, c in zip(_LEFT, _MIDDLE, _RIGHT, strict=True))
    lines = [line for line in unfold_columns(page).split("\n") if line.strip()]
    assert lines[: len(_LEFT)] == _LEFT
    middle = [line for line in _MIDDLE if line]
    assert lines[len(_LEFT) : len(_LEFT) + len(middle)] == middle
    assert lines[len(_LEFT) + len(middle) :] == [line for line in _RIGHT if line]


def test_a_single_column_page_with_one_wide_gap_is_left_as_it_is():
    page = "社区议事会\n\n第一条  议事会每月召开一次。\n居民代表          张三\n"
    assert unfold_columns(page) == page
