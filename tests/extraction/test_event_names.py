"""Where an event's name starts, and visits to several places (invented text)."""

from __future__ import annotations

from people.extraction import extract


def events(text: str) -> list[str]:
    return [e.name for e in extract(text).events]


def test_a_name_is_not_cut_at_a_character_inside_a_word() -> None:
    # 中 ends 集中; 组织 starts 组织部长: neither is where the name starts
    assert events("昨日，我市举行2025年重点项目集中开工仪式。") == ["2025年重点项目集中开工仪式"]
    assert events("全市组织部长会议11日召开。") == ["全市组织部长会议"]
    # 以 starts the set phrase 以旧换新
    assert events("市商务局组织开展家电以旧换新活动。") == ["家电以旧换新活动"]


def test_a_name_is_still_cut_after_what_introduces_it() -> None:
    assert events("他出席全市招商引资工作推进会并讲话。") == ["全市招商引资工作推进会"]
    assert events("会议要求，认真落实全省安全生产工作会议精神。") == ["全省安全生产工作会议"]


def test_a_visit_to_places_listed_with_dunhao() -> None:
    (visit,) = extract("副市长孙伟带队到武陟县、温县调研防汛工作。").events
    assert visit.type == "inspection"
    assert visit.location == "武陟县、温县"
    assert [p.name for p in visit.participants] == ["孙伟"]


def test_a_name_starts_after_what_launches_it() -> None:
    assert events("南川市博物馆推出“太行山下”主题展览。") == ["“太行山下”主题展览"]


def test_a_congress_or_forum_and_its_session_are_one_name() -> None:
    assert events("南川市第十五届人民代表大会第三次会议隆重开幕。") == [
        "南川市第十五届人民代表大会第三次会议"
    ]
    assert events("明年，东海论坛第三届部长级会议将在南川举办。") == ["东海论坛第三届部长级会议"]


def test_a_name_does_not_start_inside_the_word_it_begins_with() -> None:
    # 中 is a cut word (在…中), but here it begins 中小学生 and 中国
    assert events("南川市第三届中小学生田径运动会举行。") == ["南川市第三届中小学生田径运动会"]
    assert events("2025中国（南川）山水旅游发展论坛在我市举行。") == ["2025中国（南川）山水旅游发展论坛"]


def test_a_citys_other_gatherings() -> None:
    found = {e.name: e.type for e in extract("南川市举办2025年春季招聘会，并举行新春团拜会。").events}
    assert found == {"2025年春季招聘会": "other", "新春团拜会": "meeting"}


def test_a_documents_title_holds_no_event() -> None:
    text = "根据《公民旁听南川市人民代表大会常务委员会会议办法》规定，会议发表了《南川市招商引资活动计划》。"
    assert events(text) == []


def test_a_visit_whose_purpose_holds_a_comma() -> None:
    (visit,) = extract("区长吕明杰到区医疗保障局，就围绕“群众满意”目标，建设便民服务窗口开展调研。").events
    assert visit.type == "inspection"
    assert visit.name == "区长吕明杰到区医疗保障局调研"


def test_the_words_a_city_paper_ends_an_event_with() -> None:
    assert events("北山县秋季植保现场会在李家寨召开。") == ["北山县秋季植保现场会"]
    assert events("南川市摄影家协会2024年会昨日举行。") == ["南川市摄影家协会2024年会"]
    assert events("第二届“青龙杯”少年篮球邀请赛开幕。") == ["第二届“青龙杯”少年篮球邀请赛"]
    assert events("2025北山山地马拉松昨日开跑。") == ["2025北山山地马拉松"]
    assert events("东城区举办“邻里情”新春文艺汇演。") == ["“邻里情”新春文艺汇演"]
    assert events("“水墨北山”青年美术作品展在县文化馆开展。") == ["“水墨北山”青年美术作品展"]
    # 今年会, 明年会: "will", not an annual meeting
    assert events("预计明年会有更多游客前来。") == []


def test_a_bare_kind_of_match_talk_or_training_is_no_name() -> None:
    assert events("东关镇举办乒乓球比赛。") == []
    assert events("县医院举办专题讲座。") == []
    assert events("各科室召开业务培训会。") == []


