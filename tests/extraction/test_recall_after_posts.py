"""Names right after a post that the surname and dictionary rules alone would miss (invented text)."""

from __future__ import annotations

from people.extraction import PERSON, PLACE, entity_names, extract


def titled(text: str) -> dict[str, tuple[str, ...]]:
    return {m.text: m.titles for m in extract(text).of_type(PERSON)}


def test_a_rare_surname_after_a_chain_of_posts():
    got = titled("11月3日，东城区委副书记、区长庹秋明率队检查河道治理。")
    assert got["庹秋明"] == ("东城区委副书记", "区长")


def test_an_unknown_first_character_after_a_strong_post_bounded_by_a_verb():
    got = titled("县交通运输局局长佀文涛主持会议。")
    [title] = got["佀文涛"]
    assert title.endswith("交通运输局局长")


def test_a_dictionary_word_after_a_post_is_the_name():
    got = titled("东川市人民政府副市长方舟，县委常委路标出席开幕式。")
    assert got["方舟"] == ("东川市人民政府副市长",)
    assert got["路标"] == ("县委常委",)


def test_verbs_and_common_words_after_a_post_are_not_names():
    assert titled("会上，区长强调，要抓好落实。局长一行来到现场。") == {}


def test_a_surname_and_a_word_as_given_name_closed_by_punctuation():
    got = titled("县市场监管局局长柴前进。")
    [title] = got["柴前进"]
    assert title.endswith("市场监管局局长")


def test_a_long_chain_of_posts_inside_a_list():
    text = (
        "东川大学化学系特聘副教授、研究员、博士生导师卜晓岚，省化学学会副会长、青年分会会长邝振中等参加会议。"
    )
    got = titled(text)
    assert got["卜晓岚"] == ("东川大学化学系特聘副教授", "研究员", "博士生导师")
    assert "邝振中" in got and "邝振" not in got


def test_a_three_character_name_split_by_jieba_before_deng():
    got = titled("区委常委、常务副区长刘海云等出席会议。")
    assert got["刘海云"] == ("区委常委", "常务副区长")


def test_a_group_noun_before_a_verb_phrase_is_not_a_titled_person():
    assert titled("推行机关干部包村、专家包项目、年轻党员干部下沉一线。") == {}


def test_a_common_noun_listed_with_a_common_noun_is_not_a_place():
    ex = extract("与会领导、嘉宾，参观了展厅。")
    assert "嘉宾" not in entity_names(ex)["places"]
    assert not ex.of_type(PLACE)


def test_a_title_keeps_a_one_character_unit_and_a_joined_department():
    got = titled("东川大学遥感所所长施慕华，东川大学资源与环境学系副教授蔺子墨出席。")
    assert got["施慕华"] == ("东川大学遥感所所长",)
    assert got["蔺子墨"] == ("东川大学资源与环境学系副教授",)


def test_a_list_closed_by_a_place_word_holds_no_people():
    ex = extract("实施东湾、王贵庄等村自来水网改造。")
    assert "王贵庄" not in entity_names(ex)["persons"]


def test_a_transcribed_foreign_name_after_a_post_closed_by_punctuation():
    got = titled("东川—北陆友好协会主席塔里诺夫，东川文化协会会长出席。")
    assert "塔里诺夫" in got


def test_a_bare_post_before_a_word_is_a_compound():
    assert titled("开通市长信箱，区长高兴地说，局长亲自部署。") == {}


def test_a_name_between_a_kind_of_person_and_a_speech_verb():
    # 市民 / 学生 frame the name as punctuation does before 告诉 / 介绍
    for text in ("市民邢岚告诉记者，她很满意。", "据学生邢岚介绍，活动很成功。"):
        assert [m.text for m in extract(text).of_type(PERSON)] == ["邢岚"], text
    assert not extract("广大学生表示支持。").of_type(PERSON)  # no name between them


