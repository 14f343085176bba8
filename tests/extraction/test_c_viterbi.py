"""The C Viterbi (people/extraction/_viterbi.c) gives the pure-Python one's states exactly.

Compared on every unknown run of the seed pages, on invented runs with names, on random text holding
characters the model does not know, and where C hands over to Python's fallback. Skipped when the
extension is not built, unless JZARCHIVE_REQUIRE_C=1 (CI) says it must be."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba.posseg import viterbi as jieba_viterbi

from people.extraction import fastpos
from people.extraction.tokenizer import tokenizer_for

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"

if os.environ.get("JZARCHIVE_REQUIRE_C") == "1":
    assert fastpos.C_VITERBI, "the C Viterbi is not built (make venv) or is switched off"
pytestmark = pytest.mark.skipif(not fastpos.C_VITERBI, reason="C Viterbi not built (make venv)")


def outcome(fn, obs: str):
    try:
        return fn(obs)
    except Exception as e:  # the reference's own failures must be the same failures
        return type(e)


def assert_same(obs: str) -> None:
    assert outcome(fastpos.viterbi, obs) == outcome(fastpos.viterbi_py, obs), obs


def c_only(obs: str):
    return fastpos._viterbi.viterbi([fastpos._char_model(ch) for ch in obs])


def test_it_tags_every_unknown_run_of_the_seed_pages_as_python(monkeypatch) -> None:
    runs: list[str] = []

    def record(obs: str) -> list:
        runs.append(obs)
        return fastpos.viterbi_py(obs)

    fastpos._cut_detail.cache_clear()  # runs other tests tagged would not come back
    monkeypatch.setattr(fastpos, "viterbi", record)
    tokenizer = tokenizer_for(None)
    for page in sorted(SEEDS.glob("*.txt")):
        fastpos.tag(tokenizer, page.read_text(encoding="utf-8"))
    monkeypatch.undo()
    fastpos._cut_detail.cache_clear()
    assert len(runs) > 50
    for obs in runs:
        assert c_only(obs) == fastpos.viterbi_py(obs), obs


def test_it_tags_invented_names_and_single_characters_as_python() -> None:
    for obs in [
        "马长河",
        "欧阳春生说",
        "王",
        "。",
        "x",
        "张三李四王五",
        "书记马长河欧阳春生到村",
        "豈",
        "㐀㐁",
    ]:
        assert c_only(obs) is not None
        assert_same(obs)


def test_it_leaves_a_character_no_state_can_reach_to_pythons_fallback() -> None:
    # a character that only begins words followed by one that only stands alone: B -> S has no
    # transition, so no state of the second follows the first
    begins = next(c for c, s in fastpos._STATES.items() if all(y[0] == "B" for y in s))
    alone = next(c for c, s in fastpos._STATES.items() if all(y[0] == "S" for y in s))
    for obs in [begins + alone, "王" + begins + alone + "王", begins + alone + begins + alone + "说"]:
        assert c_only(obs) is None
        assert_same(obs)
        assert fastpos.viterbi(obs) == jieba_viterbi(obs, *MODEL)[1]
    assert c_only("") is None  # and an empty run, to fail as Python does
    assert_same("")


MODEL = (fastpos._STATES, fastpos._START, fastpos._TRANS, fastpos._EMIT)
# common and rare characters, characters outside the model (Latin, digits, extension A, symbols)
CHARS = [
    *"的一是在不了有和人中大为上国我以要他时来们生到作地于出就对成会可主发年动同工能下过子说",
    *"王李张刘陈杨赵黄周吴徐孙胡朱林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋",
    *"县局镇村街委员公司省市区长书记河春欧阳",
    *"仡仳伢佾侉俜俨倮偾傧傺僦僬僭儇凫刖刳刽刿",
    *"0aZ㐀㐁豈丽鿏",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(CHARS), min_size=1, max_size=40))
def test_it_tags_any_run_as_python_and_jieba(obs: str) -> None:
    assert_same(obs)
    assert outcome(fastpos.viterbi, obs) == outcome(lambda o: jieba_viterbi(o, *MODEL)[1], obs)


def test_it_can_be_switched_off() -> None:
    env = {**os.environ, "JZARCHIVE_C_VITERBI": "0"}
    code = "from people.extraction import fastpos; print(fastpos.C_VITERBI)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
