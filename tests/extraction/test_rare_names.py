"""Names and places jieba cuts oddly: a compound surname left alone, a given name ending in 和, a
surname too rare to know in a list of people, a district named after a hill's side (invented text)."""

from __future__ import annotations

import pytest

from people.extraction import ORGANISATION, PERSON, PLACE, extract


def persons(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PERSON)]


@pytest.mark.parametrize(
    "text,name",
    [
        # the compound surname alone, the given name cut in pieces or glued to the next word
        ("东坪县选手夏侯思琪获得冠军。", "夏侯思琪"),
        ("选手上官文彤在比赛中夺冠。", "上官文彤"),
        # the rarer compound surnames of the Hundred Family Surnames
        ("副县长淳于明远在东湖镇调研。", "淳于明远"),
        ("东湖区区长宗政一鸣主持会议。", "宗政一鸣"),
        # jieba reads the compound surname's second character with the given name (诸|葛某某)
        ("东湖区人民医院院长诸葛振峰介绍了情况。", "诸葛振峰"),
    ],
)
def test_a_compound_surname_and_the_given_name_after_it(text: str, name: str) -> None:
    assert persons(text) == [name]


def test_a_given_name_ending_in_he_before_a_verb() -> None:
    # 和 ends the name where no one it joins follows
    assert persons("市人大常委会主任孟秉和参加了会议。") == ["孟秉和"]
    assert persons("孟秉和主持会议。") == ["孟秉和"]
    # and joins two people where a name follows
    assert persons("市长孟一舟和卜文珂参加了会议。") == ["孟一舟", "卜文珂"]


def test_a_delegate_named_before_daibiao() -> None:
    # jieba knows the first two characters as a name and leaves the third alone before 代表
    assert "林立生" in persons("南岭远洋渔业有限公司董事长林立生代表说，去年产量翻了一番。")


def test_a_rare_surname_in_a_list_of_people() -> None:
    found = persons("主席团常务主席孟一舟、卜文珂、邝文杰、姒文远出席。")
    assert found == ["孟一舟", "卜文珂", "邝文杰", "姒文远"]
    assert "姒文远" in persons("主席团常务主席孟一舟、姒文远、卜文珂出席。")
    # not a word of three characters in a list of names
    assert "市领导" not in persons("孟一舟、卜文珂、市领导出席。")


def test_a_district_named_after_a_hills_side() -> None:
    found = extract("市政协委员、南麓区人民医院院长卜文珂说，南麓区常住人口已超过30万。")
    assert "南麓区" in [m.text for m in found.of_type(PLACE)]
    assert "南麓区人民医院" in [m.text for m in found.of_type(ORGANISATION)]


def _titled(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.titles) for m in extract(text).of_type(PERSON)]


def test_a_compound_surname_jieba_reads_as_a_word_then_one_given_character() -> None:
    # 公孙 a noun, 百里 a number to jieba: after a post the name still takes its one given character
    assert _titled("检查结束后，市消防支队支队长公孙远进行了点评。") == [("公孙远", ("市消防支队支队长",))]
    assert _titled("教授百里舟作了专题报告。") == [("百里舟", ("教授",))]
    # 单于, a compound surname of the Hundred Family Surnames, not 单 and a given name
    assert _titled("科长单于远鹏介绍，") == [("单于远鹏", ("科长",))]


def test_a_given_name_ending_in_he_before_what_no_conjunction_takes() -> None:
    # 某家|和|为, 某某远|和|列席: 和 joins nothing here, it ends the name
    assert _titled("以市长钟家和为团长的代表团抵达。") == [("钟家和", ("市长",))]
    assert _titled("市人民检察院检察长端木远和列席会议。") == [("端木远和", ("市人民检察院检察长",))]
    # but 和 between two people joins them
    assert _titled("市长孟一舟和副市长卜文珂出席。") == [("孟一舟", ("市长",)), ("卜文珂", ("副市长",))]


def test_a_mongolian_name_after_a_post() -> None:
    # transcribed Mongolian names of three to six characters, up to the name's edge
    assert _titled("副市长巴图孟和出席会议并讲话。") == [("巴图孟和", ("副市长",))]
    assert _titled("旗委书记敖其尔图致辞，副旗长斯琴巴雅尔主持。") == [
        ("敖其尔图", ("旗委书记",)),
        ("斯琴巴雅尔", ("副旗长",)),
    ]
    assert _titled("院长宝音德勒格介绍，医院将开展义诊。") == [("宝音德勒格", ("院长",))]
    # a Han name that starts with such a character is still read as a Han name
    assert _titled("市长孟一舟主持会议。") == [("孟一舟", ("市长",))]
    assert _titled("局长高兴地说。") == []


def test_a_mongolian_name_where_the_steppe_is_named() -> None:
    # up to a word that starts with no character of such names (带着)
    assert _titled("东坪旗人民医院院长格日勒图带着医生下乡义诊。") == [("格日勒图", ("东坪旗人民医院院长",))]
    # after who the person is, in a text that names a banner, a sum or a gacha
    assert persons("柳沟苏木的牧民布和朝鲁获得冠军。") == ["布和朝鲁"]
    # 和 between two people ends the first name
    assert _titled("东坪旗旗长格日勒图和副旗长卜文珂出席开幕式。") == [
        ("格日勒图", ("东坪旗旗长",)),
        ("卜文珂", ("副旗长",)),
    ]


def test_surnames_common_among_the_hui_people() -> None:
    # 纳, 撒 and 锁 are surnames in the north-west as much as words: after a post, before what
    # is said, in a chain of posts
    found = {
        m.text: m.titles
        for m in extract(
            "市委副书记、市长纳一舟主持会议。市委常委、秘书长锁海岚出席。撒远舟说，葡萄今年丰收。"
        ).of_type(PERSON)
    }
    assert found == {"纳一舟": ("市委副书记", "市长"), "锁海岚": ("市委常委", "秘书长"), "撒远舟": ()}
    # a transcribed foreign name that starts with one of them is not cut at a surname's length
    assert persons("纳扎尔巴耶夫总统会见了代表团。") == ["纳扎尔巴耶夫"]


def test_more_hui_surnames_after_a_post_or_before_what_is_said() -> None:
    # 拜, 铁, 敏 and 虎 are family names of the Hui people as well as words
    assert _titled("生产队长拜志强同志带领社员抢修水渠。") == [("拜志强", ("生产队长",))]
    assert _titled("主教练铁文舟在赛后发布会上表示，全队会认真总结。") == [("铁文舟", ("主教练",))]
    assert persons("敏一帆说，今年的枸杞收成好。") == ["敏一帆"]
    assert _titled("副县长虎振东主持会议。") == [("虎振东", ("副县长",))]
    # the words they start are still words
    assert persons("大家互相拜年，铁路部门加开列车。虎年春节前，敏感时期。拜师学艺，铁面无私。") == []
    # (nor is a word that says how, glued to its 地, before what is said)
    assert persons("这篇文章，敏锐地指出了市场的变化。") == []


def test_pupils_named_after_their_class() -> None:
    # 班 is a surname as well as a school class: after the class's number the name is the pupil's,
    # and a school year jieba tags as a name (高二) is none
    text = (
        "比赛中，高二(6)班哈文杰以10米38获得男子铅球冠军，高三(1)班妥一舟、初三(3)班李远航分别"
        "获得女子100米和男子1500米冠军。高二(4)班马远鹏以11秒21夺冠。三(2)班学生参加了开幕式。"
    )
    assert sorted(persons(text)) == sorted(["哈文杰", "妥一舟", "李远航", "马远鹏"])
