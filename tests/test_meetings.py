"""Meetings and roles on articles written for these tests."""

from datetime import date

import pytest

from hoinghi.transforms.clean import clean_text
from hoinghi.transforms.documents import find_documents
from hoinghi.transforms.events import organizer_key
from hoinghi.transforms.meetings import assign_roles, find_meetings
from hoinghi.transforms.persons import find_persons


def analyse(text):
    article = clean_text(text)
    docs = find_documents(article.body_text)
    meetings = find_meetings(article, [d.date_span for d in docs if d.date_span])
    persons = find_persons(article.body_text)
    names = {p.name_key: p.full_name for p in persons}
    roles = {(r.meeting_ordinal, names[r.person_key]): r.role for r in assign_roles(article, meetings, persons)}
    return meetings, roles


HEADER = "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III\n08:10' 6/10/2021\n"


def test_lead_meeting_with_date_kind_chair_attendees_and_bridge_point():
    meetings, roles = analyse(
        HEADER + "Chiều 5-10, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến công tác quý III với 63 "
        "điểm cầu. Đồng chí Lê Văn Thành, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương chủ trì hội nghị. "
        "Tham dự tại điểm cầu tỉnh Hòa Bình có đồng chí Bùi Văn Tỉnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy."
    )
    assert len(meetings) == 1
    m = meetings[0]
    assert (m.meeting_date, m.date_text, m.kind) == (date(2021, 10, 5), "Chiều 5-10", "giao ban quý")
    assert (m.organizer, m.location, m.is_online, m.connection_points) == (
        "Ban Tổ chức Trung ương",
        "Hòa Bình",
        True,
        63,
    )
    assert roles == {(1, "Lê Văn Thành"): "chair", (1, "Bùi Văn Tỉnh"): "attendee"}


def test_co_chairs_in_a_list_and_chair_by_passive_forms():
    _, roles = analyse(
        HEADER + "Ngày 5/10, tại thành phố Điện Biên Phủ, các đồng chí: Phạm Văn Hưng, Phó Trưởng Ban Tổ chức Trung "
        "ương; Trần Quốc Cường, Bí thư Tỉnh ủy đồng chủ trì Hội nghị giao ban khu vực."
    )
    assert roles == {(1, "Phạm Văn Hưng"): "chair", (1, "Trần Quốc Cường"): "chair"}
    _, roles = analyse(HEADER + "Sáng 5-10, Hội nghị diễn ra dưới sự chủ trì của Bí thư Tỉnh ủy Nguyễn Văn Dũng.")
    assert roles == {(1, "Nguyễn Văn Dũng"): "chair"}


def test_du_va_chi_dao_is_not_chairing():
    _, roles = analyse(
        HEADER
        + "Sáng 5-10, Đảng bộ cơ quan tiến hành Đại hội. Phó Bí thư Tỉnh ủy Lê Quang Tùng đã dự và chỉ đạo đại hội."
    )
    assert roles == {(1, "Lê Quang Tùng"): "attendee"}


def test_appointment_and_award_roles():
    _, roles = analyse(
        HEADER
        + "Chiều 5-10, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị công bố quyết định bổ nhiệm đồng chí Hoàng Văn Nam, "
        "Phó Giám đốc Sở Nội vụ giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy. Dịp này, trao Huy hiệu 40 năm tuổi Đảng cho "
        "đồng chí Vi Văn Sơn, nguyên Bí thư Huyện ủy."
    )
    assert roles == {(1, "Hoàng Văn Nam"): "appointee", (1, "Vi Văn Sơn"): "awardee"}


def test_meeting_date_only_in_a_caption():
    meetings, _ = analyse(
        "Kết quả công tác tuần của Ban Tổ chức Trung ương\n16:00' 12/5/2021\n"
        "Tuần qua, Ban Tổ chức Trung ương tập trung "
        "hoàn thành các đề án, nhiệm vụ được giao theo chương trình công tác năm 2021 và chuẩn bị Hội nghị giao ban "
        "tháng 6-2021 của toàn ngành tổ chức xây dựng Đảng.\nĐồng chí Trần Văn Lâm phát biểu tại Hội nghị giao ban "
        "sáng 10-5-2021."
    )
    assert [(m.meeting_date, m.kind) for m in meetings] == [(date(2021, 5, 10), "giao ban")]


def test_history_is_not_a_reported_meeting():
    meetings, _ = analyse(
        "Kỷ niệm ngày truyền thống\nTháng 10/2022 đánh dấu 92 năm ngày truyền thống ngành Tổ chức xây dựng Đảng "
        "14/10 và nhiều hoạt động kỷ niệm ý nghĩa trên cả nước, trong các cơ quan, đơn vị của tỉnh.\n"
        "Ngày 14/10/1930, tại Hội nghị Ban Chấp hành Trung ương Đảng lâm thời lần thứ nhất, dưới sự chủ trì của "
        "đồng chí Trần Phú, Bộ Tổ chức được thành lập."
    )
    assert meetings == []


def test_an_issuance_is_not_a_meeting_and_document_dates_are_not_meeting_days():
    meetings, _ = analyse(
        "CTTĐT - Ngày 3/4, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 2/4/2018 về tăng cường công tác "
        "phát triển đảng viên trong các doanh nghiệp ngoài khu vực nhà nước trên địa bàn tỉnh."
    )
    assert meetings == []


def test_two_meetings_reported_in_one_article():
    meetings, _ = analyse(
        "Hội thi Bí thư chi bộ giỏi\n09:00' 2/6/2019\nChiều 1-6, Đảng ủy Khối Doanh nghiệp tổ chức Hội thi Bí thư chi "
        "bộ giỏi năm 2019 với sự tham gia của 10 thí sinh đến từ các đảng bộ cơ sở trong khối.\n"
        "* Sáng 1-6, Đảng ủy Sở Y tế tổ chức vòng sơ khảo Hội thi Bí thư chi bộ giỏi năm 2019 cho 12 thí sinh."
    )
    assert [(m.meeting_date, m.organizer) for m in meetings] == [
        (date(2019, 6, 1), "Đảng ủy Khối Doanh nghiệp"),
        (date(2019, 6, 1), "Đảng ủy Sở Y tế"),
    ]


def test_undated_lead_with_chairs_is_still_a_meeting():
    meetings, roles = analyse(
        "Tại điểm cầu Trung ương, dự và chủ trì Hội nghị có đồng chí Nguyễn Thanh Long, Bí thư Trung ương Đảng; "
        "đồng chí Lê Minh Hoan, Phó Trưởng Ban Tổ chức Trung ương. Tham dự tại điểm cầu Cần Thơ có đồng chí Đỗ Văn Sơn."
    )
    assert len(meetings) == 1 and meetings[0].meeting_date is None
    assert roles[(1, "Nguyễn Thanh Long")] == roles[(1, "Lê Minh Hoan")] == "chair"


def test_chair_named_after_la():
    _, roles = analyse(
        HEADER + "Sáng 5-10, Ban Thường vụ Tỉnh ủy họp. Chủ trì hội nghị là đồng chí Lương Văn Cầu, Bí thư Tỉnh ủy."
    )
    assert roles == {(1, "Lương Văn Cầu"): "chair"}


def test_presiders_of_a_congress_named_after_la_and_a_colon():
    _, roles = analyse(
        HEADER + "Ngày 5-10, Đảng bộ xã Thanh Thủy tổ chức Đại hội đại biểu lần thứ I. Điều hành đại hội là các đồng"
        " chí: Bàn Văn Chiêu, Bí thư Đảng ủy xã; Hoàng Thị Nguyệt, Chủ tịch HĐND xã; Vừ Mí Sình, Chủ tịch UBND xã."
    )
    assert roles == {(1, "Bàn Văn Chiêu"): "chair", (1, "Hoàng Thị Nguyệt"): "chair", (1, "Vừ Mí Sình"): "chair"}
    # 'điều hành' a body is a job, not presiding
    _, roles = analyse(
        HEADER + "Sáng 5-10, Ban Thường vụ Tỉnh ủy họp. Đồng chí Lò Văn Pấng điều hành UBND xã là người dự họp."
    )
    assert roles.get((1, "Lò Văn Pấng")) != "chair"