def test_a_word_of_the_event_word_does_not_cut_the_name() -> None:
    # 启动 introduces names (启动某某活动), but here it is part of 启动仪式
    assert events("东城区举行“平安东城”建设宣传月启动仪式。") == ["“平安东城”建设宣传月启动仪式"]


def test_both_parties_of_a_signing_are_in_its_name() -> None:
    assert events("北山县与宏远集团新能源项目签约仪式在县城举行。") == ["北山县与宏远集团新能源项目签约仪式"]


def test_the_ceremony_of_an_event_is_part_of_its_name() -> None:
    assert events("北山县第八届职工运动会闭幕式举行。") == ["北山县第八届职工运动会闭幕式"]
    assert events("南川市首届微电影大赛颁奖晚会举行。") == ["南川市首届微电影大赛颁奖晚会"]
    assert events("北山县第九届少儿艺术展演活动闭幕。") == ["北山县第九届少儿艺术展演活动"]


def test_two_names_joined_by_ji_are_one_meeting() -> None:
    assert events("北山县召开全县经济工作会议暨项目建设推进会。") == ["全县经济工作会议暨项目建设推进会"]


def test_a_meeting_room_or_a_hall_is_no_event() -> None:
    assert events("在县委大会议室召开全县人才工作会议。") == ["全县人才工作会议"]
    assert events("全县人才工作会议在北山国际会议中心召开。") == ["全县人才工作会议"]


def test_a_name_is_not_ended_inside_its_last_word() -> None:
    # the lazy scan would stop at 大会 of 扩大会议 and at 艺术展 of 艺术展演
    assert events("北山县委常委会扩大会议召开。") == ["北山县委常委会扩大会议"]
    assert events("北山县第九届少儿艺术展演在县城举行。") == ["北山县第九届少儿艺术展演"]


def test_a_congresss_standing_committee_session_is_one_name() -> None:
    assert events("东城区召开区人民代表大会常务委员会第九次会议。") == ["区人民代表大会常务委员会第九次会议"]


def test_a_building_word_inside_an_events_name_starts_it() -> None:
    # 活动场所 names a building, but here it begins the campaign's name
    names = [e.name for e in extract("稳步开展文化活动场所“五进”活动，加大宣传力度。").events]
    assert names == ["文化活动场所“五进”活动"]


def test_what_is_done_with_an_event_word_is_no_name() -> None:
    # 把会议精神落实: the meeting's spirit, carried out; 获得比赛一等奖: a prize of a match
    for text in ("各级要把会议精神落实到位。", "他多次获得比赛一等奖。"):
        assert [e.name for e in extract(text).events] == [], text


def test_a_name_starts_after_what_is_done_to_or_said_of_the_event() -> None:
    # sitting in on, putting forward, planning, falling on: the verb is no part of the name
    assert events("会上允许8名市民旁听洛阳市人民代表大会。") == ["洛阳市人民代表大会"]
    assert events("文化节共安排开幕式和十项活动。") == []
    assert events("五一假期恰逢北山油菜花节，游客众多。") == ["北山油菜花节"]
    # this match's, every year's festival: no name
    assert events("本场招聘会提供岗位800个，历届旅游节都吸引了游客。") == []


def test_a_citys_named_campaigns_festivals_and_finals() -> None:
    assert events("全市开展消防安全“清源攻坚”行动。") == ["消防安全“清源攻坚”行动"]
    assert events("深入开展农村人居环境集中整治。") == ["农村人居环境集中整治"]
    assert events("举办首届柳溪村蜜桃采摘节。") == ["首届柳溪村蜜桃采摘节"]
    assert events("女子组100米决赛中，她夺得冠军。") == ["女子组100米决赛"]
    # a kind, and a document about a campaign, are no event
    assert events("他用实际行动诠释了担当。") == []
    assert events("印发校园安全专项行动实施方案。") == []
    # a festival's activities are part of its name
    assert events("北山县第三届油桃采摘节系列活动在东关镇举行。") == ["北山县第三届油桃采摘节系列活动"]


