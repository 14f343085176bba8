"""Set phrases jieba's dictionary tags as names are no persons (invented text)."""

from __future__ import annotations

from people.extraction import ORGANISATION, PERSON, extract


def persons(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PERSON)]


def test_a_set_phrase_tagged_nr_is_not_cut_into_a_name() -> None:
    # 万紫千红, 乌云密布: four-character phrases the dictionary tags nr; a three-character
    # 'name' would leave one character of the phrase behind
    assert persons("公园里万紫千红，游人如织。") == []
    assert persons("傍晚乌云密布，雷声隆隆。") == []
    assert persons("外交部发表严正声明。") == []


def test_a_name_before_a_word_it_is_written_with_stays() -> None:
    # guard: the dictionary holds 宋庆龄故居 as one word; the name leaves a word, not a character
    assert persons("邢晓岚说，他参观了宋庆龄故居。") == ["邢晓岚", "宋庆龄"]


def test_the_person_a_role_is_given_to_with_you():
    # 会议由某某主持: jieba glues 由 (also a rare surname) to the name after it
    assert persons("会议由侯盛主持。") == ["侯盛"]
    assert persons("会议由史洋主持，各乡镇负责人参加。") == ["史洋"]
    assert persons("由林艳带队的检查组来到现场。") == ["林艳"]
    assert persons("由于时间紧张，主持人临时调整了议程。") == []


def test_a_name_jieba_joins_to_say_or_reads_with_it():
    # 陶峰|明说: the name's last character and 说 make a word; 金新说: 说 read as the name's end
    assert persons("陶峰明说，今年的收成不错。") == ["陶峰明"]
    assert persons("村民韩磊超说：“今年的收成不错。”") == ["韩磊超"]
    assert persons("金新说，今年的收成不错。") == ["金新"]
    # how one speaks is no part of a name
    assert persons("王立也说，今年的收成不错。") == ["王立"]


def test_a_photos_caption_and_a_name_joined_to_a_persons():
    assert persons("吴林新（左）与卢明国交流种植经验。") == ["吴林新", "卢明国"]
    assert persons("史娜华和汪飞一起来到现场。") == ["史娜华", "汪飞"]
    # a frequent dictionary word after 及 is no name of its own
    assert persons("校长孔德明及哈佛各学院院长出席。") == ["孔德明"]


def test_a_relative_named_after_the_kin_word():
    assert persons("王立的女儿薛兰今年考上了大学。") == ["王立", "薛兰"]
    assert persons("他的妻子李秀英说，日子越过越好。") == ["李秀英"]


def test_how_one_speaks_between_the_name_and_the_verb():
    assert persons("获奖者白英勇激动地说，这份荣誉属于大家。") == ["白英勇"]
    assert persons("他激动地说，这份荣誉属于大家。") == []


def test_an_old_person_named_with_the_age():
    assert persons("82岁的石刚老人说，如今的日子越过越好。") == ["石刚"]
    assert persons("一位82岁的老人说，如今的日子越过越好。") == []
    assert persons("王立新夫妇来到现场。") == ["王立新"]


def test_a_persons_particulars_in_a_notice():
    text = "任前公示：\n郝强华，男，1965年出生，现任北山县教育局局长、党组书记。\n王秀英，女，1968年出生。"
    found = {m.text: m.titles for m in extract(text).of_type(PERSON)}
    assert found == {"郝强华": ("北山县教育局局长", "党组书记"), "王秀英": ()}
    assert persons("学生们，男，女，都来了。") == []


