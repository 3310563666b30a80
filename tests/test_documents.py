from datetime import date

from hoinghi.transforms.documents import code_key, find_documents
from hoinghi.transforms.extract import extract_article


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


def test_state_decisions_without_a_year_in_their_code():
    # An individual decision's number carries no year ('45/QĐ-UBND'); the Prime Minister's issuer is 'TTg'.
    assert codes("công bố Quyết định số 45/QĐ-UBND ngày 13/3/2025 của UBND tỉnh") == [
        ("45/QĐ-UBND", "Quyết định", date(2025, 3, 13))
    ]
    assert codes("Quyết định 1/QĐ-TTg, Thông báo số 3/TB-VPCP") == [
        ("1/QĐ-TTg", "Quyết định", None),
        ("3/TB-VPCP", "Thông báo", None),
    ]
    assert codes("tỷ lệ 24/7 ABC-DEF, phòng 12/A-B") == []  # no known type code, no type word


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


def test_one_date_after_a_list_of_codes_dates_every_code():
    text = "Quyết định số 310-QĐNS/TW, 311-QĐNS/TW và 312-QĐNS/TW ngày 4/3/2022 của Bộ Chính trị"
    assert [d for _, _, d in codes(text)] == [date(2022, 3, 4)] * 3
    # a code with its own date, or a list that ends without one, keeps what it has
    text = "Quyết định số 310-QĐNS/TW ngày 1/3/2022, 311-QĐNS/TW ngày 4/3/2022"
    assert [d for _, _, d in codes(text)] == [date(2022, 3, 1), date(2022, 3, 4)]
    assert [d for _, _, d in codes("Kết luận 11-KL/TW, 12-KL/TW của Ban Bí thư")] == [None, None]


def test_issued_date_written_in_words_and_after_issuer_and_signer():
    assert codes("Quy định số 97-QĐ/TW ngày 07 tháng 02 năm 2023 của Bộ Chính trị")[0][2] == date(2023, 2, 7)
    signed = "Quyết định số 45-QĐ/TW của Ban Chấp hành Trung ương do Tổng Bí thư Lê Văn An ký ngày 6/10/2023."
    assert codes(signed)[0][2] == date(2023, 10, 6)
    assert codes("Quyết định số 7-QĐ/TU của Tỉnh ủy ngày 2/8/2021")[0][2] == date(2021, 8, 2)
    # a verb after the issuer: the day is something else ('công bố' is when it was announced)
    assert codes("Quyết định số 7-QĐ/TU của Ban Thường vụ Tỉnh ủy công bố ngày 5/6/2023")[0][2] is None
    assert codes("theo Quyết định số 7-QĐ/TU của Tỉnh ủy, ngày 5/6/2023 Hội nghị họp")[0][2] is None
    # the signer between the passive and the signing, the year from nowhere: the date's own
    assert codes("Quyết định 156-QĐNS/TW được Bộ Chính trị ký ngày 5/7/2021.")[0][2] == date(2021, 7, 5)
    # ... but a passive with another verb is not the signing
    assert codes("Quyết định 156-QĐNS/TW được Bộ Chính trị công bố ngày 5/7/2021.")[0][2] is None


def test_a_documents_own_header_dates_it():
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 97-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 07 tháng 02 năm 2023\nQUY ĐỊNH"
    assert codes(text) == [("97-QĐ/TW", "Quyết định", date(2023, 2, 7))]
    # without the 'Số:' of a header, a later place and date belong to something else
    assert codes("Quyết định 97-QĐ/TW.\nHà Nội, ngày 07 tháng 02 năm 2023")[0][2] is None


def test_a_yearless_issued_date_takes_the_articles_year_or_stays_unknown():
    text = "Quyết định số 2136-QĐNS/TW ngày 20/12 của Bộ Chính trị"
    assert find_documents(text, published=date(2022, 1, 3))[0].issued_date == date(2021, 12, 20)  # before publication
    assert find_documents(text, published=date(2022, 12, 21))[0].issued_date == date(2022, 12, 20)
    assert find_documents(text, year=2020)[0].issued_date == date(2020, 12, 20)
    unknown = find_documents(text)[0]
    assert unknown.issued_date is None and unknown.date_span is not None and not unknown.date_has_year


def test_codes_listed_before_one_date_share_it_and_its_text_through_extraction():
    text = (
        "Công bố quyết định\nChiều 23/9, Ban Thường vụ Tỉnh ủy công bố Quyết định số 3120-QĐ/TU và 3121-QĐ/TU ngày"
        " 22/9/2031 của Ban Thường vụ Tỉnh ủy về công tác cán bộ tại hội nghị.\n"
    )
    records = extract_article(text, "a.txt", "0" * 64, "utf-8")
    got = [(d["doc_code"], d["issued_date"], d["issued_date_text"]) for d in records.document_mentions]
    assert got == [
        ("3120-QĐ/TU", date(2031, 9, 22), "ngày 22/9/2031"),
        ("3121-QĐ/TU", date(2031, 9, 22), "ngày 22/9/2031"),
    ]


def test_a_code_cited_again_without_its_date_is_the_same_document():
    text = (
        "công bố Quyết định số 512-QĐ/ĐU ngày 3/9/2031 của Ban Thường vụ. Việc thực hiện Quyết định số"
        " 512-QĐ/ĐU phải bảo đảm bàn giao chu đáo."
    )
    assert codes(text) == [("512-QĐ/ĐU", "Quyết định", date(2031, 9, 3))] * 2


def test_news_style_issued_dates_and_the_national_assemblys_codes():
    published = date(2031, 4, 5)
    assert [
        (d.doc_code, d.issued_date)
        for d in find_documents(
            "Quyết định số 1402-QĐNS/TW của Bộ Chính trị, ký hôm 3/4. Quyết định số 1590-QĐNS/TW ngày 15 tháng 3 của"
            " Bộ Chính trị. Quốc hội thông qua Nghị quyết số 41/NQ-QH13.",
            published,
        )
    ] == [("1402-QĐNS/TW", date(2031, 4, 3)), ("1590-QĐNS/TW", date(2031, 3, 15)), ("41/NQ-QH13", None)]


def test_a_document_issued_the_same_day_as_the_one_before():
    text = (
        "Quyết định số 512-QĐNS/TW ngày 12/1/2031 phân công ông A. Bà B trao Quyết định số 513-QĐNS/TW cùng ngày"
        " của Bộ Chính trị cho ông C. Cùng ngày, Bộ Chính trị ban hành Quyết định số 514-QĐNS/TW cho ông D."
        " Chiều cùng ngày, hội nghị quán triệt Kết luận số 21-KL/TW."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text)] == [
        ("512-QĐNS/TW", date(2031, 1, 12)),
        ("513-QĐNS/TW", date(2031, 1, 12)),
        ("514-QĐNS/TW", date(2031, 1, 12)),
        ("21-KL/TW", None),  # the meeting's day: nothing says the conclusion was issued then
    ]


def test_an_issued_date_written_before_the_issuer_and_its_verb():
    text = "Trước đó, ngày 11/9/2025, Chủ tịch UBND tỉnh đã ký Quyết định số 2345/QĐ-UBND điều động ông Lý Văn Sinh."
    (doc,) = find_documents(text)
    assert (doc.doc_code, doc.issued_date, text[slice(*doc.date_span)]) == (
        "2345/QĐ-UBND",
        date(2025, 9, 11),
        "ngày 11/9/2025",
    )
    # a meeting between the day and the verb: the day is the meeting's, not the document's
    assert codes("Ngày 5/6/2025, hội nghị đã quán triệt và ban hành Kế hoạch số 12-KH/TU.") == [
        ("12-KH/TU", "Kế hoạch", None)
    ]


