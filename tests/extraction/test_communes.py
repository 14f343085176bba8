"""The rural people's communes as a paper of 1958-1984 prints them (invented text): communes,
production brigades and numbered teams are places, alone or in a chain under their county; their
party committees are bodies; a kind of unit (先进大队, 各生产队) and a police brigade are neither."""

from __future__ import annotations

import pytest

from people.extraction import ORGANISATION, PERSON, PLACE, extract


def places(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PLACE)]


def organisations(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(ORGANISATION)]


@pytest.mark.parametrize(
    "text,want",
    [
        # a commune and a brigade named after it, then a brigade alone
        ("在杏坪公社柳沟大队，社员们正在平整土地。", ["杏坪公社", "柳沟大队"]),
        ("溆坪大队的社员趁农闲修好了水渠。各生产队都派了劳力。", ["溆坪大队"]),
        # the long forms
        ("浈坪人民公社的社员积肥三千多担，柿园生产大队走在前头。", ["浈坪人民公社", "柿园生产大队"]),
        # a chain under the county, down to the numbered team of the brigade
        ("峤川县东坪公社南岭大队第三生产队认真落实按劳分配。", ["峤川县", "东坪公社", "南岭大队第三生产队"]),
        # a numbered team on its own
        ("第二生产队的老社员说，公社的办法好。", ["第二生产队"]),
        # the former commune
        ("他退伍后在原浈坪公社供销社当营业员。", ["浈坪公社"]),
    ],
)
def test_communes_brigades_and_teams_are_places(text: str, want: list[str]) -> None:
    assert places(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "全公社今年粮食增产一成，是全县有名的先进大队。",
        "会议号召各公社、大队、生产队抓好春耕。",
    ],
)
def test_a_kind_of_unit_is_no_place_and_no_body(text: str) -> None:
    found = places(text) + organisations(text)
    assert not [w for w in found if w.endswith(("公社", "大队", "生产队"))]


def test_a_police_brigade_stays_a_body_and_no_place() -> None:
    text = "县公安局交警大队今年查处违章三百多起，生产队也组织了宣传。"
    assert not any(p.endswith("大队") for p in places(text))


def test_a_brigade_is_a_place_not_a_body() -> None:
    text = "峤川县东坪公社南岭大队今年粮食增产，社员收入增加。"
    assert not any(o.endswith(("公社", "大队")) for o in organisations(text))


def test_the_party_committee_of_a_commune_or_a_brigade_is_a_body() -> None:
    text = "东坪公社党委书记韩立军、南岭大队党支部书记孟晓川在会上发言，生产队长们参加了会议。"
    ms = extract(text)
    posts = {m.text: (m.titles, m.organisation) for m in ms.of_type(PERSON)}
    assert posts["韩立军"] == (("东坪公社党委书记",), "东坪公社党委")
    assert posts["孟晓川"] == (("南岭大队党支部书记",), "南岭大队党支部")
    assert {"东坪公社党委", "南岭大队党支部"} <= set(organisations(text))


def test_a_body_read_from_inside_a_commune_starts_with_it() -> None:
    text = "峤川县榆树铺公社石榴岭大队党支部带领社员修渠，生产队的干劲很足。"
    orgs = organisations(text)
    assert any(o.endswith("大队党支部") for o in orgs)
    assert all(o.startswith(("峤川县", "榆树铺公社")) for o in orgs if o.endswith("大队党支部"))
