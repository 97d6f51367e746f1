"""A headline a narrow column wrapped over two lines after its place (heldout8 n07, n09): `秦都区“红色代办”让群` /
`众少跑腿`, `朝阳市推行“书记领办”调解` / `矛盾纠纷就地化解`. Read as a kicker (引题) over a headline, the title was
the second line's words alone and the first line the subtitle.

A kicker and its headline are two phrases, each whole: the headline names its own subject (`思明区：…`,
`吉林让…`), or the kicker names none (`党建引领破解“物业难”`, `全省推广…`), or the two are phrases apart by a
space. A wrapped headline is one phrase cut where the column ends: its first line opens with the place that
acts and goes on to what it does, its second line names no place nor subject of its own and is clearly
shorter (the wrap filled the first line), or a word of the dictionary runs across the break (`群` / `众`).
`reads_on` asks this for every two-line headline the line rules read (headlinerules, headlinestacks,
bylinerules): one headline wrapped, or a kicker over a headline.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import ORGANIZATION
from builder.ingest.headlineplaces import GOING_VERBS, known_places, named_places, place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import LINE_SHAPE, is_place_kicker
from builder.ingest.textrules import cjk_count, display_width, ends_sentence
from builder.ingest.traditionalchars import simplified
from builder.places.gazetteer import gazetteer
from builder.text.boundaries import word_across
from builder.text.numerals import COUNTS_TO_TEN
from builder.text.patterns import NAME_IN_QUOTES

# a count before a classifier as a headline prints it: 两, never 二 (两张, not 二张)
_COUNT_BEFORE_CLASSIFIER = COUNTS_TO_TEN.replace("二", "")
# A place of the level of a town, a street, a community or a village, named by its suffix (not in the
# gazetteer; `乡村` is no township).
_LOCAL_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:街道|社区|镇|乡(?!村)|(?<!乡)村)")
# A place named anywhere in a line, by its suffix (conservative: any such word counts as a subject of its own).
# A residential compound (`小区`) is no place of a level: `…议出` / `满意小区` is the headline's end.
_PLACE_WORD = re.compile(r"(?!小区)[\u4e00-\u9fff](?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道|社区|村)")
_SHORTER = 0.7  # a wrapped headline's second line is at most this share of its first (display width)
# A place word that says where someone goes or serves, no place's name (`回社区`, `进小区`, `到村`, `驻村`).
_GOING_TO = re.compile("[回进到入下驻走返在](?:社区|小区|村|镇|乡)")
_MIN_DEED = 2  # the characters after the place on the first line: what the place does, begun


def goes_across(first: str, second: str) -> re.Match[str] | None:
    """A verb of going closing the first line (`…党员进`), where it goes opening the second (`社区…`): the place
    word is the verb's object, no subject of the second line's own. The match runs over `first[-1] + second`."""
    return _GOING_TO.match(first[-1:] + second) if first else None


def wrapped_after_place(first: str, second: str) -> bool:
    """`first` / `second` are one headline the column wrapped, not a kicker over a headline."""
    if (
        (re.search(r"\s", first + second) and not _spaced_then_deed(first, second))
        or re.search(r"[：:]", second)
        or LINE_SHAPE["subtitle"].match(second)
    ):
        return False  # two phrases apart, a second line naming its subject (`盐官镇：…`), or a `——` subtitle
    if ends_sentence(first) or is_place_kicker(first) or not is_headline_shape(first + second):
        return False
    if MEANS_OPENING.match(second) and is_headline_shape(first) and word_across(first, second) is None:
        return False  # `…的新图纸` / `党建引领老旧小区“微更新”`: the means a place worked by, a phrase of its own
    place = opening_place(first)
    if not place or cjk_count(first) - cjk_count(place) < _MIN_DEED:
        return False
    going = goes_across(first, second)  # `…党员进` / `社区“网上报到”`: where they go, past the break
    named = _GOING_TO.sub(
        "", second[going.end() - 1 :] if going else second
    )  # `党员回社区有活干`: no subject
    if _PLACE_WORD.search(named) or gazetteer().scan(named):
        return False  # the second line names a subject of its own: a headline under its kicker
    width, rest = display_width(first), display_width(second)
    if rest > width:
        return False
    if going or _named_then_event(first, second):
        return True  # a kicker never ends on a verb of going, nor on a body's name its event completes
    return rest <= _SHORTER * width or word_across(first, second) is not None


# A body's name closing a line, `正式成立`, `揭牌` or the like closing the next (`某某镇社会矛盾纠纷` /
# `调处化解中心正式成立`): the body named across the break, the event it had, one headline.
_BODY_THEN_EVENT = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:中心|服务站|工作站|驿站|所|室|馆|联盟|委员会|协会|服务队)"
    r"(?:正式|顺利|今天|今日)?(?:成立|揭牌|挂牌|启用|投用|运行|开馆|落成)$"
)
_NO_VERB_YET = re.compile(r"^[\u4e00-\u9fff]+$")  # the first line: the place and a name, no marks


def _named_then_event(first: str, second: str) -> bool:
    place = opening_place(first)
    return bool(
        _BODY_THEN_EVENT.match(second)
        and _NO_VERB_YET.match(first)
        and not VERB_OPENING.search(first[len(place) :])
    )


def _spaced_then_deed(first: str, second: str) -> bool:
    """A headline of phrases set apart by a space, opening with its place, wrapped before its last phrase, which
    opens with a verb and names no subject (`某某区某某街道 网格架起沟通桥梁` / `助力居民“幸福满格”`: real R21
    r21_01): the space is the headline's own, no gap between a kicker and a headline."""
    return (
        re.search(r"\s", second) is None
        and bool(VERB_OPENING.match(second))
        and bool(opening_place(first))
        and re.match(r"^\S+\s\S+$", first) is not None
    )