def test_a_document_dated_in_the_next_sentence():
    text = (
        "Chiều qua, Phó Thủ tướng trao Quyết định số 1234/QĐ-TTg của Thủ tướng bổ nhiệm ông Lạc Minh Khoa giữ chức "
        "Thứ trưởng Bộ Nội vụ. Quyết định được ký ngày 10/10."
    )
    (doc,) = find_documents(text, date(2023, 10, 12))
    assert (doc.issued_date, text[slice(*doc.date_span)]) == (date(2023, 10, 10), "ngày 10/10")
    # another type of document: not this one's date
    assert codes("Hội nghị quán triệt Kết luận số 21-KL/TW. Quyết định này do Bộ trưởng ký ngày 3/3/2023.") == [
        ("21-KL/TW", "Kết luận", None)
    ]


def test_a_count_of_documents_signed_in_the_next_sentence_dates_each_undated_one_before_it():
    text = (
        "Ban Thường vụ trao quyết định bổ nhiệm đồng chí Sần Văn Páo (Quyết định số 1351-QĐ/TU) và đồng chí Đặng"
        " Thị Hà (Quyết định số 1352-QĐ/TU). Hai quyết định cùng được ký ngày 11/3/2031."
    )
    assert codes(text) == [
        ("1351-QĐ/TU", "Quyết định", date(2031, 3, 11)),
        ("1352-QĐ/TU", "Quyết định", date(2031, 3, 11)),
    ]
    # told of one document only, the day is the last one's
    one = text.replace("Hai quyết định cùng được", "Quyết định được")
    assert [d for _, _, d in codes(one)] == [None, date(2031, 3, 11)]


def test_an_issued_date_before_a_plural_list_of_codes_dates_each():
    text = "Ngày 7/12/2009, Ban Thường vụ Tỉnh ủy đã ban hành các Quyết định số 1745-QĐ/TU và 1746-QĐ/TU."
    assert codes(text) == [
        ("1745-QĐ/TU", "Quyết định", date(2009, 12, 7)),
        ("1746-QĐ/TU", "Quyết định", date(2009, 12, 7)),
    ]


def test_a_day_told_for_all_the_decisions_of_the_table_under_it():
    from tests.test_tables import TABLE

    text = TABLE.replace("2 cán bộ, cụ thể", "2 cán bộ. Các quyết định cùng ký ngày 20/5/2031, cụ thể")
    assert codes(text) == [
        ("210-QĐ/TU", "Quyết định", date(2031, 5, 20)),
        ("211-QĐ/TU", "Quyết định", date(2031, 5, 20)),
    ]
    assert codes(TABLE) == [("210-QĐ/TU", "Quyết định", None), ("211-QĐ/TU", "Quyết định", None)]


def test_codes_listed_then_the_day_they_were_all_signed_written_with_mung():
    text = "Hai quyết định còn lại, số 1651-QĐ/TU và 1652-QĐ/TU, cùng được ký ban hành vào mùng 5 tháng 3."
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2024, 3, 7))] == [
        ("1651-QĐ/TU", date(2024, 3, 5)),
        ("1652-QĐ/TU", date(2024, 3, 5)),
    ]


def test_a_day_before_the_body_that_has_or_issued_two_decisions_each_named_in_full():
    text = (
        "Ngày 21/02/2025, Ban Thường vụ Huyện ủy đã ban hành Quyết định số 1847-QĐ/HU và Quyết định số 1848-QĐ/HU"
        " chuẩn y kết quả bầu cử. Ngày 12/11, Ban Thường vụ Tỉnh ủy có Quyết định số 2150-QĐ/TU cho ông A nghỉ hưu."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2025, 11, 14))] == [
        ("1847-QĐ/HU", date(2025, 2, 21)),
        ("1848-QĐ/HU", date(2025, 2, 21)),
        ("2150-QĐ/TU", date(2025, 11, 12)),
    ]
    text = "Cùng ngày 02.03, Ban Bí thư ra Quyết định số 306-QĐNS/TW chuẩn y bà Giàng Thị Mỷ."  # 'ra': issued
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2025, 3, 3))] == [
        ("306-QĐNS/TW", date(2025, 3, 2))
    ]


def test_a_lists_introduction_with_its_issuer_set_off_by_a_comma_and_a_same_day_clause_citing_one_date_them():
    text = (
        "Vụ trưởng đã đọc các quyết định của Thống đốc NHNN, cùng được ký ngày 28/12/2030, gồm:\n\nQuyết định số"
        " 2618/QĐ-NHNN về việc bổ nhiệm ông A;\n\nQuyết định số 2621/QĐ-NHNN giao ông B phụ trách chi nhánh."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2031, 1, 5))] == [
        ("2618/QĐ-NHNN", date(2030, 12, 28)),
        ("2621/QĐ-NHNN", date(2030, 12, 28)),
    ]
    text = (
        "Bộ trưởng đã ký Quyết định số 176/QĐ-UBDT ngày 8-3-2031 điều động ông A. Cùng ngày, tại Quyết định số"
        " 177/QĐ-UBDT, ông B được thôi giữ chức vụ để nghỉ hưu."
    )
    assert [d.issued_date for d in find_documents(text, date(2031, 3, 20))] == [date(2031, 3, 8)] * 2


def test_a_code_then_a_comma_and_the_same_day_is_of_the_day_before():
    text = (
        "Quyết định số 846-QĐ/TU ngày 18/11/2030 điều động ông A giữ chức Bí thư Huyện ủy. Quyết định số 847-QĐ/TU,"
        " cùng ngày chỉ định ông B giữ chức Phó Bí thư Huyện ủy."
    )
    assert [d.issued_date for d in find_documents(text, date(2030, 11, 22))] == [date(2030, 11, 18)] * 2


def test_an_issuer_with_lower_case_words_between_the_day_and_the_signing():
    text = "Trước đó, ngày 28/2/2019, Hội đồng thành viên EVN đã ký Quyết định số 245/QĐ-HĐTV điều động ông A."
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2019, 3, 5))] == [
        ("245/QĐ-HĐTV", date(2019, 2, 28))
    ]


def test_a_long_capitalised_issuer_between_the_day_and_the_signing():
    text = "Ngày 10/11, Ban Thường vụ Tỉnh ủy Lâm Đồng ban hành Quyết định số 412-QĐ/TU điều động ông A."
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2025, 11, 14))] == [
        ("412-QĐ/TU", date(2025, 11, 10))
    ]


def test_the_national_assemblys_codes_and_a_count_of_decisions_with_their_day():
    text = "triển khai Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 và Nghị quyết 27/2022/QH15 của Quốc hội."
    assert [(d.doc_code, d.doc_type, d.issued_date) for d in find_documents(text)] == [
        ("35/2023/UBTVQH15", "Nghị quyết", date(2023, 7, 12)),
        ("27/2022/QH15", "Nghị quyết", None),
    ]
    told = (
        "Đại diện Ban Tổ chức Tỉnh ủy công bố hai quyết định ngày 12-7-2023 của Ban Thường vụ Tỉnh ủy. Theo Quyết"
        " định số 2147-QĐ/TU, đồng chí A thôi giữ chức; Quyết định số 2148-QĐ/TU chỉ định đồng chí B."
    )
    assert [d.issued_date for d in find_documents(told)] == [date(2023, 7, 12), date(2023, 7, 12)]


# --- identity in the warehouse: a code and its issue date (transforms/extract.document_id, 20_dim_document.sql)

_DIRECTIVE = """Triển khai Chỉ thị về đại hội đảng bộ các cấp
Thứ Hai, {published} 08:00

Sáng {day}, Ban Thường vụ Huyện ủy Lạc Sơn tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW{issued}
của Bộ Chính trị về đại hội đảng bộ các cấp.
"""


