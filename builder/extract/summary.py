"""Summary: 1–3 sentences taken from the article that say what was done.

Rules, in order:

1. Only body paragraphs count: Markdown headings (`## …`), bold-only lines, short lines without a sentence
   end (printed subheadings), figure captions (`图：…`, `△…`, photo credits) are skipped. A byline at the
   start of the lead (`本报讯（记者 …）`, `■中共…组织部`, `新甘肃·甘肃日报记者 …`) is removed.
2. Sentences end at 。！？ outside quotation marks; a quotation with its attribution is one sentence.
3. Skipped sentences: speech (a sentence that opens with a quotation, or whose first clause is
   `X说/表示/强调/指出/介绍…`), questions, plans (`下一步`, `将继续`), a sentence pointing back to the one
   before (`这一做法已在…推广`), and background without an actor —
   a sentence counts only if it names an actor (a place, an organisation, or a name from the title) and an
   action (推行, 建立, 开展, 精简, 举办, 把…请进 …); when no sentence does, any sentence of an action counts, its actor named or
   not (`街道推行“院落自治”…` after the sentence naming 牌楼街道; in a commentary, `与其铺摊子，不如找准…`);
   when none names an action at all (a commentary), its thesis (`_THESIS`: 关键在于…, 只有…才…, 要把…,
   减的是…，不是…, …的目的，是…). Serving is an action
   (`…网格员，他们默默奉献，用自己的微薄力量服务于社区，助力社区治理`).
4. Stock wording is never a summary: a leading stock clause (`STOCK_OPENINGS`: 近年来，/ 今年以来，/
   为深入贯彻…精神，) is dropped from the sentence, and a sentence still holding a stock phrase
   (`STOCK_PHRASES`: 认真贯彻落实, …获得感、幸福感、安全感) is skipped. Both are small pattern lists, kept
   here so that an editor or developer can extend them. How the paper knows (`据了解，`, `据悉，`, `记者从…了解到，`)
   is such an opening, and so is what the deed was for up to the time it was done (`为丰富…，引导…，近日…`); a
   sentence that is only a purpose and its aims (`为充分发挥…作用，切实加强…工作。`) is skipped (`_PURPOSE`, `_AIM`).
   So is one pointing back (`此次…`, `这样的…`, `通过这一系列…`) and one resident's story (`居民李某就利用…`).
   A sentence going on from the one before (`活动现场，…`, `如今…`, `经过集中培训，…`, `接着，…`, a pronoun for its
   subject: `面对…，她牵头…`) leads only when no other sentence of a deed can, and is never printed before the lead.
   A quotation hooking a feature's lead (`“…。”近日，X社区…`, no attribution after it) is left out of the sentence;
   a verb inside a long quotation (`提出“以…为契机…”`) or a place (`开发区`) is no deed; a photo caption run into a
   paragraph (`李某（右一）在…`) is skipped. A story telling no deed at all is summed up by its first sentence
   naming a unit (`网格员田某接到…的求助电话`), not a scene the reader is walked into (`走进…，`).
5. The lead is the first such sentence of the article (what was done); up to `max_sentences - 1` more are
   added, results first (`_RESULT`: 下降, 提升至, 实现, 累计 …, then figures, then position), as long as the
   summary stays within `MAX_CHARS`; they are printed in article order. A lead longer than `MAX_CHARS` is
   cut at a clause boundary and ends with ……
6. A summary identical to the body's first paragraph (or to its end, after a stock opening) says nothing the page does not say just below it: it
   then gets a sentence from another paragraph, or is taken from the other paragraphs only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.paragraphs import CLOSE_QUOTES, OPEN_QUOTES, body_paragraphs, split_sentences
from builder.ingest.reporternames import SIGNATURE_NAME
from builder.places.gazetteer import place_words

MAX_CHARS = 150
MIN_EXTRA_CHARS = 24


@dataclass(frozen=True)
class _Sentence:
    text: str
    paragraph: int
    position: int  # order in the article
    actor: bool
    action: bool
    number: bool
    result: bool
    goes_on: bool = False  # goes on from the sentence before (_GOES_ON): leads only when no other can
    thesis: bool = False  # what a commentary argues (_THESIS)


_CAPTION_SENTENCE = re.compile(r"（(?:前排|后排|中排)?[左右中][一二三四五六七八九]?）|^资料图")


_ACTOR_SUFFIX = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:省|自治区|市|自治州|州|盟|县|区|旗|新区|乡|镇|街道|社区|村|"
    r"党委|党工委|工委|党组|党支部|党总支|妇联|委员会|协会|公司|组织部|工作部)"
)
# A unit named by a generic word is no actor: 老旧小区, 城市社区, 各村, 安置社区 …
_GENERIC_PREFIX = re.compile(
    r"(?:城市|农村|城乡|各|全|该|本|每个|老旧|安置|搬迁|基层|辖区|相关|村级|两新|行业|物业|企业|"
    r"社区|小区|网格|街道|楼栋|示范|重点|周边|所在|居住地|联系|驻区|单位|机关|部门|市直|县直|区直|"
    r"上级|下级|城区|主城|新城|新|老|大|小|其|我|一个|多个|所有|本地|当地)$"
)


def _title_names(title: str) -> list[str]:
    """Names an actor might go by in the body: the title's part before a colon, and place-like words."""
    names: list[str] = []
    head = re.split(r"[：:]", title or "", maxsplit=1)
    if len(head) == 2 and 2 <= len(head[0].strip()) <= 16:
        names.append(head[0].strip())
    names += [m.group(0)[-8:] for m in _ACTOR_SUFFIX.finditer(title or "")]
    return [n for n in names if len(n) >= 2]