def test_who_a_lists_entry_says_the_person_is() -> None:
    text = (
        "评优人选名单：\n郝强华 女,北山县柳沟镇东坪村党支部书记\n王秀英\u3000南岭村种植户\n"
        "冯敏\u3000北山县交通运输局局长、党组书记\n崔林\u3000男，1968年出生"
    )
    found = {m.text: m.titles for m in extract(text).of_type(PERSON)}
    assert found == {
        "郝强华": ("北山县柳沟镇东坪村党支部书记",),
        "王秀英": ("南岭村种植户",),
        "冯敏": ("北山县交通运输局局长", "党组书记"),
        "崔林": (),  # particulars, no post
    }
    # the bodies the posts belong to are the paper's organisations, as a post before a name gives them
    orgs = {m.text for m in extract(text).of_type(ORGANISATION)}
    assert {"北山县柳沟镇东坪村党支部", "北山县交通运输局"} <= orgs


def test_a_surname_jieba_glued_to_the_word_before_it() -> None:
    # jieba makes words of 有付, 了范, 是付 (none of its dictionary's) and reads the given name alone
    assert persons("参加活动的有付云英、吴某和蔡某。")[:1] == ["付云英"]
    assert persons("记者采访了范海燕。") == ["范海燕"]
    assert persons("获奖的是付云英。") == ["付云英"]
    # a word of the dictionary before the name stays a word: 有余
    assert persons("这里有余地。") == []


def test_a_rare_name_of_the_dictionary_and_one_character_more() -> None:
    # 杨俊 is a name in jieba's dictionary, seen a few times: jieba cuts 杨俊|明|和
    assert persons("杨俊明和梁丽明参加活动。") == ["杨俊明", "梁丽明"]
    # a common word the dictionary also tags a name keeps its own length: 阳光|照, 祝贺|你
    assert persons("阳光照在湖面上。“祝贺你在比赛中夺冠！”") == []


def test_a_name_after_who_the_person_is() -> None:
    # 小哥, 姑娘, 大户, 家属, 村官: nouns for a kind of person before the name
    assert persons("快递小哥冯敏每天要送200多件快递。") == ["冯敏"]
    assert persons("种粮大户崔林算了一笔账，患者家属郝静送来锦旗。") == ["崔林", "郝静"]
    assert persons("大学生村官龙斌说，") == ["龙斌"]


def test_a_name_before_its_family() -> None:
    assert persons("杨超一家三口来到公园。") == ["杨超"]
    # a word jieba tags as a name before 一家 of a count is still checked as a name is
    assert persons("这是一家三口的故事。") == []


def test_a_name_that_is_a_rare_noun_of_the_dictionary_before_a_speech_verb() -> None:
    # 高志 is a noun of jieba's dictionary seen four times in its corpus: a name where one speaks
    assert persons("退休教师高志说，今年的收成不错。") == ["高志"]
    assert persons("快递小哥高志说，") == ["高志"]
    # not where the verb is not one (说明)
    assert persons("他的高志说明了一切。") == []


def test_a_name_before_when() -> None:
    # 某某时: when one met the person, not a three-character name ending in 时
    assert persons("记者见到熊斌时，他正在地里忙碌。") == ["熊斌"]


def test_a_name_after_a_noun_for_who_the_person_is_that_jieba_cut_apart() -> None:
    # jieba cuts 非|遗传|承|人: the lone 人 still ends the noun before the name
    assert persons("非遗传承人熊斌正在展示技艺。") == ["熊斌"]


def test_the_names_of_a_notices_list() -> None:
    # a name at each line's start, a space, then who the person is: the names, even those that
    # are words (国庆, 建设), and nothing from a headline's two phrases parted by a space
    text = "孙国庆　北山县某村种植户\n祁文涛　某装备股份有限公司焊接车间班组长\n高建设　南川市第一中学教师\n"
    assert [m.text for m in extract(text).of_type(PERSON)] == ["孙国庆", "祁文涛", "高建设"]
    assert extract("稳就业　促增收\n东湖区举办招聘会\n").of_type(PERSON) == []


def test_a_list_of_qualities_is_no_list_of_names() -> None:
    # 安全性、高端化、智能化: words and the suffix that makes a quality of them, listed as names are
    assert extract("坚持安全性、高端化、智能化。").of_type(PERSON) == []
    names = [m.text for m in extract("王文化、李建华、张伟等参加。").of_type(PERSON)]
    assert names == ["王文化", "李建华", "张伟"]


