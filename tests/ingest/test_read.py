"""Reading raw pages: every encoding newspapers hand out, and clear refusals for what is not a page."""

import codecs

import pytest

from builder.ingest.read import PageReadError, clean_text, decode_page, read_page

PAGE = "党旗领航\r\n回民区：以组织力引领城市基层治理现代化\r\n本报讯（记者 祁晓燕）近年来，回民区以组织创新融合。\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
    ],
)
def test_every_supported_encoding_decodes_to_the_same_text(data, encoding):
    text, found = decode_page(data)
    assert found == encoding
    assert clean_text(text) == PAGE.replace("\r\n", "\n")


def test_cr_only_line_endings_become_newlines():
    assert clean_text("第一行\r第二行\r\n第三行") == "第一行\n第二行\n第三行"


def test_control_characters_and_nul_are_removed_from_text():
    assert clean_text("回民区\x0c以组织力\u200b引领\x07") == "回民区以组织力引领"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"\xff\xfe\x00\xd8", "utf-16"),
    ],
)
def test_unreadable_input_is_refused_with_a_reason(data, message):
    with pytest.raises(PageReadError, match=message):
        decode_page(data)


def test_bytes_that_are_neither_utf8_nor_gb18030_name_the_line():
    data = "第一行\n第二行\n".encode() + b"\x81\x20\xff\xfe\x80\x80"
    with pytest.raises(PageReadError, match=r"line 3"):
        decode_page(data)


def test_a_page_without_chinese_text_is_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_text("just some latin text\n" * 20, encoding="utf-8")
    with pytest.raises(PageReadError, match="no Chinese text"):
        read_page(path)


def test_a_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(PageReadError, match="cannot read"):
        read_page(tmp_path / "nope.txt")
