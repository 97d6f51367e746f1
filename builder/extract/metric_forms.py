"""Numbers whose form says they count nothing the work did (`metric_skips.is_skipped` asks `no_count`).

- An office's ordinal (组织二处负责人, 宣传一科科长): which division, a name, not two of anything.
- 分 that is no points earned: a time (`9时30分`), a Chinese numeral (`三分靠调解`), 分 with no word of points
  before it in its sentence (`累计发放积分186万分` and `考核得分95分` are counted), and a rate of points (志愿者服务
  1小时积1分, 每参加1次活动计2分, 捐赠100元计50分): a rule, both sides (the points, and what they are given for),
  not what was earned. One place decides every 分 (`_no_points`).
- A range set for each person (27名党员每人联系5至8户群众): a norm for one, not what was done (a range per unit,
  每个工坊带动15至20户, is a standard and counted).
- 把 after a Chinese numeral (一把钥匙开一把锁, 拧成一把劲): a figure of speech; chairs counted by 把 are printed
  in digits (木质长椅6把).
- How far away a place is (到14公里外的镇上办事, 距县城30公里, 离医院5公里远): where it is, not work done.
- A distance in a Chinese numeral right before a place word (四千米社区, 十里河村), or in li before a street word
  (五里路): the place's name; a road's length is counted (新修三公里路, 三公里村道).
- A Chinese numeral and counting word inside a place's name (七台河市 read as 七台: 7 台, 六盘水市, 三门峡): the
  gazetteer's name, in full (with 市/县/区) or of three characters or more written bare (四平方米 is an area);
  also a village's, which the gazetteer does not list (三元朱村 read as 三元: 3 元), by a unit that counts no people
  or units, a character or two and 村/庄/寨/屯 ending the name (not 村民, 村干部: 两名驻村干部 is counted).
- The parts of a formula spelled out in a list with a letter for its open part (由1个镇党委统筹、3个强村党支部
  带动、N个薄弱村抱团发展, what “1+3+N” means): how the scheme is made, not what it did.
- A bound after a count of units in its clause (有11个村集体经济收入不足10万元, 5个社区居民超过1万人): which units are
  counted, not a figure of its own (人均收入不足1万元, with no count before it, is one; a floor every village
  meets, 全县所有村集体经济收入均超过5万元, is none either: metric_skips' bar all the units pass).
- A rough figure in Chinese numerals said of places no one names (不少社区摘掉了二十多块牌子, 一些地方…几十个群):
  a commentary's picture of the country, not a unit's result.
- Who leads each part of a scheme (由3个强村党支部分别牵头): the scheme's make-up, not a result.
- A level kept for years right after the figure it restates (满意度达到99%，连续三年保持在98%以上).
- A count restating the items listed just before it (按党建、安全、环境、民生、稳定五类事项分色管理, 建成A、B、C等
  三个驿站, in a Chinese numeral; as many quoted names right before it, “掌上学”“集中学”“入户学”三种形式, in any
  numeral): the list already names them; a count in digits after a list (整改问题、化解矛
  盾、办理实事5件) counts the last, and classes the work divides into are counted (分为红、黄、绿三类).
- The aspects or features a text is set out in, even after a quoted list (围绕“…、…”两个层面, 坚持…四个特点), the
  accounts reckoned with people (帮群众算好…三笔账), an ordinal glued to its noun (不低于300元的二次分红: the
  second payout, not two), and the size of one thing given by two of its dimensions (文化长廊长20余米，高4米;
  a way built keeps its length, 新修步道长2000米，宽3米, and loses its width).
- Figures said in passing (metric_asides.py): a comparison with others (比周边便宜两成), the places a part lies in
  (其中五个城区136个), the tries of one dispute (网格员三次上门调解).
"""

from __future__ import annotations

import re

from builder.extract.metric_asides import aside
from builder.extract.metric_text import clause_start, sentence_start
from builder.extract.numbers import Quantity
from builder.places.gazetteer import gazetteer
from builder.text.numerals import COUNTS_TO_TEN, DIGITS

__all__ = ["no_count"]

