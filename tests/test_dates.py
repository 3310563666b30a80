import random
from datetime import date, datetime

import pytest

from hoinghi.transforms import dates as D
from hoinghi.transforms.dates import find_dates, is_date_bar, is_range_part, parse_stamp, reference_year, resolve


def one(text):
    found = [d for d in find_dates(text)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, day, month, year",
    [
        ("Chiều 7-9, Ban Tổ chức Tỉnh ủy tổ chức", 7, 9, None),
        ("Sáng 15/11, tại Hội trường", 15, 11, None),
        ("Sáng 9.10, Cụm thi đua", 9, 10, None),
        ("ngày 30-12-2024 của Ban Bí thư", 30, 12, 2024),
        ("Sáng nay (21/6), hội nghị", 21, 6, None),
        ("Thứ Sáu, ngày 5 tháng 7 năm 2019", 5, 7, 2019),
        ("Ngày mồng 7-12, tại thị xã", 7, 12, None),
        ("Trước đó, hôm 28-11, Hội nghị", 28, 11, None),
    ],
)
def test_date_forms(text, day, month, year):
    d = one(text)
    assert (d.day, d.month, d.year) == (day, month, year)


@pytest.mark.parametrize(
    "text",
    [
        "đạt 1.192/1.312 đại hội",
        "45/67 đảng bộ",
        "nhiệm kỳ 2021-2026",
        "quý 2-2023",
        "tháng 9-2020",
        "hoàn thành 16/19 đề án",
    ],
)
def test_counts_periods_and_months_are_not_days(text):
    assert find_dates(text) == ()


def test_year_comes_from_publication_and_crosses_new_year():
    d = one("Chiều 30-12, hội nghị")
    assert resolve(d, date(2025, 1, 2), None) == date(2024, 12, 30)
    assert resolve(one("Sáng 2-1, hội nghị"), date(2024, 12, 31), None) == date(2025, 1, 2)
    assert resolve(one("Sáng 14/3, hội nghị"), date(2022, 3, 15), None) == date(2022, 3, 14)


def test_year_from_text_when_no_publication_date():
    text = "Ngày 9/2, hội nghị tổng kết năm 2016, triển khai nhiệm vụ năm 2017; nhiệm kỳ 2015-2020, đến năm 2030"
    assert reference_year(text) == 2017
    assert resolve(find_dates(text)[0], None, reference_year(text)) == date(2017, 2, 9)


def test_no_year_anywhere_gives_no_date():
    assert resolve(one("Sáng 3/5, hội nghị"), None, None) is None


def test_sang_nay_is_the_publication_day():
    d = find_dates("Sáng nay, Ban Thường vụ họp")[0]
    assert resolve(d, date(2020, 6, 1), None) == date(2020, 6, 1)


def test_range_ends_are_periods():
    text = "từ ngày 9-3 đến ngày 15-3-2020"
    assert all(is_range_part(text, d) for d in find_dates(text))


@pytest.mark.parametrize(
    "line, stamp, rest",
    [
        ("09:15' 7/5/2019", datetime(2019, 5, 7, 9, 15), ""),
        ("Thu Hà 08:40, 12/09/2021", datetime(2021, 9, 12, 8, 40), "Thu Hà"),
        ("15/01/2018 16:05", datetime(2018, 1, 15, 16, 5), ""),
        ("Cập nhật ngày: 03/03/2017 - 07:30", datetime(2017, 3, 3, 7, 30), ""),
        ("11/11/2016 - 10:02", datetime(2016, 11, 11, 10, 2), ""),
    ],
)
def test_header_timestamps(line, stamp, rest):
    assert parse_stamp(line) == (stamp, rest)


def test_weekday_date_bar_is_not_a_publication_date():
    assert is_date_bar("Thứ Ba, ngày 8 tháng 3 năm 2022")
    assert parse_stamp("Thứ Ba, 08/03/2022")[0] is None


def test_headline_with_a_date_is_not_a_timestamp():
    assert parse_stamp("Kết quả công tác nổi bật từ ngày 9 đến ngày 15-3-2020 của Ban Tổ chức Trung ương")[0] is None


