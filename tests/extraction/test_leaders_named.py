"""Names jieba's dictionary holds as common names (so that alone they need a context) in the
contexts a report gives them (invented text)."""

from __future__ import annotations

from people.extraction import ORGANISATION, PERSON, extract


def persons(text: str) -> list[str]:
    return [m.text for m in extract(text).of_type(PERSON)]


def test_a_clause_that_starts_with_a_name_speaking_at_an_occasion() -> None:
    # 李强 is a frequent dictionary name: where it speaks at a meeting it is a person
    assert persons("李强在常务会议上指出，要稳住经济大盘。") == ["李强"]
    assert persons("会上，李强在座谈会上强调，要抓好落实。") == ["李强"]
    # a common word the dictionary tags as a name stays a word in an ordinary clause
    assert persons("阳光在水面上闪耀。") == []


def test_an_isation_is_no_body() -> None:
    # jieba's dictionary tags 中国化 as an organisation
    found = extract("推进马克思主义中国化时代化。")
    assert [m.text for m in found.of_type(ORGANISATION)] == []


def test_a_common_surname_with_a_given_name_that_is_a_word() -> None:
    # 王国华: jieba's dictionary holds it as a rare name, and 王国 is a word
    assert persons("王国华带着妻子来到医院，为孩子做检查。") == ["王国华"]
    # a frequent dictionary 'name' that is a word (黄金周) stays a word even before a verb
    assert persons("黄金周到来，景区游客明显增多。") == []


def test_a_surname_like_character_before_a_common_noun_needs_a_names_place() -> None:
    # 连 (even) before 冰箱, 束 (a bunch) before 鲜花: jieba guesses new names
    assert persons("那时候家里连冰箱都没有。") == []
    assert persons("她手捧一束鲜花走上台。") == []
    # the same shape of name where a name stands: after a kind of person, a post, punctuation
    assert persons("法学院学生杨艺林和同学们一起参加。") == ["杨艺林"]
    assert persons("局长助理杨艺林；副局长钱进。")[:1] == ["杨艺林"]


def test_an_assistant_and_a_party_group_member_are_posts() -> None:
    got = {m.text: m.titles for m in extract("县长助理杜明亮、市政府党组成员许文博出席。").of_type(PERSON)}
    assert got == {"杜明亮": ("县长助理",), "许文博": ("市政府党组成员",)}
    # a company's general manager's assistant: the post is the title, the company the organisation
    [p] = extract("南川宏达实业有限公司总经理助理杜明亮出席。").of_type(PERSON)
    assert (p.titles, p.organisation) == (("总经理助理",), "南川宏达实业有限公司")
    # an assistant with nothing before it is no post
    assert extract("助理研究员的工作。").of_type(PERSON) == []


def test_a_commissions_posts_in_a_chain() -> None:
    def titles(text: str) -> dict[str, tuple[str, ...]]:
        return {m.text: m.titles for m in extract(text).of_type(PERSON)}

    # 主任 alone needs a body before it; in a chain the body is the first post's
    assert titles("市卫健委党组书记、主任赵晓明讲话。") == {"赵晓明": ("市卫健委党组书记", "主任")}
    # a commission whose 委 jieba leaves alone, and one joined by 和
    assert titles("市发展改革委主任唐秀英主持会议。") == {"唐秀英": ("市发展改革委主任",)}
    assert titles("安阳市发展和改革委员会主任唐秀英说，") == {"唐秀英": ("安阳市发展和改革委员会主任",)}
    # two bodies joined by 和 stay two
    assert [m.text for m in extract("某区教育局和应急管理局共同开展演练。").of_type(ORGANISATION)][
        -1
    ] == "应急管理局"


def test_a_bureau_whose_last_character_jieba_glued_to_its_heads_post() -> None:
    # jieba's dictionary holds 局局长 and 处处长 as words: the bureau ends before the post, and
    # a set phrase joined by 和 (城乡建设, tagged l) stays inside a place-led name
    [p] = extract("南川市住房和城乡建设局局长孟庆丰介绍。").of_type(PERSON)
    assert (p.titles, p.organisation) == (("南川市住房和城乡建设局局长",), "南川市住房和城乡建设局")
    assert "南川市住房和城乡建设局" in [
        m.text for m in extract("南川市住房和城乡建设局局长孟庆丰介绍。").mentions
    ]
    # 组组长 too: the group's name before it stays in the title
    [p] = extract("市防汛抗旱指挥部办公室督查组组长许文博带队检查。").of_type(PERSON)
    assert p.titles == ("市防汛抗旱指挥部办公室督查组组长",)
    # without a place the set phrase does not pull in what comes before 和
    bodies = [m.text for m in extract("扶持乡村和交通不便学校。").of_type(ORGANISATION)]
    assert bodies == []


def test_a_paper_by_its_title_after_its_place() -> None:
    def bodies(text: str) -> list[str]:
        return [m.text for m in extract(text).of_type(ORGANISATION)]

    assert bodies("据《安阳日报》报道，洛阳晚报也作了报道。") == ["安阳日报", "洛阳晚报"]
    # a title jieba knows is the paper whole, not with the words before it
    assert bodies("各单位征订人民日报。") == ["人民日报"]
    # a kind of paper, with no place, is none
    assert bodies("他每天坚持读日报和晚报。") == []