def test_what_is_said_of_an_event_before_it_is_no_part_of_its_name() -> None:
    # announced, put in place, made to or by, sat in on: the words before the event's name
    assert events("副县长邵明宣布运动会开幕。") == []
    assert events("让“读书热”带出好风气") == []
    assert events("副市长韩立军列席会议。") == []
    # how many of a kind is no name, wherever the count stands
    assert events("各乡镇开展了30余场活动。") == []
    assert events("推出三大主题18项活动。") == []
    # guards: an ordinal stays (第55次常务会议), a count before 届 is no count of events
    assert events("市政府第55次常务会议召开。") == ["市政府第55次常务会议"]
    assert events("第十二届东坪文化节开幕。") == ["第十二届东坪文化节"]


def test_a_signing_between_two_bodies_is_an_event() -> None:
    (ev,) = extract("仪式上，东坪市文旅局与南岭市文旅局签订文旅客源互送合作协议。").events
    assert ev.name == "东坪市文旅局与南岭市文旅局签订文旅客源互送合作协议"
    assert ev.type == "signing"
    # the first party unnamed before 与: the signing is named from 与
    assert events("合作社还与东坪康禾食品有限公司签订了红薯收购合同。") == [
        "与东坪康禾食品有限公司签订了红薯收购合同"
    ]
    # people signing for their sides, or parties no name gives, name no signing
    assert events("东坪市副市长马立群与南岭集团总经理吴昊分别代表双方签约。") == []
    assert events("合作社与村里的农户签订了土地流转合同。") == []


def test_the_same_day_is_the_day_named_before() -> None:
    text = "5月8日，东坪县检察院召开座谈会。当天，东坪县检察院与东坪县总工会签订合作协议。"
    dates = {e.name: e.date for e in extract(text).events}
    assert dates["东坪县检察院与东坪县总工会签订合作协议"] == "5月8日"
    # nothing named before: 当天 as written
    assert [e.date for e in extract("当天下午，南岭论坛开幕。").events] == ["当天"]


def test_named_inspections_shows_ceremonies_and_a_partys_congress() -> None:
    assert events("近期，东坪区开展校园周边食品安全专项检查。") == ["校园周边食品安全专项检查"]
    assert events("“南岭记忆”老照片展将持续到年底。") == ["“南岭记忆”老照片展"]
    assert [(e.name, e.date) for e in extract("4月16日上午，起跑仪式在市民广场举行。").events] == [
        ("起跑仪式", "4月16日上午")
    ]
    assert events("各支部组织党员深入学习党的二十大报告。") == ["党的二十大"]
    assert events("9月23日是第七个中国农民丰收节。") == ["第七个中国农民丰收节"]


def test_a_host_receiving_visitors_is_a_meeting() -> None:
    (ev,) = extract("座谈会前，县长钟远鹏会见了南岭光伏材料有限公司总经理邝文杰一行。").events
    assert ev.name == "县长钟远鹏会见了南岭光伏材料有限公司总经理邝文杰一行"
    assert ev.type == "meeting"


def test_signings_joined_by_he_and_parties_no_name_gives() -> None:
    assert events("合作社和东坪禾丰米业有限公司签订订单种植合同。") == [
        "和东坪禾丰米业有限公司签订订单种植合同"
    ]
    assert events("企业与不同企业签订了合同。") == []
    assert events("学校先后与63家企业签订合作协议。") == []


def test_a_campaign_of_checks_and_a_shopping_festival() -> None:
    assert events("全县开展燃气管道隐患大排查大整治。") == ["燃气管道隐患大排查大整治"]
    assert events("东坪市第三届汽车购物节昨日开幕。") == ["东坪市第三届汽车购物节"]


def test_a_delegation_come_to_the_city_to_see_it() -> None:
    assert events("钟远鹏一行来我市考察新能源产业。") == ["钟远鹏一行来我市考察"]
    # 原来, 以来: no coming
    assert events("县长卜文原来在乡里调研过。") == []


def test_a_visiting_party_and_what_it_saw() -> None:
    assert events("座谈会后，邝文杰一行参观了柳沟农机合作社的育秧工厂。")[-1] == (
        "邝文杰一行参观了柳沟农机合作社的育秧工厂"
    )
    assert events("钟远鹏一行先后考察了南岭村、柳沟村。") == ["钟远鹏一行先后考察了南岭村、柳沟村"]
    # half-width punctuation after the list (a page in half-width)
    assert events("钟远鹏一行实地考察了南岭村、柳沟村,详细了解产业发展情况。") == [
        "钟远鹏一行实地考察了南岭村、柳沟村"
    ]


