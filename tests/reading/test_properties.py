"""Any text, however broken, reads without an exception and with spans inside the page."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.reading import PageError, read_page

# pieces of page furniture, so that random text exercises the interesting paths
PIECES = [
    "本报讯（记者甲乙 通讯员丙丁）",
    "本报讯(记者戊己)",
    "新华社北京6月2日电 ",
    "本报记者 庚 辛",
    "本报记者 壬\n\n癸 摄",
    "（上接A01版）",
    "（下转A04版）",
    "①3",
    "（本栏稿件均由本报记者子丑整理）",
    "（扫码更精彩）",
    "# ",
    "## ",
    "公告",
    "昨日，",
    "6月2日，",
    "2025年6月1日",
    "东湖区召开会议",
    "——副题",
    "东湖区局长寅卯",
    "⬅",
    "右图 ",
    "。",
    "，",
    " ",
    "\n",
    "\n\n",
    "\r\n",
]
page_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=50).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(page_text)
def test_it_reads_any_text_without_raising(text: str) -> None:
    try:
        page = read_page(text.encode("utf-8"), "x.txt")
    except PageError:
        # (a page made largely of U+FFFD, characters lost before it reached us, is refused as
        # undecodable, as a file of bad bytes is)
        assert not text.strip() or "\x00" in text or any(ord(c) < 32 for c in text) or "\ufffd" in text
        return
    for n, art in enumerate(page.articles, 1):
        assert art.n == n
        assert 0 <= art.start <= art.end <= len(page.text)
        assert len(art.body_map) == len(art.body)
        assert all(0 <= o < len(page.text) for o in art.body_map)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=200))
def test_it_raises_only_page_error_on_any_bytes(data: bytes) -> None:
    try:
        page = read_page(data, "x.bin")
    except PageError as exc:
        assert str(exc)
        return
    assert all(0 <= a.start <= a.end <= len(page.text) for a in page.articles)
