"""The acting unit when the headline names its place (real R14 r14_01 and R19 r19_02's kinds, checked by hand and
never stored: every text here is invented, of the same kind): a headline's address stopping at the township gives
way to the lead's going on to its village; a headline's dateline set off by a bar (`某某丨…`) says where, like one
set off by a colon. Negatives: a headline naming its county as the subject, a township the text names more often
than its village."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def level_and_locality(title: str, body: str) -> tuple[str | None, str | None]:
    place = resolve_region(title, body)
    return detect_level(title, body, place)[0], place.locality


def test_the_leads_village_goes_on_from_the_headlines_township() -> None:
    title = "巫山龙门街道：集体经济分红村民笑开颜"
    body = (
        "“今天领到分红300元！”重庆市巫山县龙门街道青台村村民李大姐笑着说。\n\n"
        "在龙门街道青台村分红大会上，这是该村首次分红。龙门街道青台村于2019年成立股份经济合作社。\n\n"
        "2023年青台村集体经济收入30余万元，青台村812户都分到了红利。下一步，青台村将继续壮大集体经济。"
    )
    assert level_and_locality(title, body) == ("community", "龙门街道青台村")


def test_a_township_the_text_names_more_than_its_village_stays_the_unit() -> None:
    title = "巫山龙门街道：集体经济分红村民笑开颜"
    body = (
        "“分红真好！”重庆市巫山县龙门街道青台村村民李大姐说。\n\n"
        "龙门街道推行“村社合一”，龙门街道党工委统筹各村产业。龙门街道今年还将在各村推广。"
    )
    assert level_and_locality(title, body) == ("township", "龙门街道")


def test_a_headlines_dateline_set_off_by_a_bar_leaves_the_village_to_act() -> None:
    title = "承德滦平丨党员带头干 山村换新颜"
    body = (
        "走进张百湾镇石洞子沟村，整洁的街巷、崭新的墙绘映入眼帘。\n\n"
        "据了解，石洞子沟村党支部创新实施“党员包街”机制，组建3支党员先锋队。\n\n"
        "在村两委的带动下，石洞子沟村完成了道路硬化。"
    )
    assert level_and_locality(title, body)[0] == "community"
    # the county as the headline's subject, no bar: the county acts
    county = "滦平县推行党员包街机制 山村换新颜"
    assert level_and_locality(county, body.replace("走进", "在滦平县，走进"))[0] == "county"