def test_a_code_reused_in_another_term_is_another_document(prefect_api, tmp_path):
    from hoinghi.flows.ingest import ingest
    from tests.conftest import query

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    articles = {
        "2019.txt": ("10/6/2019", "10-6", " ngày 30/5/2019"),
        "2024.txt": ("20/6/2024", "20-6", " ngày 14/6/2024"),
        "2024_again.txt": ("25/6/2024", "25-6", ", ngày 14-6-2024,"),
        "undated.txt": ("2/7/2024", "2-7", ""),
    }
    for name, (published, day, issued) in articles.items():
        (inbox / name).write_text(_DIRECTIVE.format(published=published, day=day, issued=issued), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest(inbox=str(inbox), db=str(db), batch_size=2)
    cited = query(
        db,
        "SELECT a.source_path, d.document_id, d.issued_date FROM bridge_article_document b"
        " JOIN dim_article a USING (article_id) JOIN dim_document d USING (document_id)"
        " WHERE d.doc_code = '35-CT/TW' ORDER BY 1",
    )
    issued = {path: day for path, _, day in cited}
    assert issued == {
        "2019.txt": date(2019, 5, 30),
        "2024.txt": date(2024, 6, 14),
        "2024_again.txt": date(2024, 6, 14),
        "undated.txt": None,
    }
    ids = {path: doc for path, doc, _ in cited}
    assert ids["2024.txt"] == ids["2024_again.txt"]  # one document, cited twice
    assert len({ids["2019.txt"], ids["2024.txt"], ids["undated.txt"]}) == 3
    # the article that cited it undated changes and cites it no more: the undated row goes (42_dim_document_uncited)
    (inbox / "undated.txt").write_text("Hội nghị giao ban\nThứ Hai, 2/7/2024 08:00\n\nSáng 2-7, Ban Thường vụ họp.\n")
    ingest(inbox=str(inbox), db=str(db), batch_size=2)
    assert query(db, "SELECT issued_date FROM dim_document WHERE doc_code = '35-CT/TW' ORDER BY 1") == [
        (date(2019, 5, 30),),
        (date(2024, 6, 14),),
    ]


def test_a_plenum_as_the_issuer_before_the_date():
    text = (
        "Kết luận số 21-KL/TW của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII, ban hành ngày"
        " 25-10-2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng"
    )
    assert codes(text) == [("21-KL/TW", "Kết luận", date(2021, 10, 25))]


def test_a_plenum_by_its_number_and_term_as_the_issuer_before_the_date():
    text = "Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII ngày 25/10/2021 về đẩy mạnh xây dựng Đảng"
    assert codes(text) == [("21-KL/TW", "Kết luận", date(2021, 10, 25))]


def test_a_signing_day_told_with_its_time_of_day_before_the_code():
    text = "Tối 17/3/2030, Thủ tướng ký Quyết định số 358/QĐ-TTg phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh."
    assert codes(text) == [("358/QĐ-TTg", "Quyết định", date(2030, 3, 17))]


def test_a_state_code_may_name_a_unit_of_its_issuer():
    assert codes("Thực hiện Hướng dẫn số 28/HD-MTTW-BTT ngày 12/4/2031 của Ban Thường trực.") == [
        ("28/HD-MTTW-BTT", "Hướng dẫn", date(2031, 4, 12))
    ]
    assert codes("Quyết định số 12/QĐ-UBND ngày 1/2/2031.") == [("12/QĐ-UBND", "Quyết định", date(2031, 2, 1))]


def test_a_count_of_documents_signed_dates_only_those_of_the_sentence_before():
    text = (
        "UBND tỉnh đã ban hành Quyết định số 12/QĐ-UBND về quy chế làm việc. Sáng nay, tỉnh công bố Quyết định số"
        " 20/QĐ-UBND và Quyết định số 21/QĐ-UBND. Hai quyết định được ký ngày 3/4/2031."
    )
    assert [d for _, _, d in codes(text)] == [None, date(2031, 4, 3), date(2031, 4, 3)]


def _dated(text: str) -> list[tuple[str, date | None]]:
    return [(d.doc_code, d.issued_date) for d in find_documents(text, date(2031, 12, 1))]


def test_a_list_of_codes_of_one_type_written_each_with_its_type_word_shares_the_date_after_it():
    assert _dated(
        "Đồng chí A truyền đạt Nghị quyết số 26-NQ/TW, Nghị quyết số 27-NQ/TW và Nghị quyết số 28-NQ/TW ngày"
        " 19/5/2031 của Hội nghị Trung ương 7."
    ) == [("26-NQ/TW", date(2031, 5, 19)), ("27-NQ/TW", date(2031, 5, 19)), ("28-NQ/TW", date(2031, 5, 19))]
    # ... not across types
    assert _dated("thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW ngày 18/5/2031 của Bộ Chính trị.")[0] == (
        "05-CT/TW",
        None,
    )


def test_documents_issued_on_the_day_a_sentence_opens_with_and_joined_by_va_share_it():
    assert _dated(
        "Ngày 25/10/2031, Hội nghị Trung ương ban hành Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy, hoạt động"
        " hiệu lực, hiệu quả và Nghị quyết số 19-NQ/TW về đơn vị sự nghiệp công lập."
    ) == [("18-NQ/TW", date(2031, 10, 25)), ("19-NQ/TW", date(2031, 10, 25))]


def test_a_qualifier_between_the_type_word_and_the_number_keeps_the_day_told_before():
    assert _dated(
        "Để cụ thể hóa nghị quyết, ngày 12/01/2031, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số"
        " 26-CTr/TU."
    ) == [("26-CTr/TU", date(2031, 1, 12))]


def test_cung_ngay_after_a_code_takes_the_day_its_sentence_told_when_no_document_before_it_in_the_sentence():
    assert _dated(
        "Trước đó, ngày 04/4/2031, Ban Thường vụ Tỉnh ủy đã họp, thống nhất chủ trương; nội dung này được thể"
        " hiện tại Thông báo kết luận số 1520-TB/TU cùng ngày."
    ) == [("1520-TB/TU", date(2031, 4, 4))]
    assert _dated(
        "Đồng chí A trao Quyết định số 512/QĐ-UBND ngày 9-3-2031 bổ nhiệm lại ông B, thời hạn 5 năm kể từ ngày"
        " 15-3-2031; Quyết định số 513/QĐ-UBND cùng ngày bổ nhiệm lại bà C."
    ) == [("512/QĐ-UBND", date(2031, 3, 9)), ("513/QĐ-UBND", date(2031, 3, 9))]


def test_cung_ngay_after_a_code_takes_the_day_of_the_nearest_code_of_its_own_issuers_series():
    assert _dated(
        "Bà A công bố Quyết định số 2768/QĐ-UBND ngày 31/10/2031 bổ nhiệm ông B. Ông B nhận Quyết định số 215-QĐ/ĐU"
        " ngày 29/10/2031 của Ban Thường vụ Đảng ủy.\nQuyết định số 2769/QĐ-UBND cùng ngày điều động ông C."
    )[-1] == ("2769/QĐ-UBND", date(2031, 10, 31))


def test_a_citys_dotted_abbreviation_inside_the_issuer_keeps_the_day_told_before():
    assert _dated("Trước đó, ngày 28.10, UBND TP. Đà Nẵng ban hành Quyết định số 2588/QĐ-UBND điều động ông A.") == [
        ("2588/QĐ-UBND", date(2031, 10, 28))
    ]


def test_a_day_a_sentence_issues_a_counted_list_on_dates_each_document_listed_after_its_colon():
    text = (
        "Về phía Đảng ủy, ngày 24/11/2017, Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương đã ban hành ba"
        " quyết định: Quyết định số 682-QĐ/ĐUK cho ông Lê Quang Bình thôi tham gia Ban Chấp hành, Ban Thường vụ;"
        " Quyết định số 683-QĐ/ĐUK chỉ định ông Phạm Xuân Thủy giữ chức Bí thư Đảng ủy Tập đoàn nhiệm kỳ"
        " 2015-2020; Quyết định số 684-QĐ/ĐUK chỉ định ông Nông Thanh Tùng tham gia Ban Chấp hành."
        " Quyết định số 4410/QĐ-BCT bổ nhiệm ông Nông Thanh Tùng giữ chức Thành viên Hội đồng thành viên."
    )
    day = date(2017, 11, 24)
    assert codes(text) == [
        ("682-QĐ/ĐUK", "Quyết định", day),
        ("683-QĐ/ĐUK", "Quyết định", day),
        ("684-QĐ/ĐUK", "Quyết định", day),
        ("4410/QĐ-BCT", "Quyết định", None),  # the next sentence's: not of the list
    ]


def test_adverbs_before_the_issuing_verb_keep_the_day_told_before():
    text = (
        "Mới đây, ngày 18/9/2013, Ban Thường vụ Huyện ủy tiếp tục ban hành Quyết định số 318-QĐ/HU luân chuyển cán"
        " bộ. Ngày 2/10/2013, Ban Thường vụ Tỉnh ủy đã chính thức ban hành Nghị quyết số 12-NQ/TU về công tác cán bộ."
    )
    assert codes(text) == [
        ("318-QĐ/HU", "Quyết định", date(2013, 9, 18)),
        ("12-NQ/TU", "Nghị quyết", date(2013, 10, 2)),
    ]


def test_a_day_told_for_the_documents_a_list_of_paragraphs_introduces_dates_each_item_of_its_issuer():
    text = (
        "Chiều 17/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định về công tác cán bộ.\n"
        "Ngày 14/7 vừa qua, Ban Thường vụ Tỉnh ủy đã ban hành các quyết định về công tác cán bộ. Tại hội nghị,"
        " đồng chí Nông Thị Hạnh công bố các quyết định, cụ thể:\n"
        "Quyết định số 1285-QĐ/TU điều động đồng chí Giàng Seo Páo giữ chức Bí thư Huyện ủy Si Ma Cai.\n"
        "- Quyết định số 1286-QĐ/TU điều động đồng chí Sần Thị Liên giữ chức Phó Bí thư Huyện ủy.\n"
        "Quyết định số 1287/QĐ-UBND của UBND tỉnh bổ nhiệm ông Lục Văn Tuấn.\n"
        "Phát biểu tại hội nghị, đồng chí Hiếu nhắc lại Quyết định số 1290-QĐ/TU về việc khác.\n"
    )
    day = date(2023, 7, 14)
    assert [(c, d) for c, _, d in codes_on(text, date(2023, 7, 18))] == [
        ("1285-QĐ/TU", day),
        ("1286-QĐ/TU", day),
        ("1287/QĐ-UBND", None),  # the province's People's Committee's, read at the same ceremony
        ("1290-QĐ/TU", None),  # no item of the list
    ]


def codes_on(text: str, published: date) -> list[tuple]:
    return [(d.doc_code, d.doc_type, d.issued_date) for d in find_documents(text, published)]


def test_a_count_of_documents_signed_on_one_day_dates_every_item_of_the_list_under_it():
    items = "\n\n".join(
        f"- Quyết định số {n}-QĐ/TU điều động ông Lê Văn {name}, Phó Trưởng Ban Tổ chức Thành ủy, đến nhận công tác"
        f" tại Đảng bộ phường {name}, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy"
        " phường nhiệm kỳ 2025-2030."
        for n, name in ((1024, "Bến Thành"), (1025, "Cầu Ông Lãnh"), (1026, "Tân Định"), (1030, "Thủ Dầu Một"))
    )
    intro = "Các quyết định cùng được ký ngày 15/10/2025, cụ thể:"
    text = f"Tối 16/10, Văn phòng Thành ủy cho biết.\n\n{intro}\n\n{items}\n"
    assert {d for _, _, d in codes_on(text, date(2025, 10, 16))} == {date(2025, 10, 15)}


def test_the_signing_day_an_introduction_tells_dates_the_decision_each_item_cites_after_its_change():
    text = (
        "Hôm nay, Phó Chủ tịch nước trao quyết định.\n\nBà Chu Thị Ngọc đọc các quyết định của Chủ tịch nước ký"
        " ngày 5 tháng 3 năm 2025 bổ nhiệm các Đại sứ, cụ thể:\n\n"
        "1. Ông Lê Văn Khoa, Vụ trưởng, làm Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản (Quyết định số"
        " 301/QĐ-CTN).\n\n2. Bà Hà Thị Mai, Phó Vụ trưởng, làm Đại sứ (Quyết định số 302/QĐ-CTN).\n"
    )
    assert [(c, d) for c, _, d in codes_on(text, date(2025, 3, 12))] == [
        ("301/QĐ-CTN", date(2025, 3, 5)),
        ("302/QĐ-CTN", date(2025, 3, 5)),
    ]


def test_a_time_of_the_same_day_opening_a_sentence_is_the_day_of_the_events_told_not_of_a_document_on_the_way():
    text = (
        "Chiều 24.10, Quốc hội tiến hành quy trình miễn nhiệm. Thủ tướng cho biết, ngày 16.10.2025, Bộ Chính trị"
        " đã ban hành Quyết định số 2147-QĐNS/TW điều động ông A.\n\n"
        "Chiều cùng ngày, Chủ tịch nước đã ký Quyết định số 1914/QĐ-CTN bổ nhiệm ông B.\n"
    )
    assert [(c, d) for c, _, d in codes_on(text, date(2025, 10, 24))] == [
        ("2147-QĐNS/TW", date(2025, 10, 16)),
        ("1914/QĐ-CTN", date(2025, 10, 24)),
    ]
    # a bare 'Cùng ngày' after a decision's day is that decision's
    text = text.replace("Chiều cùng ngày", "Cùng ngày")
    assert [d for _, _, d in codes_on(text, date(2025, 10, 24))] == [date(2025, 10, 16)] * 2


def test_decisions_a_long_sentence_lists_after_their_signing_day_and_one_after_a_semicolon_share_it():
    text = (
        "Đồng chí Đỗ Thị Mai công bố các quyết định của Ban Thường vụ Tỉnh ủy ký ngày 9-1-2026, theo đó: điều động,"
        " chỉ định đồng chí Bùi Văn Thắng, Phó Giám đốc Sở Nông nghiệp và Môi trường, tham gia Ban Chấp hành, Ban"
        " Thường vụ và giữ chức Bí thư Đảng ủy xã Đà Bắc nhiệm kỳ 2025 - 2030 (Quyết định số 1186-QĐ/TU); đồng chí"
        " Quách Thị Hằng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, giữ chức Bí thư Đảng ủy xã Mai Châu (Quyết"
        " định số 1187-QĐ/TU); đồng chí Nguyễn Mạnh Cường, Phó Chánh Văn phòng Tỉnh ủy, giữ chức Bí thư Đảng ủy xã"
        " Tam Đảo (Quyết định số 1188-QĐ/TU).\n\n"
        "Cũng trong ngày 9-1-2026, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1190-QĐ/TU cho đồng chí Xa Văn Phong"
        " thôi giữ chức để nghỉ hưu theo chế độ từ ngày 1-2-2026; Quyết định số 1191-QĐ/TU điều động đồng chí Lưu"
        " Đình Hải.\n"
    )
    assert {d for _, _, d in codes_on(text, date(2026, 1, 13))} == {date(2026, 1, 9)}


def test_an_issuers_name_takes_no_lower_case_word_but_its_own():
    # 'từ ngày …' after the issuer is the day a change takes effect, not the document's
    assert codes("Theo Quyết định số 1234/QĐ-UBND của Chủ tịch UBND tỉnh từ ngày 1/4/2025.") == [
        ("1234/QĐ-UBND", "Quyết định", None)
    ]


def test_a_number_ending_with_a_letter():
    assert [
        c for c, _, _ in codes("Thực hiện Nghị quyết số 30a/2008/NQ-CP của Chính phủ đối với các huyện nghèo.")
    ] == ["30a/2008/NQ-CP"]


def test_a_state_type_code_written_in_mixed_case():
    assert codes("Trình bày Tờ trình số 641/TTr-CP ngày 22/10/2025 của Chính phủ.") == [
        ("641/TTr-CP", "Tờ trình", date(2025, 10, 22))
    ]


def test_a_unit_of_the_issuer_after_it_is_part_of_the_code():
    text = (
        "Thực hiện Hướng dẫn số 43-HD/TWĐTN-BTC ngày 18/11/2021 của Ban Bí thư Trung ương Đoàn; Quyết định số"
        " 1125/QĐ-CAT-PX01 ngày 8/4/2024 của Giám đốc Công an tỉnh về công tác cán bộ."
    )
    assert codes(text) == [
        ("43-HD/TWĐTN-BTC", "Hướng dẫn", date(2021, 11, 18)),
        ("1125/QĐ-CAT-PX01", "Quyết định", date(2024, 4, 8)),
    ]


def test_a_unit_of_one_letter_and_its_number_after_the_issuer():
    text = "Công bố Quyết định số 2871/QĐ-BCA-X01 ngày 20/4/2022 của Bộ trưởng Bộ Công an về việc nghỉ hưu."
    assert codes(text) == [("2871/QĐ-BCA-X01", "Quyết định", date(2022, 4, 20))]


def test_a_clause_joined_with_cung_ngay_dates_its_document_by_the_one_before():
    text = (
        "Ngày 26/6/2025, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1863-QĐ/TU thành lập Đảng bộ xã Ea Ktur;"
        " cùng ngày, Quyết định số 1864-QĐ/TU chỉ định đồng chí Y Khuê Mlô giữ chức Bí thư Đảng ủy xã."
    )
    assert codes(text) == [
        ("1863-QĐ/TU", "Quyết định", date(2025, 6, 26)),
        ("1864-QĐ/TU", "Quyết định", date(2025, 6, 26)),
    ]
    # ... not a sentence that opens so about a meeting ('Chiều cùng ngày, hội nghị quán triệt Kết luận …')
    assert codes("Chiều cùng ngày, hội nghị quán triệt Kết luận số 150-KL/TW của Bộ Chính trị.")[0][2] is None


def test_a_signing_told_paragraphs_later_dates_its_issuers_documents_or_a_counted_group():
    text = (
        "Đồng chí A công bố Quyết định số 2306-QĐNS/TW của Bộ Chính trị điều động đồng chí B.\n\n"
        "Đồng chí A cũng công bố các quyết định của Trưởng Ban Tổ chức Trung ương, gồm:\n\n"
        "- Quyết định số 3118-QĐ/BTCTW bổ nhiệm đồng chí C giữ chức Vụ trưởng;\n\n"
        "- Quyết định số 3119-QĐ/BTCTW về việc đồng chí D nghỉ hưu theo chế độ.\n\n"
        "Quyết định của Bộ Chính trị được ký ngày 14/3/2025; các quyết định của Trưởng Ban Tổ chức Trung ương cùng"
        " được ký ngày 17/3/2025."
    )
    assert [(c, d) for c, _, d in codes(text)] == [
        ("2306-QĐNS/TW", date(2025, 3, 14)),
        ("3118-QĐ/BTCTW", date(2025, 3, 17)),
        ("3119-QĐ/BTCTW", date(2025, 3, 17)),
    ]
    text = (
        "Thiếu tướng A công bố Quyết định số 1452-QĐNS/TW của Ban Bí thư chỉ định đồng chí B giữ chức Phó Bí thư.\n\n"
        "Thiếu tướng A cũng công bố Quyết định số 1453-QĐNS/TW của Ban Bí thư cho đồng chí C thôi tham gia Ban"
        " Chấp hành để nghỉ hưu. Các quyết định trên được Ban Bí thư ký ngày 8/7/2024."
    )
    assert [d for _, _, d in codes(text)] == [date(2024, 7, 8)] * 2
    # ... a signer between the passive and the verb
    text = (
        "Đồng chí A trao Quyết định số 1268-QĐNS/TW điều động đồng chí B. Quyết định được Bộ Chính trị ký ngày"
        " 3-1-2024."
    )
    assert codes(text)[0][2] == date(2024, 1, 3)


def test_theo_do_cites_the_documents_the_sentence_before_issued_on_its_day():
    text = (
        "Hôm qua (3/6), Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN) đã ban hành các quyết định về công tác"
        " cán bộ.\n\nTheo đó, tại Quyết định số 612/QĐ-HĐTV, Hội đồng thành viên điều động ông A."
    )
    assert codes_on(text, date(2024, 6, 4)) == [("612/QĐ-HĐTV", "Quyết định", date(2024, 6, 3))]
    # ... not a sentence that does not open so
    assert codes_on(text.replace("Theo đó, tại", "Tại"), date(2024, 6, 4))[0][2] is None


def test_a_code_joined_by_and_in_a_long_same_day_sentence_is_of_that_day_and_a_cited_law_is_not():
    text = (
        "Ngày 3/6/2024, Hội đồng thành viên ký Quyết định số 611/QĐ-HĐTV bổ nhiệm ông B. Cùng ngày, Hội đồng thành"
        " viên ký Quyết định số 613/QĐ-HĐTV về việc ông C, Chủ tịch Hội đồng thành viên Tổng công ty, nghỉ hưu theo"
        " chế độ, tính từ ngày 1/7/2024 và Quyết định số 614/QĐ-HĐTV bổ nhiệm ông D. Cùng ngày, Ban Thường vụ ban"
        " hành Quyết định số 319-QĐ/TU cho đồng chí E, Bí thư Đảng ủy phường, thôi giữ chức để nghỉ hưu trước tuổi"
        " theo Nghị định số 178/2024/NĐ-CP."
    )
    assert [d for _, _, d in codes(text)] == [date(2024, 6, 3)] * 4 + [None]


def test_a_document_opening_its_sentence_is_dated_by_the_signing_the_sentence_ends_with():
    text = (
        "Quy định số 15 - QĐi/ĐUCP về chế độ làm việc của Ủy ban Kiểm tra cũng đã được ký ban hành ngày 5/3.\n"
        "Kết luận số 09-KL/ĐUCP về sắp xếp tổ chức và Kế hoạch số 10-KH/ĐUCP đã được ký ngày 6/3."
    )
    assert [(c, d) for c, _, d in codes_on(text, date(2026, 3, 28))] == [
        ("15-QĐi/ĐUCP", date(2026, 3, 5)),
        ("09-KL/ĐUCP", None),  # another document stands between
        ("10-KH/ĐUCP", date(2026, 3, 6)),  # (the signing right after its code)
    ]


def test_a_law_named_between_its_type_word_and_its_number():
    docs = find_documents("theo quy định của Luật Tổ chức chính quyền địa phương số 72/2025/QH15.")
    assert [(d.doc_code, d.doc_type, d.title) for d in docs] == [
        ("72/2025/QH15", "Luật", "Tổ chức chính quyền địa phương")
    ]


def test_cung_ngay_with_a_body_that_has_the_decision_and_a_signing_set_off_by_a_comma():
    text = (
        "Ngày 9-12-2011, Bộ Chính trị ban hành Quyết định số 527-QĐNS/TW điều động đồng chí A. Cùng ngày, Bộ Chính"
        " trị có Quyết định số 528-QĐNS/TW cho đồng chí B nghỉ hưu.\n"
        "Đồng chí C giới thiệu kết quả thực hiện Kế hoạch số 189-KH/TU của Ban Thường vụ Tỉnh ủy về rà soát, bổ sung"
        " quy hoạch cán bộ nữ, được ban hành ngày 2-12-2019."
    )
    assert [(c, d) for c, _, d in codes(text)] == [
        ("527-QĐNS/TW", date(2011, 12, 9)),
        ("528-QĐNS/TW", date(2011, 12, 9)),
        ("189-KH/TU", date(2019, 12, 2)),
    ]


def test_a_signing_told_in_commas_after_the_code_with_an_adverb():
    text = "Quyết định số 707/QĐ-UBND, cũng được ký ngày 11/3, giao quyền Giám đốc Sở cho bà A."
    assert codes_on(text, date(2024, 3, 20)) == [("707/QĐ-UBND", "Quyết định", date(2024, 3, 11))]


def test_a_number_of_documents_signed_on_a_day_dates_the_last_ones_of_their_type():
    text = (
        "Tại hội nghị, bà A công bố Quyết định số 2217-QĐ/TU của Ban Thường vụ Thành ủy điều động ông B.\n\n"
        "Cùng với đó là Quyết định số 2218-QĐ/TU đồng ý để ông C nghỉ hưu theo chế độ, tính từ ngày 1-2-2024. Hai"
        " quyết định được ký ngày 29-12-2023 và có hiệu lực từ ngày 2-1-2024."
    )
    assert [d for _, _, d in codes(text)] == [date(2023, 12, 29)] * 2
    # ... not when more of the type were cited: 'Hai quyết định' are the last two
    three = "Quyết định số 2216-QĐ/TU điều động ông D.\n\n" + text
    assert [d for _, _, d in codes(three)] == [None] + [date(2023, 12, 29)] * 2


def test_an_issuer_with_a_dotted_initialism():
    text = (
        "- Tỉnh đoàn Thanh Hóa: Ngày 5/6, Ban Bí thư T.Ư Đoàn ban hành Quyết định số 1520-QĐNS/TWĐTN-BTC chuẩn y anh A."
    )
    assert codes_on(text, date(2023, 6, 20)) == [("1520-QĐNS/TWĐTN-BTC", "Quyết định", date(2023, 6, 5))]


def test_a_bare_number_before_a_code_shares_its_type_issuer_and_day():
    text = "Bà A công bố các Quyết định số 1028, 1029-QĐ/TU ngày 13/3/2017 của Ban Thường vụ Tỉnh ủy."
    assert codes(text) == [
        ("1028-QĐ/TU", "Quyết định", date(2017, 3, 13)),
        ("1029-QĐ/TU", "Quyết định", date(2017, 3, 13)),
    ]
    assert [c for c, _, _ in codes("trong hai năm 2019, 2020 và Kế hoạch số 12-KH/TU")] == ["12-KH/TU"]


def test_a_whole_date_right_after_a_code_with_no_word_for_it_is_its_issued_date():
    # a table's 'Quyết định số, ngày ký' cell; a date without its year is no such date
    assert codes("1\tTrần Minh Tâm\tĐiều động, bổ nhiệm\t410-QĐ/HU, 08/8/2012\n") == [
        ("410-QĐ/HU", "Quyết định", date(2012, 8, 8))
    ]
    assert codes("Theo Quyết định số 410-QĐ/HU, 12/8 Ban Thường vụ họp.") == [("410-QĐ/HU", "Quyết định", None)]


def test_a_list_under_a_line_of_its_own_is_dated_by_the_paragraph_above():
    text = (
        "Ngày 27-6-2031, Ban Thường vụ Tỉnh ủy đã ban hành các quyết định chỉ định bí thư đảng ủy của 2 phường.\n\n"
        "Cụ thể như sau:\n\n"
        "- Phường Yên Lạc (Quyết định số 2041-QĐ/TU): đồng chí Lê Văn Tám giữ chức Bí thư Đảng ủy phường.\n\n"
        "- Phường Yên Bình (Quyết định số 2043-QĐ/TU): đồng chí Đào Văn Nam giữ chức Bí thư Đảng ủy phường.\n"
    )
    assert [d for _, _, d in codes(text)] == [date(2031, 6, 27), date(2031, 6, 27)]


def test_codes_after_tai_are_of_the_documents_a_dated_sentence_issues():
    text = (
        "Cùng ngày 12/3, Chủ tịch UBND tỉnh ký các quyết định cho nghỉ hưu trước tuổi đối với ông Đoàn Văn Sáng tại"
        " Quyết định số 499/QĐ-UBND và bà Lê Thị Ngọc Diệp tại Quyết định số 500/QĐ-UBND."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2025, 3, 20))] == [
        ("499/QĐ-UBND", date(2025, 3, 12)),
        ("500/QĐ-UBND", date(2025, 3, 12)),
    ]