def _has_actor(text: str, names: list[str], places: frozenset[str]) -> bool:
    """Names a specific unit: a name from the title, a gazetteer place, or a unit with a proper name."""
    if any(name in text for name in names):
        return True
    for match in _ACTOR_SUFFIX.finditer(text):
        whole = match.group(0)
        if any(whole[i:] in places for i in range(max(0, len(whole) - 12), len(whole) - 2)):
            return True
        if not _GENERIC_PREFIX.search(match.group(1)):
            return True
    return False


# a unit the article named before, now its subject by its kind alone (走进…荷花园街道… / 街道以小区党支部为…)
_BARE_UNIT = re.compile(
    r"^(街道|社区|村|镇|乡|县|区|市)(?:党工委|党委|党组织|里)?"
    r"(?=以|在|把|将|通过|对|为|与|联合|还|也|又|先后|积极|主动|创新|探索|坚持|依托|推行|建立|开展|组织|成立|设立|打造|"
    r"围绕|聚焦|针对|按照)"  # its subject: a preposition or a deed follows (not 社区管理难…: a topic)
)


def _units_named(text: str) -> set[str]:
    """The kinds of unit (街道, 社区, 村 …) `text` names a unit of by its proper name."""
    kinds: set[str] = set()
    for match in _ACTOR_SUFFIX.finditer(text):
        if not _GENERIC_PREFIX.search(match.group(1)):
            kinds.add(match.group(0)[len(match.group(1)) :])
    return kinds


def _named_before(text: str, named: set[str]) -> bool:
    """Does the sentence open on a kind of unit alone whose unit the article named before (街道推行…)?"""
    bare = _BARE_UNIT.match(text)
    return bare is not None and bare.group(1) in named


_SPEECH_VERB = re.compile(
    r"^[^，。：“]{0,40}?(?:说|表示|强调|指出|介绍|认为|坦言|感慨|告诉记者|透露|提出|要求)[，：:]"
)
_SPEECH_TAIL = re.compile(r"”[^“”]{0,40}?(?:说|表示|介绍|讲道|说道|感慨道|告诉记者)[道]?。?$")


def _is_speech(sentence: str) -> bool:
    """Reported speech: a long quotation, `X说，…` / `X表示：…`, or a quotation followed by `X介绍。`."""
    if sentence[:1] in OPEN_QUOTES:
        # the opening mark's own closing mark (“这是‘红色物业’宣讲团首站。…”: the inner ’ closes no speech)
        mark = CLOSE_QUOTES[OPEN_QUOTES.index(sentence[0])]
        close = sentence.find(mark) if mark in sentence else len(sentence)
        quoted = sentence[1:close]
        # a long quotation, or one with clauses, is speech; a short one (“有事找书记”，是…) names a practice
        if len(quoted) >= 12 or re.search(r"[，。！？]", quoted):
            return True
    if _SPEECH_VERB.match(sentence):
        return True
    return bool(_SPEECH_TAIL.search(sentence))


