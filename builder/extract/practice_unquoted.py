"""Named practices printed without quotes (practices.py reads the quoted ones): `unquoted_practices(text)`.

The paper often quotes a brand once, or never, and then names it bare: 在城区47家暖新驿站里 … 将暖新驿站建设纳入…,
推行积分制管理. A bare string is a name when the text treats it as one:

- it ends like a brand (驿站, 议事厅, 工作法, 服务队, 联盟, 工作室, 调解室, 帮帮团, 小分队, 服务网 …: `BRAND_ENDS`) and
  recurs: the same two to four characters before the ending, printed at least twice in the headline and body
  (quote marks ignored: 暖“新”驿站 is 暖新驿站); the longest such run is the name, without the words that stand
  before names (在, 将, 的, a count and its classifier 47家, a verb of doing);
- or it is set up: a verb of doing right before it (推行, 打造, 创建, 设立, 成立 … with 了/出), once is enough: 打造红色
  议事厅; 推行积分制管理 (a system in -制: 积分制, the 管理 after it is how it is run); not when a count follows
  it (设立积分兑换超市42家: so many of a kind, printed once, are what was built, not a brand); a count of batches
  may stand between the verb and the name (组建四批尕布龙绿色志愿服务队: names of up to seven characters before the
  ending).
- or it is a model or system put in place: 推行/推广/实行 (the 的 after them allowed) and three to six characters
  before 模式 or 制度 (推行的红色物业模式 -> 红色物业, 推行志愿积分制度 -> 志愿积分; not 探索资本运营模式: a way of
  doing explored, no name).

- or the headline's subject, ending as a brand, a tool or a body does (…平台, …地图, …合作社), printed twice again in
  the body (`headline_names`: 网格地图助力基层精准治理 … 社区网格地图 … 3张网格地图), generic words allowed there;
  once is enough after a verb of using or doing (利用协商议事平台 街道为群众解难题).

Never a name: a generic noun, whose part before the ending is only words every such unit has (党员, 志愿, 社区,
党群, 便民, 爱心, the care it gives: 社区养老驿站, a size: 党员志愿服务队, 小驿站; the peoples it is formed of: 多民族志愿服务队, 各族青年服务队); a place's unit (青阳县驿站, 和平路街道议事厅); a process in -化
(网格化管理); a string of the editable stopword list; the name of a party branch (…红色物业联盟党支部: an
organisation, whose name the branch's brand ending only starts).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from builder.extract.practice_signs import DOING, QUOTE_MARKS
from builder.places.gazetteer import gazetteer
from builder.text.numerals import COUNT_NUMERALS, COUNTS_TO_TEN
from builder.text.patterns import alternation

__all__ = ["BRAND_ENDS", "headline_names", "unquoted_practices"]

BRAND_ENDS = alternation(
    """驿站 议事厅 议事堂 议事角 工作法 服务队 志愿队 联盟 工作室 调解室 帮帮团 服务团 调解团 小分队 服务网 会客厅
    夜校 说事点 讲习所 超市 志愿服务站"""
)
_QUOTE_JOINT = re.compile(r"[”’」』]\s*[“‘「『]")  # “板凳会”“五福驿站”: two names, never one
_ENDING = re.compile(f"(?:{BRAND_ENDS})")
_SYSTEM = re.compile(
    r"(?<![机体编法控限建定管抵压节克研专强创复绘印自牵遏反公])制(?=管理|模式|[，。；、,\s]|$)"
)  # 积分制管理, 落实河长制。 (not 制度)
_CJK_END = re.compile(r"[\u4e00-\u9fff]+$")
_CLASSIFIERS = "个家处座所间支名项条批"
_PARTICLE_CUT = re.compile("[的和与及在将把]")
# Words that stand before a name, never part of it: particles, prepositions, a count with its classifier, a
# demonstrative (设立了127个这样的新邻驿站); 各 of 各族 is the peoples, part of what follows.
_BEFORE_NAME = re.compile(
    rf"^(?:[在将把的了和与及向对为从到是让由按以于等该全本]|各(?!族)|[\d{COUNT_NUMERALS}余多]+[个家处座所间支名项条批]"
    r"|这样|那样|这种|这类|此类|这些|那些|这个|那个"
    r"|(?:" + DOING.pattern + "))+"
)
_GENERIC = re.compile(
    "^(?:"
    + alternation(
        """党员 志愿 志愿者 社区 村级 村 镇 乡 街道 小区 网格 党群 便民 综合 公益 基层 新时代 文明实践 群众 居民
        妇女 巾帼 青年 老年 爱心 暖心 服务 调解 矛盾 纠纷 法律 党建 示范 特色 专业 城区 县级 市级 镇级 村民 一站式
        工作 综合性 骑手 新就业群体 楼栋 楼宇 检察 法院 公安 司法 人大 政协 工会 代表 农民 股份 经济 政务 电商
        微信 多民族 各民族 各族 少数民族 民族 养老 助老 助餐 托育 [大小老新]"""
    )
    + ")+$"
    + rf"|^[{COUNTS_TO_TEN}\d]+[步级个项类种条招]$"  # 四步工作法: a count of a named method's parts
)
_PLACE_END = re.compile(r"(?:省|市|县|区|旗|州|盟|镇|乡|村|街道|社区|小区|路|街|巷|里)$")
_PROCESS = re.compile(r"化$")
# A party organ after the ending (龙山雅苑红色物业联盟党支部, 暖新驿站党支部): the name of a branch, an organisation.
_ORGAN_AFTER = re.compile("党支部|党总支|党委|党小组|党组织|联合党支部|功能型党支部")
_SET_UP = re.compile(f"(?:{DOING.pattern})$")
_COUNT_AFTER = re.compile(rf"\s*[\d{COUNT_NUMERALS}]+\s*[余多]?[{_CLASSIFIERS}]")


def unquoted_practices(text: str, stopwords: frozenset[str]) -> list[str]:
    """Names printed without quotes in `text` (headline and body), in order of first appearance."""
    plain = QUOTE_MARKS.sub("", _QUOTE_JOINT.sub("、", text))
    names: dict[str, int] = {}
    for start, name in (*_recurring(plain), *_set_up(plain), *_models(plain)):
        if name not in stopwords and (name not in names or start < names[name]):
            names[name] = start
    return sorted(names, key=names.__getitem__)


def _recurring(plain: str) -> Iterator[tuple[int, str]]:
    """Brand endings whose name before them is printed at least twice (counted in one pass over the endings)."""
    endings = [
        (match, _run_before(plain, match.start()))
        for match in _ENDING.finditer(plain)
        if not _ORGAN_AFTER.match(plain, match.end())
    ]
    printed = Counter(
        before[-size:] + match.group(0) for match, before in endings for size in range(2, len(before) + 1)
    )
    for match, before in endings:
        head = next(
            (
                before[-size:]
                for size in range(len(before), 1, -1)
                if printed[before[-size:] + match.group(0)] >= 2
            ),
            "",
        )
        if _cut_from_place(plain, head + match.group(0)):
            head = head[1:]
        name = _named(head, match.group(0)) if head else ""
        if name:
            yield match.end() - len(name), name


_PLACE_SUFFIX = "省市县区旗"
_SCOPE = "全本该各"  # (全区零工驿站: every one of the district's)


def _cut_from_place(plain: str, name: str) -> bool:
    """`name` opens with the suffix of a place's name or of a scope wherever it is printed (津南区零工驿站 and
    全区零工驿站 both print 区零工驿站): the suffix is the place's, not the name's (市民驿站 after 设立 keeps it)."""
    if name[0] not in _PLACE_SUFFIX:
        return False
    starts = [m.start() for m in re.finditer(re.escape(name), plain)]
    return bool(starts) and all(
        (start > 0 and plain[start - 1] in _SCOPE) or _place_ends(plain[max(0, start - 6) : start + 1])
        for start in starts
    )


def _place_ends(text: str) -> bool:
    """A place the gazetteer knows ends `text` (`…津南区`)."""
    return any(end == len(text) for _, end, _ in gazetteer().scan(text))


def _run_before(plain: str, end: int) -> str:
    """The Chinese characters right before `end`, at most five, back to the last other character."""
    run = _CJK_END.search(plain, max(0, end - 5), end)
    if run is None:
        return ""
    before = run.group(0)
    if run.start() and plain[run.start() - 1].isdigit() and before[0] in _CLASSIFIERS:
        before = before[1:]  # 47家暖新驿站: the classifier of a count
    return _PARTICLE_CUT.split(before)[-1]  # “党建+妇建”的工作法: a name holds no particle


# A model or system a unit put in place, printed bare (推行的红色物业模式, 推行志愿积分制度): the name is what
# stands before 模式 / 制度.
_MODEL = re.compile(r"(?:推行|推广|实行)(?:了|出)?的?([\u4e00-\u9fff]{3,6}?)(?:模式|制度)")


def _models(plain: str) -> Iterator[tuple[int, str]]:
    for match in _MODEL.finditer(plain):
        head = _BEFORE_NAME.sub("", match.group(1))
        if len(head) >= 3 and not (_GENERIC.match(head) or _PLACE_END.search(head) or _PROCESS.search(head)):
            yield match.start(1) + len(match.group(1)) - len(head), head


def _set_up(plain: str) -> Iterator[tuple[int, str]]:
    """A brand or a -制 system right after a verb of doing: 打造红色议事厅, 推行积分制管理."""
    for match in [*_ENDING.finditer(plain), *_SYSTEM.finditer(plain)]:
        ending = match.group(0)
        if _ORGAN_AFTER.match(plain, match.end()) or _COUNT_AFTER.match(plain, match.end()):
            continue  # (设立积分兑换超市42家: many of a kind set up once, counted, no brand)
        longest = 3 if ending == "制" else 7
        clause = re.split(r"[，。；：、,\s]", plain[max(0, match.start() - 16) : match.start()])[-1]
        for size in range(min(len(clause), longest), 1, -1):
            head, verb = clause[-size:], _BATCHES.sub("", clause[:-size])
            if _SET_UP.search(verb.removesuffix("了").removesuffix("出")):
                name = _named(head, ending)
                if name:
                    yield match.start() - size, name
                break


# How many were set up, between the verb and the name (组建四批尕布龙绿色志愿服务队).
_BATCHES = re.compile(rf"[\d{COUNTS_TO_TEN}]+[批支个]$")


# A community, subdistrict or estate whose name the five-character run cut (竹园社区红色驿站 -> 园社区红色): the unit
# and what stands before it are the place where the name stands, not the name (real R28).
_UNIT_BEFORE = re.compile(r"^[\u4e00-\u9fff]+?(?:社区|街道|小区)(?=[\u4e00-\u9fff]{2})")


def _named(head: str, ending: str) -> str:
    """The name `head + ending` without the words before names, or "" when what is left is generic."""
    head = _UNIT_BEFORE.sub("", _BEFORE_NAME.sub("", head))
    if len(head) < 2 or _GENERIC.match(head) or _PLACE_END.search(head) or _PROCESS.search(head):
        return ""
    return head + ending


# What a headline names as its subject may end as a tool or a body does, not only as a brand (网格地图助力…,
# 党支部领办合作社集中收割…, 利用协商议事平台…).
_HEADLINE_ENDS = re.compile(f"(?:{BRAND_ENDS}|平台|地图|合作社)")
_HEADLINE_PARTS = re.compile(r"[\s，,：:；;！!？?丨|、—]+")
_BODY_GAPS = re.compile(r"\s+")
# A verb of using or building right before the headline's name (not DOING, whose people and units after the verb
# would cut a name: 推行“码上议”村务协商平台 is no 务协商平台): what the unit works through, once in the body is enough.
_USED = re.compile("(?:利用|依托|借助|运用|用好|通过|搭建|打造)$")
# A cooperative's legal form (农民专业合作社, 股份经济合作社): what every such cooperative is called, even as the
# headline's subject.
_CO_OP_FORM = re.compile(r"(?:专业|股份|经济)合作社$")
# A tool named by its kind (政务服务平台, 电商平台, 微信平台, 便民服务平台): what every such body runs, no name even as
# the headline's subject (政务服务平台让群众办事更便捷; 网格地图助力… stays: a grid's map is this body's own tool).
_KIND_OF_TOOL = re.compile("^(?:" + alternation("政务 电商 微信 政府 网上 办公 服务 便民 综合") + ")+$")


def headline_names(title: str, body: str, stopwords: frozenset[str]) -> list[str]:
    """Names a headline prints without quotes that the body prints again at least twice (quote marks and line
    breaks ignored): the headline's subject is the article's practice, even when its words are generic
    (西洞庭管理区：网格地图助力基层精准治理, the body's 社区网格地图 … 3张网格地图). The longest run before the
    ending that the body repeats is the name, without the words that stand before names (after a verb of using or
    doing in the headline, 利用协商议事平台…, once again in the body is enough); never a place's unit,
    nor a generic noun (党员志愿者服务队) unless the name opens its part of the headline as its subject."""
    plain = _BODY_GAPS.sub("", QUOTE_MARKS.sub("", body))
    names: list[str] = []
    for part in _HEADLINE_PARTS.split(QUOTE_MARKS.sub("", title)):
        for match in _HEADLINE_ENDS.finditer(part):
            before = _PARTICLE_CUT.split(part[max(0, match.start() - 6) : match.start()])[-1]
            for size in range(len(before), 1, -1):
                used = _USED.search(part, 0, match.start() - size) is not None  # (利用协商议事平台…)
                if plain.count(before[-size:] + match.group(0)) < (1 if used else 2):
                    continue
                head = _BEFORE_NAME.sub("", before[-size:])
                name = head + match.group(0)
                subject = part.startswith(name)  # (马尾马限社区党员志愿者服务队: generic, after its place)
                if (
                    len(head) >= 2
                    and ((subject and not _KIND_OF_TOOL.match(head)) or not _GENERIC.match(head))
                    and not _PLACE_END.search(head)
                    and not _CO_OP_FORM.search(name)
                    and name not in stopwords
                ):
                    names.append(name)
                break
    return names
