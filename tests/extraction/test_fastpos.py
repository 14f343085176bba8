"""The accelerated tokenizer gives jieba.posseg's output exactly: jieba stays the reference.

Compared token for token and tag for tag on the real seed pages, on invented text with
curator-confirmed names added as user words, and on random text."""

from __future__ import annotations

import functools
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from people.extraction import fastpos
from people.extraction.tokenizer import tokenizer_for
from people.extraction.types import Lexicon

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

pytestmark = pytest.mark.skipif(fastpos.rjieba is None, reason="rjieba not installed: nothing to compare")


def tokens(tokenizer, text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in tokenizer.cut(text)]


def assert_same(text: str, lexicon: Lexicon | None = None) -> None:
    reference = tokenizer_for(lexicon, reference=True)
    fast = tokenizer_for(lexicon)
    assert type(fast) is fastpos.FastPOSTokenizer
    assert tokens(fast, text) == tokens(reference, text)
    assert fastpos.tag(fast, text) == tokens(reference, text)  # the extractor's way in, without pairs


@pytest.mark.parametrize("page", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_it_cuts_every_seed_page_exactly_as_jieba(page: str) -> None:
    assert_same((SEEDS / page).read_text(encoding="utf-8"))


def test_it_cuts_exactly_as_jieba_with_curator_words() -> None:
    lexicon = Lexicon(
        known_persons=frozenset({"马长河", "欧阳春生"}),
        known_organisations=frozenset({"青禾书社", "财政部"}),  # 财政部 is already a dictionary word
        known_places=frozenset({"北山村"}),
    )
    text = "青禾书社邀请马长河、欧阳春生到北山村座谈，省财政部门和财政部有关负责人出席。5G基站、3C产品。"
    assert_same(text, lexicon)
    assert ("马长河", "nr") in tokens(tokenizer_for(lexicon), text)


# Common characters, digits, Latin letters and punctuation: enough for unknown-word runs of every kind.
CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
    "县局镇村街道委员会公司省市区0123456789ABCxyz，。、“”（）"
)
ALPHABET = [*CHARS, "\n", " "]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=80))
def test_it_cuts_any_text_exactly_as_jieba(text: str) -> None:
    assert_same(text)


# A unit repeated three times can be cut into the same words in two orders whose probabilities are
# equal but for rounding, which jieba and jieba-rs do differently (学学学0 was cut 学|学学 by one and
# 学学|学 by the other): such text is cut by jieba itself.
@pytest.mark.parametrize(
    "text", ["学学学0", "学学学", "他哈哈哈大笑", "呵呵呵呵", "一步一步一步地", "学学学0，学习"]
)
def test_a_repeated_unit_is_cut_exactly_as_jieba(text: str) -> None:
    assert_same(text)
    assert list(search_cutter().cut_for_search(text)) == list(jieba.cut_for_search(text))


# All the Chinese runs of a text go to jieba-rs in one call, joined by line breaks: texts with
# none, one or many runs, text before, between and after them, line breaks and ASCII of their own.
@pytest.mark.parametrize(
    "text",
    [
        "",
        "，",
        "中",
        "abc",
        "\n",
        "\n\n中\n",
        "5G基站",
        "“王小五”说：\n\n好。",
        "第1季度，GDP增长5.2%。\r\n  新华社电 ",
    ],
)
def test_it_cuts_texts_of_no_one_or_many_runs_exactly_as_jieba(text: str) -> None:
    assert_same(text)


# --- the search index's words: jieba.cut_for_search (default tokenizer) ----------------------------


@functools.cache
def search_cutter() -> fastpos.FastSearchCutter:
    return fastpos.FastSearchCutter()


def assert_same_search_words(text: str) -> None:
    assert list(search_cutter().cut_for_search(text)) == list(jieba.cut_for_search(text))


@pytest.mark.parametrize("page", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_it_cuts_every_seed_page_for_search_exactly_as_jieba(page: str) -> None:
    assert_same_search_words((SEEDS / page).read_text(encoding="utf-8"))


def test_it_cuts_latin_digits_and_signs_for_search_exactly_as_jieba() -> None:
    # jieba-rs joins runs of single ASCII characters; jieba's own route keeps them apart
    assert_same_search_words("GDP增长6.5%，C++与C#、a-b-c、x_y，3.14米；ABC abc 5G基站\r\n  工业和信息化局")
    # where jieba-rs's own cut_for_search differs from jieba: dotted numbers, joined ASCII
    assert_same_search_words("第9.6.5%条，版本3.1.4；a-b-c型、cd.ef与x_y%项目")


def test_it_cuts_rare_characters_for_search_exactly_as_jieba() -> None:
    # CJK extension A, U+9FD6..U+9FFF and compatibility ideographs: Chinese runs for jieba-rs, not for jieba
    assert_same_search_words("王㐀㐁来到鿏鿐村，丽兀豈更；䶮䶮之后")


def test_it_cuts_plain_chinese_for_search_in_rust_and_the_rest_in_python() -> None:
    cutter = search_cutter()
    # no connector, no rare character: the words come from jieba-rs in one call
    assert cutter.cut_for_search("县里召开会议") == cutter._route.cut_for_search("县里召开会议", True)
    assert cutter.cut_for_search("增长6.5%") == list(cutter.jieba_cut_for_search("增长6.5%"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*ALPHABET, *"%-.#+&_\r", *"㐀㐁䶮鿏鿐丽豈"]), max_size=80))
def test_it_cuts_any_text_for_search_exactly_as_jieba(text: str) -> None:
    assert_same_search_words(text)
