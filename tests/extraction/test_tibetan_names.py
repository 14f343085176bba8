"""Tibetan names as a paper in Tibet or Qinghai prints them (invented text): one or two of the name
elements (次仁, 扎西, 卓玛 ...) with no dot between, which jieba cuts anywhere."""

from __future__ import annotations

import pytest

from people.extraction import PERSON, extract


def persons(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.titles) for m in extract(text).of_type(PERSON)]


@pytest.mark.parametrize(
    "text,want",
    [
        # after a post: the two elements, with the post, however jieba cuts them
        (
            "副县长泽仁拉姆主持会议，县委书记阿旺嘉措讲话。",
            [("泽仁拉姆", ("副县长",)), ("阿旺嘉措", ("县委书记",))],
        ),
        # with no post, wherever two elements stand together
        ("合作社社员土登诺布说，今年的牦牛卖了好价钱。", [("土登诺布", ())]),
        ("晋美桑珠和赤列曲扎是同村的牧民。", [("晋美桑珠", ()), ("赤列曲扎", ())]),
        # one element alone after who the person is (防疫员|诺布, 护士|仁措), or with a third syllable
        ("村里的防疫员诺布和护士仁措一起上门。", [("诺布", ()), ("仁措", ("护士",))]),
    ],
)
def test_a_tibetan_name_is_read_whole(text: str, want: list) -> None:
    assert persons(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        # a Han name whose first characters are an element's: the Han name, as before
        ("副县长白玛丽主持会议。", [("白玛丽", ("副县长",))]),
        # an element alone with no one before it is a word (格桑 of a flower), no name
        ("这批格桑种子是从外地引进的，出苗率很高。", []),
    ],
)
def test_han_names_and_words_stay_as_they_were(text: str, want: list) -> None:
    assert persons(text) == want


def test_a_tibetan_name_in_an_appointment_takes_its_post() -> None:
    # 任命某某某某为…, 免去某某某某的…职务, and a list under 决定任命：, as Han names do
    assert persons("决定任命：晋美桑珠为州卫生健康委员会副主任；孟一舟为州水利局局长。") == [
        ("晋美桑珠", ("州卫生健康委员会副主任",)),
        ("孟一舟", ("州水利局局长",)),
    ]
    assert persons("任命泽仁拉姆为县人民法院副院长。") == [("泽仁拉姆", ("县人民法院副院长",))]
    assert persons("免去土登诺布的县林业局局长职务。") == [("土登诺布", ("县林业局局长",))]
