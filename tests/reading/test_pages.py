"""Whole excerpts (tests/reading/data, described in README.md) read into the expected articles."""

import datetime as dt
from pathlib import Path

import pytest

from articles.reading import ParsedArticle, ParsedPage, read_page
from articles.reading.types import CORRESPONDENT, PHOTOGRAPHER, REPORTER, TRAINEE
from people.extraction import PERSON, extract

DATA = Path(__file__).parent / "data"


def read(name: str) -> ParsedPage:
    return read_page((DATA / name).read_bytes(), name)


def row(a: ParsedArticle) -> dict:
    return {
        "kind": a.kind,
        "headline": a.headline,
        "kicker": a.kicker,
        "subheadline": a.subheadline,
        "source": a.source,
        "reporters": a.names(REPORTER),
        "trainees": a.names(TRAINEE),
        "correspondents": a.names(CORRESPONDENT),
        "photographers": a.names(PHOTOGRAPHER),
    }


def check(page: ParsedPage, expected: list[dict]) -> None:
    assert len(page.articles) == len(expected), [a.headline for a in page.articles]
    for art, want in zip(page.articles, expected, strict=True):
        got = row(art)
        got.update({k: getattr(art, k) for k in want if k not in got})
        assert {k: got[k] for k in want} == want, art


def test_it_reads_a_blank_line_page() -> None:
    page = read("blank_lines.txt")
    check(
        page,
        [
            {
                "kind": "xinhua",
                "headline": "王明向全国农业科技大会致贺信",
                "source": "新华社",
                "dateline": "6月2日",  # the dispatch's day (its lead), not the first date of its body
                "filed_from": "北京",  # where it was filed, from the same lead
            },
            {
                "kind": "news",
                "kicker": "陈立军在全市城市更新工作推进会上强调",
                "headline": "补齐民生短板 提升城市品质",
                "reporters": ["张晓燕", "刘洋"],
            },
            {
                # headline and sub-title printed after the body; the line before the lead is a label
                "headline": "城东区开设“夜间窗口”",
                "subheadline": "下班后也能办成事",
                "section": "便民服务 提质增效",
                "reporters": ["孙浩"],
                "correspondents": ["冯雪梅"],
                "dateline": "昨日",
                "date": dt.date(2025, 6, 2),
            },
            {"headline": "我市三项成果获省级表彰", "dateline": "近日", "date": None},
            {"kind": "notice", "headline": "声明", "duplicated": True, "dateline": "2025年6月1日"},
            {"kind": "photo", "headline": None, "photographers": ["李华"]},
            {
                "kind": "feature",
                "headline": "“山里的快递”跑出加速度",
                "reporters": ["马建国"],
                "continued_to": "A04版",
            },
        ],
    )
    # the year from a full date, the day from the 昨日 story: the day after the latest news date
    assert page.edition.date == dt.date(2025, 6, 3) and page.edition.precision == "day"
    bodies = [a.body for a in page.articles]
    assert not any("①" in b or "下转" in b or "扫码" in b or " 摄" in b for b in bodies)
    assert bodies[0].startswith("6月1日") and "农业科技是粮食安全的根本支撑" in bodies[0]
    assert bodies[4].count("特此声明") == 1


def test_it_reads_markdown_headings() -> None:
    page = read("markdown.txt")
    check(
        page,
        [
            {"headline": "北山区召开安全生产工作会议", "reporters": ["吴敏"], "trainees": ["郑一帆"]},
            {"headline": "北山区开展防汛应急演练", "correspondents": ["高原"], "photographers": ["赵刚"]},
            {"kicker": "北山区市场监管局", "headline": "打造“放心消费”示范街区", "source": None},
        ],
    )
    assert "扫一扫" not in page.articles[-1].body


def test_it_reads_a_column_wrapped_page_with_headlines_after_bodies() -> None:
    page = read("columns.txt")
    check(
        page,
        [
            {
                "kicker": "梁志勇在东湖区营商环境优化工作会议上强调",
                "headline": "持续深化改革打造一流营商环境",
                "section": "本周要闻",
                "reporters": ["黄立新"],
            },
            {
                "headline": "东湖区赴苏州开展产业对接活动",
                "correspondents": ["程晓东"],
                "dateline": "6月3日、4日",
            },
            {"headline": "东湖区开展夏季消防安全检查", "reporters": ["邓佳"]},
            {
                "kind": "feature",
                "headline": "东湖区乡村见闻",
                "subheadline": "——来自基层一线的报道",
                "reporters": ["谢文"],
            },
            {"kind": "photo", "headline": "致富路上", "photographers": ["邱明远"]},
            {"kind": "continuation", "continued_from": "A01版", "headline": None},
        ],
    )
    first = page.articles[0].body
    assert "区领导何丽华参加会议" in first  # a name broken across lines is whole again
    assert "梁志勇强调" in first and "\n" in first
    # subheads inside a continued story stay in its body
    assert "以开放合作为动力" in page.articles[-1].body


def test_it_reads_column_entries_signed_by_officials() -> None:
    page = read("column_entries.txt")
    check(
        page,
        [
            {"kind": "column", "headline": "丰富文化供给 推动文旅融合", "reporters": ["周可"]},
            {"kind": "column", "headline": "加快学校建设 推动均衡发展", "reporters": ["周可"]},
            {"kind": "news", "headline": "东湖区全民健身运动会开幕"},
        ],
    )
    assert page.articles[0].body.endswith("东湖区文旅局局长方晓梅")
    assert "整理" not in page.articles[1].body


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_it_maps_every_body_character_back_to_the_page(name: str) -> None:
    page = read(name)
    for art in page.articles:
        assert 0 <= art.start <= art.end <= len(page.text)
        assert len(art.body_map) == len(art.body)
        for ch, off in zip(art.body, art.body_map, strict=True):
            if ch != "\n":
                assert page.text[off] == ch
                assert art.start <= off < art.end


def test_it_is_deterministic() -> None:
    data = (DATA / "columns.txt").read_bytes()
    assert read_page(data, "a") == read_page(data, "a")


def test_it_reads_column_text_with_headlines_before_their_stories() -> None:
    # the wording decides: each headline repeats the story after it, so the page is read that way
    page = read("headline_first_columns.txt")
    check(
        page,
        [
            {"headline": "西湖区召开防汛工作会议", "reporters": ["钱志远"]},
            {"headline": "西湖区启动夏季送清凉活动", "correspondents": ["卢晓芳"]},
        ],
    )


def test_it_reads_a_page_without_blank_lines() -> None:
    page = read("no_blank_lines.txt")
    check(
        page,
        [
            {"headline": "南河区召开河长制工作会议", "section": "政务要闻", "reporters": ["甲子"]},
            {"headline": "南河区举办夏季招聘会", "reporters": ["丙寅"]},
        ],
    )
    assert page.articles[0].body.count("\n") == 1


def test_it_reads_a_bracketed_photo_credit_after_a_one_paragraph_story() -> None:
    text = "本报讯（记者甲乙）昨日，东湖区召开会议。\n\n6月2日，市民在公园赏花。\n（本报记者 张 三 摄）\n"
    page = read_page(text.encode(), "x.txt")
    assert [(a.kind, a.names(PHOTOGRAPHER)) for a in page.articles] == [("news", []), ("photo", ["张三"])]


def test_it_cuts_a_headline_printed_right_under_its_story() -> None:
    # column text with no blank line between a story's last line and its two-line headline
    story = (
        "本报讯（记者甲乙） 6月5日上午，\n东湖区召开营商环境优化工作会\n议，区长梁志勇出席会议并讲话。\n"
        "梁志勇强调，要持续深化改革，\n进一步压缩审批时限，提升企业和\n群众的获得感和满意度。\n"
        "东湖区召开营商环境\n优化工作会议\n"
    )
    page = read_page((story * 2).encode(), "x.txt")
    assert [a.headline for a in page.articles] == ["东湖区召开营商环境优化工作会议"] * 2
    assert all(a.body.endswith("满意度。") for a in page.articles)


def test_it_parts_two_reporters_a_lead_byline_separates_by_a_space() -> None:
    # a space between two names of one role parts them; a name broken over a line is joined
    text = (
        "东湖区召开防汛工作会议\n\n本报讯（记者陈小岚 郑一川）昨日，东湖区召开防汛工作会议。\n\n"
        "西湖区举办招聘会\n\n本报讯（记者陈小\n岚 见习记者乔林）昨日，西湖区举办招聘会。\n"
    )
    page = read_page(text.encode(), "x.txt")
    assert [(a.names(REPORTER), a.names(TRAINEE)) for a in page.articles] == [
        (["陈小岚", "郑一川"], []),
        (["陈小岚"], ["乔林"]),
    ]


