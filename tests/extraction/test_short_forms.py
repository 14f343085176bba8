"""A short form the text declares for a name (某委员会（以下简称某委）) stands for that name wherever
the piece uses it (invented text)."""

from __future__ import annotations

from people.extraction import ORGANISATION, PLACE, entity_names, extract


def uses(text: str, type_: str) -> list[tuple[str, str]]:
    """(as printed, the name it stands for) of every mention of type_."""
    return [(text[m.start : m.end], m.text) for m in extract(text).of_type(type_)]


def test_a_declared_short_form_stands_for_the_body_each_time_it_is_used() -> None:
    text = "南川市人力资源和社会保障局（以下简称“市人社局”）发布通知。市人社局提醒，补贴申领截至月底。"
    assert uses(text, ORGANISATION) == [
        ("南川市人力资源和社会保障局", "南川市人力资源和社会保障局"),
        ("市人社局", "南川市人力资源和社会保障局"),
        ("市人社局", "南川市人力资源和社会保障局"),
    ]
    # one body, however often it is named: the short form adds no second name
    assert entity_names(extract(text))["organisations"] == ["南川市人力资源和社会保障局"]


def test_a_short_form_in_bare_parentheses_and_a_latin_acronym() -> None:
    text = "北川师范大学（北川师大）今年招生五千人。北川师大校长说，新校区明年启用。"
    assert [full for printed, full in uses(text, ORGANISATION) if printed == "北川师大"] == [
        "北川师范大学"
    ] * 2
    text = "国际乒乓球联合会（ITTF）发布排名。ITTF指出，今年赛事增多。"
    assert [m.text for m in extract(text).of_type(ORGANISATION)] == ["国际乒乓球联合会"] * 3


def test_a_declared_short_form_of_a_place() -> None:
    text = "宁夏回族自治区（以下简称宁夏）今年粮食丰收，宁夏农民人均收入增长一成。"
    assert uses(text, PLACE) == [("宁夏回族自治区", "宁夏回族自治区")] + [("宁夏", "宁夏回族自治区")] * 2
    text = "东关镇王家庄村（王家庄）今年粮食丰收，王家庄农民增收。"
    assert (
        uses(text, PLACE) == [("东关镇", "东关镇"), ("王家庄村", "王家庄村")] + [("王家庄", "王家庄村")] * 2
    )


def test_what_is_no_short_form_of_the_name_before_it() -> None:
    # a party to a contract, a rule's status, a group's form: not made of the name's characters
    text = "南川某某建设有限公司（以下简称乙方）承建该工程，乙方负责施工安全。"
    assert all(printed != "乙方" for printed, _ in uses(text, ORGANISATION))
    text = "南川市文化和旅游局（试行）办法公布。"
    assert all(printed != "试行" for printed, _ in uses(text, ORGANISATION))
    # a bare parenthesis must start as the name does: a different body's short form is not declared
    text = "南川市人民医院（市医疗集团）挂牌。市医疗集团下辖五家医院。"
    assert all(full != "南川市人民医院" or printed == full for printed, full in uses(text, ORGANISATION))


def test_a_short_form_inside_a_longer_name_is_that_names() -> None:
    text = "南川高新技术产业开发区（以下简称高新区）成立三十年。高新区管委会主任王立新出席。"
    found = uses(text, ORGANISATION)
    assert ("高新区管委会", "高新区管委会") in found
    assert ("高新区", "南川高新技术产业开发区") not in [(p, f) for p, f in found if p == "高新区管委会"]