# a quotation closing its own sentence (“…。”) at the start, the narrative going on with no mark of its own:
# `“阿姨，我来看看。”近日，社区网格员…接到…` (not its attribution: `“…。”张某说。`, `“…！”他笑着说，…`)
_HOOK_QUOTE = re.compile(r"^“[^“”]{2,200}[。！？!?]”(?=[^“”]{12})")
_ATTRIBUTION = re.compile(
    r"^[^，。“”]{0,16}?(?:说|表示|介绍|讲道|说道|感慨|笑道|告诉记者|坦言|回忆)"
    r"|^[^。“”]{0,60}(?:说|讲|表示|介绍|感慨|笑|告诉记者)道?[。！]?$"  # 某公司书记任某在大会上讲道。
)


def _without_hook(sentence: str) -> str:
    """The sentence after an opening quotation that ends in its own sentence mark, when what follows is no
    attribution of it (a feature's hook: `“谢谢你们。”近日，X社区…`)."""
    match = _HOOK_QUOTE.match(sentence)
    if match is None or _ATTRIBUTION.match(sentence[match.end() :]):
        return sentence
    return sentence[match.end() :]


# a long quotation or one with clauses is speech: its verbs are no deed of the sentence (“…以建党100周年为契机…”)
_SPEECH_QUOTE = re.compile(r"“[^“”]*(?:[，。！？；][^“”]*|[^“”]{12,})”")


def _places() -> frozenset[str]:
    """The gazetteer's names of three characters or more (what the tokenizer takes as place words)."""
    return place_words()


_BYLINE = re.compile(
    r"^\s*(?:本报讯\s*（[^）]{0,40}）|■[^。，]{2,30}?(?:组织部|宣传部|委员会|党委|党组)"
    r"|新甘肃·甘肃日报(?:实习)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*"
    r"(?:\s*通讯员(?:\s+[\u4e00-\u9fff]{2,4})+)?|（?记者\s*[\u4e00-\u9fff]{2,4}）)\s*"
)
_PLAN = re.compile(
    r"^(?:下一步|今后|未来|接下来)|将(?:继续|持续|进一步|不断)|^[^，]{0,12}将[^，]{0,6}(?:坚持|深化)"
)
_BACKGROUND_START = re.compile(
    r"^(?:随着|当前|党的力量|基层治理是|服务群众是|基层党组织是|社区是|政之所向|"
    r"[^，。]{0,10}是[^，。]{0,20}的(?:关键|基础|重要))"
)
# a sentence pointing back to what the one before said (这一做法已在…推广, 此举…): no summary out of its context
_POINTS_BACK = re.compile(
    r"^(?:(?:这一|这种|这项|这些|该|此)(?:做法|模式|经验|举措|机制|办法|工作法)|此举|(?:此次|这次)(?![^，。]{0,8}的)|"
    r"(?:像|通过)?这样的|(?:通过)?这一系列)"
)
# a sentence that goes on from the one before: a scene or a time it follows (活动现场，…, 经过集中培训，…, 如今…), or a
# pronoun for its subject (面对一个无物业小区，她牵头…): taken only when no other sentence says the deed
_GOES_ON = re.compile(
    r"^(?:活动现场|现场|尤其是?|如今|随后|此后|之后|后来|事情还要从|经过[^，。]{2,10}，|(?:接着|然后|其次|紧接着|最后)[，,])"
    r"|^(?:[^，。“”]{2,20}，)?(?:她|他|它)们?(?=[\u4e00-\u9fff])(?!们?的)"
)
# one resident's story, the resident named (居民李某就利用…, 村民王某某说…): no deed of the unit the article is
# about (residents as a body are: 居民纷纷利用…, 村民自发在…)
_ONE_RESIDENT = re.compile(
    rf"^(?:居民|村民|市民|群众)(?!们|区|楼|委|会|代表|议事|自治|小组|骨干|公约|说事|群众){SIGNATURE_NAME}"
    r"(?:就|也|便|则|说|在|家|是|利用|通过)"
)
# a scene the reader is walked into (走进…社区，…; 记者来到…): no news of its own
_SCENE = re.compile(r"^(?:[^，。]{0,12}，)?(?:本报)?(?:记者|笔者)?(?:走进|来到|走在|漫步|步入|走访)")
_BACKGROUND_IS = re.compile(r"，是[^，。]{0,30}(?:的|之)")
_NUMBER = re.compile(r"\d")
_ACTION = re.compile(
    r"推行|推出|推动|推进|建立|建成|开展|组建|成立|设立|打造|探索|实施|出台|制定|创新|构建|搭建|选派|"
    r"整合|划分|配备|引导|吸纳|举行|签署|签约|发动|组织|培育|完善|健全|深化|聚焦|坚持|依托|实行|开发(?!区)|"
    r"设置|招募|引入|解决|化解|覆盖|带动|深入实施|着力|围绕|以[^，。]{1,30}为|"
    r"推广|建起|开办|开设|创办|开通|上线|启用|试点|联合[^，。]{1,20}(?:建|设|开|成立|组建)|"
    r"清理|精简|压减|取消|举办|为[^，。]{1,20}提供|服务于|助力|宣讲|慰问|劝解|调解(?![员室委组中工])|"
    # the disposal construction with a verb of moving (把调解员…请进茶馆, 把协商搬到楼门口)
    r"把[^，。]{1,20}?(?:摆|搬|建|送|请|引|延伸|下沉|纳)(?:到|进|入)"
)

