"""A kind of place is not a place's name, even where jieba's dictionary tags it as one (invented
text)."""

from __future__ import annotations

from people.extraction import ORGANISATION, PERSON, PLACE, extract


def places(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PLACE)]


def test_a_kind_of_city_is_not_a_place() -> None:
    assert places("南川市是一座港口城市。") == ["南川市"]
    assert places("周边城市纷纷效仿。") == []


def test_a_prefecture_named_with_diqu_stays_a_place() -> None:
    # whatever jieba tags its first word (吕梁: a name; 毕节: a noun)
    assert places("他曾在吕梁地区工作。") == ["吕梁地区"]
    assert places("他曾在毕节地区工作。") == ["毕节地区"]


def test_a_clans_village_is_a_place() -> None:
    # a surname and a word for a clan's seat before 村 (王家村, 赵家村), not a common noun (亮点村)
    assert places("他住在小河镇王家村，离家不远。")[:2] == ["小河镇", "王家村"]
    assert "亮点村" not in places("小河镇打造了一个亮点村。")


def test_a_towns_level_does_not_start_the_village_after_it() -> None:
    # jieba cuts 小河|镇北|徐村: 镇 ends the town, the village is 北徐村
    assert "北徐村" in places("他住在小河镇北徐村。")
    assert "镇北徐村" not in places("他住在小河镇北徐村。")


def test_going_somewhere_is_not_a_place() -> None:
    # 离城 (from the town), 回国, 入城: a verb of going and where to, not a place's name, whatever
    # jieba's dictionary or its guess of a new word tags it
    assert places("他住在小河镇，离城不远。") == ["小河镇"]


def test_how_many_or_which_is_not_part_of_a_place() -> None:
    # 主要|大街, 整条|大街: a quantity or a choice before a kind of place
    assert places("南川市主要大街挂起了灯笼。") == ["南川市"]
    assert places("整条大街上都是人。") == []


def test_a_kind_of_settlement_after_a_common_word_is_no_place() -> None:
    # 东部|小镇, 卫生|文明村: a direction or a quality before a kind of place
    assert places("他住在南川市东部小镇。") == ["南川市"]
    assert places("全县建成卫生文明村３０个。") == []
    # guard: a proper word before the kind keeps the name
    assert places("游客来到鹿鸣小镇。") == ["鹿鸣小镇"]
    # guard: streets and subdistricts are named with common words
    assert places("他来到光明街道调研。") == ["光明街道"]
    assert places("胜利街道的居民前来参观。") == ["胜利街道"]


def test_a_countys_townships_are_no_township() -> None:
    # 洛宁县|乡、镇: the county, then its townships and towns by their level
    assert places("记者对洛宁县乡、镇两级的账目进行核查。") == ["洛宁县"]
    # guard: a township after its county is still found
    assert places("他住在洛宁县柳营乡石沟村。")[-2:] == ["柳营乡", "石沟村"]


def test_two_levels_with_a_word_between_are_no_village() -> None:
    # 村联乡, 乡保镇: a phrase over levels, not a town's name
    assert places("户联户，村联乡，乡联镇。") == []
    assert places("村保乡，乡保镇。") == []
    # guard: a village named by its side of the town (镇西村)
    assert "镇西村" in places("他住在小河镇镇西村。")


def test_a_way_is_not_a_road() -> None:
    # 上路: setting out, not a road's name
    assert places("收拾行装上路。") == []
    assert places("他走过槐荫路。") == ["槐荫路"]


def test_an_activity_before_a_named_road_is_not_part_of_it() -> None:
    # 宣传|中山路: jieba holds the road's name in one word, the activity before it is no part
    assert places("他们大力宣传中山路的小吃。") == ["中山路"]


def test_a_set_phrase_tagged_as_a_place_is_none() -> None:
    # jieba's dictionary tags these four-character phrases ns; they end like no place
    assert places("他一生淡泊明志，晚年游遍名山胜川。") == []
    # guard: a place made of a common noun ends like a place
    assert places("黄土高原上的南川市。") == ["黄土高原", "南川市"]


def test_where_before_diqu_is_no_region() -> None:
    # 外海地区: a locative word and 地区, not a region's name
    assert places("渔船驶向外海地区作业。") == []


def test_a_city_by_its_size_is_no_place() -> None:
    # jieba's dictionary tags 大都市 ns: a kind of city, not one named
    assert places("南川市是一座现代化都市，也是一座大都市。") == ["南川市"]