def test_given_names_with_characters_that_also_end_bodies():
    # 会, 心, 园 end 协会, 中心, 产业园, and are common in given names too
    got = titled("县长孙会民主持会议，副县长钱心怡、局长周园园参加。")
    assert got == {"孙会民": ("县长",), "钱心怡": ("副县长",), "周园园": ("局长",)}
    assert titled("区商会会长吴建会，秘书长郑立出席。")["吴建会"] == ("区商会会长",)
    assert entity_names(extract("孙会民主持会议。"))["persons"] == ["孙会民"]


def test_the_bodies_those_characters_end_are_still_no_names():
    assert titled("王会长主持会议。市文化中心举办展览，李家园小区居民参观。") == {}
    assert titled("县长赵明会出席开幕式。") == {"赵明": ("县长",)}  # 会 is 'will' before a verb


def test_names_jieba_takes_whole_although_a_character_ends_bodies_or_places():
    # 镇, 有, 港, 科 are common in given names: jieba's model reads 陈镇宇 as one name
    got = titled("县长陈镇宇主持会议，副县长钱有才、局长杨港生、主任韩立科参加。")
    assert set(got) == {"陈镇宇", "钱有才", "杨港生", "韩立科"}
    assert entity_names(extract("褚再兴说，今年的收成不错。"))["persons"] == ["褚再兴"]
    # closed off right after a post, three characters are the name: 县长周月英，
    assert titled("县长周月英，副县长卫秀月出席。") == {"周月英": ("县长",), "卫秀月": ("副县长",)}


def test_what_jieba_takes_for_a_name_but_ends_as_a_place_does_is_none():
    assert entity_names(extract("检查组来到何庄村、马营村、韩德镇和汤庙镇。"))["persons"] == []
    assert titled("镇长到村里，书记分管的，局长上任后，县长会上说，") == {}


def test_a_given_name_jieba_reads_as_one_word_ending_like_a_verb():
    # 强 starts 强调; in 县长郑|国强|主持 jieba reads 国强 as the given name
    assert titled("县长郑国强主持会议。") == {"郑国强": ("县长",)}
    assert titled("县长郑国强调，要抓好落实。") == {"郑国": ("县长",)}


def test_a_surname_that_is_also_a_verb_after_a_post():
    # 付 (pay), 管 (manage): jieba tags the lone character a verb
    assert titled("县长付新华主持会议，局长管建国介绍情况。") == {"付新华": ("县长",), "管建国": ("局长",)}
    assert titled("县长付出了很多，市长来喀城调研。") == {}


def test_a_name_ending_like_a_town_or_a_month_closed_off_right_after_a_post():
    # 镇, 月, 心 end towns, dates and centres; right after a strong post and closed off by a verb or a
    # list's comma they end a name (jieba reads the two-character ones as one name too)
    assert titled("副县长孟飞镇出席会议。") == {"孟飞镇": ("副县长",)}
    assert titled("镇长韩心主持会议，区委书记胡月、区长王敏出席。") == {
        "韩心": ("镇长",),
        "胡月": ("区委书记",),
        "王敏": ("区长",),
    }
    assert extract("副县长孟飞镇出席会议。").of_type(PLACE) == []
    # not closed off, or no post before: still a town
    assert entity_names(extract("检查组来到孟飞镇。"))["places"] == ["孟飞镇"]
    assert titled("县长到孟飞镇调研。") == {}


def test_a_post_before_a_name_is_no_part_of_a_place():
    for text in ("县长万镇主持会议。", "村民唐飞镇告诉记者，"):
        assert not any(m.text.startswith(("县长", "村民")) for m in extract(text).mentions), text


def test_a_name_whose_first_two_characters_are_a_word_too_rare_to_count():
    # 高军 is in jieba's dictionary, seen a handful of times in its corpus: jieba's model still
    # reads 高军涛 as one name, and so does the extractor
    assert entity_names(extract("会上，高军涛指出，要抓好落实。"))["persons"] == ["高军涛"]
    assert entity_names(extract("高军华表示，将继续努力。"))["persons"] == ["高军华"]
    # a common word before the third character is still no name: 严格遵守
    assert entity_names(extract("要严格遵守纪律。"))["persons"] == []


