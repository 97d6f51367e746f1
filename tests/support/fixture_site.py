"""Fixture content for the build / render / search tests: a small, realistic content/ folder, and its build.

Several provinces, every level, functional zones without a code, a municipality without a city, an
overview article with parts, one initiative without any region, and hostile text to prove escaping.
The build swaps the real cross-links for `fake_related` (fast and known in advance).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

import builder.render.site as site_stage
from builder.commands.build import run_build
from builder.content.frontmatter import dump
from builder.model import Initiative, Metric, Region, Source

THEMES = [
    ("organization-system", "组织体系建设", "Party organization system"),
    ("grid-governance", "网格化治理", "Grid-based governance"),
    ("new-employment-groups", "新就业群体", "New employment groups (couriers, riders, drivers)"),
    ("emerging-sectors", "新兴领域党建", "Party building in emerging sectors"),
    ("red-property", "红色物业", '"Red property" management'),
    ("joint-building", "党建联建共建", "Joint party building across units"),
    ("dual-reporting", "双报到", "In-service members reporting to communities"),
    ("burden-reduction", "基层减负", "Reducing grassroots burdens"),
    ("rural-revitalization", "乡村振兴与集体经济", "Rural revitalization and collective economy"),
    ("women-work", "党建带妇建", "Women's federation work"),
    ("volunteer-service", "志愿服务", "Volunteer service"),
    ("dispute-resolution", "矛盾纠纷化解", "Dispute resolution"),
    ("member-management", "党员教育管理", "Party member education and management"),
    ("digital-governance", "数字赋能", "Digital governance (platforms, mini-programs, data)"),
    ("livelihood-services", "民生服务", "Livelihood services (elderly, children, jobs, health)"),
    ("community-workforce", "社区工作者队伍", "Community workforce"),
    ("relocation-communities", "易地搬迁社区", "Relocation resettlement communities"),
    ("consultative-self-governance", "议事协商与居民自治", "Consultation and residents' self-governance"),
    ("public-safety", "平安建设", "Public safety"),
    ("agency-party-building", "机关党建", "Party building in government agencies"),
]

LEVELS_YAML = """levels:
  - {slug: province, zh: 省级, en: Province, description: 省、自治区、直辖市}
  - {slug: city, zh: 市级, en: City / prefecture, description: 地级市、自治州、盟、地区}
  - {slug: county, zh: 县级, en: County / district, description: 县、县级市、市辖区、旗、功能区与新区}
  - {slug: township, zh: 乡镇街道, en: Township / subdistrict, description: 乡、镇、街道}
  - {slug: community, zh: 社区村, en: Community / village, description: 社区、村、小区、网格}
"""

FixtureContent = Callable[..., Path]  # the conftest factory: (initiatives, themes=, name=) -> folder


def m(label: str, value: float, unit: str, quote: str, approx: bool = False) -> Metric:
    return Metric(label, value, unit, approx, quote)


def src(file: str, part: int, byline: str | None = None) -> Source:
    return Source(file, part, byline)


INITIATIVES: list[Initiative] = [
    Initiative(
        title="回民区：以组织力引领城市基层治理现代化",
        slug="huimin-district-organizational-strength",
        source=src("001_db21671502ac2f81.txt", 1, "本报讯（记者 祁晓燕 通讯员 云静波）"),
        date="2024-03-15",
        region=Region("内蒙古自治区", "呼和浩特市", "回民区", "150103"),
        level="county",
        themes=["grid-governance", "joint-building", "new-employment-groups", "burden-reduction"],
        practices=["红蜂驿站", "商圈党建联盟", "三必访三服务", "青城义警"],
        metrics=[
            m("楼栋长（单元长）", 2399, "人", "选派楼栋长（单元长）2399人"),
            m("红蜂驿站", 31, "个", "设立“红蜂驿站”31个"),
            m("青城义警", 622, "人", "组建63支622人的“青城义警”队伍"),
            m("网格党支部", 226, "个", "网格党支部 226个"),
            m("社区“大党委”", 75, "个", "社区“大党委”75个"),
            m("项目完成率", 96.4, "%", "推动完成400项，完成率达96.4%"),
            m("微信群精简率", 75.94, "%", "各类微信群精简率达75.94％"),
        ],
        summary="回民区以组织创新融合、共建共治共享、办实事解民忧作为基层治理工作的核心要素，将党建工作深度融入城市基层治理。",
        keywords=["网格", "楼栋长", "党建联建", "新就业群体", "减负"],
        body="""近年来，回民区以组织创新融合、共建共治共享、办实事解民忧作为基层治理工作的核心要素，将党建工作深度融入城市基层治理，旨在以组织力引领城市基层治理现代化。

