"""A city paper's own units: its roads, towns, villages, communities and bureaus, written the way a
local report writes them (invented text)."""

from __future__ import annotations

from people.extraction import ORGANISATION, PLACE, extract


def places(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PLACE)]


def bodies(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(ORGANISATION)]


# Roads


def test_a_road_with_a_compass_part_is_named_whatever_its_first_word() -> None:
    # 解放 is a verb to jieba, 建设 a noun of action: both start common road names
    assert places("在解放中路与红旗南路交叉口，交警正在疏导交通。") == ["解放中路", "红旗南路"]
    assert places("沿着振兴北路一直向东就到了。") == ["振兴北路"]


def test_a_road_named_with_a_common_word_where_a_road_is_meant() -> None:
    # a road's section, crossing or sides say it is a road
    assert places("在丰收路中段，施工人员正在铺设管网。") == ["丰收路"]
    assert places("和平街与胜利路交叉口新开了一家药店。") == ["和平街", "胜利路"]


def test_a_way_of_doing_is_still_no_road() -> None:
    assert places("村民们走上了致富路，日子越过越红火。") == []
    assert places("在致富路上，他们越走越有信心。") == []
    assert places("在人生路上，总会遇到困难。") == []


def test_on_a_named_road() -> None:
    # jieba joins 路上 / 路口 into one word
    assert places("在中原路上，环卫工人正在清扫路面。") == ["中原路"]
    assert places("车辆行至中原路口时停了下来。") == ["中原路"]
    # but a common word's 路口 or 路段 is a kind of crossing or stretch, not a road
    assert places("交警在重点路口执勤。") == []
    assert places("拥堵路段已经恢复通行。") == []


def test_a_numbered_road() -> None:
    assert places("他家住在中山三路附近。") == ["中山三路"]
    assert places("市民可从中山一路与北京路交叉口乘车。") == ["中山一路", "北京路"]
    assert places("从北京一路走来，他们看到了很多变化。") == ["北京"]


# Towns, villages, subdistricts and communities under the unit named before them


def test_a_town_whose_level_jieba_joins_to_the_village_after_it() -> None:
    # jieba cuts 某庄|镇南|某村 and 某陵|镇坞|头村: the town ends at its 镇
    assert places("西川县黄庄镇南韩村的村民在练拳。") == ["西川县", "黄庄镇", "南韩村"]
    assert places("东原市紫陵镇坞头村村民种植了山药。") == ["东原市", "紫陵镇", "坞头村"]


def test_two_characters_after_a_town_and_before_cun_name_a_village() -> None:
    assert places("检查组来到云台山镇岸上村检查。") == ["云台山镇", "岸上村"]


def test_two_characters_after_a_district_and_before_jiedao_name_a_subdistrict() -> None:
    assert "待王街道" in places("北山区待王街道组织志愿者走访困难群众。")


def test_a_community_is_a_place() -> None:
    assert places("山阳区光亚街道新城社区开展垃圾分类宣传。") == ["山阳区", "光亚街道", "新城社区"]
    assert places("志愿者走进社区，为居民义诊。") == []
    assert places("全市建成智慧社区30个。") == []


def test_the_villages_own_square_is_not_a_named_place() -> None:
    assert places("温县南韩村的太极拳爱好者在村文化广场练拳。") == ["温县", "南韩村"]


# Bureaus and offices


def test_a_bureau_whose_name_is_a_set_phrase() -> None:
    # jieba tags 自然资源 and 生态环境 as set phrases (l)
    assert bodies("市发改委、市自然资源局、市生态环境局联合召开新闻发布会。") == [
        "市发改委",
        "市自然资源局",
        "市生态环境局",
    ]


def test_a_county_level_bureau_keeps_its_level() -> None:
    # jieba tags a lone 县 as a morpheme (zg)
    assert bodies("县市场监管局执法人员对辖区超市进行了检查。") == ["县市场监管局"]


