"""A GFM pipe table in an initiative's body (ingest writes one for a table printed in a page, heldout6 k05)
renders as an accessible `<table>` in a scrollable box, with no inline style (the site's CSP forbids them)."""

from __future__ import annotations

from html.parser import HTMLParser

from builder.render.markdown import render_body

BODY = (
    "蓬江区建起“侨家小院”35个。\n\n**“侨家小院”服务情况一览**\n\n"
    "| 项目 | 2024年 | 2025年 |\n| :-- | --: | --: |\n| 政策咨询（件） | 1260 | 1840 |\n"
    "| 法律援助（件） | 310 | 452 |\n\n蓬江区还推出“侨心e站”。\n"
)
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})


class Tags(HTMLParser):
    """Start tags with their attributes, and whether every element was closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.misnested: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.misnested.append(tag)


def tags_of(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


def test_a_pipe_table_is_a_table_with_column_and_row_headers() -> None:
    html = render_body(BODY).html
    parsed = tags_of(html)
    assert parsed.misnested == [] and parsed.open == []
    names = [tag for tag, _ in parsed.tags]
    assert names[names.index("div") : names.index("div") + 4] == ["div", "table", "thead", "tr"]
    box = dict(parsed.tags)["div"]
    assert box["class"] == "table-scroll" and box["tabindex"] == "0" and box["role"] == "region"
    assert box["aria-label"]
    assert '<th scope="col">项目</th>' in html
    assert '<th class="align-right" scope="col">2025年</th>' in html
    assert '<th scope="row">政策咨询（件）</th>\n<td class="align-right">1260</td>' in html
    assert "style=" not in html
    assert "<td" in html and html.count("<td") == 4


def test_a_table_row_is_one_block_of_the_plain_text() -> None:
    paragraphs = render_body(BODY).paragraphs
    assert paragraphs == (
        "蓬江区建起“侨家小院”35个。",
        "“侨家小院”服务情况一览",
        "项目 2024年 2025年",
        "政策咨询（件） 1260 1840",
        "法律援助（件） 310 452",
        "蓬江区还推出“侨心e站”。",
    )


def test_a_header_with_no_label_over_the_rows_column_has_an_empty_corner_cell() -> None:
    html = render_body("|  | 1月 | 2月 |\n| :-- | --: | --: |\n| 受理诉求（件） | 412 | 388 |\n").html
    assert '<thead>\n<tr>\n<td></td>\n<th class="align-right" scope="col">1月</th>' in html
    assert '<th scope="row">受理诉求（件）</th>' in html


def test_a_cell_cannot_carry_markup_or_a_link_scheme() -> None:
    html = render_body("| a | b |\n| --- | --- |\n| <script>x</script> | [y](javascript:alert(1)) |\n").html
    assert "<script>" not in html and "href=" not in html
    assert "&lt;script&gt;" in html
