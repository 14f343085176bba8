"""Entity extraction on small invented sentences (no database)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from people.extraction import ORGANISATION, PERSON, PLACE, Extraction, Lexicon, entity_names, extract


def persons(text: str, **kw) -> dict[str, tuple[str, ...]]:
    return {m.text: m.titles for m in extract(text, **kw).of_type(PERSON) if m.titles} | {
        m.text: () for m in extract(text, **kw).of_type(PERSON) if not m.titles
    }


def test_it_finds_a_title_and_its_organisation():
    ex = extract("4月3日，市委书记韩立功出席会议并讲话。")
    [p] = ex.of_type(PERSON)
    assert p.text == "韩立功"
    assert p.titles == ("市委书记",)
    assert p.organisation == "市委"
    assert "市委" in entity_names(ex)["organisations"]


def test_it_keeps_chained_titles_with_parentheses():
    ex = extract("示范区（高新区）党工委书记、管委会主任范志远到企业调研。")
    [p] = [m for m in ex.of_type(PERSON) if m.titles]
    assert p.text == "范志远"
    assert p.titles == ("示范区（高新区）党工委书记", "管委会主任")


def test_it_reads_a_list_of_names_before_a_role_verb():
    names = entity_names(extract("区领导冯立新出席。苗秀英、卫家轩、殷德宝参加。"))["persons"]
    assert {"苗秀英", "卫家轩", "殷德宝", "冯立新"} <= set(names)


def test_it_finds_a_person_quoted():
    names = entity_names(extract("“这是我们的目标。”贺春梅说。"))["persons"]
    assert "贺春梅" in names


def test_reporters_and_photographers_are_credits_not_mentions():
    text = "本报讯（记者卢晓丹 通讯员薛文亮）昨日，公司总经理邵建平介绍了情况。（严明辉 摄）"
    ex = extract(text, exclude=frozenset({"卢晓丹"}))
    mentioned = [m.text for m in ex.of_type(PERSON)]
    assert "邵建平" in mentioned
    # the archive stores them as the piece's credits (from its by-line), not as people it names
    assert not {"卢晓丹", "薛文亮", "严明辉"} & set(mentioned)
    assert [c.text for c in ex.credits] == ["卢晓丹", "薛文亮", "严明辉"]
    assert [text[c.start : c.end] for c in ex.credits] == ["卢晓丹", "薛文亮", "严明辉"]
    # a list of the people in the text has them all
    assert set(entity_names(ex)["persons"]) == {"卢晓丹", "薛文亮", "邵建平", "严明辉"}


def test_a_photo_credit_after_a_reporters_post_is_the_name_alone():
    ex = extract("（新华社记者卜文珂摄）")
    assert [c.text for c in ex.credits] == ["卜文珂"]


def test_it_finds_organisations_by_suffix():
    orgs = entity_names(extract("河南省云台山旅游发展有限公司与修武县文化广电和旅游局签约。"))[
        "organisations"
    ]
    assert "河南省云台山旅游发展有限公司" in orgs


def test_it_finds_places_from_the_gazetteer_with_and_without_suffix():
    places = entity_names(extract("焦作位于河南省西北部，孟州市和温县相邻。"))["places"]
    assert {"焦作", "河南省", "孟州市", "温县"} <= set(places)


def test_it_does_not_take_a_county_for_a_person():
    ex = extract("博爱县、山阳区、高新区设分会场。")
    assert not ex.of_type(PERSON)
    assert {"博爱县", "山阳区", "高新区"} <= {m.text for m in ex.of_type(PLACE)}


def test_it_finds_a_named_meeting_with_date_and_participants():
    ex = extract("4月12日，全市秸秆综合利用现场推进会召开。副市长邢书林出席并讲话。")
    ev = [e for e in ex.events if "推进会" in e.name]
    assert ev and ev[0].name == "全市秸秆综合利用现场推进会"
    assert ev[0].type == "meeting"
    assert ev[0].date == "4月12日"


def test_it_learns_a_confirmed_person_and_forgets_a_rejected_surface():
    text = "在会上，阿依古丽宣读了决定。山阳区代表发言。"
    assert "阿依古丽" not in entity_names(extract(text))["persons"]
    lex = Lexicon(
        known_persons=frozenset({"阿依古丽"}),
        rejected=frozenset({(PLACE, "山阳区")}),
    )
    names = entity_names(extract(text, lexicon=lex))
    assert "阿依古丽" in names["persons"]
    assert "山阳区" not in names["places"]
    # the default tokenizer is untouched by the lexicon
    assert "阿依古丽" not in entity_names(extract(text))["persons"]


def test_it_maps_aliases_to_canonical_names():
    lex = Lexicon(known_organisations=frozenset({"焦作日报社"}), aliases={"焦作日报社": "焦作日报"})
    orgs = entity_names(extract("焦作日报社举办读者见面会。", lexicon=lex))["organisations"]
    assert "焦作日报" in orgs


def test_it_is_deterministic():
    text = "市长孔令军在武陟县调研时强调，要抓好河南中原高速公路股份有限公司项目。"
    assert extract(text) == extract(text)


def test_it_returns_an_empty_extraction_for_empty_text():
    assert extract("") == Extraction()
    assert entity_names(extract("  ")) == {"persons": [], "organisations": [], "places": []}


def test_it_gives_organisation_mentions_their_method_and_confidence():
    ex = extract("焦作市人大常委会召开会议。")
    orgs = ex.of_type(ORGANISATION)
    assert orgs and all(m.method and 0 < m.confidence <= 1 for m in orgs)


_ALPHABET = st.sampled_from(
    list("市委书记李王张刘出席说、，。“”（）河南省焦作县区镇村公司局会议召开 \n1234月日abc")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_it_never_fails_and_keeps_spans_inside_the_text(text):
    ex = extract(text)
    assert isinstance(ex, Extraction)
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)
        surface = text[m.start : m.end]
        assert m.text == surface or (m.type == ORGANISATION and m.text.endswith(surface))
    for e in ex.events:
        assert 0 <= e.start <= e.end <= len(text)


def test_it_gives_an_organisation_its_parent_when_the_name_shows_it():
    ex = extract("焦作市人大常委会办公室发布公告。市委宣传部组织学习。")
    parents = {m.text: m.parent for m in ex.of_type(ORGANISATION)}
    assert parents.get("焦作市人大常委会办公室") == "焦作市人大常委会"
    assert parents.get("市委宣传部") == "市委"


def test_it_reads_a_post_after_the_name():
    ex = extract("学习贯彻程志远总书记的重要讲话。")
    assert {(m.text, m.titles) for m in ex.of_type(PERSON)} == {("程志远", ("总书记",))}


def test_it_gives_event_participants_their_roles():
    ex = extract("5月8日，全县乡村振兴工作推进会召开。县委书记孟庆安主持会议，县长乔文彬出席并讲话。")
    [ev] = [e for e in ex.events if e.name.endswith("推进会")]
    assert ev.date == "5月8日"
    ex2 = extract("县委书记孟庆安主持会议，县长乔文彬出席全县乡村振兴工作推进会并讲话。")
    [ev2] = [e for e in ex2.events if e.name.endswith("推进会")]
    roles = {(p.name, p.role) for p in ev2.participants}
    assert ("孟庆安", "主持") in roles and ("乔文彬", "出席") in roles


def test_it_finds_villages_and_towns_by_suffix():
    places = entity_names(extract("他在宁安镇北杜庄村当了三年第一书记。"))["places"]
    assert "北杜庄村" in places and "宁安镇" in places


def test_it_takes_the_company_post_as_the_title():
    ex = extract("焦作市恒通机械有限公司总经理窦立新说，订单增加了。")
    [p] = ex.of_type(PERSON)
    assert p.titles == ("总经理",)
    assert p.organisation == "焦作市恒通机械有限公司"
    assert "焦作市恒通机械有限公司" in entity_names(ex)["organisations"]


def test_it_keeps_a_dotted_foreign_name_whole():
    names = entity_names(extract("会见了来访的外交部长阿里·卡萨诺夫，双方进行了交谈。"))["persons"]
    assert "阿里·卡萨诺夫" in names
    assert "卡萨诺夫" not in names


def test_it_rejects_common_words_that_jieba_tags_as_names():
    names = entity_names(extract("这是双赢的效果，要用智慧和力量推动文明建设。"))["persons"]
    assert names == []


def test_it_finds_a_party_congress_and_a_national_body():
    orgs = entity_names(extract("学习贯彻党的二十大精神，落实国务院部署。"))["organisations"]
    assert "二十大" in orgs and "国务院" in orgs


def test_it_does_not_take_words_after_a_post_for_names():
    text = "坚持领导干部包片联系，引导村民文明过节，毛书记那么忙还来看我。"
    assert entity_names(extract(text))["persons"] == []


def test_it_reads_a_title_after_the_name_and_a_shared_group_post():
    ex = extract("市园林局干部柴向东是驻马庄村第一书记。区领导卓文清、龚立平出席。")
    titles = {m.text: m.titles for m in ex.of_type(PERSON)}
    assert titles["柴向东"][-1] == "驻马庄村第一书记"
    assert titles["龚立平"] == ("区领导",)


def orgs(text: str) -> set[str]:
    return set(entity_names(extract(text))["organisations"])


def test_a_body_named_by_its_kind_takes_the_full_name_the_text_gave_it():
    text = "记者从东城区文化局获悉，今年以来，该区文化局共举办讲座二十场。"
    assert orgs(text) == {"东城区文化局"}
    [_, later] = extract(text).of_type(ORGANISATION)
    assert text[later.start : later.end] == "文化局"  # the evidence stays what the page prints


def test_a_bare_body_in_a_chain_of_posts_belongs_to_the_first_bodys_place():
    ex = extract("青山区（新城区）党工委书记、管委会主任范志远到企业调研。")
    assert "青山区（新城区）管委会" in entity_names(ex)["organisations"]
    assert "管委会" not in entity_names(ex)["organisations"]


def test_kinds_of_bodies_ideas_and_designations_are_not_organisations():
    found = orgs("推动企业与高等院校合作，建设市级重点实验室，发挥开发性银行作用，推动构建人类命运共同体。")
    assert found.isdisjoint({"高等院校", "市级重点实验室", "开发性银行", "人类命运共同体", "重点实验室"})


def test_a_congress_of_an_unnamed_body_is_a_meeting_but_a_national_congress_is_named():
    assert not any("代表大会" in o for o in orgs("大会选举产生了第三次代表大会主席团。"))
    assert "中国共产党第十六次全国代表大会" in orgs("中国共产党第十六次全国代表大会在北京召开。")


def test_a_place_before_a_word_that_only_ends_like_a_body_is_no_body():
    assert orgs("该县作为全市中心城区，交通便利。") == set()
    assert orgs("青山区人大工委主任李成林介绍情况。") == {"青山区人大工委"}


def test_words_before_a_body_that_are_not_its_name_are_trimmed():
    assert "新一届东城区工商联合会" not in orgs("大会选举产生了新一届东城区工商联合会。")
    assert "东城区工商联合会" in orgs("大会选举产生了新一届东城区工商联合会。")


def test_rare_dictionary_phrases_tagged_as_bodies_are_not_taken():
    # jieba's dictionary tags a few thousand rare phrases nt; they are not organisations.
    assert orgs("公司鼓励员工商务旅行时节约开支。") == set()


def test_a_surname_and_a_kinship_word_is_not_a_name():
    assert "张阿姨" not in persons("社区的张阿姨高兴地说，日子越过越好。")


def test_a_common_word_the_dictionary_tags_as_a_name_needs_a_names_context():
    assert "安静" not in persons("孩子们向安静的角落走去。")
    assert "王林" in persons("村党支部书记王林说，今年增收明显。")


def test_a_new_word_between_two_nouns_is_part_of_the_noun_phrase():
    found = persons("统筹山水林田湖草沙系统治理。游客王小五说，景色很美。")
    assert "林田湖" not in found
    assert "王小五" in found


def test_kinds_of_places_are_not_places_and_words_before_a_name_are_trimmed():
    places = entity_names(extract("加快城中村改造，建设国家高新区。加快建设青松智慧物流产业园。"))["places"]
    assert "城中村" not in places
    assert "国家高新区" not in places
    assert "青松智慧物流产业园" in places


def visits(text: str) -> list:
    return [e for e in extract(text).events if e.type in ("inspection", "visit")]


def test_a_visit_is_led_by_the_person_nearest_the_verb_with_the_post_before_the_name():
    text = "会议要求，落实市长周大海讲话精神和省长钱明远莅临青山县考察时的指示。"
    [ev] = visits(text)
    assert ev.name == "省长钱明远莅临青山县考察"
    assert [p.name for p in ev.participants] == ["钱明远"]


def test_a_visit_lists_every_visitor_and_who_accompanied_them():
    text = "5月3日，青松集团总经理吴子健、东城区商会秘书长郑佩兰到西岭工业园参观考察。区领导贺春梅陪同。"
    [ev] = visits(text)
    assert ev.name.startswith("总经理吴子健、") and ev.name.endswith("郑佩兰到西岭工业园参观考察")
    assert ev.date == "5月3日"
    assert {(p.name, p.role) for p in ev.participants} == {
        ("吴子健", "其他"),
        ("郑佩兰", "其他"),
        ("贺春梅", "陪同"),
    }


def test_a_visit_named_without_the_clause_on_what_it_was_about():
    [ev] = visits("6月2日，区长钱明远到区文化局，就公共文化服务开展调研。")
    assert ev.name == "区长钱明远到区文化局调研"


def event_names(text: str) -> list[str]:
    return [e.name for e in extract(text).events]


def test_a_kind_of_event_is_not_an_event_but_a_bodys_meeting_is():
    names = event_names("社区开展文化活动。6月5日，市政府常务会议召开。")
    assert "文化活动" not in names
    assert "市政府常务会议" in names


def test_one_meeting_named_twice_in_a_text_is_one_event_with_the_fuller_name():
    names = event_names("6月5日，东城区委常委（扩大）会议召开。常委（扩大）会议传达了有关精神。")
    assert names == ["东城区委常委（扩大）会议"]


def test_an_event_whose_name_was_cut_inside_a_company_name_is_dropped():
    names = event_names("青松实业(东城)有限公司恳谈会在区里举行。")
    assert not any(n.startswith(("(", "有限公司")) for n in names)


def test_a_bureau_with_a_two_part_name_and_a_list_of_a_places_bodies():
    assert "人力资源和社会保障局" in orgs("副市长带领市政府办公室、人力资源和社会保障局负责人到企业调研。")
    assert orgs("东城区住房和城乡建设局、教育局和应急管理局联合检查。") == {
        "东城区住房和城乡建设局",
        "教育局",
        "应急管理局",
    }
    assert orgs("东城区党工委、管委会联合印发通知。") == {"东城区党工委", "东城区管委会"}


def test_a_branch_of_a_body_is_named_whole_and_is_the_posts_organisation():
    ex = extract("王明与中国工商银行东城分行行长李强座谈。")
    [p] = [m for m in ex.of_type(PERSON) if m.titles]
    assert p.titles == ("中国工商银行东城分行行长",)
    assert p.organisation == "中国工商银行东城分行"


def test_countries_and_regions_named_by_one_character_each():
    assert set(entity_names(extract("中美两国元首举行会谈。"))["places"]) == {"中", "美"}
    assert set(entity_names(extract("欢迎港澳台同胞回乡投资。"))["places"]) == {"港", "澳", "台"}
    assert entity_names(extract("总统将于下月访华。"))["places"] == ["华"]
    assert entity_names(extract("他在华盛顿访问。"))["places"] == ["华盛顿"]


def test_a_by_line_with_spaces_after_the_posts():
    ex = extract("本报讯（记者 彭海清 通讯员 梁洋新）近日，东关镇开展义诊活动。")
    assert [c.text for c in ex.credits] == ["彭海清", "梁洋新"]
    assert ex.of_type(PERSON) == []
