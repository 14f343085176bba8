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
        # who a case is assigned to, the judge who enforces a judgment (jieba cuts the verb off)
        ("承办法官卜文珂介绍，该案已审结。", ("卜文珂", ("承办法官",))),
        ("该案承办检察官邝文杰表示，将依法办理。", ("邝文杰", ("承办检察官",))),
        ("县法院执行法官孟一舟带队前往。", ("孟一舟", ("县法院执行法官",))),
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


def test_a_county_of_rare_characters_stays_in_its_committees_post() -> None:
    # 漷|坪|县委|副|书记: jieba reads the county's name as a morpheme and a verb, then glues its level
    # to the committee; the title is the county's committee's, not any county's
    found = extract("会上，漷坪县委副书记、县长孟一舟作报告。").of_type(PERSON)
    assert [(m.text, m.titles, m.organisation) for m in found] == [
        ("孟一舟", ("漷坪县委副书记", "县长"), "漷坪县委")
    ]
    assert titled("漷坪区委书记钟远鹏出席。") == [("钟远鹏", ("漷坪区委书记",))]
    # the court's verb before such a county is no part of the post (审理|原|某某县林业局局长)
    assert titled("法院开庭审理原漷坪县林业局局长邝远华涉嫌受贿一案。") == [("邝远华", ("漷坪县林业局局长",))]


def test_a_name_whose_last_character_jieba_glued_to_what_the_speaker_delivered() -> None:
    # 邝文|杰作|报告: a masterpiece to jieba, the name's last character and 作 here
    assert titled("县长邝文杰作报告。") == [("邝文杰", ("县长",))]
    assert titled("会上，市长钟文杰作了重要讲话。") == [("钟文杰", ("市长",))]


def test_a_name_whose_last_character_jieba_glued_to_say_after_a_post() -> None:
    # 孟远|明说: a dictionary word ("say plainly") to jieba, the name's last character and 说 here
    assert titled("“比往年好。”村党支部书记孟远明说。") == [("孟远明", ("村党支部书记",))]
    assert titled("“好。”书记钟远也说。") == [("钟远", ("书记",))]


def test_an_autonomous_prefectures_heads() -> None:
    # 州长 and 副州长, alone, in a chain of posts, before a list, after the prefecture's name
    assert titled("会议由州委常委、副州长钟远鹏主持。") == [("钟远鹏", ("州委常委", "副州长"))]
    assert titled("州长格日勒图同志到牧区检查防灾工作。") == [("格日勒图", ("州长",))]
    assert titled("副州长卜文珂、孟一舟同志陪同视察。") == [("卜文珂", ("副州长",)), ("孟一舟", ("副州长",))]
    assert titled("东坪藏族自治州州长孟晓川主持会议。") == [("孟晓川", ("东坪藏族自治州州长",))]
    # the characters of the post across two words are none
    assert titled("各州长期以来坚持发展。") == []


def test_a_body_for_relations_across_the_strait_keeps_its_dui() -> None:
    # 对台, which jieba cuts into a preposition and a place, inside the name of the body
    assert titled("市对台事务办公室副主任钟远鹏陪同考察。") == [("钟远鹏", ("市对台事务办公室副主任",))]
    assert titled("东湖县对台办主任邝文杰说。") == [("邝文杰", ("东湖县对台办主任",))]


def test_a_foreign_company_named_before_kabushiki_kaisha() -> None:
    # 株式会社, which jieba reads as a body of its own, takes the company's name before it, from
    # its country on
    assert titled("韩国溆川物产株式会社社长钟远鹏一行到园区考察。") == [
        ("钟远鹏", ("韩国溆川物产株式会社社长",))
    ]
    assert titled("日本柿园化成株式会社董事邝文杰在签字仪式上致辞。") == [
        ("邝文杰", ("日本柿园化成株式会社董事",))
    ]


def test_an_appointment_to_two_posts_gives_both() -> None:
    # 某某为某法院副院长、审判委员会委员: one person's posts, joined by 、, in a list under 决定任命：
    assert titled("决定任命：卜文珂为县人民法院副院长、审判委员会委员；孟一舟为县水利局局长。") == [
        ("卜文珂", ("县人民法院副院长", "审判委员会委员")),
        ("孟一舟", ("县水利局局长",)),
    ]
