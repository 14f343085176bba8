"""Where an organisation's name starts: not inside the byline, dateline or phrase before it
(invented text)."""

from __future__ import annotations

import pytest

from people.extraction import ORGANISATION, PERSON, PLACE, extract


def bodies(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(ORGANISATION)]


@pytest.mark.parametrize(
    "text,body",
    [
        # a byline in parentheses ends right before the body: its close is not part of the name
        ("本报讯（记者邢晓岚）南川市人民政府召开专题会议。", "南川市人民政府"),
        ("本报讯（记者邢晓岚 通讯员卜文珂）南川市教育局召开会议。", "南川市教育局"),
        # a dateline: full-width digits end the name as ASCII ones do, and so does 日讯 / 日电
        ("本报郑州３月２日讯市卫生健康委员会发出通知。", "市卫生健康委员会"),
        ("新华社南川３月２日电省农业科学院发布报告。", "省农业科学院"),
        # 所有 ("all") is a determiner before the name, like 各 or 有关
        ("所有社区服务中心都延长了开放时间。", "社区服务中心"),
        # a word jieba tags as a place (回京) before a locative starts a phrase, not a name
        ("代表团回京途中接受南川晚报社采访。", "南川晚报社"),
        ("代表团回京途中拜会南川市农学会。", "南川市农学会"),
        # what a place does to a body, or a visitor there, is not part of its name
        ("南川市成立残疾人联合会。", "残疾人联合会"),
        ("当年在南川市设立高级法院。", "高级法院"),
    ],
)
def test_the_name_starts_after_what_comes_before_it(text: str, body: str) -> None:
    assert bodies(text) == [body]


def test_a_parenthesised_qualifier_inside_a_name_stays() -> None:
    assert bodies("开发区（高新区）党工委召开会议。") == ["开发区（高新区）党工委"]


def test_a_body_named_by_its_kind_is_not_a_name() -> None:
    assert bodies("群众感谢党和政府的关怀。") == []
    assert bodies("地方人民政府要落实主体责任。") == []


def test_an_idiom_that_ends_like_a_body_is_not_one() -> None:
    assert bodies("谈判双方陷入僵局。") == []  # 僵局 ends with 局 (bureau); jieba tags the phrase l


@pytest.mark.parametrize(
    "text,found",
    [
        # verbs of dealing with a body and words of which ones, tagged nouns by jieba's
        # dictionary, are no part of the body's name
        ("院长要经常联系医院周边的派出所。", []),
        ("南川市卫生局会同青禾县教育局查处此案。", ["南川市卫生局", "青禾县教育局"]),
        # an activity or an attitude before a place that starts the name
        ("当地群众十分尊重栾川县政府的决定。", ["栾川县政府"]),
        ("我们要发展南川市农学会的事业。", ["南川市农学会"]),
    ],
)
def test_what_is_done_to_a_body_is_not_its_name(text: str, found: list[str]) -> None:
    assert bodies(text) == found


def test_a_place_and_a_committee_word_are_one_body() -> None:
    # 栾川|县委, 洛宁县|教委: jieba keeps the committee one word, the place before names it
    assert bodies("栾川县委、县政府高度重视。")[0] == "栾川县委"
    assert bodies("洛宁县教委发出通知。") == ["洛宁县教委"]
    # guard: a verb before the place is no part of it, a kind of city no place
    assert bodies("这折射出栾川县委的决心。")[0] == "栾川县委"
    assert bodies("城市党委书记要带头。") == []


def test_a_factory_after_a_place_is_a_body() -> None:
    assert bodies("他到洛宁县纺织厂参观。") == ["洛宁县纺织厂"]
    assert bodies("他到工厂参观。") == []


def test_a_set_phrase_for_a_kind_of_school_after_a_place_is_a_body() -> None:
    # jieba tags 专科学校 l (a set phrase): a body when a place names it
    assert bodies("他在洛宁卫生专科学校读书。") == ["洛宁卫生专科学校"]
    assert bodies("他在专科学校读书。") == []


def test_a_friendship_body_of_two_countries_starts_at_the_first() -> None:
    assert bodies("发来贺电的有：巴西—葡萄牙友好协会、秘书处。")[0] == "巴西—葡萄牙友好协会"
    # guard: a dash between two places that are no body's name
    assert bodies("洛宁—栾川公路通车。") == []


