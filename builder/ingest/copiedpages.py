"""A web page or a WeChat article copied to text (part of LINE_RULES, before furniture): the site's and the
account's furniture, and the line under the headline that names when it was posted and who wrote it.

A government site prints a breadcrumb (`当前位置：首页 > 政务公开 > …`), an information line under the headline
(`来源：某区人民政府网　发布时间：2026-05-12 09:30　作者：刘芳　浏览次数：`), the reader's tools (`【字体：大 中 小】`,
`分享到：`, `【打印本页】　【关闭窗口】`, `扫一扫在手机打开当前页`) and its footer (`主办：…　网站标识码：…　湘ICP备…`). A
WeChat article opens with `点击蓝字　关注我们` and its account line (`原创　钟山融媒　2026-05-11 18:06　贵州`) and ends
with `往期推荐`, `点个“在看”…`, `长按识别二维码…`. All of it is furniture; the information line's `作者：` name is the
byline (the label dropped), and the headline-shaped line standing over that line is the article's headline.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import source_byline
from builder.ingest.epaper import ITEM_LINKS
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.itemends import PAGE_TAGS
from builder.ingest.pagelabels import box_label_over_prose
from builder.ingest.pagelines import Line, PageReader, Unit
from builder.ingest.reporternames import PERSON_NAME
from builder.ingest.textrules import ends_sentence

# A line of a site's or a 专版's sponsors (`主办单位：中共某某区委组织部　协办单位：…`): furniture, whatever it names.
_SPONSORS_LINE = re.compile(r"^(?:主办|承办|主管|协办|支持)单位\s*[:：]")
# Lines that are furniture whatever follows their opening words.
_OPENINGS = re.compile(
    r"^(?:当前位置|您(?:现在)?的位置|您当前的位置|所在位置)\s*[:：]"  # a breadcrumb
    r"|^(?:主办|承办|主管|版权所有|技术支持|联系我们)\s*[:：]|^Copyright\b"  # the site's footer
    r"|^(?:平台声明|免责声明)\s*[:：]"  # a news app's statement under the article
    r"|版权所有(?=\s|[©（(]|$)"  # (…人民政府 版权所有 网站标识码…; not 作品的版权所有者)
    r"|^(?:初审|二审|三审|终审|审核|审校|出品|制作)\s*[:：｜|]"  # an account's editors (`审核：王芳`)
    r"|^(?:图片|图|文字|编辑|责编|校对|排版)\s*[｜|]"  # (`图片｜李娜　编辑｜张敏　审核｜刘强`)
    r"|^打开\s*[\u4e00-\u9fffA-Za-z]{0,8}\s*(?:App|APP|客户端)\s*[，,]?\s*(?:查看|阅读)"  # a reading app's call
    r"|^[—－-]*\s*本文(?:由|系|转载自|来源于?).{0,20}(?:App|APP|客户端|平台).{0,30}(?:转载|来源|版权)"  # its reprint note
    r"|^[<＜‹]\s*返回(?:\s|$)"  # its top bar (`< 返回　　分享 ···`)
    r"|^点击(?:上方)?\s*[“\"]?蓝字[”\"]?\s*[，,]?\s*关注"  # a WeChat account's call to follow it
    r"|^(?:点(?:个|亮)?|给我们点个)\s*[“\"]?(?:在看|赞)"
    r"|^长按(?:识别)?(?:图中)?(?:二维码|图片)"
    r"|网站标识码|ICP备\s*\d|公网安备"
    rf"|{_SPONSORS_LINE.pattern}"  # (`主办单位：高原党建网　　技术支持：…`; a 专版's `协办单位：…`)
    rf"|^(?:{ITEM_LINKS}|上一条|下一条)\s*[:：]"  # the titles of the site's other items, not headlines
    r"|^首页\s*[>＞»›/／](?=.*[>＞»›/／])"  # a breadcrumb without its label (`首页 > 党建工作 > 机关党建`, `首页/ …`)
    r"|^[\u4e00-\u9fff]{2,10}(?:\s*[>＞»›/／]\s*[\u4e00-\u9fff]{0,10})*\s*[>＞»›/／]\s*正文$"  # (`新华网 > > 正文`)
    # a site's name and its channels, no 首页 nor 正文 (`荆楚网 > 武汉新闻`, `某某网（某某日报网） > 县区 > 动态`)
    r"|^[\u4e00-\u9fff]{1,10}网(?:[（(][\u4e00-\u9fff]{2,10}[）)])?(?:\s*[>＞»›]\s*[\u4e00-\u9fff]{2,10}){1,3}$"
    rf"|{PAGE_TAGS.pattern}"  # the page's tags under the article
    r"|^(?:责任编辑|责编|编辑|校对|监制|审核人)\s*[:：]\s*(?:\S{2,4})?$"  # the site's editors, one a line
)
# The reader's tools: a line made only of them is furniture.
_TOOLS = re.compile(
    r"【?\s*(?:字体|字号)\s*[:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?\s*】?"
    r"|【\s*(?:打印|关闭|收藏|纠错)\s*】"
    r"|【\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[\u4e00-\u9fff]{2,4}\s*】"  # (`【纠错】 【责任编辑:张丽】`)
    r"|【?\s*(?:打印(?:本页|此页|文章|本文)|关闭(?:窗口|本页)|返回顶部|加入收藏|收藏本页|我要纠错)\s*】?"
    r"|分享[到至]\s*[:：]?(?:\s*(?:微信|微博|朋友圈|QQ空间|QQ))*"  # (`分享至`: a portal's)
    r"|扫一扫在手机(?:上)?打开当前页"
    r"|(?:浏览次数|访问量|阅读量|阅读数|点击数)\s*[:：]\s*\d*"
    r"|(?<![\u4e00-\u9fff])(?:赞|在看|点赞|分享|转发)\s*\d+(?:\.\d+)?万?(?![\d\u4e00-\u9fff])"  # (`赞 12　在看 8`)
    r"|(?<![\u4e00-\u9fff])(?:分享|点赞|在看|转发|收藏)(?![\u4e00-\u9fff])"  # a WeChat article's buttons
    r"|^阅读\s*[:：]?\s*(?:\d+(?:\.\d+)?万?\+?)$"  # its readers counted (`阅读 3562`)
    r"|【?\s*(?:字体|字号)\s*[:：]?\s*小\s*中\s*大\s*】?|夜间模式"  # a reading app's (`字号：小 中 大　夜间模式`)
    r"|全文共\s*[\d,，]+\s*字|阅读(?:约需|大约|约)\s*\d+\s*分钟"  # (`全文共1,286字　阅读约需4分钟`)
)
_ALONE = re.compile(
    r"^[▼▽↓]*\s*(?:往期推荐|往期回顾|推荐阅读|精彩推荐|相关阅读|相关新闻|相关链接|-?\s*END\s*-?)\s*[▼▽↓]*$"
    r"|^(?:阅读原文|写留言|留言|精选留言)$"  # a WeChat article's foot
    r"|^(?:微博|微信|朋友圈|QQ空间|Qzone|QQ)$"  # a share button alone on its line
    r"|^关注我们$"  # the site's call to follow its accounts, over its headline
    # a news app's share page: its call to the app, the follow button, when and where the account posted
    # (`2026-12-02 08:15 · 四川`), its player (`听新闻 03:26`), the fold (`展开剩余68%`: the text goes on), its foot
    # (`返回某某，查看更多`, `阅读 (3.6万)`) and a recommended item's readers and account (`2.1万阅读 · 某某发布`)
    r"|^(?:打开|下载)\s*(?:APP|App|app|客户端)$|^[+＋]?\s*关注$|^(?:听新闻|听全文|语音播报)(?:\s*\d{1,2}:\d{2})?$"
    r"|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*[·•]\s*[\u4e00-\u9fff]{2,4}$|^展开(?:剩余|全文)\s*(?:\d{1,3}\s*%)?$"
    r"|^返回[^\s，,]{1,8}[，,]\s*查看更多|^(?:阅读|浏览)\s*[（(]\s*\d+(?:\.\d+)?万?\+?\s*[）)]$"
    r"|^【?(?:字体|字号)\s*[:：]\s*】?$"  # the font tool's label, its buttons lost (`字体：`)
    # the time it was posted, alone on its line (`2025 05/21 09:12:40`, `2022-02-16 11:36`)
    r"|^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s+\d{1,2}/\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$"
)
# A recommended item's readers and account under its headline on a share page (`2.1万阅读 · 某某发布`).
_ITEM_READERS = re.compile(r"^\d+(?:\.\d+)?万?\s*(?:阅读|浏览)\s*[·•]\s*[^\s，。]{2,12}$")
# A WeChat account line: maybe `原创`, the account's name, the time it posted, maybe the province it posted from
# (`贵州`, or `发表于湖南` as the app prints it); the date with dashes or in words (`2026年8月18日 19:30`).
_ACCOUNT_LINE = re.compile(
    r"^(?:原创\s+)?[\u4e00-\u9fffA-Za-z]{2,16}\s+\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?"
    r"(?:\s+(?:发表于)?[\u4e00-\u9fff]{2,3})?$"
)
# The information line under a web page's headline: when it was posted, with its source, author and views.
# (opening the line or after a space, a date after it: `…公告发布时间：2026年3月1日，至今…` is a sentence's)
_POSTED = re.compile(r"(?:^|\s)(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*\d{4}")
# A bare `时间：` opening the line with a full date, a bare date and time before its `来源：` or `作者：`, a `来源：`
# with an `作者：` after it, or an `作者：` with a `时间：` after it: a web page's information line (`时间：2023-11-13　　来源：…`).
_POSTED_BARE = re.compile(
    r"^时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?=\s|$)"
    r"|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:来源|作者)\s*[:：]"  # (`2019-05-20 09:12:45 来源：…`)
    # an app's: its source, when, and the views (`来源：某某县融媒体中心　2026-12-04 17:30　浏览量：8623`)
    r"|^来源\s*[:：]\s*\S+\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s+(?:浏览量|阅读量|阅读|浏览)\s*[:：]?\s*\d*)?$"
    r"|^来源\s*[:：]\s*\S.*?\s作者\s*[:：]\s*\S"  # its source and author (`来源：赣鄱基层报 …第2版　作者：记者 邹晓岚`)
    # its author first, then when (`作者：李某 张某 时间：2023-04-10 08:33 来源：某某县 字号： 打印`)
    r"|^作者\s*[:：]\s*\S.*?\s(?:时间|日期)\s*[:：]\s*\d{4}"
)
# The paper an item was taken from (`来源：云南经济日报`): its byline where no author is named.
_SOURCE_PAPER = re.compile(
    r"(?:^|\s)来源\s*[:：]\s*([\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|商报|时报|报))(?=\s|$)"
)
# The author's line under a web article: `作者：梅小龙　　审核人：王耀军　　责任编辑：…` (every part labelled).
_SIGNOFF = re.compile(r"^作者\s*[:：]\S+(?:\s+[\u4e00-\u9fff]{2,5}\s*[:：]\s*\S*)*$")
_AUTHOR_LINE = re.compile(  # (a WeChat article's `文｜王刚`)
    rf"^(?:作者|撰稿|文)\s*[:：｜|]\s*((?:{PERSON_NAME})(?:[ \u3000、，,]+(?:{PERSON_NAME}))*)$"
)
_AUTHOR = re.compile(
    rf"(?:作者|撰稿|文)\s*[:：/]\s*((?:{PERSON_NAME})(?:[ 、，,]+(?:{PERSON_NAME}))*)(?=\s|$)"
)


# The pictographs a WeChat article opens a line with (`👆`, `📌`, `▼`).
_EMOJI_OPENING = re.compile("^[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u25b2-\u25bc]+\\s*")


def is_copied_page_furniture(text: str) -> bool:
    """A line of a web page's or a WeChat article's furniture (a breadcrumb, the reader's tools, the site's
    footer, the account's calls and its account line)."""
    text = _EMOJI_OPENING.sub("", text)  # (`👆点击上方蓝字　关注我们`)
    if _OPENINGS.search(text) or _ALONE.match(text) or _ACCOUNT_LINE.match(text) or _ITEM_READERS.match(text):
        return True
    return _tools_only(text)


def _tools_only(text: str) -> bool:
    """A line made only of the reader's tools (`分享至`, `【打印】　【关闭】`, `赞 12　在看 8`)."""
    rest = _TOOLS.sub("", text)
    return rest != text and not rest.strip(" \u3000|｜/")


# The information block set one item a line: the author, maybe with what they made (`文/图`), and the page's
# editor after a gap (`作者：王某 文/图　责编：李某`), or the date alone (`日期：2024-06-07`).
_INFO_ITEM = re.compile(
    rf"^作者\s*[:：]\s*{PERSON_NAME}(?:\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文|图|摄))?\s+(?:责编|责任编辑|编辑)\s*[:：]"
    r"|^日期\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}$"
)


def posted_author(text: str) -> tuple[bool, str | None]:
    """(whether `text` is a web page's information line, the author it names or None)."""
    if not (_POSTED.search(text) or _POSTED_BARE.match(text) or _INFO_ITEM.match(text)):
        return False, None
    author = _AUTHOR.search(text) or _SOURCE_PAPER.search(text)
    return True, (author.group(1).strip() if author else None)


# A reposted report's closing line: the paper it came from, its reporters, maybe the site's editor after them
# (`来源：某某报 记者 王某 李某某 编辑 张某`): the reporters sign it.
_NOT_ROLE = r"(?!责任编辑|责编|编辑|实习记者|记者|通讯员)"
_ROLE_NAMES = rf"(?:实习记者|记者|通讯员)\s*{_NOT_ROLE}{PERSON_NAME}(?:[ \u3000、]+{_NOT_ROLE}{PERSON_NAME})*"
_SOURCE_REPORTERS = re.compile(
    rf"^(?:稿件)?来源\s*[:：]\s*[\u4e00-\u9fff]{{2,12}}[ \u3000]+({_ROLE_NAMES}(?:[ \u3000]+{_ROLE_NAMES})*)"
    rf"(?:[ \u3000]+(?:责任编辑|责编|编辑)\s*[:：]?\s*{PERSON_NAME})?$"
)


def signoff_author(text: str) -> str | None:
    """The author named by the line under a web article (`作者：梅小龙　　审核人：…`), by its source line
    (`来源：长春日报`, a paper), or the reporters its source line names (`来源：某某报 记者 王某 编辑 张某`), or None."""
    reporters = _SOURCE_REPORTERS.match(text)
    if reporters:
        return reporters.group(1).strip()
    if _SIGNOFF.match(text):
        author = _AUTHOR.search(text)
        return author.group(1).strip() if author else None
    paper = _SOURCE_PAPER.match(text)
    return paper.group(1) if paper and paper.end() == len(text.rstrip()) else None


def author_under_posted(page: PageReader, line: Line) -> bool:
    """A line rule: `作者：李卓玛 韩永军` alone on the line right under a web page's information line (which named
    no author), or `文｜王刚` under a WeChat account line (maybe past its call to follow): the byline, its label
    dropped."""
    found = _AUTHOR_LINE.match(line.text)
    if not found or not _under_posted(page):
        return False
    return page.add(kinds.BYLINE, found.group(1).strip(), line.number)


def _under_posted(page: PageReader) -> bool:
    """Only furniture read since a web page's information line or a WeChat account line (its call to follow)."""
    if not page.units or page.units[-1].kind != kinds.FURNITURE:
        return False
    for unit in reversed(page.units[-3:]):
        if unit.kind != kinds.FURNITURE:
            return False
        if posted_author(unit.text)[0] or _ACCOUNT_LINE.match(unit.text):
            return True
    return False


def source_after_end(page: PageReader, line: Line) -> bool:
    """A line rule: `来源：张家界市委组织部` under a WeChat article's `END` (its last sentence above the mark): the
    body that sent the article, signing it as a closing credit (segment gives it to the article above)."""
    units = page.units
    if len(units) < 2 or units[-1].kind != kinds.FURNITURE or not _ALONE.match(units[-1].text):
        return False
    if "END" not in units[-1].text or units[-2].kind != kinds.TEXT or not ends_sentence(units[-2].text):
        return False
    source = source_byline(line.text)
    if source is None:
        return False
    page.add(kinds.BYLINE, f"（{source}）", line.number)
    page.units[-1].opens = True
    return True


# A news site's note of the headline the paper printed (`原标题：“三招”化解“千千结”`), over the headline's
# subtitle with its dashes run into one (`—万荣县…`): the headline and its `——` subtitle, the label dropped.
_ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*(\S.*)$")
_ONE_DASH = re.compile(r"^[—－](?=[^—－\-\s])")


def _original_title(page: PageReader, line: Line) -> None:
    """A cleaning step: `原标题：headline` reads as the headline, a one-dash line right under it as its subtitle."""
    found = _ORIGINAL_TITLE.match(line.text)
    if not found or not is_headline_shape(found.group(1)):
        return
    line.text = found.group(1)
    if page.index < len(page.lines) and _ONE_DASH.match(page.lines[page.index].strip()):
        page.lines[page.index] = "—" + page.lines[page.index].strip()


# The site's column named in brackets before the headline (`【有事来协商】某某社区召开…`): no words of the title.
_COLUMN_TAG = re.compile(r"^【[\u4e00-\u9fff]{2,8}】\s*")


def _column_tag(page: PageReader, line: Line) -> None:
    """A cleaning step: a headline right over the page's information line (`作者：…　责编：…`, `发布时间：…`)
    reads without the site's column tag opening it."""
    tag = _COLUMN_TAG.match(line.text)
    if not tag or page.index >= len(page.lines) or not posted_author(page.lines[page.index].strip())[0]:
        return
    if is_headline_shape(line.text[tag.end() :]):
        line.text = line.text[tag.end() :]


def copied_page_line(page: PageReader, line: Line) -> bool:
    """A line rule: the furniture of a copied web page or WeChat article; the information line under the
    headline (or the account line) gives the byline (its `作者：`) and makes the headline-shaped lines right
    over it the headline. (A cleaning step first: a site's `原标题：` label.)"""
    _original_title(page, line)
    _column_tag(page, line)
    if _source_under_author(page, line.text):
        page.add(kinds.FURNITURE, line.text, line.number)
        return True
    posted, author = posted_author(line.text)
    if posted or _ACCOUNT_LINE.match(line.text):
        _headline_over(page, opens=author is None)
    signed = None if posted else signoff_author(line.text)
    last = page.units[-1] if page.units else None
    if signed and last is not None and last.kind == kinds.TEXT and ends_sentence(last.text):
        page.add(kinds.BYLINE, f"（{signed}）", line.number)  # a closing credit: the article above ends here
        page.units[-1].opens = True
        return True
    if author:
        return page.add(kinds.BYLINE, author, line.number)
    if _SPONSORS_LINE.match(line.text):
        _banner_over_sponsors(page, line.text)
    if box_label_over_prose(page, line):
        return False  # (the sidebar rule's)
    if (
        posted
        or is_copied_page_furniture(line.text)
        or _under_foot_label(page)
        or _count_over_tools(page, line)
        or _recommended_item(page)
    ):
        return page.add_furniture_apart(line.text, line.number)
    return False


def _banner_over_sponsors(page: PageReader, sponsors: str) -> None:
    """A 专版's banner (`党建引领基层治理·某某实践`), the one line read under the page's head (as text or as a
    headline), right over its sponsors' line: furniture with it, no article's headline nor text (heldout34 p06).
    Only on a 专版: a page head there above it, and the page a 专版's by a sign of its own (its head or banner
    naming a 专版 or 专刊, a series banner's `·`, a 协办单位 under a 主办单位). An event's headline over who held
    it (`某某论坛在某区举办` / `主办单位：…`) stays the headline."""
    last = page.units[-1] if page.units else None
    if (
        last is None
        or last.kind not in (kinds.TEXT, kinds.HEADLINE)
        or page.blanks
        or not is_headline_shape(last.text)
    ):
        return
    head = page.units[:-1]
    if not head or any(unit.kind != kinds.FURNITURE for unit in head):
        return
    if _SPECIAL_PAGE.search(" ".join(unit.text for unit in page.units)) or _CO_ORGANISER.search(sponsors):
        last.kind = kinds.FURNITURE


# the signs of a 专版's page: its head or banner naming it, a series banner's `·` (`…·某某实践`)
_SPECIAL_PAGE = re.compile(r"专版|专刊|[\u4e00-\u9fff][·・][\u4e00-\u9fff]")
# the sign of a 专版 a sponsors' line (_SPONSORS_LINE) gives: a co-organiser named (`协办单位：…`), not only who
# sponsors it; a question of its own, asked of a line _SPONSORS_LINE already took
_CO_ORGANISER = re.compile(r"协办单位\s*[:：]")


_COUNT_ALONE = re.compile(r"^\d{1,7}(?:\.\d)?万?\+?$")


def _count_over_tools(page: PageReader, line: Line) -> bool:
    """A bare count over a line of the reader's tools (`0` / `分享至`: a portal's comment count over its share
    button, under the headline): the tool's, no text of the article."""
    if not _COUNT_ALONE.match(line.text.strip()):
        return False
    following = next(page.texts_from(page.index), "")  # (page.index: the line after this one)
    return _tools_only(following)


# The labels of a WeChat article's foot: the account's other articles listed under the first (up to a blank
# line), the readers' comments under the second (to the page's end).
_LIST_LABEL = re.compile(r"^[▼▽↓]*\s*(?:往期推荐|往期回顾|推荐阅读|精彩推荐|相关阅读|相关新闻)\s*[▼▽↓]*$")
_COMMENTS_LABEL = re.compile(r"^(?:留言|精选留言|写留言)$")


def _recommended_item(page: PageReader) -> bool:
    """A headline over its readers and account (`2.1万阅读 · 某某发布`): an item a share page recommends, with no
    body on the page."""
    following = next(page.texts_from(page.index), "")
    return _ITEM_READERS.match(following.strip()) is not None


def _under_foot_label(page: PageReader) -> bool:
    """The line is under a list's label with no blank line between, or anywhere under the comments' label (only
    furniture read since)."""
    for unit in reversed(page.units):
        if unit.kind != kinds.FURNITURE:
            break
        if _COMMENTS_LABEL.match(unit.text):
            return True
    if not page.units or page.units[-1].kind != kinds.FURNITURE:
        return False
    above = page.index - 2
    while above >= 0 and page.lines[above].strip():
        if _LIST_LABEL.match(page.lines[above].strip()):
            return True
        above -= 1
    return False


def _source_under_author(page: PageReader, text: str) -> bool:
    """`来源：某某市融媒体中心` right under the byline a web page's author line gave (`作者：王某 文/图　责编：…`):
    the site the article comes from, the author having signed it: furniture, not a second byline."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind != kinds.BYLINE or source_byline(text) is None:
        return False
    before = page.lines[page.index - 2].strip() if page.index >= 2 else ""
    return posted_author(before) == (True, last.text)


def _headline_over(page: PageReader, opens: bool) -> None:
    """The text lines right over the information line, one or two headline-shaped lines with no gap between
    them (`钟山区荷城街道：“红色驿站”` / `成了新就业群体的“暖心家”`): one headline."""
    units = page.units
    start = len(units)
    while start > 0 and len(units) - start < 2 and units[start - 1].kind == kinds.TEXT:
        start -= 1
        if units[start].blanks_before:
            break
    head = units[start:]
    if len(head) == 1 and _title_and_subtitle(page, head[0], opens):
        return
    if not head or not all(is_headline_shape(u.text) for u in head):
        return
    first = head[0]
    first.kind, first.text, first.opens = kinds.HEADLINE, "".join(u.text for u in head), opens
    del units[start + 1 :]


# A site's page title: its headline and its subtitle run into one line by `——` (`多元共治谱写…新篇章——“…”项目启动`).
_JOINED_SUBTITLE = re.compile(r"^(?P<head>[^—]{4,40}?)——(?P<sub>[^—]{4,40})$")


def _title_and_subtitle(page: PageReader, unit: Unit, opens: bool) -> bool:
    """The one line over the information line, too long for a headline, is the headline and its subtitle joined
    by `——`, each headline-shaped: the headline, then the subtitle (its dashes kept, as printed apart)."""
    found = _JOINED_SUBTITLE.match(unit.text)
    if found is None or is_headline_shape(unit.text):
        return False
    head, sub = found.group("head").strip(), found.group("sub").strip()
    if not (is_headline_shape(head) and is_headline_shape(sub)):
        return False
    unit.kind, unit.text, unit.opens = kinds.HEADLINE, head, opens
    page.units.append(Unit(kinds.SUBTITLE, "——" + sub, unit.line, False, 0, unit.width))
    return True