def test_a_bodys_name_joined_by_he_with_jiebas_nz_and_a_level_written_alone() -> None:
    def titles(text: str) -> dict[str, tuple[str, ...]]:
        return {m.text: m.titles for m in extract(text).of_type(PERSON)}

    # 文化|广电 (nz)|和|旅游局: one bureau; 省|妇联 (nt)|...: the level written alone is its own
    assert titles("市文化广电和旅游局局长甘雨霏介绍。") == {"甘雨霏": ("市文化广电和旅游局局长",)}
    assert titles("省妇联权益和联络工作部部长易晓红作报告。") == {"易晓红": ("省妇联权益和联络工作部部长",)}


def test_an_economic_development_zone_by_its_short_name() -> None:
    # 经开区 (经济技术开发区), like 高新区: a zone whose bodies are named after it
    [p] = extract("北川经开区党工委书记梁振华致辞。").of_type(PERSON)
    assert (p.titles, p.organisation) == (("北川经开区党工委书记",), "北川经开区党工委")


def test_a_post_before_a_list_of_names_is_each_names() -> None:
    def titles(text: str) -> dict[str, tuple[str, ...]]:
        return {m.text: m.titles for m in extract(text).of_type(PERSON)}

    assert titles("副市长汪承宇、覃明哲参加活动。") == {"汪承宇": ("副市长",), "覃明哲": ("副市长",)}
    # up to a name with posts of its own, whose posts then go on
    assert titles("区长赵立群、副区长钱晓峰、孙海燕陪同。") == {
        "赵立群": ("区长",),
        "钱晓峰": ("副区长",),
        "孙海燕": ("副区长",),
    }


def test_a_surname_jieba_reads_as_a_preposition_or_pronoun_after_a_post() -> None:
    def titles(text: str) -> dict[str, tuple[str, ...]]:
        return {m.text: m.titles for m in extract(text).of_type(PERSON)}

    assert titles("会议由副市长于红梅主持。") == {"于红梅": ("副市长",)}
    assert titles("村党支部书记何春生介绍，") == {"何春生": ("村党支部书记",)}
    # a county's short name may be a given name (宜阳): after a post it is one
    assert titles("市政协副主席何宜阳出席。") == {"何宜阳": ("市政协副主席",)}
    assert titles("市长于洛阳主持会议。") == {}
    # the preposition itself, before a date, is no name; nor is the post's 副 a given name
    assert titles("市长于日前主持召开会议。") == {}
    assert titles("副市长于3月5日出席。") == {}


def test_a_chain_of_posts_whose_last_is_a_companys() -> None:
    # 某委员、某公司总经理: the company does not end the chain; the first post is kept too
    [p] = extract("市政协委员、南川瑞丰新材料有限公司总经理许明远发言。").of_type(PERSON)
    assert p.titles == ("市政协委员", "总经理")


def test_a_sports_pages_coaches_and_team_leaders() -> None:
    def titles(text: str) -> dict[str, tuple[str, ...]]:
        return {m.text: m.titles for m in extract(text).of_type(PERSON)}

    assert titles("东湖中学篮球队主教练程立昊告诉记者，") == {"程立昊": ("东湖中学篮球队主教练",)}
    assert titles("东湖区代表队领队、东湖区教育体育局副局长常宏远说：") == {
        "常宏远": ("东湖区代表队领队", "东湖区教育体育局副局长")
    }
    # 常 as "often" after a post is no surname
    assert titles("局长常说：要干实事。") == {}


def test_a_names_last_character_jieba_glued_to_said() -> None:
    def titles(text: str) -> dict[str, tuple[str, ...]]:
        return {m.text: m.titles for m in extract(text).of_type(PERSON)}

    # 郭某|明说：: jieba's word 明说 holds the name's last character
    assert titles("村党支部书记韩德明说：“今年收成好。”") == {"韩德明": ("村党支部书记",)}
    # how one speaks is no part of a name (又说, 还说)
    assert "李刚还" not in titles("县长李刚还说：“好。”")


def test_a_bureau_whose_two_fields_are_joined_by_yu_is_one_body_before_its_post() -> None:
    # the field before 与 is a word jieba tags a place (海洋), a set phrase (自然资源), or a quality
    # joined to a quality (卫生与健康): the post's body is the whole name, not its last part
    def post_and_body(text: str) -> tuple[tuple[str, ...], str | None]:
        [p] = extract(text).of_type(PERSON)
        return p.titles, p.organisation

    assert post_and_body("南岭县海洋与渔业局局长钟远鹏介绍，今年渔业产值增长。") == (
        ("南岭县海洋与渔业局局长",),
        "南岭县海洋与渔业局",
    )
    assert post_and_body("东坪区自然资源与规划局副局长卜文珂说。") == (
        ("东坪区自然资源与规划局副局长",),
        "东坪区自然资源与规划局",
    )
    assert post_and_body("柳沟县卫生与健康委员会主任孟一舟说。") == (
        ("柳沟县卫生与健康委员会主任",),
        "柳沟县卫生与健康委员会",
    )
    # a county and a company joined by 和 stay two parties
    assert [m.text for m in extract("由东坪县和国网东湖供电公司负责建设。").of_type(ORGANISATION)] == [
        "国网东湖供电公司"
    ]
