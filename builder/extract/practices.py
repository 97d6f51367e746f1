"""Named practices: `extract_practices(title, body) -> list[str]` (front matter `practices`).

A practice is a named mechanism, model, platform or brand that the paper prints in quotes (“…”, 「…」, ‘…’,
"…"): 双报到, 红色物业, 一中心一张网十联户, 1+2+N, 红蜂驿站, 五心服务, 有事找书记, 三元同理. It is returned as
printed without the quote marks: surrounding spaces stripped, inner quotes removed (暖心暖‘新’ -> 暖心暖新),
an old line break inside rejoined, full-width `＋` and digits made ASCII, runs of spaces made one space
(双报到 双服务). Order of first appearance (title first), no duplicates.

General rules decide, on the quote and the words around it; no list of known practices is used. What turns a
quote down (a number, a described state, a role, an honour, a predicate) is in practice_refusals.py.

A quote is a practice when it has a **strong** sign of being a name:
- a formula with + (1+2+N, 党建+网格, 基础积分＋组织赠分) or a brand with · (预防溺水·平安相伴);
- the numeral shape of Chinese policy names (三必访三服务, 四议两公开, 一格一员, 双报到, 3人专班, 强双基);
- a brand-like ending (…驿站, 行动, 机制, 模式, 工作法, 品牌, 服务, 管家, 小组, 平台, 工程, 制度, 经验 …);
- or a mechanism word right after it, also after a run of quotes and 等 (“光语”议事平台, “立园满园”行动,
  “板凳会”“五福驿站”等特色品牌, 街道“大工委”和社区“大党委”机制);

or a **weak** sign, when it is at least three characters and not `…的“X”` (a metaphor):
- a verb of doing right before it (推行, 打造, 设立, 成立, 开展 …: 设立“党群议事角”, 成立“大工委”);
- 以“X” (以“阳光说吧”为载体, 以“随手拍”直报线索);
- it opens a clause and something follows (，“小田并大田”流转土地, “海校大妈”最初只有20人).

Also names, whatever stands around them: a coinage mixing Chinese and Latin letters (党群V站, 鼓楼e家); a
paired slogan of two to four parallel four-character phrases without a particle or adverb (实现“街乡吹哨、
部门报到”; not 一看就知晓、一次能办成, a described state); a quote linked to another one as a mechanism
(把“楼门议事厅”与“接诉即办”深度衔接, “楼栋夜话”与“红色物业”建设相结合).

Never practices: quotes inside 《document titles》; speech and slogans (containing ，。！？；：, or longer than 12
characters unless a formula); lists with 、 or — unless a verb or a mechanism word frames them
(“民事民提、民事民议、民事民决”工作法); contrasts of rhetoric (从“两张皮”到“一盘棋”, 变“被动响应”为“主动作为”, “碎片化”治理向“系统化”治理); roles and problems
(“哨兵”作用, “小马拉大车”难题); single characters (“新”, “她”; but 暖“新”友好行动 is read whole as 暖新友好行动); and the idioms, political
formulas and category names of the editable list `practice-stopwords.txt` (builder/data/, extended by
content/_data/). Nor are strings of numerals alone (“1+1”, “3+4+4”; “五一”, “七一” are dates), unless a mechanism word
in the clause makes them a name, written whole (“一三五”工作法 -> 一三五工作法, “3+4+4”街区党建工作体系); a formula left open (“党建+”邻里中心: the prefix of
what follows it), unless a mechanism word follows (“党建+”模式); states described with numerals (“两多一差”, “三难”), generic
nouns of a size and a unit (“小网格”), a kind of mechanism alone, with no name before its ending (“清单”, “议事会”), problems (“…”现象/难题); verbs of action with a complement of direction (“沉下去”,
“动起来”); category labels of two characters followed by the noun they qualify (“两新”党组织, 村“三委”、党员); and a
one-character quote inside a subheading (## 暖“新”服务); what someone is called (网格员就是“大管家”, 被誉为“老娘舅”, 唤作“老大”) or a new name given to a place (更名为“思源社区”), even with a
name's ending. Variants of one practice are written as one name through the editable list `practice-aliases.yaml`
(大调研、大走访 → 大走访、大调研), which the glossary of the site uses too.

Also (held-out pages): a practice taken up as a tool (把“接诉即办”作为…抓手), a place opened or a role appointed
(开放“暖心屋”, 选聘“物业调解员”), a named list (“负面清单”, “红黑榜”) and a named venue or community brand (的“邻里会客厅”里, “心安社区”)
are names; a nickname followed by the people it
names (“候鸟”老人, unless a team word follows: “毓桐之声”青年宣讲团), a process noun in -化 (“网格化”), a described
state (“商住交织、新旧交融”) and a one-character quote inside a clause (需要帮助时可以“取”服务) are not.

Second held-out pages: a team formed, a meeting held, a school opened or a role taken (组成“送餐小分队”, 召开“坝坝会”,
开设“技能夜校”, 担任“流动网格员”: verbs of doing); a name of three characters or more counted right after its quote
(建成“邻里食堂”6家, 建设“就业帮扶车间”23个; not a count of people, 名/人); the last of a list of things a verb of
doing governs (同步建立小区党支部和“居民自管会”). Real articles: a verb of doing with 出/了 and a named unit before
the quote (打造出夏都街道“老王说事”), names ending in a room or a team (…调解室, …工作室, …帮帮团; a fund or a system: …基金, …系统), a run closed by
等 and a count (“小田帮帮团”等多个特色调解品牌); the last stretch of a distance (“最后一米”) is a slogan.

Titles of honour are not practices (my call): a quote right after 获评/荣获/评为/授予/赋予/颁发/评定 or right
before 称号/荣誉/纪念章/表彰/等次 is left out (获评“全省最美货车司机”, 评定“先锋骑手”“最美快递员”, “光荣在党50年”纪念章).
The same name used as a team or brand elsewhere in the text is kept (组建“先锋骑手”“红色管家”等党员志愿服务队).
A selection's title for its winners, an honour's words before the selection's (“十佳案例”评选结果, “最美网格员”揭晓,
heldout36 p04), is no name wherever it is quoted, however often the report names it again (not_a_name).

Fourth held-out pages: how people act and what an action brings about are not names, unless a mechanism word
follows: a verb of going with where to (“下沉一线”办实事, “深入基层”), and the result of a causative that ends
its clause (让服务“一键直达”, 让阵地“就近可及”; not 让“红色议事厅”成为…, where the quote is the subject). A
headline's quote that the body prints only in full, with a name's ending (subtitle 推进“小院议事”, body
“小院议事厅”), is that name, counted once. A ratio of two parts (结成“1+N”联户对子: one member to many
households) is a name only when set up (建立“1+1”…) or followed by a mechanism word (“1+3”党建联建机制); a role
signed up for is named like one taken (报名成为“流动网格员”); what a place became is a likeness (楼道成了“会客厅”). A predicate opened by an
adverb that ends its clause, with no verb of doing before it (群众办事“只进一扇门”; not 推行“马上办”), and a
document (写入省委“1号文件”) and a target of zero (“零距离”服务, “零上访”) are not names either. In a
headline, a quote opening a clause is no sign: headlines open with metaphors (“铁脚板”走出民心路) as often as with
names; a name there needs a sign of its own or the body. Fifth held-out pages, real articles: a role trained
into (培养成“技术明白人”), a body joined (纳入社区“大党委”), a team formed with its size before 的 (组建了46人的“护湖队”;
not 这支46人的“铁军”) and what is held so often (每月举办一次“窑火夜校”) are names; festivals (“两节”), sums of money
(“百万元”) and “小驿站” (like “小网格”) are not. Real articles: a board people post on is a venue even after 的
(驿站的“治理建议板”上), …服务网 ends a name, quotes joined by + are one formula (“飞地”+“抱团” -> 飞地+抱团), a name
quoted inside speech is read (“我们发动‘村村抱团’…”), a count is no part of an embedded name (4个暖“新”驿站) and a
bare 服务 provided (24小时暖“新”服务) is one only when printed again. Names printed without quotes (recurring or set
up: 暖新驿站, 推行积分制管理) are practice_unquoted.py's; they follow the quoted ones, never a quote turned down
above nor a quoted name with more or less around it (蓝马甲 / 蓝马甲志愿服务队). The forces a policy-shaped name
musters are no role (整合“双报到”力量); a unit's own brand set up is no metaphor (打造了社区的“红色小管家”). Sixth
held-out pages: an -ism the text criticises (“指尖上的形式主义”, “官僚主义”) is no practice; nor is a force the
work musters (通过“红色力量”激活…), unless a mechanism word follows.
Real articles: a headline's quote whose numeral opens an ordinary word (风雪中“双向奔赴”), never printed in the
body, is its slogan; a room or team named after a two-character category of people (“五老”调解室) is the name.
A media account's name (“文明某县”“融媒体中心”等微信公众号、抖音号) is where news is posted, and the title of
a celebration (“喜迎新春…”迎新春联欢会) one evening's theme (not a festival's name, “邻里节”文艺晚会), no
practice; nor is a code of three digits or more one reaches (“832”平台, “12345”热线; “135”工作法 names a method).
A unit's official organ named with the unit (“某某镇综治中心”, 某某街道党群服务中心) is an office every unit has.
A list holding an idiom or a formula of the stopword list (“因地制宜、务实管用”的原则) is a manner, unless a
mechanism word follows.
Eighth held-out pages: a person called by a familiar prefix and the office held (“老书记”的三本账, “好支书”) is
who someone is, no name unless a mechanism word follows (“老书记工作室”); a role people are taken in as
(吸纳为社区“兼职委员”) is named like one taken; the people a practice is for or by may stand between its verb
of doing and its name (开展社区工作者“擂台比武”, 实施党员“积分管理”); a role recruited in numbers is a name
(发展“骑手网格员”210名; 发展 alone is no verb of doing: 融合发展“同心圆”). A bare name is never read from
inside a quoted one across its closing mark (“和事佬”调解室: not 事佬调解室, cut at the particle-like 和).
Real articles R5–R9: a ladder of levels or units (“区—街道—社区—居民户”, “县、乡、村”) is how an organisation is
built, no name; a quoted list's name by the count of its items right after it (“党建网、治理网、服务网”三网融合) is
one (not a count of a kind: 三大目标, 三项工作); a named venue ending in 食堂 or in 站 after three characters or
more (“长者食堂”, ‘东风联播站’; not the likeness “加油站”) is a name even after 的. A headline's quote holding an
adverb or particle (心结“一站就解”: a predicate), never printed in the body, is its slogan, like a numeral word; what
something became for people (更成为丈量民情、传递文明的“移动驿站”) is a likeness unless a mechanism word follows;
troubles counted by numerals (解“万千愁”, “千家忧”) are a state, no name.
R10, heldout14: the kinds of teams a run of quotes lists before 等…队伍 (“综合信息”“文艺活动”等志愿服务队伍: fields of
work, 最美… honours; not “七宝阿姨”“老宝爷叔”), a handful of a thing (添了“一把新柴”) and a burden the quote names
(“指尖上的负担”) are no names; a headline's word the body never prints, ending like a body's name (“歇脚驿站” /
“小哥驿站”), is its paraphrase (practice_headline.py); a quoted number inside a name is the name (暖新“365”行动计划).
R11, heldout15: a pavilion, gallery or map (“议事亭”, “党建长廊”, 一张“民情地图”), a school run (办好“村官夜校”), a brand built
N times (建成380多个“先蜂骑手”红色加油站), a qualified role taken up (当起“移动网格员”; not 当上“调解员”), the count of the list
before (双结对、…、双认领“四双”), a comma-paired slogan before a mechanism word and a venue's full name opened by its city
are names; a list the work is guided by (秉持“…”理念, 锚定“…”方向) and what a unit creates for people (营造…的“暖心驿站”) are not.
Real pages R13–R21: a count of moves or things of a kind (“三招”, “过去、当前、长远”三笔账), a site of heritage
(“南沙遗址”被确定为…, unless a mechanism word follows), the titles of a themed activity (“…”端午主题系列活动),
a list taken as the work's idea (以“…”为工作思路), short qualities before 的 (打造“雅居、人和、心美”的和谐社区) and a
two-character verb after an adverb of place ending its clause (就地“转岗”，) are no names; a brand joined (加盟“暖新
商户”) and a quoted policy (“清化收”政策) are, and so is a count of pairs of duties with the work or a mechanism
word after it (“四双”工作开展以来; after a 、-list in its clause the list decides, names_list_before).
Real pages R13–R23: a quote the text calls a name (一项名为“分片治理”的改革) is one, and so is a numeral code
explained in a bracket before its mechanism word (“334”（即…）的机制); who someone is to the people around
(她也是村里的“大管家”) and a unit's secretary (各“战区”党委书记) are no names. A quote of three characters or more
printed RECURS times in the body (quoted each time, or quoted once and then printed without quotes: “院坝会”)
is what the report keeps coming back to, a name (“微心愿”), unless it is no name
where it is printed (“停车难”问题). What a unit did, named right after it and then told as a deed on so many things
(中强巷社区“拆小并大”，将9个老旧小区合并为…) is a name.
heldout27: a team named before 团队 (共建“社区规划师”团队), a role trained into (培训成“全科社工”) and a cooperative
(“…合作社”, one a branch runs: 领办“盘绣合作社”) are names.
heldout29: quote marks OCR mismatched (”政策直通车”, “红色帮帮团“) are read as printed (practice_quotes.mended_marks);
a team named after the people it is formed of (党员志愿者组成的“送餐小分队”) and a role served well (当好“流动网格员”)
are names; a figure quoted with its counting word (初稿的“16处”) is a count, no name.
Real articles (session 31): the products a run of quotes lists before 等 and their kind (依托“…黑茶”“…黄精”等特色产业:
trade names; a policy's numeral shape, “一村一品”, stays), a group of people counted by a collective measure (配强村级
党组织“一班人”) and a class of units counted as it changes (“后进村”从…的323个减少到…) are no names; a quoted model
number with a field of work and a mechanism word after it (“1173”物业管理模式) is the whole model's name, never its
digits.
Session 32: so is a quoted number, digits or a formula of them (“135”, “1+3+N”, “一三五”), right before the head noun of a
method (工作法, 机制, 模式, 服务, 行动, 工程, 计划, 体系 …): “135”工作法 -> 135工作法, “365”行动计划 -> 365行动计划, written
like any name with quotes inside (暖“新”驿站 -> 暖新驿站); a number alone is nothing a reader can look up. The names
opening with one quoted number are one method printed in full and shortened after or in a headline (推出“1+3+N”组团
服务模式 … “1+3+N”模式 …: 1+3+N组团服务模式, once; practice_wholes.one_per_number). 网格 after a quoted number is a
grid, no website one reaches (“1+N”网格员联户机制).
Session 33: a scheme the text says was set up or launched right before its quote is a name, also through 的, a
thing counted once or a 集…于一体 description (推出的“善行豆”, 新建的“邻里中心”, 打造了一个“邻里中心”); a plain quoted
noun after 的 with no such verb stays a likeness (温暖的“大家庭”).
R33: a word of two characters a speaker stresses in single quotes inside quoted speech (“…这个‘小事’就咱志愿者管。”)
is no name, whatever follows it; a team printed bare and named only by the peoples it is formed of (组建多民族志愿服务队)
is a kind of team (practice_unquoted).
A role people were hired into, counted now (受聘…的“移动网格员”已有1950余名), is a name; the job it ends in, quoted
after it (受聘担任“网格员”), is that role shortened, counted once as the whole (practice_wholes.one_per_role).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from builder.extract.practice_headline import headline_kept
from builder.extract.practice_lists import list_counts
from builder.extract.practice_quotes import quotes_in
from builder.extract.practice_rules import practices_in
from builder.extract.practice_unquoted import headline_names, unquoted_practices
from builder.extract.practice_vocab import (
    DEFAULT_STOPWORDS,
    alias_keys,
    default_aliases,
    load_stopwords,
    name_key,
)
from builder.extract.practice_wholes import one_per_number, one_per_role

__all__ = ["DEFAULT_STOPWORDS", "default_aliases", "extract_practices", "load_stopwords"]


_CAPTION = re.compile(r"^图[：:].*$", re.MULTILINE)
_CLOSING = r"[”’」』\"]\s*"  # a quote's closing mark, maybe a space after it


def extract_practices(
    title: str,
    body: str,
    stopwords: frozenset[str] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[str]:
    """The named practices printed in quotes in the title and body, in order of first appearance; a variant
    listed in `aliases` (practice-aliases.yaml: variant -> name; None: the default list) is written as its
    name, and counted once."""
    words = load_stopwords() if stopwords is None else stopwords
    canonical = alias_keys(default_aliases() if aliases is None else aliases)
    body = _CAPTION.sub("", body)
    found = [  # a headline opens with a metaphor as often as with a name (“铁脚板”走出民心路): no sign there
        [canonical.get(name_key(name), name) for name in practices_in(text, words, opening)]
        for text, opening in ((title, False), (body, True))
    ]
    headline = [name for name in found[0] if headline_kept(name, body, found[1])]
    quoted = {name_key(q.text) for text in (title, body) for q in quotes_in(text)}
    named = [name_key(name) for name in (*headline, *found[1])]
    bare = [  # printed without quotes (practice_unquoted.py): never a quote the rules above turned down, nor a
        # name found in quotes with more or less around it (蓝马甲 / 蓝马甲志愿服务队, 乡贤调解室 / 县乡贤调解室)
        canonical.get(name_key(name), name)
        for name in (*headline_names(title, body, words), *unquoted_practices(f"{title}\n{body}", words))
        if name_key(name) not in quoted
        and not any(k in name_key(name) or name_key(name) in k for k in named)
        and not _begins_inside_quote(name_key(name), quoted, f"{title}\n{body}")
    ]
    counted = [name for name in list_counts(body) if name not in words]
    seen: set[str] = set()
    result: list[str] = []
    for name in (*headline, *found[1], *counted, *bare):
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            result.append(name)
    # a brand's `X+` named beside its bare X (“追光者+”党建品牌 … 赋予“追光者”称号): one practice, the brand
    branded = [name for name in result if f"{name_key(name)}+" not in seen]
    # “1+3+N”组团服务模式 … “1+3+N”模式: one method; “移动网格员” … “网格员”: one role, shortened after
    return one_per_role(one_per_number(branded, quoted), name_key)


def _begins_inside_quote(key: str, quoted: set[str], text: str) -> bool:
    """A bare name read from inside a quoted one across its closing mark (“和事佬”调解室 -> 事佬调解室: the reading
    of a bare name cut the quoted word at a particle): it begins with a tail of the quote and goes on as the text
    goes on after the quote."""
    return any(
        key.startswith(quote[i:])
        and re.search(re.escape(quote) + _CLOSING + re.escape(key[len(quote) - i :]), text) is not None
        for quote in quoted
        for i in range(1, len(quote))
    )
