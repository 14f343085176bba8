"""Posts and the names after them that the rules used to miss (invented text)."""

from __future__ import annotations

import pytest

from people.extraction import PERSON, extract


def titled(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.titles) for m in extract(text).of_type(PERSON)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # heads of a headquarters, a customs house, a prefecture's office
        ("县防汛抗旱指挥部副总指挥孟一舟说，", ("孟一舟", ("县防汛抗旱指挥部副总指挥",))),
        ("东坪海关副关长卜文珂介绍，", ("卜文珂", ("东坪海关副关长",))),
        ("南岭地区行署副专员邝文杰出席。", ("邝文杰", ("南岭地区行署副专员",))),
        # a service line's number inside the body's name
        (
            "据市12345政务服务便民热线管理中心主任孟一舟介绍，",
            ("孟一舟", ("市12345政务服务便民热线管理中心主任",)),
        ),
        # the delegates' committee of a people's congress: 代表 is no post here
        ("市人大常委会代表工作委员会主任孟一舟介绍，", ("孟一舟", ("市人大常委会代表工作委员会主任",))),
    ],
)
def test_a_post_and_the_body_it_belongs_to(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert titled(text) == [expected]


def test_a_surname_jieba_reads_as_an_adjective_after_a_post() -> None:
    # 冷|月琴: the surname an adjective, 月 a given name's character, then what the person proposes
    assert titled("东坪中学校长冷月琴建议，新建学校要同步规划。") == [("冷月琴", ("东坪中学校长",))]
    # but an adjective after a post is no surname where the words run on
    assert titled("县长冷静地说，要稳住。") == []


def test_words_that_begin_after_a_post_are_no_name() -> None:
    assert titled("市委书记高度重视这项工作。") == []


def test_a_name_glued_to_shuo_before_a_comma() -> None:
    assert titled("公司外贸部经理燕子明说，订单排到了8月份。") == [("燕子明", ("外贸部经理",))]
    assert titled("书记孟一舟又说，") == [("孟一舟", ("书记",))]


def test_a_surname_jieba_reads_as_an_adverb_after_a_post() -> None:
    assert titled("市政协副主席边立志出席开幕式。") == [("边立志", ("市政协副主席",))]
    # but an adverb and a verb after a post are no name
    assert titled("县长都表示，要抓好秋粮生产。") == []


def test_a_post_the_person_is_elected_to_or_takes_is_their_title() -> None:
    text = (
        "大会选举产生了新一届领导班子。卜文珂当选县侨联第三届委员会主席，邝文杰当选为县侨联青年委员会主任，"
        "孟一舟担任组长、负责协调。"
    )
    assert titled(text) == [
        ("卜文珂", ("县侨联第三届委员会主席",)),
        ("邝文杰", ("县侨联青年委员会主任",)),
        ("孟一舟", ("组长",)),  # (what the person does besides is no post)
    ]
    # a chain of posts after 任; a word that starts with 任 after a name is no post taken
    assert titled("会议宣布，孟一舟任东坪镇党委书记、镇长。") == [("孟一舟", ("东坪镇党委书记", "镇长"))]
    assert titled("记者了解到，孟一舟任务繁重，连续加班。") == [("孟一舟", ())]
