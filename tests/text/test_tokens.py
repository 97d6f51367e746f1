"""Tokenizer: user dictionary, filtering, caching, and rjieba = jieba on the seeds."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from builder.text import tokens
from builder.text.tokens import Tokenizer, get_tokenizer
from builder.util import paths
from tests.support.seed_articles import article, articles, raw_seed


@pytest.fixture(scope="module")
def tk() -> Tokenizer:
    return get_tokenizer()


def test_places_and_governance_terms_stay_whole(tk: Tokenizer) -> None:
    # 000: 六盘水市钟山区马戛村与贵阳市观山湖区宇虹社区的党建联建签约活动近日在观山湖区举行
    body = article("maga-yuhong-joint").body
    toks = tk.tokenize(body)
    assert "观山湖区" in toks
    assert "党建联建" in toks
    # 001: 持续完善街道“大工委”、社区“大党委”、网格党支部组织框架
    assert "网格党支部" in tk.tokenize(article("huimin-district").body)
    # 004: 整合“双报到”力量成立“自协委”13 个
    toks = tk.tokenize(article("tongzi-county").body)
    assert "双报到" in toks and "楼栋长" in toks
    # 002: 抓好“红色物业”建设
    assert "红色物业" in tk.tokenize(article("xigang-district").body)
    # 003: 新就业群体
    assert "新就业群体" in tk.tokenize(article("pingliang-city").body)


def test_place_names_do_not_cut_ordinary_words(tk: Tokenizer) -> None:
    # two-character names (和县, 城区) are not added: too many ordinary words contain them
    assert "和县" not in tk.places and all(len(p) >= 3 for p in tk.places)
    # 002: 山东省滨州市滨城区文汇社区领办合作社 (合作市 is a place in Gansu)
    assert "合作社" in tk.tokenize("山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训")
    # 000: 在易地搬迁安置社区，推动易搬后扶“三融入” (迁安市 is a place in Hebei)
    assert "迁安市" not in tk.tokenize("在易地搬迁安置社区，推动易搬后扶“三融入”")
    # 000: 贵州省黔东南州深化“组团式”党建服务，推动新兴领域群团组织应建尽建 (新兴县)
    assert "新兴领域" in tk.tokenize("推动新兴领域群团组织应建尽建")


def test_terms_drop_stopwords_numbers_and_single_characters(tk: Tokenizer) -> None:
    # 001: 建立街道“大工委”9个、社区“大党委”75个、网格党支部 226个 … 完成率达96.4%
    sentence = (
        "截至目前，已建立街道“大工委”9个、社区“大党委”75个、网格党支部 226个、党小组671个；完成率达96.4%"
    )
    got = tk.terms_of(sentence)
    assert "网格党支部" in got and "大工委" in got
    assert not any(t in got for t in ("截至目前", "9", "75", "226个", "96.4%", "个", "、"))
    assert all(len(t) >= 2 for t in got)
    # boilerplate is cut whole, then dropped
    boiler = "坚持党建引领基层治理，推动高质量发展，深入学习贯彻习近平总书记重要论述"
    assert tk.terms_of(boiler) == ()
    assert "党建引领" in tk.tokenize(boiler)


def test_chinese_numerals_are_not_terms(tk: Tokenizer) -> None:
    # 004: 实现全区非公企业党组织覆盖率、社会组织党组织覆盖率、党建指导员选派三个100%
    got = tk.terms_of("党建指导员选派三个100%，二三百件，两千名")
    assert "党建指导员" in got
    assert not any(t in got for t in ("三个", "100%", "两千名", "二三百件"))


def test_places_can_be_left_out(tk: Tokenizer) -> None:
    text = "贵阳市观山湖区宇虹社区党建联建"
    assert "观山湖区" in tk.terms_of(text)
    assert "观山湖区" not in tk.terms_of(text, places=False)
    assert "党建联建" in tk.terms_of(text, places=False)


def test_tokens_are_cached_by_content_hash(tk: Tokenizer) -> None:
    text = article("saihan-district").body
    first = tk.tokenize(text)
    assert tk.tokenize(text) is first
    assert tk.key(text) == tk.key(str(text))
    assert tk.key(text) != tk.key(text + "。")


def test_disk_cache_is_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = article("jinrun-community").body
    one = Tokenizer(cache_dir=tmp_path)
    expected = one.tokenize(text)
    one.close()
    assert (tmp_path / tokens.CACHE_FILE).is_file()
    two = Tokenizer(cache_dir=tmp_path)

    def boom(*_args: object) -> None:
        raise AssertionError("segmenter called although the text is cached on disk")

    monkeypatch.setattr(two, "_get_engine", boom)
    assert two.tokenize(text) == expected
    two.close()


def test_dictionary_change_changes_cache_key(tmp_path: Path) -> None:
    data = tmp_path / "_data"
    data.mkdir()
    (data / "terms.txt").write_text("# c\n网格党支部\n", encoding="utf-8")
    (data / "stopwords.txt").write_text("的\n", encoding="utf-8")
    a = Tokenizer(data)
    (data / "terms.txt").write_text("网格党支部\n院坝夜话会\n", encoding="utf-8")
    b = Tokenizer(data)
    assert a.fingerprint != b.fingerprint
    assert a.key("网格") != b.key("网格")


def test_get_tokenizer_is_one_per_process() -> None:
    assert get_tokenizer() is get_tokenizer()


def test_jieba_logging_is_silent(capsys: pytest.CaptureFixture[str]) -> None:
    Tokenizer(prefer_rust=False).tokenize("网格党支部")
    captured = capsys.readouterr()
    assert "Building prefix dict" not in captured.err + captured.out
    assert logging.getLogger("jieba").level >= logging.WARNING


def test_rjieba_tokens_identical_to_jieba_on_seeds() -> None:
    fast = Tokenizer(prefer_rust=True)
    slow = Tokenizer(prefer_rust=False)
    assert fast.engine_name == "rjieba" and slow.engine_name == "jieba"
    for key in ("000", "001", "002", "003", "004"):
        text = raw_seed(key)
        assert fast.tokenize(text) == slow.tokenize(text), key
    for item in articles():
        assert fast.tokenize(item.body) == slow.tokenize(item.body), item.key


def test_counting_in_worker_processes_gives_the_same_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.util import parallel

    texts = [a.body for a in articles()] * 2 + ["", "网格员"]

    def counted(workers: str) -> list[dict[str, float]]:
        monkeypatch.setenv("DIGEST_WORKERS", workers)
        fresh = Tokenizer(paths.default_data_dir())
        return [
            {fresh.term_text(i): c for i, c in zip(ids.tolist(), counts.tolist(), strict=True)}
            for ids, counts in fresh.term_counts_many(texts)
        ]

    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    one, two = counted("1"), counted("2")
    assert one == two
    assert one[-1] == {"网格员": 1.0} and one[-2] == {}
    fresh = Tokenizer(paths.default_data_dir())
    assert [fresh.term_text(i) for i in fresh.term_counts(texts[0])[0]] == list(one[0])


def test_the_data_folder_is_looked_for_once_within_data_dir_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ingest fixes the default tokenizer's folder per page (a stat per line join cost more than the
    join); outside the block content/_data is looked for again."""
    monkeypatch.chdir(tmp_path)
    with paths.data_dir_fixed() as fixed:
        assert fixed == paths.default_data_dir() != (tmp_path / "content" / "_data").resolve()
        (tmp_path / "content" / "_data").mkdir(parents=True)
        assert paths.default_data_dir() == fixed
    assert paths.default_data_dir() == (tmp_path / "content" / "_data").resolve()


def test_a_short_text_has_the_same_tokens_as_a_long_one_cut_alike(tk: Tokenizer) -> None:
    """Short texts (line-join windows) are cached by their text, long ones by hash: the same segmenter."""
    short = "村党支部书记把村民"
    assert len(short) <= tokens._SHORT_TEXT < len(short * 4)
    assert tk.tokenize(short) == tuple(tk._get_engine().cut(short))
    assert tk.tokenize(short * 4) == tuple(tk._get_engine().cut(short * 4))
    assert tk.tokenize(short) is tk.tokenize(short)
