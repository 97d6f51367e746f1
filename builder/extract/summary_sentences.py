"""The sentences a summary may take (summary.py's rules 2–6: moved out of summary.py): the article's sentences read
one by one, each with what it tells (a deed: ACTION; a unit acting; a figure; a result: RESULT; going on from the
one before: GOES_ON; a scene or a programme: _SETTING, _SCENE; a commentary's thesis: _THESIS) and those that are none
left out (a plan: PLAN; background; one pointing back; one resident's story; the paper at work; a caption run into
a paragraph). summary.py picks the summary among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract.paragraphs import body_paragraphs, split_sentences
from builder.extract.summary_actors import (
    DEMONSTRATIVE,
    actor_places,
    has_actor,
    named_before,
    naming_its_units,
    title_names,
    units_named,
)
from builder.extract.summary_lists import announces_cases, items_of_cases, without_list_number
from builder.extract.summary_speech import SPEECH_QUOTE, is_speech, opens_a_speech, without_hook
from builder.extract.summary_stock import FIGURE as _NUMBER
from builder.extract.summary_stock import is_programme, without_stock
from builder.ingest.reporternames import SIGNATURE_NAME
from builder.text.numerals import DIGITS


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    position: int  # order in the article
    actor: bool
    action: bool
    number: bool
    result: bool
    goes_on: bool = False  # goes on from the sentence before (GOES_ON): leads only when no other can
    thesis: bool = False  # what a commentary argues (_THESIS)
    named: str | None = None  # the sentence naming the unit it calls by a demonstrative (该村… -> 桃坪村…)
    # a scene or a programme (_SETTING, _SCENE, _programme): leads only when no deed can
    setting: bool = False


_CAPTION_SENTENCE = re.compile(rf"（(?:前排|后排|中排)?[左右中][{DIGITS}]?）|^资料图")


BYLINE = re.compile(
    r"^\s*(?:本报讯\s*（[^）]{0,40}）|■[^。，]{2,30}?(?:组织部|宣传部|委员会|党委|党组)"
    r"|新甘肃·甘肃日报(?:实习)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*"
    r"(?:\s*通讯员(?:\s+[\u4e00-\u9fff]{2,4})+)?|（?记者\s*[\u4e00-\u9fff]{2,4}）)\s*"
)
PLAN = re.compile(
    r"^(?:下一步|今后|未来|接下来)|将(?:继续|持续|进一步|不断)|^[^，]{0,12}将[^，]{0,6}(?:坚持|深化)"
)
_BACKGROUND_START = re.compile(
    r"^(?:随着|当前|党的力量|基层治理是|服务群众是|基层党组织是|社区是|政之所向|"
    r"[^，。]{0,10}是[^，。]{0,20}的(?:关键|基础|重要))"
)
# a sentence pointing back to what the one before said (这一做法已在…推广, 此举…): no summary out of its context
_POINTS_BACK = re.compile(
    r"^(?:(?:这一|这种|这项|这些|该|此)(?:[^，。]{0,12}?(?:做法|模式|经验|举措|机制|办法|工作法))|此举|(?:此次|这次)(?![^，。]{0,8}的)|"
    r"(?:像|通过)?这样的|(?:通过)?这一系列|"
    # the scene told before summed up (这是某某街道推行…的一个缩影), the question before answered (某某区给出的答案是…),
    # the things told before (在某某区，这些…纠纷…; 这些案例…)
    r"这(?:就|正)?是[^。]{0,40}?(?:缩影|场景|写照|一幕|剪影)|[^，。“”]{2,20}给出的答案(?:是|就是)|"
    r"(?:在[^，。“”]{2,16}，)?这些(?![年天日])"
    r")"
)
# a sentence that goes on from the one before: a scene or a time it follows (活动现场，…, 经过集中培训，…, 如今…), a
# pronoun for its subject (面对一个无物业小区，她牵头…), or its subject doing it too (社区还开设…): taken only when
# no other sentence says the deed
GOES_ON = re.compile(
    r"^(?:活动现场|现场|(?:活动|会议|仪式)(?:中|上|期间)[，,]|(?:座谈|推进|签约)?会上[，,]|尤其是?|如今|随后|此后|之后|后来|事情还要从|经过[^，。]{2,10}，|(?:接着|然后|其次|紧接着|最后)[，,])"
    r"|^(?:[^，。“”]{2,20}，)?(?:她|他|它)们?(?=[\u4e00-\u9fff])(?!们?的)"
    # its subject does it too, after what the one before said (社区还开设…, 区里还…, 去年，社区又建起…): `还`, `又`
    r"|^(?:[^，。“”]{1,12}，)?[^，。“”]{1,10}?(?:(?<![归偿奉退交送])还(?![原款贷清债给])|又(?![称名]))(?=[\u4e00-\u9fff])"
)
# one resident's story, the resident named (居民李某就利用…, 村民王某某说…): no deed of the unit the article is
# about (residents as a body are: 居民纷纷利用…, 村民自发在…)
_ONE_RESIDENT = re.compile(
    rf"^(?:居民|村民|市民|群众)(?!们|区|楼|委|会|代表|议事|自治|小组|骨干|公约|说事|群众){SIGNATURE_NAME}"
    r"(?:就|也|便|则|说|在|家|是|利用|通过)"
)
# a scene the reader is walked into (走进…社区，…; 记者来到…): no news of its own
_SCENE = re.compile(r"^(?:[^，。]{0,12}，)?(?:本报)?(?:记者|笔者)?(?:走进|来到|走在|漫步|步入|走访)")
# a scene the reader is set in, not what was done: the time of day or the season (清晨，…; 每天傍晚，…), the weather
# (冬日的暖阳洒在…), a group or an event come upon at a place (在某某街道，一支…调解队活跃在…), a room come alive
# (…里又热闹起来); with a sentence of a deed of its own it leads only when no other sentence of a deed can
_SETTING = re.compile(
    r"^(?:每天|每逢|每当|每到)?(?:清晨|一大早|凌晨|傍晚|夜幕降临|入夜|深夜|[春夏秋冬]日|初[春夏秋冬]|盛夏|深秋|金秋|寒冬|"
    r"[^，。“”]{1,6}时节)[^，。“”]{0,12}[，,]"
    # the weather a clause of its own (阳光洒在…, 春风吹拂, 阳光明媚), never a name holding its word (阳光照护中心)
    r"|^[^，。“”]{0,10}(?:阳光|暖阳|细雨|寒风|春风|秋风|雪花|晨光|暮色|晚霞)"
    r"(?:[洒照飘吹拂透][在进满着落下过入向上拂]|正(?:好|浓|暖)|明媚|和煦)"
    r"|^在[^，。“”]{2,20}[，,]一(?:支|场|群|幅|张|间|座|条)"
    # the colour of the scene in the sentence's opening clause (…里又热闹起来，…), not a deed's clause ending in it
    # (…开办食堂，…，食堂里天天欢声笑语)
    r"|^[^，。]*?(?:热闹起来|人头攒动|欢声笑语|映入眼帘|扑面而来)"
)
# the paper at work, no deed of the place (记者采访了某某组织部负责人…: 组织部 names no act of organising; 围绕措施的主要内容，
# 记者采访了…)
_PAPER_ASKS = re.compile(
    r"^(?:[^，。“”]{2,20}[，,])?(?:本报)?(?:记者|笔者)(?:近日|日前)?(?:就[^，。]{1,30})?(?:采访|专访|对话|连线)"
)
_BACKGROUND_IS = re.compile(r"，是[^，。]{0,30}(?:的|之)")
# a first clause saying what the unit is, where it lies or when it was built (某某社区是全国最早的…之一, 某某小区建成于
# 2008年，有住户…, 某某镇地处边境，…): background, no deed of its own; the sentence tells one only in a later clause
_WHAT_IT_IS = re.compile(r"^[^，。“”]{2,30}?(?:是|地处|位于|建成于|始建于|成立于)[^，。]*[，。；]?")
ACTION = re.compile(
    r"推行|推出|推动|推进|建立|建成|开展|组建|成立|设立|打造|探索|实施|出台|制定|创新|构建|搭建|选派|"
    r"整合|划分|配备|引导|吸纳|举行|签署|签约|发动|组织|培育|完善|健全|深化|聚焦|坚持|依托|实行|开发(?!区)|"
    r"设置|招募|引入|解决|化解|覆盖|带动|深入实施|着力|围绕|以[^，。]{1,30}为|"
    r"推广|建起|开办|开设|创办|开通|上线|启用|试点|联合[^，。]{1,20}(?:建|设|开|成立|组建)|"
    r"清理|精简|压减|取消|举办|为[^，。]{1,20}提供|服务于|助力|宣讲|慰问|劝解|调解(?![员室委组中工])|"
    # the disposal construction with a verb of moving (把调解员…请进茶馆, 把协商搬到楼门口)
    r"把[^，。]{1,20}?(?:摆|搬|建|送|请|引|延伸|下沉|纳)(?:到|进|入)"
)
# a deed done, its verb with its object (化解了一批…, 已建成…): no programme stated, whatever adverbs tell it
_DONE = re.compile(rf"(?:{ACTION.pattern})[^，。；]{{0,2}}了(?!解)|已(?:经)?(?:{ACTION.pattern})")

# What a commentary argues (关键在于…, 只有…才…, 要…): its summary when no sentence says what someone did
_THESIS = re.compile(
    r"关键在于|关键是|重在|贵在|根本在于|只有[^。]{2,40}才|必须|不能只|既要[^。]{1,30}也要|不是[^。]{1,20}而是|"
    r"^[^，。]{0,12}要(?:把|让|从|多|在)|"
    # what a thing is and is not (减的是…，不是…), what it is for (…的目的，是…), what it is judged by (最终要看…)
    r"是[^，。]{2,30}，(?:而)?不是|的(?:目的|意义|初衷)[，,]?(?:就)?是|(?:最终|关键|主要)要看"
)

# An honour received and what it is (荣获“先进基层党组织”称号, 被评为…示范社区): no deed, whatever words its title holds
_HONOUR = re.compile(r"(?:荣获|获评|被评为|被授予|被命名为|获得[^，。]{0,30}(?:称号|荣誉))[^，。；]*")

RESULT = re.compile(
    r"下降|减少|提升至|提升到|提高到|提高至|增长|增加|达到|实现|累计|化解|办结|解决[^，。]{0,10}\d|同比|"
    r"满意率|成功率|覆盖率|\d+(?:\.\d+)?\s*[%％]"
)


def candidate_sentences(title: str, body: str, speech_too: bool = False) -> list[Sentence]:
    """The sentences of an action that may stand in a summary, those naming an actor marked (`actor`); the others
    stand in only when none does (`街道推行“院落自治”…` after `内江市市中区牌楼街道老旧院落多…`; nothing checks that one
    was named before). With `speech_too`, what a speaker says stands in as well (an article told only in its
    speakers' words)."""
    names = title_names(title)
    places = actor_places()
    named = units_named(title)  # the kinds of unit named so far (街道 once 荷花园街道 was)
    out: list[Sentence] = []
    position = 0
    before = [title]  # what the article said before the sentence (the units a demonstrative points back at)
    paragraphs = body_paragraphs(body)
    cases = items_of_cases(paragraphs)  # (a list of cases: its items are no gist of the article listing them)
    for p_index, paragraph in enumerate(paragraphs):
        if p_index == 0:
            paragraph = BYLINE.sub("", paragraph, count=1)
        speaking = False  # a paragraph a speaker opened (马某强调，…): its later sentences are the speaker's
        for text in split_sentences(paragraph):
            position += 1
            before.append(text)
            text = without_list_number(without_hook(text))
            named |= units_named(text)
            speaking = speaking or opens_a_speech(text)
            if len(text) < 12 or text.endswith(("？", "?", "！")) or "？" in text or p_index in cases:
                continue
            # someone's words (the paragraph's speaker's, or this sentence's own speech) stand in only with speech_too
            said_by_someone = speaking or is_speech(text)
            if said_by_someone and not speech_too:
                continue
            if (
                _CAPTION_SENTENCE.search(text)
                or PLAN.search(text)
                or _BACKGROUND_START.match(text)
                or _POINTS_BACK.match(text)
                or _ONE_RESIDENT.match(text)
            ):
                continue
            trimmed = without_stock(text)
            if (
                trimmed is None
                or _BACKGROUND_START.match(trimmed)
                or _POINTS_BACK.match(trimmed)
                or _ONE_RESIDENT.match(trimmed)
                or _PAPER_ASKS.match(trimmed)
            ):
                continue
            text = trimmed
            number = bool(_NUMBER.search(text))
            actor = has_actor(text, names, places) or named_before(text, named)
            if _BACKGROUND_IS.search(text) and not number and not any(n in text for n in names):
                continue
            # (a deed only in the clauses after what the unit is)
            told = text[what.end() :] if (what := _WHAT_IT_IS.match(text)) else text
            action = bool(ACTION.search(_HONOUR.sub("", SPEECH_QUOTE.sub("", told))))
            action = action or bool(cases and p_index < min(cases) and announces_cases(text))
            thesis = bool(_THESIS.search(text))
            if not action and not thesis and (not actor or _SCENE.match(text)):
                continue  # (a sentence naming a unit and no deed: a story's news, when no sentence says more)
            # 该村党支部牵头… after 某某村召开…: the summary names the village; a unit named nowhere before makes
            # the sentence one going on from the article before it (it leads only when no other can)
            alone = naming_its_units(text, "\n".join(before[:-1])) if DEMONSTRATIVE.search(text) else text
            out.append(
                Sentence(
                    text,
                    p_index,
                    position,
                    actor,
                    action,
                    number,
                    bool(RESULT.search(text)),
                    bool(GOES_ON.match(text)) or alone is None,
                    thesis,
                    alone if alone != text else None,
                    bool(_SETTING.search(text) or _SCENE.match(text)) or _programme(text),
                )
            )
    return out


def _programme(text: str) -> bool:
    """A programme stated (is_programme) and no deed done in it (`积极推行…，全面建立…，有效化解了一批…`: _DONE)."""
    return is_programme(text) and not _DONE.search(text)