def test_a_meeting_dated_only_by_month_keeps_its_words_but_no_day():
    meetings, _ = analyse(
        "Trong tháng 3/2021, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ. Dự hội nghị có "
        "đồng chí Lê Văn Hòa, Phó Trưởng Ban Tổ chức Tỉnh ủy và cán bộ làm công tác tổ chức các huyện."
    )
    assert [(m.meeting_date, m.date_text, m.kind) for m in meetings] == [(None, "tháng 3/2021", "tập huấn")]


def test_sentence_spans_are_those_of_the_plain_definition():
    # sentence_spans scans for the end mark itself (quicker); the spans must be the look-behind version's
    import random
    import re

    from hoinghi.transforms.meetings import sentence_spans
    from hoinghi.transforms.text import UPPER

    plain_re = re.compile(r"(?<=[.!?…])[\"”]?\s+(?=[\"“(]?[" + UPPER + r"*-])|\n")

    def plain(text):
        spans, start = [], 0
        for m in plain_re.finditer(text):
            if m.start() > start:
                spans.append((start, m.start()))
            start = m.end()
        return tuple(spans + ([(start, len(text))] if start < len(text) else []))

    rng = random.Random(5)
    pieces = [".", "!", "…", '"', "”", " ", "\n", "A", "a", "Đ", "(", "“", "*", "-", "  ", ".\n", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert sentence_spans(text) == plain(text), repr(text)


def test_the_central_bridge_point_is_not_the_meeting_place():
    # 'Trung ương' is the centre (the organiser's end of the line), not a place; nor is 'Trung'.
    lead = HEADER + "Chiều 5-10, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến công tác quý III. "
    meetings, _ = analyse(
        lead + "Tại điểm cầu Trung ương, dự và chủ trì Hội nghị có đồng chí Lê Văn Thành.\n"
        "Tham dự tại điểm cầu tỉnh Hòa Bình có đồng chí Bùi Văn Tỉnh, Bí thư Tỉnh ủy."
    )
    assert meetings[0].location == "Hòa Bình"
    meetings, _ = analyse(lead + "Tại điểm cầu Trung ương, dự và chủ trì Hội nghị có đồng chí Lê Văn Thành.")
    assert meetings[0].location is None
    meetings, _ = analyse(lead + "Tại điểm cầu Ban Tổ chức Trung ương có đồng chí Lê Văn Thành.")
    assert meetings[0].location is None


def test_a_venue_named_with_organ_words_is_read_whole():
    # Organ and venue words capitalise their first syllable only: the name runs on through the rest.
    for venue in ("Trụ sở Trung ương Đảng", "Tỉnh ủy Sóc Trăng", "Hội trường Huyện uỷ Mộc Châu"):
        meetings, _ = analyse(HEADER + f"Sáng 5-10, tại {venue}, Bộ Chính trị tổ chức Hội nghị sơ kết.")
        assert meetings[0].location == venue
    # 'tại Quyết định ...': in a document, not at a place.
    meetings, _ = analyse(HEADER + "Sáng 5-10, Tỉnh ủy tổ chức hội nghị quán triệt nội dung nêu tại Quyết định số 12.")
    assert meetings[0].location is None


def test_role_cues_of_a_long_sentence_answer_as_plain_searches_of_its_parts():
    # Roles are read from the parts of a sentence before and after each name. _SentenceCues finds
    # the cues of a sentence once (a sentence may list thousands of names); every answer must be
    # what searching the part itself gives, also for cues that cross the edge of the part.
    import random

    from hoinghi.transforms import meetings as M

    words = [
        "chủ trì", "sự chủ trì của", "có", "là", ":", ";", "; dự", ";  tham dự", "dự", "dự khuyết", "tham dự",
        "chỉ đạo", "đồng chủ trì", "trao", "tặng", "cho", "giải nhất", "bổ nhiệm", "phát biểu", "dự và phát biểu",
        "làm", "giữ chức", "nguyễn văn an", ",", ".", "x",
    ]  # fmt: skip
    rng = random.Random(15)
    # Words glued or spaced at random: the edges of a part fall inside words and cues.
    # Cues are rare among other words, so that a part's first cue is often near its end.
    fill = ["các", "đồng", "chí", "x"] * 40
    low = "mở đầu. " + "".join(rng.choice(words + fill) + rng.choice([" ", " ", ""]) for _ in range(3000)) + ". kết"
    cues = M._SentenceCues(low, (8, len(low) - 5))
    patterns = [M._CHAIR_AFTER_RE, M._CHAIR_RE, M._AWARD_RE, M._APPOINT_RE, M._ATTEND_RE, M._SPEAK_RE]

    def plain(pattern, lo, hi):
        m = pattern.search(low[lo:hi])
        return (lo + m.start(), lo + m.end()) if m else None

    windows = []
    for _ in range(300):
        lo = rng.randrange(cues.start, cues.end)
        windows.append((lo, min(cues.end, rng.choice([lo + rng.randrange(0, 40), lo + rng.randrange(500, 3000)]))))
    for pattern in patterns:  # parts that end or start inside a cue
        matches = list(zip(*cues._all(pattern), strict=True))
        for start, end in rng.sample(matches, min(10, len(matches))):
            cut = rng.randrange(start, end + 1)
            windows += [(max(cues.start, cut - 700), cut), (cut, min(cues.end, cut + 700))]
    for lo, hi in windows:
        for pattern in patterns:
            assert cues.first(pattern, lo, hi) == plain(pattern, lo, hi), (pattern.pattern, lo, hi)
        for word in ("chỉ đạo", "đồng chủ trì", ".", ";", ":"):
            assert cues.contains(word, lo, hi) == (word in low[lo:hi])
        assert cues.semicolon_attend(lo, hi) == bool(M._SEMICOLON_ATTEND_RE.search(low[lo:hi]))
    # The window edges are searched again over _REACH characters: no role pattern reads further.
    from re import _parser

    for pattern in [*patterns, M._SPEAK_STRONG_RE, M._APPOINT_AFTER_NAME_RE]:
        consumed = pattern.pattern.replace("(?!", "(?:").replace("(?=", "(?:")  # look-aheads read too
        assert _parser.parse(consumed).getwidth()[1] + 1 < M._REACH


def test_a_dotted_town_abbreviation_does_not_end_the_meeting_sentence():
    meetings, roles = analyse(
        HEADER + "Sáng 5/10, tại TP. Hòa Bình, đồng chí Lê Văn Thành, Phó Trưởng Ban Tổ chức Trung ương chủ trì hội "
        "nghị giao ban công tác tổ chức xây dựng Đảng quý III với các tỉnh khu vực Tây Bắc."
    )
    assert [m.meeting_date for m in meetings] == [date(2021, 10, 5)]
    assert roles == {(1, "Lê Văn Thành"): "chair"}


def test_without_a_dateline_the_year_comes_only_from_what_the_text_pins():
    meetings, _ = analyse(
        "Tổng kết công tác tổ chức năm 2022\n\nSáng 29/12, Ban Tổ chức Tỉnh ủy Hà Giang tổ chức Hội nghị tổng kết "
        "công tác tổ chức xây dựng Đảng năm 2022, triển khai nhiệm vụ năm 2023. Mục tiêu đến năm 2030 ..."
    )
    assert [(m.meeting_date, m.date_text) for m in meetings] == [(date(2022, 12, 29), "Sáng 29/12")]
    meetings, _ = analyse(
        "Bầu Bí thư Huyện ủy\n\nTiếp tục chương trình Đại hội Đảng bộ huyện Yên Hà lần thứ XX, nhiệm kỳ 2025-2030, "
        "chiều 2/10, Ban Chấp hành Đảng bộ huyện đã bầu Ban Thường vụ."
    )
    assert [m.meeting_date for m in meetings] == [date(2025, 10, 2)]
    meetings, _ = analyse(
        "Hội nghị Huyện ủy\n\nChiều 5/9, Huyện ủy Yên Hà tổ chức hội nghị sơ kết công tác. Năm 2001, huyện được "
        "thành lập."
    )
    assert [(m.meeting_date, m.date_text) for m in meetings] == [(None, "Chiều 5/9")]  # no certain year: no guess


def test_handing_over_a_decision_is_a_meeting_but_trao_doi_is_not():
    meetings, _ = analyse(
        HEADER + "Quyết định chuẩn y nhân sự của Ban Bí thư Trung ương Đảng được ông Lê Văn An, Bí thư Tỉnh ủy Yên "
        "Hà thừa ủy quyền trao cho ông Hà Văn Bình, chiều 5/10.\nÔng Bình 50 tuổi, quê ở huyện Yên Hà."
    )
    assert [(m.meeting_date, m.kind) for m in meetings] == [(date(2021, 10, 5), "công bố quyết định")]
    meetings, _ = analyse(HEADER + "Chiều 5/10, hai cơ quan trao đổi kinh nghiệm về chuyển đổi số.")
    assert meetings == []


def test_a_caption_saying_who_chaired_gives_an_undated_meeting():
    meetings, roles = analyse(
        "Tiểu ban Văn kiện được thành lập theo Quyết định của Ban Chấp hành Trung ương, do Tổng Bí thư ký ngày "
        "16-10-2018. Tiểu ban có 30 thành viên.\n"
        "Thường trực Ban Bí thư Lê Văn An chủ trì Phiên họp thứ nhất Tiểu ban Văn kiện. Ảnh: TTXVN\n"
    )
    assert [m.meeting_date for m in meetings] == [None]  # the signing day is not when the subcommittee met
    assert roles[(1, "Lê Văn An")] == "chair"


def test_a_list_after_a_colon_shares_the_chair_verb_after_it():
    _, roles = analyse(
        HEADER + "Chiều 5-10, Tỉnh ủy tổ chức Hội nghị công bố quyết định. Các Ủy viên Bộ Chính trị: Lê Văn An - "
        "Phó Chủ tịch Quốc hội; Trần Văn Bình - Trưởng Ban Tổ chức Trung ương chủ trì hội nghị."
    )
    assert roles == {(1, "Lê Văn An"): "chair", (1, "Trần Văn Bình"): "chair"}
    _, roles = analyse(
        HEADER + "Chiều 5-10, Tỉnh ủy tổ chức Hội nghị; dự có các đồng chí: Lê Văn An - Phó Bí thư Tỉnh ủy; "
        "Trần Văn Bình - Chủ tịch Ủy ban nhân dân tỉnh chủ trì hội nghị."
    )
    assert roles[(1, "Lê Văn An")] == "attendee"  # a list of attendees shares nothing


def test_a_two_day_meeting_is_dated_by_its_first_day():
    meetings, _ = analyse(HEADER + "Chiều 4 và sáng 5.10, Đảng bộ huyện Yên Hà tổ chức Đại hội lần thứ XX.")
    assert [(m.meeting_date, m.date_text) for m in meetings] == [(date(2021, 10, 4), "Chiều 4 và sáng 5.10")]


def test_an_earlier_meeting_told_in_a_short_last_paragraph():
    meetings, _ = analyse(
        "Đảng ủy Bộ CHQS tỉnh Yên Hà tổng kết năm 2031\nThứ Tư, 11/12/2031, 06:32\n"
        "Sáng 10-12, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Yên Hà tổ chức hội nghị tổng kết công tác lãnh đạo năm 2031."
        " Đại tá Hà Minh Quang, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh chủ trì hội nghị.\n"
        "Trước đó, chiều 9-12, Ban Thường vụ Đảng ủy Bộ CHQS tỉnh đã họp, thống nhất nội dung báo cáo trình hội nghị.\n"
    )
    assert [m.meeting_date for m in meetings] == [date(2031, 12, 10), date(2031, 12, 9)]


def test_an_event_told_as_a_span_of_days_is_dated_by_its_first_and_its_later_days_are_the_same_event():
    meetings, _ = analyse(
        "Bồi dưỡng cán bộ làm công tác tổ chức cấp xã\n21/8/2025 09:00\n"
        "Từ ngày 18 đến 20/8, Ban Tổ chức Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ cho 120 học viên. Đồng chí "
        "Vương Đình Khuê, Phó Trưởng Ban Tổ chức Tỉnh ủy phát biểu khai giảng lớp học.\n"
        "Chiều 20/8, lớp bồi dưỡng bế giảng; hội nghị tổng kết lớp học đánh giá kết quả học tập."
    )
    assert [(m.meeting_date, m.date_text) for m in meetings] == [(date(2025, 8, 18), "ngày 18 đến 20/8")]


def test_a_span_in_the_middle_of_a_sentence_is_a_period_not_an_event_day():
    meetings, _ = analyse(
        HEADER + "Chiều 5-10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban. Hội nghị yêu cầu các chi bộ tổ "
        "chức sinh hoạt từ ngày 10 đến 15/10 theo kế hoạch."
    )
    assert [m.meeting_date for m in meetings] == [date(2021, 10, 5)]


def test_presiding_over_a_session_is_chairing_it_and_a_presidium_listed_before_the_verb_chairs():
    _, roles = analyse(
        "Quốc hội miễn nhiệm\n10/11/2012 11:50\n\nSáng 10/11, Quốc hội họp phiên toàn thể, biểu quyết thông qua "
        "nghị quyết miễn nhiệm. Phó Chủ tịch Quốc hội Tòng Văn Pháo điều hành phiên họp."
    )
    assert roles == {(1, "Tòng Văn Pháo"): "chair"}
    _, roles = analyse(
        "Hội nghị Tỉnh ủy\n23/12/2024 15:20\n\nSáng 23/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 27. "
        "Đồng chí Trịnh Minh Đạt, Phó Bí thư Thường trực Tỉnh ủy điều hành phần thảo luận."
    )
    assert roles == {(1, "Trịnh Minh Đạt"): "chair"}
    _, roles = analyse(
        "Đại hội Đảng bộ xã\n28/07/2025 19:05\n\nNgày 28/7, Đảng bộ xã Pa Tầng tổ chức Đại hội đại biểu lần thứ "
        "XVI, nhiệm kỳ 2025-2030.\n\nĐoàn Chủ tịch đại hội gồm các đồng chí: Hồ Văn Lượm, Bí thư Đảng ủy xã; Kăn "
        "Pết, Phó Bí thư Thường trực Đảng ủy xã; Lê Thị Nhàn, Chủ tịch UBND xã điều hành đại hội."
    )
    assert roles == {(1, "Hồ Văn Lượm"): "chair", (1, "Kăn Pết"): "chair", (1, "Lê Thị Nhàn"): "chair"}
    _, roles = analyse(
        "Quốc hội miễn nhiệm\n10/11/2012 11:50\n\nSáng 10/11, Quốc hội họp phiên toàn thể. Ông Tòng Văn Pháo, "
        "Phó Chủ tịch Quốc hội, từng điều hành UBND tỉnh Sơn La."
    )
    assert roles == {(1, "Tòng Văn Pháo"): "mentioned"}
    # the chair just elected runs the rest of the session
    _, roles = analyse(
        "Kỳ họp HĐND tỉnh\n27/03/2031 17:20\n\nSáng 27/3, HĐND tỉnh khóa XI tổ chức kỳ họp thứ nhất. Ông Lò Văn "
        "Pấng, Bí thư Tỉnh ủy được bầu giữ chức Chủ tịch HĐND tỉnh và tiếp tục điều hành các nội dung còn lại của "
        "kỳ họp."
    )
    assert roles == {(1, "Lò Văn Pấng"): "chair"}


def test_a_congress_told_with_its_span_is_dated_by_its_first_day_and_a_presidium_presides():
    meetings, roles = analyse(
        "Bế mạc Đại hội Đảng bộ tỉnh\n15.10.2020 | 21:05\n\nSau 3 ngày làm việc (từ ngày 13 đến 15/10), chiều 15/10, "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX đã bế mạc.\n\nPhiên bế mạc do Đoàn Chủ tịch Đại hội gồm các "
        "đồng chí: Phạm Quốc Hòe, Bí thư Tỉnh ủy; Tạ Văn Lạc, Phó Bí thư Thường trực Tỉnh ủy điều hành.\n\n"
        "Trước đó, chiều 14/10, Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XIX gồm 51 đồng chí."
    )
    assert [(m.meeting_date, m.date_text) for m in meetings] == [(date(2020, 10, 13), "ngày 13 đến 15/10")]
    assert roles == {(1, "Phạm Quốc Hòe"): "chair", (1, "Tạ Văn Lạc"): "chair"}


def test_a_centre_a_meeting_is_held_in_is_its_place():
    meetings, _ = analyse(
        "Bế mạc Đại hội\n15.10.2020 | 21:05\n\nChiều 15/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX đã bế mạc tại "
        "Trung tâm Hội nghị tỉnh (đường Nguyễn Văn Linh, thành phố Hưng Yên)."
    )
    assert [m.location for m in meetings] == ["Trung tâm Hội nghị"]
    meetings, _ = analyse(
        "Giao ban\n15.10.2020 | 21:05\n\nChiều 15/10, Ban Tổ chức Huyện ủy tổ chức hội nghị giao ban tại Trung tâm "
        "Chính trị huyện Lục Ngạn."
    )
    assert [m.location for m in meetings] == ["Trung tâm Chính trị"]


def test_presiding_over_one_bridge_point_is_not_chairing_the_meeting():
    _, roles = analyse(
        HEADER + "Sáng 5/10, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến giao ban quý III. Đồng chí Lê Văn Tám,"
        " Phó Trưởng Ban Tổ chức Trung ương chủ trì hội nghị tại điểm cầu chính. Tại điểm cầu tỉnh Yên Hà, đồng chí"
        " Hà Thị Mai, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu."
    )
    assert roles[(1, "Lê Văn Tám")] == "chair" and roles[(1, "Hà Thị Mai")] != "chair"


def test_a_lead_telling_the_close_takes_the_first_of_the_days_told_later():
    meetings, _ = analyse(
        "Đại hội Phụ nữ tỉnh Yên Hà bế mạc\n25/06/2031 19:05\n\n"
        "Chiều 25/6, sau 2 ngày làm việc, Đại hội đại biểu Phụ nữ tỉnh Yên Hà lần thứ XIV đã bế mạc.\n\n"
        "Đại hội diễn ra trong 2 ngày 24 và 25/6 tại Hội trường tỉnh với 250 đại biểu."
    )
    assert [m.meeting_date for m in meetings] == [date(2031, 6, 24)]


def test_a_presidium_listed_after_gom_runs_the_session_every_one():
    _, roles = analyse(
        HEADER
        + "Sáng 24/6, Đại hội đại biểu Phụ nữ tỉnh Yên Hà khai mạc. Phiên thứ nhất do Đoàn Chủ tịch gồm bà Lê Thị"
        " Tám, Chủ tịch Hội LHPN tỉnh; bà Hà Thị Mai, Phó Chủ tịch Thường trực; bà Vũ Thị Lan, Phó Chủ tịch và bà"
        " Trần Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh điều hành."
    )
    assert {p for (_, p), role in roles.items() if role == "chair"} == {
        "Lê Thị Tám",
        "Hà Thị Mai",
        "Vũ Thị Lan",
        "Trần Thị Hoa",
    }


def test_a_sentence_opening_with_truoc_do_and_a_day_tells_a_meeting_of_its_own():
    meetings, _ = analyse(
        HEADER + "Sáng 5/10, Ban Thường vụ Tỉnh ủy Yên Hà công bố quyết định chuẩn y bà Lê Thị Tám giữ chức Phó"
        " Bí thư Đảng ủy phường. Trước đó, ngày 1/10, Hội nghị Ban Chấp hành Đảng bộ phường đã bầu bà Tám giữ"
        " chức Phó Bí thư Đảng ủy phường. Trước đó, ngày 20/9, Bộ Chính trị đã ban hành Quyết định số 12-QĐ/TW."
    )
    assert [m.meeting_date for m in meetings] == [date(2021, 10, 5), date(2021, 10, 1)]


def test_a_sitting_of_a_session_takes_the_first_day_the_session_is_told_to_span():
    meetings, _ = analyse(
        "HĐND tỉnh miễn nhiệm, bầu Phó Chủ tịch UBND tỉnh\n10/07/2031 19:20\n\n"
        "Chiều 10.7, tại Kỳ họp thứ 21, HĐND tỉnh Yên Hà đã tiến hành công tác nhân sự.\n\n"
        "Kỳ họp diễn ra từ ngày 9 đến 11.7 tại Hội trường tỉnh."
    )
    assert [m.meeting_date for m in meetings] == [date(2031, 7, 9)]
    assert meetings[0].reported_date == date(2031, 7, 10)  # the sitting the lead tells: its changes' day


def test_a_congress_told_to_span_days_after_the_days_counted_or_after_a_comma_is_one_meeting_on_its_first():
    meetings, _ = analyse(
        "Đại hội Đảng bộ tỉnh thành công\n14/10/2025 09:15\n\n"
        "Sau ba ngày làm việc, từ ngày 8 đến ngày 10 tháng 10 năm 2025, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần"
        " thứ I đã hoàn thành chương trình.\n\nChiều 9/10, Đại hội bầu Ban Chấp hành.\n\n"
        "Sáng 10-10, Đại hội bế mạc."
    )
    assert {m.meeting_date for m in meetings} == {date(2025, 10, 8)}
    assert meetings[0].closing_date == date(2025, 10, 10)  # the span's last day: a new committee's first session
    meetings, _ = analyse(
        "Thảo luận văn kiện\n25/9/2025 21:30\n\n"
        "Chiều 25/9, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần thứ I thảo luận văn kiện. Đại hội diễn ra trong 3"
        " ngày, từ ngày 24 - 26/9/2025 tại Trung tâm Hội nghị tỉnh.\n\nSáng 26/9, Đại hội sẽ bầu Ban Chấp hành."
    )
    assert [m.meeting_date for m in meetings] == [date(2025, 9, 24)]


def test_a_congress_with_no_organising_verb_is_organised_by_the_body_whose_congress_it_is():
    meetings, _ = analyse(
        "Đại hội Đảng bộ tỉnh thành công\n14/10/2025 09:15\n\n"
        "Sau ba ngày làm việc, từ ngày 8 đến ngày 10 tháng 10 năm 2025, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần"
        " thứ I, nhiệm kỳ 2025-2030 đã hoàn thành chương trình."
    )
    assert [(m.meeting_date, m.organizer) for m in meetings] == [(date(2025, 10, 8), "Đảng bộ tỉnh Yên Hà")]
    # the key two outlets' reports of it share (transforms/events.py): organ, level, place
    assert organizer_key(meetings[0].organizer) == "đảng bộ|province|yên hà"


def test_a_congress_presidium_listed_without_a_verb_chairs_it():
    _, roles = analyse(
        HEADER + "Sáng 5/10, Đại hội đại biểu MTTQ tỉnh Yên Hà khai mạc. Đoàn Chủ tịch Đại hội gồm các ông, bà: Lê Văn"
        " Tám, Chủ tịch Ủy ban MTTQ tỉnh; Hà Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh. Dự có ông Trần Văn Bảy."
    )
    assert roles == {(1, "Lê Văn Tám"): "chair", (1, "Hà Thị Mai"): "chair", (1, "Trần Văn Bảy"): "attendee"}


def test_a_lead_that_names_no_day_lets_the_next_paragraph_report_the_meeting():
    text = (
        "Kỳ họp thứ 12 Ủy ban Kiểm tra Tỉnh ủy\n08:10' 23/8/2031\n\n"
        "Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật nhiều đảng viên vi phạm.\n\n"
        "Theo Thông báo số 41-TB/UBKTTU ngày 23/8/2031 của Ủy ban Kiểm tra Tỉnh ủy, trong hai ngày 20 và 21/8/2031,"
        " tại Yên Hà, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ thứ 12. Đồng chí Lò Văn Pọm, Chủ nhiệm Ủy ban Kiểm tra Tỉnh"
        " ủy chủ trì kỳ họp."
    )
    meetings, roles = analyse(text)
    assert [m.meeting_date for m in meetings] == [date(2031, 8, 20)]
    assert roles[(1, "Lò Văn Pọm")] == "chair"
    # a dated lead keeps the rule: a later paragraph reports a meeting only when it opens with its day
    dated_lead = text.replace("thi hành kỷ luật nhiều đảng viên", "ngày 19/8/2031 ban hành kế hoạch")
    assert analyse(dated_lead)[0] == []


def test_the_day_of_the_notice_that_tells_a_meeting_is_not_the_meetings():
    meetings, roles = analyse(
        "UBKT Trung ương cách chức một bí thư\n13/03/2031 20:05 GMT+7\n\n"
        "Ủy ban Kiểm tra Trung ương vừa cách chức Bí thư Đảng ủy phường Yên Hà đối với ông Mai Văn Thắng.\n\n"
        "Theo thông báo của Ủy ban Kiểm tra T.Ư tối 13.3, trong 2 ngày 10 và 11.3, tại Hà Nội, Ủy ban Kiểm tra T.Ư"
        " họp kỳ thứ 3 dưới sự chủ trì của ông Trịnh Quang Nghĩa, Chủ nhiệm Ủy ban Kiểm tra T.Ư."
    )
    assert [m.meeting_date for m in meetings] == [date(2031, 3, 10)]


def test_a_closing_that_counts_the_days_is_one_meeting_from_its_first_day_with_each_sessions_chair():
    meetings, roles = analyse(
        "Bế mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ sáu\nThứ Sáu, 16/10/2030 - 18:52\n\n"
        "Sau 5 ngày làm việc, chiều 16-10, Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ tỉnh Yên Hà đã bế mạc.\n\n"
        "Hội nghị khai mạc sáng 12-10. Đồng chí Lò Văn Tấn, Bí thư Tỉnh ủy chủ trì Hội nghị.\n\n"
        "Trong các ngày 13 và 14-10, Ban Chấp hành thảo luận tại tổ về các đề án.\n\n"
        "Sáng 15-10, đồng chí Vàng Thị Mỷ, Phó Bí thư Thường trực Tỉnh ủy điều hành phiên làm việc về công tác"
        " cán bộ.\n\n"
        "Ngày 16-10, Hội nghị thảo luận, thông qua Nghị quyết."
    )
    assert [(m.meeting_date, m.day_part if hasattr(m, "day_part") else None) for m in meetings] == [
        (date(2030, 10, 12), None)
    ]
    assert meetings[0].closing_date == date(2030, 10, 16)
    assert roles[(1, "Lò Văn Tấn")] == roles[(1, "Vàng Thị Mỷ")] == "chair"


def test_two_presiders_named_after_their_titles_and_a_semicolon_both_chair():
    _, roles = analyse(
        HEADER + "Sáng 5/10, HĐND tỉnh Yên Hà tổ chức kỳ họp thứ 14. Chủ tịch HĐND tỉnh Đỗ Thị Minh Hoa; Phó Chủ tịch"
        " HĐND tỉnh Triệu Tiến Lâm chủ tọa kỳ họp."
    )
    assert roles == {(1, "Đỗ Thị Minh Hoa"): "chair", (1, "Triệu Tiến Lâm"): "chair"}


def test_the_presiding_officers_of_a_session_chair_it():
    _, roles = analyse(
        HEADER + "Sáng 5/10, HĐND tỉnh Yên Hà tổ chức kỳ họp thứ 14. Chủ tọa kỳ họp gồm các đồng chí: Đỗ Thị Minh Hoa,"
        " Chủ tịch HĐND tỉnh; Triệu Tiến Lâm, Phó Chủ tịch HĐND tỉnh. Dự có ông Trần Văn Bảy."
    )
    assert roles == {(1, "Đỗ Thị Minh Hoa"): "chair", (1, "Triệu Tiến Lâm"): "chair", (1, "Trần Văn Bảy"): "attendee"}


def test_a_list_of_chairs_goes_on_after_a_semicolon_with_a_groups_shared_title():
    _, roles = analyse(
        HEADER + "Sáng 5/10, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 16. Đồng chí Hoàng Đăng Khải, Bí thư"
        " Tỉnh ủy; các đồng chí Phó Bí thư Tỉnh ủy: Đinh Thị Thu Hà, Lưu Quang Vĩnh chủ trì hội nghị."
    )
    assert set(roles.values()) == {"chair"} and len(roles) == 3


def test_a_sentence_inside_a_paragraph_opening_with_a_day_and_a_meeting_tells_a_meeting_of_its_own():
    meetings, _ = analyse(
        HEADER + "Sáng 5/10, Ban Tổ chức Tỉnh ủy Yên Hà tổ chức hội nghị tổng kết năm.\n"
        "Công tác cán bộ được thực hiện bài bản. Ngày 12-3-2021, Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ tỉnh do"
        " đồng chí Lê Văn Tám chủ trì đã bầu bổ sung Phó Bí thư Tỉnh ủy. Ngày 2/4/2021, Ban Bí thư chuẩn y kết quả"
        " bầu.\n"
    )
    assert [m.meeting_date for m in meetings] == [date(2021, 10, 5), date(2021, 3, 12)]


def test_a_truoc_do_sentence_with_its_meeting_named_before_its_day_tells_a_meeting_of_its_own():
    meetings, _ = analyse(
        HEADER + "Sáng 6.10, UBND tỉnh Yên Hà tổ chức hội nghị công bố quyết định về công tác cán bộ.\n"
        "Trước đó, tại kỳ họp thứ 7 (kỳ họp chuyên đề) của HĐND tỉnh khóa XIII diễn ra ngày 19.8, ông Võ Văn Lâm"
        " được bầu giữ chức Phó Chủ tịch UBND tỉnh. Trước đó, theo kế hoạch ngày 2/8, các sở đã rà soát nhân sự.\n"
    )
    assert [m.meeting_date for m in meetings] == [date(2021, 10, 6), date(2021, 8, 19)]


def test_a_steering_committee_in_a_co_chairs_title_is_no_directing_verb():
    _, roles = analyse(
        HEADER + "Chiều 5/10, Ban Chỉ đạo của Tỉnh ủy Yên Hà họp phiên thứ 7. Đồng chí Lê Văn Tám, Bí thư Tỉnh ủy,"
        " Trưởng Ban Chỉ đạo và đồng chí Hà Văn Sáu, Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo đồng chủ trì phiên"
        " họp. Đồng chí Vũ Văn Bảy chỉ đạo, đồng chí Lý Văn Chín chủ trì phần thảo luận."
    )
    assert roles[(1, "Lê Văn Tám")] == roles[(1, "Hà Văn Sáu")] == "chair"
    assert roles[(1, "Vũ Văn Bảy")] != "chair"


def test_a_count_of_days_with_the_days_in_brackets_dates_a_meeting_by_its_first():
    for lead in ("Trong 2 ngày (23-24/10)", "Trong hai ngày (23-24/10)"):
        meetings, _ = analyse(HEADER + lead + ", Huyện ủy Yên Hà tổ chức hội nghị học tập, quán triệt nghị quyết.")
        assert [m.meeting_date for m in meetings] == [date(2021, 10, 23)]


def test_a_session_run_by_a_named_person_is_chaired_by_her():
    _, roles = analyse(
        HEADER + "Ngày 5/10, HĐND tỉnh Yên Hà tổ chức kỳ họp chuyên đề dưới sự điều hành của bà Quách Thị Lan, Phó"
        " Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh."
    )
    assert roles[(1, "Quách Thị Lan")] == "chair"


def test_a_span_told_of_the_event_a_meeting_is_held_within_does_not_date_it():
    meetings, _ = analyse(
        "Hội nghị lần thứ nhất Ban Chấp hành Trung ương khóa XIV\n24/01/2026 13:05\n\n"
        "Sáng 24/1, tại Hà Nội, Ban Chấp hành Trung ương Đảng khóa XIV tiến hành Hội nghị lần thứ nhất để bầu các cơ"
        " quan lãnh đạo của Đảng, trong khuôn khổ chương trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
        " (diễn ra từ 19-25/1)."
    )
    assert [m.meeting_date for m in meetings] == [date(2026, 1, 24)]


def test_two_chairs_set_apart_by_a_semicolon_before_the_verb_both_chair():
    text = (
        "Hội nghị tổng kết Nghị quyết 08\n22/06/2021 10:00\n\nNgày 22-6, Tỉnh ủy Hà Giang tổ chức hội nghị trực tuyến"
        " tổng kết 5 năm thực hiện Nghị quyết số 08-NQ/TU.\nĐồng chí Thào Mí Dìn, Phó Bí thư Thường trực Tỉnh ủy, Chủ"
        " tịch HĐND tỉnh; đồng chí Nông Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ"
        " trì hội nghị.\n"
    )
    _, roles = analyse(text)
    assert roles == {(1, "Thào Mí Dìn"): "chair", (1, "Nông Thị Thu Hằng"): "chair"}
    # ... but not the attendees of a sentence whose last person chairs
    _, roles = analyse(text.replace("Đồng chí Thào", "Dự hội nghị có đồng chí Thào"))
    assert roles[(1, "Thào Mí Dìn")] == "attendee"


def test_a_meeting_dated_by_the_agencys_dateline_and_none_that_is_planned():
    meetings, roles = analyse(
        "Hội nghị Ủy ban Trung ương MTTQ Việt Nam\nThứ ba, ngày 10/03/2026 20:15\n\n"
        "Ủy ban Trung ương MTTQ Việt Nam vừa hiệp thương cử bổ sung Phó Chủ tịch.\n\n"
        "Hà Nội, 10/3 (TTXVN) - Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị (mở rộng) đánh giá công"
        " tác chuẩn bị bầu cử.\n\nĐồng chí Nghiêm Xuân Đạt, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam chủ trì Hội nghị."
        "\n\nTheo chương trình, ngày 12/3, đoàn công tác của Ủy ban sẽ làm việc với tỉnh Lai Châu."
    )
    assert [m.meeting_date for m in meetings] == [date(2026, 3, 10)]
    assert roles[(1, "Nghiêm Xuân Đạt")] == "chair"


def test_a_lead_opening_with_the_days_counted_and_a_bare_span_after_the_outlets_tag():
    meetings, _ = analyse(
        "Đại hội Đảng bộ huyện Xín Mần lần thứ XX\nCập nhật lúc 15:20, Thứ Bảy, 27/06/2015\n\n(BHG) - Trong 3 ngày, từ"
        " 24 đến 26-6, tại Hội trường Huyện ủy, Đảng bộ huyện Xín Mần long trọng tổ chức Đại hội đại biểu lần thứ XX."
        "\n\nChiều 26-6, tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ Huyện ủy."
    )
    assert [(m.meeting_date, m.date_text) for m in meetings][0] == (date(2015, 6, 24), "24 đến 26-6")


def test_a_meeting_named_in_passing_with_its_day_but_not_one_planned_nor_a_session_of_another():
    meetings, _ = analyse(
        "Bộ CHQS tỉnh công bố quyết định\n20/03/2025 08:00\n\nNgày 19-3, Bộ Tư lệnh Quân khu 7 tổ chức hội nghị công bố"
        " quyết định về công tác cán bộ.\n\nViệc điều chỉnh cán bộ được thực hiện sau kỳ họp thứ 21 của Ủy ban Kiểm tra"
        " Đảng ủy Quân khu 7 diễn ra ngày 11-3 vừa qua. Hội nghị tổng kết năm dự kiến tổ chức vào ngày 20/12."
    )
    assert sorted(m.meeting_date for m in meetings) == [date(2025, 3, 11), date(2025, 3, 19)]
    meetings, _ = analyse(
        "Đại hội Đoàn tỉnh\n16/09/2022 18:00\n\nTrong 2 ngày 15 - 16/9, Tỉnh đoàn tổ chức Đại hội đại biểu lần thứ"
        " XVIII.\n\nPhiên thứ nhất của Đại hội diễn ra chiều 15/9 do Đoàn Chủ tịch điều hành."
    )
    assert [m.meeting_date for m in meetings] == [date(2022, 9, 15)]


def test_a_sentence_opening_with_its_day_whose_subject_met_and_a_meeting_a_change_was_made_at():
    meetings, _ = analyse(
        "Phú Yên có tân Bí thư Tỉnh ủy\n14/03/2022 12:00\n\nSáng 14-3, Tỉnh ủy Phú Yên tổ chức hội nghị công bố quyết"
        " định về công tác cán bộ.\n\nHôm 11-3, Ban Thường vụ Tỉnh ủy đã họp, thống nhất chương trình hội nghị. Đồng"
        " chí Lê Thị Ngọc Trâm đã được Ban Chấp hành bầu giữ chức Phó Bí thư Tỉnh ủy tại Hội nghị lần thứ 8 hôm 23-2."
        " Hôm nay (14/3), đồng chí sẽ chủ trì phiên họp đầu tiên của Ban Thường vụ."
    )
    assert sorted(m.meeting_date for m in meetings) == [date(2022, 2, 23), date(2022, 3, 11), date(2022, 3, 14)]


def test_cadres_who_head_their_units_are_no_chairs():
    _, roles = analyse(
        "Hội nghị quán triệt Kết luận\n20/04/2026 10:00\n\nSáng 20/4, Ban Tổ chức Trung ương tổ chức hội nghị trực"
        " tuyến quán triệt Kết luận về công tác cán bộ. Đồng chí Lê Văn Thanh, Trưởng Ban Tổ chức Trung ương chủ trì"
        " hội nghị.\n\nPhát biểu tham luận, Thiếu tướng Vi Văn Sinh, Cục trưởng Cục Tổ chức cho biết, Quân ủy đã ban"
        " hành kế hoạch gắn với quy hoạch cán bộ chủ trì các cấp."
    )
    assert roles[(1, "Lê Văn Thanh")] == "chair" and roles[(1, "Vi Văn Sinh")] != "chair"


def test_an_earlier_sitting_told_after_the_lead_dates_the_meeting():
    meetings, _ = analyse(
        "Đại hội Đảng bộ xã Hậu Mỹ lần thứ I\n07:00 7/8/2025\n"
        "Sáng 6-8, Đảng bộ xã Hậu Mỹ tổ chức phiên chính thức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Trước"
        " đó, chiều 5-8, Đại hội đã tiến hành phiên trù bị."
    )
    assert [(m.meeting_date, m.date_text, m.reported_date, m.organizer) for m in meetings] == [
        (date(2025, 8, 5), "chiều 5-8", date(2025, 8, 6), "Đảng bộ xã Hậu Mỹ")
    ]
    # ... not a meeting of another kind, nor one told by name
    other, _ = analyse(
        "Đại hội Đảng bộ xã Hậu Mỹ lần thứ I\n07:00 7/8/2025\n"
        "Sáng 6-8, Đảng bộ xã Hậu Mỹ tổ chức phiên chính thức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Trước"
        " đó, chiều 5-8, Hội nghị Ban Chấp hành Đảng bộ xã đã họp phiên trù bị."
    )
    assert [m.meeting_date for m in other] == [date(2025, 8, 6), date(2025, 8, 5)]


def test_a_bridge_point_ending_the_headline_names_no_place_of_the_lead():
    meetings, _ = analyse(
        "Hội nghị toàn quốc: Hà Tĩnh có 252 điểm cầu\n21:05 10/11/2016\n\n"
        "Trong 2 ngày 9 và 10/11, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết. Tại điểm"
        " cầu Hà Tĩnh, đồng chí Lê Hữu Trọng, Bí thư Tỉnh ủy chủ trì."
    )
    assert meetings[0].location == "Hà Tĩnh"


def test_a_meeting_held_right_after_another_on_a_day_of_its_span_is_its_own():
    meetings, roles = analyse(
        "Quán triệt Nghị quyết Trung ương 4\n21:05 10/11/2016\n"
        "Trong 2 ngày 9 và 10/11, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết.\n"
        "Ngay sau hội nghị toàn quốc, chiều 10/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai kế hoạch thực"
        " hiện Nghị quyết. Đồng chí Lê Hữu Trọng, Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    assert [(m.meeting_date, m.organizer) for m in meetings] == [
        (date(2016, 11, 9), None),
        (date(2016, 11, 10), "Ban Thường vụ Tỉnh ủy"),
    ]
    assert roles == {(2, "Lê Hữu Trọng"): "chair"}


def test_a_meeting_told_again_on_its_day_by_its_organiser_is_one_meeting():
    meetings, _ = analyse(
        "Đại hội Đảng bộ xã Thanh Sơn lần thứ I\n16:45 15/8/2025\n"
        "Ngày 15/8/2025, Đảng bộ xã Thanh Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
        "Ngày 15/8/2025, tại Hội trường Trung tâm Văn hóa xã, Đảng bộ xã Thanh Sơn long trọng tổ chức Đại hội đại biểu"
        " lần thứ I, nhiệm kỳ 2025-2030."
    )
    assert [(m.meeting_date, m.organizer) for m in meetings] == [(date(2025, 8, 15), "Đảng bộ xã Thanh Sơn")]


def test_a_sitting_run_by_a_person_cued_by_chu_toa_ending_its_clause():
    _, roles = analyse(
        "Kỳ họp thứ nhất HĐND tỉnh\n17:45 01/7/2011\nSáng 29/6, kỳ họp thứ nhất HĐND tỉnh khóa VI khai mạc. Phiên"
        " thảo luận về nhiệm vụ 5 năm do đồng chí Hoàng Thị Thu Hà, Phó Chủ tịch HĐND tỉnh chủ tọa."
    )
    assert roles == {(1, "Hoàng Thị Thu Hà"): "chair"}


def test_a_meeting_reported_days_later_is_dated_by_the_days_it_was_held():
    meetings, _ = analyse(
        "Cách chức Phó Bí thư Huyện ủy\n22/11/2031 05:40\n\nNgày 21-11, Ủy ban Kiểm tra Thành ủy thông báo kết quả kỳ"
        " họp thứ 31 diễn ra trong 2 ngày 17 và 18-11 dưới sự chủ trì của ông Lâm Văn Khởi, Chủ nhiệm Ủy ban Kiểm"
        " tra Thành ủy."
    )
    assert [(m.meeting_date, m.date_text) for m in meetings] == [(date(2031, 11, 17), "ngày 17 và 18-11")]


def test_a_sitting_within_the_days_an_event_was_held_is_the_events():
    meetings, _ = analyse(
        "Bí thư Tỉnh ủy trả lời phỏng vấn\n20/10/2031 08:00\n\nĐại hội đại biểu Đảng bộ tỉnh diễn ra từ ngày 15 đến"
        " 17/10 tại Trung tâm Hội nghị tỉnh. Tại phiên họp thứ nhất chiều 17/10, Ban Chấp hành Đảng bộ tỉnh khóa mới đã"
        " bầu 15 ủy viên Ban Thường vụ."
    )
    assert [m.meeting_date for m in meetings] == [date(2031, 10, 15)]


def test_a_presidium_listed_under_a_line_of_its_own_presides():
    _, roles = analyse(
        "Đại hội Đảng bộ xã\n12/06/2031 19:05\n\nNgày 10/6, Đảng bộ xã Nghĩa Kỳ tổ chức Đại hội đại biểu lần thứ XVIII."
        "\n\nĐoàn Chủ tịch đại hội gồm:\n1. Đ/c LÊ VĂN HÙNG - Bí thư Đảng ủy, Chủ tịch HĐND xã\n2. Đ/c Phạm Thị Thu"
        " Hương - Phó Bí thư TT Đảng ủy xã\n\nBáo cáo chính trị do đ/c Phạm Thị Thu Hương trình bày."
    )
    assert roles == {(1, "Lê Văn Hùng"): "chair", (1, "Phạm Thị Thu Hương"): "chair"}


def test_a_presidium_listed_one_name_a_line_without_item_marks_presides():
    _, roles = analyse(
        "Đại hội Đảng bộ phường\n12/08/2031 21:10\n\nNgày 11/8, Đảng bộ phường Yên Lạc tổ chức Đại hội đại biểu lần"
        " thứ I.\n\nĐoàn Chủ tịch đại hội gồm các đồng chí:\nLê Văn Hùng - Bí thư Đảng ủy phường\nPhạm Thị Thu Hương"
        " - Phó Bí thư Thường trực Đảng ủy phường\n\nĐại hội thảo luận các văn kiện."
    )
    assert roles == {(1, "Lê Văn Hùng"): "chair", (1, "Phạm Thị Thu Hương"): "chair"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the chair just elected runs what follows
        "Sau khi được bầu, tân Chủ tịch HĐND tỉnh Lò Văn Pấng điều hành các nội dung tiếp theo của kỳ họp.",
        # ... or one part of the session is run by its own chair
        "Ông Lò Văn Pấng, Phó Chủ tịch Thường trực HĐND tỉnh điều hành phần bầu cử, miễn nhiệm.",
    ],
)
def test_running_a_part_of_the_session_is_chairing_it(sentence):
    _, roles = analyse(
        "Kỳ họp HĐND tỉnh\n27/03/2031 17:20\n\nSáng 27/3, HĐND tỉnh khóa XI tổ chức kỳ họp thứ nhất. " + sentence
    )
    assert roles == {(1, "Lò Văn Pấng"): "chair"}


