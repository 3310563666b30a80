import json
import subprocess
import sys
from datetime import date, datetime

import pandas as pd
import pandera.pandas as pa
import pytest

from hoinghi.schemas.staging import (
    StgAppointment,
    StgArticle,
    StgDocumentMention,
    StgMeeting,
    StgMeetingPerson,
    StgPersonMention,
)
from hoinghi.schemas.validate import validate


def person_rows(**override):
    row = {
        "article_id": 1,
        "person_id": 2,
        "full_name": "Lê Văn Tám",
        "name_key": "lê văn tám",
        "title_text": None,
        "evidence_start": 5,
        "evidence_end": 15,
        "source_path": "a.txt",
    }
    return dict(row, **override)


def test_good_rows_pass_and_are_coerced():
    good, rejects = validate(pd.DataFrame([person_rows()]), StgPersonMention, "validate:stg_person_mention")
    assert rejects == [] and len(good) == 1


def test_each_bad_row_is_rejected_with_its_reason_and_the_rest_go_on():
    frame = pd.DataFrame(
        [
            person_rows(),
            person_rows(person_id=3, full_name="Tám", name_key="tám"),  # one syllable is no full name
            person_rows(person_id=4, evidence_start=20, evidence_end=10),
        ]
    )
    good, rejects = validate(frame, StgPersonMention, "validate:stg_person_mention")
    assert list(good["person_id"]) == [2]
    assert len(rejects) == 2
    assert "full_name" in rejects[0].reason and rejects[0].source_path == "a.txt"
    assert "evidence" in rejects[1].reason
    assert json.loads(rejects[0].record)["full_name"] == "Tám"


def test_roles_are_a_closed_list():
    frame = pd.DataFrame([{"meeting_id": 1, "article_id": 1, "person_id": 2, "role": "host", "title_text": None}])
    good, rejects = validate(frame, StgMeetingPerson, "validate:stg_meeting_person")
    assert good.empty and "role" in rejects[0].reason


def test_document_codes_must_look_like_codes():
    row = {
        "article_id": 1,
        "document_id": 2,
        "doc_code": "KL/TW",
        "code_key": "KL/TW",
        "doc_type": "Kết luận",
        "doc_number": "x",
        "issuer_code": "TW",
        "issued_date": None,
        "title": None,
        "mention_text": "KL/TW",
        "evidence_start": 0,
        "evidence_end": 5,
    }
    good, rejects = validate(pd.DataFrame([row]), StgDocumentMention, "validate:stg_document_mention")
    assert good.empty and "doc_code" in rejects[0].reason


def test_an_empty_frame_keeps_its_columns():
    good, rejects = validate(pd.DataFrame(columns=list(person_rows())), StgPersonMention, "x")
    assert good.empty and rejects == [] and "full_name" in good.columns


def meeting_row(n: int, **override) -> dict:
    row = {
        "meeting_id": n,
        "article_id": 1,
        "ordinal": n,
        "meeting_date": date(2023, 3, n),
        "date_text": f"Sáng {n}-3-2023",
        "meeting_kind": "giao ban",
        "organizer": None,
        "location": None,
        "is_online": False,
        "connection_points": None,
        "evidence_start": 0,
        "evidence_end": 5,
        "source_path": "a.txt",
    }
    return dict(row, **override)


def article_row(n: int, **override) -> dict:
    row = {
        "article_id": n,
        "source_path": f"{n}.txt",
        "content_sha256": f"{n:064x}",
        "text_sha256": f"{n:064x}",
        "title": "Hội nghị giao ban",
        "published_at": datetime(2023, 3, 1, 8, 30),
        "source_name": None,
        "authors": None,
        "category": None,
        "body_text": "Sáng 1-3, Ban Tổ chức Tỉnh ủy họp giao ban.",
        "encoding": "utf-8",
    }
    return dict(row, **override)


# A value pandera cannot coerce fails the whole column at once, without saying which row it is in.
@pytest.mark.parametrize(
    ("model", "make_row", "column", "bad_value", "shown"),
    [
        (StgMeeting, meeting_row, "meeting_date", date(3023, 2, 8), "3023"),  # Date: past datetime64[ns]'s year 2262
        (StgArticle, article_row, "published_at", datetime(3023, 2, 8), "3023"),  # DateTime, the same
        (StgMeeting, meeting_row, "connection_points", 2.5, "2.5"),  # Int64: not a whole number
    ],
    ids=["date", "datetime", "nullable-int"],
)
def test_a_value_that_cannot_be_coerced_rejects_its_row_only(model, make_row, column, bad_value, shown):
    frame = pd.DataFrame([make_row(n) for n in range(1, 6)])
    frame[column] = frame[column].astype(object)
    frame.at[2, column] = bad_value
    good, rejects = validate(frame, model, "validate:x")
    key = good.columns[0]  # meeting_id, article_id: the row at index 2 is number 3
    assert list(good[key]) == [1, 2, 4, 5]
    assert len(rejects) == 1 and json.loads(rejects[0].record)[key] == 3
    assert rejects[0].reason.startswith(f"{column}: cannot be read as") and shown in rejects[0].reason