## 组织创新融合，提升党组织覆盖面

回民区在推行网格化管理的过程中，在原“街道—社区”两级党组织的基础上，扩展为“街道—社区—网格—小区（楼栋）”4个层级，将党组织同步建在网格上。按照“一格一员”配备专职网格员、选派楼栋长（单元长）2399人，发挥网格党组织前沿“哨兵”作用。推行“商圈党建联盟”模式，设立“红蜂驿站”31个，为新就业群体提供暖心服务的同时，引导环卫工人、快递员等600余人当好基层治理流动的信息员。组建63支622人的“青城义警”队伍，探索“民警+辅警+义警”的三警一体社会治安防控体系。

## 共驻共建共享，打破横向组织壁垒

回民区在103家自治区、市、区三级包联共建机制的基础上，开展“三必访三服务”工作，推动部门、各类社会资源下沉社区、网格。截至目前，已建立街道“大工委”9个、社区“大党委”75个、网格党支部 226个、党小组671个；对接形成项目清单415项，推动完成400项，完成率达96.4%。

## 减负松绑办实事，提升群众满意度

自基层减负工作开展以来，回民区坚持“为车减负”和“为马赋能”双向发力，精简社区工作事项超50%，各类微信群精简率达75.94％。

图：回民区网格员入户走访居民。 通讯员 云静波 摄
""",
    ),
    Initiative(
        title="金润社区：“她”力量促进基层治理提质增效",
        slug="jinrun-community-women-power",
        source=src("001_db21671502ac2f81.txt", 2),
        date="2024-03-15",
        region=Region("内蒙古自治区", "呼和浩特市", "新城区", "150102"),
        locality="海拉尔东路街道金润社区",
        level="community",
        themes=["women-work", "volunteer-service", "consultative-self-governance"],
        practices=["巾帼议事会", "妈妈调解团"],
        metrics=[
            m("巾帼志愿者", 120, "人", "120余名巾帼志愿者", approx=True),
            m("化解矛盾纠纷", 46, "件", "化解邻里矛盾纠纷46件"),
        ],
        summary="金润社区发挥妇女在家庭和社区中的独特作用，组建巾帼议事会和妈妈调解团，让“她”力量成为社区治理的重要力量。",
        keywords=["妇联", "巾帼志愿者", "议事协商", "调解"],
        body="""金润社区是一个老旧小区集中的社区，居民中老年人和随迁家庭较多。社区党委坚持党建带妇建，把妇女群众组织起来参与社区治理。

社区组建“巾帼议事会”，每月围绕停车难、楼道堆物等居民关心的问题议事协商，议定事项张榜公布。120余名巾帼志愿者活跃在楼栋院落，开展助老助残、四点半课堂等服务。

社区还成立“妈妈调解团”，由热心的退休女教师、女干部担任调解员，一年来化解邻里矛盾纠纷46件，做到小事不出楼栋、大事不出社区。
""",
    ),
    Initiative(
        title="万通路街道探索深化“两企三新”党建新模式",
        slug="wantonglu-subdistrict-two-enterprises",
        source=src("001_db21671502ac2f81.txt", 3),
        region=Region("内蒙古自治区", "呼和浩特市", "赛罕区", "150105"),
        locality="万通路街道",
        level="township",
        themes=["emerging-sectors", "new-employment-groups"],
        practices=["两企三新", "红蜂驿站"],
        metrics=[
            m("非公企业党组织", 38, "个", "新建非公企业党组织38个"),
            m("党组织覆盖率", 92, "%", "党的组织覆盖率达到92%"),
        ],
        summary="万通路街道聚焦非公企业、社会组织和新就业群体，探索“两企三新”党建新模式，扩大新兴领域党的组织覆盖和工作覆盖。",
        keywords=["两新组织", "非公企业", "快递员", "外卖骑手"],
        body="""万通路街道辖区商务楼宇林立，非公企业和社会组织数量多、流动性强。街道党工委以“两企三新”为抓手，推动党的组织和工作向新兴领域延伸。