def test_a_weather_station_and_a_radio_station_are_bodies() -> None:
    assert bodies("据市气象台消息，今年入汛以来降雨偏多。") == ["市气象台"]
    assert bodies("县广播电台的记者赶到现场。") == ["县广播电台"]


def test_a_body_ends_before_what_it_does_with_another() -> None:
    found = bodies("解放区焦南街道办事处联合辖区派出所开展防诈骗宣传。")
    assert "解放区焦南街道办事处" in found
    assert not any("联合" in b for b in found)


def test_an_adjective_inside_a_colleges_name_after_a_place() -> None:
    # (jieba cuts 焦作|新|材料|职业|学院; a name it does not know, 东原新材料, it keeps whole)
    assert bodies("副市长带队到焦作新材料职业学院督导工作。") == ["焦作新材料职业学院"]


def test_a_bureau_by_its_abbreviated_name() -> None:
    # jieba cuts these into new words: 市人|社局, 市|住|建局, 县|文广|旅局
    assert bodies("记者从市人社局获悉，今年新增就业3万人。") == ["市人社局"]
    assert bodies("记者从市住建局获悉，今年改造老旧小区56个。") == ["市住建局"]
    assert bodies("县文广旅局组织开展了送戏下乡活动。") == ["县文广旅局"]
    # but not the common words that end with 局
    assert bodies("要服从大局，顾全大局。") == []


def test_a_body_and_a_post_start_where_the_subdistrict_starts() -> None:
    # jieba cuts 北山区|待|王|街道|办事处: the subdistrict 待王街道 is found whole, and so is its office
    found = extract("北山区待王街道办事处主任钱立新介绍了辖区情况。")
    assert [m.text for m in found.of_type(ORGANISATION)] == ["待王街道办事处"]
    (person,) = found.of_type("person")
    assert person.titles == ("待王街道办事处主任",)
    assert person.organisation == "待王街道办事处"


def test_welfare_homes_and_institutes_are_bodies() -> None:
    assert bodies("志愿者走进东原市社会福利院，为老人表演节目。") == ["东原市社会福利院"]
    assert bodies("北山区敬老院的老人们包起了饺子。") == ["北山区敬老院"]
    assert bodies("该方案由市规划设计院编制。") == ["市规划设计院"]


def test_the_word_after_a_town_that_ends_like_a_village_is_a_village() -> None:
    # jieba tags both as names of persons
    assert places("在西川县赵堡镇陈家沟，太极拳爱好者正在练习。") == ["西川县", "赵堡镇", "陈家沟"]
    assert [m.text for m in extract("在西川县赵堡镇陈家沟，太极拳爱好者正在练习。").of_type("person")] == []
    # a one-character name and 村
    assert places("记者来到北山县周庄镇孔村，只见大棚整齐排列。") == ["北山县", "周庄镇", "孔村"]


def test_a_police_detachment_is_a_body() -> None:
    assert bodies("该案由市公安局刑侦支队侦破。") == ["市公安局刑侦支队", "市公安局"]


def test_a_park_named_with_its_city_and_the_citys_quarter() -> None:
    # the city, the quarter a direction names, the park
    assert places("代表团参观了郑州东郊科技产业园。") == ["郑州东郊科技产业园"]
    # a province and a city written together stay two places
    assert "焦作" in places("河南焦作的一处产业园")


def test_a_county_party_secretarys_title_keeps_the_county() -> None:
    # jieba cuts 某县|委|书记 and leaves 委 alone (zg)
    (person,) = extract("武陟县委书记钱立新带领有关部门负责人调研。").of_type("person")
    assert person.titles == ("武陟县委书记",)
    assert person.organisation == "武陟县委"
    (person,) = extract("博爱县委常委、宣传部部长钱立新陪同。").of_type("person")
    assert person.titles == ("博爱县委常委", "宣传部部长")


