"""A first kind for a new place or body, from the gazetteer and how its name ends (invented names)."""

from __future__ import annotations

import pytest

from people.extraction.kinds import organisation_kind, place_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("中国", "country"),
        ("河南", "province"),
        ("焦作市", "city"),
        ("修武县", "county"),
        ("南川区", "county"),
        ("北山街道", "town"),
        ("东关镇", "town"),
        ("王家村", "village"),
        ("龙翔社区", "village"),
        ("李家沟", "village"),
        ("滨河公园", "park"),
        ("东郊科技产业园", "park"),
        ("解放中路", "road"),
        ("太行山", "other"),
    ],
)
def test_a_places_kind(name: str, kind: str) -> None:
    assert place_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("南川市委", "party"),
        ("中共南川市委", "party"),
        ("北山区纪委", "party"),
        ("市委宣传部", "party"),
        ("南川市人民政府", "government"),
        ("市发改委", "government"),
        ("市住建局", "government"),
        ("北山区人民法院", "government"),
        ("国务院", "government"),
        ("市人大常委会", "congress"),
        ("市政协", "cppcc"),
        ("南川日报社", "media"),
        ("南川理工大学", "university"),
        ("南川市第一中学", "school"),
        ("南川新材料股份有限公司", "company"),
        ("市企业家协会", "association"),
        ("市科协", "association"),
        ("省委编办", "party"),
        ("北山大学南川校友会", "association"),
        ("国家统计局南川调查队", "government"),
        ("区政务服务中心", "government"),
        ("王家村村委会", "government"),
        ("新城社区居委会", "government"),
        ("市红十字会", "association"),
        ("南川市人民医院", "other"),
        # a bare ending is no body of that kind
        ("局", "other"),
    ],
)
def test_a_bodys_kind(name: str, kind: str) -> None:
    assert organisation_kind(name) == kind
