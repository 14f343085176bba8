"""Uyghur and Kazakh names and places as a paper in Xinjiang prints them (invented text): a given
name and the father's joined by a dot, the given name alone, and places whose transcribed names jieba
cuts anywhere."""

from __future__ import annotations

import pytest

from people.extraction import ORGANISATION, PERSON, PLACE, extract


def persons(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.titles) for m in extract(text).of_type(PERSON)]


def places(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PLACE)]


@pytest.mark.parametrize(
    "text,want",
    [
        # after a post, whatever jieba makes of the pieces or of the word after the name
        ("县长阿依丁·库尔班主持会议并讲话。", [("阿依丁·库尔班", ("县长",))]),
        ("县委副书记、县长买合木提·巴拉提讲话。", [("买合木提·巴拉提", ("县委副书记", "县长"))]),
        ("卫生院院长祖丽胡玛·阿巴斯说，今年签约的家庭有三百多户。", [("祖丽胡玛·阿巴斯", ("卫生院院长",))]),
        # with no post, in a sentence
        ("会上，巴合提亚尔·哈斯木和同事一起介绍了经验。", [("巴合提亚尔·哈斯木", ())]),
        # three pieces, the grandfather's name after the father's
        ("村民依力哈木·买合木提·巴拉提参加了培训。", [("依力哈木·买合木提·巴拉提", ("村民",))]),
    ],
)
def test_a_dotted_name_is_read_whole(text: str, want: list) -> None:
    assert persons(text) == want


def test_the_given_name_said_alone_afterwards_is_the_same_person() -> None:
    text = "合作社理事长祖力皮亚·依沙克介绍了今年的收成。\n说起明年的打算，祖力皮亚笑着说要扩大种植面积。"
    ms = extract(text).of_type(PERSON)
    assert [m.text for m in ms] == ["祖力皮亚·依沙克", "祖力皮亚·依沙克"]
    assert [text[m.start : m.end] for m in ms] == ["祖力皮亚·依沙克", "祖力皮亚"]
    assert ms[0].titles == ("理事长",) and ms[0].organisation == "合作社"


@pytest.mark.parametrize(
    "text,name",
    [
        # the given name alone after who the person is: two of its characters mark a transcription
        ("司机库尔班江开了十几年的车。", "库尔班江"),
        ("患者米尔扎提老人今年七十岁。", "米尔扎提"),
        # the two marked characters three apart, and none elsewhere in the text
        ("患者艾巴拉尔今年七十岁。", "艾巴拉尔"),
    ],
)
def test_a_given_name_alone_after_who_the_person_is(text: str, name: str) -> None:
    assert [n for n, _ in persons(text)] == [name]


def test_a_han_name_after_a_post_is_not_lengthened() -> None:
    assert persons("副市长马依娜主持会议。") == [("马依娜", ("副市长",))]
    assert persons("县长苏力说，要抓好秋收。") == [("苏力", ("县长",))]


def test_no_place_is_read_across_a_dotted_name() -> None:
    # 长沙 spans the post's last character and the name's first
    assert places("副市长沙拉依丁·吾买尔在会上讲话。") == []
    assert persons("副市长沙拉依丁·吾买尔在会上讲话。") == [("沙拉依丁·吾买尔", ("副市长",))]


def test_transcribed_places_by_their_level() -> None:
    assert places("喀拉尤勒县克孜勒库木乡阿瓦提坎村的村民") == ["喀拉尤勒县", "克孜勒库木乡", "阿瓦提坎村"]
    assert places("近日，依麦克萨村新修了一条水泥路。") == ["依麦克萨村"]


def test_a_transcribed_place_inside_a_bodys_name_is_the_bodys() -> None:
    ex = extract("喀拉尤勒县委书记钟远鹏出席。")
    assert [m.text for m in ex.of_type(ORGANISATION)] == ["喀拉尤勒县委"]
    assert ex.of_type(PLACE) == []


def test_a_han_village_is_not_lengthened() -> None:
    assert places("他们来到东坪村。") == ["东坪村"]
    assert places("在村里阿瓦提坎村的人都知道。") == ["阿瓦提坎村"]


@pytest.mark.parametrize(
    "text,want",
    [
        # jieba takes the first part's last character for a word of its own (某|和·某某)
        ("牧民图和·那顺说，今年的草场比去年好。", [("图和·那顺", ("牧民",))]),
        ("护林员吉和·额尔敦巡山回来，天已经黑了。", [("吉和·额尔敦", ("护林员",))]),
        # Mongolian in transcription throughout, too few characters of other transcriptions
        ("护林员苏和·额尔敦说，草场好了。", [("苏和·额尔敦", ("护林员",))]),
        # what comes before the first part is no part of it
        ("会见了德·维尔潘一行。", [("德·维尔潘", ())]),
    ],
)
def test_a_dotted_mongolian_name_is_read_from_its_first_character(text: str, want: list) -> None:
    assert persons(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        ("会上，古丽米拉·库尔班尼亚孜、王建国先后发言。", ["古丽米拉·库尔班尼亚孜", "王建国"]),
        (
            "帕丽旦·托合提、李红梅、热合曼·吐尔逊、张明远等参加。",
            ["帕丽旦·托合提", "李红梅", "热合曼·吐尔逊", "张明远"],
        ),
    ],
)
def test_the_names_listed_with_a_dotted_name_are_persons(text: str, want: list) -> None:
    assert sorted(n for n, _ in persons(text)) == sorted(want)


def test_a_dot_between_words_that_are_no_name_is_no_person() -> None:
    assert persons("第3版　人大·政协\n专题：文化·旅游") == []
    # a particle ends the name: the home is not part of it
    assert persons("约翰·史密斯之家开业了。") == [("约翰·史密斯", ())]


@pytest.mark.parametrize(
    "text,want",
    [
        # a first part jieba cut where a character is not one of other languages' transcriptions
        ("出席的市领导有王建平、热孜娜古丽·阿不都、李军。", ["王建平", "热孜娜古丽·阿不都", "李军"]),
        # a first part jieba reads as a noun or a verb (某某提|江, 热合|曼)
        ("“水通了。”艾力江·肉孜说。", ["艾力江·肉孜"]),
        ("“水通了。”热合曼·肉孜说。", ["热合曼·肉孜"]),
        # the verb jieba glued to the last part, or left alone after it, is not the name's
        ("“水通了。”努尔江·肉孜说。", ["努尔江·肉孜"]),
        ("医生依明·库尔班懂哈萨克语，常下乡巡诊。", ["依明·库尔班"]),
        ("果农萨迪尔·吐尔逊种的葡萄获了奖。", ["萨迪尔·吐尔逊"]),
    ],
)
def test_a_dotted_uyghur_name_is_read_between_its_edges(text: str, want: list) -> None:
    assert [n for n, _ in persons(text)] == want
