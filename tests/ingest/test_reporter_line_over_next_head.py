"""Real R27 kind (invented lines): a reporter line printed alone right under a report's last sentence (the report's
closing credit, `某某刊记者　周一鸣` or `本报记者　王立　李青`), maybe over the report's jump (`（下转四版）`), then a
blank line and the next report's headline. It was read as a byline opening nothing: the report lost its credit."""

from __future__ import annotations

from builder.ingest.workers import process_page

_PAGE = [
    "一张连心卡",
    "联户党员常来常往",
    "",
    "　　在某某县石桥镇，每名农村党员都联系着十几",
    "户群众。全镇共有640名党员参与了这项工作。",
    "　　目前，石桥镇已经收集群众意见建议2100余",
    "条。",
    "某某刊记者　周一鸣",
    "",
    "",
    "柳溪县：闲置校舍变身",
    "村里的粮油坊",
    "",
    "　　近年来，柳溪县在各村盘活闲置校舍和仓库，",
    "已办起粮油坊37家，吸纳村民务工1260人。",
    "本报记者　王立　李青",
    "（下转四版）",
    "",
    "",
    "杏林社区：楼道议事解民忧",
    "",
    "　　5月6日，杏林社区在楼道里召开议事会，商量",
    "加装扶手。",
]


def test_reporter_lines_under_last_sentences_sign_the_reports_above(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    drafts = process_page(path).drafts
    assert [d.title for d in drafts] == [
        "联户党员常来常往",
        "柳溪县：闲置校舍变身村里的粮油坊",
        "杏林社区：楼道议事解民忧",
    ]
    assert [(d.byline or "").strip("（）") for d in drafts] == ["某某刊记者 周一鸣", "本报记者 王立 李青", ""]
