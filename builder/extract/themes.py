"""Themes of an initiative: the 1–4 central ones, scored with the editable rules of `themes.yaml`.

Scoring (all numbers are module constants, documented in `themes.yaml` for editors):

1. Every theme has `terms`, each with a weight and optionally `where` it counts (title / headings / body).
2. Terms are found as plain substrings, leftmost-longest over the whole vocabulary at once, so 就业 inside
   新就业群体 does not count for livelihood services, and 网格 inside 网格党支部 counts only as 网格党支部.
   Quote marks are not read: 部门“报到” is the phrase 部门报到; nor is the 自治 of a place's name (大理白族自治州).
   A term of weight 0 is a word that holds another term and means something else (协调解决 holds 调解): found
   first, it adds nothing.
3. Per section, a term found `c` times adds `weight × (1 + ln c)` (repeats count less and less); the title
   counts ×3, the headings ×2, the body ×1. A theme's score is the sum (never below zero).
   What only a list of duties says (three or more items joined by 、: 排查隐患、文明劝导、化解矛盾、帮扶救助; two
   closed by 等工作: 参与矛盾调解、政策宣传等工作)
   counts `LIST_FACTOR` (half): one duty among many is not what the article is about.
   What only a sentence of plans says (下一步，…; 我们准备把“红色网格”和…矛盾调解结合起来) counts `PLAN_FACTOR`
   (half): the work not done yet is not what the article reports; so does a sentence of the old state the work
   changed (长期以来，…治安状况堪忧; 那时候…; 以往…; 此前…; 过去社区“小马拉大车”, not 过去一年: a period of work),
   and a sentence of the setting the work is done in (某区是典型的老城区，背街小巷多、老旧小区多), and a meeting's
   demands (会议要求，各地要把党组织建在网格上; 会议强调…): what a meeting asks is not work reported done (its account
   of the work done since a time, 会议指出，今年以来，…全面推行…, is a report: counted in full).
   Photo captions are not in the body (ingest moves them to `captions:`); what an editor writes in the body
   counts as the article's text.
4. Kinds of sentence (`sentences:`, for short texts that name a theme's work without its terms): a rule is a
   list of word groups; a sentence with a word of every group adds the rule's weight, once per section
   (times the section's factor): evidence for short texts, which a long one does not pile up. The group `<数>` is a count (200多名, 12支, 三个): `[[<数>], [志愿者, 服务队]]`
   finds 200多名“红袖章”志愿者下沉网格 whatever the team is called (a word ending in `<数>`, 党支部<数>, is the word
   with a count right after it: 建立党支部48个; one opening with `<数>`, <数>巷长, the word with a count right before it:
   每条街巷明确1名巷长, not 在95个小区选聘党员、楼栋长, where the places are counted); a rule may count in some sections only (`where`,
   as for terms: 把服务送到居民家门口 in the body is a service, in a headline a slogan). A sentence is one piece of evidence: matching
   several kinds of one theme (收集居民意见建议: residents' views, and views gathered), it counts once, for the
   heaviest; another sentence of another kind counts again.
5. Kept: themes scoring at least `RELATIVE_THRESHOLD` of the top score (0.27: measured on every open set once a
   sentence counted once; 0.25 then keeps heldout5's passing mentions, 0.28 drops the corpus's c11 grid workers,
   0.274 of its top; no share of the top separates a short brief's passing mention from a second theme it
   reports, so the share only trims the least; what a brief says in passing is told by the kind of sentence)
   and at least `MIN_SCORE` (less for a
   body shorter than `FULL_LENGTH` characters, in proportion: a short article has fewer sentences), at most
   `MAX_THEMES`, in order of score, ties broken by slug. If nothing reaches `MIN_SCORE`, the top theme alone
   is kept when it has any score at all, so every initiative that mentions a theme gets one.
   The title of an untitled report, made from its lead (`ArticleText.title_made`), is no headline: its words
   are the lead's, counted once, in the body (`builder.extract.fields.extract_one` scores no title).
6. A theme only the title speaks of (解民忧, 家门口 in a headline; no term nor kind of sentence of the
   headings or body) is not kept, unless it is the top one or a practice implies it (`spoken_of`: a term inside a longer one
   counts there, the 党建联盟 of 商圈党建联盟).
7. A named practice implies its theme (`practices:` of a theme: a practice whose name contains one of them,
   双报到 → dual-reporting, 红色物业联盟 → red-property): that theme is kept whatever its score (still at
   most `MAX_THEMES`; named only in the body, see the end of this point). Only a central practice implies: one named in the title, or any of an article that
   names at most `IMPLYING_PRACTICES` (an overview listing twenty practices is scored by its terms); a word
   paired with its opposite in a formula (线上+线下) implies nothing: the work is done both ways. A practice
   named only in the body implies its theme when that theme scores at least `IMPLIED_SHARE` of the top (0.1: with
   it no open set's theme F1 dropped; a riders' article's 骑手议事会, a relocation estate's 楼栋党小组+楼长+中心户,
   whose themes score a twelfth or a fifteenth of the top, are a side tool of the work, not what it reports; a
   practice given that the text does not name, as an editor's, implies as one of the title does).
8. A person by office named once (`roles:` of a theme: 网格员, 社区工作者), when it is all the text says of the theme
   (no other term anywhere, no kind of its sentences, not in the headline), passes through a report of other work
   (由网格员送餐上门, 交办给村干部和网格员, 社区工作者入户时间增加): that theme is kept only as the top one or implied
   (`named_in_passing`). Named twice, counted (全区120名网格员) or with their work described, the theme stands.
   A post of any group's (`venues:` of a theme: 驿站, 红色驿站) is the same however often it is named, when it is all
   the text says of the theme (a 红色驿站 serving 群众): who it serves tells (骑手, 快递员).
9. A theme told only in a tally of results, one counted clause among others counting other deeds (共举办技术培训45场，
   帮扶困难农户120户，调解果园地界纠纷16起), is kept only as the top one or implied (`tallied_in_passing`); said anywhere
   outside such a tally (a sentence of its own, the headline), it stands. So is a theme told only by a term in one
   item of a list of duties or services (提供政策咨询、纠纷调解、直播培训等服务: one service among others); a list
   no item of which alone names the theme (驿站提供饮水、充电、休息等服务, read with its sentence) tells it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from builder.content.loader import Label
from builder.extract.theme_matcher import matcher_for, vocabulary_key
from builder.extract.theme_rules import COUNT, SECTIONS, parse_rules, parse_sentence_rules
from builder.text.numerals import COUNTS_TO_TEN

SECTION_WEIGHTS: dict[str, float] = {"title": 3.0, "headings": 2.0, "body": 1.0}
RELATIVE_THRESHOLD = 0.27
MIN_SCORE = 10.0
IMPLYING_PRACTICES = 3  # an article naming more practices than this: only those of its title imply themes
FULL_LENGTH = 800  # characters of body from which MIN_SCORE applies in full
MAX_THEMES = 4
IMPLIED_SHARE = 0.1  # a practice named only in the body implies a theme scoring this share of the top
LIST_FACTOR = 0.5  # a term or kind of sentence found only in a list of duties (…、…、…) counts half
PLAN_FACTOR = (
    0.5  # a term or kind of sentence found only in a sentence of plans (下一步…, 准备把…) counts half
)


_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")


def _sentence_scores(texts: Mapping[str, str], vocabulary: Mapping[str, Label]) -> dict[str, float]:
    rules = [rule for slug in sorted(vocabulary) for rule in parse_sentence_rules(vocabulary[slug])]
    rules.sort(key=lambda rule: (rule.slug, -rule.weight))  # (stable: a theme's rules in their order)
    scores: dict[str, float] = {}
    for section in SECTIONS if rules else ():
        sentences = [s for s in _SENTENCE_END.split(texts[section]) if s.strip()]
        taken: set[tuple[str, int]] = set()  # (theme, sentence) already counted for that theme
        for rule in (rule for rule in rules if section in rule.where):
            found = [i for i, sentence in enumerate(sentences) if rule.matches(sentence)]
            if found and any((rule.slug, i) not in taken for i in found):
                taken.update((rule.slug, i) for i in found)
                scores[rule.slug] = scores.get(rule.slug, 0.0) + SECTION_WEIGHTS[section] * rule.weight
    return scores


def implied_themes(practices: Sequence[str], vocabulary: Mapping[str, Label]) -> list[str]:
    """The themes whose `practices:` list names a part of one of `practices` (by slug); not a part paired with
    its opposite in the name (线上+线下, 线上党课+线下活动: the work done both ways, online no more than off)."""
    implied: list[str] = []
    for slug in sorted(vocabulary):
        names = vocabulary[slug].extra.get("practices") or []
        names = [str(n) for n in names if str(n).strip()] if isinstance(names, list) else []
        if any(
            name in practice and not _with_opposite(name, practice)
            for name in names
            for practice in practices
        ):
            implied.append(slug)
    return implied


def _with_opposite(name: str, practice: str) -> bool:
    """`practice` pairs `name` with its opposite by + (线上 with 线下 in 线上+线下)."""
    opposite = name.replace("上", "下") if "上" in name else ""
    return bool(opposite) and opposite in practice and bool(re.search("[+＋]", practice))


# A list of duties: three or more short items joined by 、 (排查隐患、文明劝导、化解矛盾、帮扶救助); an item
# stops at 等 (快递员等新就业群体: what follows 等 names the whole). Two items closed by 等 are no list: they
# are more often who or what the article is about (快递员、外卖配送员等户外劳动者).
_ITEM = r"[^、，,。；;！？!?：:\n等]{2,12}"
# Also the three or more parties a unit convenes, closed by 和/及 (召集居民代表、物业和交警; 组织村干部、党员和
# 农民群众学习): who is called to one step is no more what the article is about than one duty among many (not
# the members a team is made of: 由社区干部、党员志愿者和物业人员组成).
_PARTY = r"[^、，,。；;！？!?：:\n等和及]"
_CONVENED = rf"(?<=召集|组织|邀请|动员|发动)(?:{_PARTY}{{1,6}}、)+{_PARTY}{{1,6}}[和及]{_PARTY}{{2,4}}"
# Two duties closed by 等 and a word for duties (参与矛盾调解、政策宣传等工作, 在环境整治、纠纷调解等一线实践中) are a
# list of duties too; not the services provided (提供水电维修、代买代办等服务: what the article is about).
_DUTIES = rf"{_ITEM}、{_ITEM}(?=等(?:工作|事务|任务|事项|一线|实践|方面))"
# A tally of results: two or more clauses of a sentence in a row, each ending on its count (共举办技术培训45场，
# 帮扶困难农户120户，调解果园地界纠纷16起): a theme only such a clause tells of was work done on the side of what
# the article reports (tallied_in_passing). A clause opening with 其中 counts a part of the count before, no
# result of its own.
_RESULT = rf"[^，,。；;！？!?：:、\n]{{2,30}}?{COUNT.pattern}(?=[，,。；;！？!?\n]|$)"
_TALLY = re.compile(rf"{_RESULT}(?:[，,](?!其中){_RESULT})+")  # (其中脱贫户300人: a part of the count before)
_LIST = re.compile(rf"{_ITEM}(?:、{_ITEM}){{2,}}|{_CONVENED}|{_DUTIES}")


# Quote marks set off one word of a phrase (部门“报到”, 社区“两委”): terms are matched as if they were not printed.
_QUOTE_MARK = re.compile(r"[“”‘’「」『』\"]")
# The 自治 of a place's name (大理白族自治州, 紫云苗族布依族自治县) is no self-governance: not read.
_AUTONOMOUS = re.compile(r"自治(?=[州县区旗乡])")
# A sentence of plans (下一步，…; 我们准备把…; 今后将…; 计划…): what is not done yet, counted PLAN_FACTOR; so is a
# sentence of the old state the work changed (长期以来，小区…治安状况堪忧; “那时候晚上出门…”): no work done either;
# nor a meeting's demands (会议要求，各地要…; 会议强调…); a meeting's account of the work done since a time is
# no demand (会议指出，今年以来，全省…全面推行…: a report of work done, _DONE_SINCE).
_DONE_SINCE = rf"[，：]?(?:今年以来|去年以来|近年来|[\d{COUNTS_TO_TEN}]+年(?:以)?来|过去一年)"
_PLAN = re.compile(
    rf"[^。！？\n]*(?:下一步|接下来|会议要求|会议强调|会议提出|会议指出(?!{_DONE_SINCE})|今后|准备把|准备将|计划把|计划将|打算把|还将把"
    r"|长期以来|以往|那时候|此前|是典型的|属于典型的"
    rf"|过去(?![\d{COUNTS_TO_TEN}几]+(?:年|个月)|的一年))[^。！？\n]*[。！？]?"
)


def _raw_scores(texts: Mapping[str, str], vocabulary: Mapping[str, Label]) -> dict[str, float]:
    matcher = matcher_for(vocabulary_key(vocabulary))
    scores = _sentence_scores(texts, vocabulary)
    for section in SECTIONS:
        counts = matcher.count(texts[section])
        factor = SECTION_WEIGHTS[section]
        for term in sorted(counts):
            saturated = 1.0 + math.log(counts[term])
            for rule in matcher.by_term[term]:
                if section in rule.where:
                    scores[rule.slug] = scores.get(rule.slug, 0.0) + factor * rule.weight * saturated
    return scores


def theme_scores(
    title: str, headings: Sequence[str], body: str, vocabulary: Mapping[str, Label]
) -> dict[str, float]:
    """The score of every theme with a positive score (see the module docstring): what only a list of duties
    says counts LIST_FACTOR of what the rest of the text says."""
    texts = {"title": title or "", "headings": "\n".join(h for h in headings if h), "body": body or ""}
    texts = {section: _AUTONOMOUS.sub("", _QUOTE_MARK.sub("", text)) for section, text in texts.items()}
    scores = _listed_half(texts, vocabulary)
    if any(_PLAN.search(text) for text in texts.values()):  # what is only planned counts PLAN_FACTOR
        done = _listed_half({k: _PLAN.sub("。", v) for k, v in texts.items()}, vocabulary)
        scores = {
            slug: done.get(slug, 0.0) + PLAN_FACTOR * (score - done.get(slug, 0.0))
            for slug, score in scores.items()
        }
    return {slug: round(score, 6) for slug, score in scores.items() if score > 0 and slug in vocabulary}


def _listed_half(texts: Mapping[str, str], vocabulary: Mapping[str, Label]) -> dict[str, float]:
    """Raw scores, what only a list of duties says counting LIST_FACTOR."""
    full = _raw_scores(texts, vocabulary)
    outside = _raw_scores({k: _LIST.sub("，", v) for k, v in texts.items()}, vocabulary)
    return {
        slug: outside.get(slug, 0.0) + LIST_FACTOR * (score - outside.get(slug, 0.0))
        for slug, score in full.items()
    }


def min_score(length: int | None) -> float:
    """MIN_SCORE for a text of `length` characters: less for a short article (it has fewer sentences to
    find terms in), in proportion below FULL_LENGTH."""
    if length is None:
        return MIN_SCORE
    return MIN_SCORE * min(1.0, max(length, 1) / FULL_LENGTH)


def select_themes(
    scores: Mapping[str, float], implied: Sequence[str] = (), length: int | None = None
) -> list[str]:
    """The central themes among `scores`: relative threshold against the top, at most MAX_THEMES; the
    `implied` ones (by a named practice) are kept whatever their score. `length`: of the text (see
    `min_score`)."""
    ranked = sorted(((s, slug) for slug, s in scores.items() if s > 0), key=lambda item: (-item[0], item[1]))
    if not ranked and not implied:
        return []
    top = ranked[0][0] if ranked else 0.0
    floor = max(RELATIVE_THRESHOLD * top, min_score(length))
    chosen = ([slug for score, slug in ranked if score >= floor] or [ranked[0][1]]) if ranked else []
    must = [slug for slug in implied if slug not in chosen]
    kept = [*chosen[: max(0, MAX_THEMES - len(must))], *must][:MAX_THEMES]
    order = {slug: (-scores.get(slug, 0.0), slug) for slug in kept}
    return sorted(kept, key=order.__getitem__)


def score_themes(
    title: str,
    headings: Sequence[str],
    body: str,
    vocabulary: dict[str, Label],
    practices: Sequence[str] = (),
) -> list[str]:
    """1–4 central theme slugs of an initiative, best first (empty only if no rule matches at all and no
    named practice implies a theme)."""
    central = practices if len(practices) <= IMPLYING_PRACTICES else [p for p in practices if p in title]
    scores = theme_scores(title, headings, body, vocabulary)
    top = max(scores.values(), default=0.0)
    in_body_only = {p for p in central if p not in title and p in (body or "")}
    headlined = set(implied_themes([p for p in central if p not in in_body_only], vocabulary))
    implied = [
        slug
        for slug in implied_themes(central, vocabulary)
        if slug in headlined or scores.get(slug, 0.0) >= IMPLIED_SHARE * top
    ]
    length = len(body or "")
    chosen = select_themes(scores, implied, length)
    text = "\n".join([*headings, body or ""])
    sections = (title or "", "\n".join(headings), body or "")
    return [
        slug
        for rank, slug in enumerate(chosen)
        if rank == 0
        or slug in implied
        or (
            spoken_of(slug, text, vocabulary)
            and not named_in_passing(slug, sections, vocabulary)
            and not tallied_in_passing(slug, sections, vocabulary)
        )
    ]


def named_in_passing(slug: str, sections: Sequence[str], vocabulary: Mapping[str, Label]) -> bool:
    """Whether all `sections` (title, headings, body) say of theme `slug` is one mention in the body of one of its `roles:`
    (a person by office: 由网格员送餐上门, 交办给村干部和网格员, 社区工作者入户时间增加): no other term of the theme,
    nor a kind of its sentences. The person passes through a report of other work (score_themes keeps such a theme
    only as the top one or implied). So does a post of any group's (`venues:`: 驿站, 红色驿站 serving 群众, 老人) when
    it is all the text says of the theme, however often: who it serves would tell the theme (骑手, 快递员)."""
    label = vocabulary.get(slug)
    roles = label.extra.get("roles") if label is not None else None
    venues = label.extra.get("venues") if label is not None else None
    roles = [str(role) for role in roles] if isinstance(roles, list) else []
    venues = [str(venue) for venue in venues] if isinstance(venues, list) else []
    if not roles and not venues:
        return False
    matcher = matcher_for(vocabulary_key(vocabulary))
    said: list[tuple[str, str]] = []
    for section, text in zip(SECTIONS, sections, strict=True):
        text = _AUTONOMOUS.sub("", _QUOTE_MARK.sub("", text))
        for term, count in matcher.count(text).items():
            if any(r.slug == slug and r.weight > 0 and section in r.where for r in matcher.by_term[term]):
                said.extend([(section, term)] * count)
        rules = [rule for rule in parse_sentence_rules(label) if section in rule.where]
        if any(rule.matches(s) for rule in rules for s in _SENTENCE_END.split(text) if s.strip()):
            return False
    if said and all(term in venues for _section, term in said):
        return True
    return len(said) == 1 and said[0][0] == "body" and said[0][1] in roles


def tallied_in_passing(slug: str, sections: Sequence[str], vocabulary: Mapping[str, Label]) -> bool:
    """Whether all `sections` (title, headings, body) say of theme `slug` lies in tallies of results: one counted
    clause among others, at least one of which counts a deed not of this theme (今年以来，共举办技术培训45场，帮扶
    困难农户120户，调解果园地界纠纷16起 in a report of orchard cooperatives' party branches), or in
    one item of a list of duties or services (提供政策咨询、纠纷调解、直播培训等服务: the item alone names the work):
    the work was done on the side of what the article reports (score_themes keeps such a theme only as the top one
    or implied). A tally all of whose clauses count this theme's work (调解邻里纠纷45起，化解信访积案12件) is its
    own; a list no item of which alone names the theme, read with its sentence (驿站提供饮水、充电、休息等服务:
    residents' daily needs), tells it."""
    if not spoken_of(slug, "\n".join(sections), vocabulary):
        return False

    def passing(tally: re.Match[str]) -> str:
        other_deed = any(
            not spoken_of(slug, clause, vocabulary) for clause in re.split(r"[，,]", tally.group())
        )
        return "，" if other_deed else tally.group()

    untallied = [_TALLY.sub(passing, section) for section in sections]
    return not spoken_of(slug, "\n".join(_one_item_lists(slug, s, vocabulary) for s in untallied), vocabulary)


_LIST_ITEM_BREAK = re.compile("[、和及]")


def _one_item_lists(slug: str, text: str, vocabulary: Mapping[str, Label]) -> str:
    """`text` without its lists (_LIST) one item of which names theme `slug` by a term (纠纷调解 of 政策咨询、纠纷
    调解、直播培训)."""
    label = vocabulary.get(slug)
    if label is None:
        return text
    return _LIST.sub(
        lambda found: (
            "，"
            if any(_names_by_term(label, item) for item in _LIST_ITEM_BREAK.split(found.group()))
            else found.group()
        ),
        text,
    )


def _names_by_term(label: Label, text: str) -> bool:
    """A term of positive weight of theme `label` that counts in the body is in `text`."""
    return any(rule.weight > 0 and rule.term in text for rule in parse_rules(label) if "body" in rule.where)


def spoken_of(slug: str, text: str, vocabulary: Mapping[str, Label]) -> bool:
    """Whether `text` (the headings and body) speaks of theme `slug` at all: one of its terms of positive
    weight anywhere in it (inside a longer term too: the 党建联盟 of 商圈党建联盟), or one of its kinds of
    sentence. A word of the headline's praise (解民忧, 家门口, 管好大民生) that no sentence of the text takes up
    is no theme of the article (score_themes keeps such a theme only as the top one or implied)."""
    label = vocabulary.get(slug)
    if label is None:
        return False
    text = _AUTONOMOUS.sub("", _QUOTE_MARK.sub("", text))
    if _names_by_term(label, text):
        return True
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    return any(
        rule.matches(sentence)
        for rule in parse_sentence_rules(label)
        if "body" in rule.where
        for sentence in sentences
    )