def test_a_meeting_named_in_passing_with_its_day_set_off_by_a_comma():
    meetings, _ = analyse(
        "Kỳ họp UBKT\n14/07/2031 11:05\n\nSáng nay (14/7), Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 31. Đồng chí"
        " Trương Thị Mỹ Linh được bầu bổ sung vào Ủy ban Kiểm tra Tỉnh ủy tại Hội nghị lần thứ 14, ngày 30/6/2031."
    )
    assert [m.meeting_date for m in meetings] == [date(2031, 7, 14), date(2031, 6, 30)]


def test_chairs_listed_one_after_another_by_semicolons_under_one_address():
    _, roles = analyse(
        HEADER + "Sáng 15/2, Huyện ủy Kiến Xương tổ chức hội nghị quán triệt Kết luận số 21-KL/TW. Đồng chí Nguyễn Văn"
        " Hùng, Bí thư Huyện ủy; Trần Thị Minh Thu, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Vũ Đức"
        " Thắng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị."
    )
    assert roles == {(1, "Nguyễn Văn Hùng"): "chair", (1, "Trần Thị Minh Thu"): "chair", (1, "Vũ Đức Thắng"): "chair"}


def test_a_chair_named_by_title_alone_is_the_one_holder_of_it():
    _, roles = analyse(
        HEADER + "Thủ tướng Nguyễn Hải Đăng yêu cầu các bộ đẩy nhanh giải ngân. Chỉ đạo được đưa ra tại hội nghị Chính"
        " phủ với địa phương, sáng 5-10. Hội nghị do Thủ tướng chủ trì. Dự hội nghị có Chủ tịch Quốc hội Đinh Công"
        " Hoan, Phó Thủ tướng Lê Văn Thành và Phó Thủ tướng Trần Hồng Hà."
    )
    assert roles[(1, "Nguyễn Hải Đăng")] == "chair"
    assert roles[(1, "Đinh Công Hoan")] == "attendee"
    _, roles = analyse(
        HEADER + "Sáng 5-10, Phó Thủ tướng Lê Văn Thành và Phó Thủ tướng Trần Hồng Hà dự hội nghị. Hội nghị do Phó Thủ"
        " tướng chủ trì."
    )
    assert "chair" not in roles.values()  # two hold the title: which one chairs is not told