def test_a_list_introduction_counting_documents_again_takes_their_day_from_the_paragraph_above():
    text = (
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 25/1/2002 của Bộ Chính trị về luân chuyển cán bộ, BTV Huyện ủy đã ban"
        " hành các quyết định ngày 05/9/2017 về điều động, luân chuyển cán bộ chủ chốt cấp xã.\n\n"
        "Đ/c Quách Công Nghị - UV BTV, Trưởng ban Tổ chức Huyện ủy công bố các quyết định, cụ thể:\n\n"
        "- Đ/c Bùi Văn Tính được điều động giữ chức Bí thư Đảng ủy xã Tân Mỹ (Quyết định số 398-QĐ/HU).\n\n"
        "- Đ/c Quách Thị Lan được luân chuyển giữ chức Bí thư Đảng ủy xã Ân Nghĩa (Quyết định số 399-QĐ/HU)."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2017, 9, 20))] == [
        ("11-NQ/TW", date(2002, 1, 25)),
        ("398-QĐ/HU", date(2017, 9, 5)),
        ("399-QĐ/HU", date(2017, 9, 5)),
    ]


def test_a_day_relative_to_publication_after_a_time_of_day_dates_a_signing():
    text = "Được biết, sáng nay (15/7), Chủ tịch UBND tỉnh đã ký Quyết định số 6120/QĐ-UBND phê chuẩn kết quả bầu."
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2022, 7, 15))] == [
        ("6120/QĐ-UBND", date(2022, 7, 15))
    ]