def test_a_name_jieba_cuts_after_a_rare_word_of_its_first_two_characters():
    # 唐国 and 夏清 are rare words of jieba's dictionary (a place, a time): jieba cuts 唐国|琳, 夏清|琳
    # and tags the last character a name
    assert entity_names(extract("唐国琳说，今年的收成不错。"))["persons"] == ["唐国琳"]
    assert entity_names(extract("会议由夏清琳主持。"))["persons"] == ["夏清琳"]
    # a common word before the character is not a name's start: 中国|人
    assert entity_names(extract("中国人说，今年的收成不错。"))["persons"] == []


def test_a_surname_jieba_reads_as_a_verb_after_a_strong_post() -> None:
    # 祝 (wish), 解 (solve): the given name after them is a word or a place to jieba (海航, 向阳)
    def named(text: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(m.text, m.titles) for m in extract(text).of_type(PERSON)]

    assert named("县长祝海航主持会议。") == [("祝海航", ("县长",))]
    assert named("外科主任祝云海亲自主持会诊。") == [("祝云海", ("外科主任",))]
    assert named("中心小学校长解向阳说，") == [("解向阳", ("中心小学校长",))]
    # the verb itself: wishing, reading, appointing
    assert named("县长祝贺大家。") == []
    assert named("局长解读政策。") == []
    assert named("市长任命了新的局长。") == []


def test_more_names_after_a_strong_post() -> None:
    # a compound surname and a given name ending in a character that ends words (群)
    assert titled("区教育局局长欧阳志群介绍，") == {"欧阳志群": ("区教育局局长",)}
    # a given name jieba's dictionary holds as a name, its last character one that ends words
    # (年), closed off by a role verb
    assert titled("派出所所长祁丰年带领民警赶到现场。") == {"祁丰年": ("派出所所长",)}
    # kin before a name whose given part is a common word
    assert persons_of("她的丈夫刘建国在外地打工。") == ["刘建国"]


def persons_of(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PERSON)]


def test_the_posts_of_a_factory_a_kindergarten_a_court_and_a_hospital() -> None:
    assert titled("东坪化肥厂厂长钟远鹏说，") == {"钟远鹏": ("厂长",)}  # a factory's: bare, as a company's
    assert titled("东坪实验幼儿园园长钟远鹏说，") == {"钟远鹏": ("东坪实验幼儿园园长",)}
    assert titled("审判长钟远鹏宣读判决。") == {"钟远鹏": ("审判长",)}
    assert titled("外科副主任医师钟远鹏介绍，") == {"钟远鹏": ("外科副主任医师",)}


def test_a_chain_of_posts_through_a_school_jieba_reads_as_a_set_phrase() -> None:
    # 某地|师范|专科学校 (jieba's l) before 校长: the school is the post's body, the chain holds
    assert titled("市政协副主席、东坪师范专科学校校长钟远鹏出席。") == {
        "钟远鹏": ("市政协副主席", "东坪师范专科学校校长")
    }


def test_a_verb_jieba_glues_to_the_level_before_a_body() -> None:
    # ——访|市某局局长 read as 访市: the body keeps its level
    assert titled("——访市退役军人事务局局长钟远鹏") == {"钟远鹏": ("市退役军人事务局局长",)}


def test_a_names_last_character_jieba_joins_to_what_follows() -> None:
    # 钟丽|华以 (a rare word of the dictionary's, a preposition after it); 岑梓|涵说 (no word at all)
    assert titled("东坪县人民法院院长钟丽华以“守护青春”为题作报告。") == {"钟丽华": ("东坪县人民法院院长",)}
    people = [m.text for m in extract("“今天学到了很多。”初二学生岑梓涵说。").of_type(PERSON)]
    assert people == ["岑梓涵"]


