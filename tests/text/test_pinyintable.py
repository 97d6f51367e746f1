"""The shipped pinyin table (builder/data/pinyin-table.txt.gz) reads names as pypinyin does, so that a build
need not import pypinyin: compared with pypinyin itself on the practice names, titles and places of the
committed content and the benchmark's seed pool, and on random text made of pypinyin's own phrases and
characters mixed with Latin letters, digits and punctuation."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.text import romanize
from builder.text.pinyintable import lazy_pinyin, read_table
from tests.support.repo import REPO_CONTENT, ROOT

pypinyin = pytest.importorskip("pypinyin")
TABLE = read_table()


def _pypinyin(text: str) -> list[str]:
    return pypinyin.lazy_pinyin(text, errors=lambda chars: [chars])


def test_the_table_is_the_installed_pypinyins() -> None:
    assert TABLE is not None
    assert TABLE.version == romanize.romanizer_version(), (
        "builder/data/pinyin-table.txt.gz was written from another pypinyin: run "
        "`.venv/bin/python -m builder.text.pinyintable` and commit it"
    )


def _real_names() -> set[str]:
    names: set[str] = set()
    for path in REPO_CONTENT.glob("*.md"):
        text = path.read_text(encoding="utf-8")
        for field in ("practices", "title", "region", "place"):
            for found in re.findall(rf"^\s*{field}: *\[?(.*?)\]?$", text, re.M):
                names.update(n.strip().strip("\"'") for n in found.split(","))
    pool = ROOT / "bench" / "data" / "seed_pool.json"
    if pool.exists():
        names.update(re.findall(r"[\u4e00-\u9fff][^\"\\\\,:]{1,30}", pool.read_text(encoding="utf-8")))
    return {unicodedata.normalize("NFKC", n) for n in names if n}


def test_real_names_read_as_pypinyin_reads_them() -> None:
    assert TABLE is not None
    names = _real_names()
    assert len(names) > 300
    differ = {
        n: (lazy_pinyin(TABLE, n), _pypinyin(n)) for n in names if lazy_pinyin(TABLE, n) != _pypinyin(n)
    }
    assert not differ


PHRASES = sorted(TABLE.phrases) if TABLE else [""]
CHARS = sorted(TABLE.chars) if TABLE else [""]
pieces = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(CHARS),
    st.sampled_from(["a", "Ab", "1", "+", " ", "·", "、", "〇", "\u3400", "\U00020000", "ぁ"]),
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=6).map("".join))
def test_random_text_reads_as_pypinyin_reads_it(text: str) -> None:
    assert TABLE is not None
    found = lazy_pinyin(TABLE, text)
    assert found is None or found == _pypinyin(text)


def test_slugs_need_no_pypinyin_import() -> None:
    code = (
        "import sys; from builder.text.romanize import assign_slugs, romanize_place;"
        "print(assign_slugs(['双报到', '红色物业', '1+N红蜂驿站', '网格+物业']), romanize_place('长阳土家族自治县'),"
        "'pypinyin' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split()[-1] == "False", out.stdout
    assert "shuang-bao-dao" in out.stdout and "changyang-county" in out.stdout


def test_without_the_table_pypinyin_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(romanize, "_TABLE", [None])
    monkeypatch.setattr(romanize, "_SLUGS", {})
    assert romanize.pinyin_slug("1+N红蜂驿站") == "1-n-hong-feng-yi-zhan"
    assert romanize.romanize_place("厦门市") == "xiamen-city"


def test_the_sorted_phrases_answer_as_the_prefix_line_and_dicts_did() -> None:
    """read_table keeps sorted lists, not dicts and the set of every prefix (0.07 s and 33 MB of a cold
    build): each lookup answers as they did, on every entry and on strings one character past a prefix."""
    import gzip

    from builder.text.pinyintable import SEP, TABLE_PATH

    assert TABLE is not None
    lines = gzip.decompress(TABLE_PATH.read_bytes()).decode("utf-8").split("\n")
    chars = dict(zip(lines[2], lines[3].split(" "), strict=True))
    phrases = dict(zip(lines[4].split(SEP), lines[5].split(SEP), strict=True))
    prefixes = set(lines[6].split(SEP))
    assert all(TABLE.chars.get(c) == r and c in TABLE.chars for c, r in chars.items())
    assert all(TABLE.phrases.get(p) == r and p in TABLE.phrases for p, r in phrases.items())
    assert all(TABLE.phrases.has_prefix(p) for p in prefixes)
    past = {p + c for p in sorted(prefixes)[::50] for c in lines[2][::997]}
    assert {p for p in past if TABLE.phrases.has_prefix(p)} == past & prefixes
    assert past - prefixes  # negatives were tried
    assert TABLE.chars.get("a") is None and "a" not in TABLE.chars and "红色" not in TABLE.chars
    assert TABLE.phrases.get("红色物业网格") is None and not TABLE.phrases.has_prefix("zz")
    assert sorted(TABLE.phrases) == sorted(phrases) and len(TABLE.chars) == len(chars)