def test_weekday_and_yesterday_forms():
    d = one("Sáng thứ Hai (15/3), Ban Thường vụ họp")
    assert (d.day, d.month, d.text) == (15, 3, "Sáng thứ Hai (15/3)")
    assert one("Hôm qua (14/3), hội nghị").day == 14
    rel = find_dates("Chiều qua, Ban Tổ chức Tỉnh ủy họp")[0]
    assert resolve(rel, date(2021, 3, 15), None) == date(2021, 3, 14)
    before = find_dates("Hôm kia, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 5")[0]  # the day before yesterday
    assert resolve(before, date(2021, 3, 15), None) == date(2021, 3, 13)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the last such weekday before publication: a Saturday 'cuối tuần qua' from a Wednesday, a Monday from a Sunday
        ("Trước đó, sáng thứ Bảy cuối tuần qua, Ban Chấp hành Đảng bộ quận họp", date(2024, 1, 3), date(2023, 12, 30)),
        ("Sáng thứ Hai vừa qua, Tỉnh ủy tổ chức hội nghị", date(2022, 10, 16), date(2022, 10, 10)),
        ("Chiều thứ Tư, Ban Tổ chức Tỉnh ủy họp", date(2022, 10, 16), date(2022, 10, 12)),  # on or before
        ("Chiều thứ Tư, Ban Tổ chức Tỉnh ủy họp", date(2022, 10, 12), date(2022, 10, 12)),
        ("Hội nghị diễn ra vào thứ Ba tuần trước", date(2022, 10, 16), date(2022, 10, 4)),  # the week before
        ("Thứ Năm tuần tới, HĐND tỉnh sẽ họp", date(2022, 10, 16), date(2022, 10, 20)),  # the week after (Mon-Sun)
        ("Thứ Năm tới, HĐND tỉnh sẽ họp", date(2022, 10, 13), date(2022, 10, 20)),  # the next one
    ],
)
def test_a_weekday_is_counted_from_the_publication_day(text, published, day):
    assert resolve(one(text), published, None) == day


@pytest.mark.parametrize(
    "text",
    [
        "Tại kỳ họp thứ hai vừa qua, HĐND tỉnh đã bầu",  # an ordinal
        "Đây là lần thứ ba tới nay tỉnh tổ chức",
        "Ngày thứ hai của Đại hội, các đại biểu thảo luận",
    ],
)
def test_an_ordinal_is_no_weekday(text):
    assert find_dates(text) == ()


def test_a_weekday_with_its_date_is_that_date():
    d = one("Chiều thứ Tư, 12/10, Ban Tổ chức Tỉnh ủy họp")
    assert (d.day, d.month, d.weekday) == (12, 10, None)


def test_a_two_day_meeting_is_dated_by_its_first_day():
    d = one("Trong 2 ngày 18 và 19-7, Ban Chấp hành Đảng bộ tỉnh họp")
    assert (d.day, d.month, d.marked) == (18, 7, True)


def _date_texts() -> list[str]:
    """The sample articles and random strings built from date words, digits and separators."""
    from tests.conftest import SAMPLE_INBOX

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_INBOX.rglob("*.txt"))]
    pieces = ["Sáng", "sáng ", "Chiều thứ Hai", "chủ nhật", " (", ")", "ngày ", "Ngày", "12", "3", "/", "-", ".",
              ",", " và ", "tháng ", "THÁNG ", " năm ", "2023", "2021-2025", "hôm nay", "Hôm qua", "chiều qua",
              "xhôm nay", "tối nay (", " ", "  ", "\n", "18", "1.192", "x", "İ", "–", " - ", "thứ Bảy", " vừa qua",
              " tuần trước", " cuối tuần qua", "vào ", "kỳ họp "]  # fmt: skip
    rng = random.Random(7)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(20000)]
    return texts


def test_the_windowed_date_scan_finds_what_the_full_pattern_finds():
    # _date_matches runs the full pattern only around day numbers; it must miss nothing and add nothing
    for text in _date_texts():
        lowered = text.lower()
        subject, pattern = (lowered, D._DATE_LOWER_RE) if len(lowered) == len(text) else (text, D._DATE_RE)
        plain = [(m.span(), m.groupdict()) for m in pattern.finditer(subject)]
        assert [(m.span(), m.groupdict()) for m in D._date_matches(text, lowered)] == plain, repr(text)
        assert [m.span() for m in D._relative_matches(text, lowered)] == [
            m.span() for m in D._RELATIVE_RE.finditer(text)
        ], repr(text)


# --- the year of a day written without one (no publication date) --------------------------------


def year_of(sentence, text=None, title=""):
    mention = find_dates(sentence)[0]
    return D.infer_year(mention, text or sentence, (sentence, title, ""))


def test_a_reviewed_year_dates_its_meeting_at_that_year_end():
    review = "Sáng {}, Huyện ủy Tân An tổ chức Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023."
    assert year_of(review.format("29/12")) == 2022  # held before the year ends: not the target year 2023
    assert year_of(review.format("20/1")) == 2023  # held after it
    assert year_of(review.format("15/6")) is None  # half a year away either way: not certain


