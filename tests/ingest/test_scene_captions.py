"""A photo caption printed with no mark (no △, no 图为, no credit) between two finished sentences (issue 14,
corpus page c24).

`…每月在各社区轮流开展服务。` / `党员志愿者为社区老人免费理发` / `今年以来，“邻里服务日”已开展` …: the caption
was glued to the next paragraph's first sentence; `医护人员在服务日现场为居民测量血压`, alone between blank lines,
became a subheading. Both describe a scene (people doing something) and go to `captions`; the page's own
subheadings (`家门口的服务站`, `小服务凝聚大民心`) stay, and so does a paragraph whose first line reads like a scene
but goes on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.pagelines import CAPTION, HEADING, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.scenecaptions import describes_scene
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

C24 = Path(__file__).resolve().parents[1] / "corpus" / "pages" / "c24.txt"


def test_unmarked_captions_leave_the_body_and_the_subheadings_stay():
    (article,) = segment(assemble(classify_page(C24.read_text(encoding="utf-8"))))
    assert [p.text for p in article.captions] == [
        "党员志愿者为社区老人免费理发",
        "医护人员在服务日现场为居民测量血压",
    ]
    assert [b.text for b in article.blocks if b.kind == HEADING] == ["家门口的服务站", "小服务凝聚大民心"]
    assert article.paragraphs[2] == "今年以来，“邻里服务日”已开展服务96场，服务居民1.2万人次。"
    assert not any("理发今年" in p or "测量血压" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "社区志愿者为老人理发",
        "党员志愿者为社区老人免费理发",
        "医护人员在服务日现场为居民测量血压",
        "望月湖社区网格员入户走访独居老人",
    ],
)
def test_scenes(line):
    assert describes_scene(line)


@pytest.mark.parametrize(
    "line",
    [
        "家门口的服务站",  # a topic
        "小服务凝聚大民心",
        "让党员在一线亮身份",  # a slogan: nobody in a photo
        "居民议事会说了算",
        "党员志愿者为社区老人免费理发。",  # a sentence
        "志愿者为老人",  # too short to be a scene
    ],
)
def test_no_scenes(line):
    assert not describes_scene(line)


_PAGE = (
    "平江街道“邻里服务日”把服务送到家门口\n"
    "本报讯（记者 顾晓）街道党工委组织辖区\n18家共建单位开展服务。\n"
    "{line}\n{next}\n"
    "服务居民1.2万人次，群众十分满意。\n"
)


def test_a_paragraphs_first_line_that_reads_on_is_no_caption():
    page = _PAGE.format(line="党员志愿者为社区老人免费理发、", next="量血压，今年以来已开展服务96场，")
    units = assemble(classify_page(page))
    assert not any(u.kind == CAPTION for u in units)
    page = _PAGE.format(line="党员志愿者为社区老人免费理发服务", next="，今年以来已开展服务96场，")
    units = assemble(classify_page(page))
    assert not any(u.kind == CAPTION for u in units)
    assert any(u.kind == TEXT and "理发服务，今年以来" in u.text for u in units)


def test_a_scene_caption_wrapped_over_two_lines():
    page = (
        "望月湖社区“网格夜访”拉近邻里距离\n"
        "本报讯（记者 周敏）望月湖社区组织网格\n员每周开展一次夜访，倾听居民的意见和\n建议。\n"
        "望月湖社区网格员晚上入户走访独居老人\n并登记需求\n"
        "今年以来，网格员已走访居民2100余户，\n收集意见建议340条，办结率达到95%。\n"
    )
    (article,) = segment(assemble(classify_page(page)))
    assert [p.text for p in article.captions] == ["望月湖社区网格员晚上入户走访独居老人并登记需求"]
    assert article.paragraphs[-1].startswith("今年以来，网格员已走访居民2100余户")
    heading = page.replace("望月湖社区网格员晚上入户走访独居老人\n并登记需求", "家门口的议事会\n越开越红火")
    (article,) = segment(assemble(classify_page(heading)))
    assert article.captions == []
