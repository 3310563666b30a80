"""TCVN3 (ABC) legacy-font text: bytes, text once shown as cp1252, and capitals from the capitals font."""

from hoinghi.transforms import tcvn3
from tests.encodings import tcvn3 as to_tcvn3


def test_the_codes_of_the_common_letters():
    assert tcvn3.decode(b"H\xe9i ngh\xde \xa7\xb6ng") == "Hội nghị Đảng"
    assert tcvn3.decode(b"Ban T\xe6 ch\xf8c Trung \xad\xacng") == "Ban Tổ chức Trung ương"


def test_a_sentence_round_trips_through_the_legacy_font():
    sentence = "Sáng 5-3, Ban Thường vụ Huyện uỷ Yên Lạc tổ chức hội nghị sơ kết quý I năm 2019."  # old tone style
    assert tcvn3.decode(to_tcvn3(sentence)) == sentence


def test_an_all_caps_line_typed_in_the_capitals_font_comes_back_in_capitals():
    raw = to_tcvn3("HỘI NGHỊ TỔNG KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG\nTrong năm qua")
    assert raw.startswith(b"H\xe9I NGH\xde")  # the capitals font reuses the lower-case codes
    assert tcvn3.decode(raw) == "HỘI NGHỊ TỔNG KẾT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG\nTrong năm qua"


def test_a_capitalised_word_inside_a_mixed_line_is_restored_only_with_two_ascii_capitals():
    assert tcvn3.restore_capitals("Chào mừng ĐảNG quang vinh, Tổ chức") == "Chào mừng ĐẢNG quang vinh, Tổ chức"


def test_a_given_name_that_starts_with_a_toned_vowel_is_capitalised_after_a_family_name():
    raw = to_tcvn3("đồng chí Nguyễn Thị Ánh, Phó Chủ tịch; đồng chí Lê Ước phát biểu")
    assert tcvn3.decode(raw) == "đồng chí Nguyễn Thị Ánh, Phó Chủ tịch; đồng chí Lê Ước phát biểu"


def test_a_sentence_start_is_capitalised_but_a_word_inside_a_sentence_is_not():
    assert tcvn3.restore_capitals("Hội nghị bế mạc. ấy là kết quả của đợt ấy.") == (
        "Hội nghị bế mạc. Ấy là kết quả của đợt ấy."
    )


def test_text_that_was_shown_as_cp1252_is_converted():
    assert tcvn3.from_cp1252_view("Héi nghÞ tæng kÕt c«ng t¸c n¨m 2018") == "Hội nghị tổng kết công tác năm 2018"


def test_unicode_vietnamese_is_not_taken_for_the_cp1252_view():
    assert tcvn3.from_cp1252_view("Hội nghị tổng kết công tác năm 2018") is None
