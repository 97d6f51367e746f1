"""Speech in a summary's sentence (moved out of `summary`): reported speech (a long quotation, `X说，…`, a quotation
then `X介绍。`), a quotation hooking a feature's lead, a long quotation whose verbs are no deed; whether someone asks in an article (an interview: someone_asks).
"""

from __future__ import annotations

import re

from builder.extract.paragraphs import CLOSE_QUOTES, OPEN_QUOTES
from builder.ingest.speakerturns import ASKERS, turn_speaker

_SPEECH_VERB = re.compile(
    r"^[^，。：“]{0,40}?(?:说|表示|强调|指出|介绍|认为|坦言|感慨|告诉记者|透露|提出|要求)[，：:]"
)
_SPEECH_TAIL = re.compile(r"”[^“”]{0,40}?(?:说|表示|介绍|讲道|说道|感慨道|告诉记者)[道]?。?$")


# a speaker named before the verb (马某强调，…; 区委书记某某指出：…), not how the paper knows (据介绍，…) nor a deed
# done as asked (该镇按照上级要求，…, 根据群众提出的…: 要求 and 提出 are no verbs of saying here)
_SPEAKER_OPENING = re.compile(
    r"^(?!据|经|记者从)(?:[他她]们?|[^，。：“]{2,40}?)(?:说|表示|强调|指出|认为|坦言|感慨)[，：:]"
)


def opens_a_speech(sentence: str) -> bool:
    """A sentence opened by a speaker and a verb of saying (`马某强调，…`) or by a speaker's name and a colon (an
    interview's answer, `周某某：最大的不同是…`): the paragraph's later sentences are the speaker's words too
    (`在市委的坚强领导下，按下快捷键…`, `我们在网格中建立…`), however plain they read."""
    return bool(_SPEAKER_OPENING.match(sentence)) or turn_speaker(sentence) is not None


# words in the first person (我们把…, 咱们村…, 我老伴…): the paper tells in the third person, so they are someone's
# speech, its quotation marks lost or never printed; not the paper's own country or province (我国, 我省, 我市…)
_FIRST_PERSON = re.compile(r"我们|咱们|咱(?=村|社区|小区|街道)|(?<!自)我(?![国省市区县州盟旗镇乡村党军])")
_QUOTATION = re.compile(r"[“‘「][^“”‘’「」]*[”’」]")


def in_first_person(sentence: str) -> bool:
    """Someone's words in the first person outside quotation marks (`我们建立了“三级调处”机制…`)."""
    return bool(_FIRST_PERSON.search(_QUOTATION.sub("", sentence)))


def is_speech(sentence: str) -> bool:
    """Reported speech: a long quotation, `X说，…` / `X表示：…`, a quotation followed by `X介绍。`, or words in
    the first person outside quotation marks (`我们把党支部建在小区…`)."""
    if sentence[:1] in OPEN_QUOTES:
        # the opening mark's own closing mark (“这是‘红色物业’宣讲团首站。…”: the inner ’ closes no speech)
        mark = CLOSE_QUOTES[OPEN_QUOTES.index(sentence[0])]
        close = sentence.find(mark) if mark in sentence else len(sentence)
        quoted = sentence[1:close]
        # a long quotation, or one with clauses, is speech; a short one (“有事找书记”，是…) names a practice
        if len(quoted) >= 12 or re.search(r"[，。！？]", quoted):
            return True
    if _SPEECH_VERB.match(sentence) or in_first_person(sentence):
        return True
    return bool(_SPEECH_TAIL.search(sentence))


# a quotation closing its own sentence (“…。”) at the start, the narrative going on with no mark of its own:
# `“阿姨，我来看看。”近日，社区网格员…接到…` (not its attribution: `“…。”张某说。`, `“…！”他笑着说，…`)
_HOOK_QUOTE = re.compile(r"^“[^“”]{2,200}[。！？!?]”(?=[^“”]{12})")
_ATTRIBUTION = re.compile(
    r"^[^，。“”]{0,16}?(?:说|表示|介绍|讲道|说道|感慨|笑道|告诉记者|坦言|回忆)"
    r"|^[^。“”]{0,60}(?:说|讲|表示|介绍|感慨|笑|告诉记者)道?[。！]?$"  # 某公司书记任某在大会上讲道。
)


def without_hook(sentence: str) -> str:
    """The sentence after an opening quotation that ends in its own sentence mark, when what follows is no
    attribution of it (a feature's hook: `“谢谢你们。”近日，X社区…`)."""
    match = _HOOK_QUOTE.match(sentence)
    if match is None or _ATTRIBUTION.match(sentence[match.end() :]):
        return sentence
    return sentence[match.end() :]


# a long quotation or one with clauses is speech: its verbs are no deed of the sentence (“…以建党100周年为契机…”)
SPEECH_QUOTE = re.compile(r"“[^“”]*(?:[，。！？；][^“”]*|[^“”]{12,})”")


def someone_asks(body: str) -> bool:
    """Someone asks in the article: a line of a questioner's turn (`记者：…`, `问：…`) or a question of its own
    (`**…？**`), what makes it an interview (`李某：某村网格员，…` listing people asks nothing)."""
    for line in body.splitlines():
        line = line.strip().strip("*#").strip()
        if turn_speaker(line) in ASKERS or line.endswith(("？", "?")):
            return True
    return False
