import json

import pandas as pd

from schemas.staging import StgDocumentMention, StgMeetingPerson, StgPersonMention
from schemas.validate import validate


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
