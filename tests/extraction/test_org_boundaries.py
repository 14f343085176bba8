"""Where an organisation's name starts: not inside the byline, dateline or phrase before it
(invented text)."""

from __future__ import annotations

import pytest

from people.extraction import ORGANISATION, extract


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
