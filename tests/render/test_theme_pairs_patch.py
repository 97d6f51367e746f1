"""A theme's strongest cross-region pairs after some initiatives' links moved (a narrow title edit:
builder.render.narrowlinks), patched from the last ones (relatedviews.patched_theme_pairs), are those made
whole from every link (relatedviews.theme_pairs): random link graphs, site orders, themes and moves."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from builder.render.reasons import Link, Reason
from builder.render.relatedviews import patched_theme_pairs, theme_pairs
from tests.support.fuzz import fuzz

SLUGS = [f"s{k}" for k in range(8)]
THEMES = ["grid", "red", "aged"]


def _links(draw: st.DrawFn, slug: str) -> list[Link]:
    targets = draw(st.lists(st.sampled_from([s for s in SLUGS if s != slug]), unique=True, max_size=4))
    # few scores and reasons: ties between pairs, and a pair's link moving in its reason alone
    return [
        Link(t, draw(st.sampled_from([0.4, 0.5, 0.7])), Reason(themes=(draw(st.sampled_from(THEMES)),)))
        for t in targets
    ]


@st.composite
def _moves(draw: st.DrawFn) -> tuple:
    order = draw(st.permutations(SLUGS))
    themes_of = {slug: set(draw(st.lists(st.sampled_from(THEMES), max_size=2))) for slug in SLUGS}
    themes = {theme: [s for s in order if theme in themes_of[s]] for theme in THEMES}
    before = {slug: _links(draw, slug) for slug in order}
    moved = draw(st.lists(st.sampled_from(SLUGS), unique=True, min_size=1, max_size=3))
    after = dict(before)
    for slug in moved:
        kept = (
            draw(st.lists(st.sampled_from(before[slug]), unique_by=lambda link: link.slug))
            if before[slug]
            else []
        )
        after[slug] = [*kept, *_links(draw, slug)[:2]]
        after[slug] = list({link.slug: link for link in after[slug]}.values())
    return order, themes_of, themes, before, after, moved, draw(st.integers(1, 3))


@fuzz(300)
@given(_moves())
def test_theme_pairs_patched_from_the_moved_links_are_those_made_whole(case: tuple) -> None:
    order, themes_of, themes, before, after, moved, limit = case
    position = {slug: k for k, slug in enumerate(order)}
    last = theme_pairs(themes, before, themes_of, limit)
    patched = patched_theme_pairs(last, themes, (before, after), moved, themes_of, position, limit)
    whole = theme_pairs(themes, after, themes_of, limit)
    assert list(patched.items()) == list(whole.items())


def test_a_shown_pair_whose_link_is_gone_makes_its_theme_again() -> None:
    """The strongest pair's link dropped: the pair the cut left out before is shown now."""
    themes_of = {"a": {"grid"}, "b": {"grid"}, "c": {"grid"}}
    before = {"a": [Link("b", 0.9, Reason()), Link("c", 0.5, Reason())], "b": [Link("c", 0.4, Reason())]}
    after = {**before, "a": [Link("c", 0.5, Reason())]}
    position = {"a": 0, "b": 1, "c": 2}
    themes = {"grid": ["a", "b", "c"]}
    last = theme_pairs(themes, before, themes_of, 1)
    assert [(s, link.slug) for s, link in last["grid"]] == [("a", "b")]
    patched = patched_theme_pairs(last, themes, (before, after), ["a"], themes_of, position, 1)
    assert [(s, link.slug) for s, link in patched["grid"]] == [("a", "c")]
    # a link to it still from the other end: the pair stays, its link the other end's
    after = {**after, "b": [Link("c", 0.4, Reason()), Link("a", 0.95, Reason())]}
    patched = patched_theme_pairs(last, themes, (before, after), ["a", "b"], themes_of, position, 1)
    assert patched == theme_pairs(themes, after, themes_of, 1)
    assert [(s, link.slug, link.score) for s, link in patched["grid"]] == [("b", "a", 0.95)]
