"""What the reading processes send to the writing process comes out of pickle equal to what went in
(the frozen result types pickle by their field values: jzarchive/pickling.py)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

from articles.analysis import analyse
from articles.reading import types as reading_types
from jzarchive.pickling import by_fields
from people.extraction import types as extraction_types

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("page", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_a_pages_results_come_back_equal(page: str) -> None:
    results = analyse((SEEDS / page).read_bytes(), page, None, None)
    parsed, extractions, _, _ = results
    assert parsed.articles and any(e.mentions for e in extractions)
    for protocol in (pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(results, protocol=protocol)) == results
    assert copy.deepcopy(results) == results


def test_every_frozen_result_type_pickles_by_its_fields() -> None:
    types = [
        t
        for module in (reading_types, extraction_types)
        for t in vars(module).values()
        if dataclasses.is_dataclass(t)
        and t.__module__ == module.__name__
        and t.__dataclass_params__.frozen
        and "__slots__" in vars(t)
    ]
    assert len(types) >= 8
    for t in types:
        assert "__reduce__" in vars(t), t.__name__


def test_a_field_outside_init_is_refused() -> None:
    with pytest.raises(TypeError, match="outside __init__"):

        @by_fields
        @dataclasses.dataclass(frozen=True)
        class Odd:
            a: int
            b: int = dataclasses.field(default=0, init=False)