def test_a_row_failing_a_check_and_one_failing_coercion_are_both_rejected_alone():
    frame = pd.DataFrame(
        [meeting_row(1), meeting_row(2, meeting_date=date(3023, 2, 8)), meeting_row(3, meeting_kind=""), meeting_row(4)]
    )
    good, rejects = validate(frame, StgMeeting, "validate:stg_meeting")
    assert list(good["meeting_id"]) == [1, 4]
    assert str(good["meeting_date"].iloc[1]) == "2023-03-04"
    assert sorted(json.loads(r.record)["meeting_id"] for r in rejects) == [2, 3]


# A check that raises on one value (division by zero) fails the column with no row named.
RATIO = pa.DataFrameSchema(
    {"n": pa.Column(int, [pa.Check.ge(0), pa.Check(lambda s: s.map(lambda v: 1 / v <= 1), name="inverse_is_small")])},
    coerce=True,
)


def test_a_check_that_raises_on_one_value_rejects_that_row_only():
    good, rejects = validate(pd.DataFrame({"n": [1, 2, 0, 4, 5, 6, 7]}), RATIO, "validate:x")
    assert list(good["n"]) == [1, 2, 4, 5, 6, 7]
    assert [json.loads(r.record)["n"] for r in rejects] == [0] and "inverse_is_small" in rejects[0].reason


def appointment_row(**override):
    row = {
        "appointment_id": 1,
        "article_id": 1,
        "person_id": 2,
        "action": "appoint",
        "position_text": "Bí thư Tỉnh ủy Yên Hà",
        "title_id": 375362806636805667,  # a 63-bit id: kept exact, not rounded through a float
        "from_position_text": None,
        "decision_code": "215-QĐNS/TW",
        "effective_date": date(2031, 11, 12),
        "title_position": "Bí thư",
        "title_organ": "Tỉnh ủy",
        "title_parent_organ": None,
        "title_place": "Yên Hà",
        "title_level": "province",
        "title_kind": "post",
        "title_status": None,
        "title_sole_holder": True,
        "evidence_start": 0,
        "evidence_end": 80,
        "source_path": "a.txt",
    }
    return dict(row, **override)


def test_appointments_take_only_the_contracts_actions_and_a_post_with_its_title_id():
    frame = pd.DataFrame(
        [
            appointment_row(),
            appointment_row(appointment_id=2, action="promote"),  # not an action of the contract
            appointment_row(appointment_id=3, title_id=None),  # a post without its title_id
            appointment_row(appointment_id=4, position_text=None, title_id=None, title_kind=None),  # no post named
        ]
    )
    frame["title_id"] = pd.array([375362806636805667, 375362806636805667, None, None], dtype="Int64")
    good, rejects = validate(frame, StgAppointment, "validate:stg_appointment")
    assert list(good["appointment_id"]) == [1, 4]
    assert int(good["title_id"].iloc[0]) == 375362806636805667
    reasons = " ".join(r.reason for r in rejects)
    assert "promote" in reasons or "isin" in reasons
    assert "title_id" in reasons


PARSE_AND_LIST_LIBRARIES = """
import sys
from pathlib import Path
from hoinghi.flows.parse import parse_batch
from hoinghi.flows.steps import discover
files = discover(Path(sys.argv[1]), {}).to_process
batch = parse_batch(files, "run", 10**7)
assert len(batch.staging["stg_article"]) == len(files) > 0, batch.manifest
print(*[name for name in ("dask", "geopandas", "modin", "pyspark") if name in sys.modules])
"""


def test_parsing_a_batch_imports_no_other_dataframe_library():
    """pandera's class API imports the typing of every dataframe library installed (Dask's, for the
    dask runner: half a second in every `hoinghi run` and parse worker); the schemas do without it."""
    from tests.conftest import SAMPLE_INBOX

    done = subprocess.run(
        [sys.executable, "-c", PARSE_AND_LIST_LIBRARIES, str(SAMPLE_INBOX)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []


def test_a_document_number_may_end_with_a_letter():
    row = {
        "article_id": 1,
        "document_id": 2,
        "doc_code": "30a/2008/NQ-CP",
        "code_key": "30A/2008/NQ-CP",
        "doc_type": "Nghị quyết",
        "doc_number": "30a",
        "issuer_code": "CP",
        "issued_date": None,
        "title": None,
        "mention_text": "Nghị quyết số 30a/2008/NQ-CP",
        "evidence_start": 0,
        "evidence_end": 28,
    }
    good, rejects = validate(pd.DataFrame([row]), StgDocumentMention, "validate:stg_document_mention")
    assert len(good) == 1 and not rejects
    good, rejects = validate(pd.DataFrame([{**row, "doc_number": "30ab"}]), StgDocumentMention, "validate:x")
    assert good.empty and "doc_number" in rejects[0].reason


def test_a_name_written_as_one_word_joined_by_an_apostrophe_is_a_full_name():
    rows = [person_rows(full_name="K'Sơn", name_key="k'sơn"), person_rows(person_id=3, full_name="Sơn", name_key="sơn")]
    good, rejects = validate(pd.DataFrame(rows), StgPersonMention, "validate:stg_person_mention")
    assert list(good["person_id"]) == [2] and "full_name" in rejects[0].reason
