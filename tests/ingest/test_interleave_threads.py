"""Two articles whose paragraphs the extraction interleaved under their two headlines printed together, split
into two threads by the words each headline names (real damaged page: heldout4 f05, 紫云 / 平江 sentences
taking turns under one ■ byline). Stacked headlines over one ordinary article (a kicker and its headline, a
page's two headlines over the first body) must be left alone: the seeds, the invented pages and the held-out
pages that have such a stretch."""

from dataclasses import replace
from pathlib import Path

import pytest

from builder.ingest.interleave import deinterleave
from builder.ingest.read import read_page
from builder.ingest.sidebyside import unfold_page
from builder.ingest.threads import _runs, _stretches, split_threads
from builder.ingest.units import classify_page
from builder.ingest.workers import data_dir_fixed, process_page

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
F05 = CORPUS / "heldout4" / "f05.txt"
ZIYUN = "紫云县苗寨“寨管家”管出新气象"
PINGJIANG = "平江县村级集体经济“破零”又“倍增”"


def _units(path: Path):
    with data_dir_fixed():
        return classify_page(unfold_page(read_page(path).text)[0])


def test_f05_sentences_taking_turns_become_two_articles():
    first, second = process_page(F05).drafts
    assert (first.title, first.byline) == (ZIYUN, "中共紫云县委组织部")
    assert first.body.startswith("安顺市紫云苗族布依族自治县在苗族村寨推行“寨管家”制度，由村党支部推选党员")
    assert "寨管家负责调解邻里纠纷、维护村寨环境、服务游客，每人联系农户15至20户。" in first.body
    assert first.body.strip().endswith("村寨刑事案件同比下降31%。")
    assert second.title == PINGJIANG
    assert second.byline is not None and "罗湘" in second.byline
    assert second.body.startswith("岳阳市平江县实施村级集体经济“强村计划”，由县乡两级党委")
    assert "县里设立专项资金3000万元，支持村集体发展油茶、酱干加工和乡村旅游。" in second.body
    assert second.body.strip().endswith("比上年增加97个。")
    assert "平江" not in first.body and "集体" not in first.body
    assert "寨管家" not in second.body and "紫云" not in second.body


def test_f05_split_keeps_every_line_once_and_each_thread_in_page_order():
    units = _units(F05)
    split = deinterleave(units)
    assert sorted(u.line for u in split) == sorted(u.line for u in units)
    second = next(i for i, u in enumerate(split) if u.text == PINGJIANG)
    assert split[0].kind == "headline" and split[second].opens
    for part in (split[:second], split[second:]):
        lines = [u.line for u in part if u.kind == "text"]
        assert lines == sorted(lines)


def _reordered(units, order):
    """f05 with its sentence runs printed in another order: the same real text, another layout."""
    (stretch,) = list(_stretches(units))
    runs = _runs(units[stretch.start : stretch.end])
    lines = [u for i in order for u in runs[i]]
    return units[: stretch.start] + lines + units[stretch.end :]


@pytest.mark.parametrize(
    "order",
    [
        (0, 2, 4, 1, 3, 5),  # all of 紫云, then all of 平江: one article naming two places, never split
        (0, 2, 1, 3, 5, 4),  # the threads change only twice
        (1, 0, 3, 2, 5, 4),  # the first sentence is not the first headline's
    ],
)
def test_runs_that_do_not_take_turns_are_not_split(order):
    units = _reordered(_units(F05), order)
    assert split_threads(units) is units


def test_a_run_naming_both_headlines_is_not_split():
    units = _units(F05)
    index = next(i for i, u in enumerate(units) if u.text.startswith("县里设立专项资金"))
    units[index] = replace(units[index], text="县里为寨管家设立专项资金3000万元，")
    assert split_threads(units) is units


def test_a_thread_ending_mid_sentence_is_not_split():
    units = _units(F05)
    last = max(i for i, u in enumerate(units) if u.kind == "text")
    units[last] = replace(units[last], text="上年增加97个，")
    assert split_threads(units) is units


_STACKED = [
    ROOT / "seeds" / "001_db21671502ac2f81.txt",
    ROOT / "seeds" / "004_c7ae20ac84cbe708.txt",
    CORPUS / "pages" / "c02.txt",
    CORPUS / "pages" / "c06.txt",  # kicker over headline, four sentence runs
    CORPUS / "pages" / "c13.txt",
    CORPUS / "pages" / "c18.txt",
    CORPUS / "heldout" / "h04.txt",
    CORPUS / "heldout2" / "d03.txt",
    CORPUS / "heldout2" / "d06.txt",
    CORPUS / "heldout2" / "d07.txt",
    CORPUS / "heldout3" / "e02.txt",
    CORPUS / "heldout4" / "f01.txt",  # both headlines on top, each body under its own byline
]


@pytest.mark.parametrize("page", _STACKED, ids=lambda p: p.name)
def test_stacked_headlines_over_one_article_are_left_alone(page):
    units = _units(page)
    assert list(_stretches(units)), "the page has two headlines together over text"
    assert split_threads(units) is units
