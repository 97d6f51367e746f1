"""A dateline opening a report (`本报讯（记者 …）`, `新华社…电`, `某某网6月2日讯`): its shape (BAOXUN), split off
the lead as its byline, rejoined when the wrap cut it.

Pure patterns and functions on one line's text (moved out of `lineshapes`).
"""

from __future__ import annotations

import re

from builder.ingest.textrules import remove_stray_spaces

# How a dateline byline opens: `本报讯`, `本报10月30日讯`, `本报北京5月3日电`, `新华社…电`, a site's or
# another paper's `湘江新闻网9月28日讯（…）`, `红网时刻…讯（星沙时报记者 …）`, a site's `…网消息（…）`; a
# site's date and the place it reports from (`某某网6月2日常州讯`), its date and 消息 (`某某客户端、某某网3月
# 5日消息（…）`), or its bare `…网讯` with a space or a colon after it and no bracket (`某通网讯 “…`,
# `某某家园网讯：为…`), or any outlet's bare `…讯` with a space and its writers' role after it (a news app's
# `云上某某讯 记者 某某 通讯员 某某 报道：`, real R28); a site naming the paper or site it belongs to in brackets (`荆楚网（湖北日报网）讯（…）`,
# `某某网（某某日报）5月3日讯（…）`); a portal's `国际在线河北消息（…）` (its colon after the bracket dropped, real R24).
BAOXUN_HEAD = (
    r"(?:本报讯|又讯(?=\s*[（(])|本报[^，。（(“]{0,8}(?:讯|电)|新华社[^，。（(]{0,8}电"
    r"|[^，。（()“”\s]{1,12}?(?:网|客户端|报|台)[（(][^，。（()“”\s]{2,12}?(?:网|客户端|报|台)[）)]"
    r"(?:\d{1,2}月\d{1,2}日)?(?:讯|电|消息)(?=\s*[（(])"
    r"|[^，。（()“”\s]{2,16}?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?"
    r"(?:讯|电|(?:[\u4e00-\u9fff]{2,4}?(?:讯|电)|消息)(?=[ \u3000（(]))"
    r"|[^，。（()“”\s]{2,12}?(?:讯|网消息)(?=\s*[（(])"
    r"|[^，。（()“”\s]{2,8}?在线[\u4e00-\u9fff]{0,4}?消息(?=\s*[（(])"
    r"|[^，。（()“”\s]{1,12}?(?:网|客户端|日报|晚报)(?:[\u4e00-\u9fff]{2,4}?)?讯(?=[ \u3000]|[：:](?!\s))"
    r"|[^，。（()“”\s]{2,8}?讯(?=[ \u3000]+(?:特约|实习|首席)?(?:记者|通讯员)[^，。；！？]{1,40}?报道))"
)


# its writers unbracketed up to `报道`, a space maybe left inside a name (`通讯员何沿东、夏 松报道`), a colon maybe after
_REPORTED_BY = r"(?:[^，。；！？（）()“”\s]|(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])){2,40}?报道(?![^，。；：:\s])"


# after the dateline, its writers in brackets, or after a space unbracketed up to where they report from
# (`中国经济导报、中国发展网讯 蓝敬、金胜凯、记者沈贞海浙江报道`)
BAOXUN = re.compile(rf"^({BAOXUN_HEAD})(?:\s*([（(][^（）()]{{1,60}}[）)])|[ \u3000]+{_REPORTED_BY})?")


ROLE_GLUED = re.compile(  # (a reporter's station, `阿克苏记者站`, and `全媒体记者`, `融媒体记者`, are one word)
    r"(?<=[\u4e00-\u9fff])(?<!实习)(?<!特约)(?<!首席)(?<![报网媒台社])(?<!媒体)(?=(?:实习记者|记者(?!站)|通讯员))"
    r"|(?<=记者|讯员)(?!站)(?=[\u4e00-\u9fff])"
)


def split_baoxun(text: str) -> tuple[str | None, str]:
    """`本报讯（记者 祁晓燕 通讯员 云静波）近年来，…` -> (byline, body)."""
    match = BAOXUN.match(text)
    if not match:
        return None, text
    byline = ROLE_GLUED.sub(" ", match.group(0))  # names that a line break glued to a role word
    byline = remove_stray_spaces(byline, keep_phrase_spaces=True)
    body = text[match.end() :].lstrip()
    colon = body.startswith(("：", ":")) and (byline.endswith(("报道", "讯")) or "消息" in match.group(1))
    return byline, body[1:] if colon else body  # (`某某网讯：为充分…`: a site's bare dateline and its colon)


_SOURCE_OR_DATE = re.compile(r"网|客户端|报|台|讯|\d")


def dateline_over_wrap(first: str, second: str) -> bool:
    """`first` opens a dateline that the wrap cut before its end (`某某网-某某客户端7月9` / `日15时讯（通讯员…`): the two
    lines joined open with it, the first alone does not (real R14's kind)."""
    first, second = first.strip(), second.strip()
    if not second or BAOXUN.match(first) or second.startswith(("本报", "新华社")):
        return False  # (a whole dateline on either line: a headline over its byline)
    if not _SOURCE_OR_DATE.search(first):
        return False  # the first line names the site or paper, or starts the date, or is a bare `…讯`
    dateline = BAOXUN.match(first + second)
    return dateline is not None and dateline.end() > len(first)


def is_bare_dateline(text: str) -> bool:
    """A dateline naming no one (`本报潍坊讯`, `本报讯`): under a printed reporter line it is no byline."""
    return re.fullmatch(BAOXUN_HEAD, text.strip()) is not None
