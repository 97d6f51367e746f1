"""A photo's caption with no mark at all set inside a word of the text around it (R7 r7_02, R6 r6_03):
`…助力新时代文明实` / `启动仪式现场` / `践中心试点县…` (实践), `…实践中心、17` / `为志愿服务队代表授旗` / `个乡（镇）…`,
`…隔着玻璃` / `温馨的儿童空间让带娃办事的家长轻松不少` / `窗喊话…`. The lines around it make a word or a figure
across it, and neither reads on into it: a caption, out of the body (in R7 it also split the article, the rest
read as a spurious one). A line the sentence reads on into, or one not between a word's halves, stays text.
Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.pagelines import CAPTION, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_HEAD = "某某文明实践报\n\n河北某县：千名志愿者助力创建\n本报讯（记者 李明）\n"


def _page(middle: str) -> str:
    return _HEAD + "　　8月10日，某县千名志愿者助力新时代文明实\n" + middle + "践活动正式启动。\n"


def test_a_bare_caption_inside_a_word_leaves_the_body():
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(_page("志愿服务启动现场\n"))))
    assert article.paragraphs == ["8月10日，某县千名志愿者助力新时代文明实践活动正式启动。"]
    assert [c.text for c in article.captions] == ["志愿服务启动现场"]


@pytest.mark.parametrize(
    "middle",
    [
        "践中心建设和全国文明城市创建\n",  # the sentence reads on into the line (实践): text
        "志愿服务，启动现场\n",  # a mark inside: text
    ],
)
def test_a_line_the_sentence_reads_on_into_stays_text(middle):
    page = _HEAD + "　　8月10日，某县千名志愿者助力新时代文明实\n" + middle + "活动正式启动。\n"
    with data_dir_fixed():
        units = classify_page(page)
    assert not [u for u in units if u.kind == CAPTION]
    assert [u.kind for u in units if u.text.startswith(middle[:4])] == [TEXT]