# what a place worked by, opening a line of a head (`党建引领…`): the head's deck or kicker, never a wrap's end
MEANS_OPENING = re.compile(r"^(?:坚持)?党建(?:引领|赋能|带动)")


def opening_place(text: str) -> str:
    """The place a line opens with: one of the gazetteer, or a street, community or village by its suffix."""
    place = gazetteer().place_opening(text[:12])
    if place is not None:
        return place
    local = _LOCAL_PLACE.match(text)
    return local.group(0) if local else ""


# a causative (`让`, `使`, `帮`, `助`, `带`) and the people or place it names closing a line (`…让新就业群体`,
# `…让快递小哥`, `…帮独居老人`, `…让老旧小区`), their verb on the next line. Never the first character of a verb whose object the people are
# (`帮扶困难群众`, `带头服务群众`, `助力居民`, `带富村民`), nor a causative whose clause already has its verb
# (`让服务贴近居民`, `让成果惠及群众`): whole headlines, maybe over a deck.
_CAUSATIVE = r"(?:让|使(?!用)|帮(?![扶办带忙助])|助(?![力推])|带(?![动领富头着货来]))"
_WHO_BEFORE_VERB = r"(?:(?![及近进入到于向给为与和服])[\u4e00-\u9fff]){0,5}?"
CAUSED_WHO = re.compile(
    _CAUSATIVE
    + _WHO_BEFORE_VERB
    + r"(?:员|者|民|众|群体|骑手|小哥|老人|党员|干部|户|妇女|乡贤|孩子|青年|企业|商户"
    + r"|小区|小巷|街巷|院落|楼道|楼栋|村庄|乡村|社区|家园|老街|街区)$"
)


# A line that opens with what was done, with no one doing it (`出台工作事项清单…`), is the deck under the
# headline that names who acts (`山西为村（社区）减负`), not a kicker above it.
VERB_OPENING = re.compile(
    r"^(?:出台|推出|推行|推动|推进|建立|建成|打造|开展|实施|探索|构建|创新|实现|启动|发布|成立|织密|做实|破解|"
    r"聚焦|激活|激发|答好|筑牢|健全|完善|提升|深化|强化|做好|办好|念好|下好|走好|让|助力|进驻|走进|开进|扎根|当上|"
    r"搭起|架起|织起|建起|跑出|按下)"
)


# A thing counted as a headline counts it (`一张`, `两个`)
_COUNTED = rf"[{_COUNT_BEFORE_CLASSIFIER}]{{1,2}}[个张条支座间位名把块本碗]"
# A headline's subject with nothing done yet: a place and the quoted name of who acts (`万秀区“红色管家”`,
# `桥西区：楼栋“红管家”`, `普陀区“15分钟养老服务圈”`).
_SUBJECT_ONLY = re.compile(
    rf"^[\u4e00-\u9fff]{{1,8}}?(?:省|自治区|市|州|县|区|旗|镇|乡|街道|社区|村)[：:]?[\u4e00-\u9fff]{{0,4}}{NAME_IN_QUOTES}$"
    rf"|^[\u4e00-\u9fff]{{2,6}}[：:][\u4e00-\u9fff]{{0,4}}{NAME_IN_QUOTES}$"  # by its short name before a colon (`黑龙江：“头雁工程”`)
    # a series' name before the colon, who and their quoted device after it (`街镇“探新记”：老寨新“招”`): the series'
    # name short (two to six), the device maybe one character
    r"|^[\u4e00-\u9fff]{2,4}“[^“”]{2,6}”[：:][\u4e00-\u9fff]{1,4}“[^“”]{1,12}”$"
    rf"|^{_COUNTED}{NAME_IN_QUOTES}$"  # a thing counted and named (`一张“议事桌”`)
)


