"""A deck (a plain subtitle line) printed under its headline, told from a headline under its kicker.

`出台工作事项清单…` under a headline that does not say what was done, or `全南构建“点线面”服务网…` (a place, then a
verb) under a headline naming no place (`打造友好场景 暖新更暖心`): the upper line is the headline, the lower its
deck. Real R11 r11_05: `把“精细刻度”转化为“幸福温度”` / `嘉峪关南湖社区党建引领多元共治基层治理` over the byline —
the lower line names the acting place in full and then the means it worked by (`党建引领…`), under a headline
naming no place: a deck too, not the headline under a kicker. Asked by `headlinerules.headline_over_body` and
`bylinedheads.headline_over_byline`.
"""

from __future__ import annotations

import re

from builder.ingest.headlineplaces import place_words
from builder.ingest.headlinewraps import CAUSED_WHO, MEANS_OPENING, VERB_OPENING, wrapped_naming_no_place
from builder.ingest.titles import find_place
from builder.text.numerals import COUNTS_TO_TEN

# a place opening a deck: a county's or city's name, maybe by its short name (`全南`, `赣州市`)
_DECK_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:市|县|区|旗)?(?=[\u4e00-\u9fff]{2})")
# a place by its suffixed name; a chain is one after the other (`青禾县桐柏镇`, `某某区某某街道某某社区`)
_ONE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗|街道|镇|乡|社区|村)")

# a headline printed in two halves on one line, a space between them (`北京推行“小院议事厅” 老街坊的事大家商量着办`)
_HALVES = re.compile(r"^(?P<one>[^ \u3000]{4,})[ \u3000]+(?P<two>[^ \u3000]{4,})$")

# what the work came to so far or in a period, with its figure (`一年来化解各类矛盾纠纷1.2万件`, `今年以来服务群众3.2万人次`,
# `去年村级集体经济经营性收入超过4000万元`, `上半年办结诉求1.1万件`)
_RESULT_SO_FAR = re.compile(
    rf"^(?:[{COUNTS_TO_TEN}\d]+年(?:多)?来|近年来|(?:今|去)年(?:以来)?|(?:上|下)半年|前[一二三]季度|截至目前)[，,]?[\u4e00-\u9fff“”]{{2,16}}?"
    r"\d+(?:\.\d+)?[万亿]?(?:余|多)?[\u4e00-\u9fff]{1,2}$"
)


# what a measure sets out, opening a deck under the headline saying it was taken (`山西出台措施为村级组织减负` /
# `明确五项由村级出具的证明事项`): the measure's content, never a headline under its kicker
_SETS_OUT = re.compile(r"^(?:明确|规范|细化|列出|划定)")


def _two_halves(text: str) -> bool:
    return _HALVES.match(text.strip()) is not None


def deck_under(headline: str, below: str) -> bool:
    """`below` is the deck under `headline`, not the headline under its kicker: it says what was done under a
    headline that does not, or who did what (a place then a verb, or the place named in full then the means
    it worked by) under a headline naming no place. A headline ending on the people a causative names, their
    verb still to come (`麒麟区让新就业群体` / `当上“社区合伙人”`), has no deck under it: the column wrapped it."""
    if CAUSED_WHO.search(headline):
        return False
    if _two_halves(below) and not _two_halves(headline) and len(headline) < len(below):
        return False  # `首都基层协商新探索` / `北京推行“小院议事厅” 老街坊的事…`: a kicker over its two-part headline
    if VERB_OPENING.match(below) or _SETS_OUT.match(below):
        return not (VERB_OPENING.match(headline) or _parallel_predicates(headline, below))
    if _RESULT_SO_FAR.match(below) and not _RESULT_SO_FAR.match(headline):
        return True  # `宝鸡推行“三色预警”…` / `一年来化解各类矛盾纠纷1.2万件`: what it came to, its figure
    if place_words(headline):
        # the means alone (`党建引领老旧小区“微更新”`) under a headline naming its place: its deck, printed under
        return MEANS_OPENING.match(below) is not None
    place = _DECK_PLACE.match(below)
    if place is not None and VERB_OPENING.match(below[place.end() :]):
        return True
    chain = find_place(below)
    ends = [chain.end()] if chain is not None and chain.start() == 0 else []
    place = _ONE_PLACE.match(below)
    while place is not None:  # after each suffixed name of the chain (`青禾县`, `青禾县桐柏镇`)
        ends.append(place.end())
        place = _ONE_PLACE.match(below, place.end())
    if not any(MEANS_OPENING.match(below[end:]) for end in ends):
        return False
    # under a kicker of two halves (`“多条腿”走路 “打捆式”发展`, `党建引领 物业提质`), a line naming its place in full
    # and the means it worked by (`某某州党建引领集体经济“蝶变”`) is the headline, not its deck
    return not _two_halves(headline)


# a count and what it counts (`1.2万个`, `2.1万件`, `300余名`, `98.6%`)
_COUNTED = re.compile(r"\d+(?:\.\d+)?[余多]?[万亿]?(?:[个名位人户家件次条项元亩所场支座批]|%|％)")


def figures_deck(headline: str, lines: list[str]) -> bool:
    """Two or more lines right under a headline giving no figure, each saying what was done with its figure
    (`全市1.2万个网格织密服务网络` / `“…”联动化解矛盾纠纷2.1万件`): one deck printed over two lines, no `——`, not
    headlines printed together (a 专题 page's series report)."""
    return len(lines) >= 2 and not _COUNTED.search(headline) and all(_COUNTED.search(line) for line in lines)


def deck_of_two_under(kicker: str, headline: str, deck: list[str], indented: bool = False) -> bool:
    """A three-line head (layouts34 p03): a kicker, the headline, and a deck of two lines under it whose first
    says what was done with its figure (`全省3200余个住宅小区建立物业党组织` / `业主满意度明显提升`), neither the
    kicker nor the headline giving a figure, the deck's second line no longer than its first: the two lines
    are one deck, not the headline under a kicker and a headline of its own. A deck set on two `indented`
    lines (each behind full-width spaces, the head's lines not; heldout34 p08) needs no figure: a paragraph
    indents its first line only."""
    return (
        len(deck) == 2
        and (indented or _COUNTED.search(deck[0]) is not None)
        and not any(_COUNTED.search(line) for line in (kicker, headline, deck[1]))
        and len(deck[1]) <= len(deck[0])
    )


def _parallel_predicates(headline: str, below: str) -> bool:
    """Two short lines alike in length, each a verb and its object, neither naming a place (`坚持党建引领` /
    `推进社区治理`, `headlinewraps.wrapped_naming_no_place`): one headline of two predicates the column set one over the other, no deck under a headline
    (a deck says what a headline naming who acts did, and runs longer)."""
    short = all(re.fullmatch(r"[\u4e00-\u9fff]{4,8}", line) for line in (headline, below))
    return short and len(headline) == len(below) and wrapped_naming_no_place(headline, below)
