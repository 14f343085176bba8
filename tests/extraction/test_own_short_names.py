"""A city's or a county's short name, printed bare once the text (or the page) has named it in full:
the gazetteer knows real places; these are invented ones it does not (invented text)."""

from __future__ import annotations

from articles.analysis import analyse
from people.extraction import PERSON, PLACE, extract, place_stems


def places(text: str, stems: frozenset[str] = frozenset()) -> list[str]:
    return [m.text for m in extract(text, stems=stems).of_type(PLACE)]


def persons(text: str, stems: frozenset[str] = frozenset()) -> list[str]:
    return [m.text for m in extract(text, stems=stems).of_type(PERSON)]


def test_a_county_named_in_full_is_a_place_where_it_is_printed_bare() -> None:
    text = "柘川县人民医院新院区投用。秋天的柘川，稻谷飘香。"
    assert "柘川" in places(text)
    assert "柘川" not in places("秋天的柘川，稻谷飘香。")  # (alone, nothing says it is a place)


def test_a_county_read_as_one_name_is_a_county() -> None:
    # jieba reads 蔺溪县 as a three-character name (蔺 is a surname); bare 蔺溪 then as a name too
    text = "蔺溪县召开大会。蔺溪蜜桔走俏，客商纷纷到蔺溪投资兴业。"
    assert places(text) == ["蔺溪县", "蔺溪", "蔺溪"]
    assert persons(text) == []


def test_a_name_jieba_reads_across_the_short_name_is_none() -> None:
    text = "蔺溪县开通“畅游蔺溪”旅游专线，蔺溪至北岭的公路年底通车，蔺溪文创产品走红。"
    assert persons(text) == []
    assert places(text).count("蔺溪") == 3


def test_the_citys_river_named_after_it() -> None:
    assert "柘川河" in places("柘川市启动巡河行动，柘川河两岸新建步道五公里。")


def test_a_person_a_post_names_keeps_the_name_that_holds_the_short_name() -> None:
    text = "云岚县召开大会，县长王云岚主持。"
    assert persons(text) == ["王云岚"]
    assert "云岚" not in places(text)


def test_no_short_name_from_a_word_that_holds_the_level() -> None:
    # 城市, 超市: the level is part of a word; a common word before it is no stem
    assert place_stems(extract("大城市管理局负责。新超市开业。").mentions) == frozenset()
    assert "发展" not in places("全市发展大会召开，发展是第一要务。")


def test_the_short_name_inside_a_longer_name_is_no_place_of_its_own() -> None:
    text = "蔺溪县召开大会。蔺溪电子产业园二期开工。"
    assert "蔺溪" not in places(text)


def test_a_page_teaches_its_pieces_the_short_name(tmp_path) -> None:
    page = (
        "# 蔺溪县召开经济工作会议\n\n本报讯 12月3日，蔺溪县召开经济工作会议，部署明年工作。\n\n"
        "# 蔺溪蜜桔丰收\n\n本报讯 秋天的蔺溪，稻谷飘香，游客纷纷前来采摘。\n"
    )
    parsed, extractions, _, _ = analyse(page.encode(), "page.txt", None, None)
    assert len(parsed.articles) == 2
    second = extractions[1]
    assert [m.text for m in second.of_type(PLACE)] == ["蔺溪", "蔺溪"]  # (headline and body)
    assert second.of_type(PERSON) == []
    # alone, the second piece does not know the name
    assert "蔺溪" not in [m.text for m in extract(page.split("# 蔺溪蜜桔丰收")[1]).of_type(PLACE)]
