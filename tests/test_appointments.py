"""Appointments (transforms/appointments.py): the personnel changes a text reports, one per person and verb.

The sentences are invented, in the grammar of the real articles (names and places made up).
"""

from datetime import date

import pytest

from hoinghi.transforms.appointments import find_appointments
from hoinghi.transforms.clean import clean_text
from hoinghi.transforms.documents import find_documents
from hoinghi.transforms.extract import extract_article
from hoinghi.transforms.meetings import find_meetings
from hoinghi.transforms.persons import find_persons


def changes(body: str) -> list[tuple]:
    """(person, action, position) of every change `body` reports."""
    return [(a.person.full_name, a.action, a.position) for a in _found(body)]


def _found(body: str, published: date = date(2031, 12, 31)):
    return find_appointments(body, find_persons(body), find_documents(body, published), [])


def decided(body: str, published: date = date(2031, 12, 31)) -> list[tuple]:
    """(person, action, decision code, day) of every change `body` reports."""
    return [(a.person.full_name, a.action, a.decision_code, a.effective_date) for a in _found(body, published)]


# One sentence per action (contract.APPOINTMENT_ACTIONS): the change it reports. test_careers.py loads
# them through the real flow.
EACH_ACTION = [
    (
        "Ban Thường vụ Tỉnh ủy quyết định bổ nhiệm đồng chí Lê Văn Tám, Phó Trưởng Ban Tổ chức Tỉnh ủy giữ"
        " chức Trưởng Ban Tổ chức Tỉnh ủy Yên Hà.",
        ("Lê Văn Tám", "appoint", "Trưởng Ban Tổ chức Tỉnh ủy Yên Hà"),
    ),
    (
        "Ban Bí thư chuẩn y đồng chí Trần Thị Mai giữ chức Phó Bí thư Tỉnh ủy Yên Hà nhiệm kỳ 2030-2035.",
        ("Trần Thị Mai", "approve", "Phó Bí thư Tỉnh ủy Yên Hà"),
    ),
    (
        "Đồng chí Hoàng Văn Nam, Phó Bí thư Huyện ủy được bầu giữ chức Bí thư Huyện ủy Đồng Xuân khóa XI,"
        " nhiệm kỳ 2030-2035.",
        ("Hoàng Văn Nam", "elect", "Bí thư Huyện ủy Đồng Xuân"),
    ),
    (
        "Tại đại hội, ông Vũ Đình Lộc tái đắc cử Bí thư Tỉnh ủy Yên Hà.",
        ("Vũ Đình Lộc", "elect", "Bí thư Tỉnh ủy Yên Hà"),
    ),
    (
        "Bộ Chính trị phân công ông Đặng Quốc Hùng giữ chức Trưởng Ban Kinh tế Trung ương.",
        ("Đặng Quốc Hùng", "assign", "Trưởng Ban Kinh tế Trung ương"),
    ),
    (
        "Ban Thường vụ Thành ủy luân chuyển đồng chí Mạc Văn Sơn - Phó Chánh Văn phòng Thành ủy giữ chức Phó Bí"
        " thư Đảng ủy xã Tân Lập.",
        ("Mạc Văn Sơn", "transfer", "Phó Bí thư Đảng ủy xã Tân Lập"),
    ),
    (
        "Ban Thường vụ Tỉnh ủy Yên Hà chỉ định đồng chí Phan Văn Hải, Phó Giám đốc Sở Nội vụ giữ chức Bí thư Đảng"
        " ủy Khối các cơ quan tỉnh.",
        ("Phan Văn Hải", "designate", "Bí thư Đảng ủy Khối các cơ quan tỉnh"),
    ),
    (
        "Ban Thường vụ Tỉnh ủy giới thiệu đồng chí Lý Văn Cường ứng cử chức danh Chủ tịch UBND tỉnh Yên Hà.",
        ("Lý Văn Cường", "nominate", "Chủ tịch UBND tỉnh Yên Hà"),
    ),
    (
        "HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Yên Hà đối với ông Đỗ Văn Thành.",
        ("Đỗ Văn Thành", "relieve", "Phó Chủ tịch UBND tỉnh Yên Hà"),
    ),
    (
        "Ông Ngô Văn Bảy, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ tỉnh Yên Hà nghỉ hưu theo chế độ.",
        ("Ngô Văn Bảy", "retire", "Giám đốc Sở Nội vụ tỉnh Yên Hà"),  # the main post, named last
    ),
]


@pytest.mark.parametrize("body, expected", EACH_ACTION)
def test_each_action_with_its_person_and_post(body, expected):
    assert changes(body) == [expected]


def test_verbs_written_together_are_one_change_each():
    body = (
        "Bộ Chính trị điều động, phân công, chỉ định đồng chí Phan Văn Hải, Thứ trưởng Bộ Nội vụ giữ chức Bí thư"
        " Tỉnh ủy Yên Hà."
    )
    found = _found(body)
    assert [(a.action, a.position) for a in found] == [
        ("transfer", "Bí thư Tỉnh ủy Yên Hà"),
        ("assign", "Bí thư Tỉnh ủy Yên Hà"),
        ("designate", "Bí thư Tỉnh ủy Yên Hà"),
    ]
    assert found[0].from_position == "Thứ trưởng Bộ Nội vụ"  # a move states the post left
    assert found[2].from_position is None


def test_a_list_of_persons_each_with_their_post_or_sharing_one():
    body = (
        "Ban Chấp hành bầu đồng chí Lê Văn An giữ chức Bí thư Đảng ủy xã Tân Lập; các đồng chí Trần Văn Bình và"
        " Hà Thị Cúc giữ chức Phó Bí thư Đảng ủy xã Tân Lập."
    )
    assert changes(body) == [
        ("Lê Văn An", "elect", "Bí thư Đảng ủy xã Tân Lập"),
        ("Trần Văn Bình", "elect", "Phó Bí thư Đảng ủy xã Tân Lập"),
        ("Hà Thị Cúc", "elect", "Phó Bí thư Đảng ủy xã Tân Lập"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ông Lê Văn Dũng, Giám đốc Sở Tài chính đã có đơn xin nghỉ hưu trước tuổi.",
        "Bà Trần Thị Hoa xin thôi giữ chức Chủ tịch UBND huyện Đồng Xuân.",
        "Dự kiến, Ban Thường vụ sẽ bổ nhiệm ông Lê Văn Đức giữ chức Giám đốc Sở Xây dựng.",
        "Ban Chấp hành tiến hành bầu cử đại biểu dự Đại hội; ông Lê Văn Đức phát biểu.",
        "Ông Lê Văn Đức, Bí thư Tỉnh ủy chúc mừng và mong muốn các cán bộ được điều động phát huy năng lực.",
    ],
)
def test_requests_plans_and_other_senses_are_no_change(body):
    assert changes(body) == []


