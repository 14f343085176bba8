import codecs

import pytest

from articles.reading import PageError, read_page
from articles.reading.decode import decode

TEXT = "本报讯（记者张三）6月1日，东湖区召开会议。\n"


def test_it_reads_utf8_with_and_without_bom() -> None:
    assert decode(TEXT.encode("utf-8"))[:2] == (TEXT, "utf-8")
    text, encoding, warnings = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert text == TEXT and encoding == "utf-8-sig" and warnings == []


def test_it_reads_utf16_with_bom() -> None:
    assert decode(TEXT.encode("utf-16"))[0] == TEXT


def test_it_falls_back_to_gb18030() -> None:
    text, encoding, _ = decode(TEXT.encode("gb18030"))
    assert text == TEXT and encoding == "gb18030"


def test_it_replaces_a_few_bad_bytes_with_a_warning() -> None:
    data = (TEXT * 40).encode("utf-8") + b"\xff" + TEXT.encode("utf-8")
    text, _, warnings = decode(data)
    assert "\ufffd" in text and warnings


@pytest.mark.parametrize(
    "data,words",
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "no text"),
        (b"\x00\x01\x02PK\x03\x04" * 10, "binary"),
        (bytes(range(1, 32)) * 10, "binary"),
    ],
)
def test_it_refuses_what_is_not_a_page(data: bytes, words: str) -> None:
    with pytest.raises(PageError, match=words):
        read_page(data, "x.txt")


def test_it_refuses_mostly_undecodable_bytes() -> None:
    with pytest.raises(PageError):
        read_page(bytes(range(0x80, 0x100)) * 20, "x.txt")
