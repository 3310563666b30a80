from datetime import date

from hoinghi.transforms.documents import code_key, find_documents


def codes(text):
    return [(d.doc_code, d.doc_type, d.issued_date) for d in find_documents(text)]


def test_party_codes_with_type_word_number_and_date():
    text = "thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị và Hướng dẫn 26-HD/BTCTW ngày 18-12-2019"
    assert codes(text) == [
        ("205-QĐ/TW", "Quy định", date(2019, 9, 23)),
        ("26-HD/BTCTW", "Hướng dẫn", date(2019, 12, 18)),
    ]


def test_qd_is_quyet_dinh_without_a_type_word():
    assert codes("theo 1234-QĐ/TU của Ban Thường vụ") == [("1234-QĐ/TU", "Quyết định", None)]


def test_spaces_and_misprints_inside_codes():
    assert codes("Kết luận số 72 - KL/TW và Quyết định 2139- QĐSN/TW")[0][0] == "72-KL/TW"
    assert codes("Quyết định 2139- QĐSN/TW")[0][0] == "2139-QĐSN/TW"


def test_elliptical_list_shares_the_type_word():
    assert codes("Nghị quyết số 26-NQ/TW, số 27-NQ/TW của Hội nghị Trung ương 7") == [
        ("26-NQ/TW", "Nghị quyết", None),
        ("27-NQ/TW", "Nghị quyết", None),
    ]


def test_the_code_letters_decide_the_type_not_a_distant_word():
    assert codes("Kế hoạch số 12-KH/TU thực hiện Chỉ thị số 05-CT/TW")[1][1] == "Chỉ thị"


def test_mixed_case_type_codes_and_state_codes():
    assert codes("Chương trình số 15-CTr/TU ngày 2-3-2021") == [("15-CTr/TU", "Chương trình", date(2021, 3, 2))]
    assert codes("Nghị định số 33/2023/NĐ-CP của Chính phủ") == [("33/2023/NĐ-CP", "Nghị định", None)]


def test_documents_without_a_code_are_not_invented():
    assert (
        codes("Nghị quyết Đại hội XIII của Đảng, Nghị quyết Trung ương 4 khóa XII, Chỉ thị 05 của Bộ Chính trị") == []
    )


def test_quoted_title_right_after_the_code():
    doc = find_documents("Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị “về chủ trương khuyến khích cán bộ”.")[0]
    assert doc.title == "về chủ trương khuyến khích cán bộ"
    assert doc.mention_text == "Kết luận số 14-KL/TW ngày 22/9/2021"


def test_code_key_ignores_spaces_case_and_leading_zeros():
    assert code_key("09-ĐA/TU") == code_key("9 - đa/tu") == "9-ĐA/TU"


def test_a_code_at_the_end_of_a_sentence_keeps_no_full_stop():
    assert [d.doc_code for d in find_documents("thực hiện Kết luận số 21-KL/TW. Hướng dẫn số 05-HD/T.Ư.")] == [
        "21-KL/TW",
        "05-HD/T.Ư",
    ]