def test_codes_listed_after_va_cac_share_the_day_of_the_signing():
    text = (
        "Ngày 15-3-2013, Chủ tịch UBND tỉnh đã ký Quyết định số 97/QĐ-CT phê chuẩn việc miễn nhiệm đối với đồng chí"
        " Lý Văn Thỏa và các Quyết định số 98/QĐ-CT, 99/QĐ-CT phê chuẩn kết quả bầu."
    )
    assert {d.doc_code: d.issued_date for d in find_documents(text, date(2013, 3, 20))} == {
        "97/QĐ-CT": date(2013, 3, 15),
        "98/QĐ-CT": date(2013, 3, 15),
        "99/QĐ-CT": date(2013, 3, 15),
    }


def test_an_issuer_may_carry_its_number():
    text = "Thực hiện Hướng dẫn số 01-HD/CTĐ2 ngày 22-2-2021 của Cụm thi đua số 2 về tiêu chí thi đua."
    assert [(d.doc_code, d.issued_date) for d in find_documents(text)] == [("01-HD/CTĐ2", date(2021, 2, 22))]


def test_a_lists_introduction_may_name_the_documents_subject_before_their_day():
    text = (
        "Cũng tại hội nghị, BTV Tỉnh ủy đã công bố các quyết định về công tác cán bộ ban hành ngày 10-12-2018:\n\n"
        "- Quyết định số 1245-QĐ/TU điều động đồng chí Nguyễn Quang Tùng giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy.\n\n"
        "- Quyết định số 1246-QĐ/TU điều động đồng chí Lê Văn An giữ chức Bí thư Huyện ủy Kim Thành."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2018, 12, 20))] == [
        ("1245-QĐ/TU", date(2018, 12, 10)),
        ("1246-QĐ/TU", date(2018, 12, 10)),
    ]


