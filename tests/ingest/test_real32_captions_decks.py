"""Real R32 kinds of captions and decks (issue 14; every line invented, of the same kinds as the real pages):

- a `图为…` caption printed without its full stop, with no blank line around it: under the head over the byline,
  or after a finished paragraph over a subheading; the caption, never the headline or the text;
- a caption half as wide again as the column, one whole sentence, dropped inside an open sentence: the caption,
  even where its first characters happen to make a word with the cut line's end (`…、中` / `外卖骑手…`: 中外);
- a caption naming its photo's event (`…揭牌仪式`) with no punctuation, two characters past its column, inside an open
  sentence: the caption;
- a deck saying what the measure sets out (`明确…`) under the headline saying it was taken: the headline's
  subtitle, not a headline under its kicker.
"""

from __future__ import annotations

from builder.ingest.workers import process_page


def _drafts(tmp_path, lines):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_page(path).drafts


def test_unstopped_photo_captions_under_the_head_and_between_paragraphs(tmp_path):
    page = [
        "第5版　　　　基层治理　　　　2026年6月3日",
        "",
        "城南区：夜班骑手有了“暖心驿站”",
        "图为骑手们在驿站门前合影",
        "某某日报记者　周小川",
        "　　“驿站的灯一直亮着。”6月2日晚，骑手王磊",
        "把车停在某某市城南区的“暖心驿站”门口。",
        "　　今年以来，城南区已建成这样的驿站15个。",
        "图为王磊正在接单",
        "一线走访：",
        "　　驿站里有热水、充电宝，还有常用药品。",
    ]
    drafts = _drafts(tmp_path, page)
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.title == "城南区：夜班骑手有了“暖心驿站”"
    assert draft.byline == "某某日报记者 周小川"
    captions = [c["text"] for c in draft.captions]
    assert "图为骑手们在驿站门前合影" in captions and "图为王磊正在接单" in captions
    assert "图为" not in draft.body


def test_a_caption_far_wider_than_its_column_inside_a_sentence(tmp_path):
    page = [
        "城南区建起快递行业党建联络站",
        "　　6月5日上午，某某市城南",
        "区快递行业党建联络站揭牌，",
        "区委社会工作部和顺丰、中",
        "外卖骑手和快递小哥在新建成的城南区联络站里休息。",
        "通、韵达等企业的负责人参",
        "加了活动。",
        "　　联络站今后每月开展一次",
        "服务活动。",
    ]
    drafts = _drafts(tmp_path, page)
    assert [c["text"] for c in drafts[0].captions] == ["外卖骑手和快递小哥在新建成的城南区联络站里休息。"]
    assert "顺丰、中通、韵达等企业的负责人参加了活动。" in drafts[0].body


def test_a_deck_setting_out_the_measure_under_its_headline(tmp_path):
    page = [
        "江西出台办法为社区工作者减负",
        "明确十项不得摊派给社区的工作事项",
        "　　本报南昌6月1日电　（记者张明）近日，江西",
        "省出台办法，为社区工作者减负。",
        "　　办法明确了10项不得摊派给社区的工作事项。",
    ]
    drafts = _drafts(tmp_path, page)
    assert (drafts[0].title, drafts[0].subtitle) == (
        "江西出台办法为社区工作者减负",
        "明确十项不得摊派给社区的工作事项",
    )


def test_an_unstopped_caption_naming_the_event_wider_than_its_column(tmp_path):
    page = [
        "城东街道快递行业党支部成立",
        "　　近日，某某市城东街道快递行",
        "业党支部成立。支部为快递员提供",
        "培训、慰问、咨询、",
        "城东街道快递行业党支部成立揭牌仪式",
        "奖励等服务，目前联系快递员200",
        "多名。",
    ]
    drafts = _drafts(tmp_path, page)
    assert [c["text"] for c in drafts[0].captions] == ["城东街道快递行业党支部成立揭牌仪式"]
    assert "咨询、奖励等服务" in drafts[0].body
