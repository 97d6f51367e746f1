"""Minimal Pelican site equivalent to Practices Digest, for bench/run.py (content is written by bench/convert.py).

Pelican has one category, tags and authors per article: level -> category (/levels/<level>/), themes -> tags
(/themes/<slug>/), region codes -> authors (/regions/<code>/). Content and output folders are given on the
command line: `pelican CONTENT -o OUT -s bench/pelican/pelicanconf.py`.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent

SITENAME = "基层治理实践文摘 Practices Digest"
SITEURL = ""
AUTHOR = "digest"
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "zh"
DEFAULT_DATE = (2024, 1, 1)
THEME = str(HERE / "theme")

ARTICLE_PATHS = ["initiatives"]
PAGE_PATHS: list[str] = []
STATIC_PATHS: list[str] = []
MARKDOWN = {"extension_configs": {"markdown.extensions.extra": {}}, "output_format": "html5"}

ARTICLE_URL = "initiatives/{slug}/"
ARTICLE_SAVE_AS = "initiatives/{slug}/index.html"
TAG_URL = "themes/{slug}/"
TAG_SAVE_AS = "themes/{slug}/index.html"
TAGS_SAVE_AS = "themes/index.html"
CATEGORY_URL = "levels/{slug}/"
CATEGORY_SAVE_AS = "levels/{slug}/index.html"
CATEGORIES_SAVE_AS = "levels/index.html"
AUTHOR_URL = "regions/{slug}/"
AUTHOR_SAVE_AS = "regions/{slug}/index.html"
AUTHORS_SAVE_AS = "regions/index.html"
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "search", "sitemap"]
SEARCH_SAVE_AS = "search.json"  # the search index, as ours writes one
SITEMAP_SAVE_AS = "sitemap.xml"
DEFAULT_PAGINATION = False

FEED_ALL_ATOM = "feed.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TAG_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 50

LOAD_CONTENT_CACHE = False  # cold builds
CACHE_CONTENT = False
DELETE_OUTPUT_DIRECTORY = True
RELATIVE_URLS = False
