"""An outlet's app and its paper set apart by a slash before the reporters' roles (`某某/某某商报记者…`): one
outlet, as `新甘肃·甘肃日报记者…` is, so the line is the byline under its headline and keeps its slash
(bylineshapes._OUTLET_SLASH; real R22 r22_05: the second report's headline and byline were read as the first
report's text). Negatives: names set apart by slashes are still unslashed, a slash in a line of text with no
reporter's role is no byline."""

from __future__ import annotations

import pytest

from builder.ingest.bylineshapes import is_byline_text, unslash_names
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


@pytest.mark.parametrize("line", ["悦读/某某商报记者王小明通讯员李红", "云上新闻/某某晨报记者 张华"])
def test_an_outlet_pair_by_slash_is_a_byline_and_keeps_its_slash(line: str) -> None:
    assert is_byline_text(line)
    assert unslash_names(line) == line


@pytest.mark.parametrize(
    "line, unslashed",
    [
        ("本报记者/王小明通讯员/李红", "本报记者 王小明 通讯员 李红"),  # names apart by slashes
        ("悦读/某某商报记者/王小明", "悦读/某某商报记者 王小明"),  # the outlet's slash kept, the names' not
    ],
)
def test_names_set_apart_by_slashes_are_still_unslashed(line: str, unslashed: str) -> None:
    assert unslash_names(line) == unslashed


@pytest.mark.parametrize("line", ["共建共治/某某社区开展服务项目遴选", "悦读/某某商报报道"])
def test_a_slash_with_no_reporter_role_is_no_byline(line: str) -> None:
    assert not is_byline_text(line)


def test_the_headline_over_an_outlet_pair_byline_opens_an_article() -> None:
    page = (
        "某某村近年来加强基层党组织建设，村里\n"
        "面貌焕然一新。\n"
        "（下转第3版）\n\n\n"
        "多方共治，某某社区开展服务项目遴选\n"
        "悦读/某某商报记者王小明通讯员李红\n"
        "近日，某某社区党群服务中心开展了服务\n"
        "项目遴选会，居民代表畅所欲言。\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert articles[-1].title == "多方共治，某某社区开展服务项目遴选"
    assert articles[-1].byline == "悦读/某某商报记者王小明通讯员李红"


def test_a_wrote_and_photographed_credit_after_the_byline_mark_keeps_its_slash() -> None:
    """`□文/摄 本报记者 杨某` (real R30 page, a feature's byline under its headline): `文/摄` says the reporter wrote
    it and took the photos; its slash is no separator between names (it had become `文 摄 本报记者 杨某`)."""
    assert unslash_names("□文/摄 本报记者 杨晓华") == "□文/摄 本报记者 杨晓华"
    assert unslash_names("文/摄 本报记者 杨晓华") == "文/摄 本报记者 杨晓华"
    page = (
        "宣讲进农家 乡亲有奔头\n"
        "□文/摄 本报记者 杨晓华\n"
        "近日，某某县和平镇建设村村民家里传出阵阵笑声\n"
        "和掌声，驻村第一书记在这里宣讲政策。\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert articles[0].title == "宣讲进农家 乡亲有奔头"
    assert articles[0].byline == "文/摄 本报记者 杨晓华"


@pytest.mark.parametrize(
    "line",
    [
        "□融媒体记者 王小明 通讯员 李红 张华 文/图",  # several names, then who wrote and took the photos
        "全媒体记者 赵某某 文/图",
        "本报记者 王小明 图/文",
    ],
)
def test_a_wrote_and_photographed_credit_after_the_names_keeps_its_slash(line: str) -> None:
    """`… 李某 文/图` after the reporters' names (real R34 p2, a city paper's feature): the reporters wrote it and
    took the photos; the slash is no separator between names (it had become `… 文 图`)."""
    assert unslash_names(line) == line


def test_the_byline_of_names_then_a_wrote_and_photographed_credit_is_kept_whole() -> None:
    page = (
        "某某小区旧貌换新颜\n"
        "□融媒体记者 王小明 通讯员 李红 张华 文/图\n"
        "　　近日，某某市某某区某某社区组织党员志\n"
        "愿者清理楼道杂物，居民纷纷点赞。\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert articles[0].byline.endswith("张华 文/图")