def test_leaving_a_post_to_take_another_gives_the_new_post_from_the_old():
    body = (
        "Đồng chí Nguyễn Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy thôi giữ chức Bí thư Huyện ủy Đồng Xuân để giữ"
        " chức Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    found = _found(body)
    assert [(a.action, a.position, a.from_position) for a in found] == [
        ("relieve", "Bí thư Huyện ủy Đồng Xuân", None),
        ("appoint", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Bí thư Huyện ủy Đồng Xuân"),
    ]


def test_a_move_that_leaves_a_post_is_the_move_not_an_appointment_besides():
    body = (
        "Ban Thường vụ Tỉnh ủy điều động đồng chí Nguyễn Văn Hòa thôi giữ chức Bí thư Huyện ủy Đồng Xuân để giữ"
        " chức Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    found = _found(body)
    assert [(a.action, a.position, a.from_position) for a in found] == [
        ("transfer", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Bí thư Huyện ủy Đồng Xuân"),
        ("relieve", "Bí thư Huyện ủy Đồng Xuân", None),
    ]


def test_a_move_to_a_body_leaves_the_post_not_a_seat_and_another_decisions_post_is_not_its():
    body = (
        "Ông Lê Văn Tám đọc Quyết định số 301-QĐNS/TW ngày 26.02.2030 của Bộ Chính trị điều động ông Hà Văn Quyết,"
        " Ủy viên T.Ư Đảng, Thứ trưởng Bộ Tư pháp, đến nhận công tác tại Đảng ủy Khối các cơ quan T.Ư, và Quyết định"
        " số 305-QĐNS/TW ngày 02.03.2030 của Ban Bí thư chỉ định ông Hà Văn Quyết tham gia Ban Chấp hành, Ban Thường"
        " vụ và giữ chức Bí thư Đảng ủy Khối các cơ quan T.Ư."
    )
    found = _found(body)
    assert [(a.action, a.position, a.from_position, a.decision_code) for a in found] == [
        ("transfer", None, "Thứ trưởng Bộ Tư pháp", "301-QĐNS/TW"),
        ("designate", "Bí thư Đảng ủy Khối các cơ quan T.Ư", None, "305-QĐNS/TW"),
    ]


def test_the_person_replaced_is_not_the_one_elected():
    body = (
        "Hội nghị bầu đồng chí Lê Văn Tâm giữ chức Bí thư Huyện ủy Đồng Xuân, thay đồng chí Phạm Văn Triều -"
        " nguyên Bí thư Huyện ủy do chuyển công tác."
    )
    assert changes(body) == [
        ("Lê Văn Tâm", "elect", "Bí thư Huyện ủy Đồng Xuân"),
        ("Phạm Văn Triều", "transfer", None),
    ]


def test_the_decision_code_and_its_issue_date():
    body = (
        "Theo Quyết định số 215-QĐNS/TW ngày 12/11/2031 của Bộ Chính trị, đồng chí Lê Quang Huy được chuẩn y giữ"
        " chức Bí thư Tỉnh ủy Yên Hà."
    )
    [found] = _found(body)
    assert (found.action, found.decision_code, found.effective_date) == ("approve", "215-QĐNS/TW", date(2031, 11, 12))


def test_a_stated_effective_day_and_a_past_change_without_one():
    [retired] = _found("Ông Ngô Văn Bảy, Giám đốc Sở Nội vụ tỉnh Yên Hà nghỉ hưu từ ngày 1/3/2031.")
    assert retired.effective_date == date(2031, 3, 1)
    [past] = _found("Trước đó, ông Lê Văn Tám từng được bổ nhiệm giữ chức Giám đốc Sở Xây dựng.")
    assert past.effective_date is None


def test_the_meeting_day_dates_a_change_announced_there():
    text = (
        "Xây dựng Đảng\nCông bố quyết định về công tác cán bộ\n10:00 3/12/2031\n"
        "Chiều 2/12, Tỉnh ủy Yên Hà tổ chức Hội nghị công bố quyết định về công tác cán bộ. Theo đó, Ban Thường"
        " vụ Tỉnh ủy bổ nhiệm đồng chí Lê Văn Tám giữ chức Phó Trưởng Ban Tuyên giáo Tỉnh ủy.\n"
    )
    records = extract_article(text, "a.txt", "0" * 64, "utf-8")
    [row] = records.appointments
    assert (row["action"], row["position_text"], row["effective_date"]) == (
        "appoint",
        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
        date(2031, 12, 2),
    )
    assert row["title_position"] == "Phó Trưởng Ban" and row["title_organ"] == "Ban Tuyên giáo Tỉnh ủy"


def test_one_post_one_spelling_and_a_headline_repeating_the_body_is_one_change():
    body = (
        "Ông Đào Văn Quý được bầu giữ chức Chủ tịch UBND tỉnh Yên Hà.\n"
        "Hội đồng nhân dân tỉnh bầu ông Đào Văn Quý - Phó Bí thư Tỉnh ủy giữ chức vụ Chủ tịch UBND tỉnh."
    )
    assert changes(body) == [("Đào Văn Quý", "elect", "Chủ tịch UBND tỉnh Yên Hà")]


def test_charge_of_a_body_is_the_post_of_an_assignment():
    body = (
        "Ban Thường vụ Tỉnh ủy phân công đồng chí Lê Văn Tám, Phó Bí thư Huyện ủy phụ trách điều hành Đảng bộ"
        " huyện Đồng Xuân cho đến khi có nhân sự giữ chức Bí thư Huyện ủy."
    )
    assert changes(body) == [("Lê Văn Tám", "assign", "phụ trách điều hành Đảng bộ huyện Đồng Xuân")]


def test_a_post_left_for_a_move_reports_the_move_too():
    body = (
        "Hội nghị công bố quyết định về việc đồng chí Hoàng Văn Hưng thôi giữ chức Chánh Văn phòng Tỉnh ủy để"
        " chuyển công tác về Ủy ban Kiểm tra Tỉnh ủy."
    )
    assert changes(body) == [
        ("Hoàng Văn Hưng", "relieve", "Chánh Văn phòng Tỉnh ủy"),
        ("Hoàng Văn Hưng", "transfer", None),
    ]


def test_two_decisions_in_one_sentence_each_date_their_own_change():
    body = (
        "Ông Sùng Văn Hồ công bố Quyết định số 412-QĐ/HU ngày 29/11/2031 của Ban Thường vụ Huyện ủy điều động đồng"
        " chí Lý Thị Sen, Phó Bí thư Đảng ủy xã Yên Bình, giữ chức Phó Chủ tịch Ủy ban MTTQ huyện; Quyết định số"
        " 413-QĐ/HU phân công đồng chí Hoàng Văn Pao giữ chức Bí thư Đảng ủy thị trấn Yên Hà."
    )
    assert decided(body) == [
        ("Lý Thị Sen", "transfer", "412-QĐ/HU", date(2031, 11, 29)),
        ("Hoàng Văn Pao", "assign", "413-QĐ/HU", None),  # no day of its own, and no meeting here
    ]


def test_a_decision_that_its_own_verb_follows_is_not_the_change_before_it():
    body = (
        "Hội nghị trao quyết định nghỉ hưu cho đồng chí Giàng Seo Páo, Chủ nhiệm UBKT Huyện ủy, từ ngày 1/1/2032,"
        " và Quyết định số 2871/QĐ-UBND ngày 2/12/2031 của UBND huyện bổ nhiệm lại bà Thèn Thị Lan giữ chức"
        " Trưởng phòng Nội vụ huyện."
    )
    assert decided(body) == [
        ("Giàng Seo Páo", "retire", None, date(2032, 1, 1)),
        ("Thèn Thị Lan", "appoint", "2871/QĐ-UBND", date(2031, 12, 2)),
    ]


def test_a_clause_after_a_semicolon_with_a_change_of_its_own_is_not_the_verbs_before_it():
    body = (
        "Quyết định số 318-QĐ/ĐUK chuẩn y đồng chí Triệu Văn Bình, Giám đốc Sở Nội vụ, giữ chức Bí thư Đảng ủy Sở"
        " Nội vụ; quyết định cho đồng chí Đinh Thị Quyên thôi giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối,"
        " điều động giữ chức Chánh Văn phòng Đảng ủy Khối."
    )
    assert [(name, action) for name, action, _ in changes(body)] == [
        ("Triệu Văn Bình", "approve"),
        ("Đinh Thị Quyên", "relieve"),
        ("Đinh Thị Quyên", "transfer"),
    ]


def test_a_post_that_ends_the_sentence_keeps_its_last_word_and_a_post_to_be_elected_is_none():
    assert changes("Quyết định bổ nhiệm ông Vi Văn Thắm giữ chức Phó Giám đốc Sở Nội vụ. Ông cảm ơn.") == [
        ("Vi Văn Thắm", "appoint", "Phó Giám đốc Sở Nội vụ")
    ]
    body = (
        "Ban Thường vụ điều động đồng chí Lý Thị Sen, Phó Bí thư Đảng ủy xã Yên Bình, đến nhận công tác tại Ủy ban"
        " MTTQ huyện để hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ huyện."
    )
    assert changes(body) == [("Lý Thị Sen", "transfer", None)]


def test_an_election_and_a_stated_effective_day_are_not_dated_by_another_sentences_decision():
    text = (
        "Đại hội Đảng bộ xã Yên Hà\n10:00 15/8/2031\n"
        "Ngày 14/8, Đảng bộ xã Yên Hà tổ chức Đại hội đại biểu lần thứ I. Trước đó, Ban Thường vụ Tỉnh ủy ban"
        " hành Quyết định số 125-QĐ/TU ngày 27/6/2031 chỉ định Ban Chấp hành Đảng bộ xã. Tại phiên họp thứ"
        " nhất, Ban Chấp hành đã bầu đồng chí Kha Văn Lượng giữ chức Bí thư Đảng ủy xã. Đồng chí Trương Văn"
        " Bảy, Phó Bí thư Đảng ủy xã nghỉ hưu theo chế độ từ ngày 1/10/2031.\n"
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["effective_date"]) for r in rows] == [
        ("elect", date(2031, 8, 14)),  # the day of the vote, not the decision's
        ("retire", date(2031, 10, 1)),  # the day the sentence states
    ]
    assert rows[0]["decision_code"] is None


def test_accordingly_refers_to_the_decision_before_and_the_body_dates_what_the_lead_told():
    body = (
        "Bộ Chính trị phân công ông Lê Trọng Nam giữ chức Bí thư Thành ủy Yên Hà.\n"
        "Ông Tôn Thất Quang công bố Quyết định số 1402-QĐNS/TW của Bộ Chính trị, ký hôm 3/4. Theo đó, Bộ Chính"
        " trị phân công ông Lê Trọng Nam giữ chức Bí thư Thành ủy Yên Hà. Quyết định số 1403-QĐNS/TW ngày 4/4/2031"
        " điều động ông Phạm Minh Toàn giữ chức Trưởng Ban Kinh tế Trung ương."
    )
    assert decided(body, published=date(2031, 4, 5)) == [
        ("Lê Trọng Nam", "assign", "1402-QĐNS/TW", date(2031, 4, 3)),
        ("Phạm Minh Toàn", "transfer", "1403-QĐNS/TW", date(2031, 4, 4)),
    ]


def test_an_election_into_a_committee_has_the_committee_as_its_post():
    assert changes(
        "Với 100% số phiếu tán thành, Ban Chấp hành Đảng bộ tỉnh đã bầu bổ sung đồng chí Lò Thị Nhất, Phó Chủ "
        "tịch UBND tỉnh, vào Ban Thường vụ Tỉnh ủy khóa XIV."
    ) == [("Lò Thị Nhất", "elect", "Ban Thường vụ Tỉnh ủy")]
    # with a post taken too, the post is the change's
    assert changes(
        "Ban Chấp hành đã bầu bổ sung đồng chí Phí Thị Lành vào Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy xã."
    ) == [("Phí Thị Lành", "elect", "Phó Bí thư Đảng ủy xã")]


def test_lan_luot_hands_out_the_posts_of_one_change_in_order():
    assert changes(
        "Đồng chí Lê Đình Sơn trao các quyết định bổ nhiệm lại đối với các đồng chí Đỗ Văn Kha và Lương Thị Mận, "
        "lần lượt giữ chức Phó Chánh Văn phòng Tỉnh ủy và Phó Trưởng Ban Nội chính Tỉnh ủy, thời hạn 5 năm."
    ) == [
        ("Đỗ Văn Kha", "appoint", "Phó Chánh Văn phòng Tỉnh ủy"),
        ("Lương Thị Mận", "appoint", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
    ]


def test_a_retirement_leaves_the_post_written_as_former():
    assert changes(
        "Vị trí này để trống từ cuối tháng 2, khi ông Vũ Hoàng Nam, nguyên Bí thư Huyện ủy Lạc Thủy, nghỉ hưu "
        "theo chế độ."
    ) == [("Vũ Hoàng Nam", "retire", "Bí thư Huyện ủy Lạc Thủy")]


def test_a_change_told_as_the_past_is_one_of_its_own_not_the_same_change_told_twice():
    assert changes(
        "Thiếu tướng Trịnh Văn Phúc công bố quyết định chỉ định Đại tá Lê Thanh Bạch tham gia Ban Chấp hành, Ban "
        "Thường vụ và giữ chức Bí thư Đảng ủy Công an tỉnh. Trước đó, ngày 26/8, Ban Bí thư đã chỉ định Đại tá "
        "Lê Thanh Bạch tham gia Ban Thường vụ Tỉnh ủy Phú Yên nhiệm kỳ 2020-2025."
    ) == [
        ("Lê Thanh Bạch", "designate", "Bí thư Đảng ủy Công an tỉnh"),
        ("Lê Thanh Bạch", "designate", "Ban Thường vụ Tỉnh ủy Phú Yên"),
    ]


def test_a_change_told_as_by_this_decision_takes_its_day_not_the_day_it_takes_effect():
    body = (
        "Ngày 30-5-2031, Chủ tịch UBND tỉnh đã ký Quyết định số 1834/QĐ-UBND cho ông Võ Thành Đạt thôi giữ chức vụ"
        " Giám đốc Sở Nội vụ.\n\nCũng theo quyết định này, UBND tỉnh giao quyền Giám đốc Sở Nội vụ cho ông Hồ Minh"
        " Trí, Phó giám đốc Sở, kể từ ngày 1-6-2031."
    )
    assert ("Hồ Minh Trí", "assign", "1834/QĐ-UBND", date(2031, 5, 30)) in decided(body)
    # ... not a decision of its own ('theo quyết định riêng'), which the day it takes effect dates
    other = body.replace("Cũng theo quyết định này, UBND tỉnh", "Theo quyết định riêng của UBND tỉnh, UBND tỉnh")
    assert [day for name, _, _, day in decided(other) if name == "Hồ Minh Trí"] == [date(2031, 6, 1)]


def test_a_field_of_work_in_lower_case_is_the_charge_an_assignment_gives():
    body = (
        "Bộ trưởng ký Quyết định số 2210/QĐ-BNN phân công ông Tạ Minh Đức, Thứ trưởng, phụ trách lĩnh vực thủy lợi,"
        " phòng, chống thiên tai; trực tiếp chỉ đạo Tổng cục Thủy lợi."
    )
    assert changes(body) == [("Tạ Minh Đức", "assign", "phụ trách lĩnh vực thủy lợi, phòng, chống thiên tai")]


def test_a_paragraph_that_tells_its_own_day_is_not_dated_by_the_articles_one_decision():
    body = (
        "Ngày 10-9-2030, UBKT Tỉnh ủy ban hành Quyết định số 128-QĐ/UBKTTU kiểm tra ông Phạm Hữu Tài, Phó Chủ tịch"
        " UBND huyện.\n\nTiếp đó, chiều 21-1-2031, Ban Thường vụ Huyện ủy đã họp và thống nhất phân công ông Đặng"
        " Văn Út, Phó Chủ tịch UBND huyện, tạm thời phụ trách lĩnh vực tài nguyên - môi trường thay ông Phạm Hữu Tài"
        " kể từ ngày 22-1-2031."
    )
    assert decided(body) == [("Đặng Văn Út", "assign", None, date(2031, 1, 21))]  # the day of the act


def test_a_change_a_council_votes_is_its_sessions_not_the_articles_one_decision():
    body = (
        "Theo tờ trình, ngày 2/8/2031, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1892-QĐ/TU điều động đồng chí"
        " Phan Đình Tuấn, Phó Chủ tịch UBND tỉnh giữ chức Trưởng Ban Dân vận Tỉnh ủy.\n\nVới 100% đại biểu có mặt"
        " biểu quyết tán thành, HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Bình."
    )
    assert [(n, a, code) for n, a, code, _ in decided(body)][-1] == ("Lê Văn Bình", "relieve", None)


def test_a_clauses_bracketed_decision_is_not_the_next_clauses():
    body = (
        "HĐTV công bố các quyết định: bổ nhiệm lại bà Lê Thị Hồng Nhung giữ chức phó tổng giám đốc (Quyết định số"
        " 845/QĐ-HĐTV ngày 1/8/2031); bổ nhiệm bà Phùng Thị Kim Ngân, phó trưởng ban Kế toán, giữ chức kế toán"
        " trưởng."
    )
    assert [(n, code) for n, _, code, _ in decided(body)] == [
        ("Lê Thị Hồng Nhung", "845/QĐ-HĐTV"),
        ("Phùng Thị Kim Ngân", None),
    ]


def test_a_committee_seat_and_a_post_by_two_decisions_are_two_changes():
    body = (
        "Đồng chí Lò Văn Pọm trao Quyết định số 1450-QĐNS/TW ngày 1/3/2031 của Ban Bí thư chỉ định Đại tá Lê Thanh"
        " Bạch tham gia Ban Thường vụ Tỉnh ủy Yên Hà nhiệm kỳ 2030-2035. Trung tướng Hà Văn Quyết trao Quyết định số"
        " 287-QĐ/ĐUCA của Ban Thường vụ Đảng ủy Công an Trung ương chỉ định đồng chí Lê Thanh Bạch giữ chức Bí thư"
        " Đảng ủy Công an tỉnh."
    )
    assert [(n, a, code) for n, a, code, _ in decided(body)] == [
        ("Lê Thanh Bạch", "designate", "1450-QĐNS/TW"),
        ("Lê Thanh Bạch", "designate", "287-QĐ/ĐUCA"),
    ]
    assert [post for _, _, post in changes(body)] == ["Ban Thường vụ Tỉnh ủy Yên Hà", "Bí thư Đảng ủy Công an tỉnh"]


def test_a_change_until_another_or_asked_to_be_considered_is_none():
    assert changes(
        "UBND tỉnh ban hành Quyết định số 3106/QĐ-UBND giao quyền Giám đốc Sở Tài chính cho ông Trịnh Hoài Nhân, Phó "
        "Giám đốc Sở Tài chính, kể từ ngày 1/1/2024 cho đến khi bổ nhiệm Giám đốc Sở."
    ) == [("Trịnh Hoài Nhân", "assign", "Giám đốc Sở Tài chính")]
    assert changes("UBKT đề nghị Chủ tịch UBND huyện xem xét cách chức Chủ tịch UBND xã đối với ông Kim Văn Tú.") == []


def test_persons_listed_with_their_own_titles_share_the_post_or_seat_after_the_list():
    assert changes(
        "Ban Bí thư chuẩn y các đồng chí: Cao Thanh Lũy, Bí thư Thành ủy Sa Đéc và Mai Thị Bé Bảy, Trưởng Ban "
        "Tuyên giáo Tỉnh ủy, tham gia Ban Thường vụ Tỉnh ủy Đồng Tháp nhiệm kỳ 2020-2025."
    ) == [
        ("Cao Thanh Lũy", "approve", "Ban Thường vụ Tỉnh ủy Đồng Tháp"),
        ("Mai Thị Bé Bảy", "approve", "Ban Thường vụ Tỉnh ủy Đồng Tháp"),
    ]
    assert changes(
        "Ban Bí thư chuẩn y các đồng chí: Cao Thanh Lũy, Bí thư Thành ủy Sa Đéc và Mai Thị Bé Bảy, Trưởng Ban "
        "Tuyên giáo Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy."
    ) == [("Cao Thanh Lũy", "approve", "Phó Bí thư Tỉnh ủy"), ("Mai Thị Bé Bảy", "approve", "Phó Bí thư Tỉnh ủy")]


def test_the_fatherland_fronts_election_by_consultation_and_its_nomination():
    assert changes(
        "Ông Điểu Minh Hào tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI. Bà "
        "Nguyễn Thị Thu Trà được hiệp thương cử giữ chức Phó Chủ tịch."
    ) == [
        ("Điểu Minh Hào", "elect", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        ("Nguyễn Thị Thu Trà", "elect", "Phó Chủ tịch"),
    ]
    assert changes(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1650-QĐ/TU giới thiệu ông Điểu Minh Hào để hiệp thương cử giữ "
        "chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2024-2029."
    ) == [("Điểu Minh Hào", "nominate", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")]


def test_a_post_left_to_retire_is_a_retirement_too():
    assert changes(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 2818-QĐ/TU cho đồng chí Phan Văn Hùng, Bí thư Huyện ủy Ea Súp "
        "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Huyện ủy để nghỉ hưu theo chế độ."
    ) == [("Phan Văn Hùng", "relieve", "Bí thư Huyện ủy"), ("Phan Văn Hùng", "retire", "Bí thư Huyện ủy")]


def test_an_election_for_another_body_to_hold_is_no_change():
    assert changes(
        "Ban Thường vụ Tỉnh ủy thống nhất giới thiệu bà Rơ Châm H'Bí, Trưởng Ban Dân vận Huyện ủy để Hội đồng nhân "
        "dân huyện bầu giữ chức Phó Chủ tịch HĐND huyện tại kỳ họp sắp tới."
    ) == [("Rơ Châm H'Bí", "nominate", "Phó Chủ tịch HĐND huyện")]


def test_a_table_under_the_sentence_that_announces_its_changes():
    from tests.test_tables import TABLE

    text = TABLE.replace("2 cán bộ, cụ thể", "2 cán bộ. Các quyết định cùng ký ngày 20/5/2031, cụ thể")
    assert changes(text) == [
        ("Lê Văn Tám", "transfer", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        ("Lê Văn Tám", "appoint", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        ("Hà Thị Mai", "transfer", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
        ("Hà Thị Mai", "appoint", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
    ]
    assert {(p, code, day) for p, _, code, day in decided(text)} == {
        ("Lê Văn Tám", "210-QĐ/TU", date(2031, 5, 20)),
        ("Hà Thị Mai", "211-QĐ/TU", date(2031, 5, 20)),
    }
    # the row's own kind of change; leaving a post is leaving the post held
    own = (
        "Ban Thường vụ Tỉnh ủy công bố các quyết định về công tác cán bộ:\n"
        "| Họ tên | Chức vụ | Hình thức |\n| Lê Văn Tám | Bí thư Huyện ủy Yên Hà | nghỉ hưu theo chế độ |"
    )
    assert changes(own) == [("Lê Văn Tám", "retire", "Bí thư Huyện ủy Yên Hà")]
    # the row's own day
    dated = (
        "Ban Thường vụ Tỉnh ủy quyết định bổ nhiệm cán bộ:\n"
        "| Họ tên | Chức vụ mới | Ngày ký |\n| Lê Văn Tám | Phó Bí thư Huyện ủy Yên Hà | 12/3/2031 |"
    )
    assert decided(dated) == [("Lê Văn Tám", "appoint", None, date(2031, 3, 12))]
    # a table of the persons present: no change
    assert changes("Dự hội nghị có các đồng chí:\n| Họ tên | Chức vụ |\n| Lê Văn Tám | Bí thư Huyện ủy |") == []


def test_a_table_post_column_is_told_by_its_header_words_whatever_the_verb() -> None:
    # 'Chức vụ được chỉ định' is the post given, 'Chức vụ trước khi chỉ định' the post held: no list of headers
    text = (
        "Chủ tịch UBND tỉnh Yên Hà chỉ định Chủ tịch UBND 2 xã, cụ thể như sau:\n"
        "| STT | Họ và tên | Chức vụ trước khi chỉ định | Chức vụ được chỉ định |\n|---|---|---|---|\n"
        "| 1 | Ông Lê Văn Tám | Phó Chủ tịch UBND xã Đông Hà | Chủ tịch UBND xã Tây Hà |\n"
        "| 2 | Bà Hà Thị Mai | Phó Bí thư Đảng ủy xã Bắc Hà | Chủ tịch UBND xã Bắc Hà |"
    )
    assert changes(text) == [
        ("Lê Văn Tám", "designate", "Chủ tịch UBND xã Tây Hà"),
        ("Hà Thị Mai", "designate", "Chủ tịch UBND xã Bắc Hà"),
    ]


def test_a_table_post_is_read_without_its_term() -> None:
    text = (
        "Danh sách cán bộ được điều động, luân chuyển:\n"
        "| TT | Họ và tên | Chức vụ trước khi điều động | Hình thức | Chức vụ mới | Quyết định số |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Nguyễn Thị Thu Hường | Phó Giám đốc Sở Kế hoạch và Đầu tư | Luân chuyển, chỉ định | Phó Bí thư Huyện ủy"
        " Hương Khê nhiệm kỳ 2020 - 2025 | 1452-QĐ/TU |"
    )
    assert changes(text) == [
        ("Nguyễn Thị Thu Hường", "transfer", "Phó Bí thư Huyện ủy Hương Khê"),
        ("Nguyễn Thị Thu Hường", "designate", "Phó Bí thư Huyện ủy Hương Khê"),
    ]


def test_the_decision_that_issued_a_rule_is_no_changes_decision() -> None:
    # 'Quy chế … ban hành kèm theo Quyết định số …': the article's one decision issued the voting rule
    text = (
        "Sáng 12/3/2031, Ban Chấp hành Đảng bộ tỉnh Yên Hà họp phiên thứ nhất. Việc bầu cử theo Quy chế bầu cử"
        " ban hành kèm theo Quyết định số 244-QĐ/TW ngày 9/6/2029 của Ban Chấp hành Trung ương.\n\n"
        "Ban Thường vụ phân công đồng chí Lê Văn Tám làm Thường trực Tỉnh ủy."
    )
    assert [(p, a, code) for p, a, code, _ in decided(text)] == [("Lê Văn Tám", "assign", None)]
    assert date(2029, 6, 9) not in [day for *_, day in decided(text)]


def test_a_comma_before_and_still_lists_the_persons_who_share_the_post() -> None:
    # 'A (SN …), titles, và bà B …, giữ chức X': the comma before 'và' does not end the list
    text = (
        "HĐND tỉnh Yên Hà bầu ông Lê Văn Tám (SN 1995), Tỉnh ủy viên, Giám đốc Sở Nội vụ, và bà Hà Thị Mai"
        " (SN 1997), Tỉnh ủy viên, Bí thư Huyện ủy Đông Hà, giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2031-2036."
    )
    assert changes(text) == [
        ("Lê Văn Tám", "elect", "Phó Chủ tịch UBND tỉnh"),
        ("Hà Thị Mai", "elect", "Phó Chủ tịch UBND tỉnh"),
    ]


def test_a_renewal_keeps_the_post_written_with_the_name() -> None:
    # 'Bổ nhiệm lại ông A, giám đốc Sở X, thời hạn 5 năm': no 'giữ chức', the post renewed is the one held
    text = (
        "Chủ tịch UBND tỉnh Yên Hà đã ký các quyết định:\n\n- Bổ nhiệm lại ông Lê Văn Tám (SN 1989), Tỉnh ủy viên,"
        " giám đốc Sở Khoa học và Công nghệ, thời hạn 5 năm (Quyết định số 3398/QĐ-UBND ngày 12-8-2031)."
    )
    assert changes(text) == [("Lê Văn Tám", "appoint", "giám đốc Sở Khoa học và Công nghệ")]


def test_a_plan_word_inside_an_organs_name_is_no_intent() -> None:
    # 'Sở Quy hoạch - Kiến trúc' names an organ; 'được quy hoạch chức danh …' is the plan that gives no post
    named = (
        "Sau đó, HĐND thành phố Yên Hà bầu ông Lê Văn Tám, Thành ủy viên, Giám đốc Sở Quy hoạch - Kiến trúc,"
        " giữ chức Phó Chủ tịch UBND thành phố nhiệm kỳ 2031-2036."
    )
    assert changes(named) == [("Lê Văn Tám", "elect", "Phó Chủ tịch UBND thành phố")]
    planned = "Ban Thường vụ điều động ông Lê Văn Tám, Phó Giám đốc Sở Nội vụ, được quy hoạch chức danh Giám đốc Sở."
    assert [post for *_, post in changes(planned)] == [None]


def test_relieved_so_that_he_retires_told_with_a_pronoun() -> None:
    # 'miễn nhiệm … đối với ông A …, để ông nghỉ hưu theo chế độ': 'ông' alone stands for A
    text = (
        "HĐND tỉnh Yên Hà biểu quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Yên Hà nhiệm kỳ 2031-2036 đối với"
        " ông Lê Văn Tám (SN 1973), Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, để ông nghỉ hưu theo chế độ."
    )
    assert changes(text) == [
        ("Lê Văn Tám", "relieve", "Phó Chủ tịch UBND tỉnh Yên Hà"),
        ("Lê Văn Tám", "retire", "Phó Chủ tịch UBND tỉnh Yên Hà"),
    ]


def test_an_election_with_no_post_takes_the_post_its_approval_names() -> None:
    # 'phê chuẩn kết quả bầu ông A giữ chức X. Ông A được HĐND tỉnh bầu tại kỳ họp …': the vote was for X
    text = (
        "Ngày 27/11/2031, Thủ tướng Chính phủ ban hành Quyết định số 1893/QĐ-TTg phê chuẩn kết quả bầu ông Lê Văn"
        " Tám giữ chức Phó Chủ tịch UBND tỉnh Yên Hà nhiệm kỳ 2031-2036. Ông Tám được HĐND tỉnh bầu tại kỳ họp"
        " thứ 14 hồi tháng 10."
    )
    assert changes(text) == [
        ("Lê Văn Tám", "approve", "Phó Chủ tịch UBND tỉnh Yên Hà"),
        ("Lê Văn Tám", "elect", "Phó Chủ tịch UBND tỉnh Yên Hà"),
    ]


def test_also_by_this_decision_is_the_decision_of_the_sentence_before() -> None:
    # 'Cũng theo quyết định này, …': 'cũng' before 'theo quyết định này' still points to the decision just cited
    text = (
        "Chiều 30/6/2031, Tỉnh ủy Yên Hà tổ chức hội nghị công bố Quyết định số 2791-QĐ/TW ngày 27/6/2031 của"
        " Bộ Chính trị về thành lập Đảng bộ tỉnh.\n\n"
        "Theo Quyết định số 2793-QĐNS/TW ngày 28/6/2031, Bộ Chính trị chỉ định đồng chí Lê Văn Tám giữ chức"
        " Bí thư Tỉnh ủy Yên Hà. Cũng theo quyết định này, đồng chí Hà Thị Mai, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"
        " Đông Hà, được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Yên Hà."
    )
    assert [(p, code, day) for p, _, code, day in decided(text)] == [
        ("Lê Văn Tám", "2793-QĐNS/TW", date(2031, 6, 28)),
        ("Hà Thị Mai", "2793-QĐNS/TW", date(2031, 6, 28)),
    ]


def test_a_paragraph_opening_with_a_past_word_is_set_on_the_day_after_it() -> None:
    # '¶ Trước đó, tối 17/10, Ban Chấp hành … bầu … . A và B được bầu …': the day after 'Trước đó,' is the vote's
    body = (
        "Chiều 18/10/2031, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần thứ I đã bế mạc.\n\n"
        "Trước đó, tối 17/10, Ban Chấp hành Đảng bộ tỉnh khóa I đã họp phiên thứ nhất, bầu Ban Thường vụ Tỉnh ủy"
        " gồm 15 đồng chí. Đồng chí Lê Văn Tám, Chủ tịch UBND tỉnh, và đồng chí Hà Thị Mai được bầu giữ chức Phó"
        " Bí thư Tỉnh ủy khóa I."
    )
    records = extract_article(body, "a.txt", "0" * 64, "utf-8")
    assert {(a["action"], a["effective_date"]) for a in records.appointments} == {("elect", date(2031, 10, 17))}


def test_a_paragraph_set_on_its_own_day_does_not_take_another_paragraphs_decision() -> None:
    # the article's one decision (of 13/10, another event) is not the assignment told on the evening of 17/10
    body = (
        "Chiều 18/10/2031, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần thứ I đã bế mạc.\n\n"
        "Tại phiên bế mạc, đã công bố Quyết định số 2968-QĐNS/TW ngày 13-10-2031 của Bộ Chính trị chỉ định đồng"
        " chí Trần Văn Bảy giữ chức Bí thư Tỉnh ủy Yên Hà.\n\n"
        "Trước đó, tối 17/10, Ban Chấp hành Đảng bộ tỉnh khóa I đã họp phiên thứ nhất. Ban Thường vụ Tỉnh ủy"
        " phân công đồng chí Hà Thị Mai làm Phó Bí thư Thường trực Tỉnh ủy."
    )
    rows = extract_article(body, "a.txt", "0" * 64, "utf-8").appointments
    assigned = [(a["decision_code"], a["effective_date"]) for a in rows if a["action"] == "assign"]
    assert assigned == [(None, date(2031, 10, 17))]


def test_change_verbs_in_a_documents_subject_about_staff_in_general_are_no_change():
    text = (
        "Thực hiện Quy định số 80-QĐ/TW ngày 18-8-2022 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm,"
        " giới thiệu cán bộ ứng cử, đồng chí Lê Văn Tám, Trưởng Ban Tổ chức Tỉnh ủy đã công bố các quyết định."
    )
    assert changes(text) == []
    # the subject names the person: a change
    named = (
        "Đồng chí Lê Văn Tám trao Quyết định số 12-QĐ/TU về việc điều động, bổ nhiệm đồng chí Hà Thị Mai giữ chức"
        " Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert [(p, a) for p, a, _ in changes(named)] == [("Hà Thị Mai", "transfer"), ("Hà Thị Mai", "appoint")]


def test_leaving_a_post_and_retiring_in_one_breath_retires_from_that_post():
    text = (
        "Ban Thường vụ Tỉnh ủy cho đồng chí Lê Văn Tám, Tỉnh ủy viên, Bí thư Huyện ủy Yên Hà thôi tham gia Ban Chấp"
        " hành, Ban Thường vụ, thôi giữ chức Bí thư Huyện ủy và nghỉ hưu theo chế độ kể từ ngày 01/4/2031."
    )
    assert changes(text) == [("Lê Văn Tám", "relieve", "Bí thư Huyện ủy"), ("Lê Văn Tám", "retire", "Bí thư Huyện ủy")]


def test_the_bare_noun_chuc_between_an_election_and_its_post():
    for verb in ("trúng cử", "tái đắc cử", "được bầu"):
        text = f"Đồng chí Y Thinh Niê, Phó Bí thư Đảng ủy {verb} chức Bí thư Đảng ủy xã Yang Tao với 117 phiếu."
        assert changes(text) == [("Y Thinh Niê", "elect", "Bí thư Đảng ủy xã Yang Tao")], verb


def test_the_age_of_retiring_is_no_retirement():
    assert changes("Đồng chí H'Dung Liêng do đủ tuổi nghỉ hưu nên không tham gia Ban Chấp hành khóa mới.") == []
    assert changes("Đồng chí H'Dung Liêng nghỉ hưu theo chế độ từ ngày 1/3/2031.") == [("H'Dung Liêng", "retire", None)]


def test_a_sentence_naming_its_person_by_given_name_alone():
    text = (
        "Ban Thường vụ Tỉnh ủy chuẩn y bà Lâm Thị Kim Hồng, Chủ tịch UBND phường Bạc Liêu, giữ chức Phó Bí thư Đảng ủy"
        " phường Bạc Liêu. Trước đó, ngày 7/11, Hội nghị Ban Chấp hành Đảng bộ phường đã bầu bà Hồng giữ chức Phó Bí"
        " thư Đảng ủy phường với 100% số phiếu."
    )
    assert changes(text) == [
        ("Lâm Thị Kim Hồng", "approve", "Phó Bí thư Đảng ủy phường Bạc Liêu"),
        ("Lâm Thị Kim Hồng", "elect", "Phó Bí thư Đảng ủy phường"),
    ]
    # two persons of that given name: nobody is named so
    two = text.replace("ngày 7/11,", "ngày 7/11, ông Trần Văn Hồng chủ trì,")
    assert [a for _, a, _ in changes(two)] == ["approve"]


def test_the_polices_retirement_wording_and_a_semicolon_before_another_verb():
    text = (
        "Quyết định số 5199/QĐ-BCA cho Đại tá Huỳnh Công Lập, Phó Giám đốc Công an tỉnh nghỉ công tác để hưởng"
        " chế độ hưu trí kể từ ngày 1-8-2031."
    )
    assert changes(text) == [("Huỳnh Công Lập", "retire", "Phó Giám đốc Công an tỉnh")]
    text = (
        "UBKT Tỉnh ủy quyết định cách chức Ủy viên Ban Thường vụ Huyện ủy Xuyên Mộc đối với đồng chí Võ Thành Nhân,"
        " Phó Chủ tịch UBND huyện; cảnh cáo đồng chí Lê Hữu Tài, Trưởng Phòng Tài nguyên và Môi trường huyện."
    )
    assert changes(text) == [("Võ Thành Nhân", "relieve", "Ủy viên Ban Thường vụ Huyện ủy Xuyên Mộc")]


def test_a_change_told_as_the_past_keeps_its_own_day_not_the_articles_decision():
    text = (
        "Lãnh đạo Vụ Địa phương II đã đọc Quyết định số 1538-QĐNS/TW ngày 9/8/2031 của Bộ Chính trị phân công ông"
        " Đinh Văn Khải giữ chức Bí thư Tỉnh ủy Yên Hà. Trước đó, ngày 2/7/2031, Bộ Chính trị điều động ông Trịnh Quang"
        " Lâm, Bí thư Tỉnh ủy Yên Hà, giữ chức Phó Trưởng Ban Kinh tế Trung ương."
    )
    assert decided(text) == [
        ("Đinh Văn Khải", "assign", "1538-QĐNS/TW", date(2031, 8, 9)),
        ("Trịnh Quang Lâm", "transfer", None, date(2031, 7, 2)),
    ]


def test_the_presenter_of_a_proposal_about_an_election_is_not_elected():
    text = (
        "Đồng chí Ma Thị Nguyệt, Phó Bí thư Thường trực Tỉnh ủy trình bày Tờ trình của Ban Thường vụ Tỉnh ủy về việc"
        " bầu bổ sung Phó Bí thư Tỉnh ủy."
    )
    assert changes(text) == []


def test_a_retirement_told_without_its_post_leaves_the_post_left_or_the_title_held():
    text = (
        "Bộ Chính trị cho ông Hồ Sỹ Nghiêm, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh, thôi giữ chức Bí thư Tỉnh ủy Yên"
        " Hà. Ông Nghiêm, 61 tuổi, nghỉ hưu theo chế độ từ ngày 1/2/2031."
    )
    assert ("Hồ Sỹ Nghiêm", "retire", "Bí thư Tỉnh ủy Yên Hà") in changes(text)
    text = "Bộ Y tế chia tay Thứ trưởng Phùng Đức Thắng. Thủ tướng đã ký quyết định cho ông Thắng nghỉ hưu."
    assert changes(text) == [("Phùng Đức Thắng", "retire", "Thứ trưởng")]


def test_a_move_told_without_its_post_takes_the_post_its_sentence_then_gives():
    text = (
        "Theo Quyết định số 2817-QĐ/TU, đồng chí Ksor Hlui, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy được điều"
        " động đến nhận công tác tại huyện Yên Hà, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư"
        " Huyện ủy Yên Hà nhiệm kỳ 2030-2035."
    )
    assert changes(text) == [
        ("Ksor Hlui", "transfer", "Bí thư Huyện ủy Yên Hà"),
        ("Ksor Hlui", "designate", "Bí thư Huyện ủy Yên Hà"),
    ]


def test_a_discipline_voted_at_a_session_takes_its_day_and_no_decision_cited_elsewhere():
    text = (
        "Ngày 20/8/2031, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 12. Thực hiện Quyết định số 1192-QĐ/UBKTTU ngày 8/4/2031"
        " về kiểm tra khi có dấu hiệu vi phạm, đoàn kiểm tra báo cáo kết quả. Ủy ban quyết định thi hành kỷ luật bằng"
        " hình thức cách chức Bí thư Huyện ủy Bù Lạc đối với ông Phạm Minh Nhựt; đề nghị cấp có thẩm quyền xem xét,"
        " miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Hồ Văn Tấn."
    )
    body = text
    published = date(2031, 8, 23)
    meetings = find_meetings(clean_text(f"Kỳ họp\n23/8/2031\n\n{body}"), [])
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    assert [(a.person.full_name, a.action, a.decision_code, a.effective_date) for a in found] == [
        ("Phạm Minh Nhựt", "relieve", None, date(2031, 8, 20))
    ]


def test_a_change_given_by_given_name_in_a_sentence_that_names_others_in_full():
    text = (
        "Các đồng chí Đinh Thị Quỳnh Mai và Lường Đức Khánh, Chủ tịch UBND tỉnh, được bầu giữ chức Phó Bí thư Tỉnh ủy"
        " nhiệm kỳ 2030-2035; Ban Thường vụ Tỉnh ủy tiếp tục phân công bà Mai làm Phó Bí thư Thường trực Tỉnh ủy."
    )
    assert changes(text) == [
        ("Đinh Thị Quỳnh Mai", "elect", "Phó Bí thư Tỉnh ủy"),
        ("Lường Đức Khánh", "elect", "Phó Bí thư Tỉnh ủy"),
        ("Đinh Thị Quỳnh Mai", "assign", "Phó Bí thư Thường trực Tỉnh ủy"),
    ]


def test_a_paragraph_opening_with_the_same_day_dates_its_changes_by_the_day_before_it():
    body = (
        "Sau 3 ngày làm việc (từ ngày 27 đến 29/9/2030), chiều 29-9, Đại hội đại biểu Đảng bộ tỉnh Yên Hà đã bế mạc.\n"
        "Trước đó, chiều 28/9, Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh gồm 65 đồng chí.\n"
        "Tối cùng ngày, Ban Chấp hành họp phiên thứ nhất. Đồng chí Hà Thị Thu Trang được bầu giữ chức Chủ nhiệm"
        " Ủy ban Kiểm tra Tỉnh ủy."
    )
    published = date(2030, 9, 29)
    meetings = find_meetings(clean_text(f"Bế mạc Đại hội\n29/9/2030\n\n{body}"), [])
    assert meetings[0].meeting_date == date(2030, 9, 27)  # a congress is dated by its first day
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    assert [(a.person.full_name, a.effective_date) for a in found] == [("Hà Thị Thu Trang", date(2030, 9, 28))]


def test_a_sentence_opening_with_the_same_day_inside_a_paragraph_dates_the_changes_told_from_it():
    body = (
        "Chiều 16/10/2030, sau 3 ngày làm việc (từ ngày 14 - 16/10), Đại hội đại biểu Đảng bộ tỉnh Yên Hà đã bế mạc.\n"
        "Tại phiên bế mạc, Đại hội đã nghe công bố kết quả bầu cử. Theo đó, chiều 15/10, Đại hội đã bầu 47 đồng chí"
        " vào Ban Chấp hành. Tối cùng ngày, tại Hội nghị lần thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ Tỉnh ủy gồm"
        " 15 đồng chí; đồng chí Trương Công Danh được bầu giữ chức Bí thư Tỉnh ủy. Đồng chí Lê Thị Hạnh được bầu"
        " giữ chức Phó Bí thư Tỉnh ủy."
    )
    published = date(2030, 10, 16)
    meetings = find_meetings(clean_text(f"Bế mạc Đại hội\n16/10/2030\n\n{body}"), [])
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    assert [(a.person.full_name, a.effective_date) for a in found] == [
        ("Trương Công Danh", date(2030, 10, 15)),
        ("Lê Thị Hạnh", date(2030, 10, 15)),
    ]


def test_a_paragraph_opening_with_a_day_dates_the_changes_of_its_later_sentences_but_not_the_lead():
    body = (
        "Trong hai ngày 14 và 15-8, Đảng bộ xã Phú Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2030-2035."
        " Đồng chí Lò Văn Tấn được bầu giữ chức Bí thư Đảng ủy xã.\n"
        "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 21 đồng chí.\n"
        "Tại phiên họp thứ nhất vào sáng 15-8, Ban Chấp hành đã bầu Ban Thường vụ gồm 7 đồng chí."
        " Đồng chí Vàng Thị Mỷ được bầu giữ chức Phó Bí thư Đảng ủy xã."
    )
    published = date(2030, 8, 16)
    meetings = find_meetings(clean_text(f"Đại hội Đảng bộ xã Phú Hòa\n16/8/2030\n\n{body}"), [])
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    # the lead's change takes the meeting's day; the session's, the day its paragraph opens with
    assert [(a.person.full_name, a.effective_date) for a in found] == [
        ("Lò Văn Tấn", date(2030, 8, 14)),
        ("Vàng Thị Mỷ", date(2030, 8, 15)),
    ]


def test_a_person_whose_own_verb_gives_their_post_is_no_item_of_a_list_sharing_the_next():
    body = (
        "Đồng chí Lò Thị Xuân được bầu giữ chức Phó Bí thư Thường trực Đảng ủy xã; đồng chí Hà Văn Tình,"
        " Chủ tịch UBND xã được bầu giữ chức Phó Bí thư Đảng ủy xã."
    )
    assert changes(body) == [
        ("Lò Thị Xuân", "elect", "Phó Bí thư Thường trực Đảng ủy xã"),
        ("Hà Văn Tình", "elect", "Phó Bí thư Đảng ủy xã"),
    ]


def test_a_post_handed_to_a_person_named_with_their_rank():
    body = "Bộ trưởng Bộ Công an giao quyền Giám đốc Công an tỉnh Yên Hà cho Đại tá Lương Văn Sử, Phó Giám đốc."
    assert changes(body) == [("Lương Văn Sử", "assign", "Giám đốc Công an tỉnh Yên Hà")]


def test_a_headline_naming_the_post_by_its_committee_alone_is_the_bodys_change_on_the_bodys_day():
    body = (
        "Đồng chí Lò Minh Tiến tái đắc cử Bí thư Đảng ủy\n"
        "Trong hai ngày 13 và 14/8, Đảng bộ Tổng công ty Lâm nghiệp tổ chức Đại hội lần thứ V.\n"
        "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa V gồm 15 đồng chí.\n"
        "Chiều 14/8, tại Hội nghị lần thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 5 đồng chí; đồng chí"
        " Lò Minh Tiến tái đắc cử Bí thư Đảng ủy Tổng công ty."
    )
    published = date(2030, 8, 15)
    meetings = find_meetings(clean_text(f"Đại hội Đảng bộ Tổng công ty\n15/8/2030\n\n{body}"), [])
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    assert [(a.person.full_name, a.position, a.effective_date) for a in found] == [
        ("Lò Minh Tiến", "Bí thư Đảng ủy Tổng công ty", date(2030, 8, 14))
    ]


def test_a_post_left_written_by_its_position_alone_is_the_persons_title_of_that_position():
    body = (
        "Bộ trưởng trao Quyết định số 2201/QĐ-TTg ngày 3/10/2030 của Thủ tướng Chính phủ cho ông Hà Văn Khoa,"
        " Thứ trưởng Bộ Xây dựng, thôi giữ chức Thứ trưởng để nghỉ hưu theo chế độ."
    )
    assert changes(body) == [
        ("Hà Văn Khoa", "relieve", "Thứ trưởng Bộ Xây dựng"),
        ("Hà Văn Khoa", "retire", "Thứ trưởng Bộ Xây dựng"),
    ]


def test_a_person_given_a_post_by_an_introducer_closes_their_clause_before_the_next_persons_verb():
    body = (
        "Bộ Chính trị điều động, phân công ông Lò Văn Mạnh giữ chức Phó Trưởng Ban Tổ chức Trung ương;"
        " bà Cầm Thị Hoa được chỉ định làm Bí thư Tỉnh ủy Yên Hà."
    )
    assert changes(body) == [
        ("Lò Văn Mạnh", "transfer", "Phó Trưởng Ban Tổ chức Trung ương"),
        ("Lò Văn Mạnh", "assign", "Phó Trưởng Ban Tổ chức Trung ương"),
        ("Cầm Thị Hoa", "designate", "Bí thư Tỉnh ủy Yên Hà"),
    ]


def test_the_same_day_is_the_last_day_the_events_were_told_on():
    body = (
        "Sáng 15-10-2030, Ban Chấp hành đồng ý để đồng chí Hà Văn Lực thôi giữ chức Ủy viên Ban Thường vụ."
        " Đồng chí Hà Văn Lực nghỉ hưu theo chế độ kể từ ngày 1/12/2030.\n"
        "Cùng ngày, Ban Chấp hành đã bầu bổ sung đồng chí Lò Thị Xuân vào Ban Thường vụ Tỉnh ủy.\n"
        "Ban Thường vụ trao quyết định chuẩn y ông Cầm Văn Pấng giữ chức Phó Bí thư Huyện ủy Mường Tè."
        " Trước đó, ngày 28/8/2030, Hội nghị Ban Chấp hành huyện đã bầu ông Pấng giữ chức Phó Bí thư Huyện ủy.\n"
        "Cùng ngày, Ban Thường vụ điều động ông Vàng A Chu giữ chức Bí thư Huyện ủy Phong Thổ."
    )
    found = _found(body, date(2030, 10, 16))
    days = {(a.person.full_name, a.action): a.effective_date for a in found}
    # not the day a retirement takes effect, nor a day told in passing ('Trước đó, ngày 28/8')
    assert days[("Lò Thị Xuân", "elect")] == date(2030, 10, 15)
    assert days[("Vàng A Chu", "transfer")] == date(2030, 10, 15)


def test_a_post_left_by_its_position_alone_is_not_the_post_the_person_is_given():
    body = "Bộ Chính trị điều động ông Hà Văn Khoa thôi giữ chức Phó Bí thư để giữ chức Phó Bí thư Tỉnh ủy Yên Hà."
    assert ("Hà Văn Khoa", "relieve", "Phó Bí thư") in changes(body)


def test_a_repeat_without_a_day_leaves_the_day_of_the_first_telling():
    body = (
        "Đồng chí Lò Minh Tiến tái đắc cử Bí thư Đảng ủy\n"
        "Trong hai ngày 13 và 14/8, Đảng bộ Tổng công ty Lâm nghiệp tổ chức Đại hội lần thứ V.\n"
        "Trước đó, đồng chí Lò Minh Tiến tái đắc cử Bí thư Đảng ủy Tổng công ty."
    )
    published = date(2030, 8, 15)
    meetings = find_meetings(clean_text(f"Đại hội Đảng bộ Tổng công ty\n15/8/2030\n\n{body}"), [])
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    assert [a.effective_date for a in found] == [date(2030, 8, 13)]


def test_a_rule_cited_as_the_basis_is_not_the_decision():
    body = (
        "Căn cứ Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành"
        " kỷ luật cách chức Bí thư Đảng ủy xã Hải Minh đối với đồng chí Phạm Văn Tới."
    )
    assert decided(body) == [("Phạm Văn Tới", "relieve", None, None)]


def test_a_decree_the_change_applies_is_not_its_decision():
    body = (
        "Ngày 14/4/2030, HĐND tỉnh Yên Hà miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lạc Văn Chinh, để"
        " nghỉ hưu trước tuổi theo Nghị định số 178/2029/NĐ-CP ngày 31/12/2029 của Chính phủ."
    )
    assert ("Lạc Văn Chinh", "relieve", None, date(2030, 4, 14)) in decided(body)


def test_the_approval_of_an_election_result_is_an_approval_not_another_election():
    body = (
        "Ngày 27/3/2030, Thủ tướng Chính phủ đã ký Quyết định số 598/QĐ-TTg phê chuẩn kết quả bầu bà Lư Thị Ngân"
        " giữ chức Phó Chủ tịch UBND tỉnh Yên Hà nhiệm kỳ 2026-2031."
    )
    assert changes(body) == [("Lư Thị Ngân", "approve", "Phó Chủ tịch UBND tỉnh Yên Hà")]


def test_a_post_by_its_position_alone_is_the_persons_one_post_of_that_position_and_change():
    body = (
        "Anh Thân Văn Hòa được bầu làm Chủ tịch\n"
        "Chiều 16/10, anh Thân Văn Hòa, Phó Bí thư Tỉnh đoàn được bầu giữ chức Chủ tịch Hội LHTN Việt Nam tỉnh."
    )
    assert changes(body) == [("Thân Văn Hòa", "elect", "Chủ tịch Hội LHTN Việt Nam tỉnh")]


def test_a_list_addressed_as_youth_shares_the_post_after_it():
    body = (
        "Hội nghị hiệp thương cử anh Nguyễn Hữu Tâm và chị Hà Thị Mỹ Lan, Giám đốc Hợp tác xã Rau sạch Lục Yên"
        " giữ chức Phó Chủ tịch Hội LHTN Việt Nam tỉnh."
    )
    posts = {name: post for name, _, post in changes(body)}
    assert posts["Nguyễn Hữu Tâm"] == posts["Hà Thị Mỹ Lan"] == "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"


def test_a_day_told_of_the_person_replaced_is_not_the_days_of_the_change():
    body = (
        "Ngày 13/11/2030, Hội đồng thành viên Công ty công bố Quyết định số 86/QĐ-HĐTV bổ nhiệm ông Lê Văn Hòa"
        " giữ chức Giám đốc Công ty, thay ông Phan Đình Lực nghỉ hưu theo chế độ từ ngày 1/12/2030."
    )
    days = {(name, action): day for name, action, _, day in decided(body)}
    assert days[("Lê Văn Hòa", "appoint")] == date(2030, 11, 13)
    # ... it is the replaced person's leaving, which is not the decision's act
    assert ("Phan Đình Lực", "retire", None, date(2030, 12, 1)) in decided(body)


def test_a_passive_clause_after_a_semicolon_that_names_no_one_is_a_second_change_of_the_clause_befores_person():
    body = (
        "Đồng chí Nguyễn Hồng Lam từng giữ chức Giám đốc Sở Nội vụ. Tháng 10/2025, tại Đại hội Đảng bộ tỉnh lần thứ I,"
        " đồng chí được bầu giữ chức Bí thư Tỉnh ủy Yên Hà; tại Đại hội XIV của Đảng được bầu vào Ban Chấp hành Trung"
        " ương Đảng."
    )
    assert changes(body) == [
        ("Nguyễn Hồng Lam", "elect", "Bí thư Tỉnh ủy Yên Hà"),
        ("Nguyễn Hồng Lam", "elect", "Ban Chấp hành Trung ương Đảng"),
    ]


def test_a_pronoun_opening_a_clause_is_the_one_person_its_paragraph_named_and_a_past_congress_has_no_day():
    body = (
        "Chiều 12/10/2030, Ban Tổ chức Trung ương tổ chức hội nghị công bố quyết định về công tác cán bộ.\n"
        "Đồng chí Nguyễn Hồng Lam sinh năm 1981, quê quán tỉnh Yên Hà. Ông từng giữ chức Phó Chủ tịch UBND tỉnh."
        " Tại Đại hội XV của Đảng, ông được bầu vào Ban Chấp hành Trung ương Đảng."
    )
    assert decided(body) == [("Nguyễn Hồng Lam", "elect", None, None)]
    assert changes(body) == [("Nguyễn Hồng Lam", "elect", "Ban Chấp hành Trung ương Đảng")]


def test_a_pronoun_stands_for_no_one_when_its_paragraph_named_two_or_a_group():
    two = (
        "Đồng chí Nguyễn Hồng Lam và đồng chí Trần Văn Khải dự hội nghị. Tại Đại hội XV, ông được bầu vào Ban"
        " Chấp hành Trung ương Đảng."
    )
    group = "Đồng chí Nguyễn Hồng Lam đề nghị các đồng chí được chỉ định, bổ nhiệm phát huy vai trò người đứng đầu."
    assert changes(two) == changes(group) == []


@pytest.mark.parametrize(
    ("body", "change"),
    [
        (
            "Ban Thường vụ Tỉnh ủy giao đồng chí Trần Văn Bình, Phó Bí thư Thường trực Huyện ủy, phụ trách Đảng bộ"
            " huyện cho đến khi kiện toàn chức danh Bí thư Huyện ủy.",
            ("Trần Văn Bình", "assign", "phụ trách Đảng bộ huyện"),
        ),
        (
            "Chủ tịch UBND tỉnh giao bà Lê Thị Hòa, Phó Giám đốc Sở Nội vụ phụ trách Sở Nội vụ.",
            ("Lê Thị Hòa", "assign", "phụ trách Sở Nội vụ"),
        ),
    ],
)
def test_giao_before_the_person_and_phu_trach_after_is_an_assignment(body, change):
    assert changes(body) == [change]


def test_giao_without_a_charge_after_the_person_is_no_change():
    assert changes("Ban Thường vụ giao đồng chí Trần Văn Bình chủ trì hội nghị, giao nhiệm vụ cho các đồng chí.") == []


def test_giao_phu_trach_a_portfolio_not_a_body_is_a_task_not_a_change():
    # a body is named in capitals; a sector written in lower case is the person's share of the work
    body = "Chủ tịch UBND tỉnh giao ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh phụ trách khối kinh tế, chỉ đạo các sở."
    assert changes(body) == []


def test_the_same_day_of_a_paragraph_is_also_a_decisions_day_told_before_its_code():
    body = (
        "Ngày 18-9-2030, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 2210-QĐ/TU chuẩn y bà Nguyễn Thị Mười giữ chức"
        " Phó Bí thư Huyện ủy.\n"
        "Cùng ngày, Chủ tịch UBND tỉnh ký Quyết định số 1987/QĐ-UBND cho ông Huỳnh Văn Bảy thôi giữ chức Giám đốc"
        " Sở Giao thông vận tải. UBND tỉnh phân công ông Lê Minh Triết, Phó Giám đốc Sở, phụ trách Sở Giao thông"
        " vận tải."
    )
    days = {(name, action): day for name, action, _, day in decided(body, date(2030, 9, 20))}
    assert days[("Lê Minh Triết", "assign")] == date(2030, 9, 18)


def _meeting_of(body: str, published: date):
    return find_meetings(clean_text(f"Hội nghị Ban Chấp hành Đảng bộ tỉnh\n{published:%d/%m/%Y}\n\n{body}"), [])


def test_a_vote_after_a_later_sittings_day_is_on_that_day_and_kết_quả_takes_the_seat_voted_for():
    body = (
        "Trong hai ngày 14 và 15-12-2030, Ban Chấp hành Đảng bộ tỉnh Yên Hà tổ chức Hội nghị lần thứ 16.\n"
        "Chiều 15-12, hội nghị tiến hành lấy phiếu tín nhiệm đối với các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.\n"
        "Bằng hình thức bỏ phiếu kín, Ban Chấp hành đã bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy khóa XVII."
        " Kết quả, đồng chí Phan Thị Ngọc Dung, Tỉnh ủy viên, Giám đốc Sở Nội vụ trúng cử với 48/50 phiếu."
    )
    published = date(2030, 12, 16)
    found = find_appointments(body, find_persons(body), find_documents(body, published), _meeting_of(body, published))
    assert [(a.action, a.position, a.effective_date) for a in found] == [
        ("elect", "Ban Thường vụ Tỉnh ủy", date(2030, 12, 15))
    ]


def _elections_on(body: str, published: date) -> list[tuple]:
    found = find_appointments(body, find_persons(body), find_documents(body, published), _meeting_of(body, published))
    return [(a.person.full_name, a.effective_date) for a in found if a.action == "elect"]


def test_a_new_committees_first_session_is_on_the_day_its_clause_names_else_the_congresss_last():
    told = (
        "Từ ngày 4 đến 5/6/2030, Đảng bộ huyện Yên Hà tổ chức Đại hội đại biểu lần thứ VII.\n"
        "Đại hội đã bầu Ban Chấp hành gồm 35 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ."
        " Đồng chí Lê Văn Tám tái đắc cử Bí thư Huyện ủy; đồng chí Hà Thị Mai được bầu giữ chức Phó Bí thư Huyện ủy."
    )
    published = date(2030, 6, 6)
    assert _elections_on(told, published) == [("Lê Văn Tám", date(2030, 6, 5)), ("Hà Thị Mai", date(2030, 6, 5))]
    # the day the session's own clause names
    named = told.replace("Tại phiên họp thứ nhất,", "Tại phiên họp thứ nhất chiều 4/6,")
    assert _elections_on(named, published) == [("Lê Văn Tám", date(2030, 6, 4)), ("Hà Thị Mai", date(2030, 6, 4))]
    # ... or a first plenum's ('Hội nghị lần thứ nhất'), in an article reporting the congress's close
    plenum = extract_article(
        "Đại hội Đảng bộ tỉnh Yên Hà bế mạc\n17/10/2030 08:00\n\n"
        "Chiều qua (16/10), Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần thứ XIV đã bế mạc.\n\nSau 3 ngày làm việc (từ"
        " ngày 14 đến 16/10), tại Hội trường tỉnh, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần thứ XIV đã hoàn thành"
        " chương trình đề ra.\n\nĐại hội đã bầu Ban Chấp hành gồm 49 đồng chí. Tại Hội nghị lần thứ nhất tối 15/10, Ban"
        " Chấp hành đã bầu 15 đồng chí vào Ban Thường vụ Tỉnh ủy. Các đồng chí Lê Văn Tám và Hà Thị Mai được bầu giữ"
        " chức Phó Bí thư Tỉnh ủy.",
        "a.txt",
        "0" * 64,
        "utf-8",
    )
    assert {a["effective_date"] for a in plenum.appointments} == {date(2030, 10, 15)}
    # a later day told before the session: the session follows it ('Ngay sau đó'), not the congress's end
    after = told.replace("Đại hội đã bầu Ban Chấp hành", "Chiều 4/6, Đại hội đã bầu Ban Chấp hành")
    after = after.replace("Tại phiên họp thứ nhất,", "Ngay sau đó, tại phiên họp thứ nhất,")
    assert _elections_on(after, published) == [("Lê Văn Tám", date(2030, 6, 4)), ("Hà Thị Mai", date(2030, 6, 4))]


def test_a_day_after_để_nghỉ_hưu_is_the_retirements_not_the_leavings():
    body = (
        "Sáng 15-12-2030, Ban Chấp hành Đảng bộ tỉnh họp. Hội nghị đã biểu quyết cho đồng chí Trần Văn Lương, Trưởng"
        " Ban Nội chính Tỉnh ủy thôi giữ chức Trưởng Ban Nội chính Tỉnh ủy để nghỉ hưu theo chế độ từ ngày 1-1-2031."
    )
    published = date(2030, 12, 16)
    found = find_appointments(body, find_persons(body), find_documents(body, published), _meeting_of(body, published))
    days = {(a.person.full_name, a.action): a.effective_date for a in found}
    assert days == {
        ("Trần Văn Lương", "relieve"): date(2030, 12, 15),
        ("Trần Văn Lương", "retire"): date(2031, 1, 1),
    }


def test_a_change_to_a_person_named_by_given_name_beside_another_change_in_full():
    body = (
        "Ban Thường vụ Tỉnh ủy thống nhất giới thiệu bà Lò Thị Hải Yên, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh để"
        " HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh, Tờ trình của Thường trực HĐND tỉnh đề nghị miễn nhiệm chức"
        " vụ Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh đối với bà Yên."
    )
    assert ("Lò Thị Hải Yên", "relieve", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh") in changes(body)


def test_a_notice_told_with_another_change_is_not_the_decision_of_the_next():
    body = (
        "Trên cơ sở Thông báo số 1712-TB/TU ngày 22/4/2030 của Ban Thường vụ Tỉnh ủy giới thiệu bà Lò Thị Hải Yên để"
        " HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh, Thường trực HĐND tỉnh đề nghị miễn nhiệm chức vụ Trưởng Ban"
        " Kinh tế - Ngân sách HĐND tỉnh đối với bà Lò Thị Hải Yên."
    )
    found = {(name, action): (code, day) for name, action, code, day in decided(body)}
    assert found[("Lò Thị Hải Yên", "nominate")] == ("1712-TB/TU", date(2030, 4, 22))
    assert found[("Lò Thị Hải Yên", "relieve")][0] is None


def test_an_interim_post_is_not_the_post_elected_to_later():
    body = (
        "Ngày 26/6/2030, Thường trực HĐND Thành phố ban hành Nghị quyết số 27/NQ-HĐND chỉ định bà Phùng Thị Lâm giữ"
        " chức Chủ tịch HĐND xã Quảng Oai lâm thời.\n"
        "Sáng 1/7/2030, HĐND xã họp kỳ thứ nhất. Bà Phùng Thị Lâm được bầu giữ chức Chủ tịch HĐND xã Quảng Oai."
    )
    assert ("Phùng Thị Lâm", "designate", "Chủ tịch HĐND xã Quảng Oai lâm thời") in changes(body)


def test_a_position_opening_with_the_word_of_an_introducer_is_still_read():
    body = (
        "Bộ trưởng bổ nhiệm đồng chí Nguyễn Thu Hằng, Phó Vụ trưởng Vụ Tổ chức cán bộ, giữ chức Vụ trưởng Vụ Tổ"
        " chức cán bộ."
    )
    assert changes(body) == [("Nguyễn Thu Hằng", "appoint", "Vụ trưởng Vụ Tổ chức cán bộ")]


def test_an_approval_of_a_dismissal_is_the_dismissal_and_a_charge_given_is_the_post():
    body = (
        "Tối 17/3/2030, Thủ tướng ký Quyết định số 358/QĐ-TTg phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Phú"
        " Yên đối với ông Trần Quốc Định. Cũng theo quyết định này, bà Nguyễn Thị Kim Sương, Phó chủ tịch Thường trực"
        " UBND tỉnh, được giao phụ trách UBND tỉnh cho đến khi kiện toàn chức danh chủ tịch."
    )
    assert changes(body) == [
        ("Trần Quốc Định", "relieve", "Chủ tịch UBND tỉnh Phú Yên"),
        ("Nguyễn Thị Kim Sương", "assign", "phụ trách UBND tỉnh"),
    ]
    assert {day for *_, day in decided(body)} == {date(2030, 3, 17)}


def test_a_document_in_brackets_that_tell_another_change_is_theirs():
    body = (
        "Chiều 20/7/2030, với 100% số phiếu, đồng chí Lù Văn Thảo (được Ban Thường vụ Tỉnh ủy đồng ý giới thiệu tại"
        " Công văn số 1864-CV/TU ngày 10/7/2030) tiếp tục được bầu giữ chức Chủ tịch Hội Nông dân tỉnh."
    )
    found = {(action, code, day) for _, action, code, day in decided(body)}
    assert found == {("nominate", "1864-CV/TU", date(2030, 7, 10)), ("elect", None, date(2030, 7, 20))}


def test_a_retelling_that_names_the_place_gives_the_post_in_full_and_an_earlier_year_no_day():
    body = (
        "Ông Trần Quốc Định bị Bộ Chính trị kỷ luật cách chức Phó bí thư Tỉnh ủy.\n"
        "Bộ Chính trị quyết định thi hành kỷ luật bằng hình thức cách chức Phó bí thư Tỉnh ủy Phú Yên nhiệm kỳ"
        " 2025-2030 đối với ông Định.\n"
        "Ông Định 56 tuổi, quê huyện Tuy An. Tháng 7/2026, ông được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh."
    )
    assert ("Trần Quốc Định", "relieve", "Phó bí thư Tỉnh ủy Phú Yên") in changes(body)
    assert ("Trần Quốc Định", "elect", None, None) in decided(body, date(2030, 3, 18))


def told_at_a_meeting(body: str) -> list[tuple]:
    """(person, action, position, day) of the changes `body` reports in an article of 20/12/2031 about a
    meeting of 19/12."""
    text = (
        "Công bố quyết định về công tác cán bộ\nThứ Bảy, 20/12/2031 - 10:00\n"
        "Chiều 19/12, UBND tỉnh Yên Hà tổ chức hội nghị công bố quyết định về công tác cán bộ.\n" + body + "\n"
    )
    return article_changes(text)


def article_changes(text: str) -> list[tuple]:
    """(person, action, position, day) of the changes a whole article (headline, date line, body) reports."""
    records = extract_article(text, "a.txt", "0" * 64, "utf-8")
    names = {p["person_id"]: p["full_name"] for p in records.person_mentions}
    return [(names[r["person_id"]], r["action"], r["position_text"], r["effective_date"]) for r in records.appointments]


def test_the_year_of_a_law_the_clause_names_does_not_set_the_change_in_an_earlier_year():
    body = (
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015, UBND tỉnh bổ nhiệm ông Trần Văn Bình giữ chức"
        " Giám đốc Sở Tài chính."
    )
    assert told_at_a_meeting(body) == [("Trần Văn Bình", "appoint", "Giám đốc Sở Tài chính", date(2031, 12, 19))]
    # the year that sets the change: a background change, with no day
    body = "Năm 2015, ông Trần Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Tài chính."
    assert told_at_a_meeting(body) == [("Trần Văn Bình", "appoint", "Giám đốc Sở Tài chính", None)]


def test_a_central_plenum_by_number_is_the_articles_meeting_of_the_central_committee():
    text = (
        "Bế mạc Hội nghị Trung ương 8\nThứ Bảy, 20/12/2031 - 10:00\n"
        "Ngày 18/12, tại Hà Nội, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị lần thứ tám Ban Chấp hành Trung"
        " ương.\nTại Hội nghị Trung ương 8, Ban Chấp hành Trung ương đã bầu bổ sung ông Trần Văn Bình vào Bộ Chính"
        " trị.\n"
    )
    [row] = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert row["effective_date"] == date(2031, 12, 18)
    # a provincial plenum is not that event: the election there is told in passing, with no day
    other = text.replace("Trung ương Đảng khai mạc Hội nghị lần thứ tám Ban Chấp hành Trung ương", "Đảng bộ tỉnh họp")
    [row] = extract_article(other, "a.txt", "0" * 64, "utf-8").appointments
    assert row["effective_date"] is None


def test_an_election_announced_as_its_result_is_an_election_an_approved_result_is_not_a_second_one():
    body = "Hội nghị đã công bố kết quả bầu ông Trần Văn Bình giữ chức Bí thư Đảng ủy xã Tân Lập."
    assert changes(body) == [("Trần Văn Bình", "elect", "Bí thư Đảng ủy xã Tân Lập")]
    body = "Thủ tướng Chính phủ phê chuẩn kết quả bầu bà Lê Thị Hòa giữ chức Chủ tịch UBND tỉnh."
    assert changes(body) == [("Lê Thị Hòa", "approve", "Chủ tịch UBND tỉnh")]


@pytest.mark.parametrize(
    "body",
    [
        # 'bà' is not the man named before it
        "Buổi lễ có ông Lê Văn Nam, Bí thư Tỉnh ủy dự. Năm 2015, bà được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
        # 'ông' is not a woman named with 'Thị'
        "Đồng chí Lê Thị Hoa sinh năm 1975. Năm 2015, ông được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
        # 'Các ông, bà' are several persons
        "Ông Nguyễn Văn An, Chủ tịch Ủy ban MTTQ tỉnh phát biểu. Các ông, bà được hiệp thương cử vào Ủy ban MTTQ"
        " tỉnh khóa XV.",
    ],
)
def test_a_pronoun_stands_only_for_a_person_of_its_sex_and_number(body):
    assert changes(body) == []


def test_a_pronoun_stands_for_the_woman_its_paragraph_named():
    body = "Bà Lê Thị Hoa sinh năm 1975. Năm 2015, bà được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ."
    assert changes(body) == [("Lê Thị Hoa", "appoint", "Phó Giám đốc Sở Nội vụ")]


def test_a_clause_on_the_changes_own_term_after_the_person_replaced_dates_the_change():
    body = (
        "UBND tỉnh bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Tài chính thay ông Lê Văn Nam, thời hạn giữ"
        " chức vụ là 5 năm kể từ ngày 15/12/2031."
    )
    assert told_at_a_meeting(body) == [("Trần Văn Bình", "appoint", "Giám đốc Sở Tài chính", date(2031, 12, 15))]
    # the day of the person replaced is still theirs
    body = (
        "UBND tỉnh bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Tài chính thay ông Lê Văn Nam nghỉ hưu theo"
        " chế độ từ ngày 1/12/2031."
    )
    assert told_at_a_meeting(body)[0] == ("Trần Văn Bình", "appoint", "Giám đốc Sở Tài chính", date(2031, 12, 19))


def test_a_sitting_still_to_come_does_not_date_the_changes_after_it():
    text = (
        "Khai mạc kỳ họp HĐND tỉnh\nThứ Bảy, 20/12/2031 - 10:00\n"
        "Sáng 19/12, HĐND tỉnh Yên Hà khai mạc kỳ họp thứ 15.\n"
        "Ngày 22/12, HĐND tỉnh sẽ tổ chức phiên chất vấn và bế mạc kỳ họp.\n"
        "Trong phiên khai mạc, HĐND tỉnh đã bầu ông Trần Văn Bình giữ chức Phó Chủ tịch UBND tỉnh.\n"
    )
    [row] = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert row["effective_date"] == date(2031, 12, 19)


def test_decisions_signed_as_the_next_sentence_tells_date_the_changes_that_cite_no_code():
    body = (
        "Thứ trưởng trao quyết định bổ nhiệm lại đối với ông Lò Văn Pấng và bà Trịnh Thu Hằng, lần lượt giữ chức"
        " Vụ trưởng Vụ Tổ chức cán bộ và Chánh Thanh tra Bộ. Các quyết định bổ nhiệm lại được ký ngày 10/12/2031,"
        " thời hạn bổ nhiệm lại là 5 năm."
    )
    assert told_at_a_meeting(body) == [
        ("Lò Văn Pấng", "appoint", "Vụ trưởng Vụ Tổ chức cán bộ", date(2031, 12, 10)),
        ("Trịnh Thu Hằng", "appoint", "Chánh Thanh tra Bộ", date(2031, 12, 10)),
    ]


def test_persons_listed_with_degrees_before_their_names_share_the_post_after_the_list():
    body = "TS.BSCKII. Trịnh Thu Hằng và PGS.TS. Lò Văn Pấng được bầu giữ chức Phó Bí thư Đảng ủy Trường."
    assert changes(body) == [
        ("Trịnh Thu Hằng", "elect", "Phó Bí thư Đảng ủy Trường"),
        ("Lò Văn Pấng", "elect", "Phó Bí thư Đảng ủy Trường"),
    ]


def test_a_day_told_alone_after_a_paragraphs_opening_clause_dates_the_changes_of_its_later_sentences():
    body = (
        "Ngay sau khi Đại hội bế mạc, chiều 20/12, Ban Chấp hành khóa mới họp phiên thứ nhất, bầu Ban Thường vụ."
        " Ông Lò Văn Pấng tái đắc cử Bí thư Đảng ủy Trường Đại học Yên Hà."
    )
    assert told_at_a_meeting(body) == [
        ("Lò Văn Pấng", "elect", "Bí thư Đảng ủy Trường Đại học Yên Hà", date(2031, 12, 20)),
    ]


def test_a_list_after_its_verb_takes_the_post_its_introducer_names_not_the_seats_joined_before():
    body = (
        "Hội nghị hiệp thương cử bổ sung 2 đồng chí vào Ủy ban, Ban Thường trực và cử giữ chức Phó Chủ tịch Ủy ban"
        " MTTQ Việt Nam tỉnh khóa XVIII, gồm: bà Trịnh Thu Hằng, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Lò Văn"
        " Pấng, Bí thư Tỉnh đoàn."
    )
    assert changes(body) == [
        ("Trịnh Thu Hằng", "elect", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        ("Lò Văn Pấng", "elect", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ]


def test_seat_lists_are_found_as_a_scan_of_the_whole_text_finds_them():
    """_seat_lists looks only where a list-opening word stands: the same matches as the plain scan."""
    from pathlib import Path

    from hoinghi.transforms import appointments as A
    from hoinghi.transforms.decode import decode_bytes
    from hoinghi.transforms.text import fold_aligned

    samples = Path(__file__).resolve().parent.parent / "samples"
    texts = [fold_aligned(decode_bytes(p.read_bytes()).text) for p in sorted(samples.rglob("*.txt"))]
    texts.append("ban thường vụ gồm 3 đồng chí, gồm 2 đồng chí:\n1. a\nđoàn chủ tịch gồm các đồng chí:\nxgồm 2 người:")
    found = 0
    for text in texts:
        spans = [m.span() for m in A._seat_lists(text)]
        assert spans == [m.span() for m in A._SEATS_LIST_RE.finditer(text)]
        found += len(spans)
    assert found >= 3  # the sample lists and the written ones: the comparison is not of empty lists


def test_members_listed_under_a_count_take_the_seat_after_their_dash_by_the_decision_before():
    body = (
        "Tại hội nghị, đồng chí Hà Văn Lâm công bố Quyết định số 2106-QĐ/TU ngày 27-11-2031 của Ban Thường vụ Tỉnh"
        " ủy về việc chỉ định Ban Chấp hành, Ban Thường vụ Đảng ủy phường.\n\n"
        "Theo đó, Ban Thường vụ Đảng ủy phường gồm 3 đồng chí, cụ thể:\n\n"
        "1. Đồng chí Lò Văn Pấng, nguyên Phó Bí thư Thành ủy Yên Hà - Bí thư Đảng ủy phường.\n"
        "2. Đồng chí Trịnh Thu Hằng, nguyên Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy - Ủy viên Ban Thường vụ, Chủ"
        " nhiệm Ủy ban Kiểm tra Đảng ủy phường.\n"
        "3. Thượng tá Vàng Seo Chứ, Trưởng Công an phường - Ủy viên Ban Thường vụ Đảng ủy phường.\n\n"
        "Đồng chí Hà Văn Lâm đề nghị Ban Thường vụ Đảng ủy phường sớm ổn định tổ chức."
    )
    assert [(n, a, c, d) for n, a, c, d in decided(body)] == [
        ("Lò Văn Pấng", "designate", "2106-QĐ/TU", date(2031, 11, 27)),
        ("Trịnh Thu Hằng", "designate", "2106-QĐ/TU", date(2031, 11, 27)),
        ("Vàng Seo Chứ", "designate", "2106-QĐ/TU", date(2031, 11, 27)),
    ]
    assert [p for *_, p in changes(body)] == [
        "Bí thư Đảng ủy phường",
        "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường",
        "Ủy viên Ban Thường vụ Đảng ủy phường",
    ]
    # a count with no designation or election told over it lists no changes
    assert changes(body.replace("về việc chỉ định", "về việc kiện toàn")) == []


def test_a_decision_in_brackets_closing_a_clause_is_that_clauses_change_not_the_next_ones():
    body = (
        "Theo các quyết định của Giám đốc Công an tỉnh, Thượng tá Lò Văn Pấng, Phó Trưởng phòng Tham mưu được bổ"
        " nhiệm giữ chức Trưởng phòng Tham mưu Công an tỉnh (Quyết định số 1125/QĐ-CAT ngày 8/4/2031); Thượng tá"
        " Hà Văn Lâm, Trưởng Công an huyện Mường Tè được điều động giữ chức Trưởng Công an huyện Sìn Hồ (Quyết"
        " định số 1126/QĐ-CAT ngày 9/4/2031)."
    )
    assert decided(body) == [
        ("Lò Văn Pấng", "appoint", "1125/QĐ-CAT", date(2031, 4, 8)),
        ("Hà Văn Lâm", "transfer", "1126/QĐ-CAT", date(2031, 4, 9)),
    ]


def test_the_signing_day_an_introduction_tells_dates_the_changes_listed_under_it():
    intro = (
        "Ông Hà Văn Lâm, Trưởng Ban Tổ chức Tỉnh ủy, đọc các quyết định của Ban Thường vụ Tỉnh ủy được ký ngày"
        " 16/12. Theo đó:\n\n"
    )
    items = (
        "- Ông Lò Văn Pấng, Phó Bí thư Huyện ủy, được điều động giữ chức Bí thư Huyện ủy Mường Tè.\n\n"
        "- Bà Trịnh Thu Hằng, Phó Chánh Văn phòng Tỉnh ủy, được bổ nhiệm giữ chức Chánh Văn phòng Tỉnh ủy."
    )
    assert told_at_a_meeting(intro + items) == [
        ("Lò Văn Pấng", "transfer", "Bí thư Huyện ủy Mường Tè", date(2031, 12, 16)),
        ("Trịnh Thu Hằng", "appoint", "Chánh Văn phòng Tỉnh ủy", date(2031, 12, 16)),
    ]
    # a paragraph that is no item ends the list: the changes after it are the meeting's
    between = intro + "Hội nghị diễn ra trang trọng.\n\n" + items
    assert [day for *_, day in told_at_a_meeting(between)] == [date(2031, 12, 19), date(2031, 12, 19)]


def test_a_post_after_a_list_is_shared_past_a_bracket_after_a_persons_titles():
    body = (
        "Ban Thường vụ trao quyết định bổ nhiệm đồng chí Sần Văn Páo, Trưởng phòng Tổ chức cơ sở đảng (Quyết định"
        " số 1351-QĐ/TU) và đồng chí Đặng Thị Hà, Trưởng phòng Tổ chức cán bộ (Quyết định số 1352-QĐ/TU), giữ"
        " chức Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert changes(body) == [
        ("Sần Văn Páo", "appoint", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
        ("Đặng Thị Hà", "appoint", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
    ]


def test_an_earlier_decision_told_as_the_past_is_not_the_decision_of_the_articles_other_changes():
    body = (
        "Trước đó, Ban Bí thư đã ban hành Quyết định số 317-QĐNS/TW ngày 25/11/2031 cho đồng chí Lê Văn Tám thôi"
        " giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy để nghỉ hưu.\n"
        "Ngay sau hội nghị, Ban Thường vụ Tỉnh ủy đã phân công đồng chí Lò Văn Khiêm giữ chức Phó Chủ nhiệm Ủy ban"
        " Kiểm tra Tỉnh ủy."
    )
    found = {(name, action): (code, day) for name, action, code, day in decided(body)}
    assert found[("Lò Văn Khiêm", "assign")] == (None, None)
    assert found[("Lê Văn Tám", "relieve")] == ("317-QĐNS/TW", date(2031, 11, 25))


def test_an_organs_vote_as_the_aim_of_a_nomination_is_no_election():
    body = (
        "Quyết định số 2681-QĐ/TU điều động đồng chí Nguyễn Thị Bích Thủy, Phó Bí thư Huyện ủy, đến nhận công tác"
        " tại Hội Nông dân tỉnh, giới thiệu để Ban Chấp hành Hội Nông dân tỉnh bầu giữ chức Chủ tịch Hội Nông dân"
        " tỉnh."
    )
    assert [action for _, action, _ in changes(body)] == ["transfer", "nominate"]
    # a clause before the vote is not an organ: the vote is told
    body = "Để kiện toàn nhân sự, hội nghị đã bầu đồng chí Nguyễn Thị Bích Thủy giữ chức Chủ tịch Hội Nông dân tỉnh."
    assert [action for _, action, _ in changes(body)] == ["elect"]


def test_respective_posts_after_the_last_names_titles_and_respective_decisions():
    body = (
        "Hội đồng thành viên điều động, bổ nhiệm bà Đoàn Thị Kim Liên, Phó Trưởng Ban Tổ chức Tập đoàn, và ông Trần"
        " Công Khanh, Phó Tổng Giám đốc Tổng công ty Cao su Đồng Nai, lần lượt giữ chức Tổng Giám đốc Tổng công ty"
        " Cao su Đồng Nai và Tổng Giám đốc Công ty TNHH MTV Cao su Phú Riềng (tương ứng các Quyết định số"
        " 363/QĐ-HĐTV và 364/QĐ-HĐTV)."
    )
    found = {(a.person.full_name, a.action, a.position, a.decision_code) for a in _found(body)}
    assert ("Đoàn Thị Kim Liên", "appoint", "Tổng Giám đốc Tổng công ty Cao su Đồng Nai", "363/QĐ-HĐTV") in found
    assert ("Trần Công Khanh", "appoint", "Tổng Giám đốc Công ty TNHH MTV Cao su Phú Riềng", "364/QĐ-HĐTV") in found


def test_a_nomination_for_a_vote_by_consultation_gives_the_post_put_up_for():
    body = (
        "Quyết định số 1126-QĐ/TU điều động bà Lê Thị Khiên, Phó Trưởng Ban Dân vận Tỉnh ủy, đến công tác tại Ủy ban"
        " MTTQ Việt Nam tỉnh và giới thiệu để hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."
    )
    assert changes(body) == [
        ("Lê Thị Khiên", "transfer", None),
        ("Lê Thị Khiên", "nominate", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ]


def test_a_sentence_opening_with_cung_ngay_takes_the_day_told_before_it_in_its_paragraph():
    body = (
        "Ngày 26/11/2031, Hội đồng thành viên ban hành Quyết định số 362/QĐ-HĐTV giao quyền Tổng Giám đốc cho ông"
        " Phan Minh Thuận. Cùng ngày, Hội đồng thành viên bổ nhiệm bà Đoàn Thị Kim Liên giữ chức Tổng Giám đốc Tổng"
        " công ty Cao su Đồng Nai (Quyết định số 363/QĐ-HĐTV)."
    )
    assert told_at_a_meeting(body)[-1] == (
        "Đoàn Thị Kim Liên",
        "appoint",
        "Tổng Giám đốc Tổng công ty Cao su Đồng Nai",
        date(2031, 11, 26),
    )


def test_tung_each_is_no_past_and_a_session_s_papers_signed_later_do_not_date_its_vote():
    body = (
        "Nhằm từng bước kiện toàn bộ máy, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1234-QĐ/TU ngày 5/12/2031 về"
        " công tác cán bộ. Tại hội nghị, ông Nguyễn Văn An được điều động giữ chức Phó Giám đốc Sở Nội vụ."
    )
    assert told_at_a_meeting(body)[0][3] == date(2031, 12, 5)
    body = (
        "HĐND tỉnh đã bầu ông Nguyễn Văn An giữ chức Chủ tịch UBND tỉnh. Các nghị quyết của kỳ họp được ký ngày"
        " 15/12/2031."
    )
    assert told_at_a_meeting(body)[0][3] == date(2031, 12, 19)


def test_lan_luot_before_the_posts_does_not_hand_out_the_decisions_one_by_one():
    body = (
        "UBND tỉnh bổ nhiệm ông Nguyễn Văn An và bà Lê Thị Hoa lần lượt giữ chức Phó Giám đốc Sở Y tế và Phó Giám"
        " đốc Sở Nội vụ theo Quyết định số 12/QĐ-UBND ngày 5/3/2031, thực hiện Quyết định số 05/2021/QĐ-UBND ngày"
        " 1/2/2021 về phân cấp quản lý cán bộ."
    )
    assert {code for _, _, code, _ in decided(body)} == {"12/QĐ-UBND"}


def test_cung_ngay_inside_a_paragraph_is_not_a_birthday_told_before_it():
    body = (
        "Ngày 26/11/2031, Hội đồng thành viên bổ nhiệm ông Phan Minh Thuận, sinh ngày 5/3/1975, giữ chức Phó Tổng"
        " Giám đốc. Cùng ngày, Hội đồng thành viên bổ nhiệm bà Đoàn Thị Kim Liên giữ chức Giám đốc Công ty Cao su"
        " Phú Riềng (Quyết định số 363/QĐ-HĐTV)."
    )
    assert told_at_a_meeting(body)[-1][3] == date(2031, 11, 26)


def test_a_list_of_ranked_names_shares_the_post_after_it():
    body = (
        "Đại tá Lò Văn Piệng tái đắc cử Chủ tịch Hội CCB tỉnh; Thượng tá Quàng Văn Thiêm và Thiếu tá Lường Thị"
        " Xuyến, Chánh Văn phòng Hội CCB tỉnh được bầu giữ chức Phó Chủ tịch Hội CCB tỉnh."
    )
    assert changes(body) == [
        ("Lò Văn Piệng", "elect", "Chủ tịch Hội CCB tỉnh"),
        ("Quàng Văn Thiêm", "elect", "Phó Chủ tịch Hội CCB tỉnh"),
        ("Lường Thị Xuyến", "elect", "Phó Chủ tịch Hội CCB tỉnh"),
    ]


def test_a_post_heading_a_colon_list_after_the_verb_is_each_names():
    body = (
        "Quyết định số 1222-QĐ/HU bổ nhiệm lại các đồng chí Phó Trưởng Ban Tổ chức Huyện ủy: Lý Thị Mỷ, Vi Văn Thưởng."
    )
    assert changes(body) == [
        ("Lý Thị Mỷ", "appoint", "Phó Trưởng Ban Tổ chức Huyện ủy"),
        ("Vi Văn Thưởng", "appoint", "Phó Trưởng Ban Tổ chức Huyện ủy"),
    ]


def test_left_to_retire_with_the_person_after_both_verbs():
    # 'cho thôi giữ chức X để nghỉ hưu … đối với ông A': A is relieved of X and retires from it
    body = (
        "Ngày 3/4/2031, Chủ tịch UBND tỉnh Yên Hà ký Quyết định số 88/QĐ-UBND cho thôi giữ chức Giám đốc Sở Nội vụ"
        " để nghỉ hưu theo chế độ đối với ông Lê Văn Tám, kể từ ngày 1/5/2031."
    )
    assert changes(body) == [
        ("Lê Văn Tám", "relieve", "Giám đốc Sở Nội vụ"),
        ("Lê Văn Tám", "retire", "Giám đốc Sở Nội vụ"),
    ]


def test_a_headline_gives_way_to_the_bodys_spelling_of_the_same_post():
    # the headline's 'T.Ư' and the body's 'Trung ương' parse alike: the body, with its decision, spells it
    text = (
        "Xây dựng Đảng\nĐiều động Thứ trưởng Bộ Xây dựng Lê Văn Tám giữ chức Phó Trưởng Ban Tổ chức T.Ư\n"
        "10:00 15/3/2031\n"
        "Chiều 14/3, Ban Tổ chức Trung ương tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí Hà Văn"
        " Minh công bố Quyết định số 71-QĐNS/TW ngày 10/3/2031 của Bộ Chính trị điều động đồng chí Lê Văn Tám,"
        " Thứ trưởng Bộ Xây dựng, giữ chức Phó Trưởng Ban Tổ chức Trung ương. Quyết định số 72-QĐNS/TW ngày"
        " 11/3/2031 cho đồng chí Đỗ Văn Kha thôi giữ chức Phó Trưởng Ban để nghỉ hưu.\n"
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["position_text"], r["effective_date"]) for r in rows][0] == (
        "transfer",
        "Phó Trưởng Ban Tổ chức Trung ương",
        date(2031, 3, 10),
    )


def test_a_headlines_longer_spelling_of_the_post_gives_way_to_the_bodys_shorter_one():
    # the headline names the company in full, the body's telling (dated by its sitting) writes 'Công ty' alone
    text = (
        "Xây dựng Đảng\nĐồng chí Đỗ Mạnh Cường tái đắc cử Bí thư Đảng ủy Công ty Than Dương Huy\n10:00 29/5/2031\n"
        "Trong hai ngày 27 và 28/5, Đảng bộ Công ty Than Dương Huy tổ chức Đại hội đại biểu lần thứ VIII.\n"
        "Chiều 28/5, Ban Chấp hành Đảng bộ Công ty họp Hội nghị lần thứ nhất. Đồng chí Đỗ Mạnh Cường tái đắc cử Bí"
        " thư Đảng ủy Công ty.\n"
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["position_text"], r["effective_date"]) for r in rows] == [
        ("elect", "Bí thư Đảng ủy Công ty", date(2031, 5, 28))
    ]


def test_a_clause_whose_subject_is_one_of_a_list_by_given_name_is_that_persons_change_alone():
    body = (
        "Bà Nguyễn Thị Thu Hương và ông Lê Văn Thịnh (Chủ tịch UBND quận) được bầu làm Phó Bí thư Quận ủy; bà Hương"
        " tiếp tục được phân công làm Phó Bí thư Thường trực Quận ủy."
    )
    assert changes(body) == [
        ("Nguyễn Thị Thu Hương", "elect", "Phó Bí thư Quận ủy"),
        ("Lê Văn Thịnh", "elect", "Phó Bí thư Quận ủy"),
        ("Nguyễn Thị Thu Hương", "assign", "Phó Bí thư Thường trực Quận ủy"),
    ]


def test_the_day_of_the_act_dates_a_change_before_the_day_it_takes_effect():
    body = (
        "Trước đó, ngày 27-6-2025, Ban Thường vụ Tỉnh ủy Tiền Giang đã điều động, chỉ định đồng chí Lê Hoàng Phong,"
        " Phó Bí thư Huyện ủy Cái Bè, giữ chức Bí thư Đảng ủy xã Hậu Mỹ kể từ ngày 1-7-2025."
    )
    assert [(a[1], a[3]) for a in decided(body)] == [("transfer", date(2025, 6, 27)), ("designate", date(2025, 6, 27))]
    # ... with no day of the act, the day it takes effect
    later = "Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Hoàng Phong giữ chức Bí thư Đảng ủy xã kể từ ngày 1-7-2025."
    assert [(a[1], a[3]) for a in decided(later)] == [("transfer", date(2025, 7, 1))]


def test_the_retirement_of_the_one_replaced_unnamed_is_no_change_of_the_person():
    body = "Thứ trưởng Đặng Quốc Thái được bổ nhiệm thay cho một đồng chí đã nghỉ hưu, nên số lượng không tăng."
    assert [a[:2] for a in changes(body)] == [("Đặng Quốc Thái", "appoint")]


def test_a_decision_about_a_retirement_is_told_of_the_person_after_doi_voi_not_the_one_before():
    body = (
        "Quyết định số 1075-QĐNS/TW ngày 11/9/2023 bổ nhiệm đồng chí Võ Thị Thanh Trúc, Vụ trưởng Vụ Kinh tế ngành,"
        " giữ chức Phó Trưởng Ban Kinh tế Trung ương; Quyết định số 1076-QĐNS/TW cùng ngày về việc nghỉ hưu theo chế"
        " độ đối với đồng chí Nguyễn Hữu Bách, Phó Trưởng Ban Kinh tế Trung ương, kể từ ngày 1/10/2023."
    )
    assert [(a[0], a[1], a[2]) for a in decided(body)] == [
        ("Võ Thị Thanh Trúc", "appoint", "1075-QĐNS/TW"),
        ("Nguyễn Hữu Bách", "retire", "1076-QĐNS/TW"),
    ]


def test_a_plan_said_once_for_a_clause_of_several_changes_holds_for_each():
    body = (
        "Quốc hội sẽ xem xét miễn nhiệm chức vụ Bộ trưởng Bộ Khoa học và Công nghệ đối với ông Chu Văn Tuệ và phê"
        " chuẩn đề nghị bổ nhiệm ông Lương Quốc Bảo, Thứ trưởng Thường trực, giữ chức Bộ trưởng."
    )
    assert changes(body) == []
    # ... not past a word that tells one done
    done = "Ông Lê Văn Tám, người sẽ về nhận nhiệm vụ mới, đã được bầu giữ chức Chủ tịch UBND tỉnh."
    assert changes(done) == [("Lê Văn Tám", "elect", "Chủ tịch UBND tỉnh")]


def test_items_under_a_verb_whose_object_is_counted():
    body = (
        "Đại tá Huỳnh Văn Tân công bố Quyết định số 1507/QĐ-BTL ngày 14-7-2017 của Tư lệnh BĐBP luân chuyển 3 đồn"
        " trưởng, gồm:\n\n+ Thiếu tá Nguyễn Thanh Bình, Đồn trưởng Đồn Biên phòng Vĩnh Xương, giữ chức Đồn trưởng Đồn"
        " Biên phòng Khánh Bình;\n\n+ Thiếu tá Trần Minh Tú, Đồn trưởng Đồn Biên phòng Vĩnh Gia, giữ chức Phó Tham mưu"
        " trưởng BĐBP tỉnh.\n"
    )
    assert [(a[0], a[1], a[2], a[3]) for a in decided(body)] == [
        ("Nguyễn Thanh Bình", "transfer", "1507/QĐ-BTL", date(2017, 7, 14)),
        ("Trần Minh Tú", "transfer", "1507/QĐ-BTL", date(2017, 7, 14)),
    ]


def test_a_post_left_because_of_a_move_takes_neither_the_moves_decision_nor_its_day():
    body = (
        "Hội nghị thống nhất cho đồng chí Hoàng Thị Thu Hằng thôi giữ chức Chủ tịch Hội LHPN tỉnh do đã được Ban"
        " Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy (Quyết định số 1288-QĐ/TU"
        " ngày 30/1/2019)."
    )
    assert [(a[1], a[2]) for a in decided(body)] == [
        ("relieve", None),
        ("transfer", "1288-QĐ/TU"),
        ("appoint", "1288-QĐ/TU"),
    ]
    day = (
        "Hội nghị cũng miễn nhiệm chức danh Phó Bí thư Tỉnh đoàn đối với anh Nguyễn Quốc Bảo, do anh Bảo đã được"
        " UBND tỉnh điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ từ ngày 2/1/2026."
    )
    assert [(a[1], a[3]) for a in decided(day)][0] == ("relieve", None)


def test_the_recognition_of_an_election_is_an_approval():
    body = (
        "Bà Ngô Thị Hải Yến công bố Quyết định số 215/QĐ-ĐCT ngày 8/3/2019 của Đoàn Chủ tịch Trung ương Hội LHPN Việt"
        " Nam về việc công nhận kết quả bầu bổ sung Chủ tịch Hội LHPN tỉnh. Theo đó, công nhận đồng chí Đỗ Thị Thu"
        " Trang, Ủy viên Ban Chấp hành Đảng bộ tỉnh, giữ chức Chủ tịch Hội LHPN tỉnh Bắc Ninh khóa XVI."
    )
    assert changes(body) == [("Đỗ Thị Thu Trang", "approve", "Chủ tịch Hội LHPN tỉnh Bắc Ninh")]
    # ... not the end of a member's probation
    probation = "Bà Huỳnh Thị Thu Sương trao quyết định công nhận đảng viên chính thức cho ông Lê Đình Khoa."
    assert changes(probation) == []


def test_a_counted_post_then_its_persons_after_several_forms_of_address():
    body = (
        "Quyết định số 1319/QĐ-TTg chỉ định 3 Phó Chủ tịch UBND tỉnh, gồm các ông, bà: Đặng Văn Thành, Nguyễn Thị"
        " Bích Tuyền và Võ Quốc Trung."
    )
    assert changes(body) == [
        ("Đặng Văn Thành", "designate", "Phó Chủ tịch UBND tỉnh"),
        ("Nguyễn Thị Bích Tuyền", "designate", "Phó Chủ tịch UBND tỉnh"),
        ("Võ Quốc Trung", "designate", "Phó Chủ tịch UBND tỉnh"),
    ]


def test_theo_do_takes_a_resolution_about_changes_and_holds_for_the_sentences_after_it():
    body = (
        "Tại kỳ họp, ông Đỗ Mạnh Hà công bố Nghị quyết số 1740/NQ-UBTVQH15 ngày 27/6/2025 của Ủy ban Thường vụ Quốc"
        " hội về việc chỉ định Chủ tịch, Phó Chủ tịch HĐND tỉnh. Theo đó, ông Phan Văn Đức, Phó Bí thư Tỉnh ủy, được"
        " chỉ định giữ chức Chủ tịch HĐND tỉnh. Hai Phó Chủ tịch HĐND tỉnh được chỉ định gồm: bà Lê Thị Ngọc Diệp và"
        " ông Kim Sô Phanh."
    )
    assert [(a[0], a[2], a[3]) for a in decided(body)] == [
        ("Phan Văn Đức", "1740/NQ-UBTVQH15", date(2025, 6, 27)),
        ("Lê Thị Ngọc Diệp", "1740/NQ-UBTVQH15", date(2025, 6, 27)),
        ("Kim Sô Phanh", "1740/NQ-UBTVQH15", date(2025, 6, 27)),
    ]


def test_a_paragraph_opening_with_a_working_day_of_the_meeting_dates_its_changes_on_that_day():
    body = (
        "Sau 3 ngày làm việc (từ ngày 29/6 đến ngày 1/7/2031), chiều nay, kỳ họp thứ nhất HĐND tỉnh Yên Hà khóa VI đã"
        " bế mạc.\nNgày làm việc đầu tiên, bằng hình thức bỏ phiếu kín, HĐND tỉnh đã bầu đồng chí Phan Quang Vinh,"
        " Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh khóa VI.\n"
    )
    published = date(2031, 7, 1)
    meetings = find_meetings(clean_text(f"Bế mạc kỳ họp\n17:45 01/7/2031\n\n{body}"), [])
    found = find_appointments(body, find_persons(body), find_documents(body, published), meetings, published)
    assert [(a.person.full_name, a.effective_date) for a in found] == [("Phan Quang Vinh", date(2031, 6, 29))]


def test_a_change_in_brackets_after_a_persons_titles_is_theirs_alone_not_the_lists():
    body = (
        "Trách nhiệm thuộc về các đồng chí: Trần Ngọc Bảo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Phan Văn Hưng,"
        " nguyên Phó Chủ tịch UBND xã (nghỉ hưu từ tháng 3.2016); Lê Văn Lãm, Bí thư Chi bộ thôn Thanh Mỹ."
    )
    assert changes(body) == [("Phan Văn Hưng", "retire", "Phó Chủ tịch UBND xã")]


def test_an_approved_election_of_a_counted_post_then_its_persons():
    body = (
        "Chủ tịch UBND thành phố ký Quyết định số 1023/QĐ-UBND phê chuẩn kết quả bầu 2 Phó Chủ tịch UBND phường gồm"
        " ông Lâm Quốc Tuấn và bà Diệp Thị Ngọc Hà."
    )
    assert changes(body) == [
        ("Lâm Quốc Tuấn", "approve", "Phó Chủ tịch UBND phường"),
        ("Diệp Thị Ngọc Hà", "approve", "Phó Chủ tịch UBND phường"),
    ]


def test_in_a_round_up_a_paragraph_opening_with_the_meeting_as_subject_is_on_the_day_of_the_one_told_before_it():
    text = (
        "Thời sự tối 10/3/2031\n20:15 10/03/2031\n"
        "Sáng nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. Đồng"
        " chí Phạm Hồng Quân, Bí thư Tỉnh ủy chủ trì hội nghị.\n\n"
        "Chiều qua, HĐND huyện Bát Xát tổ chức kỳ họp thứ 14 để kiện toàn chức danh Chủ tịch UBND huyện.\n\n"
        "Kỳ họp đã thông qua nghị quyết miễn nhiệm chức danh Chủ tịch UBND huyện Bát Xát đối với ông Vàng Seo Sử."
        " Với 34/34 đại biểu có mặt tán thành, ông Lý Láo Lở đã được bầu giữ chức Chủ tịch UBND huyện Bát Xát.\n"
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["effective_date"]) for r in rows] == [
        ("relieve", date(2031, 3, 9)),
        ("elect", date(2031, 3, 9)),
    ]


def test_consent_to_retirements_of_persons_counted_then_listed():
    body = (
        "Ban Thường vụ Tỉnh ủy đồng ý để 2 đồng chí nghỉ hưu trước tuổi kể từ ngày 01/3/2025, gồm:\n"
        "+ Đồng chí Lại Thị Thu Hương, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy (Quyết định số 1620-QĐ/TU);\n"
        "+ Đồng chí Vũ Hồng Quân, Phó Giám đốc Sở Y tế (Quyết định số 1621-QĐ/TU).\n"
    )
    assert [(a[0], a[1], a[2]) for a in decided(body)] == [
        ("Lại Thị Thu Hương", "retire", "1620-QĐ/TU"),
        ("Vũ Hồng Quân", "retire", "1621-QĐ/TU"),
    ]
    assert [a[2] for a in changes(body)] == ["Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Giám đốc Sở Y tế"]


def test_charge_of_the_work_of_a_body_is_a_change():
    # 'phụ trách điều hành hoạt động của Sở X': the words before 'của' may run past the usual reach
    body = (
        "Chủ tịch UBND tỉnh Yên Hà giao bà Lê Thị Hòa, Phó Giám đốc Sở, phụ trách điều hành hoạt động của Sở Nội vụ"
        " cho đến khi bổ nhiệm giám đốc mới."
    )
    assert changes(body) == [("Lê Thị Hòa", "assign", "phụ trách điều hành hoạt động của Sở Nội vụ")]
    # ... but a task stays a task: no body named after 'của'
    task = "Chủ tịch UBND tỉnh giao ông Lê Văn Tám, Phó Giám đốc Sở, phụ trách công tác cải cách của tỉnh."
    assert changes(task) == []


def test_areas_assigned_to_a_person_are_not_a_change_of_that_person():
    # 'các lĩnh vực được phân công': a plural noun between the name and 'được' is what the passive is about
    body = "Ông Hà Văn Minh đề nghị ông Lê Văn Tám nhanh chóng nắm bắt các lĩnh vực được phân công phụ trách."
    assert changes(body) == []


def test_a_retirement_decided_for_a_pronoun_after_doi_voi_is_the_named_persons():
    # 'Quyết định … về việc nghỉ hưu theo chế độ đối với bà': 'bà' is the one woman the paragraph named
    body = (
        "Bà Lê Thị Hòa, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Yên Hà, không tham gia Ủy ban khóa mới do Ban Thường vụ"
        " Tỉnh ủy đã có Quyết định số 1135-QĐ/TU ngày 4/8/2031 về việc nghỉ hưu theo chế độ đối với bà, kể từ"
        " ngày 1/9/2031."
    )
    assert decided(body) == [("Lê Thị Hòa", "retire", "1135-QĐ/TU", date(2031, 8, 4))]
    assert changes(body)[0][2] == "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Yên Hà"
    # ... but not when the paragraph names two persons it could be
    two = "Bà Lê Thị Hòa và bà Trần Thị Mai dự họp. Tỉnh ủy đã có quyết định về việc nghỉ hưu đối với bà."
    assert changes(two) == []


def test_dong_chi_without_a_name_is_the_person_of_the_biography():
    # 'Đồng chí A sinh năm …. Tháng 3-2021, đồng chí được bổ nhiệm …': the Party's pronoun, either sex
    body = (
        "Đồng chí Trần Thị Mai sinh năm 1982, quê tỉnh Yên Hà; từng là Giám đốc Sở Nội vụ. Tháng 3-2021, đồng chí"
        " được bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ. Tại Đại hội XV của Đảng, đồng chí được bầu vào Ban Chấp"
        " hành Trung ương Đảng."
    )
    assert decided(body) == [("Trần Thị Mai", "appoint", None, None), ("Trần Thị Mai", "elect", None, None)]
    assert [c[2] for c in changes(body)] == ["Thứ trưởng Bộ Nội vụ", "Ban Chấp hành Trung ương Đảng"]
    # ... and none when the paragraph names two persons
    two = "Đồng chí Trần Thị Mai và đồng chí Lê Văn Tám dự họp. Tháng 3-2021, đồng chí được bổ nhiệm làm Vụ trưởng."
    assert changes(two) == []


def test_a_trade_union_federation_abbreviated_is_the_same_post_and_a_body_in_charge():
    # 'LĐLĐ' is 'Liên đoàn Lao động': the lead's post and the body's are one change, dated by the body's sitting
    text = (
        "Công đoàn\nBà Trần Thị Mai được bầu làm Chủ tịch LĐLĐ tỉnh Yên Hà\n10:00 23/6/2031\n"
        "Chiều 22/6, Đại hội Công đoàn tỉnh Yên Hà lần thứ XX bế mạc sau hai ngày làm việc. Bà Trần Thị Mai được"
        " bầu giữ chức Chủ tịch Liên đoàn Lao động tỉnh.\n"
        "Trong hai ngày 21 và 22/6, Liên đoàn Lao động tỉnh Yên Hà tổ chức Đại hội Công đoàn tỉnh lần thứ XX.\n"
        "Tại phiên họp thứ nhất chiều 22/6, Ban Chấp hành khóa mới đã bầu Ban Thường vụ; bà Trần Thị Mai được bầu"
        " giữ chức Chủ tịch LĐLĐ tỉnh Yên Hà khóa XX.\n"
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["position_text"], r["effective_date"]) for r in rows] == [
        ("elect", "Chủ tịch LĐLĐ tỉnh Yên Hà", date(2031, 6, 22))
    ]
    assert changes("Bà Trần Thị Mai được giao phụ trách LĐLĐ tỉnh.") == [
        ("Trần Thị Mai", "assign", "phụ trách LĐLĐ tỉnh")
    ]


def test_a_change_set_in_an_earlier_month_of_the_articles_year_is_background():
    # 'Tháng 3/2031, …' in a report of June 2031: no day, and not the article's one (award) decision
    text = (
        "Công đoàn\nĐại hội Công đoàn tỉnh Yên Hà\n10:00 23/6/2031\n"
        "Ngày 22/6, Liên đoàn Lao động tỉnh Yên Hà tổ chức Đại hội Công đoàn tỉnh lần thứ XX. Dịp này, LĐLĐ tỉnh"
        " đón nhận Cờ thi đua theo Quyết định số 1088/QĐ-TLĐ ngày 28/5/2031.\n"
        "Bà Trần Thị Mai sinh năm 1982. Tháng 3/2031, khi ông Lê Văn Tám được Ban Thường vụ Tỉnh ủy điều động giữ"
        " chức Trưởng Ban Dân vận Tỉnh ủy, bà Mai được giao phụ trách LĐLĐ tỉnh.\n"
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["decision_code"], r["effective_date"]) for r in rows] == [
        ("transfer", None, None),
        ("assign", None, None),
    ]


def test_a_nomination_with_no_object_after_a_semicolon_is_of_the_cadre_the_earlier_clause_moved():
    body = (
        "Quyết định số 1402-QĐ/TU ngày 8/9/2031 điều động đồng chí Hà Văn Quyết, Phó Giám đốc Sở Nội vụ, đến nhận"
        " công tác tại Đảng bộ xã Yên Lạc, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy"
        " xã Yên Lạc; đồng thời giới thiệu để HĐND xã bầu giữ chức Chủ tịch HĐND xã."
    )
    assert ("Hà Văn Quyết", "nominate", "1402-QĐ/TU", date(2031, 9, 8)) in decided(body)
    assert ("Hà Văn Quyết", "nominate", "Chủ tịch HĐND xã") in changes(body)


def test_a_day_written_before_a_list_of_codes_dates_each_code_of_the_list():
    body = (
        "Ngày 28/6/2031, Ban Thường vụ Tỉnh ủy Yên Hà đã ban hành Quyết định số 1908-QĐ/TU thành lập Đảng bộ phường"
        " Yên Lạc và Quyết định số 1911-QĐ/TU chỉ định đồng chí Hà Văn Quyết, Bí thư Thị ủy, giữ chức Bí thư Đảng ủy"
        " phường."
    )
    assert decided(body) == [("Hà Văn Quyết", "designate", "1911-QĐ/TU", date(2031, 6, 28))]


def test_a_verb_followed_by_a_comma_and_a_name_names_a_kind_of_decision_not_a_change_of_that_name():
    body = (
        "Tại hội nghị, bà Lò Thị Hoa công bố Quyết định số 2768/QĐ-UBND ngày 31/10/2031 bổ nhiệm ông Hà Văn Quyết"
        " giữ chức Giám đốc Sở Nội vụ. Cùng với quyết định bổ nhiệm, ông Hà Văn Quyết nhận Quyết định số 215-QĐ/ĐU"
        " ngày 29/10/2031 của Ban Thường vụ Đảng ủy UBND tỉnh chỉ định giữ chức Bí thư Đảng ủy Sở Nội vụ."
    )
    assert changes(body) == [
        ("Hà Văn Quyết", "appoint", "Giám đốc Sở Nội vụ"),
        ("Hà Văn Quyết", "designate", "Bí thư Đảng ủy Sở Nội vụ"),
    ]
    # ... the subject of the next clause named after a title: 'Sau khi Quốc hội phê chuẩn, Chủ tịch nước A ký …'
    body = "Sau khi Quốc hội phê chuẩn, Chủ tịch nước Lò Văn Pọm đã ký quyết định bổ nhiệm hai bộ trưởng."
    assert changes(body) == []


def test_an_introduction_for_another_organs_decision_is_a_nomination_whatever_its_verb():
    body = (
        "Ban Thường vụ Huyện ủy thông báo giới thiệu đồng chí Lò Thị Hoa để Thường trực HĐND tỉnh chỉ định giữ chức"
        " Chủ tịch HĐND xã Yên Lạc lâm thời; giới thiệu đồng chí Hà Văn Quyết để Chủ tịch UBND tỉnh chỉ định giữ"
        " chức Chủ tịch UBND xã Yên Lạc lâm thời."
    )
    assert changes(body) == [
        ("Lò Thị Hoa", "nominate", "Chủ tịch HĐND xã Yên Lạc lâm thời"),
        ("Hà Văn Quyết", "nominate", "Chủ tịch UBND xã Yên Lạc lâm thời"),
    ]
    # an introduction with no purpose is no change
    assert changes("Bà Lò Thị Hoa giới thiệu đồng chí Hà Văn Quyết với hội nghị.") == []


def test_a_day_one_document_takes_effect_on_is_not_the_day_of_the_changes_other_decisions_make():
    body = (
        "Bà Lò Thị Hoa công bố Quyết định số 1526-QĐ/TU ngày 17-12-2031 về việc thành lập Đảng bộ xã Yên Lạc, có"
        " hiệu lực từ ngày 1-1-2032 và Quyết định số 1528-QĐ/TU chỉ định Ủy ban Kiểm tra Đảng ủy xã.\n"
        "Đồng chí Hà Văn Quyết, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy được chỉ định làm Chủ nhiệm Ủy ban Kiểm tra"
        " Đảng ủy xã."
    )
    assert told_at_a_meeting(body) == [
        ("Hà Văn Quyết", "designate", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã", date(2031, 12, 19))
    ]
    # said of the decisions in general, the day is theirs
    body = body.replace("có hiệu lực từ ngày 1-1-2032 và ", "và ") + " Các quyết định có hiệu lực từ ngày 1-1-2032."
    assert told_at_a_meeting(body)[0][-1] == date(2032, 1, 1)


def test_a_day_set_off_by_a_comma_after_để_nghỉ_hưu_closes_the_whole_change():
    body = (
        "Sáng 15-12-2030, Ban Chấp hành Đảng bộ tỉnh họp. Bà Lò Thị Hoa thay ông Trần Văn Lương, Bí thư Đảng ủy xã"
        " Yên Lạc, người đã được Ban Thường vụ Tỉnh ủy cho thôi giữ chức để nghỉ hưu trước tuổi theo Nghị định số"
        " 178/2024/NĐ-CP, kể từ ngày 1-1-2031."
    )
    published = date(2030, 12, 16)
    found = find_appointments(body, find_persons(body), find_documents(body, published), _meeting_of(body, published))
    days = {(a.person.full_name, a.action): a.effective_date for a in found}
    assert days == {
        ("Trần Văn Lương", "relieve"): date(2031, 1, 1),
        ("Trần Văn Lương", "retire"): date(2031, 1, 1),
    }


def test_a_clause_after_a_semicolon_that_leaves_the_verb_out_repeats_the_change_before_it():
    body = (
        "Đồng chí Lò Thị Hoa, Bí thư Đảng ủy xã Yên Lạc được chỉ định giữ chức Phó Bí thư Thường trực Đảng ủy xã;"
        " đồng chí Hà Văn Quyết, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Yên Lạc giữ chức Phó Bí thư Đảng ủy xã."
    )
    assert changes(body) == [
        ("Lò Thị Hoa", "designate", "Phó Bí thư Thường trực Đảng ủy xã"),
        ("Hà Văn Quyết", "designate", "Phó Bí thư Đảng ủy xã"),
    ]
    # a clause with a verb of its own is its own change
    body = body.replace("Yên Lạc giữ chức", "Yên Lạc được bầu giữ chức")
    assert changes(body)[1] == ("Hà Văn Quyết", "elect", "Phó Bí thư Đảng ủy xã")


@pytest.mark.parametrize("before", ["PGS.TS", "GS.TSKH", "TS."])
def test_a_degree_before_the_name_stands_where_a_form_of_address_does(before):
    body = (
        f"Quyết định của Giám đốc ĐHQG TPHCM giao {before} Đoàn Thị Mỹ Hạnh, Phó Hiệu trưởng, phụ trách Trường"
        " Đại học Bách khoa cho đến khi kiện toàn chức danh Hiệu trưởng."
    )
    assert changes(body) == [("Đoàn Thị Mỹ Hạnh", "assign", "phụ trách Trường Đại học Bách khoa")]
    # the charge given is no title she holds
    assert [p.titles for p in find_persons(body)] == [["Phó Hiệu trưởng"]]


def test_a_younger_cadres_pronoun_and_the_post_moved_from():
    # a feature writes a young cadre 'chị'/'anh'; 'từ vị trí X về làm Y': X is the post left, Y the new one
    body = (
        "Chị Lê Thị Thu Trang, Phó Bí thư Đảng ủy xã Tân Hòa Tây, là một trường hợp như thế. Tháng 12/2012, chị"
        " được luân chuyển từ vị trí Phó Bí thư Huyện đoàn về làm Phó Bí thư Đảng ủy xã."
    )
    found = _found(body)
    assert [(a.person.full_name, a.action, a.position, a.from_position) for a in found] == [
        ("Lê Thị Thu Trang", "transfer", "Phó Bí thư Đảng ủy xã", "Phó Bí thư Huyện đoàn")
    ]
    # 'anh' stands for a man, never for a woman named with 'Thị'
    assert changes(body.replace(", chị", ", anh")) == []


def test_a_move_told_after_the_clause_that_named_the_person_goes_where_it_says():
    # the person is named once, before ';'; the move names no post, only where to (a pronoun for the person or none)
    for said in ("điều động đồng chí", "điều động"):
        body = (
            "Quyết định số 1418-QĐNS/TW của Bộ Chính trị cho đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy Yên Hà, thôi giữ"
            f" chức Phó Bí thư Tỉnh ủy Yên Hà; {said} đến nhận công tác tại Ban Tổ chức Trung ương."
        )
        assert changes(body) == [
            ("Lê Văn Tám", "relieve", "Phó Bí thư Tỉnh ủy Yên Hà"),
            ("Lê Văn Tám", "transfer", None),
        ]


def test_a_biographys_clauses_after_its_pronoun_are_that_persons_background_changes():
    body = (
        "Bộ Chính trị điều động đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy Yên Hà, giữ chức Phó Trưởng Ban Tổ chức"
        " Trung ương.\n\nĐồng chí Lê Văn Tám sinh năm 1971. Đồng chí từng giữ các chức vụ Bí thư Thành ủy Yên Hà;"
        " tháng 10-2020, được bầu làm Phó Bí thư Tỉnh ủy Yên Hà; tại Đại hội XIII của Đảng, được bầu vào Ban Chấp"
        " hành Trung ương Đảng."
    )
    assert changes(body) == [
        ("Lê Văn Tám", "transfer", "Phó Trưởng Ban Tổ chức Trung ương"),
        ("Lê Văn Tám", "elect", "Phó Bí thư Tỉnh ủy Yên Hà"),
        ("Lê Văn Tám", "elect", "Ban Chấp hành Trung ương Đảng"),
    ]
    # a passive after a plain noun is that noun's ('các cán bộ được điều động'), not the opening pronoun's
    body = body.replace("; tháng 10-2020, được bầu làm", ", yêu cầu các cán bộ được luân chuyển về")
    assert [c[1] for c in changes(body)] == ["transfer", "elect"]


def test_items_under_a_paragraph_that_ends_with_the_verb_and_a_colon_are_its_changes():
    body = (
        "Quyết định số 2816-QĐNS/TW ngày 27-6-2025 của Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ thành phố.\n\n"
        "Cũng theo Quyết định số 2816-QĐNS/TW, Bộ Chính trị chỉ định:\n\n"
        "- Đồng chí Lâm Văn Việt, Bí thư Thành ủy Yên Hà, giữ chức Bí thư Thành ủy Yên Hà.\n\n"
        "- Các đồng chí: Phạm Văn Tài, Phó Bí thư Thành ủy Yên Hà; Sơn Thị Đa, Bí thư Tỉnh ủy Bình Sơn, giữ chức"
        " Phó Bí thư Thành ủy Yên Hà.\n\n"
        "Đồng chí Lâm Văn Việt phát biểu nhận nhiệm vụ."
    )
    assert decided(body) == [
        ("Lâm Văn Việt", "designate", "2816-QĐNS/TW", date(2025, 6, 27)),
        ("Phạm Văn Tài", "designate", "2816-QĐNS/TW", date(2025, 6, 27)),
        ("Sơn Thị Đa", "designate", "2816-QĐNS/TW", date(2025, 6, 27)),
    ]
    assert [c[2] for c in changes(body)] == ["Bí thư Thành ủy Yên Hà", *["Phó Bí thư Thành ủy Yên Hà"] * 2]


def test_members_listed_under_the_committee_they_were_elected_to_join_it_unless_given_a_post():
    body = (
        "Tối 9/10/2025, Ban Chấp hành Đảng bộ tỉnh khóa I họp phiên thứ nhất. Đồng chí Vũ Hồng Quân được bầu giữ"
        " chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa I.\n\n"
        "Đồng chí Vũ Hồng Quân sinh năm 1972.\n\n"
        "Danh sách 3 đồng chí được bầu vào Ủy ban Kiểm tra Tỉnh ủy khóa I, nhiệm kỳ 2025-2030 (xếp theo A, B, C):\n"
        "1. Đồng chí Hoàng Đức Anh, Trưởng phòng Kiểm tra số 3.\n"
        "2. Đồng chí Vũ Hồng Quân, Ủy viên Ban Thường vụ Tỉnh ủy.\n"
        "3. Đồng chí Trần Quang Vinh, Phó Chánh Thanh tra tỉnh.\n\n"
        "Đồng chí Vũ Hồng Quân phát biểu."
    )
    assert changes(body) == [
        ("Vũ Hồng Quân", "elect", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
        ("Hoàng Đức Anh", "elect", "Ủy ban Kiểm tra Tỉnh ủy"),
        ("Trần Quang Vinh", "elect", "Ủy ban Kiểm tra Tỉnh ủy"),
    ]
    # elected at the sitting the chair was: on its day
    records = extract_article(f"Kết quả bầu cử\n\n{body}", "t.txt", "0" * 64, "utf-8")
    assert {a["effective_date"] for a in records.appointments} == {date(2025, 10, 9)}


def test_items_under_a_verb_and_its_plural_object_take_the_decision_each_cites():
    body = (
        "Bà Chu Thị Ngọc đọc các quyết định của Chủ tịch nước ký ngày 5 tháng 3 năm 2025 bổ nhiệm các Đại sứ, cụ"
        " thể:\n\n1. Ông Lê Văn Khoa, Vụ trưởng Vụ Đông Nam Á, làm Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản"
        " (Quyết định số 301/QĐ-CTN).\n\n2. Bà Hà Thị Mai, Phó Vụ trưởng, làm Đại sứ đặc mệnh toàn quyền Việt Nam"
        " tại Cộng hòa Pháp (Quyết định số 302/QĐ-CTN).\n"
    )
    assert decided(body, date(2025, 3, 12)) == [
        ("Lê Văn Khoa", "appoint", "301/QĐ-CTN", date(2025, 3, 5)),
        ("Hà Thị Mai", "appoint", "302/QĐ-CTN", date(2025, 3, 5)),
    ]


def test_an_item_that_joins_its_persons_to_a_committee_gives_them_that_seat():
    body = (
        "Theo Quyết định số 39-QĐ/ĐUCP ngày 27-2-2025, Ban Thường vụ Đảng ủy Chính phủ chỉ định:\n\n"
        "1. Đồng chí Khổng Minh Tuấn, Bộ trưởng Bộ Tư pháp, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí"
        " thư Đảng ủy Bộ Tư pháp.\n\n"
        "2. Các đồng chí: Mạc Văn Hưng, Thứ trưởng Bộ Tư pháp; Lường Văn Chiến, Vụ trưởng Vụ Tổ chức cán bộ, tham"
        " gia Ban Thường vụ Đảng ủy Bộ.\n\n"
        "Quyết định số 41-QĐ/ĐUCP ngày 28-2-2025 chỉ định đồng chí Lường Văn Chiến giữ chức Chủ nhiệm Ủy ban Kiểm"
        " tra Đảng ủy Bộ Tư pháp."
    )
    assert sorted(changes(body)) == [
        ("Khổng Minh Tuấn", "designate", "Bí thư Đảng ủy Bộ Tư pháp"),
        ("Lường Văn Chiến", "designate", "Ban Thường vụ Đảng ủy Bộ"),
        ("Lường Văn Chiến", "designate", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Bộ Tư pháp"),
        ("Mạc Văn Hưng", "designate", "Ban Thường vụ Đảng ủy Bộ"),
    ]


def test_a_young_cadre_named_by_her_given_name_is_the_one_her_pronoun_stands_for():
    body = (
        "Sinh năm 1989, chị Phàn Thị Liên, Bí thư Đảng ủy xã Mường Hum là nữ bí thư trẻ.\n\n"
        "Chị Liên sinh ra ở thôn Lao Chải. Năm 2014, chị được bầu làm Bí thư Đoàn xã Dền Sáng."
    )
    assert changes(body) == [("Phàn Thị Liên", "elect", "Bí thư Đoàn xã Dền Sáng")]


def test_a_counted_post_before_the_persons_it_is_given_to_is_theirs():
    body = "HĐND xã bầu 2 Phó Chủ tịch UBND xã là bà Võ Thị Minh Nguyệt (29/29 phiếu) và ông Hồ Xuân Đức (27/29 phiếu)."
    assert changes(body) == [
        ("Võ Thị Minh Nguyệt", "elect", "Phó Chủ tịch UBND xã"),
        ("Hồ Xuân Đức", "elect", "Phó Chủ tịch UBND xã"),
    ]


def test_the_prime_ministers_approval_of_an_election_result_names_the_post_after_the_change_approved():
    body = (
        "Ngày 7-8-2012, Thủ tướng Chính phủ đã ký Quyết định số 1046/QĐ-TTg phê chuẩn kết quả bầu chức vụ Chủ tịch"
        " UBND tỉnh Cao Bằng nhiệm kỳ 2011 - 2016 đối với ông Lục Văn Thắm."
    )
    assert changes(body) == [("Lục Văn Thắm", "approve", "Chủ tịch UBND tỉnh Cao Bằng")]


def test_a_post_given_to_a_new_holder_unnamed_is_not_the_earlier_persons():
    body = (
        "Bộ Chính trị đồng ý để đồng chí Quách Văn Toản, Bí thư Tỉnh ủy, thôi giữ chức Bí thư Tỉnh ủy Hòa Bình, chỉ"
        " định tân Bí thư Tỉnh ủy Hòa Bình."
    )
    assert changes(body) == [("Quách Văn Toản", "relieve", "Bí thư Tỉnh ủy Hòa Bình")]


def test_a_speech_after_a_pronoun_and_personnel_work_are_no_ones_changes():
    # a clause after ';' goes on with the sentence's pronoun only in a biography ('Đồng chí từng giữ …')
    body = (
        "Đồng chí Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy phát biểu. Ông cho biết, năm 2024 toàn tỉnh đã rà soát"
        " quy hoạch cán bộ; qua đó, được bổ nhiệm làm Phó Giám đốc Sở 12 trường hợp."
    )
    assert changes(body) == []
    # 'về công tác cán bộ' is about personnel work, not where a person moves
    body = (
        "Ông Nguyễn Văn Bình, Giám đốc Sở Nội vụ trình bày tờ trình; sau đó, Chủ tịch UBND tỉnh đã ký quyết định"
        " điều động về công tác cán bộ của ngành y tế."
    )
    assert changes(body) == []


def test_a_capitalised_youth_form_inside_a_sentence_is_no_short_reference():
    body = (
        "Sinh năm 1989, chị Phàn Thị Liên, Bí thư Đảng ủy xã Mường Hum là nữ bí thư trẻ.\n\n"
        "Trường Ngoại ngữ Anh Liên tổ chức lớp học. Năm 2014, chị được bầu làm Bí thư Đoàn xã Dền Sáng."
    )
    assert changes(body) == []


def test_a_counted_post_then_gom_and_a_list_item_that_opens_with_a_counted_post():
    body = (
        "Hội nghị bầu 3 Phó Bí thư Tỉnh ủy gồm các đồng chí: Lương Thị Hạnh; Triệu Tài Phúc, Chủ tịch UBND tỉnh;"
        " Đàm Văn Chiêm, Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert [c[2] for c in changes(body)] == ["Phó Bí thư Tỉnh ủy"] * 3
    body = (
        "Bằng hình thức bỏ phiếu kín, kỳ họp đã bầu các chức danh chủ chốt, cụ thể:\n\n"
        "1. Ông Y Thông Mlô, Phó Bí thư Đảng ủy xã, được bầu giữ chức Chủ tịch UBND xã với 30/30 phiếu.\n\n"
        "2. Hai Phó Chủ tịch UBND xã là bà H'Ngọc Byă (29/30 phiếu) và ông Đặng Quang Vinh (28/30 phiếu).\n"
    )
    assert changes(body) == [
        ("Y Thông Mlô", "elect", "Chủ tịch UBND xã"),
        ("H'Ngọc Byă", "elect", "Phó Chủ tịch UBND xã"),
        ("Đặng Quang Vinh", "elect", "Phó Chủ tịch UBND xã"),
    ]


def test_a_retirement_told_with_its_own_day_after_the_leaving_takes_effect_then():
    body = (
        "Ban Thường vụ Thành ủy trao quyết định đồng ý cho ông Trịnh Văn Hùng, Bí thư Đảng ủy đặc khu Côn Đảo, thôi"
        " giữ chức từ ngày 5-3-2031 và nghỉ hưu trước tuổi kể từ ngày 1-4-2031 theo quy định."
    )
    days = {(name, action): day for name, action, _, day in decided(body, date(2031, 3, 3))}
    assert days == {("Trịnh Văn Hùng", "relieve"): date(2031, 3, 5), ("Trịnh Văn Hùng", "retire"): date(2031, 4, 1)}


def test_the_same_day_far_from_any_day_is_the_meetings_and_a_nomination_is_no_other_sentences_decision():
    filler = "Các đại biểu thảo luận sôi nổi, thống nhất cao về những nội dung trình hội nghị. " * 6
    text = (
        "Yên Hà bầu bổ sung Phó Bí thư Tỉnh ủy\n08/01/2031 05:30\n\n"
        "Hôm qua (7-1), Ban Chấp hành Đảng bộ tỉnh Yên Hà tổ chức Hội nghị lần thứ 5.\n\n"
        "Tại hội nghị, đồng chí Nông Văn Thiện, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy công bố Quyết định"
        " số 287-QĐNS/TW ngày 31-12-2030 của Bộ Chính trị điều động đồng chí Sùng Mí Chá, Phó Bí thư Tỉnh ủy Yên"
        " Hà, đến nhận công tác tại Ban Tổ chức Trung ương.\n\n"
        f"{filler}\n\n"
        "Hội nghị thống nhất giới thiệu đồng chí Ma Thị Hường, Phó Chủ tịch Hội đồng nhân dân tỉnh, ứng cử đại biểu"
        " Quốc hội khóa XVI.\n\n"
        "Cùng ngày, Ban Thường vụ Tỉnh ủy đã quyết định cho đồng chí Lù Thị Dua thôi giữ chức Trưởng Ban Tổ chức"
        " Tỉnh ủy để tập trung đảm nhận nhiệm vụ mới."
    )
    rows = extract_article(text, "a.txt", "0" * 64, "utf-8").appointments
    got = {(r["action"], r["position_text"], r["decision_code"], r["effective_date"]) for r in rows}
    assert ("nominate", "đại biểu Quốc hội", None, date(2031, 1, 7)) in got
    assert ("relieve", "Trưởng Ban Tổ chức Tỉnh ủy", None, date(2031, 1, 7)) in got


def test_a_delegates_seat_taken_away_or_stood_for_is_the_changes_post():
    body = (
        "Kỳ họp thông qua Nghị quyết số 95/NQ-HĐND bãi nhiệm đại biểu HĐND tỉnh Sơn La khóa XV, nhiệm kỳ 2021-2026"
        " đối với ông Lò Văn Thoan, nguyên Giám đốc Sở Lao động."
    )
    assert changes(body) == [("Lò Văn Thoan", "relieve", "đại biểu HĐND tỉnh Sơn La")]
    body = "Hội nghị thống nhất giới thiệu bà Ma Thị Hường ứng cử đại biểu Quốc hội khóa XVI."
    assert changes(body) == [("Ma Thị Hường", "nominate", "đại biểu Quốc hội")]


def test_a_high_procuracys_seat_closes_the_post():
    body = (
        "Quyết định số 287/QĐ-VKSTC ngày 5-3-2024 điều động ông Trần Minh Nhựt, Viện trưởng VKSND tỉnh Trà Vinh, đến"
        " nhận công tác tại VKSND cấp cao tại Thành phố Hồ Chí Minh và bổ nhiệm giữ chức Phó Viện trưởng VKSND cấp"
        " cao tại Thành phố Hồ Chí Minh."
    )
    assert ("Trần Minh Nhựt", "appoint", "Phó Viện trưởng VKSND cấp cao tại Thành phố Hồ Chí Minh") in changes(body)


def test_staff_in_general_after_the_verbs_is_no_named_persons_change():
    body = (
        '"Sở Nội vụ phải tham mưu điều động, biệt phái cán bộ từ tỉnh về xã, không để xã nào thiếu cán bộ", đồng chí'
        " Vàng A Sình yêu cầu."
    )
    assert changes(body) == []
    body = "Ban Thường vụ điều động, bổ nhiệm cán bộ: ông Nguyễn Văn An giữ chức Bí thư Đảng ủy xã Tân Lập."
    assert ("Nguyễn Văn An", "appoint", "Bí thư Đảng ủy xã Tân Lập") in changes(body)


def test_the_document_the_verbs_follow_is_theirs_and_a_clause_with_its_own_decision_takes_no_other():
    body = (
        "Chiều 19/12/2023, HĐND huyện thông qua Nghị quyết số 87/NQ-HĐND miễn nhiệm chức vụ Phó Chủ tịch UBND huyện"
        " đối với ông Lê Văn Sáu, do ông được Chủ tịch UBND tỉnh điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ"
        " (Quyết định số 2847/QĐ-UBND ngày 30/11/2023)."
    )
    assert ("Lê Văn Sáu", "relieve", "87/NQ-HĐND", date(2023, 12, 19)) in decided(body, date(2023, 12, 20))
    body = (
        "Đồng chí Hà Thị Lan đã trao Quyết định số 412-QĐ/HU ngày 8-10-2018 của Ban Thường vụ Huyện ủy chuẩn y đồng"
        " chí Bùi Thị Nguyệt giữ chức Phó Chủ nhiệm UBKT Huyện ủy; đồng thời trao quyết định nghỉ hưu theo chế độ cho"
        " đồng chí Trương Văn Thắm, Phó Chủ nhiệm UBKT Huyện ủy, kể từ ngày 1-11-2018."
    )
    assert ("Trương Văn Thắm", "retire", None, date(2018, 11, 1)) in decided(body, date(2018, 10, 12))


def test_a_plural_inside_an_organs_name_keeps_the_subject_said_once():
    body = (
        "Quyết định số 2845-QĐ/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy điều động đồng chí Phạm Ngọc Tuấn, Phó"
        " Chánh Văn phòng Tỉnh ủy, đến nhận công tác tại Đảng ủy Khối các cơ quan tỉnh, chỉ định giữ chức Phó Bí"
        " thư Đảng ủy Khối các cơ quan tỉnh."
    )
    assert ("Phạm Ngọc Tuấn", "designate", "Phó Bí thư Đảng ủy Khối các cơ quan tỉnh") in changes(body)


def test_tai_cu_is_a_re_election():
    body = (
        "Ban Chấp hành cũng bầu Ủy ban Kiểm tra, Thiếu tá Sơn Thị Chanh Thu tái cử Chủ nhiệm Ủy ban Kiểm tra Đảng ủy."
    )
    assert changes(body) == [("Sơn Thị Chanh Thu", "elect", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy")]


def test_a_list_of_a_voted_bodys_members_gives_each_the_post_their_item_names():
    body = (
        "Chiều 22/5/2024, Hội nghị lần thứ nhất Ủy ban MTTQ huyện đã hiệp thương cử Ban Thường trực gồm các vị:\n\n"
        "- Bà Đinh Thị Thu Hằng, Chủ tịch;\n\n- Ông Bàn Văn Tòng, Phó Chủ tịch (Chủ tịch Ủy ban MTTQ xã Minh Quang);"
    )
    assert changes(body) == [
        ("Đinh Thị Thu Hằng", "elect", "Chủ tịch"),
        ("Bàn Văn Tòng", "elect", "Phó Chủ tịch"),
    ]
    # ... told again after a sentence that gave one of them a post by the same vote
    body = (
        "Ban Chấp hành đã bầu Ban Thường vụ gồm 3 đồng chí; đồng chí Lê Văn An được bầu giữ chức Bí thư Đảng ủy."
        " Danh sách Ban Thường vụ gồm:\n\n1. Đồng chí Lê Văn An, Bí thư;\n\n2. Đồng chí Trần Văn Bình, Phó Bí thư."
    )
    assert changes(body) == [("Lê Văn An", "elect", "Bí thư Đảng ủy"), ("Trần Văn Bình", "elect", "Phó Bí thư")]


def test_a_change_with_no_day_takes_the_day_the_next_sentence_announces_its_decision():
    body = (
        "Vị trí phó bí thư Tỉnh ủy khuyết từ cuối tháng 1, khi ông Hoàng Nghĩa Thành, Phó bí thư Tỉnh ủy, được Bộ"
        " Chính trị điều động làm Phó trưởng ban Tổ chức Trung ương. Quyết định được công bố hôm 29/1/2026."
    )
    assert {day for *_, day in decided(body, date(2026, 3, 6))} == {date(2026, 1, 29)}


def test_a_listed_board_is_dated_by_its_sitting_and_leaves_those_the_sentences_elected():
    body = (
        "Trong 2 ngày 4 - 5/8/2025, Đảng bộ đặc khu Phú Quý tổ chức Đại hội đại biểu lần thứ I.\n\n"
        "Chiều 5/8/2025, Ban Chấp hành Đảng bộ đặc khu đã họp phiên thứ nhất, bầu Ban Thường vụ gồm 3 đồng chí. Đồng"
        " chí Trần Văn Lộc được bầu giữ chức Bí thư Đảng ủy đặc khu.\n\n"
        "Ban Thường vụ Đảng ủy đặc khu Phú Quý khóa I gồm các đồng chí:\n\n"
        "- Trần Văn Lộc - Bí thư Đảng ủy đặc khu, Chủ tịch HĐND đặc khu\n\n"
        "- Đặng Minh Triết - Phó Chủ tịch UBND đặc khu\n"
    )
    got = [(name, action, day) for name, action, _, day in decided(body, date(2025, 8, 6))]
    assert got == [("Trần Văn Lộc", "elect", date(2025, 8, 5)), ("Đặng Minh Triết", "elect", date(2025, 8, 5))]


def test_an_appointment_until_which_a_charge_is_given_is_no_change():
    text = (
        "Ngày 3/6/2024, Hội đồng thành viên ban hành Quyết định số 2150/QĐ-EVNNPC giao quyền Tổng giám đốc cho ông"
        " Phạm Hồng Sơn, Phó Tổng giám đốc, cho đến khi có quyết định bổ nhiệm Tổng giám đốc mới."
    )
    assert [(name, action) for name, action, _ in changes(text)] == [("Phạm Hồng Sơn", "assign")]


def test_charge_of_a_field_of_work_of_a_border_post():
    text = (
        "Chỉ huy trưởng đã ký quyết định giao Trung tá Lường Văn Hải, Phó Chính trị viên Đồn, phụ trách công tác"
        " đảng, công tác chính trị Đồn Biên phòng Huổi Puốc từ ngày 1-4-2025."
    )
    assert changes(text) == [
        ("Lường Văn Hải", "assign", "phụ trách công tác đảng, công tác chính trị Đồn Biên phòng Huổi Puốc")
    ]
    assert changes(text.replace("công tác đảng, công tác chính trị ", "")) == [
        ("Lường Văn Hải", "assign", "phụ trách Đồn Biên phòng Huổi Puốc")
    ]


def test_a_gapped_clause_with_two_persons_joined_by_va_gives_each_the_post():
    text = (
        "Ngày 8/3/2026, Đại hội bầu Ban Chấp hành. Tại phiên họp thứ nhất, ông Lưu Đình Bảo được bầu giữ chức Chủ"
        " tịch Hội; bà Hoàng Thị Minh Thư và ông Kiều Văn Lộc, Chi hội trưởng Chi hội Leipzig giữ chức Phó Chủ"
        " tịch Hội."
    )
    assert changes(text) == [
        ("Lưu Đình Bảo", "elect", "Chủ tịch Hội"),
        ("Hoàng Thị Minh Thư", "elect", "Phó Chủ tịch Hội"),
        ("Kiều Văn Lộc", "elect", "Phó Chủ tịch Hội"),
    ]


def test_an_election_awaited_until_a_body_votes_is_no_change():
    text = (
        "Chiều 20-12-2024, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1985-QĐ/TU phân công ông Hà Văn Chung phụ"
        " trách UBND tỉnh cho đến khi HĐND tỉnh bầu Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026."
    )
    assert changes(text) == [("Hà Văn Chung", "assign", "phụ trách UBND tỉnh")]


def test_a_change_told_at_the_session_the_sentence_before_named_takes_its_day():
    body = (
        "Ngày 19-3-2025, Bộ Tư lệnh Quân khu tổ chức hội nghị công bố quyết định về công tác cán bộ.\n\n"
        "Việc điều chỉnh cán bộ được thực hiện sau kỳ họp thứ 21 của Ủy ban Kiểm tra Đảng ủy Quân khu diễn ra ngày"
        " 11-3-2025. Tại kỳ họp, Ủy ban Kiểm tra đã cách chức Phó Bí thư Đảng ủy Quân sự thị xã đối với Thượng tá"
        " Hoàng Văn Quý, Chính trị viên Ban CHQS thị xã."
    )
    article = clean_text(body)
    meetings = find_meetings(article, [])
    persons = find_persons(article.body_text)
    found = find_appointments(article.body_text, persons, find_documents(article.body_text), meetings)
    assert [(a.person.full_name, a.action, a.effective_date) for a in found] == [
        ("Hoàng Văn Quý", "relieve", date(2025, 3, 11))
    ]


def test_a_counted_post_of_a_kind_then_each_persons_own_post_of_it():
    text = (
        "Ngày 29/6/2016, HĐND tỉnh cũng bầu 4 trưởng ban của HĐND tỉnh, gồm: ông Võ Văn Chiêu, Trưởng Ban Kinh tế -"
        " Ngân sách; ông Trần Quốc Đạt, Trưởng Ban Pháp chế; bà Ngô Thị Kiều Oanh, Trưởng Ban Văn hóa - Xã hội và ông"
        " Kim Sa Phon, Trưởng Ban Dân tộc."
    )
    assert [position for _, _, position in changes(text)] == [
        "Trưởng Ban Kinh tế - Ngân sách",
        "Trưởng Ban Pháp chế",
        "Trưởng Ban Văn hóa - Xã hội",
        "Trưởng Ban Dân tộc",
    ]


def test_a_counted_post_as_the_subject_of_a_passive_with_its_persons_after():
    text = (
        "Ngày 14/12/2022, hai phó chủ tịch UBND tỉnh được bầu là ông Lâm Minh Khải, tỉnh ủy viên, giám đốc Sở Tài"
        " chính, và bà Thạch Thị Sô Phia, tỉnh ủy viên, bí thư Huyện ủy Trần Đề."
    )
    assert changes(text) == [
        ("Lâm Minh Khải", "elect", "phó chủ tịch UBND tỉnh"),
        ("Thạch Thị Sô Phia", "elect", "phó chủ tịch UBND tỉnh"),
    ]


def test_a_list_under_a_line_of_its_own_takes_the_verb_of_the_paragraph_above():
    body = (
        "Ngày 27-6-2031, Ban Thường vụ Tỉnh ủy đã ban hành các quyết định chỉ định Ban Chấp hành, bí thư, phó bí thư"
        " đảng ủy của 2 phường mới. Nhiệm kỳ của các cấp ủy được chỉ định là nhiệm kỳ 2030 - 2035.\n\n"
        "Cụ thể như sau:\n\n"
        "- Phường Yên Lạc (Quyết định số 2041-QĐ/TU): đồng chí Lê Văn Tám, Bí thư Thị ủy, giữ chức Bí thư Đảng ủy"
        " phường; đồng chí Hà Thị Thu, Phó Bí thư Thị ủy, giữ chức Phó Bí thư Đảng ủy phường.\n\n"
        "- Phường Yên Bình (Quyết định số 2043-QĐ/TU): đồng chí Đào Văn Nam, Phó Chủ tịch UBND thị xã, giữ chức Bí"
        " thư Đảng ủy phường.\n"
    )
    # each person of an item takes the post written after them; the day is the one the verb's sentence opens with
    assert [(a.person.full_name, a.action, a.position, a.decision_code, a.effective_date) for a in _found(body)] == [
        ("Lê Văn Tám", "designate", "Bí thư Đảng ủy phường", "2041-QĐ/TU", date(2031, 6, 27)),
        ("Hà Thị Thu", "designate", "Phó Bí thư Đảng ủy phường", "2041-QĐ/TU", date(2031, 6, 27)),
        ("Đào Văn Nam", "designate", "Bí thư Đảng ủy phường", "2043-QĐ/TU", date(2031, 6, 27)),
    ]


def test_an_approved_dismissal_is_the_dismissal():
    body = (
        "Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ Chủ tịch UBND tỉnh Yên Hà nhiệm kỳ 2026-2031 đối với ông"
        " Lê Văn Tám, Phó Bí thư Tỉnh ủy, để nghỉ hưu theo chế độ."
    )
    assert changes(body) == [
        ("Lê Văn Tám", "relieve", "Chủ tịch UBND tỉnh Yên Hà"),
        ("Lê Văn Tám", "retire", "Chủ tịch UBND tỉnh Yên Hà"),
    ]
    # an approved election stays the approval
    assert changes("Thủ tướng phê chuẩn kết quả bầu ông Lê Văn Tám giữ chức Chủ tịch UBND tỉnh Yên Hà.") == [
        ("Lê Văn Tám", "approve", "Chủ tịch UBND tỉnh Yên Hà")
    ]


def test_a_post_of_each_body_is_given_by_the_list_name_by_name():
    body = (
        "Các đại biểu cũng bầu Trưởng các ban của HĐND tỉnh khóa XI, gồm:\n\n"
        "- Ông Lê Văn Tám - Trưởng ban Pháp chế;\n\n"
        "- Bà Hà Thị Thu - Trưởng ban Kinh tế - Ngân sách.\n"
    )
    assert changes(body) == [
        ("Lê Văn Tám", "elect", "Trưởng ban Pháp chế"),
        ("Hà Thị Thu", "elect", "Trưởng ban Kinh tế - Ngân sách"),
    ]


def test_the_same_day_as_a_decision_signed_in_the_sentence_before():
    text = (
        "Tỉnh Yên Hà có bí thư mới\n08/07/2031 19:10\n\n"
        "Chiều 8/7, Tỉnh ủy Yên Hà tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Ông Lê"
        " Văn Khang trao quyết định điều động ông Trịnh Văn Nam giữ chức Bí thư Tỉnh ủy Yên Hà.\n\n"
        "Quyết định 156-QĐNS/TW được Bộ Chính trị ký ngày 5/7. Cùng ngày, Bộ Chính trị đồng ý để ông Đỗ Văn Tám thôi"
        " giữ chức Bí thư Tỉnh ủy Yên Hà để nghỉ hưu theo chế độ.\n\n"
        # (another decision cited the same afternoon: the change above links to none, its day is the signing's)
        "Cũng chiều nay, ông Tạ Văn Hòa trao quyết định của Bộ Chính trị phân công ông Lò Văn Quyết giữ chức Bí thư"
        " Tỉnh ủy Lai Châu (Quyết định 160-QĐNS/TW ngày 7/7/2031).\n"
    )
    rows = extract_article(text, "a.txt", "sha", "utf-8").appointments
    assert {(r["action"], r["effective_date"]) for r in rows if r["action"] in ("relieve", "retire")} == {
        ("relieve", date(2031, 7, 5)),
        ("retire", date(2031, 7, 5)),
    }


def test_a_clause_citing_another_decision_ends_the_verbs_persons():
    body = (
        "Thiếu tướng Phạm Văn Lực đã trao Quyết định số 218/QĐ-BTL ngày 22-1-2031 bổ nhiệm Trung tá Nguyễn Văn Hậu,"
        " Phó Trưởng phòng Tổ chức giữ chức Trưởng phòng Tổ chức Cục Chính trị Quân khu, và Quyết định số 219/QĐ-BTL"
        " cùng ngày cho Đại tá Trần Văn Dự thôi giữ chức Trưởng phòng Tổ chức để nghỉ chờ hưu."
    )
    assert changes(body) == [
        ("Nguyễn Văn Hậu", "appoint", "Trưởng phòng Tổ chức Cục Chính trị Quân khu"),
        ("Trần Văn Dự", "relieve", "Trưởng phòng Tổ chức"),
        ("Trần Văn Dự", "retire", "Trưởng phòng Tổ chức"),
    ]


def test_an_acting_post_given_around_the_person():
    body = "Hội đồng thành viên giao ông Tạ Văn Hải, Phó Tổng giám đốc Tập đoàn, quyền Tổng giám đốc Tập đoàn Yên Hà."
    assert changes(body) == [("Tạ Văn Hải", "assign", "Tổng giám đốc Tập đoàn Yên Hà")]
    # a task given to someone acting already is no change
    assert changes("Bộ trưởng giao nhiệm vụ cho ông Tạ Văn Hải, quyền Tổng giám đốc Tập đoàn Yên Hà.") == []


def test_a_lone_assignment_giving_no_post_is_a_task():
    body = "Chi bộ đã phân công đ/c Nguyễn Văn Sơn, chi ủy viên, trực tiếp giúp đỡ đảng viên mới trong thời gian dự bị."
    assert changes(body) == []
    # ... a post or a body in charge makes it a change
    assert changes("Ban Thường vụ phân công đồng chí Nguyễn Văn Sơn phụ trách Đảng bộ xã Yên Lạc.") == [
        ("Nguyễn Văn Sơn", "assign", "phụ trách Đảng bộ xã Yên Lạc")
    ]


def test_a_body_voted_in_with_its_members_posts_after_dashes():
    body = (
        "Ủy ban MTTQ huyện khóa XXIII đã hiệp thương cử Ban Thường trực gồm 3 vị: ông Hoàng Văn Sơn – Chủ tịch; bà"
        " Triệu Thị Mai, Chủ tịch Hội LHPN xã Yên Đổ – Phó Chủ tịch; ông Nông Văn Khải – Ủy viên Thường trực."
    )
    assert changes(body) == [
        ("Hoàng Văn Sơn", "elect", "Chủ tịch"),
        ("Triệu Thị Mai", "elect", "Phó Chủ tịch"),
        ("Nông Văn Khải", "elect", "Ủy viên Thường trực"),
    ]


def test_a_designation_withdrawn_is_a_relief():
    body = (
        "Quyết định số 1469-QĐ/TU chỉ định đồng chí Lê Văn Hòa giữ chức Bí thư Đảng đoàn Hội Nông dân tỉnh; đồng thời"
        " thôi chỉ định đồng chí Trịnh Thị Hạnh tham gia Đảng đoàn, giữ chức Bí thư Đảng đoàn Hội Nông dân tỉnh."
    )
    assert changes(body) == [
        ("Lê Văn Hòa", "designate", "Bí thư Đảng đoàn Hội Nông dân tỉnh"),
        ("Trịnh Thị Hạnh", "relieve", "Bí thư Đảng đoàn Hội Nông dân tỉnh"),
    ]


ROSTER_VOTE = (
    "Chiều 14/10/2025, Ban Chấp hành Đảng bộ huyện khóa IX họp phiên thứ nhất, bầu Ban Thường vụ Huyện ủy gồm 5 đồng"
    " chí; bầu đồng chí Hồ Văn Bảo giữ chức Bí thư Huyện ủy.\n"
)


@pytest.mark.parametrize(
    "roster",
    [
        # a sentence of its own, the names bare
        "Ban Thường vụ Huyện ủy khóa IX gồm các đồng chí (xếp theo vần A, B, C): Hồ Văn Bảo, Lý Thị Cúc, Mạc Văn"
        " Dũng, Tạ Đình Vọng và Vi Thị Yến.",
        # a heading over a table
        "DANH SÁCH BAN THƯỜNG VỤ HUYỆN ỦY KHÓA IX\n\n| TT | Họ và tên | Chức vụ |\n|---|---|---|\n"
        "| 1 | Hồ Văn Bảo | Bí thư Huyện ủy |\n| 2 | Lý Thị Cúc | Trưởng Ban Tổ chức Huyện ủy |\n"
        "| 3 | Mạc Văn Dũng | Chủ tịch UBND huyện |\n| 4 | Thượng tá Tạ Đình Vọng | Trưởng Công an huyện |\n"
        "| 5 | Vi Thị Yến | Chủ tịch Ủy ban MTTQ huyện |",
        # ... over numbered lines
        "Danh sách Ban Thường vụ Huyện ủy khóa IX\n1. Đồng chí Hồ Văn Bảo\n2. Đồng chí Lý Thị Cúc\n"
        "3. Đồng chí Mạc Văn Dũng\n4. Đồng chí Tạ Đình Vọng\n5. Đồng chí Vi Thị Yến",
        # ... ending with a colon, the names with their posts after dashes
        "Danh sách Ban Thường vụ Huyện ủy khóa IX, nhiệm kỳ 2025 - 2030:\n1. Hồ Văn Bảo - Bí thư Huyện ủy.\n"
        "2. Lý Thị Cúc - Trưởng Ban Tổ chức Huyện ủy.\n3. Mạc Văn Dũng - Chủ tịch UBND huyện.\n"
        "4. Thượng tá Tạ Đình Vọng - Trưởng Công an huyện.\n5. Vi Thị Yến - Chủ tịch Ủy ban MTTQ huyện.",
    ],
)
def test_a_committee_voted_in_and_its_members_listed_apart(roster):
    found = _found(ROSTER_VOTE + roster)
    got = [(a.person.full_name, a.action, a.position, a.effective_date) for a in found]
    day = date(2025, 10, 14)
    joined = [
        (n, "elect", "Ban Thường vụ Huyện ủy", day)
        for n in ("Lý Thị Cúc", "Mạc Văn Dũng", "Tạ Đình Vọng", "Vi Thị Yến")
    ]
    # (the secretary joined it with the post the vote gave him)
    assert got == [("Hồ Văn Bảo", "elect", "Bí thư Huyện ủy", day), *joined]


def test_members_listed_of_a_committee_no_vote_fills_are_no_change():
    vote = "Sáng 3/5, Ban Chấp hành Đảng bộ huyện bầu đồng chí Nông Văn Khải giữ chức Phó Bí thư Huyện ủy.\n"
    roster = "Ban Thường vụ Huyện ủy khóa IX gồm các đồng chí: Hồ Văn Bảo, Lý Thị Cúc và Nông Văn Khải."
    assert changes(vote + roster) == [("Nông Văn Khải", "elect", "Phó Bí thư Huyện ủy")]


def test_counted_persons_voted_to_a_post_with_their_names_after_gom():
    body = "Hội nghị bầu 3 đồng chí giữ chức Phó Bí thư Huyện ủy khóa IX gồm: Hồ Văn Bảo, Lý Thị Cúc và Tạ Đình Vọng."
    assert changes(body) == [(n, "elect", "Phó Bí thư Huyện ủy") for n in ("Hồ Văn Bảo", "Lý Thị Cúc", "Tạ Đình Vọng")]


@pytest.mark.parametrize(
    "body",
    [
        # the post named after the verb, the person after 'đối với'
        "Quyết định số 187/QĐ-UBND kéo dài thời gian giữ chức vụ Giám đốc Sở Xây dựng đối với đồng chí Lương Văn Tứ"
        " đến thời điểm đủ tuổi nghỉ hưu.",
        # ... or the one the person holds
        "Quyết định số 187/QĐ-UBND kéo dài thời gian giữ chức vụ đối với đồng chí Lương Văn Tứ, Giám đốc Sở Xây dựng"
        " đến thời điểm đủ tuổi nghỉ hưu.",
    ],
)
def test_a_term_in_office_extended_is_a_reappointment(body):
    assert changes(body) == [("Lương Văn Tứ", "appoint", "Giám đốc Sở Xây dựng")]


def test_a_rule_about_extending_terms_in_general_is_no_change():
    body = "Cán bộ còn dưới 2 năm công tác thì được xem xét kéo dài thời gian giữ chức vụ đến khi đủ tuổi nghỉ hưu."
    assert changes(body) == []


def test_lines_each_opening_with_a_post_under_a_vote_give_it_to_their_persons():
    body = (
        "Sáng ngày 28/6/2016, HĐND xã Bình Lạc khóa X tổ chức kỳ họp thứ nhất. Bằng hình thức bỏ phiếu kín, kỳ họp đã"
        " bầu các chức danh chủ chốt nhiệm kỳ 2016 - 2021, kết quả cụ thể như sau:\n"
        "1. Chủ tịch HĐND xã: ông Võ Văn Nhàn - Bí thư Đảng ủy xã (25/25 phiếu)\n"
        "2. Phó Chủ tịch UBND xã: ông Trần Minh Trọng, ông Phan Văn Sáng\n\nKỳ họp cũng thông qua 5 nghị quyết."
    )
    assert changes(body) == [
        ("Võ Văn Nhàn", "elect", "Chủ tịch HĐND xã"),
        ("Trần Minh Trọng", "elect", "Phó Chủ tịch UBND xã"),
        ("Phan Văn Sáng", "elect", "Phó Chủ tịch UBND xã"),
    ]
    assert {d for *_, d in decided(body)} == {date(2016, 6, 28)}


def test_lines_under_designations_take_the_decision_whose_clause_names_their_post():
    body = (
        "Sáng 12/8/2025, bà Vũ Thị Hồng Nhàn công bố Quyết định số 2187-QĐ/TU ngày 4/8/2025 của Ban Thường vụ Tỉnh ủy"
        " về việc chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy phường Yên Lạc và Quyết định số"
        " 2188-QĐ/TU cùng ngày chỉ định Ủy ban Kiểm tra, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường. Cụ thể:\n\n"
        "Bí thư Đảng ủy phường: đồng chí Lại Văn Hồng\nChủ nhiệm Ủy ban Kiểm tra Đảng ủy phường: ông Nguyễn Văn Sỹ\n"
    )
    assert decided(body) == [
        ("Lại Văn Hồng", "designate", "2187-QĐ/TU", date(2025, 8, 4)),
        ("Nguyễn Văn Sỹ", "designate", "2188-QĐ/TU", date(2025, 8, 4)),
    ]


def test_result_lines_under_an_election_held_are_elections_and_a_nominators_basis_is_no_nomination():
    body = (
        "Ngày 26/10/2018, HĐND tỉnh tổ chức kỳ họp bất thường. Trên cơ sở giới thiệu của Ban Thường vụ Tỉnh ủy, các"
        " đại biểu đã tiến hành bầu cử bằng hình thức bỏ phiếu kín. Kết quả như sau:\n\n"
        "- Chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021: đồng chí Đặng Văn Phú, Phó Bí thư Tỉnh ủy, đạt 58/59"
        " phiếu.\n\n- Chức vụ Phó Chủ tịch HĐND tỉnh khóa XVI: đồng chí Bùi Thị Thu Hà, Tỉnh ủy viên, đạt 57/59 phiếu."
    )
    assert changes(body) == [
        ("Đặng Văn Phú", "elect", "Chủ tịch UBND tỉnh"),
        ("Bùi Thị Thu Hà", "elect", "Phó Chủ tịch HĐND tỉnh"),
    ]


def test_a_counted_subject_after_a_semicolon_opens_another_clause():
    body = (
        "Các ông, bà: Trần Hữu Ngà, Đoàn Thị Lan được bầu giữ chức Phó Chủ tịch UBND tỉnh; 14 đồng chí được bầu làm"
        " Ủy viên UBND tỉnh nhiệm kỳ 2026 - 2031."
    )
    assert changes(body) == [
        ("Trần Hữu Ngà", "elect", "Phó Chủ tịch UBND tỉnh"),
        ("Đoàn Thị Lan", "elect", "Phó Chủ tịch UBND tỉnh"),
    ]


def test_a_retirement_given_as_the_reason_of_a_relief_leaves_the_post_relieved():
    body = (
        "Kỳ họp thống nhất miễn nhiệm chức vụ Phó Chủ tịch HĐND tỉnh khóa XVI đối với đồng chí Hoàng Thị Ngà, Tỉnh"
        " ủy viên, do đồng chí nghỉ hưu theo chế độ kể từ ngày 01-11-2018."
    )
    assert changes(body) == [
        ("Hoàng Thị Ngà", "relieve", "Phó Chủ tịch HĐND tỉnh"),
        ("Hoàng Thị Ngà", "retire", "Phó Chủ tịch HĐND tỉnh"),
    ]


def test_a_purpose_clause_ends_at_its_comma():
    body = (
        "HĐND huyện thông qua nghị quyết miễn nhiệm chức vụ Chủ tịch UBND huyện đối với ông Võ Văn Hùng để nhận"
        " nhiệm vụ mới, đồng thời miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Nguyễn Bá Thắm."
    )
    assert changes(body) == [
        ("Võ Văn Hùng", "relieve", "Chủ tịch UBND huyện"),
        ("Nguyễn Bá Thắm", "relieve", "Phó Chủ tịch UBND huyện"),
    ]


def test_a_retirement_set_off_by_a_comma_after_the_post_left_is_the_same_persons():
    body = (
        "Quyết định số 2891-QĐ/TU cho thôi giữ chức Phó Chủ nhiệm Thường trực UBKT Thành ủy, nghỉ hưu trước tuổi"
        " theo Nghị định số 178/2024/NĐ-CP kể từ ngày 1-3-2025 đối với đồng chí Lương Văn Bính."
    )
    assert changes(body) == [
        ("Lương Văn Bính", "relieve", "Phó Chủ nhiệm Thường trực UBKT Thành ủy"),
        ("Lương Văn Bính", "retire", "Phó Chủ nhiệm Thường trực UBKT Thành ủy"),
    ]


def test_running_a_bodys_work_until_its_head_is_chosen_is_an_assignment():
    body = (
        "Bộ Chính trị giao ông Trần Quốc Hùng, Phó Bí thư Thường trực Tỉnh ủy, điều hành hoạt động của Ban Chấp hành,"
        " Ban Thường vụ Tỉnh ủy cho đến khi kiện toàn chức danh Bí thư."
    )
    assert changes(body) == [("Trần Quốc Hùng", "assign", "điều hành hoạt động của Ban Chấp hành")]


@pytest.mark.parametrize(
    "body",
    [
        # a sentence of its own after the election
        "Ông Dương Văn Khởi được bầu giữ chức Chủ tịch UBND huyện với 35/35 phiếu. Hai Phó Chủ tịch UBND huyện là ông"
        " Lý Văn Hiệp (tái cử) và ông Trần Quý Lâm, Trưởng phòng Nông nghiệp và PTNT huyện.",
        # ... or a clause after it
        "Ban Chấp hành bầu BTV gồm 11 đồng chí; đồng chí Dương Văn Khởi được bầu giữ chức Chủ tịch UBND huyện, hai Phó"
        " Chủ tịch UBND huyện là ông Lý Văn Hiệp và ông Trần Quý Lâm, Trưởng phòng Nông nghiệp và PTNT huyện.",
    ],
)
def test_a_counted_posts_holders_named_without_a_verb_after_an_election_are_elected(body):
    assert changes(body) == [
        ("Dương Văn Khởi", "elect", "Chủ tịch UBND huyện"),
        ("Lý Văn Hiệp", "elect", "Phó Chủ tịch UBND huyện"),
        ("Trần Quý Lâm", "elect", "Phó Chủ tịch UBND huyện"),
    ]


def test_a_counted_subject_of_a_subject_verb_has_its_persons_listed_after_the_post():
    body = (
        "Kết quả, 3 người trúng cử thành viên HĐQT gồm ông Đỗ Việt Cường, bà Trương Thị Ngọc Hà và ông Kenji Watanabe."
    )
    assert changes(body) == [
        (name, "elect", "thành viên HĐQT") for name in ("Đỗ Việt Cường", "Trương Thị Ngọc Hà", "Kenji Watanabe")
    ]


def test_a_counted_post_as_an_active_verbs_object_is_given_to_the_persons_it_lists():
    body = "HĐTV ban hành quyết định bổ nhiệm 2 Phó Tổng Giám đốc gồm các ông Mai Văn Bình và Bùi Sơn Nam."
    assert changes(body) == [
        ("Mai Văn Bình", "appoint", "Phó Tổng Giám đốc"),
        ("Bùi Sơn Nam", "appoint", "Phó Tổng Giám đốc"),
    ]


def test_a_result_lines_decision_names_its_post_not_a_deputys():
    body = (
        "Ngày 5/8/2025, Chủ tịch UBND huyện ký Quyết định số 12/QĐ-UBND phê chuẩn kết quả bầu Phó Chủ tịch UBND xã"
        " và Quyết định số 13/QĐ-UBND cùng ngày phê chuẩn kết quả bầu Chủ tịch UBND xã. Cụ thể:\n\n"
        "Chủ tịch UBND xã: ông Lương Văn Tứ\nPhó Chủ tịch UBND xã: bà Hà Thị Mai\n"
    )
    assert [(n, a, code) for n, a, code, _ in decided(body)] == [
        ("Lương Văn Tứ", "approve", "13/QĐ-UBND"),
        ("Hà Thị Mai", "approve", "12/QĐ-UBND"),
    ]


def test_persons_counted_as_a_passives_subject_are_listed_after_the_post_they_take():
    body = (
        "Ba đồng chí được chỉ định giữ chức Phó Bí thư Tỉnh ủy Ninh Bình gồm: Phạm Quang Vinh, Bí thư Tỉnh ủy, Chủ"
        " tịch HĐND tỉnh Ninh Bình; Lương Thị Thu Hằng, Phó Bí thư Thường trực Tỉnh ủy Hà Nam và Vũ Mạnh Hùng, Chủ"
        " tịch UBND tỉnh Nam Định."
    )
    post = "Phó Bí thư Tỉnh ủy Ninh Bình"
    assert changes(body) == [
        ("Phạm Quang Vinh", "designate", post),
        ("Lương Thị Thu Hằng", "designate", post),
        ("Vũ Mạnh Hùng", "designate", post),
    ]
    persons = {p.full_name: p.titles for p in find_persons(body)}
    assert all(post in titles for titles in persons.values())


def test_a_list_joined_by_cung_shares_the_change_and_the_post_set_off_after_it():
    body = (
        "Bà Chamaléa Thị Hà - bí thư Tỉnh ủy Ninh Thuận, cùng ông Hồ Văn Thạnh - phó bí thư thường trực Tỉnh ủy Khánh"
        " Hòa và ông Trịnh Minh Hoàng - chủ tịch UBND tỉnh Ninh Thuận, được chỉ định làm phó bí thư Tỉnh ủy."
    )
    assert changes(body) == [
        ("Chamaléa Thị Hà", "designate", "phó bí thư Tỉnh ủy"),
        ("Hồ Văn Thạnh", "designate", "phó bí thư Tỉnh ủy"),
        ("Trịnh Minh Hoàng", "designate", "phó bí thư Tỉnh ủy"),
    ]
    assert all("phó bí thư Tỉnh ủy" in p.titles for p in find_persons(body))


def test_the_post_a_retirement_leaves_is_written_without_its_term():
    body = (
        "Đại hội tặng hoa chia tay đồng chí Hoàng Văn Thịnh, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"
        " khóa I, nghỉ hưu theo chế độ."
    )
    assert changes(body) == [("Hoàng Văn Thịnh", "retire", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy")]


def test_list_items_under_an_introduction_ending_theo_do_take_the_decision_it_cites():
    body = (
        "Đồng chí Thào Thị Dua đã công bố Quyết định số 2215-QĐ/TU ngày 26/6/2025 của Ban Thường vụ Tỉnh ủy về việc"
        " thành lập Đảng bộ xã Mường Phăng và Quyết định số 2216-QĐ/TU cùng ngày về việc chỉ định Ban Chấp hành, Bí"
        " thư, Phó Bí thư Đảng ủy xã. Theo đó:\n\n"
        "- Đồng chí Giàng A Sử, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, được chỉ định giữ chức Bí thư Đảng ủy xã Mường"
        " Phăng;\n\n"
        "- Đồng chí Lò Văn Minh, Phó Chủ tịch UBND huyện, được chỉ định giữ chức Phó Bí thư Đảng ủy xã."
    )
    assert decided(body, date(2025, 7, 1)) == [
        ("Giàng A Sử", "designate", "2216-QĐ/TU", date(2025, 6, 26)),
        ("Lò Văn Minh", "designate", "2216-QĐ/TU", date(2025, 6, 26)),
    ]


def test_a_resolution_whose_issuer_stands_before_the_verb_is_the_changes_decision():
    body = (
        "Lãnh đạo tỉnh đã trao Nghị quyết số 512/NQ-HĐND ngày 27/6/2025 của Thường trực HĐND tỉnh chỉ định bà Lò"
        " Thị Xuân giữ chức Chủ tịch HĐND xã Mường Phăng; Quyết định số 1342/QĐ-UBND ngày 27/6/2025 của Chủ tịch"
        " UBND tỉnh chỉ định ông Tòng Văn Pản giữ chức Chủ tịch UBND xã Mường Phăng."
    )
    assert decided(body, date(2025, 7, 1)) == [
        ("Lò Thị Xuân", "designate", "512/NQ-HĐND", date(2025, 6, 27)),
        ("Tòng Văn Pản", "designate", "1342/QĐ-UBND", date(2025, 6, 27)),
    ]


def test_a_by_election_names_the_one_elected_and_a_day_told_in_another_changes_clause_is_not_its_day():
    body = (
        "Sáng 14/12/2016, tại kỳ họp thứ 4, HĐND tỉnh đã miễn nhiệm chức danh Ủy viên UBND tỉnh đối với"
        " ông Vũ Đức Thịnh, nguyên Chỉ huy trưởng Bộ CHQS tỉnh, do đã nghỉ hưu theo chế độ từ ngày 1/10/2016; đồng"
        " thời bầu thay thế Đại tá Hoàng Văn Tiến, Chỉ huy trưởng Bộ CHQS tỉnh, làm Ủy viên UBND tỉnh."
    )
    found = [(a.person.full_name, a.action, a.effective_date) for a in _found(body, date(2016, 12, 15))]
    assert ("Hoàng Văn Tiến", "elect", date(2016, 12, 14)) in found
    assert all(name != "Vũ Đức Thịnh" or action != "elect" for name, action, _ in found)


def test_persons_listed_after_a_plural_passive_each_take_their_own_post():
    body = (
        "Theo các quyết định của Chủ tịch nước, những đồng chí được bổ nhiệm gồm: đồng chí Huỳnh Thanh Điền, Phó Chủ"
        " tịch UBND tỉnh Kiên Giang, làm Đại sứ tại Vương quốc Campuchia; đồng chí Nông Thị Bích Hạnh, Phó Vụ trưởng"
        " Vụ Tổ chức cán bộ, Bộ Ngoại giao, làm Đại sứ tại Cộng hòa Cuba; đồng chí Trịnh Thùy Dương, Phó Cục trưởng Cục"
        " Lễ tân Nhà nước, làm Đại sứ tại Nhà nước Israel và đồng chí Mai Xuân Lộc, Phó Tổng cục trưởng Tổng cục Du"
        " lịch, làm Đại sứ tại Cộng hòa Chile. Các đồng chí vừa được bầu phải bắt tay ngay vào việc, nhất là giải"
        " ngân vốn, đồng chí Nguyễn Đức Long nhấn mạnh."
    )
    assert changes(body) == [
        ("Huỳnh Thanh Điền", "appoint", "Đại sứ tại Vương quốc Campuchia"),
        ("Nông Thị Bích Hạnh", "appoint", "Đại sứ tại Cộng hòa Cuba"),
        ("Trịnh Thùy Dương", "appoint", "Đại sứ tại Nhà nước Israel"),
        ("Mai Xuân Lộc", "appoint", "Đại sứ tại Cộng hòa Chile"),
    ]


def test_a_post_counted_before_a_colon_goes_to_each_person_listed_after_it():
    body = (
        "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ phường bầu Ban Thường vụ gồm 11 đồng chí; bầu 2 Phó Bí thư: Lý"
        " Thị Nhung và Đàm Văn Tú; bầu Ủy ban Kiểm tra gồm 7 đồng chí."
    )
    assert changes(body) == [("Lý Thị Nhung", "elect", "Phó Bí thư"), ("Đàm Văn Tú", "elect", "Phó Bí thư")]


def test_a_decision_in_brackets_after_a_change_is_its_own_though_another_change_follows_in_the_clause():
    body = (
        "Cùng dịp, Trưởng Ban Tuyên giáo Tỉnh ủy đã ký quyết định bổ nhiệm đồng chí Lò Văn Pấng, Phó Trưởng phòng"
        " Báo chí giữ chức Trưởng phòng Báo chí (Quyết định số 412-QĐ/BTGTU ngày 05-4-2031), và giao quyền Tổng"
        " Biên tập Tạp chí Tuyên giáo cho đồng chí Trịnh Thu Hằng, Phó Tổng Biên tập, kể từ ngày 15-4-2031."
    )
    assert decided(body) == [
        ("Lò Văn Pấng", "appoint", "412-QĐ/BTGTU", date(2031, 4, 5)),
        ("Trịnh Thu Hằng", "assign", None, date(2031, 4, 15)),
    ]


def test_a_vote_is_dated_by_its_sitting_not_by_the_day_another_items_decision_takes_effect():
    text = (
        "Tin nhân sự các địa phương\nThứ Bảy, 07:05, 19/10/2031\n"
        "* Yên Hà: Ngày 15/10, tại kỳ họp thứ 11, HĐND tỉnh đã bầu ông Lò Văn Pấng, Giám đốc Sở Nội vụ giữ chức Phó"
        " Chủ tịch UBND tỉnh.\n\n* Nam Sơn: Ban Thường vụ Tỉnh ủy vừa có quyết định điều động bà Trịnh Thu Hằng,"
        " Phó Chủ tịch UBND huyện, giữ chức Phó Bí thư Huyện ủy Mường Tè. Quyết định có hiệu lực từ ngày 21/10/2031.\n"
    )
    assert [(name, action, day) for name, action, _, day in article_changes(text)] == [
        ("Lò Văn Pấng", "elect", date(2031, 10, 15)),
        ("Trịnh Thu Hằng", "transfer", date(2031, 10, 21)),
    ]


def test_charge_of_a_bodys_work_is_the_post_of_an_assignment():
    body = (
        "Ban Thường vụ Tỉnh ủy thống nhất giao đồng chí Lò Văn Pấng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phụ trách"
        " công tác Thường trực Tỉnh ủy cho đến khi có quyết định kiện toàn."
    )
    assert changes(body) == [("Lò Văn Pấng", "assign", "phụ trách công tác Thường trực Tỉnh ủy")]
    body = "Chủ tịch UBND huyện giao bà Trịnh Thu Hằng, Phó Chánh Văn phòng phụ trách công tác tổng hợp thay bà Hoa."
    assert changes(body) == [("Trịnh Thu Hằng", "assign", "phụ trách công tác tổng hợp")]


def test_a_bracketed_decision_after_a_verb_with_no_person_is_the_change_after_it():
    body = (
        "UBND tỉnh đã ban hành quyết định điều động, bổ nhiệm cán bộ (Quyết định số 12/QĐ-UBND ngày 1/3/2031), theo đó"
        " ông Lò Văn Pấng được bổ nhiệm giữ chức Giám đốc Sở Nội vụ."
    )
    assert decided(body) == [("Lò Văn Pấng", "appoint", "12/QĐ-UBND", date(2031, 3, 1))]


def test_posts_handed_out_respectively_after_the_verbs_go_to_the_persons_listed_before_them_in_order():
    body = (
        "Ở chiều ngược lại, 3 đồng chí: Lò Văn Pấng, Trưởng Ban Tổ chức Huyện ủy; Trịnh Thu Hằng, Phó Chủ tịch UBND"
        " huyện; Vàng Seo Chư, Phó Bí thư Huyện ủy được điều động về nhận công tác tại Ban Tổ chức Tỉnh ủy, Ban Dân vận"
        " Tỉnh ủy, Văn phòng Tỉnh ủy và được bổ nhiệm lần lượt giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy, Phó Trưởng Ban"
        " Dân vận Tỉnh ủy, Phó Chánh Văn phòng Tỉnh ủy."
    )
    assert [c for c in changes(body) if c[1] == "appoint"] == [
        ("Lò Văn Pấng", "appoint", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
        ("Trịnh Thu Hằng", "appoint", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        ("Vàng Seo Chư", "appoint", "Phó Chánh Văn phòng Tỉnh ủy"),
    ]


def test_a_retirement_that_names_no_post_leaves_the_persons_title_without_its_term():
    body = (
        "Đồng chí Đỗ Văn Cường, Chủ tịch Liên đoàn Lao động tỉnh khóa XIII phát biểu khai mạc. Đồng chí Đỗ Văn Cường "
        "không tham gia Ban Chấp hành khóa mới do nghỉ hưu theo chế độ, theo Quyết định số 1930-QĐ/TU ngày "
        "20/7/2023 của Ban Thường vụ Tỉnh ủy."
    )
    assert changes(body) == [("Đỗ Văn Cường", "retire", "Chủ tịch Liên đoàn Lao động tỉnh")]


@pytest.mark.parametrize(
    "aside",
    ["(vừa được Ban Thường vụ Tỉnh ủy chuẩn y tại Quyết định số 518-QĐ/TU ngày 02/6/2009)", ", mới được bổ nhiệm,"],
)
def test_a_change_just_made_told_after_a_title_gave_that_title(aside):
    body = f"Tiếp đoàn có đồng chí Triệu Văn Tài, Phó Bí thư Thường trực Huyện ủy {aside} cùng lãnh đạo các ban."
    assert [(p, post) for p, _, post in changes(body)] == [("Triệu Văn Tài", "Phó Bí thư Thường trực Huyện ủy")]


def test_an_appointment_approved_by_the_assembly_is_an_approval_and_the_presidents_decision_appoints_to_it():
    body = (
        "Quốc hội thông qua Nghị quyết số 109/2020/QH14 phê chuẩn việc bổ nhiệm ông Phùng Văn Tâm giữ chức Bộ trưởng "
        "Bộ Giao thông vận tải. Ngay sau đó, Chủ tịch nước đã ký quyết định bổ nhiệm ông Phùng Văn Tâm."
    )
    assert changes(body) == [
        ("Phùng Văn Tâm", "approve", "Bộ trưởng Bộ Giao thông vận tải"),
        ("Phùng Văn Tâm", "appoint", "Bộ trưởng Bộ Giao thông vận tải"),
    ]


def test_a_tables_changes_told_by_its_header_when_the_sentence_above_names_none() -> None:
    text = (
        "Ông Trần Quốc Dũng công bố các quyết định của Chủ tịch UBND tỉnh, cụ thể như sau:\n"
        "| STT | Họ và tên | Chức vụ bổ nhiệm | Quyết định |\n|---|---|---|---|\n"
        "| 1 | Ông Huỳnh Tấn Lộc | Giám đốc Sở Tài nguyên và Môi trường | Số 2815/QĐ-UBND ngày 05/10/2022 |\n"
        "| 2 | Ông Thạch Sa Rinh | Phó Giám đốc Sở Giáo dục và Đào tạo (bổ nhiệm lại) | Số 2816/QĐ-UBND |"
    )
    assert changes(text) == [
        ("Huỳnh Tấn Lộc", "appoint", "Giám đốc Sở Tài nguyên và Môi trường"),
        ("Thạch Sa Rinh", "appoint", "Phó Giám đốc Sở Giáo dục và Đào tạo"),  # (the note is no part of the post)
    ]


def test_a_list_of_results_under_headings_with_votes_after_each_person_or_post() -> None:
    body = (
        "Bằng hình thức bỏ phiếu kín, HĐND thành phố đã bầu các chức danh chủ chốt. Kết quả cụ thể:\n\n"
        "Thường trực HĐND thành phố khóa IX:\n\n"
        "- Chủ tịch HĐND thành phố: đồng chí Trương Văn Đào, Bí thư Thành ủy (52/52 phiếu, đạt 100%).\n\n"
        "Trưởng các Ban HĐND thành phố:\n\n"
        "- Trưởng Ban Kinh tế - ngân sách: ông Đinh Công Bình (51/52 phiếu).\n\n"
        "- Ông Lê Đình Phúc, Trưởng Ban Pháp chế HĐND thành phố: 61/65 phiếu (93,85%);\n\n"
        "II. UBND THÀNH PHỐ\n"
        "3. Ông Phan Đức Thành - Chủ tịch UBND thành phố: 81/85 phiếu (95,29%).\n"
        "4. Các Phó Chủ tịch UBND thành phố: các ông Lữ Văn Tân, Bùi Văn Khang và bà Moong Thị Lài.\n\n"
        "Phát biểu nhận nhiệm vụ, đồng chí Trương Văn Đào cảm ơn các đại biểu."
    )
    assert changes(body) == [
        ("Trương Văn Đào", "elect", "Chủ tịch HĐND thành phố"),
        ("Đinh Công Bình", "elect", "Trưởng Ban Kinh tế - ngân sách"),
        ("Lê Đình Phúc", "elect", "Trưởng Ban Pháp chế HĐND thành phố"),
        ("Phan Đức Thành", "elect", "Chủ tịch UBND thành phố"),
        ("Lữ Văn Tân", "elect", "Phó Chủ tịch UBND thành phố"),
        ("Bùi Văn Khang", "elect", "Phó Chủ tịch UBND thành phố"),
        ("Moong Thị Lài", "elect", "Phó Chủ tịch UBND thành phố"),
    ]


@pytest.mark.parametrize(
    ("vote", "roster", "action"),
    [
        (
            "Ban Chấp hành khóa mới đã bầu Ban Thường vụ gồm 9 đồng chí; đồng chí Lò Văn Thiêm tái đắc cử Bí thư.",
            "4 Ủy viên Ban Thường vụ còn lại là các đồng chí: Vàng Thị Dung, Vụ trưởng Vụ Tổ chức cán bộ; Hứa Văn"
            " Quảng, Chánh Văn phòng Ủy ban.",
            "elect",
        ),
        (
            "Quyết định số 412-QĐ/ĐUQH ngày 10/7/2025 về việc chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư Đảng ủy.",
            "Các Ủy viên Ban Thường vụ gồm các đồng chí: Vàng Thị Dung, Vụ trưởng Vụ Tổ chức cán bộ; Hứa Văn Quảng,"
            " Chánh Văn phòng.",
            "designate",
        ),
    ],
)
def test_the_rest_of_a_committees_members_listed_under_their_seat_take_it(vote, roster, action):
    got = [(a.person.full_name, a.action, a.position) for a in _found(f"{vote} {roster}")]
    assert [g for g in got if g[0] in ("Vàng Thị Dung", "Hứa Văn Quảng")] == [
        ("Vàng Thị Dung", action, "Ủy viên Ban Thường vụ"),
        ("Hứa Văn Quảng", action, "Ủy viên Ban Thường vụ"),
    ]


def test_a_move_just_made_told_after_a_title_leaves_that_title():
    body = (
        "Đồng chí Nguyễn Văn Bình, Phó Giám đốc Sở Nội vụ vừa được Ban Thường vụ Tỉnh ủy điều động đến nhận công tác"
        " tại Ban Tổ chức Tỉnh ủy."
    )
    assert [(a.action, a.position, a.from_position) for a in _found(body)] == [
        ("transfer", None, "Phó Giám đốc Sở Nội vụ")
    ]


def test_a_roster_that_names_its_committee_abbreviated_is_of_the_committee_voted_in():
    body = (
        "Ban Chấp hành Đảng bộ Bộ khoá mới đã bầu Ban Thường vụ gồm 9 đồng chí. Các đồng chí Uỷ viên BTV Đảng uỷ Bộ "
        "gồm: Nguyễn Thị Hoà, Chủ tịch Công đoàn ngành; Hà Văn Sơn, Chánh Văn phòng Bộ."
    )
    assert changes(body) == [
        ("Nguyễn Thị Hoà", "elect", "Uỷ viên BTV Đảng uỷ Bộ"),
        ("Hà Văn Sơn", "elect", "Uỷ viên BTV Đảng uỷ Bộ"),
    ]


def test_changes_told_accordingly_after_a_meeting_held_on_a_day_are_of_that_day():
    body = (
        "Chiều 1/2, Đại hội bế mạc. Tại phiên bế mạc, Đại hội đã nghe công bố kết quả Hội nghị lần thứ nhất Ban Chấp"
        " hành Trung ương khóa XIII, diễn ra chiều 31/1. Theo đó, Ban Chấp hành Trung ương đã bầu đồng chí Lâm Quốc"
        " Trọng giữ chức Tổng Bí thư."
    )
    rows = extract_article(f"Đại hội bế mạc\n02/02/2021 06:00\n\n{body}", "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["effective_date"]) for r in rows] == [("elect", date(2021, 1, 31))]


def test_a_paragraph_opening_with_the_same_day_it_names_is_of_that_day():
    body = (
        "Sáng 4/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định thành lập Đảng bộ các cơ quan Đảng"
        " tỉnh.\n\nCùng ngày 3/2/2025, Ban Thường vụ Tỉnh ủy cũng ban hành các quyết định chỉ định Ban Chấp hành của"
        " Đảng bộ. Theo đó, đồng chí Đoàn Văn Phúc được chỉ định giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh."
    )
    rows = extract_article(f"Công bố quyết định\n05/02/2025 06:00\n\n{body}", "a.txt", "0" * 64, "utf-8").appointments
    assert [(r["action"], r["effective_date"]) for r in rows] == [("designate", date(2025, 2, 3))]


@pytest.mark.parametrize("count", ["Các", "3"])
def test_holders_of_a_post_listed_after_an_election_with_a_colon_and_their_votes_are_elected(count):
    body = (
        "HĐND tỉnh tiến hành bầu UBND tỉnh. Ông Đoàn Văn Kiên tái đắc cử Chủ tịch UBND tỉnh. "
        f"{count} Phó Chủ tịch UBND tỉnh gồm: ông Lý Seo Dìn (52/55 phiếu), ông Trần Hữu Bằng (53/55 phiếu) và bà"
        " Nguyễn Thị Thúy (51/55 phiếu)."
    )
    assert changes(body)[1:] == [
        (n, "elect", "Phó Chủ tịch UBND tỉnh") for n in ("Lý Seo Dìn", "Trần Hữu Bằng", "Nguyễn Thị Thúy")
    ]


def test_a_person_who_receives_a_decision_is_the_one_its_subject_moves():
    body = (
        "Tại hội nghị, ông Lò Văn Pháng, Phó Giám đốc Sở Xây dựng, nhận Quyết định số 512/QĐ-UBND ngày 3/5/2031 về"
        " việc điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính."
    )
    assert changes(body) == [
        ("Lò Văn Pháng", "transfer", "Phó Giám đốc Sở Tài chính"),
        ("Lò Văn Pháng", "appoint", "Phó Giám đốc Sở Tài chính"),
    ]
    # one who reads the decision out is not
    assert changes(body.replace("nhận Quyết định", "đọc Quyết định")) == []


def test_a_change_talked_about_as_a_noun_moves_no_one_named_before():
    body = "Theo đồng chí Hà Thị Nguyệt, việc bổ nhiệm Giám đốc Sở Nội vụ được thực hiện chặt chẽ, đúng quy trình."
    assert changes(body) == []
    named = "Theo đồng chí Hà Thị Nguyệt, việc bổ nhiệm ông Đinh Văn Tú giữ chức Giám đốc Sở Nội vụ là đúng quy trình."
    assert changes(named) == [("Đinh Văn Tú", "appoint", "Giám đốc Sở Nội vụ")]


def test_a_charge_written_with_two_words_joined_by_a_comma_keeps_both():
    body = (
        "Chủ tịch UBND tỉnh giao ông Vi Văn Thìn, Phó Giám đốc Sở Công thương, phụ trách, điều hành hoạt động của Sở"
        " Công thương cho đến khi bổ nhiệm Giám đốc sở."
    )
    assert changes(body) == [("Vi Văn Thìn", "assign", "phụ trách, điều hành hoạt động của Sở Công thương")]


def test_of_two_persons_joined_between_two_verbs_the_first_is_the_first_verbs_and_the_second_the_seconds():
    body = "Như vậy, sau khi bổ nhiệm bà Đỗ Thị Mơ và ông Lục Văn Quý nghỉ hưu, Sở có ba Phó Giám đốc."
    assert changes(body) == [("Đỗ Thị Mơ", "appoint", None), ("Lục Văn Quý", "retire", None)]
    relieved = "HĐND xã miễn nhiệm ông Lục Văn Quý; ông Đỗ Văn Mơ trúng cử Chủ tịch UBND xã Tà Lèng."
    assert changes(relieved) == [
        ("Lục Văn Quý", "relieve", "Chủ tịch UBND xã Tà Lèng"),
        ("Đỗ Văn Mơ", "elect", "Chủ tịch UBND xã Tà Lèng"),
    ]


def test_one_who_receives_a_decision_on_a_bodys_behalf_is_not_moved_by_it():
    body = (
        "Tại hội nghị, đồng chí Lò Văn Pháng, Bí thư Huyện ủy Mường Tè, thay mặt Ban Thường vụ Huyện ủy nhận Quyết định"
        " số 120-QĐ/TU về việc chỉ định Phó Bí thư Huyện ủy Mường Tè nhiệm kỳ 2030-2035."
    )
    assert changes(body) == []


def test_a_change_made_a_noun_with_its_post_introduced_moves_the_subject():
    body = (
        "Ông Đinh Văn Tú, Phó Giám đốc Sở Tài chính, đã hoàn tất việc điều động, bổ nhiệm giữ chức Giám đốc Sở Tài"
        " chính từ ngày 1/12/2031."
    )
    assert changes(body) == [
        ("Đinh Văn Tú", "transfer", "Giám đốc Sở Tài chính"),
        ("Đinh Văn Tú", "appoint", "Giám đốc Sở Tài chính"),
    ]


def test_an_approval_of_two_persons_leaving_a_post_relieves_both():
    body = "Ban Bí thư chuẩn y đồng chí Hà Văn Sử và đồng chí Lò Văn Pháng thôi giữ chức Phó Bí thư Tỉnh ủy Yên Hà."
    relieved = [(n, a) for n, a, _ in changes(body) if a == "relieve"]
    assert relieved == [("Hà Văn Sử", "relieve"), ("Lò Văn Pháng", "relieve")]


def test_a_body_that_approves_after_a_comma_is_no_post_of_the_approval_before():
    body = (
        "Đồng chí Lò Văn Pháng chúc mừng đồng chí Hà Văn Sử được Ban Bí thư chuẩn y, Thủ tướng Chính phủ phê chuẩn; đề"
        " nghị đồng chí phát huy kinh nghiệm."
    )
    assert ("Hà Văn Sử", "approve", "Thủ tướng Chính phủ") not in changes(body)
