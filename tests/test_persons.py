"""Persons and titles on sentences written for these tests: new names, the grammar of the corpus."""

import pytest

from hoinghi.transforms.persons import find_persons
from hoinghi.transforms.titles import title_end


def people(text):
    return {p.full_name: p.titles for p in find_persons(text)}


def test_name_then_titles_after_a_form_of_address():
    got = people("Đồng chí Trịnh Văn Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.")
    assert got == {"Trịnh Văn Lâm": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]}


def test_titles_before_the_name_are_split_at_commas_and_dashes():
    got = people("Phát biểu tại hội nghị, Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Đặng Quốc Khánh nhấn mạnh.")
    assert got == {"Đặng Quốc Khánh": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # posts in lower case, the organ capitalised, as some national papers write them
        ("Phiên họp do phó chủ tịch Quốc hội Hà Thị Ngọc Lan chủ trì.", {"Hà Thị Ngọc Lan": ["phó chủ tịch Quốc hội"]}),
        ("Sau đó, bộ trưởng Bộ Nội vụ Lương Quốc Hưng trao quyết định.", {"Lương Quốc Hưng": ["bộ trưởng Bộ Nội vụ"]}),
        # lower-case words that open no title give none
        ("Hội nghị tặng hoa chúc mừng ông Lương Quốc Hưng.", {"Lương Quốc Hưng": []}),
    ],
)
def test_a_title_written_in_lower_case_before_the_name(text, expected):
    assert people(text) == expected


def test_a_list_after_cac_dong_chi_separated_by_semicolons():
    text = (
        "Dự hội nghị có các đồng chí: Lò Văn Muôn – Phó Bí thư Thường trực Tỉnh ủy; Giàng A Chu - Ủy viên Ban "
        "Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy; đại diện lãnh đạo các sở, ngành."
    )
    assert people(text) == {
        "Lò Văn Muôn": ["Phó Bí thư Thường trực Tỉnh ủy"],
        "Giàng A Chu": ["Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Tỉnh ủy"],
    }


def test_two_persons_joined_by_va():
    text = (
        "trao Huân chương cho đồng chí Tạ Quang Huy, nguyên Vụ trưởng Vụ Cơ sở đảng và đồng chí Lưu Thị Hòa, "
        "nguyên Phó Vụ trưởng Vụ Địa phương III."
    )
    assert people(text) == {
        "Tạ Quang Huy": ["nguyên Vụ trưởng Vụ Cơ sở đảng"],
        "Lưu Thị Hòa": ["nguyên Phó Vụ trưởng Vụ Địa phương III"],
    }


def test_places_and_organisations_are_not_persons():
    text = (
        "Ban Tổ chức Tỉnh ủy Quảng Ninh, Ban Tổ chức Thành ủy Hải Phòng và Bí thư Tỉnh ủy Hà Tĩnh; Đoàn Thanh niên "
        "Cộng sản Hồ Chí Minh tổ chức học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh tại TP Hồ Chí Minh."
    )
    assert people(text) == {}


def test_two_syllable_place_after_a_locality_title_is_not_a_person():
    assert people("Đồng chí Hầu A Lềnh, Phó Bí thư Tỉnh ủy làm Bí thư Huyện ủy Mèo Vạc") == {
        "Hầu A Lềnh": ["Phó Bí thư Tỉnh ủy", "Bí thư Huyện ủy Mèo Vạc"]
    }


def test_two_syllable_names_and_ethnic_names():
    got = people("Chủ tịch nước Võ Thắng chủ trì. Đồng chí Y Biêr, Trưởng ban Dân tộc; đồng chí Phù Sáng, Vụ trưởng.")
    assert got == {"Võ Thắng": ["Chủ tịch nước"], "Y Biêr": ["Trưởng ban Dân tộc"], "Phù Sáng": ["Vụ trưởng"]}


def test_name_like_ha_ban_whose_second_syllable_is_a_title_word():
    assert people("tặng Kỷ niệm chương cho đồng chí Tô Ban, nguyên Ủy viên Trung ương Đảng.") == {
        "Tô Ban": ["nguyên Ủy viên Trung ương Đảng"]
    }


def test_lower_case_family_name_and_odd_capitals_are_normalised():
    got = people("Dự có đồng chí lê Thị Hằng, Phó Bí thư Đảng ủy Khối và đồng chí Trần VĂn Bảy.")
    assert set(got) == {"Lê Thị Hằng", "Trần Văn Bảy"}


def test_dự_khuyết_stays_inside_the_title():
    assert people("đồng chí Nông Văn Tú - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy.") == {
        "Nông Văn Tú": ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]
    }


def test_a_noun_that_ends_with_a_speakers_verb_stays_inside_the_title():
    got = people("Đồng chí Lê Thị Mến, Bí thư Đảng ủy Công ty Công nghệ thông tin Sông Đà thông tin thêm về kết quả.")
    assert got == {"Lê Thị Mến": ["Bí thư Đảng ủy Công ty Công nghệ thông tin Sông Đà"]}


def test_title_words_giu_chuc_and_lam_introduce_new_titles():
    got = people("phân công ông Đinh Tiến Dũng, Phó Chủ tịch Quốc hội giữ chức Trưởng ban Kinh tế T.Ư.")
    assert got == {"Đinh Tiến Dũng": ["Phó Chủ tịch Quốc hội", "Trưởng ban Kinh tế T.Ư"]}


def test_stray_comma_organ_stays_a_phrase_as_written():
    got = people("đồng chí Lê Văn Dũng, Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương.")
    assert got == {"Lê Văn Dũng": ["Phó Trưởng Ban Thường trực", "Ban Tổ chức Trung ương"]}


def test_dash_inside_an_organ_name_does_not_split_the_title():
    got = people("cho đồng chí Phan Văn Mãi, nguyên Vụ trưởng Vụ Tổ chức - Cán bộ cơ quan Ban Tổ chức Trung ương.")
    assert got == {"Phan Văn Mãi": ["nguyên Vụ trưởng Vụ Tổ chức - Cán bộ cơ quan Ban Tổ chức Trung ương"]}


def test_later_bare_mentions_join_the_same_person():
    persons = find_persons("Đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị phát biểu. Nguyễn Xuân Thắng khẳng định.")
    assert len(persons) == 1 and len(persons[0].mentions) == 2


def test_a_title_without_a_name_is_no_person():
    assert people("Kết luận hội nghị, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy.") == {}


def test_a_name_cut_off_by_the_excerpt_end_is_dropped():
    assert people("người tiền nhiệm của ông Lê Minh H") == {}


@pytest.mark.parametrize(
    "spelling", ["Uỷ viên Ban Thường vụ Tỉnh uỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"]
)
def test_old_and_new_tone_placement_are_read_and_kept_as_written(spelling):
    assert people(f"đồng chí Mai Tiến Dũng, {spelling}.") == {"Mai Tiến Dũng": [spelling]}


def test_a_list_of_names_after_one_form_of_address():
    assert set(people("Dự có các đồng chí Lê Văn Hiền, Hà Thị Nga và Vũ Đức Thắng.")) == {
        "Lê Văn Hiền",
        "Hà Thị Nga",
        "Vũ Đức Thắng",
    }


def test_titles_in_parentheses():
    assert people("Đồng chí Trần Đức Thuận (Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh) phát biểu.") == {
        "Trần Đức Thuận": ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
    }


def test_one_title_in_two_tone_spellings_is_one_title():
    persons = find_persons(
        "đồng chí Lý Văn Huấn, Uỷ viên Trung ương Đảng. Đồng chí Lý Văn Huấn, Ủy viên Trung ương Đảng."
    )
    assert persons[0].titles == ["Uỷ viên Trung ương Đảng"]  # once, as first written


def test_titles_shared_by_a_list_after_a_colon():
    text = "Dự có các đồng chí Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương: Lê Văn A Bình, Vũ Thanh Mai."
    shared = ["Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương"]
    assert people(text) == {"Lê Văn A Bình": shared, "Vũ Thanh Mai": shared}


def test_a_title_ending_in_a_locality_word_still_takes_a_full_name():
    assert people("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Văn Bi phát biểu; tỉnh Hà Nam và TP Hồ Chí Minh") == {
        "Lâm Văn Bi": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    }


def test_a_term_is_not_part_of_the_title():
    assert people("chuẩn y đồng chí Triệu Văn Lìu giữ chức Bí thư Huyện ủy nhiệm kỳ 2020-2025.") == {
        "Triệu Văn Lìu": ["Bí thư Huyện ủy"]
    }


def test_an_organ_phrase_belongs_to_the_title_before_it():
    # The gold sets count 'Ban Tổ chức Trung ương' as a phrase of its own; held titles keep it with
    # the title it names the organ of: alone it is no title (person_title_history lists held titles).
    (person,) = find_persons(
        "Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương "
        "phát biểu. Đồng chí Mai Văn Chính, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương cho biết."
    )
    assert person.titles == [
        "Ủy viên Trung ương Đảng",
        "Phó Trưởng Ban Thường trực",
        "Ban Tổ chức Trung ương",
        "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
    ]
    assert person.held_titles == [
        "Ủy viên Trung ương Đảng",
        "Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương",
        "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
    ]


# --- titles read with the title grammar (#13) ----------------------------------------------------


def test_a_verb_phrase_after_a_title_is_not_part_of_it():
    got = people("ông Lò Văn Khiêm, nguyên Bí thư Huyện ủy Mường Tè do chuyển công tác, đã tham gia Ban Chấp hành.")
    assert got == {"Lò Văn Khiêm": ["nguyên Bí thư Huyện ủy Mường Tè"]}
    got = people("đồng chí Vi Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy tham gia Ban Chấp hành Đảng bộ huyện.")
    assert got == {"Vi Thị Lan": ["Phó Trưởng Ban Dân vận Tỉnh ủy"]}


def test_the_next_persons_title_and_name_in_a_list_are_not_the_previous_ones():
    text = "có Thường trực Ban Bí thư Hoàng Minh Đạt, Trưởng Ban Tổ chức Trung ương Lạc Văn Khang dự."
    assert people(text) == {
        "Hoàng Minh Đạt": ["Thường trực Ban Bí thư"],
        "Lạc Văn Khang": ["Trưởng Ban Tổ chức Trung ương"],
    }


def test_a_place_glued_to_the_next_name_ends_the_title_and_starts_no_name():
    got = people("Phó Bí thư Thường trực Huyện ủy Yên Khánh Viên Quốc Hải phát biểu.")
    assert got == {"Viên Quốc Hải": ["Phó Bí thư Thường trực Huyện ủy Yên Khánh"]}


def test_a_name_ends_before_a_position_written_without_a_comma():
    assert people("Đồng chí Dương Văn Khởi Bí thư Huyện ủy đến dự.") == {"Dương Văn Khởi": ["Bí thư Huyện ủy"]}


def test_titles_given_by_a_verb_and_a_term_left_out():
    got = people("Đồng chí Hồ Văn Lực tiếp tục được bầu giữ chức vụ Bí thư Huyện ủy Sơn Tây, nhiệm kỳ 2025-2030.")
    assert got == {"Hồ Văn Lực": ["Bí thư Huyện ủy Sơn Tây"]}
    got = people("Đồng chí Hồ Văn Lực, Chủ tịch UBND huyện kiêm Giám đốc Trung tâm Chính trị huyện.")
    assert got == {"Hồ Văn Lực": ["Chủ tịch UBND huyện", "Giám đốc Trung tâm Chính trị huyện"]}


def test_a_title_given_to_a_person_named_after_it():
    got = people("Bộ Chính trị chuẩn y chức danh Bí thư Tỉnh ủy Bình Sơn đối với đồng chí Đinh Văn Quảng.")
    assert got == {"Đinh Văn Quảng": ["Bí thư Tỉnh ủy Bình Sơn"]}


def test_shared_titles_before_a_colon_go_to_every_name_with_its_own_titles():
    text = "Các Ủy viên Bộ Chính trị: Lê Văn Tâm - Chủ tịch Quốc hội; Phạm Quang Vinh - Trưởng Ban Tổ chức Trung ương."
    assert people(text) == {
        "Lê Văn Tâm": ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"],
        "Phạm Quang Vinh": ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"],
    }


def test_ranks_are_not_titles():
    assert people("Thiếu tướng Hồ Văn Lâm, Phó Cục trưởng Cục Chính trị phát biểu.") == {
        "Hồ Văn Lâm": ["Phó Cục trưởng Cục Chính trị"]
    }


def test_a_photo_note_between_name_and_title_and_a_common_middle_name():
    got = people("ông Thái Minh Khoa (bìa trái), Chủ tịch UBND tỉnh Bình Sơn được bầu làm Bí thư Tỉnh ủy.")
    assert got == {"Thái Minh Khoa": ["Chủ tịch UBND tỉnh Bình Sơn", "Bí thư Tỉnh ủy"]}
    assert people("Trưởng ban Tổ chức Thành ủy TPHCM Văn Thị Kim Hoa phát biểu.") == {
        "Văn Thị Kim Hoa": ["Trưởng ban Tổ chức Thành ủy TPHCM"]
    }


def test_a_term_after_a_title_lets_the_next_title_follow():
    text = (
        "đồng chí Lê Văn Tám thôi giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016, "
        "được điều động làm Phó Trưởng Ban Tổ chức Trung ương."
    )
    assert people(text) == {"Lê Văn Tám": ["Chủ tịch UBND tỉnh", "Phó Trưởng Ban Tổ chức Trung ương"]}


