"""The seed pages cut into articles by hand, for the tests of tokens, themes, summary, keywords and related.

Each article is one or more spans of a seed file (between two markers that occur in the raw text), joined
the simple way: a line break inside a paragraph is removed, a blank line after a sentence end or a Markdown
heading starts a new paragraph, and the article's headings (given here) stand as their own paragraphs.
This is independent of the ingest stage on purpose, so these tests run before and whatever it becomes.

`themes` are the themes a careful reader would call central (the development labels of these tests; the
shared gold file in tests/gold/ is the acceptance measure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FILES = {
    "000": "000_adb58d31f99fa87b.txt",
    "001": "001_db21671502ac2f81.txt",
    "002": "002_33c0154fcdf70155.txt",
    "003": "003_ddf7b3dbc49d759e.txt",
    "004": "004_c7ae20ac84cbe708.txt",
}


@dataclass(frozen=True)
class SeedArticle:
    key: str
    file: str
    title: str
    headings: tuple[str, ...]
    body: str
    themes: tuple[str, ...]
    region: str  # province/city/county path, for the related tests
    level: str
    parent: str | None = None


# key, file, title, spans [(start, end)], headings, themes, region, level, parent
_TABLE: list[tuple] = [
    (
        "hulunbuir-police-hospital",
        "000",
        "呼伦贝尔市公安局党委携手市第四人民医院党委开展爱警暖警活动",
        [("为庆祝中国共产党成立 104 周年，深", "党和人民交出满意答卷。")],
        [],
        ("joint-building",),
        "内蒙古自治区/呼伦贝尔市/",
        "city",
        "western-overview",
    ),
    (
        "chengdu-tianfu-visit",
        "000",
        "成都市长赴四川天府新区调研社区基层治理和科技创新",
        [("6 月 27 日，成都市委副书记", "效发展。")],
        [],
        ("burden-reduction", "livelihood-services"),
        "四川省/成都市/天府新区",
        "county",
        "western-overview",
    ),
    (
        "panzhihua-agencies",
        "000",
        "攀枝花市市直机关党组织开展主题党日示范活动",
        [("为庆祝中国共产党成立104周年，6月", "学赶超、奋力争先的浓厚氛围。")],
        [],
        ("agency-party-building", "member-management"),
        "四川省/攀枝花市/",
        "city",
        "western-overview",
    ),
    (
        "qiandongnan-new-employment",
        "000",
        "黔东南州深化“组团式”党建服务 开展新就业群体“暖蜂行动”",
        [("贵州省黔东南州深化“组团式”党建服", "助力企业高质量发展。")],
        [],
        ("new-employment-groups", "emerging-sectors"),
        "贵州省/黔东南苗族侗族自治州/",
        "city",
        "western-overview",
    ),
    (
        "maga-yuhong-joint",
        "000",
        "马戛村与宇虹社区党建联建签约",
        [("在贵州省委社会工作部驻村工作队", "建创新提供了新思路。")],
        [],
        ("joint-building", "rural-revitalization"),
        "贵州省/贵阳市/观山湖区",
        "community",
        "western-overview",
    ),
    (
        "hongyazigou-women",
        "000",
        "红崖子沟乡推行“党建+妇建”工作法",
        [("青海省海东市互助土族自治县红崖子", "美丽乡村贡\n献巾帼力量。")],
        [],
        ("women-work", "volunteer-service"),
        "青海省/海东市/互助土族自治县",
        "township",
        "western-overview",
    ),
    (
        "qiandongnan-volunteer",
        "000",
        "黔东南州出台志愿服务三年提升行动工作方案",
        [("黔东南州出台《志愿服务三年提升行", "和覆盖面。")],
        [],
        ("volunteer-service",),
        "贵州省/黔东南苗族侗族自治州/",
        "city",
        "western-overview",
    ),
    (
        "huanghedonglu-street",
        "000",
        "黄河东路街道为小区党支部授流动红旗",
        [("6月 27日，宁夏银川市金凤区黄河东", "福生活筑牢红色根基。")],
        [],
        ("volunteer-service", "consultative-self-governance"),
        "宁夏回族自治区/银川市/金凤区",
        "township",
        "western-overview",
    ),
    (
        "qiandongnan-governance",
        "000",
        "黔东南州以“黔进先锋·贵在行动”为总载体推进基层治理",
        [("贵州省黔东南州雷山县达地水族乡", "为“思源社区”。")],
        [],
        ("burden-reduction", "community-workforce", "relocation-communities", "red-property"),
        "贵州省/黔东南苗族侗族自治州/",
        "city",
        "western-overview",
    ),
    (
        "huimin-district",
        "001",
        "回民区：以组织力引领城市基层治理现代化",
        [("本报讯（记者 祁晓燕 通讯员 云静", "事项406件。")],
        [
            "组织创新融合，提升党组织覆盖面",
            "共驻共建共享，打破横向组织壁垒",
            "减负松绑办实事，提升群众满意度",
            "菜单式服务，小区治理居民说了算",
        ],
        ("grid-governance", "joint-building", "burden-reduction"),
        "内蒙古自治区/呼和浩特市/回民区",
        "county",
        None,
    ),
    (
        "saihan-district",
        "001",
        "赛罕区：燃“新”“新”之火 谱共治“新”篇",
        [("本报讯（记者 杨彩霞）", "治理新图景。")],
        [],
        ("new-employment-groups",),
        "内蒙古自治区/呼和浩特市/赛罕区",
        "county",
        None,
    ),
    (
        "jinrun-community",
        "001",
        "“她”力量促进基层治理提质增效",
        [("本报讯（实习记者 赵宇昕）", "理提质增效。")],
        [],
        ("women-work",),
        "内蒙古自治区/呼和浩特市/土默特左旗",
        "community",
        None,
    ),
    (
        "wantonglu-street",
        "001",
        "万通路街道探索深化“两企三新”党建新模式",
        [("本报讯（记者 刘沙沙）", "组织“火起\n来”。|\n\n本报讯")],
        ["持续发力，留住“两企三新”人才力量", "落实政策，助推“两企三新”经济发展"],
        ("emerging-sectors", "new-employment-groups"),
        "内蒙古自治区/呼和浩特市/新城区",
        "township",
        None,
    ),
    (
        "saimachang-community",
        "001",
        "创新居务监督 让社区治理更阳光",
        [("本报讯（记者 祁晓燕 通讯员\n", "与服务保驾护航。")],
        [],
        ("consultative-self-governance",),
        "内蒙古自治区/呼和浩特市/回民区",
        "community",
        None,
    ),
    (
        "shebiya-township",
        "001",
        "党建“执笔”绘乡村治理新画卷",
        [("本报讯（记者 高翠清 李海珍", "群众满意度进一步提升。")],
        ["立自治典范点燃群众参与引擎", "强产业根基筑牢群众自治基石", "创治理模式提升乡村治理能力"],
        ("consultative-self-governance", "rural-revitalization", "dispute-resolution"),
        "内蒙古自治区/呼和浩特市/和林格尔县",
        "township",
        None,
    ),
    (
        "xigang-district",
        "002",
        "辽宁省大连市西岗区：以“三个着眼”严密党的组织体系建设",
        [("■中共大连市西岗区委组织部", "更好服务中心大局。")],
        [],
        ("organization-system", "grid-governance", "emerging-sectors", "new-employment-groups"),
        "辽宁省/大连市/西岗区",
        "county",
        None,
    ),
    (
        "kaili-city",
        "002",
        "贵州省凯里市：“四融四新”提升城市基层治理效能",
        [("■中共凯里市委组织部", "推动城市基层治理提质增效。")],
        [],
        ("grid-governance", "red-property", "digital-governance", "new-employment-groups"),
        "贵州省/黔东南苗族侗族自治州/凯里市",
        "county",
        None,
    ),
    (
        "bincheng-district",
        "002",
        "山东省滨州市滨城区：用好既有治理体系 深挖潜在治理能力",
        [("■中共滨州市滨城区委组织部", "开展健康义诊大集活动。")],
        [],
        ("organization-system", "red-property", "consultative-self-governance"),
        "山东省/滨州市/滨城区",
        "county",
        None,
    ),
    (
        "pingliang-city",
        "003",
        "凝聚党群合力 激活基层治理——平凉市多举措抓实新兴领域党员队伍建设",
        [("探索建立“e网勤蜂”", "开展志愿服务610余次。")],
        ["见行见效 强化思想引领", "规范示范 创新管理模式", "用心用情 激发队伍活力"],
        ("new-employment-groups", "member-management", "emerging-sectors"),
        "甘肃省/平凉市/",
        "city",
        None,
    ),
    (
        "dingxi-city",
        "003",
        "定西：党建“一根针”串起“千条线”",
        [
            ("2024年，定西市聚焦加强党对社会工作", "为100个社区新补充社区工作者717人。"),
            ("定西市坚持和发展新时代“枫桥经验”", "同比增长51.3%、58.8%。"),
        ],
        [
            "党建领航，凝心聚力，助力社会工作行稳致远",
            "夯基固本，改革创新，基层治理效能明显提升",
            "凝聚群众，服务群众，构建共建共治共享新格局",
        ],
        ("emerging-sectors", "burden-reduction", "volunteer-service", "dispute-resolution"),
        "甘肃省/定西市/",
        "city",
        None,
    ),
    (
        "guazhou-county",
        "003",
        "瓜州：党建引领添活力 温室大棚春意浓",
        [
            ("日前，走进瓜州县西湖镇中沟村", "钢架大棚为主的果"),
            ("优势转化为产业发展优势", "设施农业产业集群。"),
        ],
        [],
        ("rural-revitalization",),
        "甘肃省/酒泉市/瓜州县",
        "county",
        None,
    ),
    (
        "jinchuan-secretary",
        "003",
        "金川区推行“有事找书记”工作机制",
        [("群众遇到急事、难事怎么办？", "区委“两新”工委书记任文涛说。")],
        [],
        ("dispute-resolution",),
        "甘肃省/金昌市/金川区",
        "county",
        None,
    ),
    (
        "maiji-district",
        "003",
        "党建引领提升基层治理效能——天水市麦积区",
        [("“宏源小区孙女士家楼上", "物业企业服务质量明显提升。”")],
        [],
        ("grid-governance", "red-property", "dual-reporting"),
        "甘肃省/天水市/麦积区",
        "county",
        None,
    ),
    (
        "tongzi-county",
        "004",
        "桐梓县：微处着手抓治理 实处发力解难题",
        [("贵州省遵义市桐梓县以“党", "提升。|\n\n贵州省遵义市新蒲新区认")],
        [
            "健全“微网格”构建共建共治新体系",
            "激活“微细胞”创设下沉服务新模式",
            "注重“微服务”提升居民群众新生活",
            "强化“微管理”创新协同治理新机制",
        ],
        ("grid-governance", "dual-reporting", "volunteer-service"),
        "贵州省/遵义市/桐梓县",
        "county",
        None,
    ),
    (
        "xinpu-district",
        "004",
        "新蒲新区：党旗高扬聚合力 夯基固本促发展",
        [("贵州省遵义市新蒲新区认", "合力共赢。")],
        ["党建引领构建现代化基层治理架构", "破解难题聚焦基层治理薄弱环节", "优化服务提升共建共治共享水平"],
        ("organization-system", "grid-governance", "red-property", "emerging-sectors"),
        "贵州省/遵义市/新蒲新区",
        "county",
        None,
    ),
    (
        "suiyang-county",
        "004",
        "绥阳县：党建引领打造融合发展“同心圆”",
        [
            ("近年来，贵州省遵义市绥阳", "部门报到”工作机"),
            ("制，社区党组织借力开展集中整", "闪光。"),
        ],
        [
            "不断增强党的组织覆盖持续延伸“红色脉络”",
            "不断深化网格治理模式持续建强“红色堡垒”",
            "不断凝聚共识协同发力持续激活“红色基因”",
        ],
        ("emerging-sectors", "grid-governance", "dual-reporting"),
        "贵州省/遵义市/绥阳县",
        "county",
        None,
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
def articles() -> tuple[SeedArticle, ...]:
    out: list[SeedArticle] = []
    for key, file_key, title, spans, headings, themes, region, level, parent in _TABLE:
        raw = (SEEDS / FILES[file_key]).read_text(encoding="utf-8")
        pieces = [_slice(raw, start, end) for start, end in spans]
        joined_raw = "\n\n".join(pieces)
        found = list(headings)
        found += [h for h in _bold_headings(joined_raw) if h not in found]
        found += [m.lstrip("#").strip() for m in re.findall(r"^#{2,}.+$", joined_raw, flags=re.M)]
        body = join_lines(joined_raw, tuple(headings))
        out.append(
            SeedArticle(
                key,
                FILES[file_key],
                title,
                tuple(h.replace("**", "") for h in found),
                body,
                tuple(themes),
                region,
                level,
                parent,
            )
        )
    return tuple(out)


def article(key: str) -> SeedArticle:
    for item in articles():
        if item.key == key:
            return item
    raise KeyError(key)


def raw_seed(file_key: str) -> str:
    return (SEEDS / FILES[file_key]).read_text(encoding="utf-8")