def test_a_hotel_named_by_its_place_is_a_body() -> None:
    assert bodies("代表团下榻许昌黄河宾馆。") == ["许昌黄河宾馆"]
    assert bodies("代表团在许昌国际大酒店用餐。") == ["许昌国际大酒店"]
    # guard: a hotel by its kind alone is none
    assert bodies("他住在宾馆里，饭店就在隔壁。") == []


def test_a_countrys_parliament_is_a_body() -> None:
    assert bodies("巴西议会通过了法案。") == ["巴西议会"]
    assert bodies("巴西参议院否决了议案。") == ["巴西参议院"]
    assert bodies("议会通过了法案。") == []


def test_a_person_after_a_post_is_not_joined_to_the_next_body() -> None:
    # 某会会长某某|和|委员会: 和 joins the person to others, not two parts of one body's name
    assert bodies("南川市农学会会长邢晓岚和委员会成员出席。") == ["南川市农学会"]
    # 秘书长|和|委员会: a head's post is no part of a body joined by 和
    assert bodies("南川市政协副主任委员、秘书长和委员会成员出席。") == ["南川市政协"]


def test_a_partys_central_committee_and_congress_are_bodies() -> None:
    assert bodies("大会后农工党中央发出通知。") == ["农工党中央"]
    assert bodies("台盟七大在京召开。") == ["台盟七大"]
    assert bodies("巴西劳工党十大闭幕。")[0] == "巴西劳工党十大"
    assert "十大" not in bodies("巴西劳工党十大闭幕。")
    # guard: a list of ten after a party is no congress; a central committee is named whole
    assert bodies("农工党中央委员会发出通知。") == ["农工党中央委员会"]
    assert bodies("巴西劳工党十大新闻评选揭晓。") == ["巴西劳工党"]


def test_a_company_named_by_a_brand_at_a_clauses_start() -> None:
    # no place starts the name: the clause's first words, up to the company's ending
    found = extract("多氟多新材料股份有限公司董事长钱立新介绍，公司产值将突破百亿元。")
    assert found.of_type(ORGANISATION)[0].text == "多氟多新材料股份有限公司"
    assert found.of_type("person")[0].organisation == "多氟多新材料股份有限公司"
    # but not words of the clause that are no name
    assert bodies("今年一季度新材料股份有限公司产值增长。") == ["新材料股份有限公司"]


def test_a_set_phrase_that_ends_like_a_body_is_none() -> None:
    # jieba's dictionary tags these nz; 科 and 处 end names of bodies too
    assert bodies("讲课不能照本宣科。") == []
    assert bodies("他的老家在大山深处。") == []
    # a team's name it tags nz stays a body
    assert bodies("大连实德队主场获胜。") == ["大连实德队"]


def test_a_bureau_whose_last_two_characters_are_a_word() -> None:
    # 民政局, 财政局: 政局 is a common word, but the bureau is one jieba knows, after its city
    for bureau in ("民政局", "财政局"):
        text = f"近日，北川市{bureau}举办培训班。"
        assert [m.text for m in extract(text).of_type(ORGANISATION)] == [f"北川市{bureau}"]
    # a common word ending in 局 is still no body: 服务大局
    assert extract("要自觉服务大局。").of_type(ORGANISATION) == []


def test_a_citys_party_school_customs_and_military_subdistrict() -> None:
    assert "林州市委党校" in bodies("近日，林州市委党校举办培训班。")
    assert bodies("洛阳海关、安阳军分区派员参加。") == ["洛阳海关", "安阳军分区"]
    assert bodies("近日，安阳市妇幼保健院举办培训班。") == ["安阳市妇幼保健院"]
    # a kind of school, a slogan: no body without its place
    assert bodies("狠抓基层党校建设，打造智慧海关。") == []


def test_an_arts_association_by_its_short_form_after_its_city() -> None:
    assert bodies("记者从安阳市作协获悉，市书协、市美协也将参加。") == ["安阳市作协", "市书协", "市美协"]