# What a commentary argues (关键在于…, 只有…才…, 要…): its summary when no sentence says what someone did
_THESIS = re.compile(
    r"关键在于|关键是|重在|贵在|根本在于|只有[^。]{2,40}才|必须|不能只|既要[^。]{1,30}也要|不是[^。]{1,20}而是|"
    r"^[^，。]{0,12}要(?:把|让|从|多|在)|"
    # what a thing is and is not (减的是…，不是…), what it is for (…的目的，是…), what it is judged by (最终要看…)
    r"是[^，。]{2,30}，(?:而)?不是|的(?:目的|意义|初衷)[，,]?(?:就)?是|(?:最终|关键|主要)要看"
)


# A leading clause that only sets the scene (dropped, the rest of the sentence is kept).
STOCK_OPENINGS: tuple[str, ...] = (
    r"(?:近年来|近年以来|近些年来|今年以来|去年以来|近期|近日|日前)",
    r"(?:自|从)?[^，。“”]{0,16}以来",
    r"为(?:深入|全面|认真|进一步|更好地?|切实)?(?:贯彻|落实|学习|践行)[^。]{0,80}?(?:精神|部署|要求|思想|指示)",
    r"(?:在|按照)[^，。]{0,30}(?:领导下|指导下|部署下|要求下)",
    r"为[^。“”]{2,80}?(?=[，,]\s*\d{1,2}\s*月\s*\d{1,2}\s*日)",  # 为庆祝…，6月27日，X…
    r"(?:围绕|针对|面对)(?:这个|这一|这些|此类?)[^，。]{0,8}",  # refers back to a sentence not shown
    r"(?:同时|此外|另外|对此|为此|与此同时|在此基础上)",
    r"(?:本报)?(?:记者|笔者)(?:近日|日前)?(?:从|在)[^，。“”]{2,30}(?:获悉|了解到|得知|采访时了解到)",  # who told the paper
    # how the paper knows (据了解，据悉，), also a news site's credit before it (实况新闻—某报记者从…了解到)
    r"(?:据(?:了解|悉|介绍|统计|初步统计|不完全统计)|[^，。“”]{0,16}?(?:记者|笔者)?(?:近日|日前)?从[^，。“”]{2,30}(?:获悉|了解到|得知))",
    # what the deed was for, up to the time it was done (为丰富…，引导…，近日X组织…; 充分释放…活力，…，3月26日上午，…)
    r"(?:为了?|(?=进一步|充分|切实|深入))[^。“”]{2,80}?(?=[，,]\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|近日|日前|近期|当天|昨日|昨天)(?![^，。]{0,4}以来))",
)
# Phrases that make a sentence boilerplate wherever they stand (the sentence is skipped).
STOCK_PHRASES: tuple[str, ...] = (
    r"(?:认真|深入|全面)贯彻落实",
    r"(?:获得感|幸福感|安全感)[、和]?(?:获得感|幸福感|安全感)",
    r"习近平新时代中国特色社会主义思想",
    r"党的二十大(?:和二十届[^，。]{0,10})?精神",
)
_STOCK_OPENING = re.compile("^(?:" + "|".join(STOCK_OPENINGS) + ")[，,]")
_STOCK_PHRASE = re.compile("|".join(STOCK_PHRASES))
_RESULT = re.compile(
    r"下降|减少|提升至|提升到|提高到|提高至|增长|增加|达到|实现|累计|化解|办结|解决[^，。]{0,10}\d|同比|"
    r"满意率|成功率|覆盖率|\d+(?:\.\d+)?\s*[%％]"
)