def test_an_adverb_of_the_act_between_the_name_and_the_verb():
    # 又 / 也 / 随即 open the act; they are no part of the name and do not hide it
    assert persons("县长邵明又说，这件事要办好。") == ["邵明"]
    assert persons("邵明又说，这件事要办好。") == ["邵明"]
    assert persons("副县长钱玉静随即赶到现场。") == ["钱玉静"]
    assert persons("严娟秀也表示，今年的收成不错。") == ["严娟秀"]
    assert persons("张建国又来到村里。") == ["张建国"]
    # guards: a verb and whom (逢人就说), an adjective and 又 (安静又美丽), a holiday that comes again
    assert persons("老人乐得合不拢嘴，逢人就说日子好。") == []
    assert persons("这是一座安静又美丽的小镇。") == []
    assert persons("黄金周又来了。") == []
    # a rare name of the dictionary still takes one more character before 和
    assert persons("杨俊明和韩飞一起来到现场。") == ["杨俊明", "韩飞"]


def test_an_adverbs_name_keeps_the_title():
    ms = [m for m in extract("副县长钱玉静随即赶到现场，县长邵明又强调，要尽快恢复供水。").of_type(PERSON)]
    assert [(m.text, m.titles) for m in ms] == [("钱玉静", ("副县长",)), ("邵明", ("县长",))]


def test_a_pseudonym_is_no_persons_name() -> None:
    # 王某, 欧阳某某: how a court or police report hides a name; kept, every 王某 of the archive
    # would be one person
    assert persons("警方抓获涉案人员周某、郑某。") == []
    assert persons("原告欧阳某某与被告赵某是同事。") == []
    # and no name runs on past 某 (某|常说)
    assert persons("犯罪嫌疑人马某常说自己没钱。") == []
    # guard: a name beside them stays
    assert persons("承办法官邱德昌说，钱某已退还全部款项。") == ["邱德昌"]


def test_a_list_of_phrases_that_open_with_common_words_names_nobody() -> None:
    # 任务|重、时间|短: a surname-like first character, but a common word and a quality after it
    assert persons("眼下正值秋收，任务重、时间短，大家都很忙。") == []
    # a dictionary word jieba tags a name (智慧, 惠民) in a list, running on into the next word
    assert persons("新建了游客驿站、智慧停车等设施。") == []
    assert persons("全面推进稳就业、惠民生等工作。") == []
    # a list of names stays one
    assert persons("参加会议的有王建军、李向东、张红梅。") == ["王建军", "李向东", "张红梅"]


def test_a_list_of_acts_after_a_group_names_nobody() -> None:
    # 教居民修枝、浇水: what residents are taught to do (jieba tags 修枝 a name), no resident named
    assert persons("技术员手把手教居民修枝、浇水、防治病虫害。") == []
    assert persons("村民王建军、李向东参加了培训。") == ["王建军", "李向东"]


def test_every_name_of_a_roster_with_units_in_parentheses() -> None:
    # a list of the commended: names jieba reads as other words (某建设, 某晓红) among the rest
    roster = (
        "优秀班主任（6名）\n"
        "钟远鹏（东坪区第一小学）　孟一舟（东坪区实验中学）　吕建设（南岭县第二小学）\n"
        "凤立强（南岭县东湖中学）　明晓红（柳沟县第三中学）　邝远华（东湖区育才中学）"
    )
    assert persons(roster) == ["钟远鹏", "孟一舟", "吕建设", "凤立强", "明晓红", "邝远华"]


def test_bodies_with_their_parts_in_parentheses_are_no_roster() -> None:
    # 某园（二期）, 某厂（筹）: what is in parentheses is no unit of a person
    text = "项目包括东湖产业园（二期）、南岭物流园（三期）、柳沟科技城（一期）。"
    assert persons(text) == []