def test_a_countys_own_square_keeps_its_name() -> None:
    # a county's park has a name of its own (县|滨河公园), where a village's square is its own
    assert places("群众在县滨河公园散步。") == ["滨河公园"]
    assert places("焦作东部小镇风光好。") == ["焦作"]


def test_every_prefecture_and_henans_counties_are_known_places() -> None:
    # the gazetteer holds every prefecture-level division and Henan's county-level ones, with the
    # bare names that are no common word (张家口 was a person to jieba, 偃师 unknown)
    assert places("他赴张家口参加会议。") == ["张家口"]
    assert [m.text for m in extract("他赴张家口参加会议。").of_type("person")] == []
    assert places("客商从偃师、巩义赶来洽谈。") == ["偃师", "巩义"]
    assert "修武" in places("带动修武当地的山药种植大户销售山药。")
    # a bare name that is a common word is known only with its level (来宾, 安康)
    assert places("来宾们陆续入场。") == []
    assert places("他在来宾市工作。") == ["来宾市"]
    # a prefecture's old name with 地区
    assert places("他曾在吕梁地区工作。") == ["吕梁地区"]


def test_a_town_right_after_its_county_whatever_words_jieba_makes() -> None:
    # jieba cuts 寨|豁乡 (豁乡 a verb)
    assert places("博爱县寨豁乡的山楂丰收了。") == ["博爱县", "寨豁乡"]


def test_a_consortium_is_a_kind_of_body() -> None:
    assert bodies("东原市中医院与北山县人民医院组建医疗联合体。") == ["东原市中医院", "北山县人民医院"]


def test_temples_and_shrines_are_places() -> None:
    assert places("游客来到圆融寺参观。") == ["圆融寺"]
    assert places("活动在嘉应观举行。") == ["嘉应观"]
    assert places("关帝庙前人头攒动。") == ["关帝庙"]
    # words that end like one are not
    assert places("树立正确的世界观，这里的景观很美。") == []


def test_a_town_whose_level_jieba_joins_to_the_village_as_one_place_word() -> None:
    # jieba cuts 东关|镇马村 and tags 镇马村 a place
    assert places("他来到东关镇马村，看望困难群众。") == ["东关镇", "马村"]


def test_a_place_printed_after_a_larger_one_belongs_to_it() -> None:
    found = extract("检查组来到北山县东关镇王家村，又到解放中路察看。").of_type(PLACE)
    assert [(m.text, m.parent) for m in found] == [
        ("北山县", None),
        ("东关镇", "北山县"),
        ("王家村", "东关镇"),
        ("解放中路", None),
    ]


def test_a_village_after_its_town_is_named_once() -> None:
    # jieba cuts 王家庄|村: the village is 王家庄村, not also 王家庄
    assert places("检查组来到北山县东关镇王家庄村，察看村容村貌。") == ["北山县", "东关镇", "王家庄村"]


def test_a_two_part_bureau_after_a_county_jieba_cuts_from_its_level() -> None:
    # 北山|县|发展|和|改革|委员会: jieba's 县 is no noun, the walk back over 和 went no further
    assert bodies("北山县发展和改革委员会组织开展活动。") == ["北山县发展和改革委员会"]


def test_a_units_body_named_after_its_place() -> None:
    assert bodies("王家村村委会组织开展志愿服务活动。") == ["王家村村委会"]
    assert bodies("新城社区居委会、王家村党支部联合开展活动。") == ["新城社区居委会", "王家村党支部"]
    assert bodies("东关派出所民警赶到现场。") == ["东关派出所"]
    # a branch printed right after its bureau is one body, the bureau its parent
    found = {m.text: m.parent for m in extract("南川市公安局东城分局民警赶到现场。").of_type(ORGANISATION)}
    assert found["南川市公安局东城分局"] == "南川市公安局"
    # the kinds alone are no bodies
    assert bodies("各村党支部书记和基层派出所民警参加培训。") == []