def test_places_listed_and_counted_by_level_are_places() -> None:
    # 甲、乙、丙三县: the bare names before a count of counties; the count names none
    assert places("洛宁、栾川、汝阳三县联合开展巡查。") == ["洛宁", "栾川", "汝阳"]
    assert places("宜阳、伊川两县签订协议。") == ["宜阳", "伊川"]
    # guard: persons counted as persons stay persons
    assert places("邢晓岚、卜文珂两位同志出席。") == []


def test_two_characters_after_a_county_before_zhen_name_a_town() -> None:
    # 某县|叫|河镇: whatever jieba makes of the town's name, a county's name ends before it
    assert places("他来到洛宁县叫河镇。") == ["洛宁县", "叫河镇"]
    # guard: a verb or a function word before 镇 names no town
    assert places("栾川县还有镇上的集市。") == ["栾川县"]


def test_a_level_cut_off_a_foreign_city_is_part_of_its_name() -> None:
    # jieba cuts 芝加哥|市: the city's name is written with its level
    assert places("代表团访问了芝加哥市。") == ["芝加哥市"]
    assert places("西雅图市市长出席。") == ["西雅图市"]


def test_a_slogans_level_is_no_place() -> None:
    # 科技立市, 生态强县, 农业大省: a field and a verb or a size before the level
    assert places("坚持把科技作为立市之本，坚持生态强县、文旅兴县。他来自农业大省。") == []
    assert places("全市普通高中今年扩招。") == []


def test_a_kind_of_place_by_its_size_state_or_use() -> None:
    assert places("加固病险水库和小型水库，建设口袋公园，人均公园绿地增加，深入山区村走访。") == []
    # a name before the suffix makes it a place
    assert places("市民在青龙湖公园散步。") == ["青龙湖公园"]


def test_a_zone_keeps_the_county_it_is_named_after() -> None:
    assert places("林州市智能装备产业园和安阳县建材产业园建设加快。") == [
        "林州市智能装备产业园",
        "安阳县建材产业园",
    ]
    # a town before a village is a place of its own
    assert places("东关镇西庄村的村民。") == ["东关镇", "西庄村"]


def test_a_lake_or_a_hill_inside_a_parks_name_does_not_start_it() -> None:
    # jieba tags the one character of the lake ns (某鹭|湖|公园): the name runs on to the left
    assert places("市民在白鹤湖公园散步。") == ["白鹤湖公园"]
    assert places("游客在翠屏山公园拍照。") == ["翠屏山公园"]
    # guard: a county before a park stays the start of its name (北山县|某某公园)
    assert places("北山县青龙湖公园开园。") == ["北山县", "青龙湖公园"]


def test_a_district_jieba_cuts_from_its_level_is_a_place() -> None:
    # 南岭|区: a dictionary place name and the district's level as jieba cuts them
    assert places("他来到南岭区。") == ["南岭区"]
    assert places("南岭区副区长程立新出席。") == ["南岭区"]


def test_a_rank_before_a_kind_of_zone_is_no_place() -> None:
    assert places("东坪产业集聚区被认定为省级经济技术开发区。") == ["东坪产业集聚区"]
    assert places("该区升级为国家级湿地公园。") == []


def test_a_named_venue_is_a_place_not_a_body() -> None:
    ms = extract("颁奖晚会在东坪大剧院举行，闭幕式在东坪体育中心举行。")
    assert [m.text for m in ms.of_type(PLACE)] == ["东坪大剧院", "东坪体育中心"]
    assert ms.of_type(ORGANISATION) == []
    assert places("东坪县工人影剧院") == ["东坪县工人影剧院"]
    # a venue named by no place or name is a kind
    assert places("学校新建了体育馆。") == []
    # a service centre is a body (服务中心, 指挥中心)
    assert places("东坪县农资综合服务中心") == []


def test_a_zone_keeps_its_county_however_jieba_cuts_it() -> None:
    # 某岭|县 (jieba's lone 县), a verb inside the zone's name after its place
    assert places("项目落户南岭县新材料产业园。") == ["南岭县新材料产业园"]
    assert places("项目落户东坪区汽车制造产业园。") == ["东坪区汽车制造产业园"]
    # no place before a verb in it: a kind of zone
    assert places("计划建设汽车制造产业园。") == []


def test_roads_listed_after_a_road_or_as_the_ends_of_a_stretch() -> None:
    # 解放路, 建设路: a common word and 路, a road where the text lists roads or gives a stretch
    assert places("施工期间，车辆请绕行胜利路、解放路。") == ["胜利路", "解放路"]
    assert places("东风路（建设路至滨河路段）将封闭施工。") == ["东风路", "建设路", "滨河路"]
    assert places("要走好解放思想这条路。") == []


