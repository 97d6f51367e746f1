"""The production credits a video report prints after its text, one role (or roles joined by a slash) and the
names a line, and where its footage came from.

Real R16 r16_02 shape (a 党媒联动 video report printed as text): `编导/摄像 王某某` / `制作/包装 某某·某某某` /
`部分素材由社区提供` under the last sentence; also a role and its name joined by a slash (`文字/王某`, `视频/李某`).
They were read as a headline and its kicker over the next column's body. They sign the report (furniture with it,
as the editors' credits of the page are), never a headline nor text. Asked by `builder.ingest.furniture`; under a
finished article they end it (`builder.ingest.itemends`).
"""

from __future__ import annotations

import re

from builder.ingest.reporternames import BYLINE_NAME, SIGNATURE_NAME

# the roles of a video's making (`编导`, `摄像`, `制作`, `包装`, `剪辑`, …)
_ROLE = r"(?:编导|导演|摄像|拍摄|航拍|制作|包装|剪辑|后期|配音|策划|监制|统筹|文案|出镜|视频|文字)"
_NAMES = rf"(?!{_ROLE}){BYLINE_NAME}(?:[ \u3000]+{BYLINE_NAME})*"
# roles joined by a slash, then a space or a colon, then the names (`编导/摄像 王某某`, `统筹：张三 李四`); or one
# role, a slash and the names (`文字/王某`). `制作精良`, `策划活动` are words: no space, colon or slash.
_CREDIT = rf"(?:{_ROLE}(?:[/／、]{_ROLE})+[ \u3000]*[ \u3000：:][ \u3000]*|{_ROLE}[ \u3000]*[：:/／][ \u3000]*){_NAMES}"
# one role and a space before a name: a name only a person has (a common surname, or a transliterated name),
# not a word (`统筹 协调`)
_ONE_ROLE = rf"{_ROLE}[ \u3000]+(?:{SIGNATURE_NAME}|[\u4e00-\u9fff]{{2,6}}[·・][\u4e00-\u9fff]{{2,6}})"
_ROLES_AND_NAMES = re.compile(rf"^(?:{_CREDIT}|{_ONE_ROLE})(?:[ \u3000]+(?:{_CREDIT}|{_ONE_ROLE}))*$")
# where footage came from: `部分素材由社区提供`, `视频素材由某某街道提供`
_FOOTAGE = re.compile(r"^(?:部分)?(?:视频|画面)?素材(?:来源[：:]\S{2,20}|由\S{2,20}提供)$")


def is_video_credit(text: str) -> bool:
    """A line of a video report's production credits: roles and names (`编导/摄像 王某某`, `文字/王某 视频/李某`)
    or its footage's source (`部分素材由社区提供`)."""
    text = text.strip()
    return bool(_ROLES_AND_NAMES.match(text) or _FOOTAGE.match(text))
