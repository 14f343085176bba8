"""An event's date as the extractor read it, as a calendar date (articles.reading.dates.first_date_in)."""

import datetime as dt

import pytest

from articles.reading.dates import edition_date, first_date_in


@pytest.mark.parametrize(
    "text,year,expected",
    [
        ("3月5日上午", 2019, dt.date(2019, 3, 5)),
        ("2018年12月30日至31日", 2019, dt.date(2018, 12, 30)),  # its own year first
        ("2020年 2月 29日", None, dt.date(2020, 2, 29)),  # spaces as a page's text has them
        ("5月12日", None, None),  # no year from the text or the page
        ("2月30日", 2021, None),  # no such day
        ("近日", 2021, None),
        ("", 2021, None),
        (None, 2021, None),
    ],
)
def test_it_reads_the_first_date_with_the_pages_year_when_it_has_none(text, year, expected) -> None:
    assert first_date_in(text, year) == expected


@pytest.mark.parametrize(
    "line,expected",
    [
        ("一九八八年五月十二日　星期四　农历戊辰年三月廿七", dt.date(1988, 5, 12)),
        ("一九九二年十月一日 星期四", dt.date(1992, 10, 1)),
        ("一九九〇年十二月三十一日　星期一", dt.date(1990, 12, 31)),
    ],
)
def test_a_masthead_dated_in_chinese_numerals_gives_the_edition_date(line: str, expected: dt.date) -> None:
    page = f"东坪日报\n\n中共东坪市委机关报\n\n{line}\n\n第1024期　今日八版\n\n本报讯　会议召开。\n"
    date, year = edition_date(page, None, [])
    assert (date.date, year) == (expected, expected.year)


def test_a_chinese_numeral_date_that_is_no_day_gives_none() -> None:
    page = "东坪日报\n\n一九九一年二月三十日　星期五\n\n本报讯　会议召开。\n"
    assert edition_date(page, None, [])[0].date is None