def test_a_common_word_right_after_the_unit_above_names_a_town_or_village() -> None:
    assert places("在东坪县石碑镇柳林村的茶园里。") == ["东坪县", "石碑镇", "柳林村"]
    # a common word (石门) and 村 right after the town found before it
    assert places("在东坪县马鞍镇石门村的稻田边。") == ["东坪县", "马鞍镇", "石门村"]
    assert places("东坪县亮点村建设稳步推进。") == ["东坪县"]


def test_going_back_and_when_are_no_places() -> None:
    assert places("他去年回村创业，办起了养鸡场。") == []
    assert places("游客可以联系景区预约讲解。") == []


def test_the_way_a_route_goes_is_no_part_of_a_roads_name() -> None:
    assert places("赛道途经观澜路、滨河大道。") == ["观澜路", "滨河大道"]


def test_a_district_whose_first_character_jieba_glues_to_he_or_tags_a_place() -> None:
    assert "枫南区" in places("今年，市区和枫南区的学校都扩招了。")  # (和枫|南区)
    assert "濮南区" in places("今年，市区和濮南区新建学校十所。")  # (濮|南区: a place's character)


def test_a_district_whose_first_character_jieba_reads_as_a_verb_or_a_morpheme() -> None:
    # 望|淮区: a verb that takes no place after it; 宕|山县: a morpheme left alone
    assert "望沙区" in places("在望沙区人民法院，法官依法公开宣判。")
    assert "宕河县" in places("他在宕河县人民医院工作。")
    # but a verb that goes somewhere is no place's first character
    assert "到东区" not in places("他到东区开会。")


def test_a_county_whose_name_starts_with_a_direction() -> None:
    # 东|某|县, 东|某县: jieba tags the direction a locative, the rare character a morpheme or a place
    assert "东岢县" in places("在东岢县果香园合作社，工人们正忙着。")
    assert "东郓县" in places("在东郓县果香园合作社，工人们正忙着。")


def test_a_profiles_sub_title_glues_ji_to_the_county() -> None:
    # ——记某|坪县…: 记 is the sub-title's verb, no part of the post
    found = extract("——记槐坪县南坪村党支部书记孟一舟").of_type(PERSON)
    assert [(m.text, m.titles) for m in found] == [("孟一舟", ("槐坪县南坪村党支部书记",))]


def test_a_village_named_with_a_locative_under_its_township() -> None:
    # 后|岗村 under 某家集|乡 or 某家|集乡: the township's name jieba reads as a person's or splits
    assert "后岗村" in places("东坪县邝家集乡后岗村菜农在大棚里忙碌。")
    assert "后岗村" in places("东坪县孟家集乡后岗村菜农在大棚里忙碌。")


def test_a_towns_level_glued_to_a_village_named_with_a_locative() -> None:
    # 南岭|镇上|坪村: jieba reads 镇上 ("in town"); the town and the village are whole
    found = places("东坪县南岭镇上坪村的村民正在采茶。")
    assert "南岭镇" in found and "上坪村" in found and "坪村" not in found
    assert places("他在镇上住了三年。") == []


def test_the_banners_sums_and_gachas_of_the_steppe_are_places() -> None:
    # counties, townships and villages by their Mongolian levels, however jieba cuts the names
    assert places("东坪右旗格根敖包苏木的牧民说，全旗又修了十座棚圈。") == ["东坪右旗", "格根敖包苏木"]
    assert places("宝格达嘎查位于东坪旗北部。") == ["宝格达嘎查", "东坪旗"]
    # the banner jieba reads as one place word, a gacha it cuts in two (某某嘎|查)
    assert places("东坪旗柳沟苏木南岭嘎查的牧民说。") == ["东坪旗", "柳沟苏木", "南岭嘎查"]
    # a flag is no banner, nor one named by its emblem
    assert places("广场上插满五星红旗，牧民送来一面锦旗。") == []
    assert places("会场挂起梅花旗和彩旗，还有牡丹花旗。") == []


def test_ports_and_crossings_are_places() -> None:
    # a port's district, a working area, a wharf, a fishing port and a border crossing, by name
    assert places("货轮停靠在溆川港区，东坪作业区的吊机正在作业。") == ["溆川港区", "东坪作业区"]
    assert places("南岭港集装箱码头今天投入使用，溆坪渔港也很繁忙。") == ["南岭港集装箱码头", "溆坪渔港"]
    assert places("车辆经柳沟口岸出境，比去年多两成。") == ["柳沟口岸"]


def test_a_kind_of_port_is_no_place() -> None:
    assert places("新建的集装箱码头和散货码头提升了运力，这是一个国家二类口岸。") == []


def test_a_ports_district_is_named_apart_from_the_port() -> None:
    found = places("东湖港柳沟港区今年吞吐量创新高。")
    assert "柳沟港区" in found and "东湖港柳沟港区" not in found