def test_a_peoples_organisation_with_its_level_or_place() -> None:
    assert bodies("市妇联、县科协和区残联联合开展活动。") == ["市妇联", "县科协", "区残联"]
    assert bodies("南川市工商联组织开展活动。") == ["南川市工商联"]
    assert bodies("市红十字会组织开展志愿服务活动。") == ["市红十字会"]


def test_cooperatives_are_named_like_companies() -> None:
    assert bodies("南川市丰收种植专业合作社组织社员开展培训。") == ["南川市丰收种植专业合作社"]
    assert bodies("东关镇王家村金穗农民专业合作社成立三年。") == ["东关镇王家村金穗农民专业合作社"]
    # the kinds are no bodies
    assert bodies("村里成立了种植专业合作社，帮助村集体经济合作社做账。") == []


def test_schools_by_number_branches_and_joint_commissions() -> None:
    assert bodies("北山县二中组织学生开展研学活动。") == ["北山县二中"]
    found = {
        m.text: m.parent for m in extract("引进南川一中分校和北山县人民医院分院。").of_type(ORGANISATION)
    }
    assert found["南川一中分校"] == "南川一中"
    assert found["北山县人民医院分院"] == "北山县人民医院"
    assert "市纪委监委" in bodies("市纪委监委组织开展廉政教育。")


def test_zones_reservoirs_scenic_areas_and_compounds() -> None:
    assert places("记者来到南川经济技术开发区，看到施工正忙。") == ["南川经济技术开发区"]
    assert places("北山产业集聚区位于城区东部。") == ["北山产业集聚区"]
    assert places("游客在青龙河风景区游玩，白龙水库碧波荡漾。") == ["青龙河风景区", "白龙水库"]
    assert places("东城街道翠湖小区居民正在清理垃圾。") == ["东城街道", "翠湖小区"]
    # a kind of compound is no name
    assert places("老旧小区改造和各小区的垃圾分类同步推进。") == []


def test_a_clans_village_is_no_person() -> None:
    # jieba's model takes 李家寨 for a name
    assert places("记者来到李家寨，看到村民正在收麦。") == ["李家寨"]
    assert [m.text for m in extract("记者来到李家寨，看到村民正在收麦。").mentions] == ["李家寨"]


def test_stations_and_a_stations_square() -> None:
    assert places("记者来到南川火车站，看到旅客有序进站。") == ["南川火车站"]
    # the square of the station is one place with it, not the station and the square
    assert places("市民在南川火车站北广场休闲。") == ["南川火车站北广场"]
    assert places("他到火车站接人。") == []


def test_a_station_named_by_its_side_of_the_city() -> None:
    # jieba cuts 东站 and 南站 off the city's name as words of their own
    assert places("记者来到北川东站，看到旅客有序进站。") == ["北川东站"]
    assert places("北川南站广场上人头攒动。") == ["北川南站广场"]
    # no name before it, or the station's name naming a quarter: not a station
    assert places("列车到达终点站西站。") == []
    assert places("他家住北川区东站街道。") == ["北川区", "东站街道"]  # (the district is a place too)


def test_a_clans_village_however_jieba_cuts_it() -> None:
    # jieba reads 周家庄 as a name, cuts 王家|寨 and 孙家|营 (a name's pieces, a noun and its end)
    for village in ("周家庄", "王家寨", "孙家营"):
        assert places(f"记者来到{village}，看到村民正在收麦。") == [village]
    # 某家 before a word that only starts with those characters is no village
    assert places("他在李家营业部工作。") == []


def test_a_mountain_jieba_reads_as_a_name() -> None:
    # jieba's model reads 卧牛岭 and 翠屏山 as names; their first characters are no surnames
    assert places("游客在卧牛岭游玩，翠屏山位于城区东部。") == ["卧牛岭", "翠屏山"]
    # a person's name ending like a mountain, a set phrase: no place
    assert places("王金山说，要守护好绿水青山。") == []


