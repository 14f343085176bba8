import pytest

from articles.reading.bylines import byline_credits, column_credits, parse_roles, photo_credits
from articles.reading.types import CORRESPONDENT, PHOTOGRAPHER, REPORTER, TRAINEE, Credit


@pytest.mark.parametrize(
    "text,expected",
    [
        ("记者张晓燕、刘洋", [(REPORTER, "张晓燕"), (REPORTER, "刘洋")]),
        ("记者孙浩通讯员冯雪梅", [(REPORTER, "孙浩"), (CORRESPONDENT, "冯雪梅")]),
        ("记者吴敏 见习记者郑一帆", [(REPORTER, "吴敏"), (TRAINEE, "郑一帆")]),
        ("通讯员高原", [(CORRESPONDENT, "高原")]),
    ],
)
def test_it_reads_lead_bylines(text: str, expected: list[tuple[str, str]]) -> None:
    assert parse_roles(text) == [Credit(r, n) for r, n in expected]


def test_it_joins_letter_spaced_names_on_a_feature_byline() -> None:
    assert byline_credits("本报记者 谢 文") == [Credit(REPORTER, "谢文")]
    assert byline_credits("本报记者 刘 洋 本报通讯员 吕小娟") == [
        Credit(REPORTER, "刘洋"),
        Credit(CORRESPONDENT, "吕小娟"),
    ]


def test_it_reads_photo_credits_even_when_the_name_broke() -> None:
    assert photo_credits("本报记者 邱\n\n明远 摄") == [Credit(PHOTOGRAPHER, "邱明远")]
    assert photo_credits("本报记者 宋明\n远 摄") == [Credit(PHOTOGRAPHER, "宋明远")]
    assert photo_credits("赵 刚 摄") == [Credit(PHOTOGRAPHER, "赵刚")]


def test_it_reads_a_column_credit() -> None:
    assert column_credits("（本栏稿件均由本报记者周可整理）") == [Credit(REPORTER, "周可")]


def test_an_older_byline_ends_with_the_verb_reported() -> None:
    assert byline_credits("本报记者 卜文珂 报道") == [Credit(REPORTER, "卜文珂")]
    assert byline_credits("本报记者 卜文珂 邝华 报道") == [
        Credit(REPORTER, "卜文珂"),
        Credit(REPORTER, "邝华"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("文/图 孟一舟", [(REPORTER, "孟一舟"), (PHOTOGRAPHER, "孟一舟")]),
        ("图文 本报记者 孟一舟", [(REPORTER, "孟一舟"), (PHOTOGRAPHER, "孟一舟")]),
        ("文/孟一舟 图/卜文珂", [(REPORTER, "孟一舟"), (PHOTOGRAPHER, "卜文珂")]),
        ("图文并茂", []),
    ],
)
def test_a_photo_storys_credit_of_text_and_pictures(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.role, c.name) for c in photo_credits(text)] == expected
