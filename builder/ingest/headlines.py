"""The headlines of a page: which heading-like blocks are headlines, how pieces make whole headlines (a
place kicker paired, a kicker line or a `——` line as the subtitle), and which article each one titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.ingest.headlineplaces import named_places, place_words
from builder.ingest.headlinewraps import reads_on
from builder.ingest.kickers import split_kicker_line
from builder.ingest.lineshapes import takes_reader_there
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    HEADING,
    HEADLINE,
    JUMP_IN,
    KICKER,
    SUBTITLE,
    TEXT,
    Unit,
)
from builder.ingest.titles import headline_affinities, match_headlines, pair_kickers, title_from_lead

if TYPE_CHECKING:
    from builder.ingest.article import Article


_HEADLINE_PIECES = (HEADING, SUBTITLE, HEADLINE, KICKER)


def headline_runs(blocks: list[Unit]) -> set[int]:
    """Positions of heading-like blocks that are headlines: runs not followed by their own text."""
    headline_positions: set[int] = set()
    seen_text = False
    i = 0
    while i < len(blocks):
        if blocks[i].kind not in _HEADLINE_PIECES:
            seen_text = seen_text or blocks[i].kind == TEXT
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind in (*_HEADLINE_PIECES, CAPTION, CREDIT):
            j += 1
        following = blocks[j].kind if j < len(blocks) else None
        if _continued_heading(blocks, i, j):
            pass  # (the continued article's subheading, under its jump headline and `（上接…）`)
        elif following in (BYLINE, None) or not seen_text:
            headline_positions.update(k for k in range(i, j) if blocks[k].kind in _HEADLINE_PIECES)
        else:  # headlines among an article's text, with the `——` line printed under one
            headline_positions.update(
                k
                for k in range(i, j)
                if blocks[k].kind in (HEADLINE, KICKER)
                or (blocks[k].kind == SUBTITLE and k - 1 in headline_positions)
            )
        i = j
    return headline_positions


# A line wholly in square brackets (`【石榴花开 籽籽同心】`, `【现场短新闻】`): a column's or series' label.
_BRACKETED_LABEL = re.compile(r"^【[^【】]{2,16}】$")


def _continued_heading(blocks: list[Unit], start: int, end: int) -> bool:
    """Headings alone right under a jump headline and its `（上接…）` (`织密党建“一张网”…` / `（上接第1版）` /
    `居民有需求 社区有服务`): the subheading of the article going on there, no headline of another."""
    return (
        start >= 2
        and blocks[start - 1].kind == JUMP_IN
        and blocks[start - 2].kind == HEADLINE
        and all(blocks[k].kind == HEADING for k in range(start, end))
    )


@dataclass
class Headline:
    """A whole printed headline: the main title, its subtitle (`——…` below or a kicker above), position."""

    title: str
    subtitle: str | None
    position: int  # of the run's last piece
    alone: bool = True  # the only headline of its run (not one of several printed together)
    opens: bool = False  # printed right above its own body (no byline): it titles the article below
    kicker: bool = False  # its subtitle is a kicker line (引题) printed above it, not a `——` line below

    @property
    def text(self) -> str:
        return f"{self.subtitle or ''}{self.title}"


def _wraps(run: list[tuple[Unit, int]], block: Unit, above: str, subtitles: dict[int, str]) -> bool:
    """`block` is the second line of a run of two headline lines, which the column wrapped: the headline reads
    on (`headlinewraps.reads_on`). In a run of more, the page's headlines printed together, each line may be
    a headline of its own (`某某区：“…”存下邻里温情` / `“候鸟”老人变身志愿者`)."""
    if len(run) != 2 or run[1][0] is not block or run[0][0].kind != HEADLINE or subtitles:
        return False
    return run[0][0].text == above and reads_on(above, block.text)


def _reader_kicker(run: list[tuple[Unit, int]], at: int) -> bool:
    """The run's line at `at` takes the reader somewhere (`走进某某安置区`) right over a headline line: the
    headline's kicker (引题), whatever kind the lines were read as."""
    return (
        at + 1 < len(run)
        and run[at][0].kind == HEADLINE
        and run[at + 1][0].kind == HEADLINE
        and takes_reader_there(run[at][0].text)
    )


