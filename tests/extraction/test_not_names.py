"""Borrowed common nouns and awards are no persons or places; where one goes is a place
(invented text)."""

from __future__ import annotations

import pytest

from people.extraction import PERSON, PLACE, extract


def names(text: str, typ: str) -> list[str]:
    return [m.text for m in extract(text).of_type(typ)]


@pytest.mark.parametrize(
    "text",
    [
        "他们反对托拉斯和卡特尔。",
        "大家谈起华尔兹，",
        "他参加了马拉松。",
        "他反对孟什维克。",
        "他们反对歇斯底里。",
    ],
)
def test_a_borrowed_common_noun_is_no_name(text: str) -> None:
    # jieba's dictionary tags these transcriptions nr or ns; they sound foreign but name nothing
    assert names(text, PERSON) == []
    assert names(text, PLACE) == []


def test_an_award_is_no_person() -> None:
    assert names("影片获得“金凤凰奖”。", PERSON) == []
    # guard: a name before other words stays
    assert names("邢晓岚获得一等奖。", PERSON) == ["邢晓岚"]


def test_where_one_flies_to_is_a_place() -> None:
    # jieba tags some foreign capitals nr; after 飞抵 or 首都 the word is where, not who
    assert names("代表团飞抵卢萨卡。", PLACE) == ["卢萨卡"]
    assert names("代表团飞抵卢萨卡。", PERSON) == []
    # guard: a person after a verb of going to a meeting stays a person
    assert names("邢晓岚赴会。", PERSON) == ["邢晓岚"]


def test_a_dotted_foreign_name_keeps_its_last_piece() -> None:
    # jieba tags the last piece a place (门多|利亚, 卡|西里斯): it is still the name's
    assert names("总书记佩德罗·门多利亚出席。", PERSON) == ["佩德罗·门多利亚"]
    assert names("主席索菲娅·德·卡西里斯致辞。", PERSON) == ["索菲娅·德·卡西里斯"]
    assert names("主席索菲娅·德·卡西里斯致辞。", PLACE) == []
    # guard: a Chinese name listed right after a dotted one (no separator) is a name of its own
    assert names("委员：阿力木·巴吾提苏岚邢晓岚", PERSON) == ["阿力木·巴吾提", "苏岚", "邢晓岚"]


def test_a_visit_to_a_persons_home_keeps_the_person() -> None:
    # 前往某某家中: the one visited is a person; only a transcribed name where one goes is a place
    assert names("市委书记邢晓岚前往卜文珂家中看望。", PERSON) == ["邢晓岚", "卜文珂"]
    assert names("市委书记邢晓岚前往卜文珂家中看望。", PLACE) == []


def test_a_reduplicated_word_is_not_a_name() -> None:
    # 蒙蒙亮 (just light), 毛毛雨 (drizzle): a surname-like character doubled
    assert [m.text for m in extract("天刚蒙蒙亮，张大爷就扛着锄头下地了。").of_type(PERSON)] == []
    assert [m.text for m in extract("窗外下着毛毛雨，他撑着伞出了门。").of_type(PERSON)] == []
    # a doubled given name is a name
    assert [m.text for m in extract("张丽丽说，她已经准备好了。").of_type(PERSON)] == ["张丽丽"]


def test_what_a_project_or_a_park_is_called_is_no_person() -> None:
    # jieba's model reads 凤鸣谷 and 金鸣谷 as names; before 项目 they name projects
    assert names("市长一行考察了凤鸣谷项目和金鸣谷项目。", PERSON) == []
    # a person's name before a verb is still a person
    assert names("凤鸣谷说，项目进展顺利。", PERSON) == ["凤鸣谷"]


def test_a_transcribed_name_before_countries_is_a_region_not_a_person() -> None:
    # jieba reads 卡勒|尼 as the pieces of a foreign name; 某某国家, 某某地区 name a region's countries
    assert names("中国同拉美和卡勒尼国家友好合作。", PERSON) == []
    assert names("中国同卡勒尼地区各国友好合作。", PERSON) == []
    assert names("中国同拉美和卡勒尼友好合作。", PERSON) == ["卡勒尼"]  # (no region word after it)


def test_a_word_and_a_locative_or_a_units_character_is_no_name() -> None:
    # words jieba's dictionary tags as names, ending as a place or a department does
    assert [m.text for m in extract("羊群钻进了村东的林子里。").of_type(PERSON)] == []
    assert [m.text for m in extract("医院新设了麻醉科和康复科。").of_type(PERSON)] == []
    # a surname-like character before a body's short name (和|政协)
    assert [m.text for m in extract("市人大代表和政协委员出席。").of_type(PERSON)] == []


@pytest.mark.parametrize(
    "text",
    [
        "在柳沟菜市场摆摊的邝女士笑着说：“生意比去年好多了。”",
        "咨询请找卜警官\u3000钟警官。",
        "开了二十年出租车的孟师傅说：“城里的路越来越宽了。”",
        "热心的邝大姐每天都来帮忙。",
        "钟书记一进村就直奔果园。",
    ],
)
def test_a_surname_and_a_way_of_address_is_no_name(text: str) -> None:
    # how a story calls a caller, a contact or a neighbour by surname alone: every 邝女士 of the
    # archive would be taken for one person
    assert names(text, PERSON) == []


def test_a_quoted_term_an_adverb_as_given_name_and_counted_things_are_no_persons() -> None:
    # jieba tags 富 a surname, 渐次 is an adverb, 株 counts trees
    assert names("老支书常说，日子要过好，先得有“金点子”。", PERSON) == []
    assert names("村里新栽了500余株桂花树，香气扑鼻。", PERSON) == []
    assert names("山上百余株杜鹃花渐次开放。", PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "该行已组建12支普惠金融服务团队。",  # 支: a measure word after a count
        "他不时抓起一把茶叶闻一闻。",  # a verb said twice
        "她背着帆布包出了门。包里装着一本笔记本。",  # a noun and a locative
    ],
)
def test_words_jieba_takes_for_names_with_nothing_around_them(text: str) -> None:
    assert [m.text for m in extract(text).of_type(PERSON)] == []


@pytest.mark.parametrize(
    "text",
    [
        "今年汛期东湖区出现三次强降雨过程。",
        "南岭镇的古村落吸引了大批游客。",
        "订单排到年底，柳沟工业园的车间满负荷生产。",
        "每个村至少培养两名法律明白人。",
    ],
)
def test_a_rare_dictionary_name_that_is_a_surname_before_a_common_noun_is_no_person(text: str) -> None:
    # jieba's dictionary tags these nr, seldom seen; a surname-like character before a common noun
    # with nothing around it where a name stands is a word
    assert names(text, PERSON) == []


def test_a_rare_dictionary_name_stands_among_names_and_where_a_person_acts() -> None:
    # guards: the dictionary's real names with a noun for a given name keep their frames
    assert names("出席会议的有邝文杰、刘海洋、卜文珂。", PERSON) == ["邝文杰", "刘海洋", "卜文珂"]
    assert names("刘建华带着村民在柳沟种下了千亩核桃。", PERSON) == ["刘建华"]


@pytest.mark.parametrize(
    "text",
    ["项目从拿地到领取施工许可证只用了二十天。", "该店未取得食品经营许可证就开门营业。"],
)
def test_a_documents_name_is_no_person(text: str) -> None:
    # jieba's dictionary holds 许可证 among its 'names'; 证 ends no given name
    assert names(text, PERSON) == []


def test_a_name_after_a_post_may_be_any_word() -> None:
    assert names("副县长许可证主持会议。", PERSON) == ["许可证"]
