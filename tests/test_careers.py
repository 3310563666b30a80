"""Careers through the real flow: appointments read from articles close holdings in office_holders,
and `hoinghi report career` lists a person's changes (the view's rules one at a time: test_office_holders.py).

The articles are invented, in the grammar of the real ones (names and places made up).
"""

import json
from datetime import date

import pytest

from hoinghi.cli import main
from tests.conftest import query


def _article(headline: str, published: str, body: str) -> str:
    return f"Xây dựng Đảng\n{headline}\n{published}\n{body}\n"


ARTICLES = {
    "a_bau.txt": _article(
        "Đồng chí Lê Văn An được bầu giữ chức Bí thư Tỉnh ủy Yên Hà",
        "10:00 6/3/2031",
        "Sáng 5/3, Ban Chấp hành Đảng bộ tỉnh Yên Hà tổ chức Hội nghị bầu bổ sung chức danh Bí thư Tỉnh ủy."
        " Đồng chí Lê Văn An, Phó Bí thư Thường trực Tỉnh ủy được bầu giữ chức Bí thư Tỉnh ủy Yên Hà nhiệm kỳ"
        " 2030-2035. Cũng tại hội nghị, đồng chí Hà Văn Sinh được bầu giữ chức Chủ tịch UBND tỉnh Yên Hà.",
    ),
    "b_nghi_huu.txt": _article(
        "Công bố quyết định về công tác cán bộ",
        "09:00 11/6/2032",
        "Chiều 10/6, Tỉnh ủy Yên Hà tổ chức Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ."
        " Theo đó, Bộ Chính trị quyết định đồng chí Lê Văn An thôi giữ chức Bí thư Tỉnh ủy Yên Hà để nhận"
        " nhiệm vụ mới.",
    ),
    "c_dieu_dong.txt": _article(
        "Điều động, chỉ định Bí thư Tỉnh ủy Yên Hà",
        "15:00 2/7/2032",
        "Sáng 1/7, Tỉnh ủy Yên Hà tổ chức Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ."
        " Bộ Chính trị điều động, chỉ định đồng chí Trần Văn Bình, Thứ trưởng Bộ Nội vụ tham gia Ban Chấp"
        " hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Yên Hà nhiệm kỳ 2030-2035. Đồng thời, HĐND tỉnh bầu"
        " đồng chí Vi Văn Lập giữ chức Chủ tịch UBND tỉnh Yên Hà.",
    ),
}


@pytest.fixture(scope="module")
def careers_warehouse(prefect_api, tmp_path_factory):
    from hoinghi.flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("careers")
    inbox = tmp / "inbox"
    inbox.mkdir()
    for name, text in ARTICLES.items():
        (inbox / name).write_text(text, encoding="utf-8")
    db = tmp / "w.duckdb"
    ingest(inbox=str(inbox), db=str(db), batch_size=1)
    return db


def test_each_change_is_loaded_with_its_post_parsed_and_its_day(careers_warehouse):
    rows = query(
        careers_warehouse,
        "SELECT p.full_name, f.action, f.position_text, t.position, t.organ, t.place, f.effective_date"
        " FROM fact_appointment f JOIN dim_person p USING (person_id) JOIN dim_title t USING (title_id)"
        " ORDER BY f.effective_date, f.action, p.full_name",
    )
    assert rows == [
        (
            "Hà Văn Sinh",
            "elect",
            "Chủ tịch UBND tỉnh Yên Hà",
            "Chủ tịch",
            "Ủy ban nhân dân tỉnh",
            "Yên Hà",
            date(2031, 3, 5),
        ),
        ("Lê Văn An", "elect", "Bí thư Tỉnh ủy Yên Hà", "Bí thư", "Tỉnh ủy", "Yên Hà", date(2031, 3, 5)),
        ("Lê Văn An", "relieve", "Bí thư Tỉnh ủy Yên Hà", "Bí thư", "Tỉnh ủy", "Yên Hà", date(2032, 6, 10)),
        ("Trần Văn Bình", "designate", "Bí thư Tỉnh ủy Yên Hà", "Bí thư", "Tỉnh ủy", "Yên Hà", date(2032, 7, 1)),
        (
            "Vi Văn Lập",
            "elect",
            "Chủ tịch UBND tỉnh Yên Hà",
            "Chủ tịch",
            "Ủy ban nhân dân tỉnh",
            "Yên Hà",
            date(2032, 7, 1),
        ),
        ("Trần Văn Bình", "transfer", "Bí thư Tỉnh ủy Yên Hà", "Bí thư", "Tỉnh ủy", "Yên Hà", date(2032, 7, 1)),
    ]


def test_a_relieve_closes_the_holding_before_the_successor_is_appointed(careers_warehouse):
    rows = query(
        careers_warehouse,
        "SELECT full_name, first_seen, held_until, ended_by FROM office_holders"
        " WHERE position = 'Bí thư' AND organ = 'Tỉnh ủy' AND place = 'Yên Hà' ORDER BY first_seen",
    )
    assert rows == [
        ("Lê Văn An", date(2031, 3, 5), date(2032, 6, 10), "relieve"),
        ("Trần Văn Bình", date(2032, 7, 1), None, None),
    ]


def test_a_successor_alone_closes_a_sole_holding(careers_warehouse):
    rows = query(
        careers_warehouse,
        "SELECT full_name, first_seen, held_until, ended_by FROM office_holders"
        " WHERE position = 'Chủ tịch' AND organ = 'Ủy ban nhân dân tỉnh' AND place = 'Yên Hà' ORDER BY first_seen",
    )
    assert rows == [
        ("Hà Văn Sinh", date(2031, 3, 5), date(2032, 7, 1), "successor"),
        ("Vi Văn Lập", date(2032, 7, 1), None, None),
    ]


def test_the_career_report_lists_a_persons_changes_in_date_order(careers_warehouse, capsys):
    args = ["report", "career", "--db", str(careers_warehouse), "--param", "person=Lê Văn An", "--format", "json"]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    changes = [(r["on_day"], r["what"]) for r in rows if r["entry"] == "change"]
    assert changes == [
        ("2031-03-05", "elect: Bí thư Tỉnh ủy Yên Hà"),
        ("2032-06-10", "relieve: Bí thư Tỉnh ủy Yên Hà"),
    ]
    posts = [r for r in rows if r["entry"] == "post" and r["what"] == "Bí thư Tỉnh ủy Yên Hà"]
    assert [p["detail"] for p in posts] == ["ended: relieve"]


def test_a_sentence_of_each_action_is_loaded_as_that_change(prefect_api, tmp_path):
    """Every action of the contract, each from its own article, through the real flow into DuckDB."""
    from hoinghi.flows.ingest import ingest
    from hoinghi.warehouse.contract import APPOINTMENT_ACTIONS
    from tests.test_appointments import EACH_ACTION

    assert {action for _, (_, action, _) in EACH_ACTION} == set(APPOINTMENT_ACTIONS)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, (body, _) in enumerate(EACH_ACTION):
        (inbox / f"{n:02d}.txt").write_text(_article("Công tác cán bộ", "08:00 3/4/2031", body), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest(inbox=str(inbox), db=str(db))
    rows = query(
        db,
        "SELECT p.full_name, f.action, f.position_text FROM fact_appointment f JOIN dim_person p USING (person_id)",
    )
    assert sorted(rows) == sorted(expected for _, expected in EACH_ACTION)
