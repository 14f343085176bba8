"""An event's date as the extractor read it, as a calendar date (articles.reading.dates.first_date_in)."""

import datetime as dt

import pytest

from articles.reading.dates import first_date_in


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
