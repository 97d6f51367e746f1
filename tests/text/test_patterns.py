import re

from builder.text.patterns import alternation


def test_alternation_puts_longer_words_first_so_they_win_over_their_prefix():
    pattern = alternation("服务 服务队 服务站\n  服务队 工作法")
    assert sorted(pattern.split("|")) == sorted(["服务", "服务队", "服务站", "工作法"])
    assert pattern.split("|")[-1] == "服务"
    assert re.match(pattern, "服务队开展活动").group(0) == "服务队"