def headline_groups(blocks: list[Unit], positions: set[int]) -> list[Headline]:
    """Consecutive headline pieces -> whole headlines: place kicker paired (`金润社区：…`), a kicker line
    (引题) and a `——` line become the subtitle of the main headline."""
    groups: list[Headline] = []
    run: list[tuple[Unit, int]] = []

    def close() -> None:
        if not run:
            return
        texts: list[str] = []
        subtitles: dict[int, str] = {}
        kickers: set[int] = set()  # the texts whose subtitle is a kicker above them
        kicker: str | None = None
        for at, (block, _) in enumerate(run):
            if block.kind == KICKER and _BRACKETED_LABEL.match(block.text) and block is not run[-1][0]:
                continue  # `【石榴花开 籽籽同心】` over the headline: the column's label, furniture
            if block.kind == KICKER or _reader_kicker(run, at):
                kicker = block.text.rstrip("—－- ")  # a kicker may lead into its headline with a dash (`…——`)
            elif (block.kind == SUBTITLE or block.text.startswith(_DASHES)) and texts:
                subtitles[len(texts) - 1] = block.text.lstrip("—－- ")
                # a deck under a headline with a kicker too: the deck subtitles it, the kicker none
                kickers.discard(len(texts) - 1)
            elif (
                block.kind == HEADLINE
                and kicker is None
                and texts
                and _wraps(run, block, texts[-1], subtitles)
            ):
                texts[-1] += block.text  # `长港高沟村：党员“小积分”` / `激发…“大能量”`: one headline, wrapped
            else:
                # a kicker printed on the headline's own line (`党建引领聚合力  梧桐街道“…”…`)
                split = split_kicker_line(block.text) if block.kind == HEADLINE and kicker is None else None
                kicker, text = split if split else (kicker, block.text)
                if kicker is not None:
                    subtitles[len(texts)] = kicker
                    kickers.add(len(texts))
                    kicker = None
                texts.append(text)
        if kicker is not None:
            texts.append(kicker)  # a kicker with no headline after it is a headline itself
        position = run[-1][1]
        subtitled = [(text, subtitles.get(i)) for i, text in enumerate(texts)]
        paired = pair_kickers([text for text, _ in subtitled], reads_on)
        if len(paired) != len(subtitled):
            subtitled = [(text, None) for text in paired]
        alone, opens = len(paired) == 1, run[-1][0].opens
        groups.extend(
            Headline(t, sub, position, alone, opens, sub is not None and i in kickers)
            for i, (t, (_, sub)) in enumerate(zip(paired, subtitled, strict=True))
        )
        run.clear()

    for index, block in enumerate(blocks):
        if index in positions:
            run.append((block, index))
        elif block.kind not in (CAPTION, CREDIT):
            close()
    close()
    return groups


def _own_place_kicker(headline: Headline) -> bool:
    """A kicker over the headline that names a place: it may be the headline of another body (f05)."""
    return headline.kicker and bool(place_words(headline.subtitle or ""))


def bodies_titled(headlines: list[Headline]) -> int:
    """How many bodies the page's headlines may title: a kicker naming a place may title one of its own."""
    return len(headlines) + sum(map(_own_place_kicker, headlines))


def detached_places(headlines: list[Headline]) -> frozenset[str]:
    """The places named by headlines printed away from their bodies (`武进区`, also by a short name the gazetteer
    knows, `故城`, `成都`), by their place kickers and by their `——` subtitles (`党建赋能 绘千般“丰”景` /
    `——保靖县发展壮大村集体经济工作侧记`)."""
    return frozenset(
        word
        for h in headlines
        if not h.opens
        for text in (h.title, h.subtitle if _own_place_kicker(h) or not h.kicker else "")
        for word in named_places(text or "", inside=True)
    )


def assign_titles(articles: list[Article], headlines: list[Headline], blocks: list[Unit]) -> None:
    overview_parts = [a for a in articles if a.parent is not None]
    candidates = [a for a in articles if a.parent is None]
    if any(a.is_overview for a in articles) and headlines:
        overview = next(a for a in articles if a.is_overview)
        overview.title, overview.subtitle = headlines[0].title, headlines[0].subtitle
        headlines = headlines[1:]
        candidates = [a for a in candidates if a is not overview]
    _title_articles(candidates, headlines)
    for article in candidates + overview_parts:
        if article.title and not article.subtitle and article.title.startswith(_DASHES):
            # only the `——` subtitle printed (the headline set as artwork, out of the text): the title is made
            article.title, article.subtitle = None, article.title.lstrip("—－- ") or None
        if not article.title:
            article.title = title_from_lead(article.paragraphs or [article.text])
            article.title_generated = True


_DASHES = ("——", "－－", "--")
_OWN_BODY = 0.2  # the share of a kicker's words a body must hold for the kicker to be that body's headline
_ROUNDING = 1e-9  # shares are sums of fractions: exactly half may come out a hair over it


def unstack_kickers(headlines: list[Headline], articles: list[Article]) -> list[Headline]:
    """Headlines printed together with no blank line between read as a kicker (引题) over its headline; on a
    page with more bodies than headlines, a kicker whose words one body holds, and its headline's words
    another, is a headline of its own (`寿光“菜乡网格”把服务送到大棚边` / `毓璜顶街道物业服务有了“红管家”`
    over a 寿光 body and a 毓璜顶 body); so is a kicker over a headline whose words name another body than
    the one under them: the kicker titles that one. A kicker that names no body of its own stays the subtitle."""
    spare = len(articles) - len(headlines)
    if spare <= 0 or not any(h.kicker for h in headlines):
        return headlines
    stacked = [h for h in headlines if h.kicker and h.subtitle]
    # every stack's kicker and headline scored against the bodies at once: each body is read once
    scores = headline_affinities(
        [t for h in stacked for t in (h.subtitle or "", h.title)], [a.text for a in articles]
    )
    pairs = {id(h): (scores[2 * i], scores[2 * i + 1]) for i, h in enumerate(stacked)}
    below = {a.start: index for index, a in enumerate(articles)}
    unstacked: list[Headline] = []
    for headline in headlines:
        under = below.get(headline.position + 1)
        if spare and id(headline) in pairs and _titles_another_body(*pairs[id(headline)], under):
            unstacked.append(Headline(headline.subtitle, None, headline.position, alone=False))
            unstacked.append(Headline(headline.title, None, headline.position, alone=False))
            spare -= 1
        else:
            unstacked.append(headline)
    return unstacked


