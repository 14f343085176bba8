"""Who a person is, printed before the name where no post is, is the person's title (invented text):
市民某某, 外卖骑手某某, 退休教师某某, as a reader (and the client's annotators) would list it."""

from __future__ import annotations

import pytest

from people.extraction import PERSON, extract


def titles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.text: m.titles for m in extract(text).of_type(PERSON)}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("家住附近的市民钟远鹏说，办事方便多了。", "钟远鹏", "市民"),
        ("来自外地的游客邝文杰说，这里的夜景很美。", "邝文杰", "游客"),
        ("下班路过的外卖骑手钟远鹏看到有人落水。", "钟远鹏", "外卖骑手"),
        ("种粮大户邝文杰算了一笔账。", "邝文杰", "种粮大户"),
        ("患者家属钟远鹏送来一面锦旗。", "钟远鹏", "患者家属"),
    ],
)
def test_a_noun_for_a_kind_of_person_before_the_name(text: str, name: str, title: str) -> None:
    assert titles(text)[name] == (title,)


def test_the_words_that_describe_the_kind_are_part_of_it() -> None:
    assert titles("退休教师钟远鹏一次送来20多张老照片。")["钟远鹏"] == ("退休教师",)
    assert titles("下岗女工邝文杰开了一家早餐店。")["邝文杰"] == ("下岗女工",)
    assert titles("初二学生钟远鹏在比赛中打进两球。")["钟远鹏"] == ("初二学生",)
    # jieba cuts 种植户 into 种植|户: the counter joins its word again
    assert titles("葡萄种植户邝文杰说，今年价钱好。")["邝文杰"] == ("葡萄种植户",)


def test_what_is_done_to_the_person_is_no_part_of_who_they_are() -> None:
    assert titles("干部们看望贫困户钟远鹏，送去米面油。")["钟远鹏"] == ("贫困户",)


def test_where_they_work_or_live_is_no_part_of_the_kind() -> None:
    # a company before the noun is the person's body, a community where they live
    assert titles("东坪客运公司驾驶员钟远鹏说，车上都装了监控。")["钟远鹏"] == ("驾驶员",)
    assert titles("网格员每天都去南岭社区空巢老人邝文杰家看看。")["邝文杰"] == ("空巢老人",)


def test_a_job_a_community_or_a_village_gives_keeps_the_unit() -> None:
    # a grid worker or a forest ranger works for the community or the village printed before the
    # job, however jieba cuts the unit (东坪|社区, 东坪|村)
    assert titles("柳沟街道东坪社区网格员钟远鹏一早就出门了。")["钟远鹏"] == ("柳沟街道东坪社区网格员",)
    assert titles("上门的是社区网格员邝文杰。")["邝文杰"] == ("社区网格员",)
    assert titles("柳沟镇东坪村护林员韩立军每天巡山。")["韩立军"] == ("柳沟镇东坪村护林员",)


def test_kinds_joined_by_a_pause_mark_are_all_given() -> None:
    assert titles("老党员、退休教师钟远鹏说，这是他第五次捐款。")["钟远鹏"] == ("老党员", "退休教师")


def test_kin_and_posts_are_left_as_they_were() -> None:
    assert titles("他的女儿邝文杰今年考上了大学。")["邝文杰"] == ()
    assert titles("县长钟远鹏主持会议。")["钟远鹏"] == ("县长",)


def test_a_farmer_of_a_crop_is_who_they_are() -> None:
    assert titles("东坪县柿子沟村的菜农邝文杰在大棚里采摘黄瓜。")["邝文杰"] == ("菜农",)


def test_two_people_joined_by_he_keep_their_own_posts() -> None:
    # jieba glues the first name's last character to 和 (钟立|平和): the name ends before 和, and
    # the second person's post holds neither the first's name nor the first's post
    got = titles("南岭县中医院外科主任、主任医师钟立平和骨科副主任医师邝文杰一早赶到乡里义诊。")
    assert got["钟立平"] == ("南岭县中医院外科主任", "主任医师")
    assert got["邝文杰"] == ("骨科副主任医师",)


def test_a_list_after_a_post_and_a_name_before_sits_in() -> None:
    # 包立|新: a rare verb of jieba's dictionary and a character; 凌志|达|列席: a name, then 列席
    got = titles("副县长包立新、邝文杰参加活动，县政府办副主任凌志达列席。")
    assert got == {"包立新": ("副县长",), "邝文杰": ("副县长",), "凌志达": ("县政府办副主任",)}
    assert titles("县政府办主任钟远鹏出席。")["钟远鹏"] == ("县政府办主任",)


def test_a_place_whose_first_character_jieba_left_alone_is_in_the_post() -> None:
    assert titles("湄东区区长钟远鹏介绍了有关情况。")["钟远鹏"] == ("湄东区区长",)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        # a surname jieba reads as a character or a noun, a given name it reads as a word
        ("在义诊台前排队的市民方振兴说：“我想问问血压的事。”", "方振兴", "市民"),
        ("贫困户方振兴笑着说：“日子有奔头了。”", "方振兴", "贫困户"),
        ("一大早，果农龙桂芝在桃园里疏果。", "龙桂芝", "果农"),
    ],
)
def test_a_name_after_who_the_person_is_however_jieba_cuts_it(text: str, name: str, kind: str) -> None:
    assert titles(text).get(name) == (kind,)