def test_a_given_name_the_dictionary_holds_as_a_time_after_a_strong_post() -> None:
    # 永年 is a rare word of the dictionary (and a district's name): closed off by 、 it is a given name
    assert titled("市人大常委会主任卜永年、市政协主席邝秀兰应邀出席。") == {
        "卜永年": ("市人大常委会主任",),
        "邝秀兰": ("市政协主席",),
    }


def test_a_surname_jieba_reads_as_an_adverb_after_a_post() -> None:
    # 莫 is jieba's "do not"
    assert titled("东坪农商银行党委书记、董事长莫振华介绍，该行已在各乡镇设立服务点。") == {
        "莫振华": ("东坪农商银行党委书记", "董事长")
    }


def test_a_courts_and_a_procuratorates_posts() -> None:
    # whom a body sends (指派, jieba's noun) is no part of the post
    assert titled("东坪县人民检察院指派检察员钟立、代理检察员孟佳出庭，人民陪审员卜文参加合议庭。") == {
        "钟立": ("检察员",),
        "孟佳": ("代理检察员",),
        "卜文": ("人民陪审员",),
    }


def test_a_surname_jieba_reads_as_a_noun_after_who_the_person_is() -> None:
    # 项 is "an item" to jieba, 俊杰 a name of its own
    assert titled("机电专业学生项俊杰拿着聘书走出会场。") == {"项俊杰": ("机电专业学生",)}
    assert titled("福利院的护士和孤儿们一起过节。") == {}


def test_a_given_name_that_is_a_citys_name_after_a_strong_post() -> None:
    # 孟|承德: jieba reads the given name as the city; bare after a post, a place would make no sense
    assert titled("3月2日，市委书记孟承德深入柘石县乡村走访。") == {"孟承德": ("市委书记",)}
    assert "承德" in [m.text for m in extract("副市长到承德考察。").of_type(PLACE)]


def test_a_given_name_that_is_a_verb_after_who_the_person_is() -> None:
    # 卜|丰收: a surname jieba tags a name alone, a rare word as the given name
    assert titled("种粮大户卜丰收流转了120亩地。") == {"卜丰收": ("种粮大户",)}
    assert titled("贫困户卜丰收笑着说：“今年收成不错。”") == {"卜丰收": ("贫困户",)}


def test_a_given_name_ending_in_a_verb_before_what_is_said() -> None:
    # 孟春|来|介绍 (but 对某某来说: "for")
    assert titled("县图书馆馆长孟春来介绍，今年借阅量翻了一番。") == {"孟春来": ("县图书馆馆长",)}
    assert "孟春来" not in titled("对馆长孟春来说，这是头等大事。")


def test_an_appointment_notice_gives_each_person_the_post() -> None:
    # appointed: the post they take; removed: the post they held
    text = (
        "任命邝立新为县农业农村局局长；任命卜佳怡为东坪县人民检察院检察员；免去孟凡东的县农业农村局局长职务。"
    )
    assert titled(text) == {
        "邝立新": ("县农业农村局局长",),
        "卜佳怡": ("东坪县人民检察院检察员",),
        "孟凡东": ("县农业农村局局长",),
    }
    assert "东坪县人民检察院" in [m.text for m in extract(text).mentions if m.type == "organisation"]


def test_a_name_after_its_post_before_等_and_the_places_leaders():
    # 某某等市领导: the people of the city's bodies, not a list of places (某村、某村等村)
    assert titled("区人大常委会主任邝远华等区领导参加活动。") == {"邝远华": ("区人大常委会主任",)}
    assert "王家坪" not in titled("东湾、王家坪等村开展了清洁行动。")


def test_a_surname_read_as_a_verb_with_a_rare_time_word_or_before_an_adverb():
    # 伏|国庆 (a verb, then a time word jieba seldom sees), 祝|文海 then 亲自, 尤|国庆 then 表示
    assert titled("南岭机械公司董事长伏国庆介绍，今年投资1.6亿元。") == {"伏国庆": ("董事长",)}
    assert titled("骨科主任祝远海亲自为患者做手术。") == {"祝远海": ("骨科主任",)}
    # guards: the verb, a common time word or a word the post's characters start are no names
    assert titled("局长祝贺大家取得好成绩。") == {}
    assert titled("县长任期内完成了三件大事。") == {}
    assert titled("市长于今年三月主持召开会议。") == {}


