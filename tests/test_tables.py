"""Tables of persons (transforms/tables.py): rows of cells between '|', read by their header's names.

The tables are invented, in the layouts real pages give (names and places made up).
"""

from hoinghi.transforms.persons import find_persons
from hoinghi.transforms.tables import find_tables

TABLE = (
    "Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm 2 cán bộ, cụ thể như sau:\n\n"
    "| STT | Họ và tên | Chức vụ cũ | Chức vụ mới | Số quyết định |\n\n"
    "|---|---|---|---|---|\n\n"
    "| 1 | Lê Văn Tám | Phó Chánh Văn phòng Tỉnh ủy | Phó Trưởng Ban Dân vận Tỉnh ủy | 210-QĐ/TU |\n\n"
    "| 2 | Hà Thị Mai |  | Phó Trưởng Ban Tổ chức Tỉnh ủy | 211-QĐ/TU |\n\n"
    "Các đồng chí nhận nhiệm vụ từ ngày 1/6."
)


def test_the_header_names_the_columns_and_each_row_gives_its_cells_where_they_are_written():
    (table,) = find_tables(TABLE)
    assert table.roles == {"person", "held", "post", "decision"}
    assert TABLE[slice(*table.intro)] == "Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm 2 cán bộ, cụ thể như sau:"
    first, second = table.rows
    assert {role: cell.text for role, cell in first.cells.items()} == {
        "person": "Lê Văn Tám",
        "held": "Phó Chánh Văn phòng Tỉnh ủy",
        "post": "Phó Trưởng Ban Dân vận Tỉnh ủy",
        "decision": "210-QĐ/TU",
    }
    assert all(TABLE[cell.start : cell.end] == cell.text for row in table.rows for cell in row.cells.values())
    assert "held" not in second.cells  # an empty cell is left out


def test_no_person_column_no_table_and_prose_between_rows_ends_one():
    assert find_tables("| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Kết nạp đảng viên | 500 | 512 |") == ()
    text = "| Họ tên | Chức vụ |\n| Lê Văn Tám | Bí thư Huyện ủy |\nMột đoạn văn.\n| Hà Thị Mai | Chủ tịch UBND |"
    (table,) = find_tables(text)
    assert [row.cells["person"].text for row in table.rows] == ["Lê Văn Tám"]


def test_an_award_list_names_units_and_persons_with_their_posts():
    from hoinghi.transforms.persons import find_persons

    text = (
        "Một số tập thể, cá nhân tiêu biểu:\n\n| TT | Tập thể, cá nhân | Chức vụ, đơn vị | Hình thức |\n\n"
        "|---|---|---|---|\n\n| 1 | Đảng bộ Sở Tài chính | | Bằng khen |\n\n"
        "| 2 | Hồ Thị Ngọc Lam | Phó Bí thư Chi bộ Cục Thống kê tỉnh | Bằng khen |"
    )
    (table,) = find_tables(text)
    assert {"person", "held"} <= table.roles
    assert {p.full_name: p.titles for p in find_persons(text)} == {
        "Hồ Thị Ngọc Lam": ["Phó Bí thư Chi bộ Cục Thống kê tỉnh"]
    }


def test_a_post_columns_header_tells_held_from_given_by_a_word_after_its_head():
    text = (
        "Các quyết định như sau:\n\n"
        "| STT | Họ và tên | Chức vụ trước khi chỉ định | Chức vụ được chỉ định | Quyết định |\n\n"
        "| 1 | Ông Phạm Văn Tuấn | Phó Chủ tịch UBND phường Lê Chân | Chủ tịch UBND phường Chu Văn An"
        " | 2155/QĐ-UBND |\n"
    )
    (table,) = find_tables(text)
    assert {k: v.text for k, v in table.rows[0].cells.items()} == {
        "person": "Ông Phạm Văn Tuấn",
        "held": "Phó Chủ tịch UBND phường Lê Chân",
        "post": "Chủ tịch UBND phường Chu Văn An",
        "decision": "2155/QĐ-UBND",
    }
    # a ward named after a person, in a post cell, is no person
    assert {p.full_name: p.titles for p in find_persons(text)} == {
        "Phạm Văn Tuấn": ["Phó Chủ tịch UBND phường Lê Chân", "Chủ tịch UBND phường Chu Văn An"]
    }