def test_talks_between_two_delegations_are_a_meeting():
    meetings, roles = analyse(
        HEADER + "Sáng 5-10, tại Hội trường Tỉnh ủy, Đoàn đại biểu cấp cao tỉnh Điện Biên và Đoàn đại biểu cấp cao tỉnh"
        " Phôngsaly đã hội đàm. Đồng chủ trì hội đàm có đồng chí Lò Văn Thắm, Bí thư Tỉnh ủy."
    )
    assert [(m.meeting_date, m.kind) for m in meetings] == [(date(2021, 10, 5), "hội đàm")]
    assert roles == {(1, "Lò Văn Thắm"): "chair"}


def test_a_party_cells_thematic_session_is_a_meeting_but_a_rule_on_such_sessions_is_not():
    meetings, roles = analyse(
        HEADER + "Tối 10-10, chúng tôi dự buổi sinh hoạt chuyên đề của Chi bộ thôn Pác Cáp, xã Tân Liên. Chủ trì buổi"
        " sinh hoạt là đồng chí Lò Văn Thắm, Bí thư Chi bộ thôn Pác Cáp."
    )
    assert [(m.meeting_date, m.kind) for m in meetings] == [(date(2021, 10, 10), "sinh hoạt chi bộ")]
    assert roles == {(1, "Lò Văn Thắm"): "chair"}
    meetings, _ = analyse(
        HEADER + "Chi bộ thực hiện Hướng dẫn số 12-HD/BTCTW ngày 6-5-2021 về nâng cao chất lượng sinh hoạt chi bộ."
    )
    assert meetings == []