def test_a_mountain_lake_or_gorge_jieba_cuts_from_its_name() -> None:
    # jieba cuts 翠微|峡 and 青莲|湖, reading the names as persons' or proper nouns
    assert places("记者登上翠微峡，青莲湖位于城区北部。") == ["翠微峡", "青莲湖"]
    # a lone character before the name: a piece of a longer foreign name, no place
    assert places("在比佛利山的饭店举行午宴。") == []


def test_a_towns_level_jieba_joined_to_the_village_after_it() -> None:
    # jieba cuts 化工|镇柳坡|村 and 西河|镇西|河村: no place 镇柳坡 or 镇西
    assert places("南川市化工镇柳坡村的村民说，") == ["南川市", "化工镇", "柳坡村"]
    assert places("北山县西河镇西河村") == ["北山县", "西河镇", "西河村"]
    # a place whose name starts with 镇 is still one
    assert places("江苏镇江的客商") == ["江苏", "镇江"]


def test_a_housing_compound_named_with_common_words() -> None:
    # 锦绣家园 and 金色家园 are common words, but a name ending in 家园/花园/半岛 before 小区 is a compound's
    assert places("记者来到锦绣家园小区，金色家园小区的居民正在清扫。") == ["锦绣家园小区", "金色家园小区"]
    # kinds of compounds stay kinds
    assert places("老旧住宅小区和高档小区同步改造。") == []


def test_along_a_road_and_the_direction_after_it() -> None:
    # 沿 (along) is no part of the road's name; 向东走 is a direction, not a person 向东
    assert [(m.type, m.text) for m in extract("沿人民路向东走。").mentions] == [("place", "人民路")]
    # a road named with a common word, where the text says which way along it
    assert places("车辆沿解放路向西行驶。") == ["解放路"]
    assert not extract("他向东走了200米。").mentions
    # 向 is still a surname where a name stands
    assert [m.text for m in extract("县长向东明主持会议。").mentions] == ["向东明"]


# Counties and districts the gazetteer does not know


def test_a_county_or_district_the_gazetteer_lacks_however_jieba_cuts_it() -> None:
    # 柘石|县 (a rare noun), 蔺|川|区 (a name and a character), 岚|东区 (a place word)
    text = "柘石县、蔺川区的果农忙着采摘，岚东区的菜农忙着上市。市委书记深入柘石县企业调研。"
    assert places(text) == ["柘石县", "蔺川区", "岚东区", "柘石县"]


def test_kinds_of_county_and_district_are_no_names() -> None:
    text = "全国百强县名单公布，深入产煤县调研，在老城区开展整治，为社区服务，河灌区完成改造，在全县推广。"
    assert not {"产煤县", "为社区", "河灌区", "在全县", "城区", "社区"} & set(places(text))


# A place's party bodies and the Party's committees


def test_a_towns_or_villages_party_body_from_its_heads_post() -> None:
    text = "柳沟镇党委书记钟立、南岭村党支部书记卜文、桂园社区党委副书记邝华参加。"
    assert bodies(text) == ["柳沟镇党委", "南岭村党支部", "桂园社区党委"]


def test_the_partys_committee_of_a_place_with_zhonggong_before_it() -> None:
    assert bodies("中共柘川县委召开全体会议。") == ["中共柘川县委"]
    assert "中共中央" in bodies("中共中央印发通知。")


def test_the_youth_leagues_committee_by_its_short_name() -> None:
    assert "团县委" in bodies("团县委和县妇联共同举办青年联谊会。")


def test_a_units_body_jieba_cuts_in_two_after_the_place() -> None:
    # 司法|所
    assert "柳沟街道司法所" in bodies("柳沟街道司法所调解了一起邻里纠纷。")