# A purpose clause (为充分发挥…作用，) or its subjectless remainder (进一步为基层减负增效，切实解决…): what the deed
# was for, said before anyone is named; the sentence goes on only if a clause of its own names who did what.
_PURPOSE = re.compile(
    r"^(?:为了?(?:充分|进一步|切实|深入|更好地?|全面|持续|不断|有效|积极|大力|从根本上)?|进一步|充分|切实|更好地?)"
    r"(?:发挥|推进|推动|加强|提升|丰富|落实|贯彻|助力|促进|营造|打造|满足|解决|破解|确保|保障|巩固|增强|激发|发展|壮大|"
    r"释放|创新|让|使|为)"
)
# a clause that is the purpose's next aim, no subject of its own (切实加强…, 严格落实…, 积极组织…, 坚决做到…)
_AIM = re.compile(
    r"^(?:切实|进一步|充分|积极|严格|坚决|全面|深入|持续|不断|着力|努力|大力|有效|从源头上?|更好地?|"
    r"加强|推动|推进|提升|助力|促进|引导|带动|营造|打造|确保|激发|创新|解决|健全|完善|夯实|深化|强化|提高|巩固|增强|优化|让|使)"
)


def _without_purpose(text: str) -> str | None:
    """The sentence from its first clause that is no purpose or aim on, or None when every clause is one."""
    if not _PURPOSE.match(text):
        return text
    clauses = re.split(r"(?<=[，,])", text)
    for at in range(1, len(clauses)):
        if not _AIM.match(clauses[at]):
            return "".join(clauses[at:])
    return None


def _without_stock(text: str) -> str | None:
    """The sentence without its leading stock clauses, or None if what is left is boilerplate too."""
    while (match := _STOCK_OPENING.match(text)) is not None:
        text = text[match.end() :]
    purposeless = _without_purpose(text)
    if purposeless is None or _STOCK_PHRASE.search(purposeless) or len(purposeless) < 12:
        return None
    return purposeless


def _sentences(title: str, body: str) -> list[_Sentence]:
    """The sentences of an action that may stand in a summary, those naming an actor marked (`actor`); the others
    stand in only when none does (`街道推行“院落自治”…` after `内江市市中区牌楼街道老旧院落多…`; nothing checks that one
    was named before)."""
    names = _title_names(title)
    places = _places()
    named = _units_named(title)  # the kinds of unit named so far (街道 once 荷花园街道 was)
    out: list[_Sentence] = []
    position = 0
    for p_index, paragraph in enumerate(body_paragraphs(body)):
        if p_index == 0:
            paragraph = _BYLINE.sub("", paragraph, count=1)
        for text in split_sentences(paragraph):
            position += 1
            text = _without_hook(text)
            named |= _units_named(text)
            if len(text) < 12 or text.endswith(("？", "?", "！")) or "？" in text:
                continue
            if (
                _is_speech(text)
                or _CAPTION_SENTENCE.search(text)
                or _PLAN.search(text)
                or _BACKGROUND_START.match(text)
                or _POINTS_BACK.match(text)
                or _ONE_RESIDENT.match(text)
            ):
                continue
            trimmed = _without_stock(text)
            if (
                trimmed is None
                or _BACKGROUND_START.match(trimmed)
                or _POINTS_BACK.match(trimmed)
                or _ONE_RESIDENT.match(trimmed)
            ):
                continue
            text = trimmed
            number = bool(_NUMBER.search(text))
            actor = _has_actor(text, names, places) or _named_before(text, named)
            if _BACKGROUND_IS.search(text) and not number and not any(n in text for n in names):
                continue
            action = bool(_ACTION.search(_SPEECH_QUOTE.sub("", text)))
            thesis = bool(_THESIS.search(text))
            if not action and not thesis and (not actor or _SCENE.match(text)):
                continue  # (a sentence naming a unit and no deed: a story's news, when no sentence says more)
            out.append(
                _Sentence(
                    text,
                    p_index,
                    position,
                    actor,
                    action,
                    number,
                    bool(_RESULT.search(text)),
                    bool(_GOES_ON.match(text)),
                    thesis,
                )
            )
    return out