def test_a_day_told_before_the_issuer_needs_no_comma():
    text = (
        "Theo tờ trình do đồng chí Lê Thị Minh Nguyệt, Phó Chủ tịch HĐND tỉnh trình bày, ngày 2/12/2016 Ban Thường"
        " vụ Tỉnh ủy đã ban hành Quyết định số 2315-QĐ/TU điều động đồng chí Nguyễn Thị Thu Hà."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2016, 12, 15))] == [
        ("2315-QĐ/TU", date(2016, 12, 2))
    ]


def test_a_decision_bracketed_after_a_change_told_the_same_day_is_of_that_day():
    text = (
        "Ngày 13-3-2019, BTV Tỉnh ủy có Quyết định số 1431-QĐ/TU cho đồng chí Trịnh Xuân Bình thôi giữ chức Phó Bí"
        " thư Huyện ủy để nghỉ hưu theo chế độ, kể từ ngày 1-4-2019. Cùng ngày, BTV Tỉnh ủy chuẩn y đồng chí Đỗ Minh"
        " Tuấn giữ chức Phó Bí thư Huyện ủy Yên Định (Quyết định số 1432-QĐ/TU)."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2019, 3, 20))] == [
        ("1431-QĐ/TU", date(2019, 3, 13)),
        ("1432-QĐ/TU", date(2019, 3, 13)),
    ]


