"""Real R32 p3's kind (issue 14; sentences invented): an honour given by a place named between the verb and the
quote (`被评为了某某市某某区“…”和“…”`, `荣获省级“…”`) is a title of honour, no practice, as it is with the verb
right before the quote; the place can run past the few characters the verb is looked for in. A quote after a verb
of doing and a place (`在某某区推行“…”`) stays a practice, and so does one after 社区 (no place that honours)."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_an_honour_a_place_gave_named_between_verb_and_quote_is_no_practice():
    for given in ("被评为了柳州市城中区", "荣获了桂林市", "获评省级", "被评为全国"):
        for honours in ("“见义勇为市民”和“广西好人”", "“先锋调解室”和“五星支部”"):
            body = f"老李多次调解邻里纠纷，他所在的调解室{given}{honours}。社区推行“三步调解法”。"
            assert extract_practices("", body) == ["三步调解法"], (given, honours)


def test_a_quote_after_a_verb_of_doing_and_a_place_stays_a_practice():
    body = "该街道在柳州市城中区推行“红色管家”，还在社区推广“楼栋议事会”。"
    assert extract_practices("", body) == ["红色管家", "楼栋议事会"]
