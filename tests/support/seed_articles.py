"""The seed pages cut into articles by hand, for the tests of tokens, themes, summary, keywords and related.

Each article is one or more spans of a seed file (between two markers that occur in the raw text), joined
the simple way: a line break inside a paragraph is removed, a blank line after a sentence end or a Markdown
heading starts a new paragraph, and the article's headings (given here) stand as their own paragraphs.
This is independent of the ingest stage on purpose, so these tests run before and whatever it becomes.

Title, themes, practices, region, level and parent come from the shared hand-made gold
(`tests/gold/seeds.yaml`, keyed "<seed file>#<part>").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from tests.support.repo import GOLD_SEEDS, SEEDS

FILES = {
    "000": "000_adb58d31f99fa87b.txt",
    "001": "001_db21671502ac2f81.txt",
    "002": "002_33c0154fcdf70155.txt",
    "003": "003_ddf7b3dbc49d759e.txt",
    "004": "004_c7ae20ac84cbe708.txt",
}


@dataclass(frozen=True)
class SeedArticle:
    key: str  # short name used in these tests
    gold_key: str  # "<seed file>#<part>" of tests/gold
    file: str
    title: str
    headings: tuple[str, ...]
    body: str
    themes: tuple[str, ...]  # gold: central themes
    themes_optional: tuple[str, ...]
    practices: tuple[str, ...]
    region: tuple[str | None, str | None, str | None]
    level: str | None
    parent: str | None  # gold key of the overview this is a part of
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


# short key, gold part ("000#2" = 000_….txt#2), spans [(start, end)], headings printed in the body
_TABLE: list[tuple] = [
    (
        "western-overview",
        "000#1",
        [
            ("基层党组织是党的全部工作和战斗力", "生动图景。"),
            ("党建融合中心工作\n", "盘棋”转变。"),
            ("党建引领新兴领域\n", "力”转变。"),
            ("党建引领民生服务\n", "生福祉。"),
            ("党建引领基层治理\n", "的“大合唱”转变。"),
        ],
        [
            "党建融合中心工作从“两张皮”到“一盘棋”",
            "党建引领新兴领域从“覆盖空白”到“组织凝聚”",
            "党建引领民生服务从“被动响应”到“主动作为”",
            "党建引领基层治理从“独角戏”到“大合唱”",
        ],
    ),
    (
        "hulunbuir-police-hospital",
        "000#2",
        [("为庆祝中国共产党成立 104 周年，深", "党和人民交出满意答卷。")],
        [],
    ),
    (
        "chengdu-tianfu-visit",
        "000#3",
        [("6 月 27 日，成都市委副书记", "效发展。")],
        [],
    ),
    (
        "panzhihua-agencies",
        "000#4",
        [("为庆祝中国共产党成立104周年，6月", "学赶超、奋力争先的浓厚氛围。")],
        [],
    ),
    (
        "qiandongnan-new-employment",
        "000#5",
        [("贵州省黔东南州深化“组团式”党建服", "助力企业高质量发展。")],
        [],
    ),
    (
        "maga-yuhong-joint",
        "000#6",
        [("在贵州省委社会工作部驻村工作队", "建创新提供了新思路。")],
        [],
    ),
    (
        "hongyazigou-women",
        "000#7",
        [("青海省海东市互助土族自治县红崖子", "美丽乡村贡\n献巾帼力量。")],
        [],
    ),
    (
        "qiandongnan-volunteer",
        "000#8",
        [("黔东南州出台《志愿服务三年提升行", "和覆盖面。")],
        [],
    ),
    (
        "huanghedonglu-street",
        "000#9",
        [("6月 27日，宁夏银川市金凤区黄河东", "福生活筑牢红色根基。")],
        [],
    ),
    (
        "qiandongnan-governance",
        "000#10",
        [("贵州省黔东南州雷山县达地水族乡", "为“思源社区”。")],
        [],
    ),
    (
        "huimin-district",
        "001#1",
        [("本报讯（记者 祁晓燕 通讯员 云静", "事项406件。")],
        [
            "组织创新融合，提升党组织覆盖面",
            "共驻共建共享，打破横向组织壁垒",
            "减负松绑办实事，提升群众满意度",
            "菜单式服务，小区治理居民说了算",
        ],
    ),
    (
        "saihan-district",
        "001#2",
        [("本报讯（记者 杨彩霞）", "治理新图景。")],
        [],
    ),
    (
        "jinrun-community",
        "001#3",
        [("本报讯（实习记者 赵宇昕）", "理提质增效。")],
        [],
    ),
    (
        "wantonglu-street",
        "001#4",
        [("本报讯（记者 刘沙沙）", "组织“火起\n来”。|\n\n本报讯")],
        ["持续发力，留住“两企三新”人才力量", "落实政策，助推“两企三新”经济发展"],
    ),
    (
        "saimachang-community",
        "001#5",
        [("本报讯（记者 祁晓燕 通讯员\n", "与服务保驾护航。")],
        [],
    ),
    (
        "shebiya-township",
        "001#6",
        [("本报讯（记者 高翠清 李海珍", "群众满意度进一步提升。")],
        ["立自治典范点燃群众参与引擎", "强产业根基筑牢群众自治基石", "创治理模式提升乡村治理能力"],
    ),
    (
        "xigang-district",
        "002#1",
        [("■中共大连市西岗区委组织部", "更好服务中心大局。")],
        [],
    ),
    (
        "kaili-city",
        "002#2",
        [("■中共凯里市委组织部", "推动城市基层治理提质增效。")],
        [],
    ),
    (
        "bincheng-district",
        "002#3",
        [("■中共滨州市滨城区委组织部", "开展健康义诊大集活动。")],
        [],
    ),
    (
        "pingliang-city",
        "003#1",
        [("探索建立“e网勤蜂”", "开展志愿服务610余次。")],
        ["见行见效 强化思想引领", "规范示范 创新管理模式", "用心用情 激发队伍活力"],
    ),
    (
        "dingxi-city",
        "003#2",
        [
            ("2024年，定西市聚焦加强党对社会工作", "为100个社区新补充社区工作者717人。"),
            ("定西市坚持和发展新时代“枫桥经验”", "同比增长51.3%、58.8%。"),
        ],
        [
            "党建领航，凝心聚力，助力社会工作行稳致远",
            "夯基固本，改革创新，基层治理效能明显提升",
            "凝聚群众，服务群众，构建共建共治共享新格局",
        ],
    ),
    (
        "guazhou-county",
        "003#3",
        [
            ("日前，走进瓜州县西湖镇中沟村", "钢架大棚为主的果"),
            ("优势转化为产业发展优势", "设施农业产业集群。"),
        ],
        [],
    ),
    (
        "jinchuan-secretary",
        "003#4",
        [("群众遇到急事、难事怎么办？", "区委“两新”工委书记任文涛说。")],
        [],
    ),
    (
        "maiji-district",
        "003#5",
        [("“宏源小区孙女士家楼上", "物业企业服务质量明显提升。”")],
        [],
    ),
    (
        "tongzi-county",
        "004#1",
        [("贵州省遵义市桐梓县以“党", "提升。|\n\n贵州省遵义市新蒲新区认")],
        [
            "健全“微网格”构建共建共治新体系",
            "激活“微细胞”创设下沉服务新模式",
            "注重“微服务”提升居民群众新生活",
            "强化“微管理”创新协同治理新机制",
        ],
    ),
    (
        "xinpu-district",
        "004#2",
        [("贵州省遵义市新蒲新区认", "合力共赢。")],
        ["党建引领构建现代化基层治理架构", "破解难题聚焦基层治理薄弱环节", "优化服务提升共建共治共享水平"],
    ),
    (
        "suiyang-county",
        "004#3",
        [
            ("近年来，贵州省遵义市绥阳", "部门报到”工作机"),
            ("制，社区党组织借力开展集中整", "闪光。"),
        ],
        [
            "不断增强党的组织覆盖持续延伸“红色脉络”",
            "不断深化网格治理模式持续建强“红色堡垒”",
            "不断凝聚共识协同发力持续激活“红色基因”",
        ],
    ),
]

_SENTENCE_END = "。！？”』）"


def _slice(raw: str, start: str, end: str) -> str:
    """From `start` to the end of `end`; in `end`, text after a `|` only anchors the match."""
    keep, _, anchor = end.partition("|")
    i = raw.index(start)
    j = raw.index(keep + anchor, i + len(start))
    return raw[i : j + len(keep)]


def join_lines(raw: str, headings: tuple[str, ...] = ()) -> str:
    """Undo the line breaks of a raw span: paragraphs separated by one blank line, headings on their own."""
    lines = [line.strip() for line in raw.replace("\r\n", "\n").split("\n")]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if line.startswith("#"):
            if current:
                paragraphs.append(current)
            paragraphs.append(line.lstrip("#").strip())
            current = ""
        elif not line:
            if current and current[-1] in _SENTENCE_END:
                paragraphs.append(current)
                current = ""
        else:
            current += line
    if current:
        paragraphs.append(current)
    text = "\n\n".join(p for p in paragraphs if p)
    text = re.sub(r"(?<=[\u4e00-\u9fff，。、]) +(?=[\u4e00-\u9fff])", "", text)
    for heading in headings:
        if heading in text:
            text = text.replace(heading, f"\n\n{heading}\n\n", 1)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _bold_headings(raw: str) -> list[str]:
    return [h for h in re.findall(r"\*\*(.+?)\*\*", raw) if len(h) <= 60]


@cache
def gold() -> dict[str, dict[str, Any]]:
    return yaml.safe_load(GOLD_SEEDS.read_text(encoding="utf-8"))


def gold_key(short: str) -> str:
    file_key, _, part = short.partition("#")
    return f"{FILES[file_key]}#{part}"


@cache
def articles() -> tuple[SeedArticle, ...]:
    out: list[SeedArticle] = []
    entries = gold()
    for key, short, spans, headings in _TABLE:
        g_key = gold_key(short)
        entry = entries[g_key]
        raw = raw_seed(short.split("#")[0])
        pieces = [_slice(raw, start, end) for start, end in spans]
        joined_raw = "\n\n".join(pieces)
        found = list(headings)
        found += [h for h in _bold_headings(joined_raw) if h not in found]
        found += [m.lstrip("#").strip() for m in re.findall(r"^#{2,}.+$", joined_raw, flags=re.M)]
        region = entry.get("region") or {}
        out.append(
            SeedArticle(
                key=key,
                gold_key=g_key,
                file=g_key.split("#")[0],
                title=str(entry["title"]),
                headings=tuple(h.replace("**", "") for h in found),
                body=join_lines(joined_raw, tuple(headings)),
                themes=tuple(entry.get("themes") or ()),
                themes_optional=tuple(entry.get("themes_optional") or ()),
                practices=tuple(str(p) for p in entry.get("practices") or ()),
                region=(region.get("province"), region.get("city"), region.get("county")),
                level=entry.get("level"),
                parent=entry.get("parent"),
                extra=entry,
            )
        )
    return tuple(out)


def article(key: str) -> SeedArticle:
    for item in articles():
        if key in (item.key, item.gold_key):
            return item
    raise KeyError(key)


def raw_seed(file_key: str) -> str:
    return (SEEDS / FILES[file_key]).read_text(encoding="utf-8")
