"""Issue 14, session 32 (R31's 安化 and 姑苏 reports, invented sentences of the kind): a summary is read on its own,
on the site's lists and cards; a sentence calling its unit by a demonstrative (该村…, 该县…, 该街道…) whose unit only
the sentences left out name points at nothing there. The summary names the unit (the last of its kind the article
named before), or, when the article named none, another sentence leads."""

from __future__ import annotations

import pytest

from builder.extract.summary import summarize


@pytest.mark.parametrize(
    ("title", "body", "opening"),
    [
        (  # the village named only in the sentence before
            "宁乡 合作社带富一方",
            "宁乡市清水镇柳林村近日召开合作社分红大会，186名村民领到分红。该村党支部去年牵头成立茶叶专业合作社，"
            "村民以土地入股，去年村集体收入达30万元。",
            "柳林村党支部去年牵头成立茶叶专业合作社",
        ),
        (  # the subdistrict named in an earlier paragraph, a scene between
            "红色物业让小区焕新",
            "“小区越来越干净了。”家住姑苏区石桥街道新桥社区的王阿姨说。\n\n"
            "走进小区，一眼望去，车辆停放整齐。据悉，该街道打造“红色物业”，推动物业服务融合共治。",
            "石桥街道打造“红色物业”",
        ),
        (  # named nowhere before: another sentence leads
            "小区议事有了新去处",
            "该社区坚持党建引领，推行楼栋议事。\n\n"
            "宁乡市白马桥街道星光社区建立“楼栋夜话”机制，每月召集居民议事，解决停车难等问题20余件。",
            "宁乡市白马桥街道星光社区建立",
        ),
    ],
)
def test_a_summary_names_the_unit_its_demonstrative_points_back_at(
    title: str, body: str, opening: str
) -> None:
    summary = summarize(title, body)
    assert summary.startswith(opening), summary


def test_a_unit_the_summary_named_before_stays_as_printed() -> None:
    body = (
        "春耕时节，田野里一派繁忙。\n\n"
        "宁乡市坚持党建引领，推动村级集体经济发展。目前，该市已成立村级合作社300家，去年村集体收入超过2000万元。"
    )
    summary = summarize("宁乡 党建引领集体经济", body)
    assert "目前，该市已成立村级合作社300家" in summary, summary