def subject_then_deed(text: str, below: str) -> bool:
    """Among headlines printed together, a line naming only who acts (`牌楼街道：“院落自治”`, heldout15 p08) over
    one saying what they do and naming no place (`让老旧院落焕新颜`): one headline the column wrapped; the other
    headlines of the stack each name their own place."""
    return _SUBJECT_ONLY.match(text) is not None and reads_on(text, below) and not named_places(below)


# A place alone by its full name, its level's suffix last (`某某市某某区`, `某某街道`); not `浙江新昌`.
_FULL_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:省|自治区|市|州|盟|县|区|旗|街道|乡|镇|社区|村)$")
# A headline opening with the place's people or bodies who act (`党员楼栋长…`, `村民议事会…`, `网格员…`).
_WHO_ACTS = re.compile(
    r"^(?:退休|在职|老|青年|无职)?(?:党员|干部|村干部|居民|村民|群众|志愿者|网格员|楼栋长|楼长|商户|社工|调解员|"
    r"民警|辅警|党组织|党支部|党总支|党委|机关|退役军人|新就业群体|快递员|骑手|妇女|乡贤)[\u4e00-\u9fff“]"
)
# a headline's place and colon opening the line (`河北涉县：…`, `黑龙江：…`)
_PLACE_COLON_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:](?=[^：:]{2,})")
# A line that names its own subject: a place, then a colon or a quoted name (`红旗街道“一刻钟便民圈”越织越密`).
OWN_SUBJECT = re.compile(  # (never a suffix after a verb of going or becoming: `外卖小哥变身社区治理“…”`)
    rf"^(?![^“：:]*?(?:{GOING_VERBS})(?:省|自治区|市|州|县|区|旗|镇|乡|街道|社区|村))"
    r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|县|区|旗|镇|乡|街道|社区|村)[\u4e00-\u9fff]{0,4}[：:“]"
)


def reads_on(first: str, second: str) -> bool:
    """One headline wrapped over two lines, not a kicker over a headline: the first line is only who acts
    (`万秀区“红色管家”`, `桥西区：楼栋“红管家”`), the second what they do (`进驻老旧小区`, `把服务送到家门口`,
    `覆盖全区`), naming no subject of its own and no `——` subtitle; or the first line is a place by its full
    name (`某某市某某区`) and the second opens with its people or bodies who act (`党员楼栋长“…”解民忧`,
    `网格员…`): the place's own (`某某区党员楼栋长…`), not a kicker over a headline of its own (`一碗“…”…`); or
    the first line opens with a place and its colon (`河北涉县：万名文明实践` / `志愿者助力…`): a kicker has none
    (who acts may be a place by its short name, `烟台“海岸红网格”`);
    or the first line is that place alone and the second opens with what it does (`某某县某某镇` / `探索…`);
    or the first line is a body's name alone (`…工作机制办公室`) and the second opens with what it issues (`通报…`).
    Traditional characters are read as simplified (`沙縣區…培訓進村` / `黨員帶頭…`)."""
    first, second = simplified(first), simplified(second)
    if LINE_SHAPE["subtitle"].match(second):
        return False
    if _cut_mid_word(first, second):  # `家门口的“4+”服务助力群众关` / `切落到实处`: a word the wrap cut
        return True
    if predicate_wrapped(first, second):
        return True  # `某某市20余万名党员` / `已到社区报到`: the subject's predicate, opening on its adverb
    if wrapped_after_place(first, second):  # `秦都区“红色代办”让群` / `众少跑腿`
        return True
    if _FULL_PLACE.match(first) and (_WHO_ACTS.match(second) or VERB_OPENING.match(second)):
        return True  # `某某县某某镇` / `探索村集体增收新模式`: the place alone, then what it does
    if _wrapped_after_colon(first, second):
        return True  # `河北涉县：万名文明实践` / `志愿者助力文明城市创建`: a headline opening with its place and colon
    if _OBJECT_WANTED.search(first) and OBJECT_ONLY.match(second):
        return True  # `黄石“红色网格”一网兜起` / `城乡千家事`: the verb's object on the next line
    if from_cut_before_to(first, second):
        return True  # `让老人从“看客”` / `变成“主角”`: the wrap cut a 从…到 phrase between its two ends
    if ORGANIZATION.match(first) and (_ISSUES.match(second) or VERB_OPENING.match(second)):
        return (
            True  # `省…工作机制办公室` / `通报5起典型问题`: a body's name alone, then what it issues or does
        )
    if not (_SUBJECT_ONLY.match(first) or _place_and_device(first)):
        return False
    return bool(VERB_OPENING.match(second)) or not (OWN_SUBJECT.match(second) or "：" in second)