def test_the_youth_leagues_committee_of_a_city() -> None:
    # one body: not the League, the city's party committee and 市委 besides
    assert bodies("记者从共青团安阳市委获悉，") == ["共青团安阳市委"]


def test_a_two_part_bureau_whose_first_part_jieba_tags_a_set_phrase() -> None:
    # jieba tags 自然资源 l (a set phrase), not a noun
    assert bodies("近日，林州市自然资源和规划局举办培训班。") == ["林州市自然资源和规划局"]


def test_a_party_committee_run_into_the_same_levels_government() -> None:
    # 市委市政府: the city's party committee and its government, not one body of both
    assert sorted(bodies("市委市政府高度重视。")) == ["市委", "市政府"]
    assert "北山县委县政府" not in bodies("北山县委县政府印发通知。")
    assert "市直机关工委" in bodies("市委市直机关工委举办活动。")
    # the towns' government in general is a kind
    assert bodies("乡镇政府不借支、不挪用。") == []


def test_a_situation_ending_in_ju_is_no_bureau() -> None:
    # 定局, 布局: a situation, a layout (jieba's dictionary holds 已成定局, 产业布局 as nouns)
    assert bodies("比赛结果已成定局，要优化产业布局。") == []
    assert bodies("南川市公安局东城分局民警出警。")[0] == "南川市公安局东城分局"


def test_a_set_phrase_and_a_verb_inside_a_place_led_body() -> None:
    # jieba tags 不动产 a set phrase and 登记 a verb: inside a name when a place starts it
    assert bodies("记者从安阳市不动产登记中心获悉，") == ["安阳市不动产登记中心"]
    assert bodies("他们办理不动产登记中心业务。") == []


def test_words_jieba_tags_as_bodies_that_name_none() -> None:
    # jieba's dictionary tags 新格局, 公共场所 and 国家有关 nt: a situation, a kind of venue and
    # "concerned" are no bodies
    assert bodies("全市形成了共建共享的新格局。") == []
    assert bodies("商场、车站等公共场所一律禁烟。") == []
    assert bodies("按照国家有关要求办理。") == []


def test_a_country_counted_or_determined_is_any_country() -> None:
    # 两国, 各国: 国 is no country's name, and 国公司, 国议会 are no bodies
    assert bodies("鼓励两国企业互设分支，两国议会加强往来。") == []
    assert bodies("推动两国公司合资办厂。") == []
    assert bodies("南川市外国语学校师生参加。") == ["南川市外国语学校"]


@pytest.mark.parametrize(
    "text,body",
    [
        ("龙头企业南川钢铁有限公司投资五亿元。", "南川钢铁有限公司"),
        ("知名高校北京大学的学者作报告。", "北京大学"),
        ("他考入省内知名学府郑州大学。", "郑州大学"),
    ],
)
def test_a_noun_for_the_kind_of_body_before_its_name(text: str, body: str) -> None:
    assert bodies(text) == [body]


def test_a_kind_noun_inside_a_bodys_name_stays() -> None:
    # a common word or the suffix alone after 企业: the noun is part of the name
    assert bodies("南川市中小企业服务中心和南川市企业联合会。") == [
        "南川市中小企业服务中心",
        "南川市企业联合会",
    ]