街道新建非公企业党组织38个，党的组织覆盖率达到92%。在商圈和物流站点设立“红蜂驿站”，为快递员、外卖骑手提供歇脚、充电、饮水等服务，并邀请他们担任社区“流动网格员”。
""",
    ),
    Initiative(
        title="赛罕区：燃“新”之火 谱共治新篇",
        slug="saihan-district-new-groups",
        source=src("001_db21671502ac2f81.txt", 4),
        region=Region("内蒙古自治区", "呼和浩特市", "赛罕区", "150105"),
        level="county",
        themes=["new-employment-groups", "grid-governance", "dual-reporting"],
        practices=["红蜂驿站", "双报到"],
        metrics=[
            m("网格", 512, "个", "全区划分网格512个"),
            m("专职网格员", 530, "人", "配备专职网格员530人"),
            m("报到党员", 3600, "名", "3600余名在职党员到社区报到", approx=True),
        ],
        summary="赛罕区把新就业群体纳入网格化治理体系，推动在职党员“双报到”，让新业态从业者成为基层治理的新力量。",
        keywords=["网格员", "新业态", "在职党员", "双报到"],
        body="""赛罕区全区划分网格512个，配备专职网格员530人，将快递、外卖、网约车等新业态从业者纳入网格化治理。

区委组织部推动机关企事业单位党组织和在职党员到社区“双报到”，3600余名在职党员到社区报到，认领服务岗位，参与小区治理。“红蜂驿站”成为新就业群体的温暖港湾。
""",
    ),
    Initiative(
        title="天府新区：“微网格”织密城市治理一张网",
        slug="tianfu-new-area-micro-grids",
        source=src("002_33c0154fcdf70155.txt", 1, "本报记者 李华"),
        date="2024-04-02",
        region=Region("四川省", "成都市", "天府新区", "510100"),
        level="county",
        themes=["grid-governance", "digital-governance"],
        practices=["微网格", "天府市民云"],
        metrics=[
            m("微网格", 4200, "个", "划分微网格4200个"),
            m("网格员", 12000, "人", "1.2万名网格员", approx=False),
            m("智慧平台覆盖率", 100, "%", "智慧治理平台实现100%覆盖"),
        ],
        summary="天府新区在社区网格下细分“微网格”，依托“天府市民云”平台实现居民诉求线上收集、线下办理。",
        keywords=["微网格", "网格员", "数字治理", "小程序"],
        body="""天府新区按照“小区（院落）+楼栋”的标准，在社区网格下划分微网格4200个，1.2万名网格员、楼栋长下沉一线。

依托“天府市民云”平台和小程序，居民诉求可以随时线上提交，网格员接单后线下办理，智慧治理平台实现100%覆盖。

图：天府新区网格员使用手机小程序登记居民诉求。
""",
    ),
    Initiative(
        title="观山湖区金华园社区：易地搬迁群众稳得住、能致富",
        slug="guanshanhu-jinhuayuan-relocation",
        source=src("003_ddf7b3dbc49d759e.txt", 1),
        region=Region("贵州省", "贵阳市", "观山湖区", "520115"),
        locality="金华园社区",
        level="community",
        themes=["relocation-communities", "livelihood-services"],
        practices=["楼栋长", "新市民服务站"],
        metrics=[
            m("搬迁群众", 5600, "人", "安置搬迁群众5600余人", approx=True),
            m("实现就业", 3200, "人", "帮助3200人实现就业"),
            m("新市民服务站", 12, "个", "建成新市民服务站12个"),
        ],
        summary="金华园社区是易地扶贫搬迁安置社区，社区党委建成新市民服务站，帮助搬迁群众就业、就学、就医。",
        keywords=["易地搬迁", "安置社区", "就业", "新市民"],
        body="""金华园社区安置搬迁群众5600余人，来自全省多个县。社区党委推行楼栋长制度，每栋楼选出一名楼栋长，帮助新市民适应城市生活。