# An adverb of aspect or scope no headline opens on, opening the second line: the first line's subject goes on
# into its predicate (real R38: `西安市20余万名党员和志愿者` / `已到社区报到`, read as a kicker over a headline);
# `已有…`, `已达…` may open a headline of their own (`已有300名党员报到`).
_PREDICATE_ADVERB = re.compile(r"^(?:已经?(?![有达超])|正在|均已|都已|均(?![衡等])|皆)[\u4e00-\u9fff]")


def predicate_wrapped(first: str, second: str) -> bool:
    """The second of two headline lines opens on an adverb of aspect or scope (`已…`, `正在…`, `均…`), the first
    ending on no mark: one headline, its predicate wrapped (headblocks asks it of a kicker read over its headline,
    whatever place the first line names)."""
    return bool(_PREDICATE_ADVERB.match(second)) and not re.search(r"[：:，,；;。！？]$", first)


# what a body of the party or the state issues, opening the line under its name (heldout37 p08)
_ISSUES = re.compile(r"^(?:通报|印发|公布|发出|部署|表彰|命名|召开|举行|公开曝光|曝光)")


# a 从 phrase open at a line's end (no 到/向/成 after it); its other end opening the next line (`变成…`, `到…`)
_FROM_OPEN = re.compile(r"从[^到向成，,。；：:]{1,10}$")
_TO_CLOSING = re.compile(r"^(?:到|变成|变为|成为|转为|转变为|走向|迈向|转向)")


def from_cut_before_to(first: str, second: str) -> bool:
    """`让老人从“看客”` / `变成“主角”`: a 从 phrase open at the first line's end, its other end opening the
    second (`到…`, `变成…`): one headline the column wrapped; a kicker is a whole phrase, never half of one."""
    return bool(_FROM_OPEN.search(first)) and bool(_TO_CLOSING.match(second)) and not ends_sentence(first)


# a place by its short name and its quoted device, nothing else (`烟台“海岸红网格”`, `常德“红色物业”`)
_SHORT_NAME_DEVICE = re.compile(rf"^([\u4e00-\u9fff]{{2,4}}){NAME_IN_QUOTES}$")


def _place_and_device(first: str) -> bool:
    """The first line is only who acts: a city or county by its short name (no suffix, the gazetteer's) and its
    quoted device (`烟台“海岸红网格”` / `守好渔港安全线`, layouts33 p02), as `万秀区“红色管家”` is with its suffix."""
    match = _SHORT_NAME_DEVICE.match(first)
    return match is not None and match.group(1) in known_places(match.group(1))


def _cut_mid_word(first: str, second: str) -> bool:
    """The column cut a word in two at the end of the first line (`…助力群众关` / `切落到实处`: 关切), the second
    line the shorter, naming no subject before a colon: one headline, never a kicker over its headline (a kicker
    ends on a whole word)."""
    if re.search(r"[\s：:，,；;。]", first + second) or ends_sentence(first):
        return False  # (a line with a comma is a sentence's piece as often: `…队伍，开` / `展巡查…`)
    return display_width(second) < display_width(first) and word_across(first, second) is not None


def wrapped_naming_no_place(first: str, second: str) -> bool:
    """Two headline lines over one body, neither naming a place, the second a predicate going on from the
    first's subject (`“红色物业”进驻小区` / `为民奏响幸福乐章`): one headline the column wrapped, not a kicker over
    its headline (two whole phrases, `物业难题有了“解题人”` / `小区里的“红色业委会”`, are one). A predicate
    opening the FIRST line over a second line with a subject of its own is a kicker, as papers print a slogan
    over the headline (`深化党建引领基层治理` / `“红色管家”让老旧小区焕新颜`, `筑起…温馨港湾` / `“银龄食堂”…`);
    a kicker is also told by the place one of the two names (`群众诉求闭环办理` / `西工区：…`, `某某县党建赋能…` /
    `集体腰杆硬起来…`). Not when either line is a phrase pair of its own (`小网格 大民生`), a series label
    (`…·…篇`), a sentence, or a `——` line, nor over a headline naming who acts before its colon."""
    if LINE_SHAPE["subtitle"].match(second) or first.endswith(("—", "－", "-")) or re.search("[：:]", second):
        return False  # (`秦岭深处的“领头人”` / `刘振华：…`: who the headline names, before its colon)
    if any(" " in line or "　" in line or "·" in line or ends_sentence(line) for line in (first, second)):
        return False
    if not (_PREDICATE_OPENING.match(first) or _PREDICATE_OPENING.match(second)):
        return False  # two phrases each whole (`物业难题有了“解题人”` / `小区里的“红色业委会”`): a kicker
    if _PREDICATE_OPENING.match(first) and not _PREDICATE_OPENING.match(second) and _opens_on_subject(second):
        return False  # a slogan over a headline with its own subject (`聚焦群众急难愁盼` / `“小区管家”…`): a kicker
    return not (_names_a_place(first) or _names_a_place(second))