def test_a_delegations_head_and_a_bare_phu_trach_are_no_titles():
    got = people(
        "đồng chí Lý Văn Sáng, Trưởng đoàn, làm việc; ông Đỗ Văn Khải - Phó Bí thư Quận ủy, phụ trách điều hành."
    )
    assert got == {"Lý Văn Sáng": [], "Đỗ Văn Khải": ["Phó Bí thư Quận ủy"]}


def test_titles_before_a_stray_colon_stay_with_the_person_before_them():
    got = people("Dự có đồng chí Hà Văn Sơn, Phó Bí thư Tỉnh ủy: Lý Thị Mai, Trưởng Ban Tổ chức Tỉnh ủy.")
    assert got == {"Hà Văn Sơn": ["Phó Bí thư Tỉnh ủy"], "Lý Thị Mai": ["Trưởng Ban Tổ chức Tỉnh ủy"]}


def test_a_title_given_by_a_named_body():
    text = "ông Võ Văn Định, Bí thư Tỉnh ủy, được Quốc hội tín nhiệm giữ chức Tổng Thư ký Quốc hội."
    assert people(text) == {"Võ Văn Định": ["Bí thư Tỉnh ủy", "Tổng Thư ký Quốc hội"]}
    text = "ông Võ Văn Định, Bí thư Tỉnh ủy, được cấp trên giới thiệu ứng cử chức danh Chủ tịch."
    assert people(text) == {"Võ Văn Định": ["Bí thư Tỉnh ủy"]}


def test_names_joined_by_va_share_the_title_a_verb_gives_them():
    text = "Các đồng chí Lê Thanh Hà và Nguyễn Văn Tú được bầu làm Phó Bí thư Huyện ủy Hà Sơn."
    assert people(text) == {
        "Lê Thanh Hà": ["Phó Bí thư Huyện ủy Hà Sơn"],
        "Nguyễn Văn Tú": ["Phó Bí thư Huyện ủy Hà Sơn"],
    }
    text = "Ông Lê Văn Khá, Bí thư Tỉnh ủy và ông Trần Văn Bảy được bầu làm Chủ tịch HĐND tỉnh."
    assert people(text) == {"Lê Văn Khá": ["Bí thư Tỉnh ủy"], "Trần Văn Bảy": ["Chủ tịch HĐND tỉnh"]}


def test_a_post_taken_away_from_the_name_goes_to_the_nearest_name_before_it():
    got = people(
        "Ban Thường vụ Tỉnh ủy công bố quyết định chỉ định bà Lò Thị Mai sinh năm 1980 giữ chức Bí thư Huyện ủy "
        "Yên Hà. Ông Đinh Văn Tâm, Phó Bí thư Tỉnh ủy, được Ban Chấp hành Đảng bộ tỉnh Yên Hà khóa mới bầu giữ chức "
        "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh."
    )
    assert got["Lò Thị Mai"] == ["Bí thư Huyện ủy Yên Hà"]
    assert got["Đinh Văn Tâm"] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"]


def test_a_post_only_intended_or_someone_elses_is_not_the_persons():
    got = people(
        "Ban Thường vụ giới thiệu đồng chí Lò Văn Khải, Phó Bí thư Huyện ủy, để bầu giữ chức Bí thư Huyện ủy. "
        "Phân công đồng chí Hà Văn Sinh, Phó Bí thư Huyện ủy, điều hành Đảng bộ cho đến khi có nhân sự giữ chức "
        "Bí thư Huyện ủy. Điều động đồng chí Vi Văn Lập, Bí thư Huyện ủy, đến Ủy ban nhân dân tỉnh để được bổ "
        "nhiệm giữ chức Giám đốc Sở Nội vụ."
    )
    assert got == {
        "Lò Văn Khải": ["Phó Bí thư Huyện ủy"],
        "Hà Văn Sinh": ["Phó Bí thư Huyện ủy"],
        "Vi Văn Lập": ["Bí thư Huyện ủy"],
    }


def test_a_comma_inside_an_organs_name_does_not_end_the_title():
    got = people(
        "Đồng chí Lê Văn Trọng, Bí thư Trung ương Đảng, Trưởng Ban Chính sách, chiến lược Trung ương phát biểu."
    )
    assert got == {"Lê Văn Trọng": ["Bí thư Trung ương Đảng", "Trưởng Ban Chính sách, chiến lược Trung ương"]}


@pytest.mark.parametrize("rank", ["Thượng tá", "Trung tá", "Thiếu tá", "Đại úy"])
def test_any_rank_before_a_name_marks_a_person_and_is_not_a_title(rank):
    got = people(f"Quyết định bổ nhiệm {rank} Lò Văn Khiêm giữ chức Phó Chỉ huy trưởng Bộ CHQS tỉnh.")
    assert got == {"Lò Văn Khiêm": ["Phó Chỉ huy trưởng Bộ CHQS tỉnh"]}


def test_an_abbreviated_central_committee_seat_after_a_dash_is_a_title():
    got = people("Dự có ông Lê Văn Tám - UVTƯ Đảng, Bí thư Tỉnh ủy Yên Hà; ông Hà Văn Quyết - Chủ tịch UBND tỉnh.")
    assert got["Lê Văn Tám"] == ["UVTƯ Đảng", "Bí thư Tỉnh ủy Yên Hà"]


def test_a_two_syllable_name_opening_a_list_after_a_shared_title_and_a_colon_is_a_person():
    got = people("Dự có các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy: Điểu K'Lâm, Nguyễn Thị Bích Ngọc, Ka Thị Huyền.")
    assert got == {
        name: ["Phó Trưởng Ban Tổ chức Tỉnh ủy"] for name in ("Điểu K'Lâm", "Nguyễn Thị Bích Ngọc", "Ka Thị Huyền")
    }


def test_the_head_and_deputy_of_an_emulation_bloc_written_after_the_word_khoi_are_titles():
    got = people(
        "Ông Lê Quang Tùng, Chánh Văn phòng Tỉnh ủy, Khối trưởng và ông Phạm Văn Thức, Phó Trưởng Ban Tổ chức Tỉnh ủy,"
        " Khối phó đồng chủ trì hội nghị."
    )
    assert got == {
        "Lê Quang Tùng": ["Chánh Văn phòng Tỉnh ủy", "Khối trưởng"],
        "Phạm Văn Thức": ["Phó Trưởng Ban Tổ chức Tỉnh ủy", "Khối phó"],
    }


def test_a_post_left_that_repeats_the_persons_title_in_short_is_no_second_title():
    got = people(
        "Quyết định cho đồng chí Lò Văn Pọm, Bí thư Huyện ủy Yên Lạc thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi"
        " giữ chức Bí thư Huyện ủy để nghỉ hưu."
    )
    assert got == {"Lò Văn Pọm": ["Bí thư Huyện ủy Yên Lạc"]}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Chủ trì có Thống đốc NHNN Lê Đức Thịnh.", "Lê Đức Thịnh", ["Thống đốc NHNN"]),
        ("Phó Tổng Thanh tra Chính phủ Trần Thị Mỹ dự.", "Trần Thị Mỹ", ["Phó Tổng Thanh tra Chính phủ"]),
        ("Phó Tổng KTNN Nguyễn Đình Khải công bố nghị quyết.", "Nguyễn Đình Khải", ["Phó Tổng KTNN"]),
        (
            "Ông Nguyễn Sơn Hải, Thẩm phán TANDTC, Chánh tòa Tòa Hình sự TANDTC phát biểu.",
            "Nguyễn Sơn Hải",
            ["Thẩm phán TANDTC", "Chánh tòa Tòa Hình sự TANDTC"],
        ),
    ],
)
def test_the_heads_of_central_agencies_and_their_units_are_titles(text, name, titles):
    assert people(text) == {name: titles}


def test_three_words_after_a_provincial_title_are_a_person_unless_a_province():
    got = people("Bí thư Tỉnh ủy Lê Văn Tám, Chủ tịch UBND tỉnh Phạm Quang Dũng trao quyết định, tặng hoa chúc mừng.")
    assert got == {"Lê Văn Tám": ["Bí thư Tỉnh ủy"], "Phạm Quang Dũng": ["Chủ tịch UBND tỉnh"]}
    # a district's place opening with a family name stays the place ('Hoàng Su Phì'), and so does a province's
    assert people("Ông Lê Văn Tám, Bí thư Huyện ủy Hoàng Su Phì chia sẻ.") == {
        "Lê Văn Tám": ["Bí thư Huyện ủy Hoàng Su Phì"]
    }
    assert people("Ông Lê Văn Tám, Chủ tịch UBND tỉnh Thừa Thiên Huế chia sẻ.") == {
        "Lê Văn Tám": ["Chủ tịch UBND tỉnh Thừa Thiên Huế"]
    }


def test_a_command_named_by_its_commanders_post_is_one_organ():
    got = people("Bộ Công an bổ nhiệm Đại tá Lò Văn Khiêm giữ chức Phó Tư lệnh Bộ Tư lệnh Cảnh sát cơ động.")
    assert got == {"Lò Văn Khiêm": ["Phó Tư lệnh Bộ Tư lệnh Cảnh sát cơ động"]}


def test_military_command_posts_are_titles():
    got = people("Dịp này, Thượng tá Giàng A Sùng, Chính trị viên Ban CHQS huyện Mường Tè, được tặng Bằng khen.")
    assert got == {"Giàng A Sùng": ["Chính trị viên Ban CHQS huyện Mường Tè"]}


def test_a_degree_before_a_name_marks_a_person_and_a_talks_verb_ends_the_title():
    got = people(
        "PGS.TS Trịnh Văn Khải, Phó Viện trưởng Viện Xây dựng Đảng truyền đạt chuyên đề. ThS Lù Thị Dung,"
        " Trưởng phòng Cơ sở đảng Ban Tổ chức Tỉnh ủy hướng dẫn nghiệp vụ."
    )
    assert got == {
        "Trịnh Văn Khải": ["Phó Viện trưởng Viện Xây dựng Đảng"],
        "Lù Thị Dung": ["Trưởng phòng Cơ sở đảng Ban Tổ chức Tỉnh ủy"],
    }


