import os
import re
import subprocess
import sys
from pathlib import Path

import builder
from builder.text.patterns import alternation

_ROOT = str(Path(builder.__file__).resolve().parents[1])  # this checkout's code in the child processes


def test_alternation_puts_longer_words_first_so_they_win_over_their_prefix():
    pattern = alternation("服务 服务队 服务站\n  服务队 工作法")
    assert sorted(pattern.split("|")) == sorted(["服务", "服务队", "服务站", "工作法"])
    assert pattern.split("|")[-1] == "服务"
    assert re.match(pattern, "服务队开展活动").group(0) == "服务队"


def test_alternation_orders_words_of_one_length_by_the_words_themselves():
    # longest first, then by the words: the same text whatever the order of the list or of a set
    assert alternation("乙 丁丁 甲 丙") == "丁丁|丙|乙|甲"
    assert alternation("丙 甲 丁丁 乙") == "丁丁|丙|乙|甲"


def test_alternation_is_the_same_pattern_in_every_process():
    # a set's order follows PYTHONHASHSEED: a pattern's text must not
    code = (
        "from builder.text.patterns import alternation; print(alternation('"
        + " ".join("甲乙丙丁戊己庚辛壬癸")
        + "'))"
    )
    patterns = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": _ROOT},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert patterns == {"|".join(sorted("甲乙丙丁戊己庚辛壬癸")) + "\n"}
