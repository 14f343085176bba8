import datetime as dt
from pathlib import Path

import pytest

from articles.reading import PageHints, hints_from_filename, load_manifest, read_page


@pytest.mark.parametrize(
    "name,date,label",
    [
        ("2025-04-11_A01.txt", dt.date(2025, 4, 11), "A01"),
        ("20250411-A03.txt", dt.date(2025, 4, 11), "A03"),
        ("jzrb_20250411_A01.txt", dt.date(2025, 4, 11), "A01"),
        ("2025-04-11.txt", dt.date(2025, 4, 11), None),
    ],
)
def test_it_reads_hints_from_file_names(name: str, date: dt.date, label: str | None) -> None:
    hints = hints_from_filename(name)
    assert (hints.date, hints.page_label, hints.origin) == (date, label, "file name")


@pytest.mark.parametrize("name", ["000_6e573eb3e4a04526.txt", "page.txt", "20251399_A01.txt"])
def test_it_finds_nothing_in_names_without_a_date(name: str) -> None:
    assert hints_from_filename(name).date is None


def test_it_loads_a_manifest(tmp_path: Path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text("file,date,page_label,paper\na.txt,2025-06-03,A02,焦作日报\nb.txt,,,\n", encoding="utf-8")
    hints = load_manifest(path)
    assert hints["a.txt"] == PageHints(dt.date(2025, 6, 3), "A02", "焦作日报", "manifest")
    assert hints["b.txt"].date is None


def test_it_rejects_a_manifest_without_the_header(tmp_path: Path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text("name,day\na.txt,2025-06-03\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column"):
        load_manifest(path)


def test_it_prefers_the_hints_for_the_edition_date() -> None:
    page = read_page(
        "本报讯（记者甲乙）昨日，东湖区召开会议。".encode(), "x.txt", PageHints(dt.date(2025, 6, 3))
    )
    assert (page.edition.date, page.edition.precision, page.edition.evidence) == (
        dt.date(2025, 6, 3),
        "day",
        "manifest",
    )
    assert page.articles[0].date == dt.date(2025, 6, 2)


def test_it_gives_no_edition_date_when_the_text_cannot_tell() -> None:
    page = read_page("本报讯（记者甲乙）6月2日，东湖区召开会议。".encode(), "x.txt")
    assert page.edition.date is None and page.edition.precision == "none"
    assert page.articles[0].date is None


def test_it_reads_a_masthead_date() -> None:
    page = read_page(
        "焦作日报 2025年6月3日 星期二\n\n本报讯（记者甲乙）昨日，东湖区召开会议。".encode(), "x.txt"
    )
    assert page.edition.date == dt.date(2025, 6, 3)


def test_it_takes_the_year_from_the_news_it_names_when_no_full_date_prints_it() -> None:
    # no full date anywhere: 2024 names the page's own news (a drill of this winter); 2019 is a year
    # looked back on and 2025—2027 a plan's range, neither counts
    text = (
        "东湖区2024年冬季应急演练举行\n\n"
        "本报讯（记者甲乙）昨日，东湖区举行冬季应急演练。2019年，该区建成首支救援队。\n\n"
        "本报讯（记者丙丁）12月2日，南岭县发布《2025—2027年农田建设规划》。\n"
    )
    page = read_page(text.encode(), "x.txt")
    assert page.edition.date == dt.date(2024, 12, 3)
    assert "2024年" in page.edition.evidence


def test_it_gives_no_edition_date_when_the_named_years_tie() -> None:
    text = (
        "本报讯（记者甲乙）昨日，东湖区总结2023年工作，部署2024年任务。\n\n"
        "本报讯（记者丙丁）12月2日，南岭县召开会议。\n"
    )
    assert read_page(text.encode(), "x.txt").edition.date is None


def test_an_agency_dispatch_is_dated_by_its_lead() -> None:
    # the dispatch's body names no date; its lead does, and the page's issue follows from it
    text = (
        "本报讯（记者甲乙）昨日，东湖区召开会议。2024年3月1日起施行的条例同时宣讲。\n\n"
        "新华社北京6月30日电（记者丙丁）各地举办读书分享会，市民踊跃参与。\n"
    )
    page = read_page(text.encode(), "x.txt")
    dispatch = page.articles[-1]
    assert (dispatch.kind, dispatch.dateline, dispatch.date) == ("xinhua", "6月30日", dt.date(2024, 6, 30))
    assert page.edition.date == dt.date(2024, 7, 1)


def test_it_takes_the_day_a_story_states_as_today() -> None:
    # no masthead, no 昨日: a story says which day today is, and a notice's signature gives the year
    text = (
        "东湖区惠民券今起发放\n\n"
        "本报讯（记者甲乙）惠民券今天（10月8日）上午开始发放，市民可在平台领取。\n\n"
        "公告\n\n本馆10月9日闭馆一天。\n\n东湖区文化馆\n2023年10月6日\n"
    )
    page = read_page(text.encode(), "x.txt")
    assert page.edition.date == dt.date(2023, 10, 8)
    # 明天（…） is the day after the issue
    page = read_page(text.replace("今天（10月8日）", "明天（10月8日）").encode(), "x.txt")
    assert page.edition.date == dt.date(2023, 10, 7)


def test_days_stated_that_disagree_give_no_edition_date() -> None:
    text = (
        "本报讯（记者甲乙）消费券今天（10月8日）开抢。\n\n"
        "本报讯（记者丙丁）展览今天（10月9日）开幕。\n\n东湖区文化馆\n2023年10月6日\n"
    )
    assert read_page(text.encode(), "x.txt").edition.date is None


def test_a_date_that_ends_a_span_does_not_fix_the_year() -> None:
    # the exhibition runs on into next year; the notice's signature and the story are this year's
    text = (
        "本报讯（记者甲乙）特展今天（11月2日）开幕，持续至2024年3月31日。\n\n东湖区文化馆\n2023年10月30日\n"
    )
    assert read_page(text.encode(), "x.txt").edition.date == dt.date(2023, 11, 2)