def test_a_group_post_before_a_list_is_everyones() -> None:
    # (黄 is an adjective to jieba: the first name is found by the list, the post with it)
    assert titles("民警黄海远、卜思琪等人蹲守了一夜。") == {"黄海远": ("民警",), "卜思琪": ("民警",)}


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # a congress member named with the member's word, then what the member says or does
        ("南岭县委书记邝文杰代表说，报告提出的目标实在。", "邝文杰", ("南岭县委书记", "代表")),
        ("东湖社区党委书记钟远鹏代表建议，在老小区加装电梯。", "钟远鹏", ("东湖社区党委书记", "代表")),
        ("柳沟镇中心小学教师孟一舟代表结合乡村教育谈了体会。", "孟一舟", ("柳沟镇中心小学教师", "代表")),
        ("在东坪县工商联组，卜文珂委员说，民营企业盼着政策落地。", "卜文珂", ("委员",)),
    ],
)
def test_a_congress_members_word_after_the_name_is_a_title(text: str, name: str, want: tuple) -> None:
    assert titles(text)[name] == want


def test_a_members_word_the_verb_or_a_delegation_is_no_title() -> None:
    # 代表 the verb (on behalf of) before a body, and a delegation 代表团
    assert "代表" not in titles("邝文杰代表县委、县政府向客人表示欢迎。").get("邝文杰", ())
    assert "代表" not in titles("钟远鹏代表团一行参观了东坪港。").get("钟远鹏", ())


def test_the_group_a_list_closes_with_is_everyones_title() -> None:
    got = titles("当日上午，钟远鹏、邝文杰、孟一舟等市领导来到南岭植树点。")
    assert got == {"钟远鹏": ("市领导",), "邝文杰": ("市领导",), "孟一舟": ("市领导",)}
    # members printed with their posts all take the members' word
    got = titles("东坪区委书记钟远鹏、柳沟街道办事处主任邝文杰等代表相继在小组会上发言。")
    assert got["钟远鹏"] == ("东坪区委书记", "代表") and got["邝文杰"] == ("柳沟街道办事处主任", "代表")


def test_a_leaders_list_whose_people_have_posts_keeps_only_their_posts() -> None:
    got = titles("市委副书记、市长钟远鹏，市人大常委会主任邝文杰等市领导到会祝贺。")
    assert got["钟远鹏"] == ("市委副书记", "市长") and got["邝文杰"] == ("市人大常委会主任",)


def test_a_given_name_ending_in_he_between_two_commas_of_a_list_is_whole() -> None:
    # 某春和 between two 、: no conjunction stands before a 、
    got = titles("大会执行主席钟远鹏、邝文杰、孟春和、卜文珂在主席台前排就座。")
    assert set(got) == {"钟远鹏", "邝文杰", "孟春和", "卜文珂"}
    assert all(t == ("大会执行主席",) for t in got.values())


def test_the_post_another_person_takes_after_a_comma_is_not_the_next_persons() -> None:
    got = titles("访问团由东湖同乡会会长钟远鹏任团长、南岭商会会长邝文杰任副团长。")
    assert got["钟远鹏"] == ("东湖同乡会会长", "团长")
    assert got["邝文杰"] == ("南岭商会会长", "副团长")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a compound surname and a given name jieba takes for one name, then a word
        ("东湖区农业农村局局长诸葛文杰通报了全区秋粮收购情况。", "诸葛文杰", "东湖区农业农村局局长"),
        ("南岭医院急诊科副主任医师诸葛峰迅速赶到。", "诸葛峰", "南岭医院急诊科副主任医师"),
        # (a single character after the given name's first: the name goes on)
        ("市委副书记司马鹏远参加东湖区代表团审议。", "司马鹏远", "市委副书记"),
    ],
)
def test_a_compound_surname_after_a_post_takes_its_given_name(text: str, name: str, title: str) -> None:
    assert titles(text)[name] == (title,)


def test_a_players_position_is_who_they_are_and_praise_is_no_title() -> None:
    # 中锋, 前锋, 后卫 and 门卫 are who the person is; 小将 and 老将 praise, and give no title
    got = titles("东湖队中锋韩立军在篮下连续得手，前锋钟远鹏投中两记三分球。")
    assert got == {"韩立军": ("中锋",), "钟远鹏": ("前锋",)}
    assert titles("门卫邝文杰拦住了他。") == {"邝文杰": ("门卫",)}
    assert titles("跳水比赛中，16岁小将孟晓川发挥稳定，老将卜文珂获得亚军。") == {
        "孟晓川": (),
        "卜文珂": (),
    }
    # a verb or an adverb that ends like them is no such noun
    assert titles("大会即将开幕，必将取得圆满成功。") == {}


def test_where_a_listed_group_comes_from_is_no_part_of_its_post() -> None:
    # 来自某学院的志愿者：某某、某某: the post before the colon starts after the 的
    assert titles("活动现场，来自东湖师范学院的志愿者：孟晓川、卜文珂在引导游客。") == {
        "孟晓川": ("志愿者",),
        "卜文珂": ("志愿者",),
    }
