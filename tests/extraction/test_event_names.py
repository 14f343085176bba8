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
    (visit,) = extract("区长吕某到区行政审批局，就围绕“服务优”目标，打造一流政务服务平台开展调研。").events
    assert visit.type == "inspection"
    assert visit.name == "区长吕某到区行政审批局调研"
