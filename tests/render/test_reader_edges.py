"""Issue 15 on the rendered site: summaries not shown twice, neighbours labelled, the glossary, levels, no
empty theme or level pages."""

from __future__ import annotations

from pathlib import Path

from builder.content.loader import load_content, load_vocabulary
from builder.model import Initiative, Region, Source
from builder.render.glossary import build_glossary, is_number_only, practices_of, shared_first
from builder.render.indexes import Entry
from builder.render.markdown import render_body
from builder.render.pages import reason_text
from builder.render.reasons import Reason
from builder.render.regions import region_steps
from tests.support.repo import REPO_CONTENT


def test_a_same_city_neighbour_says_so_in_the_reason() -> None:
    # 桐梓县 ↔ 绥阳县 (both 遵义市): a same-city neighbour says so first
    neighbour = Reason(("grid-governance",), (), ("楼栋长",), scope="同市")
    text = reason_text(neighbour, {"grid-governance": "网格化治理"}.get)
    assert text == "同市 · 同为 网格化治理 · 关键词：楼栋长"
    assert reason_text(Reason((), (), ("网格",)), str) == "关键词：网格"


def test_a_summary_repeating_the_first_paragraph_is_not_shown_twice() -> None:
    # 001 红崖子沟乡: the committed summary was the body's first paragraph word for word
    first = "互助土族自治县红崖子沟乡紧紧围绕“党建带妇建、妇建促党建”的工作思路，推行“党建+妇建”的工作法。"
    body = f"本报讯（记者 张三）{first}\n\n红崖子沟乡建立台账128户。"

    def entry(summary: str) -> Entry:
        item = Initiative(title="t", slug="s", source=Source("x.txt", 1), body=body, summary=summary)
        return Entry(item, [], render_body(body))

    assert entry(first).lead == ""
    assert entry("红崖子沟乡建立台账128户。").lead == "红崖子沟乡建立台账128户。"
    assert entry("").lead == ""


# ------------------------------------------------------------------------------------------- glossary


def _entry(slug: str, body: str, practices: list[str], region: Region, themes: list[str]) -> Entry:
    item = Initiative(
        title=slug,
        slug=slug,
        source=Source("x.txt", 1),
        body=body,
        practices=practices,
        region=region,
        themes=themes,
    )
    return Entry(item, region_steps(region), render_body(body))


THEMES = {"red-property": "红色物业", "grid-governance": "网格化治理"}
BINCHENG = Region("山东省", "滨州市", "滨城区")
KAILI = Region("贵州省", "黔东南苗族侗族自治州", "凯里市")
TONGZI = Region("贵州省", "遵义市", "桐梓县")


def _glossary_entries() -> dict[str, Entry]:
    # real sentences: 002 滨城区 红黑榜, 003 凯里市 红黑名单, 002 桐梓县 “1+1” and 15分钟服务圈
    return {
        "bincheng": _entry(
            "bincheng", "滨城区实行“红黑榜”管理，推动物业服务提质。", ["红黑榜"], BINCHENG, ["red-property"]
        ),
        "kaili": _entry(
            "kaili",
            "凯里市推行物业企业“红黑名单”制度，建成“15分钟党群服务圈”。",
            ["红黑名单", "15分钟党群服务圈"],
            KAILI,
            ["red-property", "grid-governance"],
        ),
        "tongzi": _entry(
            "tongzi",
            "桐梓县按照“1+1”标准划分网格，打造“15分钟服务圈”。",
            ["1+1", "15分钟服务圈"],
            TONGZI,
            ["grid-governance"],
        ),
    }


def test_variants_merge_through_the_alias_list_and_number_only_names_have_no_entry() -> None:
    aliases = {"红黑名单": "红黑榜", "15分钟服务圈": "15分钟党群服务圈"}
    practices, slug_of = build_glossary(_glossary_entries(), aliases, THEMES)
    names = {p.name for p in practices.values()}
    assert names == {"红黑榜", "15分钟党群服务圈"}
    assert slug_of["红黑名单"] == slug_of["红黑榜"] and "1+1" not in slug_of
    red = practices[slug_of["红黑榜"]]
    assert red.variants == ["红黑名单"] and red.places == 2
    assert [u.slug for u in red.uses] == ["bincheng", "kaili"]
    assert red.uses[1].sentence == "凯里市推行物业企业“红黑名单”制度，建成“15分钟党群服务圈”。"
    assert red.themes == ["red-property", "grid-governance"]  # most uses first
    # a practice links to its namesake theme first, even where an initiative lacks it (红色物业 -> 红色物业)
    xinpu = {
        "xinpu": _entry("xinpu", "新蒲新区以“红色物业”为抓手。", ["红色物业"], TONGZI, ["grid-governance"])
    }
    red_property = next(iter(build_glossary(xinpu, {}, THEMES)[0].values()))
    assert red_property.themes == ["red-property", "grid-governance"]
    assert is_number_only("3+4+4") and is_number_only("1＋2") and not is_number_only("1+1+N")


def test_the_index_shows_shared_practices_first_and_a_theme_lists_its_practices() -> None:
    practices, _ = build_glossary(_glossary_entries(), {}, THEMES)
    shared, rest = shared_first(practices)
    assert shared == []  # without the alias list every variant stands alone
    merged, _ = build_glossary(_glossary_entries(), {"红黑名单": "红黑榜"}, THEMES)
    shared, rest = shared_first(merged)
    assert [p.name for p in shared] == ["红黑榜"]
    assert [p.slug for p in rest] == sorted(p.slug for p in rest)
    # a theme page (grid-governance: 凯里市, 桐梓县) lists its practices, the most named first
    full, _ = build_glossary(
        _glossary_entries(), {"红黑名单": "红黑榜", "15分钟服务圈": "15分钟党群服务圈"}, THEMES
    )
    listed = [(p.name, n) for p, n in practices_of(full, ["kaili", "tongzi"])]
    assert listed == [("15分钟党群服务圈", 2), ("红黑榜", 1)]


# ------------------------------------------------------------------------------- the built site


def test_no_empty_theme_or_level_page_and_no_link_to_one(content_site: Path) -> None:
    vocab = load_vocabulary(REPO_CONTENT)
    items = [f.initiative for f in load_content(REPO_CONTENT) if f.initiative is not None]
    used_themes = {t for i in items for t in i.themes}
    used_levels = {i.level for i in items if i.level}
    empty_themes = set(vocab.themes) - used_themes
    empty_levels = set(vocab.levels) - used_levels
    assert empty_themes and empty_levels  # 平安建设 and 省级 today: the test would say nothing otherwise
    pages = list(content_site.rglob("*.html"))
    for slug in empty_themes:
        assert not (content_site / "themes" / slug).exists()
    for slug in empty_levels:
        assert not (content_site / "levels" / slug).exists()
    wanted = [f"themes/{s}/" for s in empty_themes] + [f"levels/{s}/" for s in empty_levels]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not [w for w in wanted if f'{w}"' in html], page
    said = (content_site / "themes" / "index.html").read_text(encoding="utf-8")
    assert all(vocab.themes[s].zh in said for s in empty_themes)  # said plainly, without a link


def test_levels_page_compares_themes_and_practices_by_level(content_site: Path) -> None:
    html = (content_site / "levels" / "index.html").read_text(encoding="utf-8")
    assert 'id="themes-by-level"' in html and 'id="practices-by-level"' in html
    assert html.count('class="chip chip-practice"') >= 4