def test_right_on_the_afternoon_of_the_same_day_is_the_day_the_events_were_told():
    text = (
        "(Dân trí) - Chiều qua (11/3), HĐND huyện Nghĩa Hành đã tổ chức kỳ họp bất thường theo Quyết định số"
        " 12/QĐ-HĐND ngày 5/3/2010 của Thường trực HĐND huyện.\n\nNgay chiều cùng ngày, Chủ tịch UBND tỉnh Quảng"
        " Ngãi đã ký Quyết định số 418/QĐ-UBND phê chuẩn kết quả bầu."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2010, 3, 12))] == [
        ("12/QĐ-HĐND", date(2010, 3, 5)),
        ("418/QĐ-UBND", date(2010, 3, 11)),
    ]


def test_a_lists_first_item_may_follow_the_colon_of_its_introduction():
    text = (
        "Thực hiện Quy định số 98-QĐ/TW ngày 7/10/2017 của Bộ Chính trị về luân chuyển cán bộ, ngày 9 tháng 3 năm"
        " 2018, Ban Thường vụ Tỉnh ủy đã ban hành các quyết định về công tác cán bộ.\n\n"
        "Đồng chí Nông Thị Hằng, Trưởng Ban Tổ chức Tỉnh ủy công bố các quyết định: Quyết định số 512-QĐ/TU điều"
        " động đồng chí Hà Văn Lịch giữ chức Bí thư Huyện ủy Hà Quảng.\n\n"
        "Quyết định số 513-QĐ/TU cho đồng chí Nông Văn Tắng thôi giữ chức Bí thư Huyện ủy để nghỉ hưu theo chế độ.\n\n"
        "Phát biểu tại hội nghị, đồng chí Thiện nhắc lại Quyết định số 520-QĐ/TU về việc khác."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2018, 3, 12))] == [
        ("98-QĐ/TW", date(2017, 10, 7)),
        ("512-QĐ/TU", date(2018, 3, 9)),
        ("513-QĐ/TU", date(2018, 3, 9)),
        ("520-QĐ/TU", None),
    ]


def test_a_bare_same_day_is_the_day_told_last_when_a_sentence_opened_with_it_after_the_last_dated_document():
    text = (
        "Theo Quyết định số 2801-QĐNS/TW ngày 28/6/2025, Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ thành phố.\n\n"
        "Ngày 2 tháng 7 năm 2025, Ban Thường vụ Thành ủy họp phiên thứ nhất. Cùng ngày, Ban Thường vụ Thành ủy ban"
        " hành Quyết định số 21-QĐ/TU thành lập Đảng bộ UBND thành phố."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2026, 2, 10))] == [
        ("2801-QĐNS/TW", date(2025, 6, 28)),
        ("21-QĐ/TU", date(2025, 7, 2)),
    ]


def test_the_signer_before_the_document_may_be_a_person_with_the_post_set_off():
    text = (
        "Ngày 8.5, ông Hoàng Văn Nam, Chủ tịch UBND tỉnh Quảng Trị, ký Quyết định số 1102/QĐ-UBND về việc phân công"
        " nhiệm vụ, thay thế Quyết định số 2780/QĐ-UBND ngày 20.11.2023."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2024, 5, 10))] == [
        ("1102/QĐ-UBND", date(2024, 5, 8)),
        ("2780/QĐ-UBND", date(2023, 11, 20)),
    ]


def test_a_list_begun_by_a_theo_do_paragraph_goes_on_in_paragraphs_opening_with_the_type():
    text = (
        "Tại hội nghị, đồng chí Võ Thị Thu Hà đã công bố các quyết định của Ban Thường vụ Huyện ủy ngày 8/4/2021 về"
        " công tác cán bộ.\n\nTheo đó, tại Quyết định số 1156-QĐ/HU, đồng chí Lê Văn Thông được thôi giữ chức Bí thư"
        " Đảng ủy xã để nghỉ hưu theo chế độ từ ngày 1/5/2021.\n\nQuyết định số 1157-QĐ/HU điều động đồng chí Võ Tá"
        " Bình đến nhận công tác tại Ban Dân vận Huyện ủy.\n\nQuyết định số 1158-QĐ/HU điều động đồng chí Trần Quốc"
        " Khánh về công tác tại Đảng bộ xã Hương Trà.\n\nQuyết định số 1160-QĐ/HU ngày 12/4/2021 điều động đồng chí A"
        " Páo.\n\nQuyết định số 1161-QĐ/HU chỉ định đồng chí Lò Văn Minh."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2021, 4, 13))] == [
        ("1156-QĐ/HU", date(2021, 4, 8)),
        ("1157-QĐ/HU", date(2021, 4, 8)),
        ("1158-QĐ/HU", date(2021, 4, 8)),
        ("1160-QĐ/HU", date(2021, 4, 12)),
        ("1161-QĐ/HU", None),  # (after a decision of another day: not the list's day)
    ]


def test_a_document_issued_on_a_day_told_relative_to_publication():
    text = (
        "Ông yêu cầu các địa phương bám sát Nghị quyết 01/NQ-CP, được Chính phủ ban hành hôm qua, về nhiệm vụ năm"
        " 2023. Quyết định số 12/QĐ-UBND hôm qua được trao cho ông A."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2023, 1, 6))] == [
        ("01/NQ-CP", date(2023, 1, 5)),
        ("12/QĐ-UBND", None),  # (no verb of issuing: the day it was handed over)
    ]
    assert [d.issued_date for d in find_documents(text)] == [None, None]  # (no day to count from)


def test_a_code_is_not_dated_by_a_day_in_the_next_paragraph():
    body = (
        "Yên Hà quán triệt Chỉ thị số 23-CT/TW của Ban Bí thư\n\nNgày 12/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị"
        " quán triệt Chỉ thị số 23-CT/TW ngày 9/2/2031 của Ban Bí thư."
    )
    found = find_documents(body, date(2031, 4, 17))
    # (the headline's mention is the code alone, dated by the day its code is told with later)
    assert [(d.mention_text, d.issued_date) for d in found] == [
        ("Chỉ thị số 23-CT/TW", date(2031, 2, 9)),
        ("Chỉ thị số 23-CT/TW ngày 9/2/2031", date(2031, 2, 9)),
    ]


def test_an_official_letter_called_van_ban_is_a_document():
    body = "Bà Trịnh Thu Hằng được bổ nhiệm sau khi Thống đốc chấp thuận tại Văn bản số 6712/NHNN-TCCB ngày 29/8/2031."
    assert [(d.doc_code, d.doc_type, d.issued_date) for d in find_documents(body, date(2031, 9, 7))] == [
        ("6712/NHNN-TCCB", "Văn bản", date(2031, 8, 29))
    ]


