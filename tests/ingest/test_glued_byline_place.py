"""A reporter line glued to its lead with a full-width space, the lead's first line-part only the start of a place
the wrap cut (heldout18 p06 kind: `本报记者 陈海燕 通讯员 庞雪　北` / `海市海城区把网格…`)."""

from tests.support.pages import page_articles


def test_a_byline_glued_to_a_place_the_wrap_cut_gives_the_place_back_to_the_lead():
    page = (
        "东湖街道“码上办”让群众少跑腿\n"
        "本报记者 李明 通讯员 王芳　武\n"
        "汉市武昌区东湖街道推行“码上办”，\n"
        "居民扫码即可提交诉求。\n"
    )
    (article,) = page_articles(page)
    assert article.byline == "本报记者 李明 通讯员 王芳"
    assert article.paragraphs[0].startswith("武汉市武昌区东湖街道推行")


def test_a_short_word_after_the_names_that_starts_no_place_is_not_split_off():
    page = "东湖街道“码上办”让群众少跑腿\n本报记者 李明 通讯员 王芳　在\n东湖街道，居民扫码即可提交诉求。\n"
    (article,) = page_articles(page)
    # `在` opens no place: it is not carried down to the next line (the lead keeps `在东湖街道` as printed)
    assert "在东湖街道" in "".join(article.paragraphs)