社区建成新市民服务站12个，提供就业培训、子女入学和医疗服务，已帮助3200人实现就业。
""",
    ),
    Initiative(
        title="朝阳区：接诉即办推动“每月一题”破解民生难题",
        slug="chaoyang-district-complaints-handling",
        source=src("004_c7ae20ac84cbe708.txt", 1, "本报记者 王明"),
        date="2024-05-20",
        region=Region("北京市", None, "朝阳区", "110105"),
        level="county",
        themes=["dispute-resolution", "consultative-self-governance", "livelihood-services"],
        practices=["接诉即办", "小院议事厅", "每月一题"],
        metrics=[
            m("诉求解决率", 96.5, "%", "群众诉求解决率达96.5%"),
            m("调解矛盾纠纷", 14000, "件", "调解矛盾纠纷1.4万件"),
        ],
        summary="朝阳区以接诉即办为牵引，针对高频诉求开展“每月一题”专项治理，在老旧小区推广“小院议事厅”。",
        keywords=["12345热线", "接诉即办", "议事协商", "老旧小区"],
        body="""朝阳区把12345热线群众诉求作为基层治理的“晴雨表”，群众诉求解决率达96.5%。

针对物业管理、停车难等高频诉求，朝阳区开展“每月一题”专项治理。在老旧小区推广“小院议事厅”，居民、物业、社区坐在一起商量事，一年来调解矛盾纠纷1.4万件。
""",
    ),
    Initiative(
        title="多地探索党建引领基层治理新路径",
        slug="overview-party-building-new-paths",
        source=src("000_adb58d31f99fa87b.txt", 1, "本报记者 张强"),
        date="2024-05-01",
        themes=["joint-building", "dual-reporting"],
        practices=["双报到"],
        summary="各地坚持党建引领，在在职党员双报到、红色物业等方面探索出各具特色的做法。",
        keywords=["党建引领", "基层治理"],
        body="""近年来，各地坚持党建引领基层治理，涌现出一批各具特色的做法。本报选取两地的经验，以飨读者。

## 一、桐庐县：双报到激活社区治理“末梢”

详见分篇报道。

## 二、鼓楼区：红色物业让小区治理有温度

详见分篇报道。
""",
    ),
    Initiative(
        title="桐庐县：双报到激活社区治理“末梢”",
        slug="tonglu-county-dual-reporting",
        source=src("000_adb58d31f99fa87b.txt", 2, "本报记者 张强"),
        parent="overview-party-building-new-paths",
        date="2024-05-01",
        region=Region("浙江省", "杭州市", "桐庐县", "330122"),
        level="county",
        themes=["dual-reporting", "volunteer-service"],
        practices=["双报到", "志愿服务积分"],
        metrics=[
            m("报到党员", 8000, "名", "8000名在职党员到社区报到"),
            m("志愿服务队", 210, "支", "组建志愿服务队210支"),
        ],
        summary="桐庐县推动8000名在职党员到社区报到，组建志愿服务队，用志愿服务积分激励党员常态化服务群众。",
        keywords=["在职党员", "志愿服务", "积分"],
        body="""桐庐县推动机关企事业单位8000名在职党员到社区报到，组建志愿服务队210支。

县里推出志愿服务积分，党员参加服务可以积分，积分与评优评先挂钩，让“双报到”从“报个到”变成“长期到”。
""",
    ),
    Initiative(
        title="鼓楼区：红色物业让小区治理有温度",
        slug="gulou-district-red-property",
        source=src("000_adb58d31f99fa87b.txt", 3, "本报记者 张强"),
        parent="overview-party-building-new-paths",
        date="2024-05-01",
        region=Region("江苏省", "南京市", "鼓楼区", "320106"),
        level="county",
        themes=["red-property", "grid-governance", "dual-reporting"],
        practices=["红色物业", "双报到"],
        metrics=[
            m("物业企业党组织", 45, "个", "推动45个物业企业建立党组织"),
            m("红色物业覆盖率", 85, "%", "红色物业覆盖率达85%"),
            # a sector's organizations beside two subdistricts' (粤海街道, 万通路街道): charted level by level
            m("非公企业党组织", 30, "个", "新建非公企业党组织30个"),
        ],
        summary="鼓楼区推动物业企业建立党组织，打造红色物业，把物业服务融入网格化治理。",
        keywords=["红色物业", "物业企业", "小区治理"],
        body="""鼓楼区推动45个物业企业建立党组织，红色物业覆盖率达85%，新建非公企业党组织30个。社区党组织、业主委员会和物业企业“三方联动”，在职党员“双报到”参与小区治理。