def test_a_day_the_country_or_the_world_keeps() -> None:
    assert events("6月5日是世界环境日，东坪县组织志愿者清理河道垃圾。")[:1] == ["世界环境日"]
    assert events("今天是世界读书日。") == ["世界读书日"]
    assert events("世界各国都有自己的节日。") == []


def test_a_consultative_meeting_by_its_topic_is_an_event_not_a_chamber_of_commerce() -> None:
    text = "市政协决定9月中旬召开“推进乡村旅游”专题协商会。"
    assert events(text) == ["“推进乡村旅游”专题协商会"]
    assert [m.text for m in extract(text).mentions if m.type == "organisation"] == ["市政协"]


def test_an_inspection_is_named_with_what_it_was_about() -> None:
    # the work inspected ends the name, up to the end of the clause
    assert events("3月5日，市委书记钟远鹏到东坪县调研春耕备耕和高标准农田建设工作，实地查看了长势。") == [
        "市委书记钟远鹏到东坪县调研春耕备耕和高标准农田建设工作"
    ]
    assert events("副市长邝文杰带队到南岭县检查汛期安全生产工作。") == [
        "副市长邝文杰带队到南岭县检查汛期安全生产工作"
    ]
    # what follows the verb is not always what was inspected: 调研时强调, a bare visit
    assert events("孟一舟到柳沟镇调研时强调，要抓好秋粮生产。") == ["孟一舟到柳沟镇调研"]
    assert events("卜文珂到柳沟镇调研，看望慰问一线职工。") == ["卜文珂到柳沟镇调研"]


def test_an_events_press_conference_is_one_name() -> None:
    assert events("记者从9月14日召开的2021南岭半程马拉松新闻发布会上获悉，比赛将于11月开跑。") == [
        "2021南岭半程马拉松新闻发布会"
    ]


def test_kinds_of_race_and_what_a_race_offers_are_no_names() -> None:
    # a straight quote around the name is no part of it; 全程马拉松 is a kind of race
    found = events('跑友可通过"东坪山地马拉松"公众号报名，赛事设全程马拉松和半程马拉松。')
    assert found == ["东坪山地马拉松"]


def test_a_role_in_an_event_and_a_whole_event_are_no_names() -> None:
    # 任消防演练总指挥: a role in the drill, no drill's name; 整个比赛: the whole of one
    assert events("副县长孟一舟任消防演练总指挥。") == []
    assert events("整个比赛历时两天。") == []


def test_what_a_person_advises_others_is_no_visit() -> None:
    assert events("主任医师卜文珂提醒，市民如感到不适，要尽快到社区卫生站检查。") == []


def test_a_month_of_a_campaign() -> None:
    assert "全省安全生产月" in events("6月是全省安全生产月，东坪各企业开展应急演练。")


def test_what_is_done_with_a_meeting_and_a_count_of_activities_are_no_names() -> None:
    assert events("与会人员表示，要认真领会这次会议精神。") == []
    assert "百余项活动" not in events("本届读书节共安排百余项活动。")


def test_a_ceremony_named_by_its_act_takes_what_the_story_says_was_done() -> None:
    # the ceremony of 投产 is that of the line the story says began production
    assert events(
        "10日，位于南岭工业园的东湖精工有限公司第二条生产线正式投产。副区长钟远鹏出席投产仪式。"
    ) == ["东湖精工有限公司第二条生产线投产仪式"]
    # what was opened, not where (某培训班|在某学院开班), and not who announced it (宣布|项目开工)
    assert events("3日，全市乡村医生培训班在柳沟卫生学校开班。邝文杰出席开班仪式。") == [
        "全市乡村医生培训班",
        "全市乡村医生培训班开班仪式",
    ]
    assert events("副区长卜文珂宣布项目开工，区长孟一舟主持开工仪式。") == ["开工仪式"]
    # the later mentions of the ceremony are the same one
    names = events("9日晚，改造一新的东坪老街正式开街。开街仪式上，民间艺人表演了舞龙。邝远华出席开街仪式。")
    assert names == ["东坪老街开街仪式"]


