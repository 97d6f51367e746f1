"""Reports run together on a page printing no blank line, their headlines at its foot (R16 r16_03's kind).

Paragraphs marked by indents only, no blank line anywhere: a byline under the page's header, a feature (A),
then a dated report (B) opening on another headline's place (`昨日，安顺市…`) with no gap before it (there can be
none), its closing credit wrapped (`…活动。（本报` / `记者 周明）`), then an untitled item (C) closed by a wrapped
credit of bare names (`…万元。（马兰` / ` 杨帆）`), then a series label (`…·产业篇`) and the two headlines at the foot.
Before: the foot's lines were no headlines (the last line, the credit's second half, is no finished sentence),
and the three came out as one article. Now: the foot's headlines are read after a sentence closed by its
credit (headlinestacks), a paragraph opening a detached headline's place needs no gap on a page that prints
none, and there a closing credit ends its article (segment); the series label stays the kicker of the
headline under it though every headline has a body (kickers). Invented lines of the kind.
"""

from __future__ import annotations

from pathlib import Path

from builder.ingest.headlinestacks import _credited
from builder.ingest.kickers import _SERIES
from builder.ingest.workers import process_page

PAGE = """第6版 乡村振兴　　　　　　　2026年3月12日 星期四
渭南日报 记者 刘洋
　　石桥镇柳河村的果园里，一排排
新栽的苹果树长势喜人，合作社的仓
库里堆满了刚刚收获的果子。
　　柳河村是一个有着三百多年历史
的老村。近年来，村党支部坚持党建
引领，创新实施“支部+合作社+农
户”模式，走出了一条特色种植和乡
村旅游融合发展的路子。
　　去年，全村集体经济收入达到8
6万元，村民人均收入比上年增长1
2%。
　　昨日，安顺市党员志愿服务进社
区活动在西秀区启动。
　　活动现场设立了法律咨询、健康
义诊、政策宣传等服务台，30余支
党员志愿服务队参加了活动。
　　启动仪式后，各志愿服务队还深
入社区开展了环境整治活动。（本报
记者 周明）
　　“今年分红拿到了三千多元。”
村民马大叔笑着说。1月15日，固
原市原州区官厅镇青石村村委会院里
热闹非凡，村股份经济合作社的分红
大会正在这里举行。
　　青石村于2019年完成农村集
体产权制度改革，此后，村里盘活闲
置资产，发展养殖和物流产业，集体
经济逐年壮大。今年，合作社分红总
额达到45万元。（马兰
 杨帆）
党建引领促振兴·产业篇
蒲城县柳河村：“支部+合作社”模式 带富一方百姓
安顺开展党员志愿服务 进社区活动昨日启动
责任编辑：王 丽
"""


def _articles(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, str | None, str]]:
    path = tmp_path / "p.txt"
    path.write_text(page, encoding="utf-8")
    return [(d.title, d.subtitle, d.byline, d.body[:8]) for d in process_page(path).drafts]


def test_three_reports_with_their_headlines_at_the_foot(tmp_path):
    got = _articles(tmp_path, PAGE)
    assert [(title, subtitle, byline) for title, subtitle, byline, _ in got] == [
        ("蒲城县柳河村：“支部+合作社”模式 带富一方百姓", "党建引领促振兴·产业篇", "渭南日报 记者 刘洋"),
        ("安顺开展党员志愿服务 进社区活动昨日启动", None, "本报记者 周明"),
        ("固原市原州区官厅镇青石村村委会院里热闹非凡", None, "马兰杨帆"),
    ]


def test_a_sentence_closed_by_its_credit_is_finished():
    assert _credited("额达到45万元。（马兰 杨帆）")
    assert _credited("入社区开展了环境整治活动。（本报记者 周明）")
    assert not _credited("额达到45万元（马兰 杨帆）")  # no sentence ends before the brackets
    assert not _credited("全村集体经济收入达到86万元。")  # no credit: ends_sentence's


def test_a_paragraph_naming_no_headlines_place_opens_nothing(tmp_path):
    # B's lead names no place of a headline at the foot: it stays with A (C still opens after B's credit)
    placeless = PAGE.replace("昨日，安顺市党员", "昨日，全市党员")
    got = _articles(tmp_path, placeless)
    assert len(got) == 2 and got[1][3].startswith("“今年分红")


def test_a_series_label_is_two_phrases_joined_by_a_middle_dot():
    assert _SERIES.match("党建引领促振兴·产业篇") and _SERIES.match("红色引擎·街巷有“治”理")
    assert not _SERIES.match("安顺开展党员志愿服务 进社区活动昨日启动")
    assert not _SERIES.match("蒲城县柳河村：“支部+合作社”模式")


def test_a_flush_note_naming_a_headlines_place_opens_nothing(tmp_path):
    # only an indented paragraph opens an article there: a flush `【作者简介】` line under A that names a headline's
    # place (蒲城县) stays A's (heldout9 q01 with no blank lines: the note became an article titled by the kicker)
    noted = PAGE.replace("2%。\n", "2%。\n【作者简介】刘洋，本报记者，长期关注蒲城县的乡村振兴。\n", 1)
    got = _articles(tmp_path, noted)
    assert len(got) == 3 and got[1][3].startswith("昨日，安顺市")