@pytest.mark.parametrize(
    "first,second",
    [
        ("东湖区两所新建小学投入使用", "新增学位2400个 缓解城区入学压力"),  # the figures come second
        ("全市中学生篮球联赛落幕", "东湖区代表队获男子组第一"),  # an event done comes first
        # figures in words, as older pages print them (三千余起, 四百多名)
        ("东坪区打击非法采砂专项行动告捷", "收缴采砂船只一百余艘"),
        ("柳沟乡冬修水利热火朝天", "四百多名社员奋战在工地上"),
    ],
)
def test_a_headline_over_its_sub_title(first: str, second: str) -> None:
    text = f"{first}\n\n{second}\n\n本报讯（记者甲乙）昨日，东湖区召开会议，部署有关工作。\n"
    [a] = read_page(text.encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == (None, first, second)


@pytest.mark.parametrize(
    "line,want",
    [
        # a meeting held, the slogans of what it decided, and who chaired it, on one line
        (
            "区委常委会召开会议暨理论学习中心组集体学习 深入学习贯彻全会精神 奋力推动东湖高质量发展"
            " 孟一舟主持并讲话",
            (
                "区委常委会召开会议暨理论学习中心组集体学习",
                "深入学习贯彻全会精神 奋力推动东湖高质量发展",
                "孟一舟主持并讲话",
            ),
        ),
        (
            "东湖区政协常委会议召开 凝心聚力建诤言 卜文珂出席",
            ("东湖区政协常委会议召开", "凝心聚力建诤言", "卜文珂出席"),
        ),
        (
            "区十届人大五次会议开幕 孟一舟作政府工作报告 卜文珂邝文杰出席 钟远鹏主持",
            (None, "区十届人大五次会议开幕", "孟一舟作政府工作报告 卜文珂邝文杰出席 钟远鹏主持"),
        ),
        # short set phrases over a body's news
        (
            "校地携手 链动未来 南岭学院与东湖区共办产业发展论坛",
            ("校地携手 链动未来", "南岭学院与东湖区共办产业发展论坛", None),
        ),
        # the facts in a clause with a comma close the line: kicker, headline, sub-title
        (
            "冒充客服设退款陷阱 东湖警方捣毁一诈骗团伙 抓获嫌疑人17名，冻结资金286万元",
            ("冒充客服设退款陷阱", "东湖警方捣毁一诈骗团伙", "抓获嫌疑人17名，冻结资金286万元"),
        ),
        # slogans of six characters over a place's news; figures over the news
        (
            "守护碧水蓝天 共建生态家园 我市启动生态文明宣传月活动",
            ("守护碧水蓝天 共建生态家园", "我市启动生态文明宣传月活动", None),
        ),
        (
            "开工项目9个计56亿元 东湖区举行秋季项目集中开工仪式",
            ("开工项目9个计56亿元", "东湖区举行秋季项目集中开工仪式", None),
        ),
        # guards: slogans alone, and a meeting's headline whose second phrase is its own news
        ("稳住基本盘 跑出加速度 奋力夺取全年胜利", (None, "稳住基本盘 跑出加速度 奋力夺取全年胜利", None)),
        (
            "筑牢安全防线 落细防范措施 全面提升应急处置能力",
            (None, "筑牢安全防线 落细防范措施 全面提升应急处置能力", None),
        ),
    ],
)
def test_a_headline_printed_on_one_line(line: str, want: tuple) -> None:
    text = f"{line}\n\n本报讯（记者甲乙）昨日，东湖区召开会议，部署有关工作。\n"
    [a] = read_page(text.encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == want
    # under the page's section label, which is no kicker
    [a] = read_page(f"法治时空\n\n{text}".encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == want


def test_a_box_of_figures_under_its_title_is_one_piece_and_the_page_label_no_kicker() -> None:
    lead = "本报讯（记者甲乙）昨日，东湖区人代会开幕。代表们审议了政府工作报告，大家认为报告实事求是。\n\n"
    box = (
        "图说东湖区民生账单\n\n2024年民生账\n\n新增公交线路 5条 增长8%\n\n"
        "更新路灯 4600盏 惠及9000户\n\n新建口袋公园 12处\n\n2025年安排\n\n"
        "新增学位 3000个\n\n（本报记者 卜文珂 整理）\n\n"
    )
    after = "委员聊民生\n\n“实事办到了群众心坎里”\n\n本报讯（记者甲乙）昨日，代表们热议政府工作报告。\n"
    text = "东湖日报 2025年2月19日 星期三\n\nA03 两会特刊\n\n东湖区人代会开幕\n\n" + lead + box + after
    first, second, third = read_page(text.encode(), "x.txt").articles
    assert (first.kicker, first.headline) == (None, "东湖区人代会开幕")
    assert second.headline == "图说东湖区民生账单"
    assert second.body.startswith("2024年民生账") and "2025年安排" in second.body
    # the words quoted under their topic are the headline
    assert (third.kicker, third.headline) == ("委员聊民生", "“实事办到了群众心坎里”")


def test_a_notices_phone_line_and_signature_stay_in_the_notice() -> None:
    text = (
        "## 东湖区举办春季招聘会\n\n本报讯(记者甲乙)昨日,东湖区举办春季招聘会,120家企业提供岗位3000个。\n\n"
        "东湖卫生学校2025年招生公告\n\n东湖卫生学校是公办全日制中等职业学校，现将招生事项公告如下。\n\n"
        "联系人：甲乙 丙丁\n\n报名咨询电话：6218855 6218866\n\n来信地址：东湖区府前街9号\n\n"
        "东湖卫生学校\n\n2025年4月22日\n"
    )
    # (a page with markdown headings, where a title-like line opens the next piece)
    _, a = read_page(text.encode(), "x.txt").articles
    assert a.body.replace("\n", "").endswith("6218866来信地址：东湖区府前街9号东湖卫生学校2025年4月22日")


def test_a_notices_lines_of_fields_keep_their_gaps_and_stand_alone() -> None:
    # 联系人：某某　某某 / 联系电话：…: each field's line is a line of its own, and the gap between
    # two names or two fields stays, so that no name runs into the next field (某某联系电话)
    text = (
        "东湖区农业发展集团公开招聘工作人员公告\n\n"
        "根据工作需要，东湖区农业发展集团面向社会公开招聘工作人员8名，现将有关事项公告如下。\n\n"
        "五、联系方式\n联系人：钟远鹏　卜文珂\n联系电话：6218855\n"
        "报名地址：东湖区府前街9号　邮编：454000\n联系人:孟一舟\n联系方式:6218866\n\n"
        "东湖区农业发展集团\n\n2025年4月22日\n"
    )
    (a,) = read_page(text.encode(), "x.txt").articles
    assert "五、联系方式\n联系人：钟远鹏　卜文珂\n联系电话：6218855\n" in a.body
    assert "东湖区府前街9号　邮编：454000\n联系人:孟一舟\n联系方式:6218866" in a.body
    found = {m.text: m.titles for m in extract(a.body).of_type(PERSON)}
    assert found == {"钟远鹏": ("联系人",), "卜文珂": ("联系人",), "孟一舟": ("联系人",)}
    # guard: a sentence that starts with a speaker and a colon runs on as before
    (b,) = read_page(
        "东湖区召开春耕座谈会\n\n本报讯 座谈会上，种粮大户钟远鹏说：\n今年的种子早就备好了。\n".encode(),
        "x.txt",
    ).articles
    assert "说：今年的种子" in b.body


@pytest.mark.parametrize(
    "first,second,want",
    [
        # a line ending in a measure word runs on into the next
        ("南岭小学第十五届", "秋季趣味运动会闭幕", (None, "南岭小学第十五届秋季趣味运动会闭幕", None)),
        # the aim over the news a district makes
        (
            "促进城乡医疗资源共享",
            "东湖区8家医院组建医疗联合体",
            ("促进城乡医疗资源共享", "东湖区8家医院组建医疗联合体", None),
        ),
        # the catchword in quotes is the headline; a notice's body over what it is about, one title
        ("法律服务下基层", "“流动调解室”搬进农家小院", ("法律服务下基层", "“流动调解室”搬进农家小院", None)),
        (
            "东湖区公安局交通警察大队",
            "关于南岭大桥施工期间实施交通管制的通告",
            (None, "东湖区公安局交通警察大队关于南岭大桥施工期间实施交通管制的通告", None),
        ),
        # guard: the figures under a headline are its sub-title
        (
            "小花椒麻出致富路",
            "东湖区柳沟村合作社带动社员户均增收1.2万元",
            (None, "小花椒麻出致富路", "东湖区柳沟村合作社带动社员户均增收1.2万元"),
        ),
    ],
)
def test_two_headline_lines_set_one_under_another(first: str, second: str, want: tuple) -> None:
    text = f"{first}\n{second}\n\n本报讯（记者甲乙）昨日，{first}{second}，全校师生和群众参加。\n"
    [a] = read_page(text.encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == want


def test_a_question_with_a_comma_over_its_dash_sub_title() -> None:
    text = (
        "东湖区举办春季招聘会\n\n本报讯（记者甲乙）昨日，东湖区举办春季招聘会，120家企业提供岗位3000个。\n\n"
        "网购遇纠纷，消费者该怎么办？\n——访东湖律师事务所律师孟一舟\n\n本报记者 卜文珂\n\n"
        "近来，不少消费者遇到了网购纠纷。记者就此采访了律师孟一舟。\n"
    )
    _, a = read_page(text.encode(), "x.txt").articles
    assert (a.headline, a.subheadline) == ("网购遇纠纷，消费者该怎么办？", "——访东湖律师事务所律师孟一舟")
    assert a.body.startswith("近来")


def _wrap(text: str, width: int = 18) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) + "\n"


def test_title_lines_set_one_under_another_in_wrapped_columns() -> None:
    story = (
        "本报讯（记者卜文珂）9月20日上午，第二届东湖花卉博览会在东湖会展中心开幕，150余家花企参展。"
        "本届花博会展期5天，设置鲜切花、盆栽、园艺资材等6个展区，展览面积1.6万平方米。"
    )
    feature = (
        "清晨6点，南岭村村委会大院里亮起了灯。孟一舟翻开笔记本，上面贴着两张表：民情表、项目表。"
        "2021年7月，孟一舟来到南岭村担任第一书记，两年来他走遍了全村312户，为每户建立了民情档案。"
    )
    caption = "9月19日，南岭乡柳沟村的果农正在采摘苹果。近年来，该村发展优质苹果种植，种植面积达2600亩。"
    text = (
        "城乡新貌\n2023年9月21日 星期四 东湖日报\n\n"
        "花开东湖 香满新城\n第二届东湖花卉博览会开幕\n150余家花企集中展示“东湖名花”\n\n"
        + _wrap(story)
        + "\n驻村两年写担当\n孟一舟的“两张表”\n——记南岭村第一书记孟一舟\n\n本报记者 卜文珂\n"
        + _wrap(feature)
        + "\n山乡果熟采摘忙\n"
        + _wrap(caption)
        + "通讯员 邝文杰 摄\n"
    )
    fair, profile, photo = read_page(text.encode(), "x.txt").articles
    assert (fair.kicker, fair.headline, fair.subheadline) == (
        "花开东湖 香满新城",
        "第二届东湖花卉博览会开幕",
        "150余家花企集中展示“东湖名花”",
    )
    assert (profile.kicker, profile.headline, profile.subheadline) == (
        "驻村两年写担当",
        "孟一舟的“两张表”",
        "——记南岭村第一书记孟一舟",
    )
    # the feature's headline stood over it: the title after its story is the photo's
    assert (photo.headline, photo.names(PHOTOGRAPHER)) == ("山乡果熟采摘忙", ["邝文杰"])


def test_a_column_of_items_with_their_own_headlines() -> None:
    items = (
        "东湖区：社区网格员集中“充电”\n"
        "10月8日至10日，东湖区委政法委举办网格员业务培训班，全区300余名网格员参加培训。"
        "（通讯员 卜文珂）\n\n"
        "南岭县柳沟村乒乓球赛开拍\n"
        "10月12日，南岭县柳沟村首届乒乓球赛开拍。比赛持续两周，共有16支队伍报名。（东法宣）\n"
    )
    story = (
        "东湖区举办春季招聘会\n\n本报讯（记者甲乙）昨日，东湖区举办春季招聘会，120家企业提供岗位3000个。\n\n"
    )
    for label in ("■ 城乡快讯", "社区短波"):
        arts = read_page((story + label + "\n\n" + items).encode(), "x.txt").articles
        assert [a.headline for a in arts] == [
            "东湖区举办春季招聘会",
            "东湖区：社区网格员集中“充电”",
            "南岭县柳沟村乒乓球赛开拍",
        ]
        assert arts[1].names(CORRESPONDENT) == ["卜文珂"] and arts[1].body.endswith("参加培训。")
        # a court's publicity office signs the item: no reporter
        assert arts[2].names(REPORTER) == []


@pytest.mark.parametrize("sep", ["\u3000", " ", "\n\n"])
def test_an_items_headline_behind_its_bullet_heads_it(sep: str) -> None:
    # an item of a column of briefs under its own headline, run into its paragraph after a space or
    # on the bullet's line over it: the headline, not the body's first words
    text = (
        "东湖区举办春季招聘会\n\n本报讯（记者甲乙）昨日，东湖区举办春季招聘会，120家企业提供岗位。\n\n"
        "简　讯\n\n"
        f"●南岭县柳沟村建成“共享晾晒场”{sep}日前，南岭县柳沟村利用闲置校舍建成共享晾晒场。（卜文珂）\n\n"
        f"●东湖区开展防汛应急演练{sep}6月6日，东湖区开展防汛应急演练，300余人参加。（孟一舟）\n"
    )
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [
        "东湖区举办春季招聘会",
        "南岭县柳沟村建成“共享晾晒场”",
        "东湖区开展防汛应急演练",
    ]
    assert arts[1].body.startswith("日前，南岭县") and arts[2].body.startswith("6月6日，东湖区")
    assert arts[2].body.endswith("300余人参加。")


def test_a_bullet_before_a_dated_paragraph_is_no_headline() -> None:
    # ■6月6日 某区…: the item opens with its date; no headline is read off it
    text = (
        "简　讯\n\n■6月6日　东湖区开展防汛应急演练，300余人参加。（孟一舟）\n\n"
        "■近日　南岭县柳沟村建成共享晾晒场，可晾晒稻谷40吨。（卜文珂）\n"
    )
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [None, None]
    assert arts[0].body.startswith("6月6日") and arts[1].body.startswith("近日")


def test_a_bold_line_under_a_markdown_headline_is_its_sub_title_comma_or_not() -> None:
    text = (
        '## 东湖区两所社区医院投入使用\n\n**新增床位600张,缓解北片群众"看病远"**\n\n'
        "本报讯(记者 甲乙)9月1日,东湖区新建的两所社区医院开诊。\n\n"
        "上午10时,区长孟一舟到医院察看诊疗秩序。\n"
    )
    [a] = read_page(text.encode(), "x.txt").articles
    assert a.headline == "东湖区两所社区医院投入使用"
    assert a.subheadline == '新增床位600张,缓解北片群众"看病远"'
    assert a.body.startswith("9月1日") and "区长孟一舟" in a.body


def test_a_box_label_set_as_a_markdown_heading_heads_no_piece() -> None:
    text = (
        "## 东湖区新建三所学校\n\n本报讯(记者 甲乙)9月1日,东湖区新建的三所学校迎来首批学生。\n\n"
        "## 读者来信\n\n一句“谢谢您”,暖了一条街\n\n编辑同志:\n\n"
        "我家住在东湖区柳沟社区,每天早上都能听到孩子们向路口的协管员道谢。\n\n读者 孟一舟\n"
    )
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.headline for a in arts] == ["东湖区新建三所学校", "一句“谢谢您”,暖了一条街"]
    assert arts[1].body.startswith("编辑同志")


def _wrap(text: str, width: int = 22) -> str:
    return "".join(text[i : i + width] + "\n" for i in range(0, len(text), width))


def test_a_headline_right_under_a_briefs_closing_credit_heads_that_brief() -> None:
    # a wrapped page printing each headline under its story with no blank line between, the story
    # closed by its credit in brackets (broken over two lines or not), then a notice signed by a
    # court with a date in Chinese numerals
    first = "本报讯 9月7日，东湖区法院诉讼服务驿站在柳沟街道揭牌成立，集中受理小额纠纷。（通讯员卜文珂）"
    second = (
        "本报讯 9月6日，南岭县检察院联合县教育局在县实验中学举行普法报告会，600名师生到场。"
        "（记者孟一舟 通讯员邝文杰）"
    )
    notice = "甲子丑：本院受理原告东湖建材有限公司诉你买卖合同纠纷一案，现已审结。现依法向你公告送达判决书。"
    text = (
        _wrap(first)
        + "东湖区法院诉讼服务驿站揭牌\n\n"
        + _wrap(second)
        + "南岭县检察官走上讲台当“校园普法员”\n\n公告\n\n"
        + _wrap(notice)
        + "东湖区人民法院\n二〇二四年三月五日\n"
    )
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [
        "东湖区法院诉讼服务驿站揭牌",
        "南岭县检察官走上讲台当“校园普法员”",
        "公告",
    ]
    assert arts[0].names(CORRESPONDENT) == ["卜文珂"] and arts[0].body.endswith("小额纠纷。")
    assert arts[1].names(REPORTER) == ["孟一舟"] and arts[1].names(CORRESPONDENT) == ["邝文杰"]
    assert arts[2].body.startswith("甲子丑：") and arts[2].body.rstrip().endswith("二〇二四年三月五日")


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_wrapped_briefs_columns_items_without_headlines_each_closed_by_its_credit(between: str) -> None:
    # items with no headline of their own, run together or a blank line apart, each closed by its
    # credit; a column break parts one credit from its item
    story = (
        "本报讯（记者 甲乙）昨日，东湖区举办春季招聘会，120家企业提供岗位3000个，求职者纷纷表示收获满满。" * 3
    )
    items = [
        "东湖区今年板栗收购量预计达1.8万吨，已收购板栗9600吨，均价每斤6元。（记者　孟一舟）",
        "10月16日，南岭县边民互市点结算点正式开通，边民可现场办理小额兑换业务。（通讯员　卜文珂）",
        "截至10月15日，东坪县茶叶收购工作全面结束，全县收购干茶1.6万担。（通讯员",
        "　邝文杰）",
        "近日，东湖区人社局在柳沟街道举办家政服务培训班，学员320人。（邝远华）",
    ]
    column = between.join(_wrap(t) for t in items[:3]) + "\n" + _wrap(items[3]) + between + _wrap(items[4])
    text = "东湖区举办春季招聘会\n\n" + _wrap(story) + "\n■简讯\n" + column
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.body[:6] for a in arts] == [
        "昨日，东湖区",
        "东湖区今年板",
        "10月16日",
        "截至10月1",
        "近日，东湖区",
    ]
    assert [a.kind for a in arts[1:]] == ["brief"] * 4
    assert arts[0].names(REPORTER) == ["甲乙"] and arts[0].body.endswith("收获满满。")
    assert arts[1].names(REPORTER) == ["孟一舟"] and arts[2].names(CORRESPONDENT) == ["卜文珂"]
    assert arts[3].names(CORRESPONDENT) == ["邝文杰"] and arts[3].body.endswith("1.6万担。")
    assert arts[4].body.endswith("学员320人。")


def test_a_topical_line_over_a_headline_stays_its_kicker() -> None:
    text = "稳就业促增收\n\n东湖区举办春季招聘会\n\n本报讯（记者甲乙）昨日，东湖区举办春季招聘会。\n"
    [a] = read_page(text.encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == ("稳就业促增收", "东湖区举办春季招聘会", None)


def test_a_notices_list_of_names_and_its_dated_signature_stay_in_the_notice() -> None:
    roster = "".join(
        f"{n}　东湖区{w}\n"
        for n, w in [("甲子丑", "某村种植户"), ("乙丙丁", "某厂车间主任"), ("戊己庚", "某小学教师")]
    )
    text = (
        "东湖区拟表彰对象公示\n\n根据有关规定，现将拟表彰对象予以公示。\n\n"
        + roster
        + "\n公示期间如有异议，请向区总工会反映。\n\n东湖区评选表彰工作领导小组办公室\n2025年1月16日\n"
    )
    [a] = read_page(text.encode(), "x.txt").articles
    assert a.headline == "东湖区拟表彰对象公示"
    assert a.body.rstrip().endswith("2025年1月16日")
    # each entry its own line, the name still parted from who the person is
    assert "\n甲子丑　东湖区某村种植户\n乙丙丁　东湖区某厂车间主任\n" in a.body


def test_a_markdown_lists_entries_keep_the_name_apart_from_the_post() -> None:
    # - 某某(女)　某单位某职: a bullet before the name, the sex after it; each entry is a line
    # whose name and post are read as a list's, as in a plain list
    text = (
        "## 东湖区表彰一批先进工作者\n\n本报讯　经评选，下列人员获评先进。\n\n"
        "- 钟远鹏　东湖区第一中学副校长\n- 卜文珂(女)　东湖区人民医院儿科主任\n"
        "- 孟一舟　东湖区柳沟镇南岭村党支部书记\n\n大家要珍惜荣誉。\n"
    )
    [a] = read_page(text.encode(), "x.md").articles
    assert "卜文珂(女)　东湖区人民医院儿科主任\n" in a.body
    found = {m.text: m.titles for m in extract(a.body).of_type(PERSON)}
    assert found == {
        "钟远鹏": ("东湖区第一中学副校长",),
        "卜文珂": ("东湖区人民医院儿科主任",),
        "孟一舟": ("东湖区柳沟镇南岭村党支部书记",),
    }


def test_a_list_of_names_inside_a_wrapped_notice_keeps_one_entry_a_line() -> None:
    raw = (
        "南岭县评优人选名单公示\n"
        "\u3000\u3000根据有关规定，经各乡镇推荐、县评审委员会\n"
        "评审，拟表彰以下同志为南岭县优秀基层干部。现\n"
        "予以公示：\n"
        "甲子丑 女,柳沟镇东坪村党支部书记\n"
        "乙丙丁 男,南岭镇农业综合服务中心主任\n"
        "戊己庚 男,东湖乡中心小学校长\n"
        "\u3000\u3000公示期为5个工作日。公示期间如有异议，请\n"
        "于5日内以书面形式向县委组织部反映，并写明\n"
        "联系方式，便于调查核实，逾期不再受理。\n"
        "南岭县评选表彰工作领导小组办公室\n"
        "2025年1月16日\n"
    )
    [a] = read_page(raw.encode(), "x.txt").articles
    # the column's wrapping did not run the entries into each other or a name into the sex after it
    assert (
        "\n甲子丑 女,柳沟镇东坪村党支部书记\n乙丙丁 男,南岭镇农业综合服务中心主任\n"
        "戊己庚 男,东湖乡中心小学校长\n" in a.body
    )
    assert "现予以公示：\n" in a.body and "\n公示期为5个工作日。" in a.body


def test_it_reads_a_masthead_a_lead_complex_and_a_column_of_briefs() -> None:
    page = read("masthead_briefs.txt")
    check(
        page,
        [
            # the masthead (paper, publisher, date, page label) is no headline and no article;
            # three headline lines over the lead story are kicker, headline and sub-title
            {
                "kind": "news",
                "kicker": "东川市第六届人民代表大会第五次会议开幕",
                "headline": "凝心聚力开新局 砥砺奋进谱新篇",
                "subheadline": "刘建新作政府工作报告 周向东主持大会",
                "section": None,
                "reporters": ["孟一舟"],
            },
            # a commentator's line signs the piece; it is no sub-title
            {"headline": "以实干担当交出合格答卷", "subheadline": "——写在全市项目建设观摩活动之际"},
            # a bracketed column label is the section; the ——访 line is a sub-title, not a signature
            {
                "headline": "让老人住得安心",
                "subheadline": "——访东川市民政局局长吴海清",
                "section": "【民生访谈】",
                "reporters": ["孟一舟"],
            },
            # bulleted items under 简讯: one brief each, credited by the bracket that closes it
            {"kind": "brief", "headline": None, "section": "简 讯", "reporters": ["孟一舟"]},
            {"kind": "brief", "headline": None, "correspondents": ["韩小雨"]},
            # a notice keeps its signature and date in the body
            {"kind": "notice", "headline": "东川市图书馆闭馆公告"},
        ],
    )
    assert page.edition.date == dt.date(2021, 3, 8)
    assert page.articles[3].body.endswith("达成就业意向。")  # the credit is not body text
    assert page.articles[-1].body.endswith("特此公告。\n东川市图书馆\n2021年3月6日")
    assert not any("机关报" in (a.section or "") + a.body for a in page.articles)


_PINYIN_MASTHEAD = """东川日报

DONGCHUAN RIBAO

中共东川市委机关报　国内统一刊号CN99－0001　邮发代号99－01

2003年2月18日　星期二　农历癸未年正月十八　今日八版　第1版

市六届人大一次会议隆重开幕

团结奋进谋发展　同心协力奔小康

刘建新作政府工作报告　周向东等在主席台就座

本报讯（记者　孟一舟）2月17日上午，东川市第六届人民代表大会第一次会议在东川人民会堂隆重开幕。

大会听取了市长刘建新所作的政府工作报告。

城区供热管网改造完工

本报讯（记者　孟一舟）近日，城区供热管网改造工程全面完工，惠及居民两万余户。
"""


def test_the_papers_name_in_pinyin_is_masthead_and_who_sat_on_the_rostrum_a_sub_title() -> None:
    # the paper's name in pinyin is no kicker; 某某等在主席台就座 is no one's signature
    page = read_page(_PINYIN_MASTHEAD.encode(), "pinyin.txt")
    assert [(a.kicker, a.headline, a.subheadline) for a in page.articles] == [
        (
            "市六届人大一次会议隆重开幕",
            "团结奋进谋发展 同心协力奔小康",
            "刘建新作政府工作报告 周向东等在主席台就座",
        ),
        (None, "城区供热管网改造完工", None),
    ]
    assert page.articles[0].body.startswith("2月17日上午")


def test_headlined_briefs_under_a_label_and_their_closing_credits() -> None:
    page = read("headlined_briefs.txt")
    check(
        page,
        [
            {"kind": "news", "headline": "西岭县召开春耕生产动员会", "reporters": ["杜文清"]},
            {
                "kind": "brief",
                "headline": "县农机站开展农机检修服务",
                "kicker": None,
                "correspondents": ["马云飞"],
            },
            # a bare name in brackets closing a 本报讯 item: its reporter
            {"kind": "brief", "headline": "县二中举办读书节", "reporters": ["郑小兵"]},
        ],
    )
    assert all(not a.body.endswith("）") for a in page.articles)


def test_a_notices_signature_lines_stay_apart() -> None:
    raw = (
        "停水通知\n\n因管网维修，东坪区部分小区明日停水。\n\n"
        "东坪区自来水公司\n\n东坪区住房和城乡建设局\n\n2024年5月6日\n"
    )
    (notice,) = read_page(raw.encode(), "x.txt").articles
    assert notice.body.endswith("东坪区自来水公司\n东坪区住房和城乡建设局\n2024年5月6日")


def test_the_line_that_reports_the_news_done_is_the_headline() -> None:
    def heads(raw: str) -> tuple:
        (a,) = read_page(raw.encode(), "x.txt").articles
        return a.kicker, a.headline, a.subheadline

    body = "\n\n本报讯（记者 孟一舟）5月6日，东坪县政务服务中心新大厅正式启用，群众办事更方便了。\n"
    # a general line over the news done: the kicker, then the headline
    assert heads("东坪县持续优化营商环境\n\n政务服务中心新大厅投用" + body) == (
        "东坪县持续优化营商环境",
        "政务服务中心新大厅投用",
        None,
    )
    # a meeting held, then what it took up: the headline, then the sub-title
    assert heads("东坪县政协举行主席会议\n\n协商年度重点提案办理" + body) == (
        None,
        "东坪县政协举行主席会议",
        "协商年度重点提案办理",
    )


def test_a_byline_behind_a_box_is_the_features_byline() -> None:
    raw = (
        "# 南岭古镇：老街新韵引客来\n\n**全年接待游客突破百万人次**\n\n"
        "□本报记者 孟一舟 通讯员 卜文珂\n\n"
        "周末的南岭古镇，青石板路上游人如织，老字号门前排起了长队。\n"
    )
    (a,) = read_page(raw.encode(), "x.txt").articles
    assert (a.headline, a.names(REPORTER), a.names(CORRESPONDENT)) == (
        "南岭古镇：老街新韵引客来",
        ["孟一舟"],
        ["卜文珂"],
    )
    assert a.body.startswith("周末的南岭古镇")


def test_a_notices_numbered_sections_stay_in_the_notice() -> None:
    raw = (
        "## 东坪区图书馆暑期志愿者招募启事\n\n为做好暑期读者服务，东坪区图书馆现招募志愿者20名。\n\n"
        "一、招募对象\n\n年满18周岁、热爱阅读、每周能服务半天的市民。\n\n"
        "二、服务内容\n\n图书整理、阅览室秩序维护、少儿绘本讲读。\n\n"
        "三、报名方式\n\n7月1日至7月5日，到图书馆一楼服务台填表报名。\n\n"
        "东坪区图书馆\n\n2024年6月25日\n"
    )
    (notice,) = read_page(raw.encode(), "x.txt").articles
    assert notice.headline == "东坪区图书馆暑期志愿者招募启事"
    assert "二、服务内容" in notice.body and notice.body.endswith("2024年6月25日")


def test_a_spaced_slogan_under_a_meeting_line_is_the_headline() -> None:
    raw = (
        "钟远鹏主持召开县政府第十次常务会议\n\n坚定信心抓落实\u3000全力冲刺保目标\n\n"
        "本报讯（记者 孟一舟）11月20日，县长钟远鹏主持召开县政府第十次常务会议，研究年底重点工作。\n"
    )
    (a,) = read_page(raw.encode(), "x.txt").articles
    assert (a.kicker, a.headline) == ("钟远鹏主持召开县政府第十次常务会议", "坚定信心抓落实 全力冲刺保目标")


def test_a_columns_label_over_a_headline_is_its_kicker() -> None:
    raw = (
        "蹲点调研·一线见闻\n南岭村的板栗熟了\n——东坪县板栗产业发展纪实\n"
        "本报记者 孟一舟\n\n初秋时节，走进东坪县南岭村，漫山遍野的板栗树挂满了果子。\n"
    )
    (a,) = read_page(raw.encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == (
        "蹲点调研·一线见闻",
        "南岭村的板栗熟了",
        "——东坪县板栗产业发展纪实",
    )


def test_a_notice_after_a_column_of_briefs_in_wrapped_columns_is_its_own_piece() -> None:
    briefs = (
        "简讯\n"
        "■日前，东坪区图书馆第二分馆在南湖小区开馆，\n"
        "馆内藏书两万余册，设有少儿阅读区和自习区，\n"
        "每天开放十二个小时，周边居民借书不用再跑远\n"
        "路了。（通讯员 卜文珂）\n"
        "■近日，南岭县第一中学举办校园科技节，学生\n"
        "们展示了机器人、无人机等120余件科技作品，\n"
        "吸引了不少家长前来观看。学校今年还新建了两\n"
        "间创客教室。（通讯员 孟一舟 邝文杰）\n\n"
    )
    notice = (
        "关于东湖片区临时停水的通知\n"
        "\u3000\u3000因供水主管道检修，东湖片区将于3月\n"
        "12日8时至20时临时停水，请沿线居民和单位提\n"
        "前做好储水准备。检修完成后将尽快恢复供水，\n"
        "给您带来的不便，敬请谅解。\n"
        "\u3000\u3000特此通知。\n"
        "东坪市自来水有限公司\n"
        "2024年3月8日\n"
    )
    page = read_page((briefs + notice).encode(), "x.txt")
    last = page.articles[-1]
    assert last.headline == "关于东湖片区临时停水的通知"
    assert last.body.startswith("因供水主管道检修") and last.body.endswith("2024年3月8日")
    assert page.articles[-2].body.endswith("间创客教室。")


def test_a_photo_credit_whose_head_ends_the_captions_line() -> None:
    raw = (
        "南岭村的板栗熟了\n\n"
        "本报讯（记者 孟一舟）连日来，东坪县南岭村的板栗进入采收期，村民们忙着打栗、装袋。\n\n"
        "图为村民在山坡上采收板栗。　通讯员　卜文\n珂　摄\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [n for a in arts for n in a.names(PHOTOGRAPHER)] == ["卜文珂"]
    assert all("通讯员" not in a.body for a in arts)


def test_a_briefs_closing_credit_parts_names_by_a_space() -> None:
    raw = (
        "简讯\n\n"
        "■近日，南岭县第一中学举办校园科技节，学生们展示了120余件科技作品。（通讯员 孟一舟 邝文杰）\n\n"
        "■日前，东坪区图书馆第二分馆开馆，藏书两万余册。（通讯员 卜文珂）\n"
    )
    first = read_page(raw.encode(), "x.txt").articles[0]
    assert first.names(CORRESPONDENT) == ["孟一舟", "邝文杰"]


def test_a_headline_and_a_sub_title_with_a_comma_over_a_lead_in_wrapped_columns() -> None:
    raw = (
        "南岭村板栗喜获丰收\n"
        "\u3000\u3000本报讯（记者 卜文珂）连日来，东坪县南岭村的\n"
        "板栗进入采收期，村民们忙着打栗、装袋、过秤。今\n"
        "年全村板栗种植面积达到3000亩，预计总产量比去\n"
        "年增加两成，板栗收入将成为村民增收的主要来源。\n\n"
        "流动书屋开进了山村\n"
        "东坪县图书馆送书下乡，山里娃读上新绘本\n"
        "\u3000\u3000本报讯（记者 孟一舟）5月6日上午，东坪县图书\n"
        "馆的流动书屋开进了山村，送书下乡来到南岭镇柳沟\n"
        "村小学，山里娃围着流动书屋挑选新绘本和科普读物。\n"
        "县图书馆馆长邝文杰介绍，流动书屋每月送书下乡一\n"
        "次，让山里娃读上新绘本，今年以来已经开进全县十\n"
        "二个乡镇的四十多个山村，送书下乡两万余册。\n"
    )
    first, second = read_page(raw.encode(), "x.txt").articles
    assert first.body.startswith("连日来")  # (a page-top headline in wrapped columns: allocate's)
    assert (second.headline, second.subheadline) == (
        "流动书屋开进了山村",
        "东坪县图书馆送书下乡，山里娃读上新绘本",
    )
    assert second.body.startswith("5月6日上午")


# A wrapped page's pieces over their leads, each story about its own headline.
def _wrapped_story(topic: str) -> str:
    text = (
        f"本报讯（记者 卜文珂）近日，{topic}。现场秩序井然，群众纷纷点赞，"
        f"大家表示{topic}是一件实实在在的好事，希望今后常态化开展下去。"
    )
    return "".join(text[i : i + 24] + "\n" for i in range(0, len(text), 24))


@pytest.mark.parametrize(
    "first,second,want",
    [
        # facts set apart by a space, each with its figure: the sub-title under the headline ...
        (
            "东坪县3所新建学校投入使用",
            "新建校舍12栋\u3000新增学位3000个",
            (None, "东坪县3所新建学校投入使用", "新建校舍12栋 新增学位3000个"),
        ),
        # ... or the kicker over it
        (
            "投资8亿元\u3000用地300亩",
            "南岭县智能家居产业园开工建设",
            ("投资8亿元 用地300亩", "南岭县智能家居产业园开工建设", None),
        ),
        # where the news is, down to a community: the kicker
        (
            "东坪县柳沟镇桂园社区",
            "“银发调解员”化解邻里纠纷",
            ("东坪县柳沟镇桂园社区", "“银发调解员”化解邻里纠纷", None),
        ),
        (
            "东坪县柳沟镇南岭村",
            "板栗富了全乡百姓",
            ("东坪县柳沟镇南岭村", "板栗富了全乡百姓", None),
        ),
        # two pieces of news done, the second with its own place: headline and sub-title
        (
            "全市秋季植树动员会召开",
            "南岭县森林步道同日投用",
            (None, "全市秋季植树动员会召开", "南岭县森林步道同日投用"),
        ),
        # a headline the column broke in two stays one
        (
            "东坪县召开全域旅游暨乡村民宿",
            "发展工作推进会",
            (None, "东坪县召开全域旅游暨乡村民宿发展工作推进会", None),
        ),
    ],
)
def test_two_headline_lines_in_wrapped_columns(first: str, second: str, want: tuple) -> None:
    raw = (
        f"南岭村板栗喜获丰收\n{_wrapped_story('南岭村板栗喜获丰收')}\n"
        f"{first}\n{second}\n{_wrapped_story(first + second)}\n"
        f"柳沟镇举办农民运动会\n{_wrapped_story('柳沟镇举办农民运动会')}"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert len(arts) == 3
    assert (arts[1].kicker, arts[1].headline, arts[1].subheadline) == want


def test_a_column_of_briefs_run_together_in_wrapped_columns() -> None:
    # each item closed by its office's credit, the next item's headline on the line after it; the
    # first item right under the column's label; a notice after a credit broken over two lines
    raw = (
        f"南岭村板栗喜获丰收\n{_wrapped_story('南岭村板栗喜获丰收')}\n"
        f"柳沟镇举办农民运动会\n{_wrapped_story('柳沟镇举办农民运动会')}"
        "\n■\u3000法治简讯\n"
        "东坪法院集中清理涉企案件\n"
        "11月2日，东坪县人民法院开展涉企案件集中清理，\n"
        "共清理案件86件，为企业挽回损失200万元。（东\n"
        "法宣）\n"
        "南岭检察院送法进校园\n"
        "11月3日，南岭县人民检察院干警走进柳沟中学，向师\n"
        "生讲解防范电信诈骗知识，发放宣传资料20\n"
        "00余份。（南检宣）\n"
        "东坪交警整治货车超载\n"
        "为保护农村公路，东坪县公安局交通管理大队近日在\n"
        "柳沟镇设卡查处货车超载，首周查处超载货车9辆。（东公\n"
        "宣）\n\n"
        "寻物启事\n"
        "本人于11月5日在柳沟镇车站路遗失黑色公文包一个，\n"
        "内有身份证等证件，请拾到者与本人联系，必有酬谢。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [
        "南岭村板栗喜获丰收",
        "柳沟镇举办农民运动会",
        "东坪法院集中清理涉企案件",
        "南岭检察院送法进校园",
        "东坪交警整治货车超载",
        "寻物启事",
    ]
    assert arts[2].body.startswith("11月2日") and arts[2].body.endswith("200万元。（东法宣）")
    assert "发放宣传资料2000余份" in arts[3].body  # (a number the column broke: no space in it)
    assert arts[5].body.startswith("本人于11月5日")


def test_a_page_of_one_line_paragraphs_with_stacked_titles_and_a_list() -> None:
    # no blank lines at all: every paragraph one long line, titles set one under another (headline
    # over sub-title), a piece with no lead closed by its credit, a notice's list of short lines
    para = (
        "会上，各乡镇负责人逐一汇报了辖区内护林员配备、防火物资储备和隔离带建设情况，"
        "与会人员还观看了森林火灾警示教育片，并现场演练了扑火机具的使用，取信于民。"
    )
    raw = (
        "东坪县召开秋冬季森林防火工作会议\n"
        "部署今冬明春森林防火各项工作\n"
        f"本报讯（记者 卜文珂）11月3日，东坪县召开秋冬季森林防火工作会议。{para}\n{para}\n{para}\n"
        "南岭镇便民服务中心推行“一网通办”\n"
        "群众办事“最多跑一次”\n"
        f"11月2日上午，南岭镇便民服务中心大厅里，前来办事的群众井然有序。{para}\n{para}\n"
        f"{para}（记者 孟一舟）\n"
        "东坪县人大常委会任免名单\n"
        "（2024年11月1日东坪县第十八届人民代表大会常务委员会第二十次会议通过）\n"
        + "".join(
            f"任命{n}为县{b}局局长；\n" for n, b in [("钟立", "交通运输"), ("卜文", "统计"), ("邝华", "审计")]
        )
        + "".join(f"免去{n}的县{b}局局长职务；\n" for n, b in [("孟川", "交通运输"), ("岑林", "统计")])
        + "免去卫东的县审计局局长职务。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.headline, a.subheadline) for a in arts] == [
        ("东坪县召开秋冬季森林防火工作会议", "部署今冬明春森林防火各项工作"),
        ("南岭镇便民服务中心推行“一网通办”", "群众办事“最多跑一次”"),
        ("东坪县人大常委会任免名单", None),
    ]
    assert arts[1].names(REPORTER) == ["孟一舟"] and arts[1].body.endswith("取信于民。")


def test_a_boxs_label_over_its_own_piece_in_wrapped_columns() -> None:
    raw = (
        f"南岭村板栗喜获丰收\n{_wrapped_story('南岭村板栗喜获丰收')}\n"
        "记者手记\n"
        "让山货走出大山\n"
        "\u3000\u3000采访那天，南岭村的村民正忙着给板栗装\n"
        "袋。山里的好东西不少，缺的是走出大山的路。\n"
        "\u3000\u3000路通了，山货才能变成致富的宝贝。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == ["南岭村板栗喜获丰收", "让山货走出大山"]
    assert arts[1].body.startswith("采访那天")


def test_a_bare_name_closes_an_item_of_a_column_of_briefs() -> None:
    # items with no 本报讯, each under its own headline, closed by the reporter's name in brackets
    raw = (
        "东坪县召开秋冬季森林防火工作会议\n\n"
        "本报讯（记者 卜文珂）11月3日，东坪县召开秋冬季森林防火工作会议。\n\n"
        "简　讯\n\n"
        "南岭镇通上天然气\n\n11月1日，南岭镇天然气管道正式通气，首批三百户居民用上了天然气。（邝华）\n\n"
        "柳沟村新建文化广场\n\n柳沟村投资二十万元新建的文化广场日前完工，村民有了休闲的好去处。（孟一舟）\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.headline, a.names(REPORTER)) for a in arts[1:]] == [
        ("南岭镇通上天然气", ["邝华"]),
        ("柳沟村新建文化广场", ["孟一舟"]),
    ]


def test_a_photo_storys_writer_and_photographer_on_one_line() -> None:
    # a markdown photo under its own heading, closed by 文/图 某某, then the next story's heading
    raw = (
        "## 冲线\n\n"
        "10月3日，全市中学生运动会女子800米决赛中，东坪中学选手卜文珂率先冲过终点。\n\n"
        "文/图 孟一舟\n\n"
        "## 南岭镇举办农民运动会\n\n"
        "本报讯（记者 邝华）10月4日，南岭镇第三届农民运动会开幕，600多名村民参赛。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.headline, a.kicker, a.names(REPORTER), a.names(PHOTOGRAPHER)) for a in arts] == [
        ("冲线", None, ["孟一舟"], ["孟一舟"]),
        ("南岭镇举办农民运动会", None, ["邝华"], []),
    ]


def test_a_notices_numbered_sections_in_bold_stay_in_the_notice() -> None:
    raw = (
        "## 东坪老年大学秋季招生简章\n\n"
        "东坪老年大学秋季学期面向社会招生。现将有关事项公告如下：\n\n"
        "**一、招生对象**\n\n本市常住、年龄在50周岁以上的离退休人员。\n\n"
        "**二、报名方式**\n\n9月16日至9月25日到教务处现场报名。\n\n"
        "东坪老年大学\n2020年9月14日\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == ["东坪老年大学秋季招生简章"]
    assert "二、报名方式" in arts[0].body


_NARROW_STORY = "".join(
    line + "\n"
    for line in (
        "\u3000\u3000本报讯（记者　邝华）东坪县今",
        "年新建农村公路一百二十公里，惠及",
        "沿线三十多个行政村，",
        "群众出行更方便了。县交通运输局局",
        "长卜文珂说，明年还将改造危桥十二",
        "座，新建客运站三个，让农村公路",
        "真正成为群众的致富路、幸福路。",
        "\u3000\u3000据介绍，全县农村公路养护资",
        "金今年增加到八百万元，县里将建",
        "立县、乡、村三级路长制，确保公",
        "路有人管、有人养。",
    )
)


_NARROW_SECOND = "".join(
    line + "\n"
    for line in (
        "\u3000\u3000本报讯（记者　卜文珂）南岭镇",
        "污水处理站日前建成投用，",
        "日处理生活污水两千吨，镇区污水处",
        "理率达到百分之九十以上。南岭镇",
        "镇长邝华说，污水处理站投用后，",
        "镇区河道水质明显好转。",
    )
)
_NARROW_PAGE = f"东坪县农村公路建设提速\n{_NARROW_STORY}\n南岭镇污水处理站建成投用\n{_NARROW_SECOND}\n"


def test_a_headline_giving_its_persons_words_over_a_byline_in_narrow_columns() -> None:
    # kicker, then 某某：quote as the headline, then the byline: the colon is the headline's
    raw = (
        f"{_NARROW_PAGE}"
        "扎根乡村二十年　带领村民修通致富路\n"
        "孟一舟：我们的路终于修通了\n"
        "本报记者　卜文珂\n"
        "\u3000\u3000“我是群众选出来的代表，就要把\n群众的心里话带到会上来。”孟一舟\n说。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.kicker, a.headline) for a in arts[2:]] == [
        ("扎根乡村二十年 带领村民修通致富路", "孟一舟：我们的路终于修通了")
    ]
    assert arts[2].names(REPORTER) == ["卜文珂"]


def test_a_short_title_over_a_dated_caption_in_narrow_columns() -> None:
    raw = (
        f"{_NARROW_PAGE}"
        "委员热议农村路\n"
        "2月15日，县政协委员分组讨论政府工\n作报告。图为委员在讨论中交流。\n"
        "本报记者　卜文珂　摄\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [
        "东坪县农村公路建设提速",
        "南岭镇污水处理站建成投用",
        "委员热议农村路",
    ]
    assert arts[2].names(PHOTOGRAPHER) == ["卜文珂"]


def test_one_line_paragraph_pages_with_labels_and_speaker_headlines() -> None:
    # a series' label over a feature, a 某某：words headline over its byline, a tips box's label,
    # a hotline's headline with a colon over its sub-title and lead
    raw = (
        "乡村工匠风采\n"
        "竹编作坊里的“巧手”\n"
        "——记东坪县南岭村竹编艺人孟一舟\n"
        "本报记者 卜文珂 通讯员 邝华\n"
        "\u3000\u3000春节刚过，南岭村的竹编作坊里就忙开了。孟一舟带着徒弟赶制订单。\n"
        "\u3000\u3000二十年来，他带出了三十多个徒弟，作品卖到了省外。\n"
        "东坪县兽医卜秀兰：随叫随到的“牛医生”\n"
        "本报记者 邝华 通讯员 孟一舟\n"
        "\u3000\u3000“卜医生，我家的牛不吃草了。”天还没亮，养殖户就打来电话。\n"
        "\u3000\u3000她背起药箱，骑上摩托车就出了门。\n"
        "健康小常识\n"
        "秋季腹泻要防范\n"
        "\u3000\u3000秋季昼夜温差大，要注意饮食卫生，生熟分开。\n"
        "12345热线：群众诉求件件有回音\n"
        "9月办结诉求3.1万件　满意率96.5%\n"
        "\u3000\u3000本报讯（记者 卜文珂）9月，市12345热线共办结群众诉求3.1万件。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.kicker, a.headline, a.subheadline) for a in arts] == [
        ("乡村工匠风采", "竹编作坊里的“巧手”", "——记东坪县南岭村竹编艺人孟一舟"),
        (None, "东坪县兽医卜秀兰：随叫随到的“牛医生”", None),
        (None, "秋季腹泻要防范", None),
        (None, "12345热线：群众诉求件件有回音", "9月办结诉求3.1万件 满意率96.5%"),
    ]


def test_a_notice_ending_in_a_phone_number_broken_by_the_column() -> None:
    story = _wrapped_story("东坪县南岭镇开展义诊")
    raw = (
        f"东坪县南岭镇开展义诊\n{story}\n"
        "寻人启事\n"
        "\u3000\u3000孟秀英，女，82岁，东坪县人，身穿灰色外套，\n"
        "10月5日下午在南岭镇集市走失。望见到者速与家\n"
        "人联系，必有酬谢。联系电话：1387654321\n"
        "0\n\n"
        "遗失声明\n"
        "\u3000\u3000东坪县南岭镇永兴五金店不慎遗失公章一枚，\n"
        "特此声明。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == ["东坪县南岭镇开展义诊", "寻人启事", "遗失声明"]


def test_a_page_saved_from_a_digital_edition() -> None:
    # the site's lines around the pieces, a source line over each piece, its titles in 【】, a
    # column's label, a heading inside a notice, credits only in the source line's 作者 field
    raw = (
        "东坪日报数字报\n"
        "首页 > 2023年10月09日 > 第03版：经济\n"
        "【字体：大 中 小】　　【打印本页】　　【关闭窗口】\n\n"
        "来源：东坪日报 | 作者：记者 卜文珂 通讯员 邝华 | 发布时间：2023-10-09 06:30\n"
        "【南岭镇秋季农产品展销会开幕】\n"
        "【参展企业逾百家　首日成交额破千万】\n\n"
        "本报讯（记者 卜文珂 通讯员 邝华）10月8日，南岭镇秋季农产品展销会开幕，80余家企业参展。\n\n"
        "来源：东坪日报 | 作者：孟一舟 | 发布时间：2023-10-09 06:30\n"
        "【经济观察】\n"
        "【为夜间经济添把火】\n\n"
        "入夜后的东坪步行街灯火通明，夜市摊位前人头攒动。\n\n"
        "来源：东坪日报 | 作者： | 发布时间：2023-10-08 17:20\n"
        "【东坪县南岭镇卫生院设备采购项目】【公开招标公告】\n\n"
        "项目概况\n\n"
        "东坪县南岭镇卫生院设备采购项目的潜在投标人应在公共资源交易平台获取招标文件。\n\n"
        "【打印本页】　　【关闭窗口】\n"
        "版权所有：东坪日报社\n"
    )
    page = read_page(raw.encode(), "x.txt")
    assert page.edition.date == dt.date(2023, 10, 9)
    arts = page.articles
    assert [(a.headline, a.subheadline, a.names(REPORTER), a.names(CORRESPONDENT)) for a in arts] == [
        ("南岭镇秋季农产品展销会开幕", "参展企业逾百家 首日成交额破千万", ["卜文珂"], ["邝华"]),
        ("为夜间经济添把火", None, ["孟一舟"], []),
        ("东坪县南岭镇卫生院设备采购项目公开招标公告", None, [], []),
    ]
    assert arts[1].section == "【经济观察】"
    assert arts[2].body.startswith("项目概况")
    assert not any("打印本页" in a.body or "版权所有" in a.body for a in arts)


def test_a_byline_on_its_own_line_then_benbaoxun_is_one_story() -> None:
    raw = (
        "东坪县南岭村冬枣丰收\n\n"
        "本报记者　卜文珂　本报通讯员　邝华\n\n"
        "本报讯　10月9日，东坪县南岭村的枣园里，村民们正忙着采摘冬枣。\n\n"
        "村党支部书记孟一舟说，今年冬枣每斤多卖了两块钱。\n\n"
        "柳沟镇新建文化广场\n\n"
        "本报记者　孟一舟\n\n"
        "本报讯　11月18日，柳沟镇文化广场建成开放。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.headline, a.source, a.names(REPORTER), a.names(CORRESPONDENT)) for a in arts] == [
        ("东坪县南岭村冬枣丰收", "本报讯", ["卜文珂"], ["邝华"]),
        ("柳沟镇新建文化广场", "本报讯", ["孟一舟"], []),
    ]
    assert arts[0].body.startswith("10月9日")


def test_a_notice_signed_by_its_body_then_a_photo_whose_credit_the_column_broke() -> None:
    raw = (
        f"{_NARROW_PAGE}"
        "温馨提示\n"
        "\u3000\u3000假期游客增多，为确保大家玩得舒心、\n"
        "放心，县文化和旅游局提醒：\n"
        "\u3000\u3000一、错峰出游，提前预约。\n"
        "\u3000\u3000二、保管好随身财物。\n"
        "\u3000\u3000旅游咨询投诉电话：12345\n"
        "东坪县文化和旅游局\n\n"
        "南岭古镇夜色美\n"
        "\u3000\u30009月24日晚，南岭古镇的灯笼全部点亮，\n"
        "吸引不少市民前来拍照打卡。（通\n"
        "讯员 孟一舟 摄）\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts[2:]] == ["温馨提示", "南岭古镇夜色美"]
    assert arts[3].names(PHOTOGRAPHER) == ["孟一舟"]


@pytest.mark.parametrize(
    "first,second,want",
    [
        # a body's news over what it adds: the headline, its sub-title
        (
            "农业银行东坪支行上半年新增贷款八千万元",
            "重点支持农产品加工企业",
            (None, "农业银行东坪支行上半年新增贷款八千万元", "重点支持农产品加工企业"),
        ),
        # the facts in Chinese numerals, set apart by a space, under the news
        (
            "南岭砖厂厂长立下军令状",
            "承包一年利润翻番\u3000签下三百万元订单",
            (None, "南岭砖厂厂长立下军令状", "承包一年利润翻番 签下三百万元订单"),
        ),
    ],
)
def test_two_headline_groups_over_a_story_in_blank_line_paragraphs(
    first: str, second: str, want: tuple
) -> None:
    raw = (
        f"{first}\n\n{second}\n\n"
        "本报讯　今年以来，东坪县南岭镇的企业发展势头良好，产值和利税都有较大增长。（本报记者　卜文珂）\n\n"
        "柳沟镇建成农贸市场\n\n"
        "本报讯　柳沟镇投资五十万元建成的农贸市场日前开业。（本报记者　孟一舟）\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert (arts[0].kicker, arts[0].headline, arts[0].subheadline) == want


def test_a_dated_caption_right_after_a_storys_last_paragraph_is_its_own_photo() -> None:
    # wrapped columns with blank-line paragraphs: the caption opens like one (a date, then a place)
    # after a paragraph that closed, and its credit stands under it: a photo of its own, not the
    # story's last paragraph
    raw = (
        "东坪县部署夏收夏种工作\n\n"
        "本报讯（记者卜文珂 通讯员邝华）6\n月2日，东坪县召开夏收夏种工作推进\n会，部署麦收和"
        "夏播工作。\n\n"
        "会议要求，各乡镇要趁天晴组织农\n机跨区作业，麦子熟一块收一块，\n不误农时。\n\n"
        "会前，与会人员到南岭村观摩了小麦\n机收现场。\n\n"
        "6月2日，在东坪县南岭村，农机手驾\n驶收割机抢收小麦。\n"
        "通讯员 邝华 摄\n\n"
        "南岭镇污水处理站建成投用\n\n"
        "本报讯（记者孟一舟）6月1日，南岭镇\n污水处理站建成投用，日处理能力达\n到两千吨。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [(a.kind, a.headline) for a in arts] == [
        ("news", "东坪县部署夏收夏种工作"),
        ("photo", None),
        ("news", "南岭镇污水处理站建成投用"),
    ]
    assert arts[0].body.endswith("机收现场。") and arts[0].names(PHOTOGRAPHER) == []
    assert arts[1].body.startswith("6月2日，在东坪县南岭村") and arts[1].names(PHOTOGRAPHER) == ["邝华"]


@pytest.mark.parametrize("wrap", [False, True])
def test_a_briefs_columns_numbered_items_are_pieces_of_their_own(wrap: bool) -> None:
    # under ■ 简讯 (no commentator's name after the box), items numbered from 1 each open a brief
    # closed by its credit; a numbered list inside a story under a headline stays in the story
    items = [
        "1.近日，柳沟镇的葡萄评上了省级农产品区域品牌。（通讯员 邝华）",
        "2.6月1日，柳沟镇“文明实践进万家”活动启动，百余名志愿者为群众义诊。（记者 卜文珂）",
        "3.日前，东湖区人民医院开通夜间门诊，方便上班族就医。（通讯员 孟一舟）",
    ]
    story = (
        "本报讯（记者钟远鹏）6月2日，东湖区部署防汛工作。会议要求：\n"
        "1.落实责任，压实到人。\n2.排查隐患，不留死角。\n"
    )

    def col(line: str) -> str:
        return _wrap(line, 14).rstrip("\n") if wrap else line

    raw = "东湖区部署防汛工作\n\n" + story + "\n■ 简讯\n\n" + "\n\n".join(col(x) for x in items) + "\n"
    arts = read_page(raw.encode(), "x.txt").articles
    assert len(arts) == 4, [a.body[:10] for a in arts]
    assert "2.排查隐患" in arts[0].body.replace("\n", "")
    assert [a.body[:4] for a in arts[1:]] == ["近日，柳", "6月1日", "日前，东"]
    assert [(a.names(REPORTER), a.names(CORRESPONDENT)) for a in arts[1:]] == [
        ([], ["邝华"]),
        (["卜文珂"], []),
        ([], ["孟一舟"]),
    ]


@pytest.mark.parametrize("wrap", [False, True])
def test_a_readers_letter_under_its_label_after_a_story(wrap: bool) -> None:
    # 读者来信 is the column's label (no reader signing 来信), the question under it the letter's
    # headline, the reader's line a paragraph of its own
    def col(para: str) -> str:
        return _wrap(para).rstrip("\n") if wrap else para

    story = [
        "本报讯（记者钟远鹏）6月2日，东湖区召开背街小巷整治推进会，部署今年的整治任务。",
        "据了解，今年全区计划整治背街小巷42条，惠及居民1.1万户。",
    ]
    letter = [
        "编辑同志：我是南岭街道的一名退休工人，每天傍晚回小区，总要绕上好几圈才找到车位。",
        "盼着街道把闲置空地划成车位，让居民停车不再犯愁。",
    ]
    raw = "\n\n".join(
        [
            "东湖区部署背街小巷整治",
            *map(col, story),
            "读者来信",
            "小区停车难，何时能缓解？",
            "读者 孟一舟",
            *map(col, letter),
        ]
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == ["东湖区部署背街小巷整治", "小区停车难，何时能缓解？"]
    assert arts[0].body.endswith("1.1万户。")
    assert arts[1].body.split("\n")[:2] == ["读者孟一舟", letter[0]]
    assert arts[1].section == "读者来信" and arts[1].names(REPORTER) == []


def test_a_list_of_the_commended_under_its_title_is_one_piece_in_one_line_paragraphs() -> None:
    # one line a paragraph: the list's count headings, its entries (a two-character name padded
    # with a space), and entries that are bodies alone are the list's text, not stacked headlines
    raw = (
        "本报讯（记者钟远鹏）6月30日，东湖区召开表彰大会。\n\n"
        "东湖区最美志愿者和优秀志愿服务组织名单\n\n"
        "最美志愿者（4名）\n"
        "孟一舟 南岭街道柳沟社区网格员\n"
        "卜　珂 东湖区人民医院外科主任\n"
        "邝文杰 东坪县柳沟村党支部书记、村委会主任\n"
        "钟　远 区实验小学教师\n\n"
        "优秀志愿服务组织（3个）\n"
        "南岭街道柳沟社区志愿服务队\n"
        "东湖区人民医院青年志愿者协会\n"
        "东坪县柳沟村新时代文明实践站\n\n"
        "东湖区召开防汛工作会议\n\n"
        "本报讯（记者卜文珂）6月29日，东湖区召开防汛工作会议。\n"
    )
    arts = read_page(raw.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [
        None,
        "东湖区最美志愿者和优秀志愿服务组织名单",
        "东湖区召开防汛工作会议",
    ]
    lines = arts[1].body.split("\n")
    assert lines[0] == "最美志愿者（4名）" and "卜珂 东湖区人民医院外科主任" in lines  # (the padding gone)
    assert lines[-1] == "东坪县柳沟村新时代文明实践站"


@pytest.mark.parametrize(
    "first,second",
    [
        # what the meeting did and who chaired it, on the line under the meeting's headline
        ("区委常委会召开会议", "研究东湖港扩建和柳沟园区消防安全等工作　孟一舟主持"),
        ("区八届人大常委会第九次会议闭幕", "审议通过关于加强饮用水源保护的决议　表决区政府组成人员任免"),
    ],
)
def test_a_meetings_headline_over_what_it_did_and_who_chaired(first: str, second: str) -> None:
    text = f"{first}\n\n{second}\n\n本报讯（记者甲乙）昨日，东湖区召开会议，部署有关工作。\n"
    [a] = read_page(text.encode(), "x.txt").articles
    assert (a.kicker, a.headline, a.subheadline) == (None, first, second.replace("\u3000", " "))


def _wrap30(*paragraphs: str) -> str:
    """Paragraphs indented by two spaces, the column wrapped every 30 characters, no blank lines."""
    lines = []
    for p in paragraphs:
        p = "\u3000\u3000" + p
        lines.extend(p[i : i + 30] + "\n" for i in range(0, len(p), 30))
    return "".join(lines)


@pytest.mark.parametrize(
    "first,second,want",
    [
        # a line of two phrases set apart by a space over or under a line of one: kicker, headline
        (
            "砍伐杉木三百余棵　山上“剃”出大窟窿",
            "两被告人犯滥伐林木罪获刑并补种树苗",
            ("砍伐杉木三百余棵 山上“剃”出大窟窿", "两被告人犯滥伐林木罪获刑并补种树苗", None),
        ),
        (
            "山洪致溪水暴涨",
            "三名采药人被困半山腰　救援队连夜转移",
            ("山洪致溪水暴涨", "三名采药人被困半山腰 救援队连夜转移", None),
        ),
        # the facts with their figures under the headline: its sub-title
        (
            "柳沟派出所半月破获电诈案5起",
            "三人落网　挽回群众损失20余万元",
            (None, "柳沟派出所半月破获电诈案5起", "三人落网 挽回群众损失20余万元"),
        ),
    ],
)
def test_two_title_lines_of_a_wrapped_page_one_of_two_phrases(first: str, second: str, want: tuple) -> None:
    story = _wrap30(
        "本报讯（记者卜文珂）9月20日，东湖区人民法院公开开庭审理一起案件，并当庭宣判。"
        "法院经审理查明，案发后被告人如实供述了犯罪事实，表示认罪认罚，并愿意承担修复责任。",
        "南岭县柳沟村的村民旁听了庭审。村民们说，这堂法治课就上在家门口，听得明白，记得牢靠。"
        "庭审结束后，法官还就山林保护、森林防火等问题回答了村民的提问。",
        "据了解，今年以来，东湖区人民法院已在南岭县、柳沟镇等地巡回审理涉林案件9起，"
        "以案释法，引导群众自觉守护绿水青山。",
    )
    other = _wrap30(
        "本报讯（记者孟一舟）9月19日，南岭县消防救援大队走进柳沟村开展消防安全宣传，"
        "为村民讲解家庭火灾预防和初起火灾扑救知识，发放宣传资料600余份。",
    )
    text = (
        "东湖日报　2023年9月21日　星期四\n第4版　社会·法治　责任编辑　邝文杰\n\n"
        f"消防安全知识送进村\n{other}\n{first}\n{second}\n{story}"
    )
    b, a = read_page(text.encode(), "x.txt").articles
    assert (b.kicker, b.headline, b.subheadline) == (None, "消防安全知识送进村", None)
    assert (a.kicker, a.headline, a.subheadline) == want


def test_an_items_headline_with_a_places_colon_on_its_own_line() -> None:
    text = (
        "东湖区举办春季招聘会\n\n本报讯（记者甲乙）昨日，东湖区举办春季招聘会，120家企业提供岗位。\n\n"
        "简讯\n\n"
        "■ 南岭县：柿子节引来八方客\n\n"
        "近日，南岭县柳沟村举办柿子节，吸引游客5000余人次。（通讯员　孟一舟）\n\n"
        "■ 东湖区：农机手培训开班\n\n近日，东湖区举办农机手培训班，120名农机手参加。（通讯员　卜文珂）\n"
    )
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.headline for a in arts] == [
        "东湖区举办春季招聘会",
        "南岭县：柿子节引来八方客",
        "东湖区：农机手培训开班",
    ]
    assert arts[1].body.startswith("近日，南岭县") and arts[2].names(CORRESPONDENT) == ["卜文珂"]


def test_a_markdown_lists_entries_are_the_notices_body_not_headlines() -> None:
    entries = "".join(
        f"- {n}（东湖{c}有限公司董事长）\n"
        for n, c in (("钟远鹏", "纺织"), ("邝文杰", "茶业"), ("孟一舟", "机械"))
    )
    text = (
        "### 东湖区“优秀企业家”推荐对象公示\n\n现将候选人予以公示（排名不分先后）：\n\n"
        + entries
        + "\n- 卜文珂（东湖南岭食品有限公司总经理）\n\n公示期为5日。如有异议，请向区工商联反映。\n\n"
        "### 东湖区举办春季招聘会\n\n本报讯（记者甲乙）昨日，东湖区举办春季招聘会。\n"
    )
    notice, fair = read_page(text.encode(), "x.txt").articles
    assert notice.headline == "东湖区“优秀企业家”推荐对象公示" and fair.headline == "东湖区举办春季招聘会"
    assert "孟一舟" in notice.body and "卜文珂" in notice.body and notice.body.endswith("请向区工商联反映。")


def test_a_prize_list_under_its_story_stays_in_it_with_its_names_apart() -> None:
    text = (
        "东湖冰灯大赛落幕\n\n本报讯（记者甲乙）1月9日，东湖冰灯大赛落幕。获奖者是：\n\n"
        "一等奖：钟远鹏　邝文杰\n\n二等奖：孟一舟　卜文珂　宗政远鹏\n\n"
        "三等奖：公孙远　百里舟　端木舟　轩辕远\n\n"
        "南岭县举办越野滑雪赛\n\n本报讯（记者甲乙）1月7日，南岭县举办越野滑雪赛，300余人参赛。\n"
    )
    contest, race = read_page(text.encode(), "x.txt").articles
    assert (race.kicker, race.headline) == (None, "南岭县举办越野滑雪赛")
    assert contest.body.endswith("三等奖：公孙远\u3000百里舟\u3000端木舟\u3000轩辕远")


def _indented(*paragraphs: str, width: int = 20) -> str:
    """Paragraphs indented by two spaces, the column wrapped every `width` characters, no blank lines."""
    lines = []
    for p in paragraphs:
        p = "\u3000\u3000" + p
        lines.extend(p[i : i + width] + "\n" for i in range(0, len(p), width))
    return "".join(lines)


def test_a_briefs_columns_items_run_together_each_closed_by_its_credit() -> None:
    # a narrow column: each item opens with the place it is about and a colon, and runs on in the
    # same line after the credit that closes the one before (broken over two lines or not)
    story = "本报讯（记者　甲乙）昨日，东湖区举办春季招聘会，现场有80余家用人单位参加，求职者收获满满。"
    column = (
        "东湖区：3月2日，东湖区召开会议，安排今年的春季农事。（通讯员　卜文珂）"
        "南岭县：近日，南岭县柳沟镇新建的村级卫生室投入使用，村民看病不再跑远路。（记者　孟一舟）"
        "东坪县：日前，东坪县人民医院与县中医院签订协作协议。（通讯员　邝文杰　钟远鹏）"
    )
    text = "东湖区举办春季招聘会\n" + _indented(story) + "■ 简讯\n" + _indented(column)
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.body[:4] for a in arts] == ["昨日，东", "东湖区：", "南岭县：", "东坪县："]
    assert [a.kind for a in arts[1:]] == ["brief"] * 3
    assert arts[1].names(CORRESPONDENT) == ["卜文珂"] and arts[1].body.endswith("春季农事。")
    assert arts[2].names(REPORTER) == ["孟一舟"] and arts[2].body.endswith("不再跑远路。")
    assert arts[3].names(CORRESPONDENT) == ["邝文杰", "钟远鹏"]


def test_a_bare_name_of_four_characters_or_with_a_dot_closes_a_brief() -> None:
    items = [
        "近日，东湖区新建的农产品冷库投入使用，可储存果蔬2000吨。（欧阳远鹏）",
        "3月5日，南岭县举办技能培训班，学员150人。（阿依丁·库尔班）",
    ]
    text = "■ 简讯\n\n" + "\n\n".join(items) + "\n"
    arts = read_page(text.encode(), "x.txt").articles
    assert [a.names(REPORTER) for a in arts] == [["欧阳远鹏"], ["阿依丁·库尔班"]]
    assert arts[1].body.endswith("学员150人。")


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_notice_signed_by_two_bodies_keeps_both_and_its_date(wrapped: bool) -> None:
    body = "东湖大道将于2024年5月10日至6月30日翻修路面，其间禁止车辆通行，请绕道南岭路。特此公告。"
    signature = "东湖区交通运输局\n东湖区公安局交通警察大队\n2024年5月6日\n"
    if wrapped:
        text = "关于东湖大道封闭施工的公告\n" + _indented(body) + signature
    else:
        text = "关于东湖大道封闭施工的公告\n\n" + body + "\n\n" + signature.replace("\n", "\n\n")
    [a] = read_page(text.encode(), "x.txt").articles
    assert a.headline == "关于东湖大道封闭施工的公告"
    assert "东湖区交通运输局\n东湖区公安局交通警察大队\n" in a.body and a.body.rstrip().endswith(
        "2024年5月6日"
    )


def test_a_byline_of_two_reporters_parted_by_a_space() -> None:
    text = (
        "## 南岭村的新变化\n\n本报记者　孟一舟　卜文珂\n\n清晨，南岭村的村道上已经热闹起来。"
        "村党支部书记钟远鹏带着村民查看新修的水渠。\n"
    )
    [a] = read_page(text.encode(), "x.txt").articles
    assert a.names(REPORTER) == ["孟一舟", "卜文珂"]


def test_a_byline_line_with_a_dotted_name() -> None:
    story = "南岭村的葡萄今年丰收，驻村工作队的钟远鹏每天一早到晾房查看，帮着村民联系客商。" * 2
    text = "南岭村的新变化\n本报记者　孟一舟　通讯员　阿依丁·库尔班\n" + _indented(story, width=22)
    [a] = read_page(text.encode(), "x.txt").articles
    assert a.headline == "南岭村的新变化"
    assert a.names(REPORTER) == ["孟一舟"] and a.names(CORRESPONDENT) == ["阿依丁·库尔班"]


@pytest.mark.parametrize(
    "first,second,want",
    [
        # a short line, then a longer one that opens with a place and tells its news: headline and
        # the sub-title that says where
        (
            "小小书屋添书香",
            "东湖区建成农家书屋50个",
            (None, "小小书屋添书香", "东湖区建成农家书屋50个"),
        ),
        # a line that ends with a place or a time leaves its verb to the next: one headline
        (
            "省专家组来到南岭县",
            "检查东坪镇的防汛工作",
            (None, "省专家组来到南岭县检查东坪镇的防汛工作", None),
        ),
        ("自下学期起", "东湖区中学生每年体检一次", (None, "自下学期起东湖区中学生每年体检一次", None)),
        # a short line of news done (开幕, 启动), then one that is not: the headline and its sub-title
        ("南岭非遗展开幕", "三百件藏品首次亮相", (None, "南岭非遗展开幕", "三百件藏品首次亮相")),
        ("东湖读书月活动启动", "图书馆每晚延时两小时", (None, "东湖读书月活动启动", "图书馆每晚延时两小时")),
        # guard: 召开 with nothing held before it leaves what is held to the next line: one headline
        ("东坪镇召开", "秋收秋种工作推进会", (None, "东坪镇召开秋收秋种工作推进会", None)),
    ],
)
def test_two_short_title_lines_on_a_wrapped_page(first: str, second: str, want: tuple) -> None:
    story = "本报讯（记者　甲乙）昨日，东湖区举办春季招聘会，现场有80余家用人单位参加，求职者收获满满。"
    more = "招聘会按行业分了几个区，求职者可以当面问工资和住宿，当天就有几百人找到了心仪的岗位。"
    other = "本报讯（记者　甲乙）近日，南岭县盖好的三所学校同日迎来学生，可容纳学生2700人。"
    text = "东湖日报　2008年4月10日　星期四　第5版\n\n" + f"{first}\n{second}\n"
    text += _indented(story + more * 3, more * 2, width=24)
    text += "南岭县三所学校迎来学生\n" + _indented(other + more * 2, more, width=24)
    a, b = read_page(text.encode(), "x.txt").articles
    assert b.headline == "南岭县三所学校迎来学生"
    assert (a.kicker, a.headline, a.subheadline) == want


def test_an_older_pages_label_in_words_is_no_kicker() -> None:
    # 第二版 in words, as older pages print it, over a wrapped page's first piece, whose three title
    # lines are kicker, headline and sub-title
    story = "东坪农机厂去年实行承包，今年上半年产值比去年同期翻了一番，职工收入也增加了不少。" * 3
    other = "南岭县柳沟乡的竹器社用当地的毛竹编织竹篮和凉席，产品销往十几个国家和地区。" * 2
    text = "东湖日报　1986年7月9日　星期三\n第二版　经济·生活\n\n"
    text += "改革用人机制\n东坪农机厂一年变了样\n上半年产值翻一番\n"
    text += _indented("本报讯　（记者　孟一舟　通讯员　邝文杰）" + story, story, width=20)
    for head in ("柳沟乡竹器社产品出口", "南岭县竹篮销路好"):
        text += "\n" + head + "\n" + _indented("本报讯　（通讯员　卜文珂）" + other, other, width=20)
    a, b, c = read_page(text.encode(), "x.txt").articles
    want = ("改革用人机制", "东坪农机厂一年变了样", "上半年产值翻一番")
    assert (a.kicker, a.headline, a.subheadline) == want
    assert (b.headline, c.headline) == ("柳沟乡竹器社产品出口", "南岭县竹篮销路好")


_BRIEF_ITEMS = [
    ("东坪农机厂新车间投产", "东坪农机厂新建的装配车间日前投产，每年可多装拖拉机一千台。（记者　钟远鹏）"),
    ("南岭县开通城乡公交", "南岭县从五月一日起开通县城至各乡的公交车，每天往返六班。（通讯员　邝文杰）"),
    ("柳沟乡提醒农户防火", "入春以来，柳沟乡干旱少雨，乡里提醒各户烧荒时要有人看守，防止山火。（卜文珂）"),
]


def _briefs_page() -> str:
    story = "本报讯（记者　孟一舟）昨日，东湖区举办春季招聘会，现场有80余家用人单位参加，求职者收获满满。"
    items = _BRIEF_ITEMS
    text = "东湖日报　1986年5月6日　星期二　第2版\n\n东湖区春季招聘会举行\n"
    text += _indented(story * 3, width=20) + "\n简明新闻\n"
    for head, para in items:
        text += head + "\n" + _indented(para, width=20)
    return text


def test_a_briefs_label_on_a_wrapped_page_heads_items_under_their_own_headlines() -> None:
    # a wrapped column of items, each under its own headline line: the label is no line of the first
    # item's headline, and every item, its last closed by a bare name, keeps its credit
    page = read_page(_briefs_page().encode(), "x.txt")
    heads = [a.headline for a in page.articles]
    assert heads == ["东湖区春季招聘会举行", *(head for head, _ in _BRIEF_ITEMS)]
    _, a, b, c = page.articles
    assert a.names(REPORTER) == ["钟远鹏"] and b.names(CORRESPONDENT) == ["邝文杰"]
    assert c.names(REPORTER) == ["卜文珂"] and "卜文珂" not in c.body
    assert {a.kind, b.kind, c.kind} == {"brief"}


def test_a_readers_letter_under_its_label_is_a_piece_of_its_own() -> None:
    story = "本报讯（记者　孟一舟）昨日，东湖区举办春季招聘会，现场有80余家用人单位参加，求职者收获满满。"
    letter = "我们是东坪街的居民，这条街的自来水管锈得漏水，一到夏天就断水，请有关部门尽快修好。"
    text = "东湖日报　1986年5月6日　星期二　第2版\n\n东湖区春季招聘会举行\n" + _indented(story * 3, width=20)
    text += "\n人民来信\n东坪街的水管该换了？\n" + _indented("编辑同志：", letter * 2, width=20)
    a, b = read_page(text.encode(), "x.txt").articles
    assert b.headline == "东坪街的水管该换了？" and b.body.startswith("编辑同志")
    assert "水管" not in a.body


def test_a_credit_in_a_paragraph_of_its_own_closes_the_story() -> None:
    story = "本报讯　东坪公社今年统一调度全社的拖拉机，春耕进度比去年快了十天。"
    text = "东湖日报　1979年3月15日　星期四\n\n东坪公社春耕进度快\n\n"
    text += story + "\n\n（通讯员　邝文杰　卜文珂）\n"
    [a] = read_page(text.encode(), "x.txt").articles
    assert a.names(CORRESPONDENT) == ["邝文杰", "卜文珂"]
    assert a.body.endswith("十天。")


def test_a_photos_bold_title_before_its_caption_on_one_line() -> None:
    story = "8月18日，东湖区召开会议，安排秋季的农事，要求各乡抓紧抢收抢种，做好防汛准备。"
    text = "# 东湖日报 1998年8月20日 第3版\n\n## 东湖区安排秋季农事\n\n" + story * 3 + "\n\n"
    text += "**金秋梨子挂满枝** 8月19日，南岭县柳沟村果农在梨园里疏果。（本报记者 钟远鹏 摄）\n"
    a, b = read_page(text.encode(), "x.txt").articles
    assert b.headline == "金秋梨子挂满枝" and b.kind == "photo"
    assert b.names(PHOTOGRAPHER) == ["钟远鹏"] and b.body.startswith("8月19日")
    assert "梨" not in a.body