def test_a_given_name_ending_in_nian_after_a_surname_read_as_a_verb() -> None:
    # 漆 (lacquer) read as a verb, then a given name ending in 年 that jieba knows as a time (盛年)
    assert titled("县委书记漆盛年，县长庹秋明出席。")["漆盛年"] == ("县委书记",)
    # 过年 is the festival, not a name
    assert titled("区长过年前走访了困难群众。") == {}


def test_rarer_single_surnames_after_a_post() -> None:
    # 党, 妥, 税 and 磨: surnames of the Hundred Family Surnames that are also common words
    got = titled("所长妥光明介绍情况，副县长税春林和研究馆员党一舟陪同，镇长磨远鹏主持。")
    assert got["妥光明"] == ("所长",)
    assert got["税春林"] == ("副县长",)
    assert got["党一舟"] == ("研究馆员",)
    assert got["磨远鹏"] == ("镇长",)
    # the party, tax and grinding in ordinary sentences are no people
    assert titled("全体党员要缴纳党费，企业依法纳税，磨炼意志。") == {}
    # with one character after them they are words, however jieba tags them (党恩, 税费)
    assert titled("你说，党恩就像春雨。") == {}


def test_a_congress_member_printed_with_the_post_in_brackets() -> None:
    text = (
        "讨论中，邝远华委员（南岭县农业农村局局长）建议培育特色产业。"
        "卜文珂代表（柳沟镇东坪村党支部书记）说，村里的路修好了。"
    )
    found = {m.text: m for m in extract(text).of_type(PERSON)}
    assert found["邝远华"].titles == ("委员", "南岭县农业农村局局长")
    assert found["邝远华"].organisation == "南岭县农业农村局"
    assert found["卜文珂"].titles == ("代表", "柳沟镇东坪村党支部书记")
    # brackets that hold no post (a count, a sex) give no titles
    assert titled("邝远华代表（女）发言。").get("邝远华", ()) == ()


def test_a_post_printed_with_a_colon_before_the_names_that_hold_it() -> None:
    # an election's result, a roster of companies and a notice's contact, as they are printed
    text = (
        "选举结果：\n东湖市人民政府市长：邝远华\n东湖市人民政府副市长：卜文珂　钟离远航\n"
        "受表彰企业：东湖建材有限公司（法定代表人：公孙远）、南岭机械有限公司（法定代表人：孟一舟）。\n"
        "联系人：百里舟　电话：0391-3316527"
    )
    found = {m.text: m for m in extract(text).of_type(PERSON)}
    assert found["邝远华"].titles == ("东湖市人民政府市长",)
    assert found["邝远华"].organisation == "东湖市人民政府"
    assert found["卜文珂"].titles == found["钟离远航"].titles == ("东湖市人民政府副市长",)
    assert found["公孙远"].titles == found["孟一舟"].titles == ("法定代表人",)
    assert found["百里舟"].titles == ("联系人",)
    # an interview's question after 记者： names nobody; a speaker's words after a post are no name
    assert titled("记者：您好。市长：我们将加快建设。") == {}


def test_a_compound_surname_jieba_reads_as_a_word_after_a_post_ends_where_the_name_does() -> None:
    # 端木, 轩辕, 宗政 are nouns to jieba: the given name ends at the verb glued to it (青率: 率 leads),
    # at a conjunction after a group's post, or at what the person says
    got = titled(
        "副市长端木舟率市商务局负责人到口岸调研。接到报警后，民警轩辕远和辅警邝文杰立即赶到。"
        "矿长宗政远鹏说：“安全是头等大事。”"
    )
    assert got["端木舟"] == ("副市长",)
    assert got["轩辕远"] == ("民警",)
    assert got["宗政远鹏"] == ("矿长",)
    # a given name ending in 和 before what no conjunction takes, or a given name jieba knows as a
    # word, stays whole
    got = titled("院长端木永和列席会议。所长申屠志强说，要加强巡逻。")
    assert got["端木永和"] == ("院长",)
    assert got["申屠志强"] == ("所长",)


