"""Reproducible ingest, and a bounded fuzz of normalize -> segment -> drafts.

Two `digest ingest` runs of the same seeds, in different folders, with different PYTHONHASHSEED, time zone,
locale, working folder and file-system order of the seeds, must write byte-identical content/ trees.

The fuzz feeds random text and mutated seed pages (lines deleted, duplicated, shuffled, split, blank lines,
continuation markers, captions, credits, bylines, doubled headlines, furniture inserted) through
`clean_text` -> `classify_page` -> `assemble` -> `segment` -> `drafts_from_articles`. It must never raise,
and no text may be lost:

* `classify_page` keeps every Chinese character of the page, except those of continuation markers
  (`（下转2版）`) and of the second half of a doubled headline (`回民区回民区：：…`);
* the drafts (titles, subtitles, bodies, bylines, captions) keep every Chinese character and every
  sentence mark (。！？) of the page's sentences, bylines, captions and photo credits. Headline-like lines
  (no sentence punctuation) may be dropped: a headline that matches no article is not text of any article.
* On the five clean seeds the stronger form holds: headings and every text line are kept too.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from builder.ingest.draft import drafts_from_articles, is_fragment
from builder.ingest.pagelines import BYLINE, CAPTION, CREDIT, HEADING, NUMBER, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.pipeline import ingest
from builder.ingest.read import clean_text
from builder.ingest.segment import segment
from builder.ingest.textrules import remove_continuation_markers, split_bold_doubled
from builder.ingest.units import classify_page
from builder.util.fs import atomic_write_bytes
from tests.support.fuzz import fuzz
from tests.support.repo import ROOT, SEEDS

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]

# ------------------------------------------------------------------------------------ reproducible runs


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _ingest(root: Path, *, reverse: bool, env: dict[str, str]) -> Path:
    """Copy the seeds (and the vocabularies) in the given order, then run `digest ingest` from `root`."""
    seeds, content = root / "seeds", root / "content"
    seeds.mkdir(parents=True)
    for path in sorted(SEEDS.glob("*.txt"), reverse=reverse):
        shutil.copy(path, seeds / path.name)
    (content / "_data").mkdir(parents=True)
    for path in sorted((ROOT / "content" / "_data").iterdir(), reverse=reverse):
        shutil.copy(path, content / "_data" / path.name)
    result = subprocess.run(
        [sys.executable, "-m", "builder", "ingest", "-q", "--seeds", "seeds", "--content", "content"],
        cwd=root,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return content


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, Path]:
    first = _ingest(
        tmp_path_factory.mktemp("a"),
        reverse=False,
        env={"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    )
    second = _ingest(
        tmp_path_factory.mktemp("b") / "deeper" / "路径 with space",
        reverse=True,
        env={"PYTHONHASHSEED": "4242", "TZ": "Asia/Shanghai", "LC_ALL": "C"},
    )
    return first, second


def test_two_ingests_write_byte_identical_trees(two_runs):
    first, second = (_tree(folder) for folder in two_runs)
    assert sorted(first) == sorted(second)
    assert len([name for name in first if name.endswith(".md")]) == 27
    for name in sorted(first):
        if first[name] != second[name]:
            diff = difflib.unified_diff(
                first[name].decode("utf-8", "replace").splitlines(),
                second[name].decode("utf-8", "replace").splitlines(),
                lineterm="",
            )
            pytest.fail(f"{name} differs:\n" + "\n".join(list(diff)[:40]))


def test_the_output_names_no_folder_and_no_clock(two_runs):
    for folder in two_runs:
        for name, data in _tree(folder).items():
            text = data.decode("utf-8")
            assert str(folder.parent) not in text, name
            assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:", text), name  # no timestamps of the run


def test_ingested_files_get_the_usual_permissions(two_runs):
    umask = os.umask(0)
    os.umask(umask)
    for path in sorted(two_runs[0].glob("*.md")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path.name


def test_a_new_file_gets_the_umask_and_a_replaced_file_keeps_its_mode(tmp_path):
    old_umask = os.umask(0o027)
    try:
        new = tmp_path / "new.md"
        assert atomic_write_bytes(new, b"a")
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
        edited = tmp_path / "edited.md"
        edited.write_bytes(b"old")
        edited.chmod(0o604)
        assert atomic_write_bytes(edited, b"new")
        assert edited.read_bytes() == b"new"
        assert stat.S_IMODE(edited.stat().st_mode) == 0o604
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    finally:
        os.umask(old_umask)


def test_an_editors_file_keeps_its_mode_when_ingest_updates_it(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    assert ingest(SEEDS, content).errors == []
    target = sorted(content.glob("*.md"))[0]
    target.write_text(target.read_text(encoding="utf-8").replace("\n---\n", "\n---\n\n", 1), encoding="utf-8")
    target.chmod(0o640)
    before = target.read_bytes()
    report = ingest(SEEDS, content)
    assert report.errors == [] and str(target) in report.updated
    assert target.read_bytes() != before
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# ------------------------------------------------------------------------------------------------- fuzz

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
SENTENCE_MARK = re.compile(r"[。！？]")
HAS_SENTENCE = re.compile(r"[。！？；!?;]")


def _chars(text: str | None) -> Counter[str]:
    text = text or ""
    return Counter(CJK.findall(text)) + Counter(SENTENCE_MARK.findall(text))


def run_pipeline(text: str):
    """normalize -> segment -> drafts, recording what each stage must keep."""
    page = clean_text(text)
    units = classify_page(page)
    kept_units = [(u.kind, u.text) for u in units]  # assemble() edits the units in place
    articles = segment(assemble(units))
    drafts, _unwritten = drafts_from_articles("page.txt", articles)
    # an article with no text of its own, or a fragment, is reported by ingest (page, line and the fragment's
    # text), not written: what it holds is accounted for by that warning, as a stand-in draft here
    reported = [
        SimpleNamespace(
            title=a.title or "", subtitle=a.subtitle, body=a.text, byline=a.byline,
            captions=[{"text": c.text, "credit": c.credit} for c in a.captions],
        )
        for a in articles
        if not a.paragraphs or is_fragment(a.paragraphs)
    ]  # fmt: skip
    return page, kept_units, drafts + reported if drafts else drafts


def classify_losses(page: str, units: list[tuple[str, str]]) -> Counter[str]:
    """Characters of the page that no unit holds, other than markers and doubled-headline halves."""
    noise: Counter[str] = Counter()
    previous = ""
    for line in page.split("\n"):
        stripped = line.strip()
        if stripped and stripped == previous and len(CJK.findall(stripped)) >= 8:
            noise += _chars(stripped)  # a line printed twice at a column break: one copy is read (ocrdamage)
        previous = stripped
        without = remove_continuation_markers(stripped)
        noise += _chars(stripped) - _chars(without)
        doubled = split_bold_doubled(without.strip())
        if doubled:
            noise += _chars(without) - _chars(doubled[0]) - _chars(doubled[1])
    held: Counter[str] = Counter()
    for _, text in units:
        held += _chars(text)
    return Counter(CJK.findall(page)) - noise - held


def _captions_of_empty_parts(units: list[tuple[str, str]]) -> set[int]:
    """Indexes of captions and credits in a numbered part (一、二…) that has no text of its own (they go to
    the neighbouring article, see test_a_caption_in_a_numbered_part_without_text_is_kept)."""
    if sum(kind == NUMBER for kind, _ in units) < 2:
        return set()
    found: set[int] = set()
    pending: list[int] | None = None
    for index, (kind, _) in enumerate(units):
        if kind == NUMBER:
            found.update(pending or [])
            pending = []
        elif kind in (TEXT, HEADING, BYLINE):
            pending = None
        elif kind in (CAPTION, CREDIT) and pending is not None:
            pending.append(index)
    found.update(pending or [])
    return found


def draft_losses(units: list[tuple[str, str]], drafts, strict: bool = False) -> Counter[str]:
    """Characters of sentences, bylines, captions and credits (strict: headings and all text too) that no
    draft holds. A page without drafts loses nothing silently: ingest reports it as skipped."""
    if not drafts:
        return Counter()
    need: Counter[str] = Counter()
    bylines: set[str] = set()
    for kind, text in units:
        if kind == BYLINE:
            credit = text.strip("（）() ")  # `（中共某市委组织部）` closing what `中共某市委组织部` opened
            if credit in bylines:
                continue  # a byline printed twice (bold-doubled, or again in brackets at the end) is one byline
            bylines.add(credit)
        sentence = kind == TEXT and (strict or HAS_SENTENCE.search(text))
        if kind in (BYLINE, CAPTION, CREDIT) or sentence or (strict and kind == HEADING):
            need += _chars(text)
    have: Counter[str] = Counter()
    for draft in drafts:
        have += _chars(draft.title) + _chars(draft.subtitle) + _chars(draft.body) + _chars(draft.byline)
        for caption in draft.captions:
            have += _chars(caption["text"]) + _chars(caption["credit"])
    return need - have


@pytest.mark.parametrize("index", range(len(SEED_TEXTS)))
def test_the_clean_seeds_lose_no_text_at_all(index):
    page, units, drafts = run_pipeline(SEED_TEXTS[index])
    assert classify_losses(page, units) == Counter()
    assert draft_losses(units, drafts, strict=True) == Counter()


INSERTS = [
    "（下转2版）",
    "（上接第1版）",
    "△ 图为回民区网格员入户走访群众。",
    "（图片由回民区委组织部提供）",
    "记者 张三 摄",
    "回民区回民区：：以组织力以组织力引领城市引领城市基层治理基层治理",
    "本报记者 李四",
    "■中共凯里市委组织部",
    "一",
    "二、",
    "——平凉市多举措推进基层治理",
    "党旗领航",
    "基",
    "层",
    "**完善工作机制。**西岗区推进党建。",
    "**着眼提质增效，以提升执行力为重点**",
    "## 小标题",
    "本报讯（记者 王五 通讯员 赵六）近年来，某区推进治理。",
    "2025年6月27日 星期五",
    "责任编辑：张三",
    "第5版",
    "新 时 代 党 建 工 作",
    "   ",
]


@st.composite
def mutated_pages(draw) -> str:
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["delete", "duplicate", "shuffle", "blank", "insert", "split", "join"]))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "shuffle":
            window = lines[i : i + draw(st.integers(2, 6))]
            lines[i : i + len(window)] = draw(st.permutations(window))
        elif op == "blank":
            lines.insert(i, "")
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(INSERTS)))
        elif op == "split":
            cut = draw(st.integers(0, len(lines[i])))
            lines[i : i + 1] = [lines[i][:cut], lines[i][cut:]]
        elif op == "join" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + lines[i + 1]]
    return "\n".join(lines)


ALPHABET = st.sampled_from(
    list("回民区党建网格社区治理新业态的一二三十")
    + list("。，、：；！？“”（）《》——…·")
    + list("0123456789%")
    + list("*#△■●—- \n\u3000\t")
    + ["**", "## ", "本报讯", "记者", "通讯员", "（下转2版）", "摄", "由", "提供"]
)
random_pages = st.lists(ALPHABET, max_size=400).map("".join)


def check_random_text(text: str) -> None:
    page, units, drafts = run_pipeline(text)
    assert classify_losses(page, units) == Counter()
    assert draft_losses(units, drafts) == Counter()


def check_mutated_page(text: str) -> None:
    page, units, drafts = run_pipeline(text)
    assert classify_losses(page, units) == Counter()
    assert draft_losses(units, drafts) == Counter()
    drafts = [d for d in drafts if not isinstance(d, SimpleNamespace)]  # the written ones
    assert [d.part for d in drafts] == list(range(1, len(drafts) + 1))
    for draft in drafts:
        assert draft.body.endswith("\n")
        assert draft.parent_part is None or 1 <= draft.parent_part <= len(drafts)


@fuzz(300)
@given(random_pages)
@example("")
@example("\n\n\n")
@example("**")
@example("一\n二\n三")
@example("本报讯")
@example("△")
@example("△回")
@example("回民区回民区：：")
def test_random_text_never_raises_and_loses_no_sentence(text):
    check_random_text(text)


@fuzz(30)
@given(mutated_pages())
def test_mutated_pages_never_raise_and_lose_no_sentence(text):
    check_mutated_page(text)


@pytest.mark.slow
@fuzz(2000)
@given(random_pages)
def test_random_text_at_length(text):
    check_random_text(text)


@pytest.mark.slow
@fuzz(1000)
@given(mutated_pages())
def test_mutated_pages_at_length(text):
    check_mutated_page(text)


@pytest.mark.parametrize(
    ("page", "caption"),
    [
        ("一\n回民区推进网格化治理。\n二\n△图为回民区网格员入户走访。\n三\n赛罕区推进治理。", "入户走访"),
        ("一\n\n回民区推进网格化治理。\n\n一\n\n舟曲县立节镇供图", "舟曲县立节镇"),
    ],
    ids=["caption-between-parts", "credit-after-the-last-part"],
)
def test_a_caption_in_a_numbered_part_without_text_is_kept(page, caption):
    _, units, drafts = run_pipeline(page)
    assert _captions_of_empty_parts(units)
    assert caption in "".join(c["text"] + (c["credit"] or "") for d in drafts for c in d.captions)


SEED_000 = (SEEDS / "000_adb58d31f99fa87b.txt").read_text(encoding="utf-8")
SEED_003 = (SEEDS / "003_ddf7b3dbc49d759e.txt").read_text(encoding="utf-8")
CAPTION_003 = "△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。"  # printed in seed 003
CREDIT_003 = "舟曲县立节镇供图"  # printed in seed 003


def test_a_caption_in_an_empty_part_of_a_seed_goes_to_the_part_before():
    assert CAPTION_003 in SEED_003 and SEED_000.count("\n二\n") >= 1
    page = SEED_000.replace("\n二\n", f"\n二\n\n{CAPTION_003}\n\n二\n", 1)
    _, units, drafts = run_pipeline(page)
    assert _captions_of_empty_parts(units)
    assert [d.title for d in drafts] == [d.title for d in run_pipeline(SEED_000)[2]]
    assert drafts[1].title.startswith("呼伦贝尔市公安局")
    assert drafts[1].captions[-1]["text"] == "崆峒区外卖小哥送餐间隙在暖“新”驿站休息。"
    assert not draft_losses(units, drafts)


def test_a_credit_in_an_empty_last_part_of_a_seed_goes_to_the_last_article():
    assert CREDIT_003 in SEED_003
    page = SEED_000.rstrip("\n") + f"\n\n三\n\n{CREDIT_003}\n"
    _, units, drafts = run_pipeline(page)
    assert _captions_of_empty_parts(units)
    assert len(drafts) == len(run_pipeline(SEED_000)[2])
    assert CREDIT_003 in (drafts[-1].captions[-1]["text"], drafts[-1].captions[-1]["credit"])


def test_parts_of_an_overview_without_text_of_its_own_have_no_parent():
    """Seed 000 from its first numbered part to the next section: the overview is only its numbered parts,
    so nothing is written for it and no part may name itself (or a neighbour) as its parent."""
    lines = SEED_000.split("\n")
    assert lines[22] == "一" and lines[164].startswith("党建引领新兴领域")
    _, _, drafts = run_pipeline("\n".join(lines[22:163]))
    assert [d.title[:6] for d in drafts] == ["呼伦贝尔市公", "成都市委副书", "攀枝花市：党"]
    assert [d.parent_part for d in drafts] == [None, None, None]
    _, _, whole = run_pipeline(SEED_000)
    assert {d.parent_part for d in whole[1:]} == {1}