def test_the_leader_of_a_working_visit_chairs_it_when_no_one_is_said_to():
    meetings, roles = analyse(
        HEADER + "Sáng 12/5, Chủ tịch UBND tỉnh Lò Văn Thắm cùng lãnh đạo các sở đã có buổi làm việc với lãnh đạo"
        " huyện Mường Tè. Tiếp và làm việc với đoàn có đồng chí Trịnh Thu Hằng, Bí thư Huyện ủy."
    )
    assert [m.meeting_date for m in meetings] == [date(2021, 5, 12)]
    assert roles[(1, "Lò Văn Thắm")] == "chair"
    assert roles[(1, "Trịnh Thu Hằng")] != "chair"
    # (one said to chair it is its chair)
    _, roles = analyse(
        HEADER + "Sáng 12/5, Chủ tịch UBND tỉnh Lò Văn Thắm đã làm việc với huyện Mường Tè. Bí thư Huyện ủy Trịnh Thu"
        " Hằng chủ trì buổi làm việc."
    )
    assert roles[(1, "Lò Văn Thắm")] != "chair"


def test_a_speakers_report_of_work_with_others_makes_no_chair_nor_a_childrens_session_a_meeting():
    _, roles = analyse(
        HEADER + "Sáng 12/5, phát biểu tại hội nghị, ông Lò Văn Thắm, Giám đốc Sở Nội vụ cho biết sở đã làm việc với"
        " các huyện."
    )
    assert roles.get((1, "Lò Văn Thắm")) != "chair"
    meetings, _ = analyse(HEADER + "Tối 10-10, Chi đoàn thôn tổ chức buổi sinh hoạt hè cho thiếu nhi.")
    assert meetings == []