_OFFICE_AFTER = re.compile(r"\s*(?:负责人|处长|副处长|科长|副科长|主任|工作人员)")
_POINTS_RATE = re.compile(
    rf"[\d{COUNTS_TO_TEN}]+\s*(?:个)?(?:小时|次|天|场|件|项|元)[^，。；\d]{{0,2}}?(?:可|能)?(?:积|计|记|得|获得?|赚)\s*$"
)
# what a rate gives its points for, the rate's other side (捐赠100元计50分, 参与1场议事赚5分)
_POINTS = re.compile("积分|得分|分值|评分|打分|加分|扣分|分数|赋分")
_CLOCK_BEFORE = re.compile(r"[时点:：]\s*$")
_EARNS_POINTS_AFTER = re.compile(
    rf"[^，。；\d]{{0,4}}?(?:可|能)?(?:积|计|记|得|获得?|赚)\s*[\d{COUNTS_TO_TEN}]+\s*分"
)
_PER_MEMBER = re.compile(r"每(?:人|名|位)[^，。；\d]{0,6}$")
_DISTANCES = ("米", "里", "公里", "千米")
_PLACE_AFTER = re.compile(r"\s*(?:社区|村(?![道路级])|小区|街道|镇|乡|铺|堡|屯)")
# a street named by a distance in li (五里路, 十里街); in metres or kilometres it is the street's length (新修三公里路)
_STREET_AFTER = re.compile(r"\s*(?:路(?![程面段况线])|街|巷)")
# 三元朱村, 四亩地镇: the rest of a village's or a town's name after a numeral and a unit counting no people or units
_VILLAGE_NAME_AFTER = re.compile(
    r"(?![建修进到在驻包帮联回返入下给为用送全各每本该])[\u4e00-\u9fff]{1,2}?"
    r"(?:(?:村|庄|寨|屯)(?![民干级务集委组里内庄寨道史])|镇(?![政府区上里内级长委街])|乡(?![亲村镇里间土愁民]))"
)
_UNITS_OF_UNITS = frozenset("名位人户个支家座处所间栋幢")
_DIVIDED_INTO = re.compile("分为|分成|划分为|划为|分作")
_LIST_ITEM = r"[^、，,。；;：:！!？?“”\d\s]{1,8}"


# a 、-list runs between clause marks, brackets or quotes (“红、黄、绿”三色); a wrap (a line break) ends none
_LIST_EDGE = re.compile(r"[，,。；;：:！!？?()（）“”]")
_OPEN_PART = re.compile(r"(?:^|、)\s*(?:由|有)?\s*[NnXx]\s*[个名户人位家支项条类]")
_BOUND_BEFORE = re.compile(r"(?:不足|不到|低于|少于|超过|高于|多于)\s*$")
_UNITS_COUNTED = re.compile(rf"[\d{COUNTS_TO_TEN}]+\s*个\s*(?:村|社区|乡镇|镇|街道|小区|网格|企业|单位)")
# 两个层面, 四个特点: the aspects or features a text is set out in (方面 after a list: metric_skips' MECHANISMS)
_ASPECTS_AFTER = re.compile(r"\s*(?:层面|方面|特点|维度|角度)")
# 长20余米，高4米: the dimensions of one thing, a length, height or width in metres
_DIMENSION = re.compile(
    rf"[长高宽深厚][约达近]?\s*[\d{COUNTS_TO_TEN}]+(?:\.\d+)?\s*[余多]?\s*(?:厘米|公里|千米|米)"
)
# a way built, its length the work done (新修健身步道长2000米，宽3米; not 新建文化长廊长20米，高4米: an object)
_WAY_BUILT_BEFORE = re.compile(
    r"(?:新修|修建|修通|新建|建成|硬化|铺设|铺装|改造|拓宽|打通|疏浚|清淤|开挖)[^，。；,;\d]{0,10}"
    r"(?:路|道|渠|沟|管网|管道|管线|线路|堤)\s*$"
)
# How far away a place is (到14公里外的镇上办事, 距县城30公里, 离最近的医院有5公里远): where it is, not work done
_AWAY_AFTER = re.compile(r"\s*(?:以外|之外|开外|外|远)")
_AWAY_BEFORE = re.compile(r"(?:距离?|离|相距|远在)[^，。；;\d]{0,10}$")
_KEPT_BEFORE = re.compile(r"连续[^，。；\d]{1,4}(?:保持|稳定|维持)在?\s*$")
# 用7种颜色标出, 采用三种方式: the kinds of means a deed uses (its instrument), not a count of the work; the thing
# counted must name a means (颜色, 方式, 渠道), so what a deed puts to use (推广应用5种技术, 引进试用3种新品种) stays counted
_MEANS_BEFORE = re.compile(r"(?<![费作])(?:采用|运用|使用|利用|用)了?\s*$")
_MEANS_AFTER = re.compile(r"[^，。；,;、\d]{0,4}?(?:颜色|色彩|方式|方法|办法|形式|手段|渠道|途径|语言)")


def _formula_part(text: str, q: Quantity) -> bool:
    """The number is an item of a 、-list one of whose items counts an open part by a letter (N个薄弱村); the
    list runs between clause marks or brackets, so a count after a bracketed formula (“1+1+N”(1名网格员、…N名
    志愿服务者)标准划分网格250个) is not in it."""
    start = max(
        (m.end() for m in _LIST_EDGE.finditer(text, max(0, q.num_start - 60), q.num_start)), default=0
    )
    found = _LIST_EDGE.search(text, q.end)
    end = found.start() if found else len(text)
    items = text[start:end]
    return "、" in items and bool(_OPEN_PART.search(items))


