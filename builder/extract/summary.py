"""Summary: 1–3 sentences taken from the article that say what was done.

Rules, in order (the sentences and what each tells are read in `summary_sentences.py`, whose patterns the rules
name: `_THESIS`, `_SETTING`, `RESULT`, …; this module picks the summary among them):

1. Only body paragraphs count: Markdown headings (`## …`), bold-only lines, short lines without a sentence
   end (printed subheadings), figure captions (`图：…`, `△…`, photo credits) are skipped. A byline at the
   start of the lead (`本报讯（记者 …）`, `■中共…组织部`, `新甘肃·甘肃日报记者 …`) is removed.
2. Sentences end at 。！？ outside quotation marks; a quotation with its attribution is one sentence.
3. Skipped sentences: speech (a sentence that opens with a quotation, or whose first clause is
   `X说/表示/强调/指出/介绍…`; an interview's answer, `周某某：…`, to its paragraph's end; words in the first person,
   `我们把…`, the paper telling in the third person), questions, plans (`下一步`, `将继续`), a sentence pointing back to the one
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
   in `summary_stock.py` so that an editor or developer can extend them. How the paper knows (`据了解，`, `据悉，`, `记者从…了解到，`)
   is such an opening, and so is what the deed was for up to the time it was done (`为丰富…，引导…，近日…`); a
   sentence that is only a purpose and its aims (`为充分发挥…作用，切实加强…工作。`) is skipped (`_PURPOSE`, `_AIM`).
   So is one pointing back (`此次…`, `这样的…`, `通过这一系列…`) and one resident's story (`居民李某就利用…`).
   A sentence going on from the one before (`活动现场，…`, `如今…`, `经过集中培训，…`, `接着，…`, a pronoun for its
   subject: `面对…，她牵头…`) leads only when no other sentence of a deed can, and is never printed before the lead.
   A quotation hooking a feature's lead (`“…。”近日，X社区…`, no attribution after it) is left out of the sentence;
   a verb inside a long quotation (`提出“以…为契机…”`) or a place (`开发区`) is no deed; a photo caption run into a
   paragraph (`李某（右一）在…`) is skipped. A story telling no deed at all is summed up by its first sentence
   naming a unit (`网格员田某接到…的求助电话`), not a scene the reader is walked into (`走进…，`).
   An honour received (`…党委荣获“先进基层党组织”称号`, `被评为…`) is no deed, whatever words its title holds
   (`组织`): such a sentence leads only when no sentence of a deed exists. Nor does a scene the reader is set in
   (`清晨，…`, `每天傍晚，…`, `阳光洒在…`, `在某某街道，一支…调解队活跃在…`, an opening clause `…里又热闹起来`:
   `_SETTING`) or a programme stated with no figure and no deed done (`坚持…，着力…，…不断提升`:
   `summary_stock.is_programme`; `有效化解了一批…` is done), its deed said or not: they lead only
   when no other sentence of a deed can, and are never added to one. The paper at work (`记者采访了某某组织部负责人…`)
   is no deed of the place.
5. The lead is the first such sentence of the article within `MAX_CHARS` (what was done); up to
   `max_sentences - 1` more are added, results first (`RESULT`: 下降, 提升至, 实现, 累计 …, then figures, then
   position), as long as the summary stays within `MAX_CHARS`; they are printed in article order. A sentence is
   never cut (a card cut mid-sentence says nothing whole): when no candidate fits, the shortest stands whole.
   A sentence going on from one before (`活动中，…`, `村里还…`, `去年，社区又…`) leads only when no sentence of a
   deed that does not go on exists, whether or not that one names its actor. What the unit is, where it lies or
   when it was built (`某某社区是…发源地之一`, `某某小区建成于2008年，有住户…`) is no deed (`_WHAT_IT_IS`); a
   sentence summing up a scene or answering a question told before (`这是…的一个缩影`, `某某区给出的答案是…`) points
   back.
6. A summary is read on its own (lists, cards): a sentence calling its unit by a demonstrative (`该村党支部…`,
   `目前，该县…`) that the summary has not named before is written with the unit's name, the last of its kind the
   article's addresses named before it (`某某镇桃坪村近日召开…。该村党支部…` -> `桃坪村党支部…`); one whose unit the
   article named nowhere before goes on from it and leads only when no other sentence can.
7. A summary identical to the body's first paragraph (or to its end, after a stock opening) says nothing the page does not say just below it: it
   then gets a sentence from another paragraph, or is taken from the other paragraphs only.
8. A numbered list (`summary_lists.py`): an item's number (`五、`, `（三）`, `3.`) is left out of its sentence; the
   items of a list of cases (`…对5起…典型问题进行通报。` then `一、某街道…。目前，…`) are no summary: the lead is.
"""

from __future__ import annotations

import re

from builder.extract.paragraphs import body_paragraphs, split_sentences
from builder.extract.summary_actors import DEMONSTRATIVE, units_named
from builder.extract.summary_sentences import (
    ACTION,
    BYLINE,
    GOES_ON,
    PLAN,
    RESULT,
    Sentence,
    candidate_sentences,
)
from builder.extract.summary_speech import in_first_person, someone_asks
from builder.extract.summary_stock import FIGURE as _NUMBER
from builder.extract.summary_stock import without_stock
from builder.ingest.speakerturns import ASKERS, turn_speaker

MAX_CHARS = 150
MIN_EXTRA_CHARS = 24


def _standing_alone(chosen: list[Sentence]) -> str:
    """The chosen sentences in article order, each one calling a unit by a demonstrative (该村…) that the summary
    has not named before it written with the unit's name (桃坪村…)."""
    said = ""
    for s in sorted(chosen, key=lambda s: s.position):
        kinds = {m[1] for m in DEMONSTRATIVE.finditer(s.text)}
        said += s.named if s.named is not None and not kinds <= units_named(said) else s.text
    return said


