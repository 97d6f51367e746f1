"""Two columns read across line by line whose heads are of different heights (heldout29 p08's kind): the left an
interview's headline, its `——` subtitle wrapped over three lines with a 《》 title open (`——某某负责人就《关于` /
`…的若干措施》` / `答记者问`) and a bare reporter line; the right a headline wrapped after a word (`…治出邻里` / `和气`)
and a dateline cut after a role (`本报讯（记者 某某 通讯员 ` / `某某）…`). A row where one column prints nothing
prints only the other. Before: the rows' split charged each blank cell of the heads as one in the bodies, so the
right column's dateline went left and the left's `答记者问` right (titles cut, bylines `和气` and `本报讯`), and the
subtitle's second line was read as a kicker. Lines invented in the kind.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.pages import page_drafts

LEFT = [
    "让快递小哥“快”有所依",
    "——市委社会工作部负责人就《关于",
    "做好快递员群体关心关爱的通知》",
    "答记者问",
    None,
    None,
    "本报记者 陈航",
    None,
    None,
    "　　近日，某某市委社会工作部印发",
    "《关于做好快递员群体关心关爱的通",
    "知》。围绕通知的主要内容，记者采",
    "访了市委社会工作部有关负责人。",
    "　　问：出台通知的背景是什么？",
    "　　答：全市有快递员等群体约9万",
    "人，他们流动性强、保障相对薄弱。",
    "通知围绕“有地方歇脚、有组织关怀”",
    "提出了12条具体举措。",
    "　　问：在服务阵地建设上有什么安",
    "排？",
    "　　答：全市已建成“快递驿站”6",
    "00余个，做到城市街道全覆盖。驿",
    "站由街道党组织统筹，提供休息、饮",
    "水、充电等服务。",
]
RIGHT = [
    "东门社区“院落微治理”治出邻里",
    "和睦",
    None,
    None,
    "　　本报讯（记者 吴倩 通讯员 ",
    "孙立）某某区东门街道东门社区是典",
    None,
    "型的老旧小区，辖区有院落42个、",
    "居民2600余户。社区党委推行",
    "“院落微治理”，在每个院落推选院",
    "落长，由居民自己商量院里的事。",
    "　　社区共推选院落长42名，其中",
    "党员院落长30名。院落长牵头制定",
    "“院落公约”，今年以来清理堆物6",
    "00余处，议定加装扶手等事项18",
    "0余件。",
    "　　今年，东门社区居民满意度达到",
    "96.5%。",
]


def _read_across(left: list[str | None], right: list[str | None]) -> list[str]:
    rows = max(len(left), len(right))
    cells = [(left + [None] * rows)[:rows], (right + [None] * rows)[:rows]]
    return [cell for row in zip(*cells, strict=True) for cell in row if cell is not None]


def test_heads_of_two_heights_read_across_keep_their_columns(tmp_path: Path) -> None:
    page = ["某某周报　　2026年3月9日　星期一　　第2版", "", *_read_across(LEFT, RIGHT)]
    drafts = page_drafts(page, tmp_path)
    assert sorted((d.title, d.subtitle, d.byline) for d in drafts) == [
        ("东门社区“院落微治理”治出邻里和睦", None, "本报讯（记者 吴倩 通讯员 孙立）"),
        (
            "让快递小哥“快”有所依",
            "市委社会工作部负责人就《关于做好快递员群体关心关爱的通知》答记者问",
            "本报记者 陈航",
        ),
    ]