def _bound_of_counted(text: str, q: Quantity) -> bool:
    """A bound (不足/超过…) after a count of units in the same clause: which units are counted."""
    if not _BOUND_BEFORE.search(text, max(0, q.num_start - 3), q.num_start):
        return False
    return bool(_UNITS_COUNTED.search(text, clause_start(text, q.num_start), q.num_start))


def _level_kept(text: str, q: Quantity) -> bool:
    """连续三年保持在98%以上 after a figure of the same unit earlier in the sentence."""
    if not _KEPT_BEFORE.search(text, max(0, q.num_start - 10), q.num_start):
        return False
    earlier = text[sentence_start(text, q.num_start) : clause_start(text, q.num_start)]
    return bool(re.search(r"[\d０-９]\s*" + re.escape(text[q.num_end : q.end].strip()[:1] or "%"), earlier))


# 由3个强村党支部分别牵头: who leads each part of a scheme (its 3个片区 counted before), not a result
_BY_EACH_BEFORE = re.compile(r"由\s*$")
_EACH_LEADS_AFTER = re.compile(r"[^，。；\d]{1,12}?分别(?:牵头|领办|带领|领衔)")
_ANYONE = re.compile(
    r"(?:不少|一些|有的|有些|许多|很多|部分|个别|多数)(?:地方|社区|村|单位|乡镇|街道|基层|干部)"
)


def _of_anyone(text: str, q: Quantity) -> bool:
    """A rough Chinese numeral (二十多块) in a clause whose subject is places no one names (不少社区)."""
    if not (q.chinese and q.approx):
        return False
    return bool(_ANYONE.search(text, clause_start(text, q.num_start), q.num_start))


def _in_place_name(text: str, q: Quantity) -> bool:
    """A place's name (full, or bare of 3+ characters) starts at or just before the numeral and runs past it."""
    forms = gazetteer().forms
    for start in range(max(0, q.num_start - 2), q.num_start + 1):
        for end in range(max(q.end, start + 3), min(len(text), start + 8) + 1):
            found = forms.get(text[start:end], ())
            if any(f.strength != "bare" or end - start >= 3 for f in found):
                return True
    return False


def _restates_list(text: str, q: Quantity) -> bool:
    """The clause runs straight into the number from a list of exactly as many items joined by 、."""
    n = int(q.value)
    if not q.chinese or n != q.value or not 3 <= n <= 10 or q.upper is not None:
        return False
    window = text[max(0, q.num_start - 80) : q.num_start]
    clause = re.sub(r"\s", "", _LIST_EDGE.split(window)[-1])
    if _DIVIDED_INTO.search(clause):
        return False  # 将辖区居民分为红、黄、绿三类: the classes the work made, counted
    return bool(re.search(rf"(?:^|[^、]){_LIST_ITEM}(?:、{_LIST_ITEM}){{{n - 1}}}等?$", clause)) and (
        re.search(rf"^(?:{_LIST_ITEM}、){{{n}}}", clause) is None
    )


def _restates_quoted_names(text: str, q: Quantity) -> bool:
    """The number runs straight on from exactly as many quoted names (推行“掌上学”“集中学”“入户学”三种形式): the
    count of the modes (ways, kinds) the names list, no figure of the work; names of classes something is divided
    into (分为“A”“B”“C”三类) are counted."""
    n = int(q.value)
    if n != q.value or not 2 <= n <= 10 or q.upper is not None:
        return False
    window = re.sub(r"\s", "", text[max(0, q.num_start - 120) : q.num_start])
    names = re.search(rf"(?:“[^“”，。；]{{1,12}}”[、和及与]?){{{n}}}$", window)
    if names is None or window[: names.start()].endswith(("”", "”、")):
        return False
    return not _DIVIDED_INTO.search(re.split(r"[，,。；;：:！!？?]", window[: names.start()])[-1])


