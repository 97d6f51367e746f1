"""The plain-body fast path of builder.render.markdown gives exactly what markdown-it's parse gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.content.frontmatter import split
from builder.render import markdown
from builder.render.markdown import RenderedBody, _plain_body, render_body


def _parsed(body: str) -> RenderedBody:
    """render_body with the fast path off: markdown-it's parse."""
    saved = markdown._plain_body
    markdown._plain_body = lambda _body: None
    try:
        return render_body(body)
    finally:
        markdown._plain_body = saved


PLAIN = [
    "",
    "\n\n",
    "社区党委书记说。\n\n第二段",
    "第一行\n第二行接着写。\n\n\n\n第三段",
    "用了APP\n办理业务",  # a line break between Latin and CJK stays a newline (a space in the text)
    "2023年以来，全区1.4万名党员\n参与“双报到”。",
    'He said "yes"\nand left.',
    "末尾有换行\n",
    "\n开头有换行",
    "数字 100 个, 比例 96.4%: 好",
    "## 小标题\n\n正文",
    "导语\n### 三级标题\n正文接着\n#### 四级\n\n# 一级",  # headings interrupt paragraphs; levels shifted
    "###### 六级\n## 二级",
    "正文里的#号#不是标题",
]
NOT_PLAIN = [
    "1. 第一条\n2. 第二条",  # an ordered list
    "- 一\n- 二",  # a bullet list
    "##没有空格",  # no heading (a paragraph starting with #)
    "####### 七级",  # no heading
    "## 标题 ##",  # a closing sequence
    "## 标题#号",
    "## ",
    "正文\n===",  # a setext underline
    "> 引文",  # a quote
    "    代码",  # code (indent)
    " 前面有空格",  # stripped by markdown-it
    "后面有两个空格  \n下一行",  # a hard break
    "一行\t有制表符",
    "一\r\n二",
    "全角　空格开头",  # an ideographic space (whitespace other than a space)
    "| a | b |\n|---|---|\n| 1 | 2 |",  # a table
    "*强调*",
    "a_b_c",
    "[链接](http://example.org)",
    "a & b < c",
    "`代码`",
    "转义\\*",
    "~~~\nfence\n~~~",
    "+ 加号列表",
]


@pytest.mark.parametrize("body", PLAIN)
def test_plain_bodies_take_the_fast_path_and_equal_the_parse(body: str) -> None:
    assert _plain_body(body) is not None
    assert render_body(body) == _parsed(body)


@pytest.mark.parametrize("body", NOT_PLAIN)
def test_bodies_with_markdown_syntax_are_parsed(body: str) -> None:
    assert _plain_body(body) is None


ALPHABET = st.sampled_from(
    [
        *"社区党建网格治理。，“”：；、 \n\n\nabcAB0129.)",
        *["\u3000", "\xa0", "\t", "-", "#", ">", "=", '"', "*", "1.", "3)", "\n## ", "\n### ", "\n#", "## "],
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_any_text_renders_as_markdown_it_parses_it(body: str) -> None:
    assert render_body(body) == _parsed(body)


def test_the_committed_content_renders_as_markdown_it_parses_it() -> None:
    root = Path(__file__).resolve().parents[2]
    files = sorted(root.joinpath("content").glob("*.md"))[:400]
    fast = 0
    for path in files:
        body = split(path.read_text(encoding="utf-8")).body
        fast += _plain_body(body) is not None
        assert render_body(body) == _parsed(body), path.name
    assert not files or fast > 0
