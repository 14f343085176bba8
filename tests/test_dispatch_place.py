"""The place an agency's dispatch was filed from (新华社某地某月某日电) is one of its article's places,
though its lead is not part of the stored text (invented pages)."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.analysis import analyse
from articles.models import Article
from people.extraction import PLACE

PAGE = """东川日报　2024年5月6日　星期一　第3版

全国春播进度过半

新华社郑州5月5日电　记者从有关部门获悉，截至5月4日，全国春播粮食已播种过半。

多国代表共商海洋治理

新华社联合国5月5日电　多国代表5日在这里举行会议，共商海洋治理。

城区新增停车位三千个

本报讯（记者　孟一舟）近日，东川市城区新增停车位三千个，缓解了停车难。
"""


def places_of(extraction) -> list[tuple[str, int, int, str]]:
    return [(m.text, m.start, m.end, m.method) for m in extraction.mentions if m.type == PLACE]


def test_the_city_of_a_dispatchs_lead_is_a_place_of_the_article_outside_its_text() -> None:
    parsed, extractions, _words, _pinyin = analyse(PAGE.encode(), "p.txt", None, None)
    assert [a.filed_from for a in parsed.articles] == ["郑州", "联合国", None]
    assert places_of(extractions[0]) == [("郑州", 0, 0, "dateline")]
    # a body the agency files from (联合国) is no place; a local story has no such lead
    assert not any(m.text == "联合国" for m in extractions[1].mentions if m.type == PLACE)
    assert [m.text for m in extractions[2].mentions if m.type == PLACE] == ["东川市"]


class DispatchPlaceImportTest(TestCase):
    def test_it_is_stored_and_exported_with_the_articles_places(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "dispatch.txt"
            path.write_text(PAGE, encoding="utf-8")
            call_command("import_seeds", str(path), stdout=io.StringIO(), stderr=io.StringIO())
        first = Article.objects.get(headline="全国春播进度过半")
        self.assertEqual(
            [(m.surface, m.place.name) for m in first.mentions.filter(type=PLACE)], [("郑州", "郑州")]
        )
        out = io.StringIO()
        call_command("export_articles", "--format", "jsonl", stdout=out)
        rows = {r["headline"]: r for r in map(json.loads, out.getvalue().splitlines())}
        self.assertIn(
            "郑州", [p if isinstance(p, str) else p["name"] for p in rows["全国春播进度过半"]["places"]]
        )