def test_a_county_zone_named_after_a_county_the_gazetteer_lacks() -> None:
    assert places("柘石县工业园今年新落户企业12家。") == ["柘石县工业园"]
    assert places("先后参观了蔺川工业园和岚东产业园。") == ["蔺川工业园", "岚东产业园"]


def test_roads_by_their_number() -> None:
    assert places("货车从国道107线驶入，再转省道312线。") == ["国道107线", "省道312线"]


def test_all_the_way_along_a_road_is_no_road() -> None:
    assert "公路一路" not in places("骑车沿着柳沟公路一路往东，半小时就到了。")


def test_what_jieba_glues_before_a_bodys_or_places_name() -> None:
    # the former factory; the 记 of a feature's sub-title
    assert bodies("他退休前在原柘川机床厂当钳工。") == ["柘川机床厂"]
    assert places("——记桂园社区的银发调解员") == ["桂园社区"]
    assert bodies("原阳县人民政府发布通告。") == ["原阳县人民政府"]


def test_a_county_whose_name_jieba_knows_only_as_bound_morphemes() -> None:
    # 碧|溆|县, 赤|浉|县, 漷|坪|县: one of the two characters a morpheme jieba cannot place, the other
    # whatever it makes of it (an adjective, a verb)
    assert places("市委宣讲团深入碧溆县、赤浉县宣讲。") == ["碧溆县", "赤浉县"]
    assert places("这条路是连接市区与漷坪县的主要通道。") == ["漷坪县"]
    # a district named 某城区 after such a character, not a kind of district
    assert places("改建工程起于洺城区，止于机场。") == ["洺城区"]
    assert places("加快改造主城区的老旧小区，城区面貌一新。") == []


def test_a_town_and_village_after_a_county_jieba_cuts_in_single_characters() -> None:
    # 栎|山县|岩|碾|镇|后|塬|村: the county's name cut after its first character, then two characters
    # after each unit name the next one down (石磙: a noun, as jieba knows it)
    assert places("活动在栎山县岩碾镇后塬村举行。") == ["栎山县", "岩碾镇", "后塬村"]
    assert places("活动在栎山县石磙镇后塬村举行。") == ["栎山县", "石磙镇", "后塬村"]
    # the county read first, then its town (漷|坪|县|枳碾镇)
    assert places("活动在漷坪县枳碾镇后塬村举行。") == ["漷坪县", "枳碾镇", "后塬村"]


def test_a_region_named_as_one_by_its_provinces_characters() -> None:
    # 京津冀 is a region of its own; 港澳台 (the people of) three places
    assert places("推动京津冀协同发展。") == ["京津冀"]
    assert places("欢迎港澳台同胞回乡投资。") == ["港", "澳", "台"]


def test_a_function_word_jieba_glued_to_a_place_it_does_not_know() -> None:
    # 访岙阳|市, 于峒溪县: the word before is no part of the city's or county's name
    found = extract("——访岙阳市教育局局长钟远鹏")
    assert bodies("——访岙阳市教育局局长钟远鹏") == ["岙阳市教育局"]
    assert [(m.text, m.titles) for m in found.mentions if m.type == "person"] == [
        ("钟远鹏", ("岙阳市教育局局长",))
    ]
    assert places("一组出土于峒溪县的画像砖在这里展出。") == ["峒溪县"]


def test_a_preposition_jieba_glued_to_a_city_it_does_not_know_cut_before_its_level() -> None:
    # 由浈|坪市, 由峤|川市: the preposition and the city's first character one word, its second
    # character and the level another; the company's name starts with the city, not with 由
    for city in ("浈坪市", "峤川市"):
        text = f"这个项目由{city}颐年养老服务有限公司承办。"
        assert bodies(text) == [f"{city}颐年养老服务有限公司"]
    # a city jieba knows stays apart from the word before it (向|新|城市: no place)
    assert places("他们向新城市进发。") == []