def no_count(text: str, q: Quantity) -> bool:
    """Whether the number `q` of `text` counts nothing by its form (see the module docstring)."""
    if (
        q.chinese
        and q.unit in _DISTANCES
        and (_PLACE_AFTER.match(text, q.end) or (q.unit == "里" and _STREET_AFTER.match(text, q.end)))
    ):
        return True  # 四千米社区, 十里河村: a place named by a distance
    if q.unit in _DISTANCES and (
        _AWAY_AFTER.match(text, q.end) or _AWAY_BEFORE.search(text, max(0, q.start - 12), q.start)
    ):
        return True  # 14公里外的镇上, 距县城30公里: a distance to a place, not a count
    if q.chinese and _in_place_name(text, q):
        return True  # 七台河市桃山区: a place's name, not 7 台
    if (
        q.chinese
        and not q.scaled
        and q.unit not in _UNITS_OF_UNITS
        and q.unit != "%"  # (近一半是返乡…: a share, no unit a name goes on from)
        and _VILLAGE_NAME_AFTER.match(text, q.end)
    ):
        return True  # 三元朱村: a village's name, not 3 元
    if _formula_part(text, q) or _bound_of_counted(text, q) or _level_kept(text, q) or _of_anyone(text, q):
        return True
    if _BY_EACH_BEFORE.search(text, max(0, q.num_start - 2), q.num_start) and _EACH_LEADS_AFTER.match(
        text, q.end
    ):
        return True
    if q.chinese and q.unit in ("处", "科") and _OFFICE_AFTER.match(text, q.end):
        return True
    if q.chinese and q.unit == "把":
        return True
    if _no_points(text, q):
        return True
    if _restates_list(text, q) or _restates_quoted_names(text, q):
        return True
    if q.chinese and q.value <= 10 and _ASPECTS_AFTER.match(text, q.end):
        return True  # 围绕“…、…”两个层面, 坚持…四个特点: the aspects a text is set out in, however listed
    if q.chinese and q.unit == "笔" and text.startswith("账", q.end):
        return True  # 算好“过去、当前、长远”三笔账: the accounts reckoned, rhetoric
    if (
        q.unit == "次"
        and text[q.num_start : q.num_end] == "二"
        and re.match(r"[\u4e00-\u9fff]", text[q.end : q.end + 1])
    ):
        return True  # 二次分红, 二次装修: the second one, an ordinal
    if _dimension_of_one(text, q):
        return True
    if (
        q.unit == "种"
        and q.value <= 10
        and _MEANS_BEFORE.search(text, max(0, q.num_start - 4), q.num_start)
        and _MEANS_AFTER.match(text, q.end)
    ):
        return True  # 她用7种颜色在“民情图”上标出…: the kinds of means used, not a count of the work
    if q.unit == "期" and _phase(text, q):
        return True
    if aside(text, q):
        return True  # 比周边便宜两成, 五个城区136个, 三次上门调解: said in passing (metric_asides.py)
    return q.upper is not None and bool(_PER_MEMBER.search(text, max(0, q.num_start - 12), q.num_start))


_STAGED_IN = re.compile(r"分(?:为|成)?$")
_PHASE_NAME = re.compile(rf"([{DIGITS}1-9])期")


def _phase(text: str, q: Quantity) -> bool:
    """A project's phases: how many it is staged in (分两期推进, 分3期建设) or one of them named by its number
    (一期整合…，二期则突出…: at its clause's start with another phase's number opening a clause of the text);
    sessions of a course counted (举办培训班12期, 三期培训班) stay counts."""
    if _STAGED_IN.search(text, max(0, q.num_start - 2), q.num_start):
        return True
    if clause_start(text, q.num_start) != q.num_start:
        return False
    own = text[q.num_start : q.num_end]
    return any(
        m.group(1) != own and clause_start(text, m.start()) == m.start() for m in _PHASE_NAME.finditer(text)
    )


def _dimension_of_one(text: str, q: Quantity) -> bool:
    """长20余米，高4米: one of two dimensions or more of one thing in its sentence (a length alone, 修建道路长3公里,
    may be the work done; so is the length of a way built, 硬化道路长3000米、宽4米, whose width is not)."""
    if q.unit not in ("米", "厘米"):
        return False
    start = sentence_start(text, q.num_start)
    end = min((i for i in (text.find(m, q.end) for m in "。；！？") if i >= 0), default=len(text))
    sizes = list(_DIMENSION.finditer(text, start, end))
    own = next((m for m in sizes if m.start() <= q.num_start < m.end()), None)
    if own is None or len(sizes) < 2:
        return False
    return not (text[own.start()] == "长" and _WAY_BUILT_BEFORE.search(text, start, own.start()))


def _no_points(text: str, q: Quantity) -> bool:
    """分 that counts no points earned, or what a rate of points gives them for (see the module docstring)."""
    if q.unit != "分":
        return bool(_EARNS_POINTS_AFTER.match(text, q.end))
    before = text[max(0, q.num_start - 8) : q.num_start].rstrip()
    sentence = re.sub(r"\s", "", text[sentence_start(text, q.num_start) : q.num_start])  # 积 / 分: a wrap
    if q.chinese or _CLOCK_BEFORE.search(before) or not _POINTS.search(sentence):
        return True
    return bool(_POINTS_RATE.search(text, max(0, q.num_start - 16), q.num_start))