def test_an_outlets_tag_with_a_full_stop_before_its_dash_still_opens_the_lead():
    meetings, _ = analyse(
        "Ủy ban Kiểm tra Trung ương họp kỳ thứ 15\nCập nhật ngày 10/07/2008 lúc 22:15\n\n(SGGP).- Từ ngày 7 đến 9-7, "
        "tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15 dưới sự chủ trì của đồng chí Hà Văn Thiệu, Chủ "
        "nhiệm Ủy ban Kiểm tra Trung ương."
    )
    assert [m.meeting_date for m in meetings] == [date(2008, 7, 7)]


def test_a_meeting_named_with_its_term_set_off_by_commas_then_held_on_a_day_is_reported():
    meetings, _ = analyse(
        "Lâm Hà chuẩn bị đại hội đảng bộ cấp xã\n23/08/2025 10:05\n\nNgày 30/6/2025, Tỉnh ủy tổ chức hội nghị công bố "
        "các quyết định về công tác cán bộ. Đại hội đại biểu Đảng bộ xã Lạc Dương lần thứ I, nhiệm kỳ 2025 - 2030 "
        "diễn ra ngày 25/7/2025, do đồng chí Cil Múp Ya Thoan, Bí thư Đảng ủy xã chủ trì."
    )
    assert sorted(m.meeting_date for m in meetings) == [date(2025, 6, 30), date(2025, 7, 25)]


def test_a_party_cell_holding_its_meeting_on_a_theme_is_a_meeting():
    meetings, _ = analyse(
        "Sinh hoạt chuyên đề tại Chi bộ bản Son\n12/04/2017 08:00\n\nChiều 11/4, tại nhà văn hóa bản, Chi bộ bản Son, "
        "Đảng bộ xã Na Mèo tổ chức sinh hoạt chuyên đề quý II về phát triển kinh tế hộ gia đình."
    )
    assert [(m.meeting_date, m.kind) for m in meetings] == [(date(2017, 4, 11), "sinh hoạt chi bộ")]


def test_a_district_or_ward_written_with_a_dotted_q_or_p_does_not_end_the_sentence():
    meetings, _ = analyse(
        "Quận Bình Thạnh bầu Bí thư Quận ủy\nCập nhật ngày 14/06/2007 05:10\n\nChiều 13-6, Ban Chấp hành Đảng bộ Q. "
        "Bình Thạnh khóa X đã tổ chức hội nghị lần thứ 8 để bầu bổ sung chức danh Bí thư Quận ủy."
    )
    assert [m.meeting_date for m in meetings] == [date(2007, 6, 13)]