def test_a_town_or_village_whose_first_character_jieba_knows_only_as_a_morpheme() -> None:
    # 滃|口镇, 溇|塘村: jieba glues the second character to the level and leaves the first alone
    assert places("今年以来，滃口镇推行网格化管理。") == ["滃口镇"]
    assert places("溇塘村第三网格有住户两百余户。") == ["溇塘村"]
    # a count of towns or a common measure word before a village is no name's first character
    assert places("全县三个镇都建起了卫生院。") == []


def test_a_preposition_jieba_glued_to_a_districts_or_roads_first_character() -> None:
    # 在某|某区, 经某|某路 as jieba's model cuts them for some rare characters: the preposition is
    # no part of the place
    from people.extraction.core import _split_head_glued
    from people.extraction.tokenizer import tokenizer_for

    word_tag = tokenizer_for(None).word_tag_tab
    tagged = [("我", "r"), ("住", "v"), ("在滃", "a"), ("溪区", "ns")]
    assert _split_head_glued(tagged, "我住在滃溪区", word_tag)[2:] == [("在", "p"), ("滃溪区", "ns")]
    assert [w for w, _ in _split_head_glued([("经滃", "ns"), ("溪路", "ns")], "经滃溪路", word_tag)] == [
        "经",
        "滃溪路",
    ]


# Autonomous units and ethnic townships, and districts jieba does not know


def test_an_autonomous_county_or_an_ethnic_township_is_named_with_its_nationalities() -> None:
    assert places("柳沟满族自治县、南岭县两地签约。") == ["柳沟满族自治县", "南岭县"]
    assert places("来到东坪黎族苗族自治县，") == ["东坪黎族苗族自治县"]
    # jieba cuts the name as a rare character and a word, or as a name and its seat (某岗|屯)
    assert places("南岭县溆坪朝鲜族乡柳沟村") == ["南岭县", "溆坪朝鲜族乡", "柳沟村"]
    assert places("石岗屯满族镇的村民在排练。") == ["石岗屯满族镇"]
    # the nationality and the level alone are a kind of township, none named
    assert places("全县有3个朝鲜族乡，") == []


def test_a_body_of_an_autonomous_county_starts_at_its_name() -> None:
    r = extract("溆坪苗族自治县文化和旅游局局长钟远鹏说")
    assert [m.text for m in r.of_type(ORGANISATION)] == ["溆坪苗族自治县文化和旅游局"]
    (person,) = (m for m in r.mentions if m.type == "person")
    assert person.titles == ("溆坪苗族自治县文化和旅游局局长",)


def test_a_district_whose_name_jieba_glues_to_a_rare_word_of_its_level() -> None:
    # 溆|岗区, 溆|港区: a character jieba knows only as a name or a morpheme, then its level
    assert places("东坪市溆岗区南岭镇柳沟村") == ["东坪市", "溆岗区", "南岭镇", "柳沟村"]
    assert places("在溆港区柳沟镇") == ["溆港区", "柳沟镇"]
    # the district's zone is named after it; a zone with a name of its own is not
    assert places("推进溆港区新材料产业园建设，溆港区柳湾工业园也") == [
        "溆港区新材料产业园",
        "溆港区",
        "柳湾工业园",
    ]
    # a hospital's east campus and a community are no districts
    assert places("市中心医院东院区开诊") == []
    assert places("该社区组织志愿者") == []


def test_a_subdistrict_named_after_its_road() -> None:
    assert places("在南岭区东湖路街道，") == ["南岭区", "东湖路街道"]


def test_a_count_of_households_before_a_kind_of_area_names_no_district() -> None:
    assert places("东湖县300户山区群众搬进了新房。") == ["东湖县"]


def test_the_building_of_an_address_is_no_part_of_the_body_after_it() -> None:
    assert "市委宣传部" in bodies("来信请寄东湖市政务中心3号楼市委宣传部。")
    assert not any(b.startswith("楼") for b in bodies("来信请寄东湖市政务中心3号楼市委宣传部。"))