""",
    ),
    Initiative(
        title='粤海街道：<script>alert("x")</script>“智慧党建” & 数字治理',
        slug="yuehai-subdistrict-smart-party-building",
        source=src("004_c7ae20ac84cbe708.txt", 2, "通讯员 <b>陈</b> & 刘"),
        region=Region("广东省", "深圳市", "南山区", "440305"),
        locality="粤海街道",
        level="township",
        themes=["digital-governance", "emerging-sectors"],
        practices=["智慧党建", "楼宇党建"],
        metrics=[m("楼宇党组织", 64, "个", "建立楼宇党组织64个 <img src=x onerror=alert(1)>")],
        summary='粤海街道依托"智慧党建"平台 <em>联系</em> 楼宇企业 & 科技人才。',
        keywords=["楼宇", "科技企业", "<b>平台</b>"],
        body="""粤海街道科技企业密集。<script>alert('body')</script>街道建立楼宇党组织64个。

### 平台建设

[点我](javascript:alert(1)) 以及 [街道官网](https://example.org/yuehai) <img src="https://cdn.example.org/x.png">

![外部图片](https://cdn.example.org/photo.jpg)

图：粤海街道党群服务中心。
""",
    ),
    Initiative(
        title="基层减负：多地精简考核事项",
        slug="burden-reduction-nationwide",
        source=src("003_ddf7b3dbc49d759e.txt", 2),
        themes=["burden-reduction"],
        practices=["为车减负"],
        metrics=[m("考核事项精简", 30, "%", "考核事项精简30%以上", approx=True)],
        summary="多地持续为基层减负，精简考核事项和报表，让基层干部把更多精力用在服务群众上。",
        keywords=["减负", "考核", "报表"],
        body="""多地持续为基层“为车减负”，考核事项精简30%以上，各类报表大幅减少，基层干部有更多时间走村入户。
""",
        review=["region: not stated in the article"],
    ),
]


PLACES_YAML = """zones:
  - {name: 天府新区, province: 四川省, city: 成都市, level: county}
"""


def write_content(folder: Path, initiatives: Iterable[Initiative] = INITIATIVES, themes: bool = True) -> Path:
    """Write a content/ folder with the fixture initiatives and vocabularies; returns the folder."""
    folder = Path(folder)
    data = folder / "_data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "levels.yaml").write_text(LEVELS_YAML, encoding="utf-8")
    (data / "places.yaml").write_text(PLACES_YAML, encoding="utf-8")
    if themes:
        entries = [{"slug": s, "zh": zh, "en": en} for s, zh, en in THEMES]
        (data / "themes.yaml").write_text(
            yaml.safe_dump({"themes": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    for item in initiatives:
        (folder / f"{item.slug}.md").write_text(dump(item), encoding="utf-8")
    return folder


@dataclass(frozen=True)
class FakeReason:
    themes: tuple[str, ...]
    practices: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class FakeLink:
    slug: str
    score: float
    reason: FakeReason


def fake_related(initiatives: list[Initiative], top_k: int = 5) -> dict[str, list[FakeLink]]:
    """Deterministic stand-in for builder.render.crosslinks: shared themes/practices/keywords, other regions only."""
    out: dict[str, list[FakeLink]] = {}
    for a in initiatives:
        links = []
        for b in initiatives:
            if a.slug == b.slug or (a.region.county and a.region.county == b.region.county):
                continue
            themes = tuple(t for t in a.themes if t in b.themes)
            practices = tuple(p for p in a.practices if p in b.practices)
            keywords = tuple(k for k in a.keywords if k in b.keywords)
            score = len(themes) * 0.2 + len(practices) * 0.3 + len(keywords) * 0.1
            if score:
                links.append(FakeLink(b.slug, round(score, 4), FakeReason(themes, practices, keywords)))
        links.sort(key=lambda link: (-link.score, link.slug))
        out[a.slug] = links[:top_k]
    return out


@contextmanager
def fake_links() -> Iterator[None]:
    """Inside the block, `digest build` links initiatives with `fake_related` instead of the real cross-links."""
    original = site_stage.compute_links
    site_stage.compute_links = lambda items, data_dir=None, cache_dir=None, **_: fake_related(items)
    try:
        yield
    finally:
        site_stage.compute_links = original


def build_site(content: Path, out: Path, **options: object) -> Path:
    """`digest build` of `content` into `out` with the fake cross-links (it must succeed); returns `out`."""
    with fake_links():
        assert run_build(content, out, quiet=True, **options) == 0  # type: ignore[arg-type]
    return out
