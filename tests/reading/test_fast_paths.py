"""The reader's fast paths give exactly what their plain definitions give.

Each helper below replaced a per-character loop or a rebuilt structure; these properties pin it to
the straightforward version it stands for, on text mixing Chinese, Latin, digits, every kind of
blank and line break, and control characters.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.reading.decode import _control_share
from articles.reading.page import _BIGRAM_SKIP, Art, _title_bigrams, affinity
from articles.reading.reflow import clean, clean_span, clean_text
from articles.reading.segment import BODY, LEAD, Line, Unit, _strip

ALPHABET = "甲乙丙丁①，。、“”（）()ab Z09 \t\u3000\u00a0\r\n\x0b\x0c\x1c\x85\u2028\x00\x01\x1f#—"
texts = st.text(alphabet=ALPHABET, max_size=60)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def spans(draw) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


@SETTINGS
@given(spans())
def test_clean_text_and_clean_span_are_clean(span: tuple[str, int, int]) -> None:
    raw, start, end = span
    mapped = clean(raw, start, end)
    assert clean_text(raw, start, end) == mapped.text()
    txt, offsets = clean_span(raw, start, end)
    assert (txt, list(offsets)) == (mapped.text(), mapped.offsets)
    assert clean_span(raw, start, end, txt) == (txt, offsets)


@SETTINGS
@given(spans())
def test_strip_drops_what_isspace_names(span: tuple[str, int, int]) -> None:
    text, start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    assert _strip(text, *span[1:]) == (start, end)


@SETTINGS
@given(texts)
def test_control_share_counts_controls_but_breaks_and_tabs(text: str) -> None:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    assert _control_share(text) == controls / max(1, len(text))


@SETTINGS
@given(texts, st.lists(texts, min_size=1, max_size=4))
def test_affinity_is_the_share_of_headline_pairs_among_the_story_pairs(title: str, paras: list[str]) -> None:
    raw = "\n".join([title, *paras])
    pos, lines = len(title) + 1, []
    for p in paras:
        lines.append(Line(pos, pos + len(p), p, p))
        pos += len(p) + 1
    art = Art("lead", lead=Unit(LEAD, lines[:1]), units=[Unit(BODY, lines[1:])] if lines[1:] else [])
    head = Unit(BODY, [Line(0, len(title), title, title)])

    def pairs(text: str) -> set[str]:
        t = _BIGRAM_SKIP.sub("", text)
        return {t[i : i + 2] for i in range(len(t) - 1)}

    story = pairs(clean_text(raw, len(title) + 1, len(raw)))
    expected = len(pairs(title) & story) / len(pairs(title)) if pairs(title) else 0.0
    assert _title_bigrams(title) == pairs(title)
    assert affinity(head, art, raw) == expected
