"""A strip naming the report's day and place over each headline, and headlines wrapped over two lines, the second
shorter and indented (heldout22 p01, invented): `■ 9月2日 · 石家庄` / `河北推行“村级事务代办员”制度` / `　　　群众办事少跑腿`,
and `■ 8月30日 · 承德平泉` / `平泉市“党建+食用菌”联合体带富` / `　　山区群众` / `本报记者 …`. The strip was read as a
headline (the first title lost its second line; the second article's strip became its subtitle), and the second
headline's last line, the object of its verb, its title with the rest a kicker. The strip is furniture; a headline
line ending on a verb of what a practice does for whom (带富, 惠及) goes on to its object on the next line.
Negatives: a date and place in a sentence, a second line naming a place and its colon."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlinewraps import reads_on
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "■ 9月2日 · 石家庄\n"
    "河北推行“村级事务代办员”制度\n"
    "　　　群众办事少跑腿\n"
    "本报讯（记者 郝文静）今年以来，河北\n"
    "省在全省推行“村级事务代办员”制度，\n"
    "让村民办事“少跑腿、不跑腿”。\n\n"
    "■ 8月30日 · 承德平泉\n"
    "平泉市“党建+食用菌”联合体带富\n"
    "　　山区群众\n"
    "本报记者 田野 通讯员 孙立新\n"
    "承德市平泉市是全国知名的食用菌产区。\n"
    "近年来，平泉市以党建引领组建“党建+\n"
    "食用菌”产业联合体。\n"
)


def test_the_strip_is_furniture_and_each_headline_whole():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == [
        "河北推行“村级事务代办员”制度群众办事少跑腿",
        "平泉市“党建+食用菌”联合体带富山区群众",
    ]
    assert all(a.subtitle is None for a in articles)


def test_a_date_and_place_strip_is_furniture():
    assert is_furniture_line("■ 9月2日 · 石家庄")
    assert is_furniture_line("8月30日｜承德平泉")
    assert not is_furniture_line("9月2日，石家庄市举行…")
    assert not is_furniture_line("■ 9月2日 · 石家庄市召开全市基层治理工作推进会，部署下一阶段任务")


def test_a_verb_for_whom_reads_on_to_its_object():
    assert reads_on("平泉市“党建+食用菌”联合体带富", "山区群众")
    assert not reads_on("某某县产业联盟带富", "某某镇：新路子")
