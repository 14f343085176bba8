"""A kind of place is not a place's name, even where jieba's dictionary tags it as one (invented
text)."""

from __future__ import annotations

from people.extraction import PLACE, extract


def places(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PLACE)]


def test_a_kind_of_city_is_not_a_place() -> None:
    assert places("南川市是一座港口城市。") == ["南川市"]
    assert places("周边城市纷纷效仿。") == []


def test_a_prefecture_named_with_diqu_stays_a_place() -> None:
    # whatever jieba tags its first word (吕梁: a name; 毕节: a noun)
    assert places("他曾在吕梁地区工作。") == ["吕梁地区"]
    assert places("他曾在毕节地区工作。") == ["毕节地区"]


def test_a_clans_village_is_a_place() -> None:
    # a surname and a word for a clan's seat before 村 (王家村, 赵家村), not a common noun (亮点村)
    assert places("他住在小河镇王家村，离家不远。")[:2] == ["小河镇", "王家村"]
    assert "亮点村" not in places("小河镇打造了一个亮点村。")


def test_a_towns_level_does_not_start_the_village_after_it() -> None:
    # jieba cuts 小河|镇北|徐村: 镇 ends the town, the village is 北徐村
    assert "北徐村" in places("他住在小河镇北徐村。")
    assert "镇北徐村" not in places("他住在小河镇北徐村。")


def test_going_somewhere_is_not_a_place() -> None:
    # 离城 (from the town), 回国, 入城: a verb of going and where to, not a place's name, whatever
    # jieba's dictionary or its guess of a new word tags it
    assert places("他住在小河镇，离城不远。") == ["小河镇"]
