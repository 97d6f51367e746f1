"""A caption printed with no mark at all (no `△`, no `图为`, no credit): a line (or two) standing between two
finished sentences of a body, `社区志愿者为老人理发` (c24). It is told from a subheading, which stands in the same
place, by what it says: people doing something (`党员志愿者为…`, `医护人员在…为…`), where a subheading names a
topic or a slogan (`家门口的服务站`, `让党员在一线亮身份`) — `scene_caption`, a unit rule of
`builder.ingest.paragraphs` (UNIT_RULES) (moved out of captionlines.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import CAPTION, TEXT, Unit
from builder.ingest.subheadings import is_heading_candidate, parallel_heading
from builder.ingest.textrules import cjk_count, ends_sentence

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

# A photo's scene: who is in it (maybe after their place or unit), then what they do, where or for whom
# (`党员志愿者为社区老人免费理发`, `医护人员在服务日现场为居民测量血压`, `望月湖社区网格员入户走访独居老人`).
_SCENE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,10}?(?:社区|小区|村|街道|镇|乡|区|县|市|学校|医院|公司))?(?:退休|在职|青年|老)?"
    r"(?:志愿者|党员|居民|村民|群众|网格员|工作人员|民警|辅警|干部|医护人员|医生|护士|老人|儿童|孩子|学生|社工|"
    r"调解员|队员|楼栋长|骑手|快递员|职工|游客)+们?(?:正|都|也|每天|晚上|近日|日前)?"
    r"(?:正在|在|为|向|给|帮|陪|教|与|和|入户|上门|走访|查看|参加|参观|开展|清理|巡查|讲解|体验|练习)"
    r"[^，。！？；：]{3,}$"
)
_MIN_SCENE_CHARS, _MAX_SCENE_CHARS = 8, 30
_SHORT_OF_COLUMN = 1.0  # a line with no blank line around it stands this much short of its column: no wrap


def scene_caption(state: Assembly) -> bool:
    """After a finished sentence, a line (or two, the caption wrapped) that describes a photo's scene, with no
    sentence end, over the next paragraph (a new sentence: the caption does not read on into it): a caption
    printed with no mark. With no blank line around it, its last line stands short of the column (a
    paragraph's lines fill it until a sentence ends), and the line under it opens that paragraph (never a
    heading: half-width figures in its next line make it look one)."""
    last = state.out[-1] if state.out else None
    if state.unit.kind != TEXT or state.current is not None or last is None or last.kind != TEXT:
        return False
    if not ends_sentence(last.text):
        return False
    at = state.index - 1
    for size in range(1, _MAX_SCENE_LINES + 1):
        lines = state.units[at : at + size]
        following = state.units[at + size] if at + size < len(state.units) else None
        if len(lines) == size and following is not None and _scene_lines(state, lines, following):
            text = "".join(u.text for u in lines)
            state.out.append(Unit(CAPTION, text, lines[0].line, blanks_before=lines[0].blanks_before))
            state.index = at + size
            # set right on the paragraph under it: that line opens it, unless it is a heading set like one the
            # article printed before (`红马甲 让产业“特”起来` … caption / `红马甲 让环境“靓”起来`)
            heading = is_heading_candidate(following.text) and parallel_heading(
                following.text, [*state.out, following]
            )
            if not following.blanks_before and not heading:
                state.index += 1
                state.current = Unit(TEXT, following.text, following.line, following.indent)
                state.last_line = following
            return True
    return False


_MAX_SCENE_LINES = 2


def _scene_lines(state: Assembly, lines: list[Unit], following: Unit) -> bool:
    """The lines make one scene's caption over the paragraph that follows."""
    if following.kind != TEXT or any(u.kind != TEXT or u.blanks_before for u in lines[1:]):
        return False
    if not describes_scene("".join(u.text for u in lines)):
        return False
    apart = lines[0].blanks_before > 0 or following.blanks_before > 0
    if not (apart or state.deficit(lines[-1]) >= _SHORT_OF_COLUMN):
        return False
    return join_cost(lines[-1].text, following.text) >= 0


def describes_scene(text: str) -> bool:
    """Who does what in a photo, in one phrase with no sentence end (`社区志愿者为老人理发`)."""
    return (
        _MIN_SCENE_CHARS <= cjk_count(text) <= _MAX_SCENE_CHARS
        and is_heading_candidate(text)
        and bool(_SCENE.match(text))
    )