def test_a_bodys_second_name_in_parentheses_after_its_suffix() -> None:
    # 某局（分公司）: one body under two names, the parenthesis closed, not left open
    assert bodies("南川市烟草专卖局（分公司）开展宣传。")[0] == "南川市烟草专卖局（分公司）"
    assert all(b.count("（") == b.count("）") for b in bodies("南川市烟草专卖局（分公司）开展宣传。"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # the part after 与/和 starts from its own place or level: two parties, not one name
        ("北山经济技术开发区与湖北长宏新能源科技有限公司签约。", ["湖北长宏新能源科技有限公司"]),
        ("柳溪村与市农业科学院签订协议。", ["市农业科学院"]),
        # a field joined by 与 inside one bureau's name stays one name
        ("洛阳市行政审批与政务信息管理局开展调研。", ["洛阳市行政审批与政务信息管理局"]),
    ],
)
def test_two_parties_joined_by_yu_stay_two(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected


def test_words_jieba_tags_nt_for_a_field_a_process_or_a_park() -> None:
    # 统计学, 深加工, 人财物, 中医药, 国家森林公园: jieba's nt, without a body's suffix
    assert bodies("发展农产品深加工，统筹人财物，弘扬中医药文化，游览国家森林公园，攻读统计学。") == []
    # bodies jieba knows by name stay
    assert bodies("中国移动的代表参加。") == ["中国移动"]


def test_a_kind_of_school_or_hospital_counted_or_graded() -> None:
    text = "三所学校总投资4亿元，部分学校学位紧张；与5家三甲医院合作，建成社区医院8家，办好家长学校。"
    assert bodies(text) == []
    # a place's name before the kind words makes it a body
    assert bodies("东城社区医院和洛阳国际学校开展义诊。") == ["东城社区医院", "洛阳国际学校"]


def test_a_department_of_a_hospital_company_or_bureau_is_part_of_it() -> None:
    assert bodies("安阳市中心医院心内科主任魏明远介绍。") == ["安阳市中心医院"]
    assert bodies("安阳瑞丰新材料有限公司质检部负责人说。") == ["安阳瑞丰新材料有限公司"]
    # a party committee's departments and a congress's office are bodies of their own, and so is a
    # bureau's numbered unit
    assert "市委组织部" in bodies("市委组织部和市人大常委会办公室联合发文。")
    assert "市人大常委会办公室" in bodies("市委组织部和市人大常委会办公室联合发文。")
    assert "洛阳市公路局第二工程处" in bodies("洛阳市公路局第二工程处承建。")


def test_a_centre_needs_a_place_or_a_name() -> None:
    # 中心 after common words only is a kind (乡村旅游服务中心 is kept when a town's name is before it)
    assert bodies("建设现代化区域中心城市，完善电商公共服务中心。") == []
    assert bodies("东关镇社区卫生服务中心举办义诊。") == ["东关镇社区卫生服务中心"]


def test_what_a_body_does_and_what_is_built_are_no_part_of_a_name() -> None:
    assert bodies("林州市人大常委会紧扣全市中心工作开展监督。") == ["林州市人大常委会"]
    assert bodies("加快建设高新区科技成果转化中心。") == ["高新区科技成果转化中心"]


def test_a_body_cut_short_on_the_left_is_the_same_body() -> None:
    # the suffix rule's shorter reading of a name another rule found whole is not a second body
    from people.extraction.core import Mention, _drop_overlaps

    whole = Mention(ORGANISATION, "南川市某办综合处", 0, 8, method="title")
    short = Mention(ORGANISATION, "某办综合处", 3, 8, method="suffix")
    inner = Mention(ORGANISATION, "南川市某办", 0, 5, method="suffix")
    assert _drop_overlaps([whole, inner, short]) == [whole, inner]


def test_a_particle_jieba_glues_to_the_level_stays_out_of_the_body() -> None:
    # 走访了|市…局 as jieba's unknown-word model reads it: 了市; the body starts at 市, whole
    assert bodies("代表们走访了市教育和体育局。") == ["市教育和体育局"]
    assert bodies("调研组看望了市林业和草原局的干部。") == ["市林业和草原局"]
    ms = extract("记者采访了县民族和宗教事务局局长齐远航。").of_type(PERSON)
    assert [(m.text, m.titles) for m in ms] == [("齐远航", ("县民族和宗教事务局局长",))]


def test_what_is_done_before_a_body_is_no_part_of_its_name() -> None:
    # a verb jieba tags as a noun after the score, before the place that starts the team's name
    teams = bodies("北山县育才学校队以4比2战胜东关镇第三中学队。")
    assert "东关镇第三中学队" in teams and not any(b.startswith("战胜") for b in teams)
    # a verb of where to, after what is brought (jieba tags the banner a place)
    assert bodies("群众把锦旗送到北山县公安局东关派出所。") == ["北山县公安局东关派出所", "北山县公安局"]
    # planning, investing in and building a venue: the venue's name starts after the verbs
    assert bodies("集团计划投资建设葡萄酒文化博物馆。") == ["葡萄酒文化博物馆"]
    # people learn: 们 is people, and no 学会 (a society) is named
    assert bodies("老人们学会了用手机挂号。") == []
    # guards: a verb inside a name after its place stays (促进 ends as 送进 does; 建设 in a group)
    assert bodies("南川科技成果转化促进中心主任邹明说，") == ["南川科技成果转化促进中心"]
    assert bodies("南川市城市建设投资集团承建。") == ["南川市城市建设投资集团"]


def test_a_company_by_its_trade_before_a_post() -> None:
    # 某某药业, 某某食品: a company's short name; the post is bare and the company its body,
    # its department part of the post
    ms = extract("远东药业销售部经理孟晓川说，今年的货都卖完了。")
    (p,) = ms.of_type(PERSON)
    assert (p.text, p.titles, p.organisation) == ("孟晓川", ("销售部经理",), "远东药业")
    assert bodies("远东药业销售部经理孟晓川说，今年的货都卖完了。") == ["远东药业"]
    (p,) = extract("金穗食品董事长韩立军介绍，").of_type(PERSON)
    assert (p.titles, p.organisation) == (("董事长",), "金穗食品")
    # guards: a bureau keeps its whole name in the title; a county's company by 公司 as before
    (p,) = extract("市科技局局长韩立军介绍，").of_type(PERSON)
    assert p.titles == ("市科技局局长",)


def test_a_board_post_after_any_short_name_of_a_company() -> None:
    # 董事长, 总经理: only a company has them, so the short name before one (a brand and a word
    # that is no trade, a bank) is the company's and the post is bare
    for text, company, post in (
        ("溆坪智联总经理孟晓川介绍，新厂房下月投产。", "溆坪智联", "总经理"),
        ("东湖农商银行董事长韩立军说，贷款利率再降一点。", "东湖农商银行", "董事长"),
        ("柳沟酒庄副总经理卜文珂说，葡萄长势不错。", "柳沟酒庄", "副总经理"),
    ):
        (p,) = extract(text).of_type(PERSON)
        assert (p.titles, p.organisation) == ((post,), company), text
    # guards: a department's head keeps the department in the post; a bank's other posts are
    # printed whole, as before
    (p,) = extract("东湖农商银行信贷管理部总经理韩立军说，").of_type(PERSON)
    assert p.titles[0].endswith("信贷管理部总经理")
    (p,) = extract("东湖农商银行党委书记韩立军说，").of_type(PERSON)
    assert p.titles == ("东湖农商银行党委书记",)
    (p,) = extract("南岭建工东湖片区改造项目总经理邝文杰说，").of_type(PERSON)
    assert p.titles[0].endswith("改造项目总经理")


def test_how_many_of_a_kind_after_a_place_is_no_body() -> None:
    assert bodies("东坪区两个医疗集团挂牌成立。") == []
    assert bodies("东坪区部分幼儿园推迟开园。") == []
    # guard: a city whose name holds a number and a classifier
    assert bodies("五家渠市公安局发布通告。") == ["五家渠市公安局"]


def test_what_a_body_does_before_another_is_no_part_of_either_name() -> None:
    # a body acting with another (联合), a school formally forming a group: two clauses' words
    assert bodies("东坪区妇联联合县人民医院开展义诊。") == ["东坪区妇联", "县人民医院"]
    assert bodies("东坪县实验小学正式结成教研集团。") == ["东坪县实验小学"]
    assert bodies("东坪县实验小学率先组成跨区教育集团。") == ["东坪县实验小学"]


def test_a_member_of_a_body_and_a_word_before_government_name_no_body() -> None:
    assert bodies("人大代表热议政府预算报告。") == []


def test_a_word_before_a_place_jieba_knows_whole_is_no_part_of_it() -> None:
    ex = extract("每个村医都联系沙河镇卫生院的医生。")
    assert [m.text for m in ex.of_type(ORGANISATION)] == ["沙河镇卫生院"]
    assert [m.text for m in extract("村医每周都联系沙河镇。").of_type(PLACE)] == ["沙河镇"]


def test_a_city_government_is_one_body_not_two() -> None:
    assert bodies("南岭市政府召开常务会议。") == ["南岭市政府"]


def test_central_before_a_bodys_kind_and_the_city_centre_end_no_body() -> None:
    # 中心支行: a bank's central branch, whose 中心 is no body's end; 市中心: the city centre
    assert bodies("据中国人民银行东坪市中心支行统计，上半年存款稳步增长。") == ["中国人民银行东坪市中心支行"]
    assert bodies("新店开在南岭市中心，客流不少。") == []


def test_a_banks_short_name_starts_its_branchs_name() -> None:
    ex = extract("农行南岭县支行行长钟远鹏说，贷款当天就能到账。")
    assert [m.text for m in ex.of_type(ORGANISATION)] == ["农行南岭县支行"]
    assert [m.titles for m in ex.of_type(PERSON)] == [("农行南岭县支行行长",)]


def test_a_trade_before_a_bodys_kind_is_part_of_its_name() -> None:
    # 装备|制造|研究院: jieba tags the trade's second word a verb; the name holds it all the same
    ex = extract("装备制造研究院院长钟远鹏介绍，今年新建了两条试验线。")
    assert [m.titles for m in ex.of_type(PERSON)] == [("装备制造研究院院长",)]
    # not a verb of what people or things do (驶入): two clauses, no body named
    assert bodies("校外车辆驶入学校的现象已经杜绝。") == []


def test_a_congress_and_its_standing_committee_are_one_body() -> None:
    ex = extract("南岭市第十七届人民代表大会常务委员会主任钟远鹏主持会议。")
    assert [m.text for m in ex.of_type(ORGANISATION)] == ["南岭市第十七届人民代表大会常务委员会"]
    assert [e.name for e in ex.events] == []  # the standing committee is a body, not the congress met
    ex = extract("第十四届全国人民代表大会常务委员会第五次会议在北京举行。")
    assert [m.text for m in ex.of_type(ORGANISATION)] == ["第十四届全国人民代表大会常务委员会"]
    assert [e.name for e in ex.events] == ["第十四届全国人民代表大会常务委员会第五次会议"]


def test_what_is_asked_of_a_body_is_no_part_of_its_name() -> None:
    assert [m.text for m in extract("代表们建议县人民政府加快农村公路建设。").of_type(ORGANISATION)] == [
        "县人民政府"
    ]


@pytest.mark.parametrize(
    "text,body",
    [
        # a brand at a clause's start (山西晋|润: jieba glues the province to the brand, and reads
        # the brand's second character as a verb)
        ("去年，山西晋润果蔬贸易有限公司落户园区。", "山西晋润果蔬贸易有限公司"),
        # a county the gazetteer lacks starts the company, whose brand jieba reads as a verb
        ("展位上，玉石县鑫达鞋业有限公司的摊位前围满了人。", "玉石县鑫达鞋业有限公司"),
        # a word jieba tags as a place inside the name (路桥): the name starts at the city
        ("新桥由南岭城发路桥建设有限公司施工。", "南岭城发路桥建设有限公司"),
        # a city jieba does not know glued to the district after it (某川|市石|坪区)
        ("特此公告。\n南岭市石坪区住房和城乡建设局\n2021年11月22日", "南岭市石坪区住房和城乡建设局"),
    ],
)
def test_a_company_or_bureau_starts_at_its_place_or_brand(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_count_or_a_verb_before_a_company_is_no_brand() -> None:
    assert not any(b.endswith("个公司") for b in bodies("市里有机械、纺织等行业，机械三个公司都已改制。"))
    assert "伙同公司" not in bodies("他在任职期间，伙同公司会计孟一舟挪用资金。")


@pytest.mark.parametrize(
    "text,body",
    [
        # where it stands (a town), then the body's own name from its county
        (
            "4月13日，在东坪县南溪乡东坪县绿野食用菌专业合作社的车间里，工人们正忙着。",
            "东坪县绿野食用菌专业合作社",
        ),
        ("在柳沟乡东坪县惠民农资连锁有限公司门店里，顾客很多。", "东坪县惠民农资连锁有限公司"),
        # what is handed to a body or lost, which jieba tags nouns
        ("工作人员当即将工单派发给东坪水务集团有限公司。", "东坪水务集团有限公司"),
        ("孟一舟不慎遗失东坪卫生学校学生证，特此声明。", "东坪卫生学校"),
    ],
)
def test_a_body_starts_after_where_it_stands_and_what_is_done_to_it(text: str, body: str) -> None:
    found = bodies(text)
    assert body in found
    assert not any(b.endswith(body) and b != body for b in found)


def test_a_state_banks_branch_named_after_the_bank_without_zhongguo() -> None:
    # jieba tags 工商银行 an abbreviation and 分行 a verb: the branch is one body with the bank
    assert "工商银行东坪分行" in bodies("工商银行东坪分行行长孟一舟说，今年新增贷款八千万元。")
    assert "建设银行南岭支行" in bodies("建设银行南岭支行日前开业。")


@pytest.mark.parametrize(
    "text",
    [
        "东坪县的山区学校和城乡学校都建起了图书室。",
        "部分乡镇卫生院夜间没有儿科医生值班。",
        "孩子所在学校为他们办理了转学手续。",
        "暑期班让城里孩子学会游泳，多数学员基本学会了自救。",
        # schools described by who runs them, where they are, for whom (no school named)
        "今年改扩建中小学校12所，公办学校接收随迁子女的比例提高到八成。",
        "县城学校和乡村学校结对，市属中职学校对口支援农村中小学。",
    ],
)
def test_a_kind_of_body_or_learning_is_no_organisation(text: str) -> None:
    # a body named by its kind or by whose it is (山区学校, 部分卫生院, 孩子所在学校), and 学会 the verb
    assert bodies(text) == []


def test_a_named_body_with_such_words_stays() -> None:
    assert bodies("南岭市计算机学会召开年会。") == ["南岭市计算机学会"]
    assert bodies("东坪区育才学校举行开学典礼。") == ["东坪区育才学校"]
    assert "东坪县公共就业服务中心" in bodies("东坪县公共就业服务中心发布公告。")


@pytest.mark.parametrize(
    "text,name",
    [
        # a rare first character jieba leaves as a word of its own (a bound morpheme, a noun)
        ("近日，栖云区召开防汛会议。", "栖云区"),
        ("近日，槐宁市召开防汛会议。", "槐宁市"),
        ("工作人员在溪岭湖水库巡查。", "溪岭湖水库"),
    ],
)
def test_a_places_rare_first_character_stays_in_its_name(text: str, name: str) -> None:
    assert name in [m.text for m in extract(text).mentions]


def test_a_title_starts_with_its_places_rare_first_character() -> None:
    # 予|宁区: the place, the body and the post named after it all start at the lone character
    e = extract("予宁区地处江北。予宁区公安分局副局长孟晓川带队破案。")
    (person,) = e.of_type(PERSON)
    assert person.titles == ("予宁区公安分局副局长",) and person.organisation == "予宁区公安分局"
    assert (
        bodies("予宁区地处江北。予宁区公安分局刑侦大队副大队长孟晓川带队破案。")[0]
        == "予宁区公安分局刑侦大队"
    )
    (person,) = extract("予宁区地处江北。予宁区公安分局刑侦大队副大队长孟晓川带队破案。").of_type(PERSON)
    assert person.titles == ("予宁区公安分局刑侦大队副大队长",)


def test_a_word_before_a_place_is_not_drawn_into_it() -> None:
    # what points or counts, a name's last character, the second of two lone characters
    assert [m.text for m in extract("各区召开防汛会议。").of_type(PLACE)] == []
    assert "园蔬菜专业合作社" not in bodies("柳沟桃花园蔬菜专业合作社成立。")


@pytest.mark.parametrize(
    "text,body",
    [
        # words of the clause jieba tags as nouns, before the first place or level of the name,
        # or after a body the clause is about
        ("年度工作总结报市委办公室。", "市委办公室"),
        ("一年来，县法院依法公开审理东湖县交通局原局长受贿案。", "东湖县交通局"),
        # a place, then a verb, then the level the body's name starts with
        ("东湖县依托县物流配送中心开通农产品专线。", "县物流配送中心"),
        # a larger place after a smaller one: where the body is, then its own name
        ("东坪区南岭市第三中学举行开学典礼。", "南岭市第三中学"),
        ("记者在柳沟县南岭镇浙江晶华电子有限公司看到，生产线满负荷运转。", "浙江晶华电子有限公司"),
    ],
)
def test_a_name_starts_at_its_place_not_at_the_clause_before_it(text: str, body: str) -> None:
    assert body in bodies(text)
    assert not any(b.endswith(body) and b != body for b in bodies(text))


@pytest.mark.parametrize(
    "text,body",
    [
        # a place's name and its level, a word of kind (国营) and a body jieba knows stay
        ("村医随即联系柳沟镇卫生院出车接人。", "柳沟镇卫生院"),
        ("线路改造由国网南岭供电公司负责施工。", "国网南岭供电公司"),
        ("检查组走访公共资源交易中心，查看招投标流程。", "公共资源交易中心"),
        ("东湖县发展和改革委员会召开会议。", "东湖县发展和改革委员会"),
    ],
)
def test_a_name_keeps_its_own_first_words(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_section_printed_without_its_body_is_no_organisation() -> None:
    # 某科 alone (the hospital said as 该院): neither a body of its own nor the post's body
    e = extract("该院骨科主任邝远华介绍，麻醉科和急诊科的医生一同参加义诊。")
    assert e.of_type(ORGANISATION) == []
    (person,) = e.of_type(PERSON)
    assert person.titles == ("骨科主任",) and person.organisation is None
    # an office's section with its bureau is the post's body
    (person,) = extract("市民政局档案科科长卜文珂说。").of_type(PERSON)
    assert person.organisation == "市民政局档案科"


def test_a_roster_of_names_and_units_is_one_body_an_entry() -> None:
    # 姓名（单位）姓名（单位）: a body's name never runs back over the entry before it
    text = "钟远鹏（东坪机械厂）孟一舟（市五金公司）卜文珂（南岭县林业局）"
    assert bodies(text) == ["东坪机械厂", "市五金公司", "南岭县林业局"]
    assert [m.text for m in extract(text).of_type(PERSON)] == ["钟远鹏", "孟一舟", "卜文珂"]
    # a body's second name in parentheses still closes after its suffix
    assert "东坪市烟草专卖局（分公司）" in bodies("东坪市烟草专卖局（分公司）局长孟一舟说。")


def test_an_office_named_by_its_task_after_a_level() -> None:
    # 县|禁毒|办: a level, the task and 办, which jieba tags a verb, name the office
    assert bodies("县禁毒办组织民警走进校园宣讲。") == ["县禁毒办"]
    assert bodies("举报电话：县禁毒办　6218855") == ["县禁毒办"]
    # guard: 办 that ends what is to be done is the verb
    assert bodies("这批证件由县统一办。") == []


def test_a_place_named_again_where_jieba_cut_it_starts_the_title() -> None:
    # 在前|浈村, 抱|坪乡: a village or a township found by its level once in the text, printed
    # again before a post where jieba cut its first character off; the title and its body start
    # at the place, as they do where the place is found in the same words
    text = "东坪镇前浈村位于镇东，在前浈村党支部书记钟远鹏看来，修桥是头等大事。"
    (person,) = extract(text).of_type(PERSON)
    assert person.titles == ("前浈村党支部书记",)
    e = extract("南岭县抱坪乡有三个村。抱坪乡党委书记韩立军说，今年要修路。")
    (person,) = e.of_type(PERSON)
    assert person.titles == ("抱坪乡党委书记",) and person.organisation == "抱坪乡党委"
    assert [m.text for m in e.of_type(ORGANISATION)] == ["抱坪乡党委"]
    # guard: a place's name inside another word is not the place (东坪镇 found; 坪镇 alone not read)
    (person,) = extract("东坪镇有座桥。镇党委书记孟一舟说，桥要修。").of_type(PERSON)
    assert person.titles == ("镇党委书记",)


def test_a_section_named_by_what_it_does_after_a_body_word() -> None:
    # 县法院|执行|科|科长: jieba makes one word of the level and the body and tags the section's
    # task a verb; the section and its body are still the title's, as after a place
    (person,) = extract("县法院执行科科长卜文珂介绍，今年结案数上升。").of_type(PERSON)
    assert person.titles == ("县法院执行科科长",) and person.organisation == "县法院执行科"
    # guard: a verb with its own object before the post starts the title after it
    (person,) = extract("县法院组织科室负责人孟一舟说。").of_type(PERSON)
    assert person.titles == ("科室负责人",)