def test_a_ceremony_named_by_its_act_takes_the_body_that_held_it() -> None:
    # 某公司在某地|举行|奠基仪式 (奠基仪式 one word to jieba): the company's ceremony
    assert events("14日，东湖精工有限公司在南岭工业小区举行奠基仪式。副区长钟远鹏出席。") == [
        "东湖精工有限公司奠基仪式"
    ]
    assert events("14日，东湖精工有限公司举行奠基仪式。") == ["东湖精工有限公司奠基仪式"]
    # no body before it: the ceremony keeps its bare name
    assert events("5月3日，学校举行升旗仪式。") == ["升旗仪式"]


def test_a_courts_hearing_of_a_case_is_an_event() -> None:
    (trial,) = extract(
        "11月3日，南岭县人民法院在柳沟镇东坪村村委会院内开庭审理一起宅基地纠纷案，村民旁听。"
    ).events
    assert trial.name == "南岭县人民法院在柳沟镇东坪村村委会院内开庭审理一起宅基地纠纷案"
    assert trial.date == "11月3日"
    assert events("5日，东湖区人民法院对被告人甲某开设赌场案进行宣判。") == [
        "东湖区人民法院对被告人甲某开设赌场案进行宣判"
    ]
    # a court's cases in general, or a case no court names before it, are no hearing
    assert events("今年以来，南岭县人民法院已巡回审理案件40件。") == []
    assert events("民警提醒，谨防网络赌博案卷土重来。") == []


def test_a_storys_headline_and_lead_report_one_hearing() -> None:
    text = (
        "东湖区法院宣判一起非法采砂案\n本报讯 6月2日，东湖区人民法院在第三法庭宣判被告人甲某等3人非法采砂案。"
    )
    assert events(text) == ["东湖区人民法院在第三法庭宣判被告人甲某等3人非法采砂案"]


def test_which_event_and_what_is_done_with_it_start_no_name() -> None:
    # 这次, 此次: the name would start after them, and nothing is left
    assert events("大家要跟踪这次恳谈会上的建议。") == []
    assert events("县文化馆筹办这次书画展用了半年。") == []
    # 办 (a class held by someone), 讲解 and 按照 before an event word are no part of a name
    assert events("东坪社区办插花培训班，居民踊跃报名。") == ["插花培训班"]
    assert events("他用大白话讲解全会精神。") == []
    # how many sessions, in Chinese numerals, is a count, not a name; a congress's session stays
    assert events("听了两场讲座，收获不小。") == []
    assert events("东湖市九届人大一次会议今天闭幕。") == ["东湖市九届人大一次会议"]


def test_a_signing_ceremony_held_by_two_parties_names_them() -> None:
    text = "8日，东湖区与南岭远华食品有限公司举行冷链仓储项目签约仪式。区长钟远鹏出席。"
    assert events(text) == ["东湖区与南岭远华食品有限公司冷链仓储项目签约仪式"]
    # no parties before 举行: the name starts after it
    assert events("8日，东湖区举行冷链仓储项目集中签约仪式。") == ["冷链仓储项目集中签约仪式"]


def test_a_delegation_deliberating_and_members_in_groups_are_meetings() -> None:
    text = (
        "3月2日下午，出席东湖市八届人大四次会议的代表分团审议计划报告。"
        "市委书记钟远鹏参加南岭县代表团审议。柳沟区代表团审议时，卜文珂代表建议修缮古桥。"
    )
    found = {e.name: e for e in extract(text).events}
    assert "东湖市八届人大四次会议的代表分团审议计划报告" in found
    assert [p.name for p in found["南岭县代表团审议"].participants] == ["钟远鹏"]
    assert [p.name for p in found["柳沟区代表团审议"].participants] == ["卜文珂"]
    assert events("会议期间，与会人员还将分组讨论《东湖市农业农村工作要点》。") == [
        "与会人员还将分组讨论《东湖市农业农村工作要点》"
    ]
    # groups in a match or a drill, and a delegation no place names, are no such meetings
    assert events("联赛采取分组循环的方式。") == []
    assert events("他到代表团审议现场。") == []