def _first_paragraph(body: str) -> str:
    paragraphs = body_paragraphs(body)
    return BYLINE.sub("", paragraphs[0], count=1).strip() if paragraphs else ""


def _pick(candidates: list[Sentence], max_sentences: int, other_paragraph: bool = False) -> str:
    """The lead (the first candidate within MAX_CHARS) and the best further sentences (results, then figures, then
    early ones) within MAX_CHARS, in article order; with `other_paragraph`, further sentences only from outside the
    lead's paragraph. A sentence is never cut: with no candidate within MAX_CHARS, the shortest one stands whole."""
    lead = next((c for c in candidates if len(c.text) <= MAX_CHARS), None)
    if lead is None:
        return _standing_alone([min(candidates, key=lambda c: len(c.text))])
    chosen = [lead]
    used = len(lead.text)

    def rank(s: Sentence) -> tuple:
        return (-(3 * s.result + 2 * s.number + (s.paragraph <= 1)), s.position)

    for sentence in sorted((c for c in candidates if c is not lead), key=rank):
        if len(chosen) >= max_sentences:
            break
        if len(sentence.text) < MIN_EXTRA_CHARS or used + len(sentence.text) > MAX_CHARS:
            continue
        if other_paragraph and sentence.paragraph == lead.paragraph:
            continue
        if sentence.setting and not lead.setting:
            continue  # a scene or a programme adds nothing to a deed
        if sentence.goes_on and sentence.position < lead.position:
            continue  # printed first, it would go on from nothing
        chosen.append(sentence)
        used += len(sentence.text)
    return _standing_alone(chosen)


def _repeats(first: str, summary: str) -> bool:
    """The summary says what the body's first paragraph says word for word (its end)."""
    return first.endswith(summary)


def summarize(title: str, body: str, max_sentences: int = 2) -> str:
    """1–`max_sentences` sentences of the article that say what was done and what came of it ('' if none
    qualifies), never the body's first paragraph word for word. An interview's card whose sentences hold no figure
    gets the first answer telling one in the third person (`格桑：全区共排查整顿…216个…`, `_answer_with_a_figure`)."""
    summary = _deeds_summary(title, body, max_sentences)
    if summary and not _NUMBER.search(summary) and len(split_sentences(summary)) < max_sentences:
        summary += _answer_with_a_figure(body, MAX_CHARS - len(summary))
    return summary


def _answer_with_a_figure(body: str, room: int) -> str:
    """The first sentence of an interview's answers (`格桑：…`, `答：…`, the name or label left out) telling a deed
    or a result with a figure in the third person, results first, within `room` characters ('' if none, or if
    nobody asks in the article: `someone_asks`): what was done, told by the one who did it."""
    if not someone_asks(body):
        return ""
    found: list[tuple[bool, str]] = []
    for block in re.split(r"\n\s*\n", body):  # (body_paragraphs drops an answer's label 答：: read it first)
        speaker = turn_speaker(block.strip())
        if speaker is None or speaker in ASKERS:
            continue
        answer = "".join(body_paragraphs(block))
        for text in split_sentences(re.sub(rf"^{re.escape(speaker)}[：:]", "", answer).strip()):
            text = without_stock(text) or ""
            told = ACTION.search(text) or RESULT.search(text)
            if not told or not _NUMBER.search(text) or len(text) > room or "？" in text:
                continue
            if in_first_person(text) or PLAN.search(text) or GOES_ON.match(text):
                continue
            found.append((bool(RESULT.search(text)), text))
    return next((text for result, text in found if result), found[0][1] if found else "")


def _deeds_summary(title: str, body: str, max_sentences: int) -> str:
    # a short article may name its actor once, in a sentence that sets the scene, and then say what
    # `街道` or `村里` did: with no sentence naming both, the sentences of an action do
    # (an article told only in its speakers' words, an interview whose answers alone say what was done: what
    # they say, rather than a card with no summary at all)
    sentences = candidate_sentences(title, body) or candidate_sentences(title, body, speech_too=True)
    deeds = [s for s in sentences if s.action]
    # a commentary names no deed: what it argues (its thesis sentences) is what it says; a story telling no
    # deed (a grid worker called to a resident's home): its first sentence naming the unit of its people
    theses = [s for s in sentences if s.thesis]
    candidates = [s for s in deeds if s.actor] or deeds or theses or sentences
    # (村里还推行…: it goes on from a deed told before; that one leads; so does a deed after a scene or a programme
    # whose actor is named: 以24个党群服务中心为依托，… after 某某乡坚持…，着力…，不断…)
    if all(s.goes_on or s.setting for s in candidates):
        candidates = [s for s in deeds if not s.goes_on and s not in candidates] + candidates
    # (stable: a sentence going on leads only last, a scene or a programme only before it)
    candidates = sorted(candidates, key=lambda s: (s.goes_on, s.setting))
    if not candidates or max_sentences < 1:
        return ""
    summary = _pick(candidates, max_sentences)
    first = _first_paragraph(body)
    if not _repeats(first, summary):
        return summary
    if max_sentences > 1:
        summary = _pick(candidates, max_sentences, other_paragraph=True)
        if not _repeats(first, summary):
            return summary
    # (a sentence going on from the one before, 接着，…, is no summary of the article: the first paragraph is)
    # (活动中，… leads only when no other sentence of the later paragraphs can)
    later = [c for c in candidates if c.paragraph > 0]
    later = [c for c in later if not c.goes_on] or later
    return _pick(later, max_sentences) if later else summary