def test_a_quarter_a_half_year_and_a_plan_date_their_meetings():
    assert year_of("Chiều 2/4, Ban Tổ chức giao ban công tác tháng 3 và quý I năm 2019.") == 2019
    assert year_of("Sáng 8/7, Đảng ủy Khối sơ kết 6 tháng đầu năm 2021.") == 2021
    assert year_of("Sáng 28/12, Sở Nội vụ triển khai nhiệm vụ năm 2024.") == 2023  # a plan meets before it starts


def test_the_lunar_new_year_of_a_year():
    assert year_of("Sáng 30/1, Tỉnh ủy gặp mặt cán bộ hưu trí nhân dịp đón Tết Nguyên đán Giáp Thìn 2024.") == 2024


def test_a_congress_sits_in_the_first_year_of_its_term():
    assert year_of("Sáng 7.8, Đại hội đại biểu Đảng bộ huyện Yên Hà lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc.") == 2020
    # a meeting preparing the congress, or a post's term, gives no year
    assert year_of("Chiều 5/9, Tỉnh ủy họp chuẩn bị Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030.") is None
    assert year_of("Chiều 5/9, Tỉnh ủy họp, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 chủ trì.") is None


def test_a_full_date_weeks_before_or_after_dates_the_day():
    text = "Ngày 16/11, tại Hà Nam, đồng chí Lê Văn Bình trao Quyết định số 12-QĐ/TU ngày 12/11/2024 của Tỉnh ủy."
    assert year_of(text) == 2024
    late = "Chiều 3/1, Huyện ủy công bố quyết định. Quyết định ký ngày 29/12/2023."
    assert year_of("Chiều 3/1, Huyện ủy công bố quyết định.", late) == 2024  # across the new year
    # a standing document's date is often years older than the meeting that applies it
    standing = "Sáng 10/6, Huyện ủy họp triển khai Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị."
    assert year_of(standing) is None


def test_no_certain_year_leaves_the_day_without_one():
    assert year_of("Chiều 5/9, Huyện ủy tổ chức hội nghị.") is None
    assert (
        year_of("Chiều 5/9, Huyện ủy tổ chức hội nghị.", "Chiều 5/9, Huyện ủy tổ chức hội nghị. Năm 2001, ...") is None
    )
    # a year the meeting's own sentence speaks of
    assert year_of("Chiều 25/1, Hội nghị cán bộ về công tác xây dựng Đảng năm 2013 bế mạc.") == 2013


def test_deadlines_and_signing_days_are_not_event_days():
    text = "các đảng bộ hoàn thành đại hội trước ngày 20/3/2020; Quyết định do Bí thư ký ngày 16-10-2023."
    days = find_dates(text)
    assert [D.is_not_event_day(text, d) for d in days] == [True, True]
    assert not D.is_not_event_day("Sáng ngày 5/3, hội nghị", find_dates("Sáng ngày 5/3, hội nghị")[0])


def test_the_end_of_an_anniversary_span_is_not_an_event_day():
    text = "kỷ niệm 94 năm Ngày thành lập Đảng 3/2/1930 - 3/2/2024, sáng ngày 30/1/2024, Huyện ủy trao Huy hiệu"
    first, second, event = find_dates(text)
    assert is_range_part(text, first) and is_range_part(text, second) and not is_range_part(text, event)


@pytest.mark.parametrize(
    "text",
    ["Chiều 16 và sáng 17.10, Đại hội", "Ngày 16-17/10, Đại hội", "Trong hai ngày 16 – 17/10/2025, Đại hội"],
)
def test_a_meeting_over_two_days_written_as_a_range(text):
    d = one(text)
    assert (d.day, d.month) == (16, 10)


def test_a_span_of_days_is_read_as_its_first_day_with_its_last():
    d = one("Từ ngày 18 đến 20/8, Ban Tổ chức Tỉnh ủy tổ chức lớp bồi dưỡng.")
    assert (d.day, d.month, d.year, d.last_day) == (18, 8, None, 20)
    assert (one("Trong hai ngày 18 và 19-7-2024, hội nghị họp.").last_day, one("Sáng 5/12, họp.").last_day) == (
        19,
        None,
    )