def test_a_surname_jieba_reads_as_a_preposition_or_a_pronoun_after_a_post() -> None:
    # 于 and 那 are jieba's "at" and "that"; after a post or a person's kind, and in a list of
    # them, they start names: 于某 jieba makes one word (a place of its dictionary), 于|某某 and
    # 那|某某 it cuts with the given name alone
    got = titled("接警后，所长钟远鹏带领民警于晓川、那海岚赶赴现场。民警于洋在河边找到老人。")
    assert got["于晓川"] == got["那海岚"] == got["于洋"] == ("民警",)
    assert "于海岚" in titled("他请来退役运动员于海岚当教练。")
    # the preposition after a verb or before a place, and the pronoun before a word, name nobody
    assert titled("会议于海口召开。民警于是赶到现场。那位民警那天值班。") == {}


def test_each_entry_of_a_list_of_appointments_under_its_heading() -> None:
    text = (
        "会议经表决，决定任命：\n\n钟远鹏为东湖市发展和改革委员会主任；\n\n卜文珂为东湖市教育局局长；\n\n"
        "上官远为东湖市水务局局长。\n\n决定免去：\n\n孟一舟的东湖市水务局局长职务。\n\n会议还听取了报告。"
    )
    assert titled(text) == {
        "钟远鹏": ("东湖市发展和改革委员会主任",),
        "卜文珂": ("东湖市教育局局长",),
        "上官远": ("东湖市水务局局长",),
        "孟一舟": ("东湖市水务局局长",),
    }


def test_a_list_of_appointments_under_a_markdown_pages_bold_heading() -> None:
    # **任命：** as a markdown page prints it, the bold marks kept in the body
    text = (
        "经表决，**任命：**钟远鹏为东湖市水务局局长；卜文珂为东湖市教育局局长。"
        "**免去：**孟一舟的东湖市教育局局长职务。"
    )
    assert titled(text) == {
        "钟远鹏": ("东湖市水务局局长",),
        "卜文珂": ("东湖市教育局局长",),
        "孟一舟": ("东湖市教育局局长",),
    }


def test_a_given_name_in_the_classical_manner_ending_with_zhi() -> None:
    assert titled("市长钟敬之出席。县文联主席卜牧之说，") == {
        "钟敬之": ("市长",),
        "卜牧之": ("县文联主席",),
    }
    # 之 that starts a word or ends a phrase after a two-character name is no part of it
    assert titled("县长钟远之所以这样做，书记孟一舟之前说过") == {"钟远": ("县长",), "孟一舟": ("书记",)}


def test_a_henan_surname_after_a_post() -> None:
    # 毋 (common in northern Henan) starts a name like any other surname, where only a surname
    # vouches for it
    assert titled("毋远航，男，1970年1月出生，现任东湖县副县长。") == {"毋远航": ("东湖县副县长",)}


def test_a_given_name_jieba_cuts_before_a_common_verb_is_no_name_before_a_post() -> None:
    # 程金|锁|告诉|县长: the name ends at 锁; the verbs after it are no one the post follows
    assert titled("队长程金锁告诉县长，今年的收成不错。") == {"程金锁": ("队长",)}
    # a surname jieba reads as a verb before a rarer verb still names someone (戴|超强|同志)
    assert "钟超强" in titled("钟超强同志长期从事教育工作。")


def test_particulars_name_a_person_whose_given_name_is_a_region() -> None:
    assert titled("钟华东，男，1976年1月出生，现任东湖县副县长。") == {"钟华东": ("东湖县副县长",)}
