"""`hoinghi evaluate` scores as the reference scorer does, including the contract-v2 metrics.

The warehouses the flow builds are compared with the reference in test_cli.py; this builds a small
warehouse by hand that has the v2 tables (dim_title, fact_appointment, fact_meeting.event_id), with
right and wrong rows, so the title-structure, appointment and event-link metrics are compared too.
"""

import json
import subprocess
import sys

import duckdb

from hoinghi.warehouse.evaluate import evaluate, norm
from tests.conftest import ROOT

GOLD = [
    {
        "file": "a.txt",
        "title": "Hội nghị A",
        "published_date": "2024-11-20",
        "meetings": [{"date": "2024-11-16", "chairs": ["Nguyễn Văn An"], "event_key": "e1"}],
        "persons": [{"name": "Nguyễn Văn An", "titles": ["Bí thư Tỉnh ủy Nghệ An"]}],
        "documents": [{"code": "1674-QĐNS/TW", "date": "2024-11-12"}],
        "appointments": [
            {"person": "Nguyễn Văn An", "action": "approve", "position": "Bí thư Tỉnh ủy Nghệ An",
             "from_position": None, "decision": "1674-QĐNS/TW", "date": "2024-11-12"},
            {"person": "Lê Thị Hòa", "action": "retire", "position": "Phó Bí thư", "from_position": None,
             "decision": None, "date": None},
        ],
    },
    {
        "file": "b.txt",
        "title": "Hội nghị B",
        "published_date": "2024-11-17",
        "meetings": [{"date": "2024-11-16", "chairs": [], "event_key": "e1"}],
        "persons": [{"name": "Hoàng Văn Bình", "titles": ["Trưởng Đoàn"]}],
        "documents": [],
    },
    {
        "file": "c.txt",
        "title": "Hội nghị C",
        "published_date": None,
        "meetings": [{"date": "2024-11-16", "chairs": [], "event_key": "e2"}],
        "persons": [],
        "documents": [],
    },
]  # fmt: skip
TITLES = [
    {"title": "Bí thư Tỉnh ủy Nghệ An", "position": "Bí thư", "organ": "Tỉnh ủy", "place": "Nghệ An",
     "level": "province", "kind": "post", "status": None},
    {"title": "Trưởng Đoàn", "position": "Trưởng Đoàn", "organ": None, "place": None, "level": None,
     "kind": "other", "status": None},
    {"title": "Phó Bí thư", "position": "Phó Bí thư", "organ": None, "place": None, "level": None,
     "kind": "post", "status": None},
]  # fmt: skip

WAREHOUSE = """
CREATE TABLE dim_article (article_id VARCHAR, source_path VARCHAR, title VARCHAR, published_at TIMESTAMP);
INSERT INTO dim_article VALUES ('A', 'x/a.txt', 'Hội nghị A', '2024-11-20 08:00'),
  ('B', 'b.txt', 'Hoi nghi B', '2024-11-17'), ('C', 'c.txt', 'Hội nghị C', NULL);
CREATE TABLE dim_person (person_id VARCHAR, full_name VARCHAR);
INSERT INTO dim_person VALUES ('p1', 'Nguyễn Văn An'), ('p2', 'Hoàng Văn Bình'), ('p3', 'Lê Thị Hoà');
CREATE TABLE bridge_article_person (article_id VARCHAR, person_id VARCHAR, title_text VARCHAR);
INSERT INTO bridge_article_person VALUES ('A', 'p1', 'Bí thư Tỉnh uỷ Nghệ An'), ('B', 'p2', 'Trưởng Đòan');
CREATE TABLE dim_document (document_id VARCHAR, doc_code VARCHAR, issued_date DATE);
INSERT INTO dim_document VALUES ('d1', '1674-QĐNS/TW', '2024-11-12');
CREATE TABLE bridge_article_document (article_id VARCHAR, document_id VARCHAR);
INSERT INTO bridge_article_document VALUES ('A', 'd1');
CREATE TABLE fact_meeting (meeting_id VARCHAR, article_id VARCHAR, meeting_date DATE, event_id VARCHAR);
INSERT INTO fact_meeting VALUES ('m1', 'A', '2024-11-16', 'ev1'), ('m2', 'B', '2024-11-16', 'ev1'),
  ('m3', 'C', '2024-11-16', 'ev1');
CREATE TABLE bridge_meeting_person (meeting_id VARCHAR, person_id VARCHAR, role VARCHAR);
INSERT INTO bridge_meeting_person VALUES ('m1', 'p1', 'chair');
CREATE TABLE dim_title (title_text VARCHAR, position VARCHAR, organ VARCHAR, place VARCHAR, level VARCHAR,
  status VARCHAR);
INSERT INTO dim_title VALUES ('Bí thư Tỉnh ủy Nghệ An', 'Bí thư', 'Tỉnh ủy', 'Nghệ An', 'district', NULL),
  ('Trưởng Đoàn', 'Trưởng Đoàn', NULL, NULL, 'central', NULL);
CREATE TABLE fact_appointment (article_id VARCHAR, person_id VARCHAR, action VARCHAR, position_text VARCHAR,
  effective_date DATE);
INSERT INTO fact_appointment VALUES ('A', 'p1', 'approve', 'Bí thư Tỉnh ủy Nghệ An', '2024-11-16'),
  ('A', 'p3', 'retire', 'Phó Bí thư', NULL), ('A', 'p2', 'elect', NULL, NULL);
"""


def test_the_v2_metrics_agree_with_the_reference_scorer(tmp_path):
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute(WAREHOUSE)
    con.close()
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "titles.json").write_text(json.dumps(TITLES, ensure_ascii=False), encoding="utf-8")

    ours, misses = evaluate(db, gold)
    reference = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "reference" / "score.py"), str(db), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == json.loads(reference.stdout)
    # The cases above are really exercised, not all trivially right or absent.
    assert ours["title_parse"] == 0.5 and ours["title_parse_cov"] == 0.667  # a wrong level; one title not found
    assert ours["appointment"]["tp"] == 2 and ours["appointment"]["fp"] == 1
    assert ours["appointment_date"]["fn"] == 1  # the approval's decision date, not the meeting's
    assert ours["event_link"] == {"p": 0.333, "r": 1.0, "f1": 0.5, "tp": 1, "fp": 2, "fn": 0}
    assert ours["title"]["fp"] == 1  # "Trưởng Đòan" is a misspelling of "Trưởng Đoàn", not a tone style
    assert any("wrong title_parse" in m for m in misses)


def test_tone_style_is_folded_only_where_the_vowel_pair_ends_the_syllable():
    assert norm("Ủy ban") == norm("Uỷ ban") and norm("hòa") == norm("hoà")
    assert norm("Hoàng") != norm("Hòang") and norm("toàn") != norm("tòan")