def test_a_span_of_days_written_in_words_is_read_as_its_first_day_with_its_last():
    d = one("Từ ngày 8 đến ngày 10 tháng 10 năm 2025, Đại hội họp.")
    assert (d.day, d.month, d.year, d.last_day) == (8, 10, 2025, 10)
    assert one("Trong 2 ngày 24 và 25 tháng 6, Đại hội họp.").last_day == 25
    assert one("Ngày 10 tháng 10 năm 2025, Đại hội họp.").last_day is None


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("Ngày cập nhật: 12/10/2009 3:45:12 PM", datetime(2009, 12, 10, 15, 45)),  # English culture: month first
        ("12/10/2009 12:05:00 AM", datetime(2009, 12, 10, 0, 5)),
        ("Cập nhật 05/03/2024 09:15 CH", datetime(2024, 3, 5, 21, 15)),  # 'chiều': day first, afternoon
        ("Chính trị - Xã hội  ·  12/07/2023  ·  17:35", datetime(2023, 7, 12, 17, 35)),
        ("Minh Khoa • 21/5/2025, 06:45", datetime(2025, 5, 21, 6, 45)),
        ("Thứ năm, 27 Tháng 12 2018 08:15", datetime(2018, 12, 27, 8, 15)),  # the month as a word (Joomla)
        ("Cập nhật ngày 3 tháng 12 năm 2024 lúc 10:05", datetime(2024, 12, 3, 10, 5)),
        ("By Minh Khang · Tuesday, December 3, 2024, 10:42 AM", datetime(2024, 12, 3, 10, 42)),
        ("Thứ Tư, 17 Tháng Bảy, 2024 - 08:40", datetime(2024, 7, 17, 8, 40)),  # the month's own name
    ],
)
def test_stamps_with_a_12_hour_clock_or_dots_between_their_parts(line, stamp):
    assert parse_stamp(line)[0] == stamp


def test_a_weekday_bar_in_words_without_a_time_is_still_no_stamp():
    assert parse_stamp("Thứ Hai, ngày 24 tháng 1 năm 2022")[0] is None
    # ... unless the caller knows the line is the article's (under its headline or lead, last)
    assert parse_stamp("Thứ Hai, ngày 24 tháng 1 năm 2022", bars=True)[0] == datetime(2022, 1, 24)


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("09:15 SA, 12/03/2018", datetime(2018, 3, 12, 9, 15)),  # the 12-hour clock before the day
        ("Đăng lúc: 9 giờ 15 phút, ngày 12/3/2018", datetime(2018, 3, 12, 9, 15)),  # a clock in words
        ("12/3/2018 - 9:15 PM", datetime(2018, 3, 12, 21, 15)),  # no seconds: a Vietnamese writer's, day first
        ("Monday, 12 March 2018", datetime(2018, 3, 12)),  # English with the day first
        ("12 Mar 2018 09:15", datetime(2018, 3, 12, 9, 15)),
    ],
)
def test_stamps_with_a_clock_before_the_day_in_words_or_an_english_day_first(line, stamp):
    assert parse_stamp(line)[0] == stamp


def test_time_zones_view_counters_and_weekdays_are_no_words_beside_a_stamp():
    from hoinghi.transforms.dates import stamp_rest_words

    assert stamp_rest_words("Thứ 2 | (GMT+7) | Lượt xem: 1.234 | lúc") == []
    assert stamp_rest_words("Chuyên mục: Chính trị | T2 | UTC+07:00") == ["Chính", "trị"]


def test_mong_and_hom_mark_a_day():
    assert [d.text for d in find_dates("Ngày mồng 7-12, và mùng 5/3; hôm 28-11")] == [
        "Ngày mồng 7-12",
        "mùng 5/3",
        "hôm 28-11",
    ]
    assert all(d.marked for d in find_dates("Ngày mồng 7-12, và mùng 5/3; hôm 28-11"))


def test_a_news_agencys_dateline_day_is_a_day_unless_the_sentence_opens_with_its_own():
    text = "Hà Nội, 10/3 (TTXVN) - Ủy ban Trung ương tổ chức Hội nghị."
    assert [(d.text, d.marked) for d in find_dates(text)] == [("10/3", True)]
    assert find_dates("Đà Nẵng, 5/6 - Thành ủy tổ chức hội nghị.")[0].marked
    assert not find_dates("Mường Lát, 6/10 - Hôm nay, Đảng ủy xã tổ chức hội nghị.")[0].marked
    assert not find_dates("khoảng 10/3 (TTXVN) - số liệu")[0].marked  # no place before it


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an ordinal's or a number's figure is no first day of a pair
        ("tại Hội nghị lần thứ 14, ngày 30/6/2023, thay đồng chí A", (30, 6, None)),
        ("Thứ 2, 15/3/2024, Ban Thường vụ họp", (15, 3, None)),
        # ... a pair of days still is one
        ("trong hai ngày 14, 15/6/2023", (14, 6, 15)),
    ],
)
def test_a_number_after_thu_or_so_is_no_day(text, day):
    assert [(d.day, d.month, d.last_day) for d in find_dates(text)] == [day]
