"""A 评选结果 report (heldout36 p04's kind, sentences invented): the title a selection gives its winners, an honour's
words before the selection's (`“十佳案例”评选结果`, `“百佳案例”揭晓`), is no practice; the winners' named practices
listed after it stay practices."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_selection_title_is_no_practice():
    for honour in ("十佳案例", "百佳案例", "最美网格员", "十大品牌"):
        for selection in ("评选结果", "揭晓", "名单如下"):
            body = f"11月5日，青禾市公布社区治理“{honour}”{selection}，北湖区推行的“红色驿站”入选。"
            assert extract_practices("", body) == ["红色驿站"], (honour, selection)


def test_a_practice_named_before_a_selection_stays():
    body = "北湖区推行“楼道夜话”，还开展“红色驿站”评选。"
    assert "楼道夜话" in extract_practices("", body)