def _titles_another_body(kicker: dict[int, float], title: dict[int, float], under: int | None) -> bool:
    """Given what the kicker's and the headline's words share with each body: the kicker's are held most by
    one body, the headline's by another; or the headline's by a body other than the one printed under them
    (`under`), at least twice as much as by that one (the words both bodies hold count half to each: a
    headline whose own words only the other body holds, as many as half those both hold, names that one),
    and the kicker's are not."""
    if not title:
        return False
    title_body = max(sorted(title), key=title.__getitem__)
    if under is not None and title_body != under:
        named = title[title_body] >= _OWN_BODY and 2 * title.get(under, 0.0) <= title[title_body] + _ROUNDING
        return named and kicker.get(title_body, 0.0) < title[title_body]
    if not kicker:
        return False
    kicker_body = max(sorted(kicker), key=kicker.__getitem__)
    return (
        kicker_body != title_body
        and kicker[kicker_body] >= _OWN_BODY
        and kicker[kicker_body] > kicker.get(title_body, 0.0)
        and title[title_body] > title.get(kicker_body, 0.0)
    )


def _title_articles(articles: list[Article], headlines: list[Headline]) -> None:
    """A headline printed alone right above an article's byline is its title; the others are matched by
    what they share with the bodies, and those left over go to the untitled articles in page order."""
    headlines = unstack_kickers(headlines, articles)
    by_start = {a.start: a for a in articles}
    detached: list[Headline] = []
    for headline in headlines:
        anchored = by_start.get(headline.position + 1) if headline.alone else None
        if (
            anchored is not None
            and anchored.title is None
            and (anchored.byline or headline.opens)
            and not _titles_body_above(headline, anchored, articles)
        ):
            anchored.title, anchored.subtitle = headline.title, headline.subtitle
        else:
            detached.append(headline)
    untitled = [a for a in articles if a.title is None]
    matched = match_headlines([(h.text, h.position) for h in detached], [(a.text, a.start) for a in untitled])
    for a_index, h_index in matched.items():
        untitled[a_index].title = detached[h_index].title
        untitled[a_index].subtitle = detached[h_index].subtitle
    left = [h for i, h in enumerate(detached) if i not in matched.values()]
    still = [a for a in untitled if a.title is None]
    if left and len(left) == len(still):
        for article, headline in zip(still, left, strict=True):
            article.title, article.subtitle = headline.title, headline.subtitle
    elif left and not still:
        _head_at_foot_over_label(articles, max(left, key=lambda h: h.position))


def _titles_body_above(headline: Headline, anchored: Article, articles: list[Article]) -> bool:
    """A head over a body signed only at its end (its byline a closing credit) whose words the body above holds,
    and the body under it hardly: the head the page printed under its body (footheads.headline_under_its_body)."""
    if headline.opens or anchored.closing is None or anchored.closing[2] is not None:
        return False
    above = max((a for a in articles if a.start < anchored.start), key=lambda a: a.start, default=None)
    if above is None:
        return False
    (shares,) = headline_affinities([headline.text], [above.text, anchored.text])
    return shares.get(0, 0.0) >= _OWN_BODY and shares.get(1, 0.0) * 3 < shares.get(0, 0.0)


def _is_label(title: str) -> bool:
    return bool(_BRACKETED_LABEL.match(title) or _SHORT_LABEL.match(title))


def _head_at_foot_over_label(articles: list[Article], headline: Headline) -> None:
    """The last headline left over, printed under the page's last body (its head set at the foot: `…才能既有温度。`
    / `基层治理要多下“绣花功夫”` / the page's footer), titles that body when its words are the body's and the
    title it has is a column's label over the body, sharing none of them (`【中原时评】`) or shaped as a label
    and sharing fewer (`社区协商`)."""
    last = max(articles, key=lambda a: a.start, default=None)
    if last is None or last.title is None or headline.position <= last.start:
        return
    label, foot = headline_affinities([last.title, headline.text], [last.text])
    label_share, foot_share = label.get(0, 0.0), foot.get(0, 0.0)
    if foot_share >= _OWN_BODY and (
        label_share < _OWN_BODY / 2 or (_is_label(last.title) and foot_share > label_share)
    ):
        last.title, last.subtitle = headline.title, headline.subtitle


# a column's label: a bracketed one (_BRACKETED_LABEL), or a few characters naming the column (`社区协商`)
_SHORT_LABEL = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")
