"""The table `AROUND` of named patterns of what stands around a quoted term (before it, after it, or the term
itself) and tells whether it names a practice (moved out of practice_signs.py, which keeps the signs they are built
from: numeral shapes, name endings, mechanism words, verbs of doing, a ladder's levels, a process's steps). Data
only; the rules that weigh them are in `practices.py`'s docstring."""

from __future__ import annotations

import re

from builder.extract.practice_signs import DOING, LEVEL, NUMERAL, SET_UP_THING, STEP, SUFFIXES, WORK_VERB
from builder.text.numerals import COUNTS_TO_TEN, NUMBERS_TO_TEN, ZEROS
from builder.text.patterns import alternation

# What stands around a quoted term and tells whether it names a practice, by name: one table, compiled
# in one loop.
AROUND_SOURCES = (
    ("by_means", r"以$"),
    # 把“接诉即办”作为抓手, 将“党支部领办合作社”作为破题之举: what the unit takes up as its tool.
    ("taken_up_before", r"[把将]$"),
    # 一项名为“分片治理”的改革: the text says it is a name (not a new name given, 更名为: renamed_before).
    ("named_as_before", r"(?<![更改易命])名为$"),
    ("taken_up_after", r"^(?:作为|当作|当成|融入|贯穿|嵌入|推广|延伸)"),
    # A public list of names (红黑榜, 光荣榜): a named mechanism of three characters or more.
    ("named_list", r"^[\u4e00-\u9fff]{2,6}榜$"),
    # A named venue or a community brand (在…的“邻里会客厅”里, 开放“暖心屋”, 建设“心安社区”, 打包进“社区服务综合体”):
    # a name even after 的 (also a pavilion or a gallery: 建起“茶园议事亭”, 建设“边境党建长廊”);
    # not a size and a room (“大客厅”), nor a kind of building the market has (“商业综合体”, “城市综合体”).
    (
        "named_venue",
        r"^(?![大小老]|(?:商业|城市|城市商业)综合体$)(?:[\u4e00-\u9fff]{2,7}(?:厅|馆|屋|坊|之家|社区|家园|街区|食堂|综合体|亭|长廊)|"
        r"(?![\u4e00-\u9fff]*(?:中转|处理|充电|加油|车|收购|监测|检测|泵|变电|转运|收费|基|气象|水文)站$)"
        r"[\u4e00-\u9fff]{3,7}站)$",
    ),
    # A named board or wall where people post (在驿站的“治理建议板”上, “微心愿墙”): a venue of four characters or more.
    # So is a map people mark households on (标注在一张“民情地图”上): a tool of four characters or more (not a plan's
    # “路线图”).
    # Not a map for visitors or drivers (一张“旅游地图”, “美食地图”, “电子地图”), which any town prints.
    # So is a ledger its workers keep and take along (掏出“网格民情账本”, 纳入“民情台账”, 写成“民情日记”): a tool
    # of four characters or more, not a unit's paperwork in general (“工作台账”).
    # A rating by stars (评出“星级党员”, 开展“星级文明户”评定): a scheme grading members or households, its grades
    # counted after (五星级党员12名); not one honour given (“文明家庭”).
    ("star_rating", r"^星级[\u4e00-\u9fff]{2,6}$"),
    (
        "named_board",
        r"^(?![大小老])[\u4e00-\u9fff]{3,7}(?:板|墙|栏)$"
        r"|^(?![\u4e00-\u9fff]*(?:旅游|观光|美食|打卡|交通|导航|电子|手绘|卫星)地图$)[\u4e00-\u9fff]{2,6}地图$"
        r"|^(?!工作|各类|各项|报表)[\u4e00-\u9fff]{2,6}(?:账本|台账|日记)$",
    ),
    # What people are called (“候鸟”老人, “小哥”们): a nickname, followed by the people it names.
    (
        "people_after",
        "^(?:们|"
        + alternation(
            "老人 人员 人群 群体 居民 群众 党员 青年 妈妈 大妈 阿姨 大爷 老兵 游客 骑手 小哥 市民 村民"
        )
        + ")(?![\u4e00-\u9fff]{0,3}(?:团|队|组|会|站|营|联盟))",
    ),
    # A person called by a familiar prefix and the office held (“老书记”的三本账, “好支书”, “老队长”), or by a
    # nickname and the office (“泥腿子书记”): who someone is, never a mechanism unless a mechanism word follows
    # (“老书记”工作室).
    (
        "familiar_office",
        "^[老好小][\u4e00-\u9fff]?(?:"
        + alternation("书记 支书 主任 村长 队长 组长 班长 站长 所长 楼长 社长 会长 委员")
        + ")$"
        # or a nickname of the secretary or village head (“泥腿子书记”的致富经, “田坎书记”): a person, as a
        # profile calls them; never a post set up (小区第一书记, 驻村书记) nor a slogan (有事找书记)
        + "|^(?!第一|小区|楼栋|楼宇|网格|驻村|驻企|法治|有事|红色)[\u4e00-\u9fff]{2,3}(?:书记|支书|村长)$",
    ),
    # A process noun in -化 (网格化, 精细化): how something is done, not a name.
    ("process_noun", r"^[\u4e00-\u9fff]{1,2}化$"),
    # A described state: four-character phrases ending in a verb of state (商住交织、新旧交融).
    ("state_phrase", r"(?:交织|交融|并存|混杂|叠加|交错|密集|老化|薄弱|突出|复杂|多样|分散|集中)(?:、|$)"),
    ("metaphor_before", r"的$"),
    # What someone is called (网格员就是“大管家”, 被誉为“老娘舅”) or what a place became (楼道成了“会客厅”): a
    # role or a likeness, not a mechanism.
    (
        "identity_before",
        r"(?:就是|正是|便是|堪称|誉为|称为|称作|叫作|唤作|叫做|[叫称喊唤][他她]|昵称|外号|绰号|(?<![建形组完达促构])成了|变成了?|化身为?"
        # 她也是村里的“大管家”: who someone is to the people around
        r"|是(?:村里|村民|社区里|小区里|大家|群众|居民|百姓|老百姓|身边|街坊|邻里|乡亲|乡亲们)[心中眼里]{0,2}的)$",
    ),
    # A new name given to a place or unit (把社区更名为“思源社区”): what it is called now, not a mechanism.
    ("renamed_before", r"(?:更名为|改名为|更名|改名|易名为)$"),
    # What something became, with what it does for people before 的 (成为丈量民情、传递文明的“移动驿站”): a likeness.
    # (not 建成了, 形成了, 组成了, 完成了: what was built is named)
    # (营造新就业群体的“法治港湾”和“暖心驿站”: what a unit makes of the place for people, a likeness too)
    (
        "became_before",
        r"(?:(?<![建形组完达促构])成(?:为|了)|变成|化身为?|当好|争当|争做|营造)[^，。；]{0,16}的$",
    ),
    ("contrast_before", r"(?:从|由|变)$"),
    # What the work guards against (防止“清单之外另有清单”, 避免“上热下冷”): a trouble, never a name; so is a way
    # the text says the work is not or must not be (整改也不是“一改了之”, 不搞“一刀切”, 切忌“走过场”): turned down.
    (
        "prevented_before",
        r"(?:防止|避免|杜绝|防范|严防|谨防|力戒|以防|遏制|不是|并非|绝非|不能|不搞|不要|切忌|不能搞|不能是)$",
    ),
    ("contrast_after", r"^[\u4e00-\u9fff]{0,3}(?:向|到|转变|转化|变成|变为|拓宽为)"),
    (
        "role_after",
        r"^(?:作用|优势|难题|问题|角色|效应|难|之火|力量|现象|状况|现状|短板|痛点|堵点|难点|困境|弊端|局面|矛盾)"
        # a trouble named by the quote (“群众跑腿、部门推诿”的治理难题): what the work set out to end
        r"|^的[\u4e00-\u9fff]{0,3}?(?:难题|困境|痛点|堵点|难点|顽疾|弊端|怪圈|乱象)",
    ),
    # The secretary of the area or unit the quote names (各“战区”党委书记): a person's office, no mechanism word
    # (asked only of a quote with no name's ending: “红色驿站”党支部书记 is the brand's).
    ("secretary_after", r"^(?:党委|党工委|党总支|党支部|支部)副?书记"),
    # Only numerals, digits and + (1+1, 3+4+4, 一三五): a count or a date, a name only when a mechanism word
    # follows in the clause (“一三五”工作法); two numerals alone (五一, 七一, 十一) are holidays and dates, never names.
    ("number_only", rf"^[\d{NUMERAL}{ZEROS}+×]+$"),
    # A ladder of levels or units (区—街道—社区—居民户, 县、乡、村): how an organisation is built, not a name;
    # three or more steps joined by —, each a step of handling (问题快速响应—专人跟进处理—结果反馈闭环,
    # 议事—办理—反馈): how a process runs. Named items joined by — (红色驿站—红色课堂—红色管家) stay.
    (
        "ladder",
        "^(?:"
        + LEVEL
        + ")(?:[—、]+(?:"
        + LEVEL
        + "))+$|^(?:[^—、]{0,6}"
        + STEP
        + ")(?:—+[^—、]{0,6}"
        + STEP
        + "){2,}$",
    ),
    # A mechanism word in the rest of the clause: “一三五”工作法, “3+4+4”街区党建工作体系.
    ("named_after", f"(?:{SUFFIXES}|工作法|做法)"),
    # A state described with numerals (两多一差, 三难, 一高一低) and troubles counted (万千愁, 千家忧): every other
    # character says how much or how bad. So is a count of moves or things of a kind (“三招”化解“千千结”, 算好“三笔账”,
    # 办好“三件事”): how many, with no name of its own.
    (
        "description",
        rf"^(?:(?:[{NUMERAL}]+[多少难差慢弱乱散低高杂缺远]){{1,3}}|[{NUMERAL}]+[家般种]?[愁忧烦]"
        rf"|[{NUMERAL}]+(?:招|招式|笔账|件事|句话))$",
    ),
    # A verb with a complement of direction (沉下去, 动起来, 提上来): a slogan of action, never a name.
    ("directed_verb", r"^[\u4e00-\u9fff]{1,3}(?:起来|下去|上来|下来|出来|进去|进来|过来|上去|回来)$"),
    # A wish quoted as a person's words (一位“想让村民过上好日子”的好书记, real R38; “希望…”), or the life it wants
    # for people (“让村民过上好日子”的好书记): what someone wants, never a mechanism's name.
    (
        "wish",
        r"^(?:想|要|想要|只想|就想|一心想)让|^(?:希望|盼望|盼着|期盼)|^让[\u4e00-\u9fff]{1,6}?(?:过上|住上|吃上|用上)",
    ),
    # A verb of going with where to (下沉一线, 深入基层, 走进网格): how members act, never a name unless a
    # mechanism word follows (“下沉一线”工作法).
    (
        "going_to",
        r"^(?:下沉|沉到|沉入|深入|走进|走入|走到|扎根|奔赴|冲在|守在|坚守|驻扎|挺在|走在)[\u4e00-\u9fff]{1,3}$",
    ),
    # The result a causative brings about, ending its clause (让服务“一键直达”, 让阵地“就近可及”): a state
    # described, not a name (unlike 让“红色引擎”持续释放, where the quote is the subject), also for two parties
    # (使村集体和村民“双增收”); 使用 is no causative; what a unit makes sure of, something between (保证…发展“…”).
    (
        "result_before",
        r"(?:[让令]|使(?!用))(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{1,5}[和与及][\u4e00-\u9fff]{1,5})$"
        r"|(?:保证|确保|力保)[\u4e00-\u9fff]{2,6}$",  # 保证合作社发展“一路绿灯”: what is made sure of
    ),
    # A predicate opened by an adverb of degree or manner, ending its clause (群众办事“只进一扇门”, 事情“就近办”):
    # how things go, not a name.
    ("adverb_start", r"^(?:只|就|都|不|没|少|再|更|马上|立即|随时|当场|一次就|一站)"),
    # An adverb of place or manner right before a two-character quote ending its clause (他们就地“转岗”，): a verb,
    # what people did, not a name.
    ("adverb_before", r"(?:就地|就近|纷纷|主动|自觉|随即|迅速|立即|马上|及时|当即)$"),
    # A target state of zero (实现“零距离”服务, “零上访”, “零投诉”): what is aimed at, not a name; not a word 零
    # opens (零工驿站: odd jobs; 零售, 零件, 零活, 零星).
    ("zero_target", r"^零(?![工售件活星])[\u4e00-\u9fff]{1,3}$"),
    # A site of heritage or sightseeing (“南沙遗址”被确定为全国重点文物保护单位, “某某故居”): a place, never a practice.
    ("heritage_site", r"^[\u4e00-\u9fff]{1,8}(?:遗址|故居|旧址|古城|古镇|景区|风景区|纪念馆|纪念碑)$"),
    # A document (写入省委“1号文件”): what a text is called, never a practice (like a 《title》).
    ("document", r"(?:号文件|文件|条例|通知)$"),
    # A unit's official organ, named with the unit (“某某镇综治中心”的标牌, 某某街道党群服务中心): an office every
    # unit has, not a practice.
    (
        "official_organ",
        r"^[\u4e00-\u9fff]{2,8}(?:镇|乡|街道|县|区|市|社区|村)(?:社会治理|综治|党群服务|便民服务|政务服务|新时代文明实践)"
        r"(?:综合)?(?:中心|站|所)$",
    ),
    # A kind of party organisation the party's rules name (建起“临时党支部”, 成立“联合党支部”): a category any unit
    # may set up, not a practice (“海上党支部”, where it works, is one).
    ("party_category", r"^(?:临时|联合)(?:党支部|党小组|党总支|党委|党组织)$"),
    # A wrong the text criticises (“指尖上的形式主义”让基层干部疲于应付, “官僚主义”): an -ism, never a practice;
    # nor a burden or trouble the quote names itself (“指尖上的负担”反而更重了), unless a verb of ending opens it.
    (
        "ism",
        r"主义$|^(?![减破解治除清化])[\u4e00-\u9fff]{1,6}(?:负担|包袱|烦恼|顽疾|怪圈|乱象|痛点|堵点|难点)$",
    ),
    # A handful of a thing (添了“一把新柴”, “一盏明灯”, “一缕阳光”): a likeness, no name (一 and a classifier of
    # things held or lit, never 张/网/窗/码: “一张网”, “一窗受理” are policy shapes; nor a paper one draws up: “一份
    # 清单”, “一份承诺书” are tools).
    (
        "handful",
        r"^一[把束盏抹缕根颗粒杯碗捧团股份]新?(?![\u4e00-\u9fff]*(?:清单|账|表|卡|书|约|协议|承诺)$)[\u4e00-\u9fff]{1,3}$",
    ),
    # The kinds of teams a run of quotes lists before 等…队伍 (组建“综合信息”“文艺活动”等志愿服务队伍): a field of
    # work of up to four characters or an honour's words (最美…), not a brand (“七宝阿姨”“老宝爷叔”等志愿服务队: who
    # they are, names; “老娘舅调解”“啄木鸟巡逻”: a brand ending with its field).
    ("team_kinds_after", r"^等[\u4e00-\u9fff]{0,6}?(?:队伍|服务队|分队|小分队|团队)"),
    (
        "team_field",
        r"最美|^[\u4e00-\u9fff]{0,2}(?:信息|活动|文艺|宣传|宣讲|帮扶|巡逻|环保|卫生|医疗|法律|助老|助残|维修|心理|"
        r"教育|文体|体育|安全|应急|调解|义诊|保洁|治安|科普|救援|演出|援助|关爱|疏导)$",
    ),
    # The products or industries a run of quotes lists before 等 and their kind (依托“某某黑茶”“某某黄精”等特色产业):
    # what a place grows and sells, its trade names, never a mechanism (a policy's numeral shape, “一村一品”, stays).
    ("products_after", r"^等[\u4e00-\u9fff]{0,4}?(?:产业|产品|农产品|特产|土特产|品种|作物|商品)"),
    # A class of units counted as it changes (“后进村”从2019年的323个减少到…): a category measured, no mechanism.
    (
        "counted_from",
        r"^(?:从|由)[^，。；“”]{0,10}?\d+(?:\.\d+)?[多余]?(?:个|家|名|户|所|座|处|人)[^，。；“”]{0,10}?"
        r"(?:减少|下降|降|缩减|压减|增加|增长|上升|提高|提升|扩大|发展)(?:到|至|为)",
    ),
    # A group of people counted by a collective measure (配强村级党组织“一班人”, “一帮人”, “一群人”): who, no name.
    ("people_group", r"^[一两][班帮群拨伙批家]人(?:马)?$"),
    # A force (通过“红色力量”激活…, 凝聚“党员力量”): what the work musters, rhetoric, never a mechanism's name.
    ("force", r"^[\u4e00-\u9fff]{1,4}力量$"),
    # What a headline leaves off a name the body prints in full (小院议事 / 小院议事厅): a name's ending or a room.
    ("name_tail", rf"^(?:{SUFFIXES}|联盟|厅|馆|屋|坊|之家|室|站|会|队|团)$"),
    # A ratio of two parts (1+N, 1+1): one member to many households, a name only when set up (建立“1+1”学生结对)
    # or followed by a mechanism word (“1+3”党建联建机制).
    ("ratio", r"^\d+\+(?:\d+|[NnXx])$"),
    # A formula left open (“党建+”邻里中心, “互联网+”): a prefix of what follows it, no name on its own.
    ("open_formula", r"^[^+＋]{1,8}[+＋]$"),
    # The last stretch of a distance (最后一公里, 最后一米, 最后100米): where service falls short, a slogan.
    ("last_stretch", r"^最后(?:[一二三五十百千\d]+)?(?:公里|里路|米|纳米|厘米|步|站|道关)$"),
    # A kind of mechanism with no name of its own (## 二、“清单”管住的负担, 明确“议事会”议什么): the ending alone.
    ("bare_kind", f"^(?:{SUFFIXES})$"),
    # A generic noun: a size or an age and a unit (小网格, 大片区; 老小区, 新社区, a veteran's nickname “老网格”),
    # what every grid scheme has, not one place's name.
    (
        "generic_noun",
        "^[大中小老新旧](?:" + alternation("网格 片区 社区 小区 单元 区域 楼栋 组 队 驿站") + ")$",
    ),
    # Festivals named by a count (“两节”期间: Spring Festival and New Year) and a sum of money (“百万元”村):
    # a date and an amount, never a name.
    ("festival", rf"^[{NUMERAL}]节$"),
    # A verb doubled around 一 (“唠一唠”, “聊一聊”, “坐一坐”): how a speaker says it is done, casually, no name
    # (unless a mechanism word follows it: “议一议”机制).
    ("casual_verb", r"^([\u4e00-\u9fff])一\1$"),
    ("money", rf"^[\d{NUMERAL}]+[万亿]?元$"),
    # A figure with its counting word (“16处”, “260名”: a number an editor's note or a speaker quotes): a count.
    ("count", r"^\d+(?:\.\d+)?[多余]?(?:处|个|名|人|位|家|项|件|条|次|场|户|亩|座|块|台|张|支|所|栋|套)$"),
    # A team formed and its size before 的 (组建了46人的“护湖队”, 成立由12名退休党员组成的“…”): not a metaphor
    # but the team's name; the verb of doing stands before the size.
    (
        "sized_team_before",
        "(?:"
        + DOING.pattern
        + rf")[^，。；：“”]{{0,10}}?[\d{NUMBERS_TO_TEN}百千]+[多余]?[人名][^，。；：“”]{{0,8}}的$",
    ),
    # A team named after the people it is formed of (党员志愿者组成的“送餐小分队”): its name, not a metaphor, when
    # the quote ends in a team word (not 由党员组成的“铁军”).
    ("formed_of_before", r"(?:组成|构成|组建)的$"),
    ("team_end", r"(?:队|团|小组)$"),
    # A category label: a numeral and one character naming a class of units or people, followed by the noun
    # it qualifies or listed with others (“两新”党组织, “两新”工委, 村“三委”、党员).
    (
        "category_after",
        r"^(?:"
        + alternation("党组织 组织 工委 党委 群体 领域 企业 人员 成员 干部 班子 党员 委员 、 和 及 与")
        + ")",
    ),
    # A unit's own brand set up (打造了社区的“红色小管家”): a verb of doing, the unit that owns it and 的 (not
    # 健全党组织领导的“自治、法治、德治”: a description before 的, no unit).
    (
        "owned_set_up",
        "(?:"
        + DOING.pattern
        + r")[\u4e00-\u9fff]{0,4}(?:社区|村|街道|小区|镇|乡|支部|党委|网格|单位|驿站)的$",
    ),
    # A scheme the text says was set up or launched, right before its quote (推出的“善行豆”, 打造了一个“邻里中心”,
    # 建立了一个集托管、助餐于一体的“邻里中心”): the scheme's name, not a likeness after 的. A facility built new is
    # named only through 的 (新建的“邻里中心”; 新建“新能源充电站”: what kind of facility was built).
    (
        "set_up_before",
        r"(?:(?:推出|建立|打造|建成|建起|设立|创建|创设|搭建|推行|上线|开通|启用)(?:了|起|出)?"
        + SET_UP_THING
        + "的?"
        r"|新建了?" + SET_UP_THING + "的)$",
    ),
    (
        "honour_before",
        r"(?:获评|荣获|评为|被评为|授予|赋予|颁发|评定|获得|评选为|评上|评得|摘得)了?"
        r"(?:全国|全省|全市|全县|全区|国家级|省级|市级|县级|区级"
        r"|[\u4e00-\u9fff]{1,12}?(?:省|(?<![城超都])市|州|盟|县|旗|(?<![社小园景片辖城街矿营])区))?$",
    ),  # 评上“五星”的村; 被评为了某某市某某区“…”: the place (or level) that gave the honour between verb and quote
    # (also the last of honours listed, closed by 等 and the honour's word: …和“我最喜爱的…”等殊荣)
    (
        "honour_after",
        r"^(?:等(?:荣誉称号|荣誉|殊荣|称号|桂冠)(?=[，。；、！]|$)|称号|荣誉|殊荣|桂冠|纪念章|表彰|等次|奖|金奖|之称|之誉|美誉)",
    ),
    # The title of a celebration (“喜迎新春…”迎新春联欢会, “…”文艺晚会): one evening's theme, no practice; nor
    # the title of the press's reporting tour (“…”主题采访活动走进某村, “…”采访团): the paper's, not the place's;
    # nor the titles of a themed activity (开展“…微宣讲”“…”端午主题系列活动): one occasion's themes.
    (
        "show_after",
        r"^[\u4e00-\u9fff]{0,4}?(?:联欢会|联欢晚会|晚会|文艺汇演|文艺演出|汇演|演唱会|音乐会|游园会|茶话会"
        r"|主题采访|采访活动|采访团|集中采访|主题活动|主题系列活动|主题实践活动)",
    ),
    # A media outlet's account (借助“文明某县”“融媒体中心”等微信公众号、抖音号): where news is posted, no practice.
    (
        "account_after",
        rf"^等?(?:多个|[0-9{COUNTS_TO_TEN}]+个)?(?:微信公众号|公众号|抖音号|视频号|微博号?|头条号|快手号)",
    ),
    # A product's trademark (注册了“某某特色板栗”品牌, “某某”商标, “…”农产品品牌): what is sold, no practice.
    ("trademark_before", r"(?:注册|注册了|申请|申请了|申报|申报了|打响|叫响)$"),
    ("brand_after", r"^(?:品牌|商标|牌)"),
    ("trademark_after", r"^(?:商标|注册商标|农产品品牌|区域公用品牌|公用品牌|地理标志)"),
    # A role people take up (主动当起“移动网格员”, 引导骑手兼任“流动网格员”, 鼓励他们当好“流动网格员”): named when qualified, four characters
    # or more (年轻人当起“跑腿员”, 老党员当上“调解员”, 兼任“网格员”: a plain job).
    ("took_role_before", r"(?:当起|当上|当起了|当上了|当好|争当|兼任|兼当|兼职|充当)$"),
    # A school run (办好“村官夜校”): named when it is a school or a class; 办好“关键小事”, 办好“民生实事” is a slogan
    # of work done well, no name.
    ("school_run_before", r"办好$"),
    # A system drawn up (牵头制定“村规民约积分制”, layouts38 p03): named when it is a system, rules or a charter by its
    # ending; 制定“一村一策” is a plan's slogan, no name.
    ("system_drawn_before", r"(?:制定|修订)了?$"),
    # (…书香小区“红色物业主动听劝”和炮司小区“1+2+N”治理模式: the next item named with its own estate or village)
    (
        "chain_gap",
        r"^(?:、?|[、和与及][\u4e00-\u9fff]{0,3}|[、和与及][\u4e00-\u9fff]{1,4}(?:小区|社区|村|街道))$",
    ),
    ("contrast_link", r"(?:到|向|为|变成|变为|转化为|拓宽为)[^，。；“”]{0,8}$"),
    ("contrast_open", r"(?:从|由|变)[^，。；“”]{0,8}$"),
    ("contrast_close", r"^[^，。；“”]{0,3}(?:转变|升级|转化|转型)"),
    # A small means and a big result (“小积分”撬动“大治理”, 以“小切口”推动“大变化”): rhetoric, both quotes.
    ("small_big", r"^小[\u4e00-\u9fff]{1,4}$"),
    (
        "small_big_gap",
        r"^[\u4e00-\u9fff]{0,3}(?:撬动|撬起|推动|带动|换来|兑出|兑换|释放|激活|汇聚|凝聚|托起|成就|赢得|办成|办好|"
        r"解决|化解|引领|促进|彰显|书写|绘就|做出|做成|连起|串起)[\u4e00-\u9fff]{0,2}$",
    ),
    ("small_big_result", r"^大[\u4e00-\u9fff]{1,4}$"),
    # A coined name mixing Chinese and Latin letters (党群V站, 鼓楼e家): a brand, never a plain word.
    ("mixed_script", r"^(?=.*[\u4e00-\u9fff])(?=.*[A-Za-z])[\u4e00-\u9fffA-Za-z]{3,10}$"),
    # The device or app a quoted name is the name of (配备一台“牧业通”终端).
    ("device_after", r"^(?:手机|移动|智能)?(?:终端|客户端|APP|App|app|一体机)"),  # (“巡山通”手机终端)
    # A brand's sign put up (张贴“暖骑站”标识, 悬挂“红色物业”标牌): the name a place is marked with; not a warning
    # or a rule printed on a sign (张贴“禁止吸烟”标识, “请勿停车”标牌).
    ("sign_after", r"^(?:标识|标牌|标志牌|牌匾)"),
    ("sign_before", r"(?:张贴|悬挂|挂上|挂出|贴上|统一使用|使用)了?$"),
    ("warning", r"^(?:禁止|严禁|请勿|不准|安全|注意|小心|当心)"),
    # A paired slogan: two to four parallel four-character phrases with no particle or adverb (街乡吹哨、部门报到;
    # not 一看就知晓、一次能办成, which describes a state).
    ("paired_slogan", r"^[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4}){1,3}$"),
    # A slogan of work to do: parallel phrases of four to six characters each opening with a verb of building or
    # strengthening (以“强化党建引领、激发基层活力、打造服务品牌”为抓手): what the work aims at, never a mechanism's
    # name (街乡吹哨、部门报到 says who does what; 居民点单、党员接单 too).
    ("work_slogan", rf"^{WORK_VERB}[\u4e00-\u9fff]{{2,4}}(?:、{WORK_VERB}[\u4e00-\u9fff]{{2,4}}){{1,3}}$"),
    # The same two phrases printed with a comma (深化“网格吹哨，部门报到”机制): read as a slogan when a mechanism
    # word follows.
    ("comma_pair", r"^[\u4e00-\u9fff]{4}[，,][\u4e00-\u9fff]{4}$"),
    # The idea or direction the work follows (秉持“…”理念, 锚定“党建引领、多元共治”方向): a list of slogans before it
    # is a guiding idea, not a mechanism's name.
    # (以“党建引领、文化聚力…”为工作思路: the same, named as what the work takes for its idea)
    ("guiding_after", r"^(?:为(?:工作|发展|治理|行动)?)?的?(?:理念|思路|方向|原则|方针|宗旨|导向)"),
    # An ideal held or a mood fostered (守着“为人民服务”的初心, 形成“邻里守望、互帮互助”的良好风尚): a motto, no
    # mechanism, whatever its shape.
    ("ideal_after", r"^的[\u4e00-\u9fff]{0,3}?(?:初心|氛围|风尚|风气|情怀|信念|使命|精神)"),
    # The pattern the work builds (构建“党建引领、多元参与、上下联动、共建共享”的基层社会治理新格局): a list of
    # slogans before 的…格局 describes the state aimed at, no mechanism's name.
    ("pattern_after", r"^的[\u4e00-\u9fff]{0,12}?格局"),
    ("slogan_particle", r"[就能会都不了着过的地得也还很要把被让有没]"),
    # Two quotes linked as mechanisms: “楼门议事厅”与“接诉即办”深度衔接, “楼栋夜话”与“红色物业”相结合.
    ("linked_pair", r"^[\u4e00-\u9fff]{0,4}?(?:衔接|结合|融合|联动|贯通|对接|并轨)"),
    # A name counted right after it (建成“邻里食堂”6家, 建设“就业帮扶车间”23个, 设立党员中心户“平安岗”14个):
    # what a unit built or set up, as many times over; a count of people (名, 人) says who, not what.
    ("counted_after", r"^[0-9０-９]+(?:\.[0-9]+)?[多余]?(?:个|家|支|处|所|座|间|张|项|条|户|块|套|期|批)"),
    # A role recruited in numbers (从新就业群体中发展“骑手网格员”210名): members brought into a named role, counted
    # in people right after it (发展 alone is no verb of doing: 融合发展“同心圆”, 企业发展“两手抓”); or chosen for
    # it (推选“红色楼道长”587名, 选出“彝家楼栋长”158名), not an honour's words (选出“优秀党员”20名: honoured).
    ("recruited_before", r"(?:发展|吸收|吸纳|培育|培养|推选|选出|选拔|选聘|招募|聘请|聘任)了?$"),
    ("honour_words", r"^(?:最美|优秀|十佳|百佳|先进|模范|标兵|金牌|十大|好)"),
    # after an honour's words, a selection's (“十佳案例”评选结果, “最美网格员”揭晓): the title the winners get
    ("selection_after", r"^(?:评选|推选|揭晓|名单|榜单|出炉|候选|征集)"),
    ("people_counted_after", r"^[0-9０-９]+(?:\.[0-9]+)?[多余]?(?:名|人|位)"),
    # 受聘参与社区治理的“移动网格员”已有1950余名: a role people were hired into in its clause, counted in people
    ("hired_in_clause", r"(?:受聘|选聘|聘请|聘任|招募)"),
    ("people_now_counted_after", r"^(?:已有|已达|共有|达)[0-9０-９]+(?:\.[0-9]+)?[多余]?(?:名|人|位)"),
    # 配备3名以上党员“小哨兵”: a role people are assigned to, counted before it in digits (选出20名“最美家庭”: an
    # honour; 有12名“老党员”: a kind of people; 一名“老娘舅”: one person's story)
    (
        "people_counted_before",
        r"(?:配备|选派|选聘|招募|培育|培养|发展|吸纳|聘请|聘任)[^，。；“”]{0,16}?[0-9０-９]+[多余]?(?:名|位)(?:以上)?"
        r"(?:党员|志愿者|居民|青年|群众|退役军人)?$",
    ),
    # The last of a list of things a verb of doing governs (同步建立小区党支部和“居民自管会”): named like the others.
    ("listed_after_doing", "(?:" + DOING.pattern + r")[\u4e00-\u9fff]{2,10}(?:和|与|及|、)$"),
    ("embed_before", r"[\d\u4e00-\u9fff]{1,5}\Z"),
    ("embed_after", rf"^[\u4e00-\u9fff]{{0,4}}?(?:{SUFFIXES})"),
)
AROUND: dict[str, re.Pattern[str]] = {name: re.compile(source) for name, source in AROUND_SOURCES}
