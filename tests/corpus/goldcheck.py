"""Check the invented corpus's gold against its raw pages: every quoted string must be printed on its page.

A quote may run over hard line wraps, and over whole lines of something else printed in between (a caption
dropped into a sentence, the other column of an interleaved page); whitespace and bold markers are ignored.
Each metric's value must be one of the numbers its quote prints. Run `python -m tests.corpus.goldcheck` for the
first invented set, or `python -m tests.corpus.goldcheck --pages DIR --gold FILE` for any other; the exit status is 1
when a string is not printed.
"""

from __future__ import annotations

import argparse
import codecs
import re
import sys
from pathlib import Path

import yaml

from builder.extract.chinesenumerals import chinese_to_number

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "gold.yaml"
_MAX_SKIPPED_LINES = 12
# a numeral in Chinese characters (not after digits: 1.4万, 220余万 are the digits' to read)
_CN_NUMERAL = re.compile(r"(?<![\d.余多])[零〇○一二两三四五六七八九十百千万亿几数上]+")
_CN_SHARE = {"一半": 50, "三成": 30, "四成": 40, "五成": 50, "六成": 60, "七成": 70, "八成": 80, "九成": 90}


def page_text(path: Path) -> str:
    """The page's text, whatever its encoding (UTF-16 with BOM, UTF-8, GBK) and line ends."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gbk")
    return text.replace("\r\n", "\n")


def _squash(text: str) -> str:
    return re.sub(r"[\s*]", "", text)


def page_lines(text: str) -> list[str]:
    return [line for line in (_squash(x) for x in text.split("\n")) if line]


def _match_from(quote: str, lines: list[str], i: int, pos: int) -> bool:
    line = lines[i][pos:]
    n = 0
    while n < len(quote) and n < len(line) and quote[n] == line[n]:
        n += 1
    if n == len(quote):
        return True
    if n < len(line) or n == 0:
        return False
    rest = quote[n:]
    stop = min(len(lines), i + 2 + _MAX_SKIPPED_LINES)
    return any(_match_from(rest, lines, j, 0) for j in range(i + 1, stop))


def occurs(quote: str, lines: list[str]) -> bool:
    """`quote` is printed in `lines`, allowing wraps and whole foreign lines in between."""
    q = _squash(quote)
    for i, line in enumerate(lines):
        pos = line.find(q[0])
        while pos != -1:
            if _match_from(q, lines, i, pos):
                return True
            pos = line.find(q[0], pos + 1)
    return False


def quote_values(quote: str) -> set[float]:
    """Every value the quote can be read as printing (万/亿 multiplied out, 成 and 一半 as percentages; a
    thousands separator read as printed: `2,316家`; a numeral in Chinese characters as the extractor reads it,
    `chinesenumerals.chinese_to_number`: 三个 -> 3, 十二名 -> 12, 两千余人 -> 2000)."""
    values: set[float] = set()
    quote = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", quote)
    for number, scale in re.findall(r"(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(万|亿|成)?", quote):
        factor = {"万": 10_000, "亿": 100_000_000, "成": 10}.get(scale, 1)
        values.add(round(float(number) * factor, 6))
    values |= {float(v) for word, v in _CN_SHARE.items() if word in quote}
    for run in _CN_NUMERAL.findall(quote):
        read = chinese_to_number(run)
        if read is not None:
            values.add(float(read[0]))
    return values


def problems(pages: Path | None = None, gold_file: Path | None = None) -> list[str]:
    """What the gold quotes that `pages` do not print (the module's PAGES and GOLD when not given)."""
    pages, gold_file = pages or PAGES, gold_file or GOLD
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    found: list[str] = []
    cache: dict[str, list[str]] = {}
    for key, g in gold.items():
        page = key.split("#")[0]
        if page not in cache:
            cache[page] = page_lines(page_text(pages / page))
        lines = cache[page]
        quoted = [g["first_sentence"], g["last_sentence"], *(g.get("practices") or [])]
        quoted += [x for x in (g.get("byline"), g.get("subtitle")) if x]
        for caption in g.get("captions") or []:
            quoted += [x for x in (caption["text"], caption["credit"]) if x]
        quoted += [m["quote"] for m in (g.get("metrics") or []) + (g.get("metrics_optional") or [])]
        quoted += [p for p in g.get("practices_optional") or []]
        title = g["title"]
        if not occurs(title, lines) and not occurs(" ".join(title), lines):
            doubled = "".join(run * 2 for run in re.findall(r"[\u4e00-\u9fffA-Za-z0-9]+|.", _squash(title)))
            if not occurs(doubled, lines):
                found.append(f"{key}: title not printed: {title}")
        found += [f"{key}: not printed: {q}" for q in quoted if not occurs(q, lines)]
        for m in (g.get("metrics") or []) + (g.get("metrics_optional") or []):
            if round(float(m["value"]), 6) not in quote_values(m["quote"]):
                found.append(f"{key}: value {m['value']} not in quote {m['quote']}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a gold file's quoted strings against its raw pages.")
    parser.add_argument("--pages", type=Path, default=PAGES, help="the folder of raw pages")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the gold YAML file")
    args = parser.parse_args(argv)
    for path in (args.pages, args.gold):
        if not path.exists():
            parser.error(f"{path}: no such file or folder")
    issues = problems(args.pages, args.gold)
    print("\n".join(issues) or f"{args.gold}: gold is consistent with the pages")
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
