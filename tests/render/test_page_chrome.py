"""The masthead and footer every page shows (base.html's chrome, _masthead.html and _footer.html) are rendered
once for the pages at one link depth and place in the navigation (PageRenderer.chrome), not once a page."""

from __future__ import annotations

from types import SimpleNamespace as NS

from builder.render.env import OutputTemplate, make_env
from builder.render.pagerender import PageRenderer


def test_the_chrome_is_rendered_once_per_depth_and_place(monkeypatch) -> None:
    rendered: list[str] = []
    original = OutputTemplate.render

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        rendered.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(OutputTemplate, "render", counting)
    renderer = PageRenderer(NS(), make_env(), "https://example.org/digest/")
    first = renderer.render("search/index.html", "search.html")
    again = renderer.render("search/index.html", "search.html")
    elsewhere = renderer.render("404.html", "404.html", root="https://example.org/digest/")
    assert first == again
    assert rendered.count("_masthead.html") == 2 and rendered.count("_footer.html") == 2  # search/, 404
    page, other = first[1].decode(), elsewhere[1].decode()
    assert '<a href="../search/" class="active" aria-current="page">搜索' in page
    assert 'href="https://example.org/digest/search/">搜索' in other and "site-footer" in other
    assert page.index('class="masthead"') < page.index('id="main"') < page.index("site-footer")