def test_two_titles_joined_by_va_are_two_titles_and_va_inside_an_organ_stays():
    got = people("Ông Phạm Hữu Tài, Bí thư Huyện ủy và Chủ tịch HĐND huyện Mỹ Xuyên, phát biểu.")
    assert got == {"Phạm Hữu Tài": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện Mỹ Xuyên"]}
    got = people("Bà Đoàn Thị Huệ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, phát biểu.")
    assert got == {"Đoàn Thị Huệ": ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"]}


def test_a_title_after_va_that_a_name_follows_is_the_next_persons():
    got = people("Ông Phạm Hữu Tài, Chủ tịch UBND tỉnh và Phó Chủ tịch UBND tỉnh Lâm Văn Khởi đồng chủ trì.")
    assert got == {"Phạm Hữu Tài": ["Chủ tịch UBND tỉnh"], "Lâm Văn Khởi": ["Phó Chủ tịch UBND tỉnh"]}


def test_lan_luot_gives_the_posts_to_the_names_in_order():
    got = people(
        "Phó Chủ tịch UBND tỉnh trao quyết định cho các ông Tạ Quang Vinh, Kha Văn Tiến, lần lượt giữ chức "
        "Phó Giám đốc Sở Tài chính và Phó Giám đốc Sở Xây dựng."
    )
    assert got["Tạ Quang Vinh"] == ["Phó Giám đốc Sở Tài chính"]
    assert got["Kha Văn Tiến"] == ["Phó Giám đốc Sở Xây dựng"]


def test_lan_luot_after_given_names_with_a_shared_title():
    got = people(
        "Hội nghị bầu bổ sung các ông Mai Xuân Thức, Hà Văn Khải và Lục Minh Đạo vào Ban Thường vụ Tỉnh ủy. "
        "Các ông Thức, Khải, Đạo hiện là Tỉnh ủy viên, lần lượt giữ chức Giám đốc Sở Nội vụ, Bí thư Huyện ủy "
        "Tam Nông và Chủ tịch UBND thành phố Cao Lãnh."
    )
    assert got == {
        "Mai Xuân Thức": ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"],
        "Hà Văn Khải": ["Tỉnh ủy viên", "Bí thư Huyện ủy Tam Nông"],
        "Lục Minh Đạo": ["Tỉnh ủy viên", "Chủ tịch UBND thành phố Cao Lãnh"],
    }


def test_an_item_of_a_list_of_persons_with_titles_is_a_name_whatever_its_family_name():
    got = people("Đoàn Chủ tịch gồm các đồng chí: Hồ Văn Lượm, Bí thư Đảng ủy xã; Kăn Pết, Phó Bí thư Đảng ủy xã.")
    assert got == {"Hồ Văn Lượm": ["Bí thư Đảng ủy xã"], "Kăn Pết": ["Phó Bí thư Đảng ủy xã"]}
    # a place in a list is no person: no title follows it
    assert "Quảng Trị" not in people("Dự có đại biểu các tỉnh: Hà Tĩnh; Quảng Trị, cùng lãnh đạo các sở.")


def test_a_name_anchored_once_is_a_mention_where_a_title_stands_before_it_whatever_its_family_name():
    got = people(
        "Đồng chí Kim Sóc Khiêm, Bí thư Huyện ủy Trà Cú chủ trì hội nghị. Kết luận hội nghị, đồng chí Bí thư "
        "Huyện ủy Kim Sóc Khiêm yêu cầu các cấp ủy tập trung củng cố chi bộ."
    )
    assert got == {"Kim Sóc Khiêm": ["Bí thư Huyện ủy Trà Cú", "Bí thư Huyện ủy"]}


def test_a_title_held_now_in_parentheses_after_a_former_one():
    got = people(
        "Khiển trách đồng chí Tạ Quang Vĩnh, nguyên Phó Chủ tịch UBND huyện (nay là Phó Giám đốc Sở Xây dựng)."
    )
    assert got == {"Tạ Quang Vĩnh": ["nguyên Phó Chủ tịch UBND huyện", "Phó Giám đốc Sở Xây dựng"]}


def test_a_post_a_change_gives_with_lam_away_from_the_name():
    got = people("Chánh Văn phòng Bộ Nội vụ Vũ Đặng Minh Khôi, 49 tuổi, được Thủ tướng bổ nhiệm làm Thứ trưởng Nội vụ.")
    assert got == {"Vũ Đặng Minh Khôi": ["Chánh Văn phòng Bộ Nội vụ", "Thứ trưởng Nội vụ"]}


def test_a_form_of_address_opening_a_sentence_anchors_the_name_after_it():
    assert people("Ông Nguyễn Minh Hậu được bầu giữ chức Chủ tịch UBND tỉnh.") == {
        "Nguyễn Minh Hậu": ["Chủ tịch UBND tỉnh"]
    }
    assert list(people("Bà Điểu Thị Lanh phát biểu tại hội nghị.")) == ["Điểu Thị Lanh"]  # a family name in no list


def test_a_party_cells_committee_member_is_a_title():
    got = people(
        "Đoàn Chủ tịch gồm các đồng chí: Đặng Văn Thuật, Bí thư Chi bộ; Bùi Văn Lững, Chi ủy viên, Trưởng thôn."
    )
    assert got["Bùi Văn Lững"][0] == "Chi ủy viên"


def test_a_tables_person_column_names_persons_whose_titles_are_the_rows_posts():
    from tests.test_tables import TABLE

    found = people(TABLE)
    assert found["Lê Văn Tám"] == ["Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"]
    assert found["Hà Thị Mai"] == ["Phó Trưởng Ban Tổ chức Tỉnh ủy"]


def test_the_clergy_by_their_address_and_the_monastic_family_name():
    assert people(
        "Đoàn Chủ tịch gồm các ông, bà: Điểu Minh Hải, Chủ tịch Ủy ban MTTQ tỉnh; Thượng tọa Thích Thiện Minh,"
        " Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bình Phước."
    ) == {
        "Điểu Minh Hải": ["Chủ tịch Ủy ban MTTQ tỉnh"],
        "Thích Thiện Minh": ["Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bình Phước"],
    }


def test_a_town_or_urban_districts_committee_member_is_a_title():
    assert people("đối với đồng chí Nguyễn Thị Kim Yến, Thị ủy viên, Bí thư Đảng ủy phường Tân Phước, do vi phạm.") == {
        "Nguyễn Thị Kim Yến": ["Thị ủy viên", "Bí thư Đảng ủy phường Tân Phước"]
    }
    assert people("Đồng chí Phạm Văn Luân, Quận ủy viên, Trưởng Ban Tổ chức Quận ủy phát biểu.") == {
        "Phạm Văn Luân": ["Quận ủy viên", "Trưởng Ban Tổ chức Quận ủy"]
    }


def test_an_organ_opening_a_clause_after_a_whole_title_is_not_a_title():
    text = (
        "Xem xét tố cáo đối với bà Nguyễn Thị Hồng Nhung, Trưởng Ban Dân vận Tỉnh ủy Yên Hà, Ủy ban Kiểm tra Trung"
        " ương kết luận bà Nhung có khuyết điểm. Ông Đỗ Mạnh Tùng, Cục trưởng Cục Tổ chức cán bộ, Bộ Công an phát biểu."
    )
    assert people(text) == {
        "Nguyễn Thị Hồng Nhung": ["Trưởng Ban Dân vận Tỉnh ủy Yên Hà"],
        "Đỗ Mạnh Tùng": ["Cục trưởng Cục Tổ chức cán bộ", "Bộ Công an"],  # the parent of a unit, as written
    }


def test_a_post_taken_after_a_list_of_names_goes_to_each_of_them():
    text = (
        "Các đồng chí Phạm Thị Ngọc Bích và Lê Hoàng Anh Tuấn, Chủ tịch UBND phường, được bầu giữ chức Phó Bí thư"
        " Đảng ủy phường."
    )
    assert people(text) == {
        "Phạm Thị Ngọc Bích": ["Phó Bí thư Đảng ủy phường"],
        "Lê Hoàng Anh Tuấn": ["Chủ tịch UBND phường", "Phó Bí thư Đảng ủy phường"],
    }
    # names that each take their own post keep their own
    text = (
        "Thành ủy điều động bà Nguyễn Thị Đào - Trưởng phòng Nội vụ giữ chức Bí thư Đảng ủy phường An Mỹ, ông Trương"
        " Thanh Khôi - Phó Văn phòng Thành ủy giữ chức Phó Bí thư Đảng ủy xã Tam Lộc."
    )
    assert "Phó Bí thư Đảng ủy xã Tam Lộc" not in people(text)["Nguyễn Thị Đào"]


def test_a_post_held_in_a_career_told_is_not_a_title():
    text = "Ông Phan Tiến Lực sinh năm 1977, thạc sĩ kinh tế; từng giữ chức Bí thư Thành ủy Yên Hà."
    assert people(text) == {"Phan Tiến Lực": []}


def test_a_plural_list_of_names_with_their_own_titles_shares_the_post_taken_after_it():
    text = (
        "Các bà Siu Thị Hoa, Chủ tịch Hội LHPN huyện Chư Sê và Lê Thị Thu Hương, Trưởng ban Tuyên giáo Hội LHPN tỉnh"
        " được bầu giữ chức Phó Chủ tịch."
    )
    assert all("Phó Chủ tịch" in titles for titles in people(text).values())
    text = (
        "Ban Thường vụ bổ nhiệm các đồng chí: Trần Thị Bích Ngọc, nguyên Trưởng Ban Tổ chức Huyện ủy Yên Hà; Vũ Văn"
        " Hiển, nguyên Phó Trưởng Ban Tổ chức Huyện ủy Yên Lạc giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert all("Phó Trưởng Ban Tổ chức Tỉnh ủy" in titles for titles in people(text).values())


def test_a_ministry_named_with_va_before_its_ministers_name():
    text = (
        "Chiều 3/10, tại trụ sở Bộ Nông nghiệp và Môi trường, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nông nghiệp và"
        " Môi trường Đỗ Minh Trung chủ trì lễ công bố. Học sinh trường Nguyễn Văn Trỗi dự."
    )
    assert people(text) == {"Đỗ Minh Trung": ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Nông nghiệp và Môi trường"]}


def test_va_between_a_title_and_the_next_persons_name_is_not_part_of_the_title():
    text = (
        "Đoàn Chủ tịch gồm các đồng chí: Nguyễn Thị Bích Phượng, Phó Bí thư Thường trực Đảng ủy Tập đoàn và Hoàng Văn"
        " Sáng, Trưởng Ban Tổ chức Đảng ủy Tập đoàn."
    )
    assert people(text) == {
        "Nguyễn Thị Bích Phượng": ["Phó Bí thư Thường trực Đảng ủy Tập đoàn"],
        "Hoàng Văn Sáng": ["Trưởng Ban Tổ chức Đảng ủy Tập đoàn"],
    }


def test_va_after_a_persons_titles_joins_the_next_name_to_the_list():
    got = people(
        "Các đồng chí Danh Thị Sa Quây, Chủ tịch UBND xã và Kim Văn Đực được bầu giữ chức Phó Bí thư Đảng ủy xã."
    )
    assert set(got) == {"Danh Thị Sa Quây", "Kim Văn Đực"}


def test_a_province_in_brackets_between_a_title_and_the_name():
    got = people("Bí thư Huyện ủy Tháp Mười (Đồng Tháp) Nguyễn Thị Ngọc Diệp nhấn mạnh, cần làm tốt công tác cán bộ.")
    assert got == {"Nguyễn Thị Ngọc Diệp": ["Bí thư Huyện ủy Tháp Mười"]}


def test_a_table_cell_listing_two_titles_gives_both():
    text = (
        "Ban Thường vụ Tỉnh ủy điều động cán bộ, cụ thể như sau:\n\n"
        "| STT | Họ và tên | Chức vụ cũ | Chức vụ mới | Số quyết định |\n\n"
        "| 1 | Lê Văn Tám | Tỉnh ủy viên, Bí thư Huyện ủy Văn Chấn | Trưởng Ban Dân vận Tỉnh ủy | 210-QĐ/TU |\n\n"
        "Các đồng chí nhận nhiệm vụ từ ngày 1/6."
    )
    assert people(text)["Lê Văn Tám"] == ["Tỉnh ủy viên", "Bí thư Huyện ủy Văn Chấn", "Trưởng Ban Dân vận Tỉnh ủy"]


def test_the_youth_forms_of_address_put_a_name_after_them():
    text = "Hội nghị hiệp thương cử anh Nguyễn Hữu Tâm và chị Hà Thị Mỹ Lan giữ chức Phó Chủ tịch Hội."
    assert [p.full_name for p in find_persons(text)] == ["Nguyễn Hữu Tâm", "Hà Thị Mỹ Lan"]


def test_two_capitalised_words_ending_a_persons_first_title_are_its_place_not_a_person():
    got = people("Ông Lê Văn Khải, Giám đốc Hợp tác xã Nông sản sạch Lục Ngạn phát biểu tại hội nghị.")
    assert got == {"Lê Văn Khải": ["Giám đốc Hợp tác xã Nông sản sạch Lục Ngạn"]}


def test_the_capitalised_words_after_an_enterprises_form_are_its_name_however_many():
    got = people("Ông Lê Văn Nam, Giám đốc Công ty TNHH Hoàng Long Phát phát biểu.")
    assert got == {"Lê Văn Nam": ["Giám đốc Công ty TNHH Hoàng Long Phát"]}
    got = people("Ông Lê Văn Nam, Bí thư Chi bộ, Giám đốc Công ty Hoàng Long Phát phát biểu.")
    assert got == {"Lê Văn Nam": ["Bí thư Chi bộ", "Giám đốc Công ty Hoàng Long Phát"]}
    # a name led by a family name that ends the run after words of the enterprise's name is a person's
    got = people("Ông Lê Văn Nam, Giám đốc Công ty CP Xi măng Tân Quang Nguyễn Văn Bình phát biểu.")
    assert got["Nguyễn Văn Bình"] == ["Giám đốc Công ty CP Xi măng Tân Quang"]


def test_a_sentence_opening_with_doi_voi_names_its_topic_up_to_the_comma():
    got = people("Đối với quyền Giám đốc Sở Giao thông vận tải Đỗ Minh Khôi, Chủ tịch UBND tỉnh yêu cầu đẩy nhanh.")
    assert got == {"Đỗ Minh Khôi": ["quyền Giám đốc Sở Giao thông vận tải"]}
    # a title closed by a comma is the topic's own: the next clause has its own subject
    got = people(
        "Đối với ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện Lâm Bình, Ủy ban Kiểm tra Tỉnh ủy quyết định kỷ luật."
    )
    assert got == {"Nguyễn Văn Hùng": ["Phó Chủ tịch UBND huyện Lâm Bình"]}
    # not inside a sentence: 'miễn nhiệm … đối với ông A, Phó Chủ tịch UBND tỉnh' is A's title
    assert people("HĐND tỉnh miễn nhiệm đối với ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh.") == {
        "Lê Văn Tám": ["Phó Chủ tịch UBND tỉnh"]
    }


def test_youth_forms_of_address_cue_a_name_only_in_lower_case_or_opening_a_sentence():
    assert people("Trung tâm Ngoại ngữ Anh Việt Mỹ được tặng Bằng khen.") == {}
    assert list(people("Anh Thân Văn Hưng, Phó Bí thư Tỉnh đoàn phát biểu.")) == ["Thân Văn Hưng"]


def test_a_three_word_place_after_a_committee_is_not_cut_by_a_family_name_inside_it():
    # 'Ma' is a family name too: 'Si Ma Cai' is the district, 'Lý Seo Dìn' the person after it
    assert people("Tân Bí thư Huyện ủy Si Ma Cai Lý Seo Dìn phát biểu.") == {
        "Lý Seo Dìn": ["Tân Bí thư Huyện ủy Si Ma Cai"]
    }
    assert people("Đồng chí Vàng A Sử, Bí thư Huyện ủy Si Ma Cai, thôi giữ chức.") == {
        "Vàng A Sử": ["Bí thư Huyện ủy Si Ma Cai"]
    }
    # a place of two words and a whole name still split as before
    assert people("Bí thư Huyện ủy Xuân Lộc Viên Hồng Tiến phát biểu.") == {
        "Viên Hồng Tiến": ["Bí thư Huyện ủy Xuân Lộc"]
    }


def test_giu_chuc_before_a_title_opening_with_vu_is_not_read_as_giu_chuc_vu():
    got = people(
        "Ông Nguyễn Hữu Phước, Phó Vụ trưởng Vụ Tổ chức, được bổ nhiệm giữ chức Vụ trưởng Vụ Chính quyền địa phương."
    )
    assert got == {"Nguyễn Hữu Phước": ["Phó Vụ trưởng Vụ Tổ chức", "Vụ trưởng Vụ Chính quyền địa phương"]}
    # 'giữ chức vụ' written in lower case introduces the title after it
    got = people("Ông Nguyễn Hữu Phước được bổ nhiệm giữ chức vụ Trưởng Ban Tổ chức Tỉnh ủy.")
    assert got == {"Nguyễn Hữu Phước": ["Trưởng Ban Tổ chức Tỉnh ủy"]}


def test_chanh_thanh_tra_opens_a_title():
    assert people("Bà Trịnh Thu Hằng, Chánh Thanh tra Bộ phát biểu.") == {"Trịnh Thu Hằng": ["Chánh Thanh tra Bộ"]}


def test_a_department_and_a_committee_joined_by_va_are_two_parties_not_one_title():
    persons = find_persons("Ông Nguyễn Văn An, Giám đốc Sở GDĐT và UBND huyện Lâm Bình đã ký kết quy chế phối hợp.")
    assert [(p.full_name, p.mentions[0].titles) for p in persons] == [("Nguyễn Văn An", ["Giám đốc Sở GDĐT"])]


def test_a_bare_abbreviated_body_after_a_comma_is_another_participant_not_the_titles_organ():
    text = "Dự hội nghị có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, UBND huyện Na Hang và các sở, ngành liên quan."
    assert people(text) == {"Nguyễn Văn An": ["Phó Chủ tịch UBND tỉnh"]}


def test_a_post_given_by_a_persons_own_verb_is_not_shared_with_the_next_item_of_a_list():
    got = people(
        "Đồng chí Thạch Sô Phol tái đắc cử chức Bí thư Đảng ủy xã; đồng chí Sơn Thị Chanh Thy, Chủ tịch Hội Liên hiệp"
        " Phụ nữ xã, được bầu giữ chức Phó Bí thư Đảng ủy xã."
    )
    assert got == {
        "Thạch Sô Phol": ["Bí thư Đảng ủy xã"],
        "Sơn Thị Chanh Thy": ["Chủ tịch Hội Liên hiệp Phụ nữ xã", "Phó Bí thư Đảng ủy xã"],
    }


def test_vi_the_reason_for_an_award_ends_a_title_but_not_the_committee_for_womens_advancement():
    got = people(
        "UBND tỉnh tặng Bằng khen cho đồng chí Quàng Thị Ban, Phó Chánh Văn phòng Sở Y tế vì đã có thành tích."
    )
    assert got == {"Quàng Thị Ban": ["Phó Chánh Văn phòng Sở Y tế"]}
    got = people("Bà Lê Thị Hoa, Phó Trưởng ban vì sự tiến bộ phụ nữ tỉnh phát biểu.")
    assert got == {"Lê Thị Hoa": ["Phó Trưởng ban vì sự tiến bộ phụ nữ tỉnh"]}


def test_a_post_set_off_by_a_comma_after_a_list_of_titled_names_is_every_names():
    got = people(
        "Ban Thường vụ trao quyết định bổ nhiệm đồng chí Sần Văn Páo, Trưởng phòng Tổ chức cơ sở đảng (Quyết định"
        " số 1351-QĐ/TU) và đồng chí Đặng Thị Hà, Trưởng phòng Tổ chức cán bộ (Quyết định số 1352-QĐ/TU), giữ chức"
        " Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert got == {
        "Sần Văn Páo": ["Trưởng phòng Tổ chức cơ sở đảng", "Phó Trưởng Ban Tổ chức Tỉnh ủy"],
        "Đặng Thị Hà": ["Trưởng phòng Tổ chức cán bộ", "Phó Trưởng Ban Tổ chức Tỉnh ủy"],
    }
    # not set off: the post right after the last name is that name's alone
    got = people("Ông Lê Văn Tám, Bí thư Tỉnh ủy và ông Trần Văn Bình được bầu làm Chủ tịch HĐND tỉnh.")
    assert got == {"Lê Văn Tám": ["Bí thư Tỉnh ủy"], "Trần Văn Bình": ["Chủ tịch HĐND tỉnh"]}


def test_a_rank_between_a_title_and_a_name_leaves_the_title_the_names():
    # a rank is no title (LABELING.md); the title written before it is the person's, also over a list
    got = people("Dự có các Phó Giám đốc Công an tỉnh: Đại tá Lù Văn Sính và Thượng tá Ma Thị Hồng Nhung.")
    assert got == {"Lù Văn Sính": ["Phó Giám đốc Công an tỉnh"], "Ma Thị Hồng Nhung": ["Phó Giám đốc Công an tỉnh"]}
    assert people("Phó Giám đốc Công an tỉnh Đại tá Lù Văn Sính phát biểu.") == {
        "Lù Văn Sính": ["Phó Giám đốc Công an tỉnh"]
    }


def test_a_change_verb_ends_the_title_of_the_agent_before_it():
    got = people(
        "Quyết định của Bộ trưởng Bộ Công an biệt phái Thượng tá Sùng Mí Pao, Trưởng phòng An ninh, đến công tác."
    )
    assert got == {"Sùng Mí Pao": ["Trưởng phòng An ninh"]}


def test_the_title_of_the_one_who_gave_authority_is_not_the_persons():
    assert people("Thừa uỷ quyền của Thủ tướng Chính phủ, Bộ trưởng Trịnh Quốc Bảo trao quyết định.") == {
        "Trịnh Quốc Bảo": ["Bộ trưởng"]
    }
    # a list of titles after 'của' is the chair's ('dưới sự chủ trì của A, B NAME')
    got = people("Hội nghị dưới sự chủ trì của Ủy viên Bộ Chính trị, Bí thư Thành ủy Nguyễn Văn Nên.")
    assert got == {"Nguyễn Văn Nên": ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy"]}


def test_a_plural_title_before_a_list_of_names_is_each_names():
    got = people("Dự buổi lễ có các Thứ trưởng Bộ Tư pháp Hoàng Văn Tiến và Lê Thị Mai Phương; đại diện Bộ Nội vụ.")
    assert got == {"Hoàng Văn Tiến": ["Thứ trưởng Bộ Tư pháp"], "Lê Thị Mai Phương": ["Thứ trưởng Bộ Tư pháp"]}
    # without the plural word the title is the first name's only
    got = people("Dự có Thứ trưởng Bộ Tư pháp Hoàng Văn Tiến và bà Lê Thị Mai Phương.")
    assert got == {"Hoàng Văn Tiến": ["Thứ trưởng Bộ Tư pháp"], "Lê Thị Mai Phương": []}


def test_pho_tong_cuc_truong_opens_a_title_in_either_case():
    got = people("Bà Đặng Thị Thu Hương, Phó Tổng Cục trưởng Tổng cục Thi hành án dân sự, phát biểu.")
    assert got == {"Đặng Thị Thu Hương": ["Phó Tổng Cục trưởng Tổng cục Thi hành án dân sự"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a place of two or more words a two-word name is one (minority names often are)
        ("Chủ tịch UBND xã Ea Tar Y Biêr phát biểu.", {"Y Biêr": ["Chủ tịch UBND xã Ea Tar"]}),
        ("Bí thư Huyện ủy Bảo Lâm Lý Ban phát biểu.", {"Lý Ban": ["Bí thư Huyện ủy Bảo Lâm"]}),
        # a run of three after a committee opening with a family name is the person
        ("Trưởng Công an xã Thạch Hoàng Bảo báo cáo.", {"Thạch Hoàng Bảo": ["Trưởng Công an xã"]}),
    ],
)
def test_two_word_names_after_a_place_and_a_three_word_name_after_a_committee(text, expected):
    assert people(text) == expected


def test_a_plural_titles_list_ends_at_a_name_with_its_own_title():
    got = people(
        "Dự có các Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Lê Văn Bình và ông Trần Văn Cường, Giám đốc Sở Tài chính."
    )
    assert got == {
        "Nguyễn Văn An": ["Phó Chủ tịch UBND tỉnh"],
        "Lê Văn Bình": ["Phó Chủ tịch UBND tỉnh"],
        "Trần Văn Cường": ["Giám đốc Sở Tài chính"],
    }


def test_an_adverb_before_the_verb_ends_a_title_written_without_a_comma():
    text = (
        "Đồng chí Phạm Văn Toàn, Phó Vụ trưởng Vụ Địa phương I trực tiếp truyền đạt nội dung. Đồng chí Lê Văn Hà,"
        " Giám đốc Sở Nội vụ cũng phát biểu. Đồng chí Vũ Thị Lan, Chủ tịch Hội Nông dân tỉnh đều thống nhất."
    )
    assert people(text) == {
        "Phạm Văn Toàn": ["Phó Vụ trưởng Vụ Địa phương I"],
        "Lê Văn Hà": ["Giám đốc Sở Nội vụ"],
        "Vũ Thị Lan": ["Chủ tịch Hội Nông dân tỉnh"],
    }


def test_the_presidium_is_an_organ_a_member_of_it_holds_a_post_in():
    got = people(
        "Dự có ông Dương Quang Thuận, Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; bà Hà Thị"
        " Lan, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam."
    )
    assert got == {
        "Dương Quang Thuận": ["Ủy viên Đoàn Chủ tịch", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"],
        "Hà Thị Lan": ["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"],
    }


def test_a_local_organs_place_after_a_persons_title_is_no_person_though_it_opens_with_a_family_name():
    got = people(
        "Tham luận tại hội nghị, đồng chí Bàn Văn Quyết, Bí thư Huyện ủy Hoàng Su Phì chia sẻ cách làm. Đồng chí"
        " Lý Thị Mai, Chủ tịch UBND huyện Hoàng Su Phì phát biểu."
    )
    assert got == {
        "Bàn Văn Quyết": ["Bí thư Huyện ủy Hoàng Su Phì"],
        "Lý Thị Mai": ["Chủ tịch UBND huyện Hoàng Su Phì"],
    }
    # a title before a name with no person before it still names that person
    assert people("Phát biểu tại hội nghị, Bí thư Huyện ủy Hoàng Văn Sơn nhấn mạnh.") == {
        "Hoàng Văn Sơn": ["Bí thư Huyện ủy"]
    }


def test_a_charge_the_verb_before_the_name_gives_is_not_a_title_held():
    assert people(
        "UBND tỉnh giao ông Lê Minh Tâm, Phó Giám đốc Sở, phụ trách Sở Giao thông vận tải cho đến khi kiện toàn."
    ) == {"Lê Minh Tâm": ["Phó Giám đốc Sở"]}
    # ... where a charge written in a person's apposition without such a verb is one of the titles
    assert people("Ông Lê Minh Tâm, Phó Giám đốc Sở, phụ trách Sở Giao thông vận tải phát biểu.") == {
        "Lê Minh Tâm": ["Phó Giám đốc Sở", "phụ trách Sở Giao thông vận tải"]
    }


def test_the_fronts_election_by_consultation_gives_the_post_after_it():
    assert people("Ông Xa Văn Khiêm được hiệp thương cử làm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII.") == {
        "Xa Văn Khiêm": ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII"]
    }
    # a post only nominated for is none of the person's titles
    text = "Ban Thường vụ giới thiệu ông Xa Văn Khiêm để hiệp thương cử làm Chủ tịch Ủy ban MTTQ tỉnh."
    assert people(text) == {"Xa Văn Khiêm": []}


def test_the_last_two_syllables_of_a_four_syllable_name_written_before_refer_back_to_that_person():
    found = {
        p.full_name: len(p.mentions)
        for p in find_persons(
            "Kết quả, đồng chí Nguyễn Thị Kim Thoa, Chủ tịch Ủy ban MTTQ xã trúng cử Phó Bí thư Đảng ủy xã. Đồng chí"
            " Kim Thoa được bầu thay đồng chí Chau Sóc Kha. Đồng chí Kim Sơn phát biểu."
        )
    }
    assert found == {"Nguyễn Thị Kim Thoa": 2, "Chau Sóc Kha": 1, "Kim Sơn": 1}


def test_a_dash_inside_a_places_name_in_a_title_before_a_name():
    assert people("Chủ tịch UBND thành phố Phan Rang - Tháp Chàm Trương Minh Hải đề xuất thí điểm.") == {
        "Trương Minh Hải": ["Chủ tịch UBND thành phố Phan Rang - Tháp Chàm"]
    }
    # a dash between two titles still splits them
    assert people("Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Đặng Quốc Khánh nhấn mạnh.") == {
        "Đặng Quốc Khánh": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]
    }


def test_posts_written_in_lower_case_after_a_name_are_titles():
    assert people(
        "Hội nghị do ông Phạm Thanh Hải, ủy viên Trung ương Đảng, bí thư Tỉnh ủy, chủ trì. Ông Võ Ngọc Trà, phó"
        " trưởng Ban Tổ chức Tỉnh ủy, đọc các quyết định. Ông Lê Văn Tám, người có nhiều năm công tác, phát biểu."
    ) == {
        "Phạm Thanh Hải": ["ủy viên Trung ương Đảng", "bí thư Tỉnh ủy"],
        "Võ Ngọc Trà": ["phó trưởng Ban Tổ chức Tỉnh ủy"],
        "Lê Văn Tám": [],
    }


def test_a_name_whose_family_name_comes_last_is_referred_back_to_by_its_first_two_syllables():
    found = {
        p.full_name: len(p.mentions)
        for p in find_persons(
            "Ông Y Khun Byă, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Phát biểu bế mạc, ông Y Khun đề nghị UBND tỉnh sớm"
            " trình. Ông Y Biêr phát biểu."
        )
    }
    assert found == {"Y Khun Byă": 2, "Y Biêr": 1}


def test_a_citys_name_after_thanh_pho_is_a_place_when_known_else_the_person_the_title_is_of():
    assert people("Phát biểu tại kỳ họp, Chủ tịch UBND thành phố Đinh Tiến Lâm đề nghị.") == {
        "Đinh Tiến Lâm": ["Chủ tịch UBND thành phố"]
    }
    assert people("Chủ tịch UBND thành phố Hồ Chí Minh Phan Văn Mãi phát biểu tại hội nghị.") == {
        "Phan Văn Mãi": ["Chủ tịch UBND thành phố Hồ Chí Minh"]
    }


def test_an_age_told_between_the_name_and_the_titles():
    assert people("Quyết định bổ nhiệm ông Lý Hoàng Phúc, 45 tuổi, Phó Giám đốc Sở Tài chính, làm Giám đốc Sở.") == {
        "Lý Hoàng Phúc": ["Phó Giám đốc Sở Tài chính", "Giám đốc Sở"]
    }


def test_a_post_given_after_a_list_whose_names_have_their_own_titles_is_each_names():
    assert people(
        "Bộ Chính trị chỉ định đồng chí Sùng Mí Páo, Bí thư Tỉnh ủy Hà Giang, và đồng chí Hoàng Thị Ngần, Chủ tịch"
        " UBND tỉnh, giữ chức Phó Bí thư Tỉnh ủy Tuyên Quang."
    ) == {
        "Sùng Mí Páo": ["Bí thư Tỉnh ủy Hà Giang", "Phó Bí thư Tỉnh ủy Tuyên Quang"],
        "Hoàng Thị Ngần": ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy Tuyên Quang"],
    }
    assert people("Đồng chí Hồ Văn Năm, Chủ tịch UBND tỉnh, và đồng chí Trần Thị Hằng được bầu làm Phó Bí thư.") == {
        "Hồ Văn Năm": ["Chủ tịch UBND tỉnh", "Phó Bí thư"],
        "Trần Thị Hằng": ["Phó Bí thư"],
    }
    # ... not a second post the last holds besides, nor one when each name has its own
    assert people(
        "Đồng chí Trịnh Quốc Khánh, Phó Trưởng Ban và đồng chí Hoàng Thị Mai, Phó Trưởng Ban kiêm Vụ trưởng Vụ"
        " Tổ chức - Đảng viên đồng chủ trì."
    )["Trịnh Quốc Khánh"] == ["Phó Trưởng Ban"]
    assert people("chỉ định bà Phùng Thị Lan giữ chức Chủ tịch HĐND xã và ông Đỗ Hữu Bình giữ chức Phó Chủ tịch.") == {
        "Phùng Thị Lan": ["Chủ tịch HĐND xã"],
        "Đỗ Hữu Bình": ["Phó Chủ tịch"],
    }


def test_a_district_named_after_a_person_is_a_place_after_a_local_organ():
    # 'Dương Minh Châu' (Tây Ninh) and 'Trần Văn Thời' (Cà Mau) are districts: after 'Huyện ủy' the run is
    # the organ's place, not a person whose title ends there
    assert people(
        "Quyết định chuẩn y đồng chí Nguyễn Hữu Lộc, Trưởng Ban Tổ chức Huyện ủy Dương Minh Châu, giữ chức Phó"
        " Bí thư Huyện ủy Dương Minh Châu. Đồng chí Lê Văn Nam, Chủ tịch UBND huyện Trần Văn Thời phát biểu."
    ) == {
        "Nguyễn Hữu Lộc": ["Trưởng Ban Tổ chức Huyện ủy Dương Minh Châu", "Phó Bí thư Huyện ủy Dương Minh Châu"],
        "Lê Văn Nam": ["Chủ tịch UBND huyện Trần Văn Thời"],
    }


def test_a_member_of_a_corporations_members_council_is_a_title():
    assert people(
        "Quyết định bổ nhiệm ông Phạm Xuân Thủy, Phó Bí thư Đảng ủy Tập đoàn, Thành viên Hội đồng thành viên,"
        " Tổng Giám đốc TKV, giữ chức Chủ tịch Hội đồng thành viên Tập đoàn."
    ) == {
        "Phạm Xuân Thủy": [
            "Phó Bí thư Đảng ủy Tập đoàn",
            "Thành viên Hội đồng thành viên",
            "Tổng Giám đốc TKV",
            "Chủ tịch Hội đồng thành viên Tập đoàn",
        ]
    }


def test_a_degree_between_a_title_and_the_name_is_neither_title_nor_name():
    assert people("Phát biểu tại hội nghị, Hiệu trưởng Trường Đại học Y PGS.TS Đoàn Thị Mỹ Hạnh cho biết.") == {
        "Đoàn Thị Mỹ Hạnh": ["Hiệu trưởng Trường Đại học Y"]
    }


def test_the_y_of_medicine_after_an_institution_opens_no_ede_name():
    # 'Y' opens Ê Đê men's names ('Y Khun Niê'), but after 'Đại học' it is medicine
    assert people("Hiệu trưởng Trường Đại học Y Dược Đoàn Thị Mỹ Hạnh cho biết.") == {
        "Đoàn Thị Mỹ Hạnh": ["Hiệu trưởng Trường Đại học Y Dược"]
    }
    assert people("Ông Y Khun Niê, Phó Chủ tịch UBND tỉnh Đắk Lắk phát biểu.") == {
        "Y Khun Niê": ["Phó Chủ tịch UBND tỉnh Đắk Lắk"]
    }


def test_a_border_posts_place_after_its_unit_is_no_person_though_it_opens_with_an_ethnic_prefix():
    assert people(
        "Quyết định chỉ định Thiếu tá Cà Văn Phanh tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy"
        " Đồn Biên phòng A Pa Chải nhiệm kỳ 2010 - 2015. Đại úy Giàng A Tủa, Đội trưởng Đội vận động quần chúng Đồn"
        " Biên phòng Si Pa Phìn, Phó Bí thư Đảng ủy xã Si Pa Phìn cho biết."
    ) == {
        "Cà Văn Phanh": ["Bí thư Đảng ủy Đồn Biên phòng A Pa Chải"],
        "Giàng A Tủa": [
            "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Si Pa Phìn",
            "Phó Bí thư Đảng ủy xã Si Pa Phìn",
        ],
    }


def test_the_verb_giao_handing_a_person_a_task_opens_a_clause_and_giao_stays_in_names():
    got = people("Ông Lê Văn Tám, Giám đốc Đại học Quốc gia giao ông Trần Văn Bình phụ trách Trường Đại học Khoa học.")
    assert got["Lê Văn Tám"] == ["Giám đốc Đại học Quốc gia"]
    assert "Giám đốc Đại học Quốc gia giao ông" not in got["Trần Văn Bình"]
    got = people("Ông Lê Văn Tám, Trưởng phòng Cảnh sát giao thông Công an tỉnh phát biểu.")
    assert got == {"Lê Văn Tám": ["Trưởng phòng Cảnh sát giao thông Công an tỉnh"]}
    assert people("Bà Hà Thị Lan, Thứ trưởng Bộ Ngoại giao phát biểu.") == {"Hà Thị Lan": ["Thứ trưởng Bộ Ngoại giao"]}


def test_a_provinces_merged_press_and_broadcaster_is_one_organ_across_its_comma():
    got = people("Đồng chí Lò Văn Pấng, Phó Bí thư Đảng ủy Báo và Phát thanh, Truyền hình Yên Hà phát biểu.")
    assert got == {"Lò Văn Pấng": ["Phó Bí thư Đảng ủy Báo và Phát thanh, Truyền hình Yên Hà"]}


def test_the_party_committee_of_the_front_and_mass_organisations_is_one_organ_across_its_lower_case_comma():
    got = people(
        "Đồng chí Lò Thị Mai, Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh, Chủ tịch Hội Nông dân tỉnh"
        " phát biểu."
    )
    assert got == {
        "Lò Thị Mai": ["Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "Chủ tịch Hội Nông dân tỉnh"]
    }
    # the Front's committee and the mass organisations named as two participants stay two
    got = people("Bà Hà Thị Lan, Chủ tịch Ủy ban Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội tỉnh dự.")
    assert got == {"Hà Thị Lan": ["Chủ tịch Ủy ban Mặt trận Tổ quốc"]}


def test_the_supreme_court_and_procuracy_keep_toi_cao_in_their_name():
    got = people(
        "Ông Lại Thế Vinh, Phó Chánh án TAND tối cao chủ trì; bà Hà Thị Lan, Phó Viện trưởng VKSND tối cao dự."
    )
    assert got == {"Lại Thế Vinh": ["Phó Chánh án TAND tối cao"], "Hà Thị Lan": ["Phó Viện trưởng VKSND tối cao"]}


def test_prevent_and_combat_is_one_name_across_its_comma():
    got = people(
        "Đại tá Lê Văn Tám, Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường, Bộ Công an phát biểu."
        " Ông Hà Văn Hai, Ủy viên Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh dự."
    )
    assert got == {
        "Lê Văn Tám": ["Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường", "Bộ Công an"],
        "Hà Văn Hai": ["Ủy viên Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"],
    }


def test_a_home_affairs_unit_named_for_civil_servants_is_one_name_across_its_comma():
    got = people("Ông Huỳnh Tấn Lực, Trưởng phòng Công chức, viên chức Sở Nội vụ phát biểu.")
    assert got == {"Huỳnh Tấn Lực": ["Trưởng phòng Công chức, viên chức Sở Nội vụ"]}


def test_a_border_post_named_by_a_place_that_opens_with_a_family_name_is_no_person():
    got = people(
        "Quyết định bổ nhiệm Thượng tá Tẩn Văn Sử, Đồn trưởng Đồn Biên phòng Ma Ly Pho, giữ chức Phó Chỉ huy trưởng"
        " BĐBP tỉnh; Trung tá Giàng A Páo, Chính trị viên phó Đồn Biên phòng Pa Vây Sử."
    )
    assert got == {
        "Tẩn Văn Sử": ["Đồn trưởng Đồn Biên phòng Ma Ly Pho", "Phó Chỉ huy trưởng BĐBP tỉnh"],
        "Giàng A Páo": ["Chính trị viên phó Đồn Biên phòng Pa Vây Sử"],
    }


def test_the_office_of_a_provinces_assembly_delegation_and_council_is_one_organ():
    got = people("Bà Thạch Thị Sa Ly, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh phát biểu.")
    assert got == {"Thạch Thị Sa Ly": ["Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"]}
    got = people("Ông Lê Văn Tám, Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Yên Hà dự.")
    assert got == {"Lê Văn Tám": ["Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Yên Hà"]}
    # a 'và' between two titles still parts them
    got = people("Ông Lê Văn Tám, Phó Trưởng Đoàn ĐBQH tỉnh và Chủ tịch HĐND tỉnh dự.")
    assert got == {"Lê Văn Tám": ["Phó Trưởng Đoàn ĐBQH tỉnh", "Chủ tịch HĐND tỉnh"]}


def test_a_deputy_in_charge_of_a_body_is_one_title():
    got = people("Bà Nguyễn Thu Hà, Phó Vụ trưởng phụ trách Vụ Tổ chức cán bộ, Bộ Xây dựng phát biểu.")
    assert got == {"Nguyễn Thu Hà": ["Phó Vụ trưởng phụ trách Vụ Tổ chức cán bộ", "Bộ Xây dựng"]}
    # in charge of a field, not a body: the post alone
    got = people("Ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa phát biểu.")
    assert got == {"Lê Văn Tám": ["Phó Chủ tịch UBND tỉnh"]}


def test_a_diplomat_is_posted_to_the_country_after_tai_and_state_audit_posts_name_their_body():
    got = people(
        "Ông Lê Văn Khoa, Vụ trưởng Vụ Đông Nam Á, làm Đại sứ đặc mệnh toàn quyền Việt Nam tại Cộng hòa Dân chủ"
        " Nhân dân Lào. Bà Hà Thị Mai, Tổng Lãnh sự Việt Nam tại Osaka phát biểu. Ông Cầm Bá Thịnh, Phó Tổng Kiểm"
        " toán nhà nước, giữ chức Tổng Kiểm toán nhà nước."
    )
    assert got == {
        "Lê Văn Khoa": [
            "Vụ trưởng Vụ Đông Nam Á",
            "Đại sứ đặc mệnh toàn quyền Việt Nam tại Cộng hòa Dân chủ Nhân dân Lào",
        ],
        "Hà Thị Mai": ["Tổng Lãnh sự Việt Nam tại Osaka"],
        "Cầm Bá Thịnh": ["Phó Tổng Kiểm toán nhà nước", "Tổng Kiểm toán nhà nước"],
    }
    # elsewhere 'tại' ends a title; a person named after the country is not the country's; a mission is no post
    assert people("Ông Lê Văn Tám, Bí thư Tỉnh ủy tại Hội nghị phát biểu.") == {"Lê Văn Tám": ["Bí thư Tỉnh ủy"]}
    assert title_end("Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng phát biểu") == len("Đại sứ Việt Nam tại Lào")
    assert title_end("Tổng Lãnh sự quán Việt Nam tại Osaka tổ chức") == 0


def test_a_title_ends_before_a_verb_of_speech_and_before_a_document_joined_by_va():
    got = people(
        "Ông Khổng Minh Tuấn, Bộ trưởng Bộ Tư pháp cảm ơn sự quan tâm của Đảng ủy Chính phủ. Chủ tịch nước ký"
        " Quyết định bổ nhiệm ông Trần Hữu Phước giữ chức Bộ trưởng Bộ Xây dựng và Quyết định số 1915/QĐ-CTN."
    )
    assert got == {"Khổng Minh Tuấn": ["Bộ trưởng Bộ Tư pháp"], "Trần Hữu Phước": ["Bộ trưởng Bộ Xây dựng"]}


def test_an_election_body_keeps_bau_cu_and_phan_anh_ends_a_title():
    got = people(
        "Bà Đặng Thị Thu Trang, Phó Chủ tịch Ủy ban bầu cử xã báo cáo kết quả. Đồng chí Giàng A Chá, Bí thư Chi bộ"
        " bản Pù Toong phản ánh nhiều buổi sinh hoạt bị gián đoạn."
    )
    assert got == {
        "Đặng Thị Thu Trang": ["Phó Chủ tịch Ủy ban bầu cử xã"],
        "Giàng A Chá": ["Bí thư Chi bộ bản Pù Toong"],
    }


def test_a_post_held_for_a_year_keeps_its_year():
    got = people("Chủ trì có đồng chí Quàng Văn Thiêm, Trưởng Ban Tổ chức Tỉnh ủy Sơn La, Cụm trưởng năm 2018.")
    assert got == {"Quàng Văn Thiêm": ["Trưởng Ban Tổ chức Tỉnh ủy Sơn La", "Cụm trưởng năm 2018"]}


def test_a_name_written_as_one_word_with_an_apostrophe_after_a_form_of_address():
    got = people("Dự hội nghị có anh K'Sơn, Phó Bí thư Tỉnh đoàn. Chị H'Liên, Bí thư Chi đoàn phát biểu.")
    assert got == {"K'Sơn": ["Phó Bí thư Tỉnh đoàn"], "H'Liên": ["Bí thư Chi đoàn"]}
    # an ethnic group's name is no person's without a form of address
    assert people("Đồng bào H'Mông ở bản Pù Toong đón Tết.") == {}


def test_staff_posts_of_the_police_and_the_army():
    got = people(
        "Thượng tá Vi Thị Hương, Trưởng phòng Công tác đảng và công tác chính trị Công an tỉnh phát biểu."
        " Trung tá Lê Thị Nhung, Trợ lý Tuyên huấn Phòng Chính trị Bộ CHQS tỉnh nhận Bằng khen."
    )
    assert got == {
        "Vi Thị Hương": ["Trưởng phòng Công tác đảng và công tác chính trị Công an tỉnh"],
        "Lê Thị Nhung": ["Trợ lý Tuyên huấn Phòng Chính trị Bộ CHQS tỉnh"],
    }


def test_medical_specialist_degrees_and_teachers_honours_before_a_name_are_no_part_of_it():
    got = people("Sở Y tế bổ nhiệm lại BSCKII Trịnh Thu Hằng giữ chức Phó Giám đốc Bệnh viện Đa khoa tỉnh.")
    assert got == {"Trịnh Thu Hằng": ["Phó Giám đốc Bệnh viện Đa khoa tỉnh"]}
    got = people("NGƯT. PGS.TS Lò Văn Pấng, Hiệu trưởng Trường Đại học Yên Hà phát biểu.")
    assert got == {"Lò Văn Pấng": ["Hiệu trưởng Trường Đại học Yên Hà"]}
    got = people("Báo cáo chính trị do TS.BSCKII. Vàng Thị Mai trình bày.")
    assert list(got) == ["Vàng Thị Mai"]


def test_a_title_held_now_after_a_former_one_and_a_comma():
    got = people(
        "Dự có chị Trịnh Thu Hằng, nguyên Bí thư Tỉnh đoàn khóa XVII, nay là Phó Giám đốc Sở Nội vụ cùng nhiều"
        " đại biểu."
    )
    assert got == {"Trịnh Thu Hằng": ["nguyên Bí thư Tỉnh đoàn khóa XVII", "Phó Giám đốc Sở Nội vụ"]}


def test_a_position_after_an_organs_head_word_is_that_organs_name():
    got = people("Thay mặt Bộ Tư lệnh Quân khu, Phó Chính ủy Quân khu 9 Nguyễn Hoàng Anh ghi nhận những đóng góp.")
    assert got == {"Nguyễn Hoàng Anh": ["Phó Chính ủy Quân khu 9"]}


def test_army_unit_commanders_and_a_vote_the_person_wins_ends_the_title():
    got = people(
        "Đoàn Chủ tịch gồm các đồng chí: Đại tá Lê Quang Hưng, Phó Bí thư Đảng ủy, Sư đoàn trưởng; Đại tá Nguyễn"
        " Đình Khiêm, Chính ủy Sư đoàn."
    )
    assert got["Lê Quang Hưng"] == ["Phó Bí thư Đảng ủy", "Sư đoàn trưởng"]
    got = people("Đại tá Nguyễn Đình Khiêm, Chính ủy Sư đoàn tái đắc cử Bí thư Đảng ủy Sư đoàn.")
    assert "Chính ủy Sư đoàn" in got["Nguyễn Đình Khiêm"]
    assert not any("đắc cử" in t for t in got["Nguyễn Đình Khiêm"])


def test_a_family_name_stands_right_before_the_middle_name_after_a_place():
    got = people("Trưởng Ban Tổ chức Huyện ủy Mai Châu Xa Thị Duyên kiến nghị tỉnh sớm có hướng dẫn.")
    assert got == {"Xa Thị Duyên": ["Trưởng Ban Tổ chức Huyện ủy Mai Châu"]}


def test_a_charge_going_on_a_title_after_a_verb_that_gives_it_is_no_held_title():
    got = people(
        "Giám đốc Công an tỉnh trao quyết định giao Thượng tá Kha Văn Lâm, Phó Trưởng phòng Tham mưu phụ trách"
        " Phòng Tham mưu."
    )
    assert got == {"Kha Văn Lâm": ["Phó Trưởng phòng Tham mưu"]}


def test_a_home_affairs_unit_named_with_a_comma():
    got = people(
        "Quyết định bổ nhiệm ông Giàng Seo Vàng, Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ, Sở Nội vụ,"
        " giữ chức Phó Giám đốc Sở Nội vụ."
    )
    assert got["Giàng Seo Vàng"][:2] == ["Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Sở Nội vụ"]


def test_a_name_opening_with_a_prefix_joined_by_an_apostrophe_in_a_list_item():
    got = people("Danh sách Ban Thường vụ:\n\n6. H'Loan Êban - Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.")
    assert got == {"H'Loan Êban": ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"]}


def test_a_post_given_after_da_duoc_is_held():
    got = people(
        "Ông Đỗ Văn Nam, Trưởng Ban Tổ chức và Nhân sự Tổng công ty, đã được bổ nhiệm giữ chức Giám đốc Công ty Điện"
        " lực Thái Nguyên."
    )
    assert got == {
        "Đỗ Văn Nam": ["Trưởng Ban Tổ chức và Nhân sự Tổng công ty", "Giám đốc Công ty Điện lực Thái Nguyên"]
    }


def test_a_missions_staff_and_the_head_of_an_associations_branch():
    got = people(
        "Dự có Đại tá Phan Đức Hiển, Tùy viên Quốc phòng Việt Nam tại CHLB Đức; ông Tạ Quang Hưng, Tham tán Công sứ,"
        " Đại sứ quán Việt Nam tại Đức; ông Kiều Văn Lộc, Chi hội trưởng Chi hội Leipzig."
    )
    assert got == {
        "Phan Đức Hiển": ["Tùy viên Quốc phòng Việt Nam tại CHLB Đức"],
        "Tạ Quang Hưng": ["Tham tán Công sứ", "Đại sứ quán Việt Nam tại Đức"],
        "Kiều Văn Lộc": ["Chi hội trưởng Chi hội Leipzig"],
    }


def test_an_emulation_blocs_head_and_a_title_that_ends_before_vao():
    got = people(
        "Đồng chí Đinh Văn Thắng, Phó Bí thư Thường trực Đảng ủy Khối, Trưởng Khối thi đua chủ trì hội nghị. Hội nghị"
        " bầu bổ sung đồng chí Lưu Quang Thắng, Tỉnh ủy viên, Giám đốc Sở Nội vụ vào Ban Thường vụ Tỉnh ủy."
    )
    assert got == {
        "Đinh Văn Thắng": ["Phó Bí thư Thường trực Đảng ủy Khối", "Trưởng Khối thi đua"],
        "Lưu Quang Thắng": ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"],
    }


def test_a_unit_named_after_a_person_right_before_a_persons_name():
    got = people(
        "Phát biểu có Hiệu trưởng Trường THPT Bế Văn Đàn Bế Thị Hạnh. Hiệu trưởng Trường THCS Y Jút H'Yâo Kbuôr phát"
        " biểu. Hiệu trưởng Trường THPT Lê Quý Đôn cũng phát biểu."
    )
    assert got == {
        "Bế Thị Hạnh": ["Hiệu trưởng Trường THPT Bế Văn Đàn"],
        "H'Yâo Kbuôr": ["Hiệu trưởng Trường THCS Y Jút"],
    }
    # ('Chủ tịch UBND thành phố Đinh Tiến Lâm': a city's 'phố' is no street)
    assert people("Chủ tịch UBND thành phố Đinh Tiến Lâm phát biểu.") == {"Đinh Tiến Lâm": ["Chủ tịch UBND thành phố"]}


def test_the_titles_of_a_village_its_elder_and_its_people_of_prestige():
    got = people(
        "Dự có ông Y Drin Kbuôr, Trưởng buôn Kô Sier; ông Rơ Mah Blưk, già làng plei Ia Mlá; ông Lò Văn Ún, người có"
        " uy tín bản Nà Khắt; ông Vừ Bá Nênh, Bí thư Chi bộ bản Huồi Giảng 1; bà Nguyễn Thị Hải Yến, Trưởng Ban Tổ chức"
        " Thành ủy Buôn Ma Thuột."
    )
    assert got == {
        "Y Drin Kbuôr": ["Trưởng buôn Kô Sier"],
        "Rơ Mah Blưk": ["già làng plei Ia Mlá"],
        "Lò Văn Ún": ["người có uy tín bản Nà Khắt"],
        "Vừ Bá Nênh": ["Bí thư Chi bộ bản Huồi Giảng 1"],
        "Nguyễn Thị Hải Yến": ["Trưởng Ban Tổ chức Thành ủy Buôn Ma Thuột"],
    }


def test_the_head_of_a_departments_branch():
    got = people(
        "Bà Nguyễn Thị Hồng Vân, Phó Chi cục trưởng Chi cục Văn thư - Lưu trữ được bổ nhiệm giữ chức Chi cục trưởng"
        " Chi cục Văn thư - Lưu trữ tỉnh."
    )
    assert got == {
        "Nguyễn Thị Hồng Vân": [
            "Phó Chi cục trưởng Chi cục Văn thư - Lưu trữ",
            "Chi cục trưởng Chi cục Văn thư - Lưu trữ tỉnh",
        ]
    }


def test_a_count_of_members_after_a_presidium_ends_no_title():
    got = people(
        "Đoàn Chủ tịch Đại hội gồm 3 đồng chí: Cao Văn Hùng, Bí thư Đảng ủy xã; Vi Thị Hồng, Phó Bí thư Thường trực"
        " Đảng ủy, Chủ tịch HĐND xã."
    )
    assert got == {
        "Cao Văn Hùng": ["Bí thư Đảng ủy xã"],
        "Vi Thị Hồng": ["Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"],
    }


def test_an_enterprise_named_by_its_trade_and_a_place_and_its_workshop():
    # 'Dương Huy' after 'Công ty Than' is the mine's place, not a person's name
    assert title_end("Bí thư Đảng ủy Công ty Than Dương Huy phát biểu") == len("Bí thư Đảng ủy Công ty Than Dương Huy")
    got = people("Đồng chí Bùi Văn Tùng, Bí thư Chi bộ, Quản đốc Phân xưởng Khai thác 3 chia sẻ kinh nghiệm.")
    assert got == {"Bùi Văn Tùng": ["Bí thư Chi bộ", "Quản đốc Phân xưởng Khai thác 3"]}


def test_a_title_held_then_after_khi_do_la():
    got = people(
        "Ban Thường vụ điều động ông Phạm Hoàng Quân, khi đó là Phó Trưởng Ban Tổ chức Thành ủy, tham gia Ban Chấp"
        " hành và giữ chức Bí thư Quận ủy Hồng Bàng."
    )
    assert got == {"Phạm Hoàng Quân": ["Phó Trưởng Ban Tổ chức Thành ủy", "Bí thư Quận ủy Hồng Bàng"]}


def test_a_post_taken_by_one_of_a_list_named_again_by_given_name_is_not_the_last_names():
    got = people(
        "Bà Nguyễn Thị Thu Hương và ông Lê Văn Thịnh (Chủ tịch UBND quận) được bầu làm Phó Bí thư Quận ủy; bà Hương"
        " tiếp tục được phân công làm Phó Bí thư Thường trực Quận ủy."
    )
    assert got["Lê Văn Thịnh"] == ["Chủ tịch UBND quận", "Phó Bí thư Quận ủy"]
    # ... a given name that is the same person's takes the post as before
    same = people(
        "Bộ Chính trị điều động ông Phạm Minh Trí, Bí thư Thành ủy; ông Trí được phân công giữ chức Trưởng Ban."
    )
    assert same["Phạm Minh Trí"] == ["Bí thư Thành ủy", "Trưởng Ban"]


def test_viec_lam_is_employment_inside_an_organs_name():
    got = people("Ông Lục Minh Tuấn, Cục trưởng Cục Việc làm, được bổ nhiệm giữ chức Thứ trưởng.")
    assert got == {"Lục Minh Tuấn": ["Cục trưởng Cục Việc làm", "Thứ trưởng"]}


def test_a_family_name_that_is_also_an_organs_head_opens_a_name_after_a_title():
    got = people(
        "Cùng dự có Thứ trưởng Bộ Nội vụ Triệu Văn Khải, Thứ trưởng Bộ Tài chính Đoàn Thị Mỹ Hạnh, Phó Chủ nhiệm Văn"
        " phòng Chính phủ Lê Sỹ Nguyên."
    )
    assert got == {
        "Triệu Văn Khải": ["Thứ trưởng Bộ Nội vụ"],
        "Đoàn Thị Mỹ Hạnh": ["Thứ trưởng Bộ Tài chính"],
        "Lê Sỹ Nguyên": ["Phó Chủ nhiệm Văn phòng Chính phủ"],
    }
    # ... but 'Đoàn' heads an organ where no middle name and given name follow
    assert title_end("Trưởng Đoàn Văn công Quân khu 4 phát biểu") == len("Trưởng Đoàn Văn công Quân khu 4")


def test_a_youth_unions_committee_is_named_by_its_place():
    # ('Châu Thành' after 'Huyện đoàn' is the district, though 'Châu' is a family name)
    got = people(
        "Anh Huỳnh Tấn Lợi từng kinh qua các vị trí Phó Bí thư Thành đoàn Long Xuyên, Bí thư Huyện đoàn Châu Thành,"
        " Phó Bí thư Tỉnh đoàn An Giang."
    )
    assert list(got) == ["Huỳnh Tấn Lợi"]


def test_a_board_of_a_provinces_industrial_zones_is_one_organ():
    got = people(
        "Ông Vũ Văn Toản, nguyên Giám đốc Sở Tài nguyên và Môi trường (nay là Phó Trưởng Ban Quản lý các khu công"
        " nghiệp tỉnh) và một số tổ chức."
    )
    assert got["Vũ Văn Toản"][1] == "Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh"


def test_a_name_joined_by_a_typographic_apostrophe_as_web_pages_set_it():
    assert people("Bà Nay H’Rin, Phó Chủ tịch HĐND tỉnh chủ trì.") == {"Nay H’Rin": ["Phó Chủ tịch HĐND tỉnh"]}
    assert people("Anh K’Sơn, Phó Bí thư Tỉnh đoàn phát biểu.") == {"K’Sơn": ["Phó Bí thư Tỉnh đoàn"]}


def test_each_person_a_counted_post_is_given_to_takes_it_as_a_title():
    got = people(
        "Ba Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: Lê Đức Tâm, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2004 -"
        " 2011; Trịnh Minh Khải, Giám đốc Sở Kế hoạch và Đầu tư và Võ Thị Thanh Hương, Bí thư Huyện ủy Triệu Phong."
    )
    assert got == {
        "Lê Đức Tâm": ["Phó Chủ tịch UBND tỉnh"],
        "Trịnh Minh Khải": ["Giám đốc Sở Kế hoạch và Đầu tư", "Phó Chủ tịch UBND tỉnh"],
        "Võ Thị Thanh Hương": ["Bí thư Huyện ủy Triệu Phong", "Phó Chủ tịch UBND tỉnh"],
    }
    # ... not a count of members, nor a post only intended
    assert people("Đại hội đã bầu 47 đồng chí vào Ban Chấp hành gồm các đồng chí: Lê Văn Tám, Bí thư.") == {
        "Lê Văn Tám": ["Bí thư"]
    }
    assert people("Dự kiến bầu 2 Phó Chủ tịch gồm ông Lê Văn Tám và ông Trần Văn Bảy.") == {
        "Lê Văn Tám": [],
        "Trần Văn Bảy": [],
    }


def test_a_chief_accountant_and_a_fault_after_the_title():
    got = people(
        "Đồng chí Trần Thị Bích Vân, Đảng ủy viên, Kế toán trưởng Tổng công ty thiếu trách nhiệm trong tham mưu."
    )
    assert got == {"Trần Thị Bích Vân": ["Đảng ủy viên", "Kế toán trưởng Tổng công ty"]}


def test_hmong_family_names_and_a_village_elder_before_his_name():
    assert people("Ông Vừ A Chu, Bí thư Đảng ủy xã Tả Ngảo phát biểu.") == {"Vừ A Chu": ["Bí thư Đảng ủy xã Tả Ngảo"]}
    # ('già làng': the elder, then his name; 'làng' alone names the village)
    got = people("Tại hội nghị, già làng Điểu Ndơr, Bí thư Chi bộ bon Bu chia sẻ kinh nghiệm.")
    assert list(got) == ["Điểu Ndơr"]


def test_a_board_of_an_economic_zone_and_the_industrial_zones_is_one_organ():
    assert title_end("Trưởng Ban Quản lý KKT Nghi Sơn và các KCN phát biểu") == len(
        "Trưởng Ban Quản lý KKT Nghi Sơn và các KCN"
    )
    assert title_end("Phó Trưởng ban Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh phát biểu") == len(
        "Phó Trưởng ban Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh"
    )


def test_a_national_body_named_in_lower_case_words_is_one_title():
    got = people("Ông Mạc Văn Lâm, Phó Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp, phát biểu.")
    assert got == {"Mạc Văn Lâm": ["Phó Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]}


def test_a_form_of_address_opening_a_sentence_is_no_family_name():
    # 'Thị' can be a whole family name (S'tiêng); 'Bà' before it is the form of address, not 'Văn' of 'Văn Thị …'
    got = people("Kết quả đã được công bố. Bà Thị Rơi, Phó Trưởng ban Dân tộc HĐND tỉnh, trình bày báo cáo.")
    assert got == {"Thị Rơi": ["Phó Trưởng ban Dân tộc HĐND tỉnh"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post set off by a comma before the rank and the name is theirs
        ("Báo cáo do Chỉ huy trưởng BĐBP tỉnh, Đại tá Hà Văn Đĩnh trình bày.", ["Chỉ huy trưởng BĐBP tỉnh"]),
        # ... not the principal's a rank acts for, nor an issuer's
        ("Thừa ủy quyền của Chủ tịch nước, Thượng tướng Hoàng Văn Quyết trao Huân chương.", []),
        ("Theo các quyết định của Giám đốc Công an tỉnh, Thượng tá Đinh Văn Tú được điều động.", []),
    ],
)
def test_a_post_set_off_before_a_rank(text, expected):
    assert list(people(text).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in capitals after a form of address, its seat shortened as grassroots portals write it
        (
            "Về dự có đ/c PHAN THỊ LÝ - UV BTV Đảng ủy, Chủ tịch UBMTTQ xã.",
            {"Phan Thị Lý": ["UV BTV Đảng ủy", "Chủ tịch UBMTTQ xã"]},
        ),
        (
            "1. Đ/c LÊ VĂN HÙNG - Bí thư Đảng ủy, Chủ tịch HĐND xã",
            {"Lê Văn Hùng": ["Bí thư Đảng ủy", "Chủ tịch HĐND xã"]},
        ),
        # a rank and a name in capitals closing an article are its byline; a line in capitals is no name
        ("Hội nghị đã thành công tốt đẹp.\nThiếu tá NGUYỄN HOÀNG LONG", {}),
        ("ĐỒNG CHÍ NGUYỄN VĂN AN LÀM BÍ THƯ TỈNH ỦY QUẢNG NAM", {}),
    ],
)
def test_a_name_in_capitals_after_a_form_of_address(text, expected):
    assert people(text) == expected


def test_a_candidate_for_admission_with_a_year_of_birth_before_the_titles():
    text = (
        "Chi bộ kết nạp 2 đảng viên mới:\n1. Quần chúng Nguyễn Thị Hoa, sinh năm 1990, Bí thư Chi đoàn thôn Trung"
        " Tiến;\n2. Quần chúng LÊ VĂN TUẤN, sinh năm 1987, phó trưởng thôn."
    )
    assert people(text) == {"Nguyễn Thị Hoa": ["Bí thư Chi đoàn thôn Trung Tiến"], "Lê Văn Tuấn": ["phó trưởng thôn"]}


def test_a_list_of_names_after_a_form_of_address_and_an_aside():
    text = "Ban Thường vụ Huyện ủy gồm các đồng chí (xếp theo vần A, B, C): Hồ Văn Bảo, Lý Thị Cúc và Tạ Đình Vọng."
    assert people(text) == {"Hồ Văn Bảo": [], "Lý Thị Cúc": [], "Tạ Đình Vọng": []}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # counted persons taking a post (the post keeps its term, as written), then 'gồm:' and bare names
        (
            "Hội nghị bầu 3 đồng chí giữ chức Phó Bí thư Huyện ủy khóa IX gồm: Hồ Văn Bảo, Lý Thị Cúc và Tạ Đình Vọng.",
            "Phó Bí thư Huyện ủy khóa IX",
        ),
        # a counted post
        ("Hội nghị bầu 3 Phó Bí thư Huyện ủy gồm: Hồ Văn Bảo, Lý Thị Cúc và Tạ Đình Vọng.", "Phó Bí thư Huyện ủy"),
    ],
)
def test_bare_names_after_a_count_of_persons_or_of_a_post_and_gom(text, post):
    assert people(text) == {"Hồ Văn Bảo": [post], "Lý Thị Cúc": [post], "Tạ Đình Vọng": [post]}


def test_a_count_of_other_things_opens_no_list_of_names():
    assert people("Huyện có 3 xã đạt chuẩn gồm: Hà Lâm, Lý Nhân và Tạ Xá.") == {}


def test_a_rank_before_the_name_in_a_tables_person_cell():
    text = "| TT | Họ và tên | Chức vụ |\n|---|---|---|\n| 1 | Đại tá Lò Văn Pằng | Chỉ huy trưởng Bộ Chỉ huy Quân sự |"
    assert people(text) == {"Lò Văn Pằng": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự"]}


def test_a_line_that_opens_with_a_post_and_a_colon_gives_it_to_the_persons_it_names():
    text = (
        "Kỳ họp đã bầu các chức danh chủ chốt, kết quả như sau:\n"
        "1. Chủ tịch HĐND xã: ông Võ Văn Nhàn - Bí thư Đảng ủy xã (25/25 phiếu)\n"
        "2. Phó Chủ tịch UBND xã: ông Trần Minh Trọng, ông Phan Văn Sáng\n"
        "Thời gian: ông Lê Văn Ân phát biểu"
    )
    assert people(text) == {
        "Võ Văn Nhàn": ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"],
        "Trần Minh Trọng": ["Phó Chủ tịch UBND xã"],
        "Phan Văn Sáng": ["Phó Chủ tịch UBND xã"],
        "Lê Văn Ân": [],  # (a label that is no post gives none)
    }


def test_a_line_break_right_after_a_name_ends_its_titles():
    text = "Phó Bí thư Đảng ủy: đồng chí Nguyễn Thị Hằng\nBí thư Chi bộ thôn Đông phát biểu."
    assert people(text) == {"Nguyễn Thị Hằng": ["Phó Bí thư Đảng ủy"]}


def test_a_rank_after_va_opens_the_next_person():
    text = (
        "Kỳ họp bầu bổ sung 2 Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 gồm: ông Lạc Văn Thịnh, Giám đốc Sở Nội vụ và"
        " Đại tá Phan Đình Khiêm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
    )
    # (and the counted post, without its term, is each one's title)
    assert people(text) == {
        "Lạc Văn Thịnh": ["Giám đốc Sở Nội vụ", "Ủy viên UBND tỉnh"],
        "Phan Đình Khiêm": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Ủy viên UBND tỉnh"],
    }


def test_a_lines_label_may_open_with_chuc_vu_and_end_with_a_term():
    text = "- Chức vụ Phó Chủ tịch HĐND tỉnh khóa XVI: đồng chí Bùi Thị Thu Hà, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh."
    assert people(text) == {
        "Bùi Thị Thu Hà": ["Trưởng Ban Văn hóa - Xã hội HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh khóa XVI"]
    }


def test_the_armys_general_staff_and_a_general_department_as_a_parent():
    text = (
        "Thượng tướng Đào Xuân Khiêm, Ủy viên Trung ương Đảng, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ"
        " trưởng Bộ Quốc phòng dự. Trung tướng Phùng Văn Lợi, Cục trưởng Cục Cán bộ, Tổng cục Chính trị phát biểu."
    )
    assert people(text) == {
        "Đào Xuân Khiêm": [
            "Ủy viên Trung ương Đảng",
            "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam",
            "Thứ trưởng Bộ Quốc phòng",
        ],
        "Phùng Văn Lợi": ["Cục trưởng Cục Cán bộ", "Tổng cục Chính trị"],
    }


def test_a_branch_named_by_its_street_is_no_person():
    text = "Bà Nguyễn Thị Lan Hương có hơn 6 năm làm Giám đốc Chi nhánh Mạc Thị Bưởi, một chi nhánh loại I."
    assert list(people(text)) == ["Nguyễn Thị Lan Hương"]
    # ... and the title before a name goes on through the branch's name
    assert people("Giám đốc Agribank Chi nhánh Mạc Thị Bưởi Nguyễn Thị Lan Hương phát biểu.") == {
        "Nguyễn Thị Lan Hương": ["Giám đốc Agribank Chi nhánh Mạc Thị Bưởi"]
    }


def test_a_committee_then_a_capitalised_two_syllable_level_word_and_its_place():
    assert people("Đồng chí Hồ Thị Kim Loan, Trưởng Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh phát biểu.") == {
        "Hồ Thị Kim Loan": ["Trưởng Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh"]
    }


def test_a_name_joined_by_va_to_the_next_in_a_list_item_shares_its_titles():
    text = (
        "Cùng chủ trì có các đồng chí: Đàm Hữu Nghị, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương; Lê Thị Vân"
        " Anh và Mai Xuân Kỳ, Phó Trưởng Ban Tổ chức T.Ư."
    )
    assert people(text) == {
        "Đàm Hữu Nghị": ["Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương"],
        "Lê Thị Vân Anh": ["Phó Trưởng Ban Tổ chức T.Ư"],
        "Mai Xuân Kỳ": ["Phó Trưởng Ban Tổ chức T.Ư"],
    }


def test_a_new_commune_may_be_numbered_after_its_name():
    got = people(
        "Trước đó, đồng chí Ka Sô Ha Lan, Phó Chủ tịch UBND xã Đam Rông 3, đã có đơn xin nghỉ công tác trước tuổi;"
        " ông Trần Văn Minh, Chủ tịch UBND phường Bảo Lộc 1 dự họp."
    )
    assert got == {
        "Ka Sô Ha Lan": ["Phó Chủ tịch UBND xã Đam Rông 3"],
        "Trần Văn Minh": ["Chủ tịch UBND phường Bảo Lộc 1"],
    }


def test_a_civil_servants_grade_is_a_title_with_the_body_served_not_alone():
    got = people(
        "Tặng Bằng khen cho bà Huỳnh Thị Kim Liên, chuyên viên Phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo"
        " Tỉnh ủy; bà Ka Huyền, chuyên viên chính Sở Nông nghiệp và Môi trường. Dự có ông Lê Văn Tám, Phó Giám đốc Sở"
        " Nội vụ cùng lãnh đạo, chuyên viên các phòng. Ông Trần Văn Sỹ, chuyên viên, phát biểu."
    )
    assert got == {
        "Huỳnh Thị Kim Liên": ["chuyên viên Phòng Lý luận chính trị - Lịch sử Đảng", "Ban Tuyên giáo Tỉnh ủy"],
        "Ka Huyền": ["chuyên viên chính Sở Nông nghiệp và Môi trường"],
        "Lê Văn Tám": ["Phó Giám đốc Sở Nội vụ"],
        "Trần Văn Sỹ": [],
    }


def test_a_title_before_a_name_may_hold_a_comma_of_an_organs_name_or_a_places_dotted_abbreviation():
    got = people(
        "Cùng dự có: Bộ trưởng Bộ Nội vụ Vi Văn Lập; Phó Trưởng Ban Chính sách, chiến lược Trung ương Đoàn Quốc Hưng"
        " cùng lãnh đạo một số bộ. Phát biểu có Chủ tịch UBND tỉnh Quảng Trị Ngô Đức Khiêm, Chủ tịch UBND TP. Đà Nẵng"
        " Hồ Kỳ Nam."
    )
    assert got == {
        "Vi Văn Lập": ["Bộ trưởng Bộ Nội vụ"],
        "Đoàn Quốc Hưng": ["Phó Trưởng Ban Chính sách, chiến lược Trung ương"],
        "Ngô Đức Khiêm": ["Chủ tịch UBND tỉnh Quảng Trị"],
        "Hồ Kỳ Nam": ["Chủ tịch UBND TP. Đà Nẵng"],
    }


def test_a_lao_name_joins_its_syllables_by_hyphens_and_hmong_families_are_names():
    got = people(
        "Đồng chủ trì hội đàm có đồng chí Khăm-xỉ Xay-nhạ-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phôngsaly. Về phía"
        " tỉnh Điện Biên có các đồng chí: Lê Thanh Bình, Chủ tịch UBND tỉnh; Vàng A Chư, Phó Chủ tịch UBND tỉnh; Phàn"
        " Văn Tẩn, Giám đốc Sở Nội vụ."
    )
    assert got == {
        "Khăm-xỉ Xay-nhạ-vông": ["Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Phôngsaly"],
        "Lê Thanh Bình": ["Chủ tịch UBND tỉnh"],
        "Vàng A Chư": ["Phó Chủ tịch UBND tỉnh"],
        "Phàn Văn Tẩn": ["Giám đốc Sở Nội vụ"],
    }


def test_a_post_written_with_a_dash_a_villages_head_and_a_communes_office_with_a_comma():
    got = people(
        "Dự có Đại tá Phạm Đình Tuấn, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh; ông Hà Văn Tặc, Trưởng xóm"
        " Nà Chướng; ông Lò Văn Hặc, Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị xã Chiềng Hoa; ông Lê Văn Hải, Phó"
        " Chỉ huy trưởng Bộ CHQS tỉnh - Bí thư Đảng ủy."
    )
    assert got == {
        "Phạm Đình Tuấn": ["Phó Chỉ huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh"],
        "Hà Văn Tặc": ["Trưởng xóm Nà Chướng"],
        "Lò Văn Hặc": ["Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị xã Chiềng Hoa"],
        "Lê Văn Hải": ["Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Bí thư Đảng ủy"],
    }


def test_schools_judges_jurors_and_honours_glued_to_a_degree():
    got = people(
        "Theo Quyết định số 1218/QĐ-SGDĐT, NGƯT.ThS Huỳnh Văn Quang - Hiệu trưởng Trường THPT chuyên Thăng Long - Đà"
        " Lạt phát biểu. Dự có ông Đinh Công Hậu, Thẩm phán trung cấp TAND tỉnh; bà Nguyễn Thị Lan Hương, Hội thẩm"
        " nhân dân TAND tỉnh; bà Phạm Thị Ngọc Lan, Trưởng khoa Sư phạm tham luận về đổi mới."
    )
    assert got == {
        "Huỳnh Văn Quang": ["Hiệu trưởng Trường THPT chuyên Thăng Long - Đà Lạt"],
        "Đinh Công Hậu": ["Thẩm phán trung cấp TAND tỉnh"],
        "Nguyễn Thị Lan Hương": ["Hội thẩm nhân dân TAND tỉnh"],
        "Phạm Thị Ngọc Lan": ["Trưởng khoa Sư phạm"],
    }


def test_a_post_a_person_is_re_elected_to_is_theirs():
    got = people("Tại hội nghị lần thứ nhất, anh Lò Văn Pấng được bầu lại làm Bí thư Tỉnh đoàn.")
    assert got == {"Lò Văn Pấng": ["Bí thư Tỉnh đoàn"]}


def test_a_post_shortened_to_its_initials_is_a_title():
    got = people(
        "HĐND tỉnh bầu ông Lò Văn Pấng, UVBTV Tỉnh ủy, GĐ Sở Tài chính, giữ chức PCT UBND tỉnh Yên Hà nhiệm kỳ"
        " 2031-2036."
    )
    assert got == {"Lò Văn Pấng": ["UVBTV Tỉnh ủy", "GĐ Sở Tài chính", "PCT UBND tỉnh Yên Hà"]}


def test_a_seat_abbreviated_with_a_dot_is_a_title():
    got = people("Đồng chí Lò Văn Pấng, UV.BTV Huyện ủy, Chủ nhiệm UBKT Huyện ủy chủ trì hội nghị.")
    assert got == {"Lò Văn Pấng": ["UV.BTV Huyện ủy", "Chủ nhiệm UBKT Huyện ủy"]}


def test_a_party_school_or_university_named_after_a_leader_is_no_person():
    got = people(
        "Trao Huy hiệu cho các đồng chí: Trịnh Thu Hằng, nguyên Hiệu trưởng Trường Đảng Nguyễn Ái Quốc khu Hà Nội;"
        " Lò Văn Pấng, Hiệu trưởng Trường Đại học Tôn Đức Thắng."
    )
    assert got == {
        "Trịnh Thu Hằng": ["nguyên Hiệu trưởng Trường Đảng Nguyễn Ái Quốc khu Hà Nội"],
        "Lò Văn Pấng": ["Hiệu trưởng Trường Đại học Tôn Đức Thắng"],
    }


def test_a_deputys_membership_is_a_title_and_the_titles_after_it_are_read_too():
    got = people("Dự có ông Lò Văn Pấng, đại biểu Quốc hội tỉnh Yên Hà, Phó Giám đốc Sở Tư pháp.")
    assert got == {"Lò Văn Pấng": ["đại biểu Quốc hội tỉnh Yên Hà", "Phó Giám đốc Sở Tư pháp"]}


def test_every_item_of_a_list_of_counted_persons_names_one_title_or_not():
    got = people(
        "Ông Lò Văn Pấng trao Huy hiệu 70 năm tuổi Đảng cho 3 đồng chí, gồm: Trịnh Thu Hằng - nguyên Phó Giám đốc"
        " Công an tỉnh; Võ Thị Bông; Phan Công Khiêm."
    )
    assert got == {
        "Lò Văn Pấng": [],
        "Trịnh Thu Hằng": ["nguyên Phó Giám đốc Công an tỉnh"],
        "Võ Thị Bông": [],
        "Phan Công Khiêm": [],
    }


def test_a_family_and_middle_name_after_a_level_word_open_a_name_not_a_place():
    got = people("Trưởng phòng Giáo dục và Đào tạo huyện Dương Thị Kiều Loan cho biết, toàn huyện có 46 trường.")
    assert got == {"Dương Thị Kiều Loan": ["Trưởng phòng Giáo dục và Đào tạo huyện"]}


def test_a_title_glued_to_a_name_by_a_hyphen_is_no_part_of_the_name():
    got = people("Hội nghị do nhà báo Trịnh Thu Hằng-Phó Chủ tịch Thường trực Hội Nhà báo tỉnh chủ trì.")
    assert got == {"Trịnh Thu Hằng": ["Phó Chủ tịch Thường trực Hội Nhà báo tỉnh"]}
    # (a Lao name's syllables joined by hyphens stay one name)
    assert list(people("Đồng chí Khăm-xỉ Xay-nhạ-vông, Tỉnh trưởng tỉnh Hủa Phăn phát biểu.")) == [
        "Khăm-xỉ Xay-nhạ-vông"
    ]


def test_a_city_after_its_dotted_abbreviation_is_no_person():
    got = people(
        "Phó Chủ tịch UBND tỉnh ghi nhận ông Lò Văn Pấng qua 35 năm công tác, từng giữ nhiều cương vị như Chủ tịch UBND"
        " phường Núi Sam, Phó Chủ tịch UBND TP. Châu Đốc, luôn hoàn thành tốt nhiệm vụ."
    )
    assert list(got) == ["Lò Văn Pấng"]


def test_a_counted_list_may_name_a_terms_years_before_it():
    got = people(
        "Đại hội bầu 3 đồng chí giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2030 - 2035 gồm: Lò Văn Pấng, Trịnh Thu Hằng"
        " và Vàng Seo Chư."
    )
    assert set(got) == {"Lò Văn Pấng", "Trịnh Thu Hằng", "Vàng Seo Chư"}


def test_a_form_of_address_is_a_whole_word_not_the_start_of_one():
    # a heading in capitals, 'BÀI VIẾT …', opens with 'BÀ' but addresses nobody
    got = people("Đồng chí Lò Văn Tính, Bí thư Huyện ủy chủ trì.\n\nBÀI VIẾT HAY NHẤT NĂM\n")
    assert got == {"Lò Văn Tính": ["Bí thư Huyện ủy"]}


def test_a_procurators_grade_is_a_title_before_the_post():
    got = people("Quyết định điều động ông Hoàng Văn Tuyên, Kiểm sát viên cao cấp, Viện trưởng Viện KSND tỉnh Yên Hà.")
    assert got == {"Hoàng Văn Tuyên": ["Kiểm sát viên cao cấp", "Viện trưởng Viện KSND tỉnh Yên Hà"]}


def test_a_committee_members_title_glued_to_a_name_by_a_hyphen_is_no_part_of_the_name():
    got = people("Quyết định điều động đồng chí Rơ Mah Tuấn-Huyện ủy viên, Phó Chủ tịch UBND huyện đến công tác.")
    assert got == {"Rơ Mah Tuấn": ["Huyện ủy viên", "Phó Chủ tịch UBND huyện"]}


def test_a_town_abbreviated_with_a_full_stop_keeps_its_name_in_the_title():
    text = "Ông Lê Văn Hải, Phó Bí thư Thị ủy, Chủ tịch UBND TX. Yên Hòa đồng chủ trì hội nghị."
    assert [(p.full_name, p.held_titles) for p in find_persons(text)] == [
        ("Lê Văn Hải", ["Phó Bí thư Thị ủy", "Chủ tịch UBND TX. Yên Hòa"])
    ]
