"""How a reporter's name is printed in a byline of bare names (`王晓丹  李墨`, `乌云其木格  高建军`).

A Han name is two or three characters. A Mongolian, Tibetan, Uyghur or Kazakh name is written in Chinese by
the sound of its syllables, and runs longer (`乌云其木格`, `阿不都热合曼`, `格桑卓玛`, `阿依古丽·买买提`): a
word of four to eight characters is such a name only when every character is one of the syllables these
transliterations use, which the phrases of a headline or a kicker never are (`党建引领`, `物业提质`: 党 建 引
领 物 业 质 are none). heldout6 k01's byline `乌云其木格  高建军` was taken for text.
"""

from __future__ import annotations

import re

# The roles that sign a report: the paper's reporter and its correspondent (`记者`, `通讯员`). Every rule reading a
# byline or a credit by its roles asks these (bylinerules, closingcredits, creditsunder, lineshapes, itemends, and
# places.matching, which leaves a byline out of the text it reads for places).
WRITER_ROLES = "记者|通讯员"
WRITER_ROLE = re.compile(WRITER_ROLES)
# The same, maybe as the paper's own or its special one (`本报记者`, `特约通讯员`).
PAPER_WRITER = f"(?:本报|特约)?(?:{WRITER_ROLES})"

# The syllable characters of transliterated minority names (蒙古族 乌云其木格 巴特尔 那仁高娃, 藏族 扎西多吉
# 格桑卓玛 次仁央宗, 维吾尔族/哈萨克族 阿不都热合曼 买买提艾力 古丽娜尔 努尔兰).
_SYLLABLES = (
    "乌云其木格巴特尔额敦斯琴娃那仁满都拉苏日娜布和朝鲁宝音图雅萨勒阿坦敖吉嘎孟兰哈达来呼毕力德尼道顺托娅"
    "塔赛钦桑克赉旺沁扎僧西次多卓玛姆旦增央金平措瓦索朗顿珠洛强罗普边曲珍加才让更登贡青群培益丹宗豆堆杰"
    "确琼不曼买提艾古丽吐逊依努肯迪帕明吾库班米玉素甫肉孜沙叶别江汗伊莎亚拜乎牙夏排再则衣麦乃祖罕热合"
    "皮卡"  # (祖力皮卡尔, 阿卜杜卡迪尔)
)
_HAN = "\u4e00-\u9fff"
# A transliterated name alone, of two syllables or more (格桑, 扎西多吉): a speaker's name in an interview.
TRANSLITERATED_NAME = f"[{_SYLLABLES}]{{2,8}}"

# The two-character surnames still borne (`欧阳小文`, `司马南`, `上官婉清`): a name opening with one runs to four
# characters, which a name of a single-character surname never does. R38's feature byline `欧阳小文` under its
# subtitle was read as a subheading of the body. (东方 南宫 西门 长孙 are left out: 东方红社区, 南宫市.)
COMPOUND_SURNAMES = "欧阳|司马|上官|诸葛|皇甫|令狐|慕容|尉迟|公孙|夏侯|司徒|端木|宇文|澹台|轩辕|呼延"
COMPOUND_SURNAME_NAME = f"(?:{COMPOUND_SURNAMES})[{_HAN}]{{1,2}}"

# One reporter's name: a Han name, or a transliterated one (its parts maybe joined by `·`).
PERSON_NAME = f"(?:{COMPOUND_SURNAME_NAME}|[{_HAN}]{{2,3}}|[{_SYLLABLES}]{{4,8}}|[{_SYLLABLES}]{{2,6}}[·・][{_SYLLABLES}]{{2,6}})"
# A name where a role or a byline's shape already says names stand (`记者 王磊`, `（通讯员 赵倩 孙浩）`): two to four
# Han characters, or a transliterated name.
# A glyph missing from the page's font is printed as a box (`□`, or the geta mark `〓`) in the name's place
# (`本报记者 王□`): it stands for one Han character, never opening the name.
MISSING_GLYPH = "□〓"
BYLINE_NAME = rf"(?:[\u4e00-\u9fff][\u4e00-\u9fff{MISSING_GLYPH}]{{1,3}}|{PERSON_NAME})"

# The commonest Han surnames: a name standing alone, with no role nor a second name beside it, is taken for
# a signature only when it opens with one (`李思远`; never a word such as `引言` or `结语`); metric_skips names
# one resident by them (陈女士, 村民张大爷家).
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SIGNATURE_NAME = f"(?:{COMPOUND_SURNAME_NAME}|[{COMMON_SURNAMES}][{_HAN}]{{1,2}})"


# A two-character name the paper padded to a three-character name's width (`董  卿`, `王　研`): its two characters
# apart, each a word of one character between spaces or the line's ends.
_PADDED_NAME = re.compile(rf"(?:^|(?<=[\s：:]))([{_HAN}])[ \u3000]{{1,3}}([{_HAN}])(?=\s|$)")


# Such a name as one of a row of bare names (`陆佳琪　沈　斌`, `张　婷　马晓军`): a common surname, then its given name
# apart; lineshapes' `bare_names` takes it only beside an unpadded name (alone it is a spaced label: `简　讯`).
PADDED_PERSON_NAME = f"[{COMMON_SURNAMES}][ \u3000]{{1,2}}[{_HAN}]"


def close_padded_names(text: str) -> str:
    """`通讯员 王  研 郭智强 报道` -> `通讯员 王研 郭智强 报道`: a padded two-character name read as one name."""
    return _PADDED_NAME.sub(r"\1\2", text)
