"""The marks a page prints before a line as an ornament or a bullet, each set named for the line it marks: a rule
asks for the set of its use by name instead of writing the marks again. The sets differ as the lines do: `◎`
opens a reporter line in an evening paper's byline, `▍`/`▌` are the bars before a column's label, `★☆▶►` and `·`
bullet a brief column's items and a figures box's rows besides a list's bullets; the other rules' sets (a caption's `△▲`, a furniture line's, a letters column's)
are their own, in their modules.
"""

from __future__ import annotations

# The marks a byline's line opens with as the line shapes read it (`■本报记者 王某`, `■张晶晶　“谢谢你们，…`).
BYLINE_OPENING_MARKS = "■●◆□"
# The marks a reporter line may open with (`■记者 周敏`, `◎记者 田川`: an evening paper's); never in a byline.
BYLINE_MARKS = BYLINE_OPENING_MARKS + "◎"
# The mark before the page's mailbox or hotline (`□本版投稿邮箱：…`), maybe glued to the last sentence above it.
CONTACT_MARKS = "□■◆●▲★☆"
# The mark or bar before a column's label (`■简讯`) or a strip of a date and a place (`▍3月12日 · 某某县`).
LABEL_MARKS = "■□◆◇●▍▌"
# The bullets of a list's items (a WeChat article's `◆ 街道在辖区商圈…`).
LIST_BULLETS = "◆◇●○■□▲•"
# The bullets of items set one under another: a brief column's items (briefs.py, also ①…⑳) and a figures box's
# rows (`■收集群众意见　210条`, furnitureboxes.py): the list's and `★☆▶►·`. `△` is none: at a line's start it
# marks a photo caption.
ITEM_BULLETS = LIST_BULLETS + "★☆▶►·"