# A line opening as a predicate with no subject of its own (`筑起…`, `为民奏响…`): the other line's subject or
# its object goes on in it.
_PREDICATE_OPENING = re.compile(VERB_OPENING.pattern + r"|^(?:筑起|奏响|唱响|为民|为群众|为居民|为村民)")


def _opens_on_subject(line: str) -> bool:
    """A line opening on who acts: a place's own (`某某街道“…”`), its people (`党员…`, `网格员…`), a quoted name
    that is no modifier (`“红色管家”让…`, not `“一老一小”的…`) or a thing counted and named by its quote, where it
    is kept (`一个网格里的“暖心账本”`, `一张“议事桌”…`): the headline's own subject, under a kicker."""
    return bool(
        OWN_SUBJECT.match(line)
        or _WHO_ACTS.match(line)
        or _QUOTED_SUBJECT.match(line)
        or _COUNTED_NAME.match(line)
    )


_QUOTED_SUBJECT = re.compile(rf"^{NAME_IN_QUOTES}(?!的)[\u4e00-\u9fff]")
_COUNTED_NAME = re.compile(rf"^{_COUNTED}(?:[\u4e00-\u9fff]{{1,6}}?的)?{NAME_IN_QUOTES}")


def _names_a_place(text: str) -> bool:
    """A place by the gazetteer, a place kicker, or a place-shaped word (not a verb's object, `进驻小区`)."""
    if known_places(text) or is_place_kicker(text):
        return True
    return any(not VERB_OPENING.match(word) for word in place_words(text))


def _wrapped_after_colon(first: str, second: str) -> bool:
    """A narrow column's first line of a headline opening with its place and colon, the second naming no
    place of its own (a headline of its own under a whole one, `陕西铜川分类推进…`, names one)."""
    if not _PLACE_COLON_OPENING.match(first) or cjk_count(first) > _WRAPPED_FIRST or ends_sentence(first):
        return False
    unquoted = _QUOTED.sub("", second)  # a place inside a quoted name is the name's (`“平安守护人”`: 平安区)
    own_subject = OWN_SUBJECT.match(second) and not VERB_OPENING.match(second)  # not `激发村湾治理“…”`
    return not (own_subject or "：" in second or known_places(unquoted))


_QUOTED = re.compile(r"“[^“”]*”")


_WRAPPED_FIRST = 12  # characters of a narrow column's first headline line
# A line ending on a verb that holds or raises something, its result after it (`…一网兜起`, `…托起`, `…守住`): the
# thing held is on the next line, a short noun phrase with no subject, verb or colon of its own (`城乡千家事`);
# a kicker ends on what it says (`从一碗面说起`, `小巷里的“大管家”`).
_OBJECT_WANTED = re.compile(
    "(?:兜|托|撑|串|扛|挑|担|拎|端|捧|鼓|燃|点|连|架|搭|建|织|筑|守|管|稳|留|拴|护)(?:起|住)$"
    # or a verb of what a practice does for whom, with no one named after it (`…联合体带富` / `山区群众`)
    "|(?:带富|带动|惠及|造福|温暖|暖了|富了|点亮|照亮)$"
    # or a verb that must take its object, never ending a kicker (`…推行“海上网格”守护` / `渔区平安`)
    "|(?:守护|守牢|筑牢|激活|盘活|打通|擦亮|织密|破解|唱响|绘就|扮靓)$"
)
# A short phrase naming no subject, suffixed place or colon of its own (`城乡千家事`, `古城院落治理`): a verb's
# object wrapped onto the next line (headlinetails.verb_cut_over_byline asks it too).
OBJECT_ONLY = re.compile(
    r"^(?![\u4e00-\u9fff]{0,8}(?:省|市|县|区|镇|乡|街道|社区|村)[：:“])[\u4e00-\u9fff“”]{3,10}$"
)