def _cut(text: str, limit: int) -> str:
    """Cut a long sentence at the last clause boundary before `limit`, marking the cut with ……"""
    if len(text) <= limit:
        return text
    window = text[: limit - 2]
    cut = max(window.rfind("，"), window.rfind("；"), window.rfind("、"))
    if cut < limit // 3:
        cut = len(window)
    return text[:cut].rstrip("，；、 ") + "……"


def _first_paragraph(body: str) -> str:
    paragraphs = body_paragraphs(body)
    return _BYLINE.sub("", paragraphs[0], count=1).strip() if paragraphs else ""


def _pick(candidates: list[_Sentence], max_sentences: int, other_paragraph: bool = False) -> str:
    """The lead and the best further sentences (results, then figures, then early ones) within MAX_CHARS,
    in article order; with `other_paragraph`, further sentences only from outside the lead's paragraph."""
    lead = candidates[0]
    if len(lead.text) > MAX_CHARS:
        return _cut(lead.text, MAX_CHARS)
    chosen = [lead]
    used = len(lead.text)

    def rank(s: _Sentence) -> tuple:
        return (-(3 * s.result + 2 * s.number + (s.paragraph <= 1)), s.position)

    for sentence in sorted(candidates[1:], key=rank):
        if len(chosen) >= max_sentences:
            break
        if len(sentence.text) < MIN_EXTRA_CHARS or used + len(sentence.text) > MAX_CHARS:
            continue
        if other_paragraph and sentence.paragraph == lead.paragraph:
            continue
        if sentence.goes_on and sentence.position < lead.position:
            continue  # printed first, it would go on from nothing
        chosen.append(sentence)
        used += len(sentence.text)
    chosen.sort(key=lambda s: s.position)
    return "".join(s.text for s in chosen)


def summarize(title: str, body: str, max_sentences: int = 2) -> str:
    """1–`max_sentences` sentences of the article that say what was done and what came of it ('' if none
    qualifies), never the body's first paragraph word for word."""
    # a short article may name its actor once, in a sentence that sets the scene, and then say what
    # `街道` or `村里` did: with no sentence naming both, the sentences of an action do
    sentences = _sentences(title, body)
    deeds = [s for s in sentences if s.action]
    # a commentary names no deed: what it argues (its thesis sentences) is what it says; a story telling no
    # deed (a grid worker called to a resident's home): its first sentence naming the unit of its people
    theses = [s for s in sentences if s.thesis]
    candidates = [s for s in deeds if s.actor] or deeds or theses or sentences
    candidates = sorted(candidates, key=lambda s: s.goes_on)  # (stable: a sentence going on leads only last)
    if not candidates or max_sentences < 1:
        return ""
    summary = _pick(candidates, max_sentences)
    first = _first_paragraph(body)
    if not first.endswith(summary):
        return summary
    if max_sentences > 1:
        summary = _pick(candidates, max_sentences, other_paragraph=True)
        if not first.endswith(summary):
            return summary
    # (a sentence going on from the one before, 接着，…, is no summary of the article: the first paragraph is)
    later = [c for c in candidates if c.paragraph > 0 and not c.goes_on]
    return _pick(later, max_sentences) if later else summary