def test_a_range_of_codes_names_every_code_between_with_the_ranges_day():
    text = "Đồng chí Lò Văn Pấng đọc các quyết định từ số 621-QĐ/TU đến số 624-QĐ/TU ngày 12/3/2031 về công tác cán bộ."
    assert codes(text) == [(f"{n}-QĐ/TU", "Quyết định", date(2031, 3, 12)) for n in (621, 622, 623, 624)]
    text = "Ngày 8/7/2031, Ban Thường vụ Tỉnh ủy đã ban hành các quyết định từ số 1320-QĐ/TU đến số 1322-QĐ/TU."
    assert codes(text) == [(f"{n}-QĐ/TU", "Quyết định", date(2031, 7, 8)) for n in (1320, 1321, 1322)]


def test_a_joint_texts_code_names_all_its_issuers():
    text = (
        "thực hiện Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/4/2015 của Bộ Nội vụ, Bộ Tài chính và Nghị quyết "
        "liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 về giám sát, phản biện xã hội"
    )
    assert codes(text) == [
        ("01/2015/TTLT-BNV-BTC", "Thông tư liên tịch", date(2015, 4, 14)),
        ("403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch", date(2017, 6, 15)),
    ]


def test_a_day_of_the_first_ten_written_ngay_mong_in_words_dates_the_document():
    text = "công bố Quyết định số 872-QĐ/TU ngày mồng 2 tháng 1 năm 2008 chuẩn y đồng chí Lý Văn Tả"
    assert codes(text) == [("872-QĐ/TU", "Quyết định", date(2008, 1, 2))]


def test_documents_said_above_with_what_they_decide_take_the_day_they_were_signed():
    text = (
        "Đồng chí Lý Văn A được chỉ định giữ chức Bí thư Tỉnh ủy (Quyết định số 2720-QĐNS/TW); đồng chí Lò Thị B được "
        "chỉ định giữ chức Phó Bí thư Tỉnh ủy (Quyết định số 2721-QĐNS/TW). Các quyết định nhân sự nói trên cùng được "
        "ký ngày 29/6/2025 và có hiệu lực từ ngày 1/7/2025."
    )
    assert [(c, d) for c, _, d in codes(text)] == [
        ("2720-QĐNS/TW", date(2025, 6, 29)),
        ("2721-QĐNS/TW", date(2025, 6, 29)),
    ]


def test_documents_told_to_share_a_day_are_dated_so_through_the_paragraph_that_cites_them():
    text = (
        "Đồng chí Đào Văn Hưởng công bố các quyết định cùng ngày 4-10-2021 của Ban Thường vụ Quận ủy. Theo Quyết định "
        "số 318-QĐ/QU, đồng chí Vũ Thị Hồng Nhung, Phó Bí thư Thường trực Đảng ủy phường Máy Tơ được điều động đến "
        "công tác tại Đảng ủy phường Lạch Tray, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư "
        "Đảng ủy phường Lạch Tray nhiệm kỳ 2020-2025. Quyết định số 319-QĐ/QU điều động, bổ nhiệm đồng chí Đặng Quang "
        "Huy, Bí thư Đảng ủy phường Lạch Tray, giữ chức Chánh Văn phòng Quận ủy. Quyết định số 320-QĐ/QU luân chuyển "
        "đồng chí Trần Minh Tuấn, Phó Chủ tịch UBND phường Đằng Giang, đến công tác tại phường Máy Tơ.\n\n"
        "Trước đó, Quyết định số 290-QĐ/QU đã điều động đồng chí Lê Văn Ba."
    )
    assert [(c, d) for c, _, d in codes(text)] == [
        ("318-QĐ/QU", date(2021, 10, 4)),
        ("319-QĐ/QU", date(2021, 10, 4)),
        ("320-QĐ/QU", date(2021, 10, 4)),
        ("290-QĐ/QU", None),  # (another paragraph's)
    ]


def test_a_shared_day_is_not_carried_to_a_code_cited_sentences_on_in_a_background():
    text = (
        "Đồng chí Lê Văn A công bố các quyết định cùng ngày 4-10-2021 của Ban Thường vụ Thành ủy. Theo Quyết định "
        "số 318-QĐ/TU, đồng chí Bình được điều động giữ chức Chánh Văn phòng Thành ủy. Đồng chí Bình sinh năm 1975, "
        "quê Thái Bình. Đồng chí từng giữ chức Bí thư Đảng ủy phường. Đồng chí Bình thay đồng chí Trần Văn Hùng, người "
        "đã nghỉ hưu theo Quyết định số 290-QĐ/TU của Ban Thường vụ Thành ủy."
    )
    assert [(c, d) for c, _, d in codes(text)] == [("318-QĐ/TU", date(2021, 10, 4)), ("290-QĐ/TU", None)]


def test_a_day_told_after_several_codes_of_a_sentence_as_theirs_together_dates_each():
    text = (
        "Đồng chí Nguyễn Hữu Đức công bố Quyết định số 2148-QĐ/TU về kết thúc hoạt động của Đảng bộ Khối các cơ quan "
        "tỉnh; Quyết định số 2150-QĐ/TU thành lập Đảng bộ các cơ quan Đảng tỉnh và Quyết định số 2151-QĐ/TU thành lập "
        "Đảng bộ UBND tỉnh, cùng ban hành ngày 3/2/2025 của Ban Thường vụ Tỉnh ủy."
    )
    assert [(c, d) for c, _, d in codes(text)] == [
        ("2148-QĐ/TU", date(2025, 2, 3)),
        ("2150-QĐ/TU", date(2025, 2, 3)),
        ("2151-QĐ/TU", date(2025, 2, 3)),
    ]


def test_a_notice_or_decision_named_by_its_kind_before_its_number_is_dated_by_the_day_it_was_issued():
    text = (
        "Ngày 30/11/2030, UBND tỉnh đã ban hành Thông báo nghỉ hưu số 415/TB-UBND đối với ông Lữ Văn Khải. Ngày"
        " 2/12/2030, Chủ tịch UBND tỉnh ký Quyết định bổ nhiệm số 1123/QĐ-UBND đối với bà Y Nhi."
    )
    assert [(d.doc_code, d.doc_type, d.issued_date) for d in find_documents(text, date(2031, 1, 5))] == [
        ("415/TB-UBND", "Thông báo", date(2030, 11, 30)),
        ("1123/QĐ-UBND", "Quyết định", date(2030, 12, 2)),
    ]


def test_a_code_issued_the_same_day_with_its_verb_between_takes_the_day():
    text = (
        "Cùng ngày 12-10, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1045-QĐ/TU cho ông Quàng Văn Ún thôi giữ chức."
        " Tại Quyết định số 1046-QĐ/TU ban hành cùng ngày, Ban Thường vụ Tỉnh ủy phân công bà Lò Thị Xuân phụ trách."
    )
    assert [(d.doc_code, d.issued_date) for d in find_documents(text, date(2030, 10, 13))] == [
        ("1045-QĐ/TU", date(2030, 10, 12)),
        ("1046-QĐ/TU", date(2030, 10, 12)),
    ]


def test_the_same_day_a_sentence_names_or_a_document_it_names_after_is_not_the_last_decisions():
    announced = (
        "Ngày 28/11/2030, UBND tỉnh ban hành Quyết định số 1045/QĐ-UBND bổ nhiệm ông Lò Văn Pháng. Chiều 3/12, UBND"
        " tỉnh công bố Quyết định số 1046/QĐ-UBND được ký ban hành cùng ngày, bổ nhiệm bà Lò Thị Xuân."
    )
    assert [d.issued_date for d in find_documents(announced, date(2030, 12, 4))] == [date(2030, 11, 28), None]
    as_another = (
        "Ngày 28/11/2030, Ban Thường vụ ban hành Quyết định số 1045-QĐ/TU. Kế hoạch số 20-KH/TU được ban hành cùng ngày"
        " với Nghị quyết số 15-NQ/TU ngày 10/10/2030 của Tỉnh ủy."
    )
    assert [d.issued_date for d in find_documents(as_another, date(2030, 12, 4))] == [
        date(2030, 11, 28),
        None,
        date(2030, 10, 10),
    ]
