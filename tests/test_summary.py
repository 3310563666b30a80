"""The run summary: what the Prefect UI artifact and the etl_runs row say about a run."""

import json

import duckdb
import pandas as pd

from hoinghi.flows.summary import RunSummary, coverage
from hoinghi.schemas.staging import SCHEMAS


def _staging(**frames) -> dict[str, pd.DataFrame]:
    empty = {name: pd.DataFrame(columns=list(schema.columns)) for name, schema in SCHEMAS.items()}
    return empty | {name: pd.DataFrame(rows) for name, rows in frames.items()}


def test_coverage_counts_what_is_missing():
    staging = _staging(
        stg_article=[
            {"article_id": 1, "published_at": None},
            {"article_id": 2, "published_at": pd.Timestamp("2024-1-2")},
        ],
        stg_meeting=[
            {"meeting_id": 10, "article_id": 1, "meeting_date": None},
            {"meeting_id": 11, "article_id": 1, "meeting_date": pd.Timestamp("2024-1-1")},
        ],
        stg_meeting_person=[{"meeting_id": 11, "person_id": 5, "role": "chair"}],
        stg_person_mention=[{"person_id": 5, "title_text": None}, {"person_id": 6, "title_text": "Bí thư"}],
    )
    assert coverage(staging) == {
        "articles": 2,
        "meetings": 2,
        "meetings_without_date": 1,
        "meetings_without_chair": 1,
        "articles_without_meeting": 1,
        "articles_without_date": 1,
        "person_mentions": 2,
        "person_mentions_without_title": 1,
    }


def test_the_flow_run_is_completed_and_its_artifact_and_etl_runs_row_agree(prefect_api, tmp_path):
    from prefect.client.orchestration import get_client

    from hoinghi.flows.ingest import ARTIFACT_KEY, ingest
    from tests.conftest import SAMPLE_INBOX

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted((SAMPLE_INBOX / "seeds").iterdir())[:3]:
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "empty.txt").write_text("")
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    db = tmp_path / "w.duckdb"
    state = ingest(inbox=str(inbox), db=str(db), batch_size=2, return_state=True)
    assert state.is_completed()
    summary = state.result()
    with get_client(sync_client=True) as client:
        (artifact,) = [a for a in client.read_artifacts() if a.flow_run_id == state.state_details.flow_run_id]
    assert artifact.key == ARTIFACT_KEY
    text = artifact.data
    for line in ("| loaded | 3 |", "| rejected | 1 |", "| skipped | 1 |", "| batches | 3 |", "| decode | 1 |"):
        assert line in text, line
    assert "| empty.txt | rejected | empty file" in text and "| photo.jpg | skipped | not an article file type" in text
    assert "| meetings without date |" in text and "| extract |" in text  # coverage and timings
    assert "| real meetings (events) | 3 |" in text and "| reports of them | 3 |" in text  # three seeds, three meetings
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute(
        "SELECT files_loaded, files_rejected, files_skipped, batches, rejects_by_stage, coverage, rows_added, "
        "timings_s FROM etl_runs WHERE flow_run_id = ?",
        [str(state.state_details.flow_run_id)],
    ).fetchone()
    assert row[:4] == (3, 1, 1, 3)
    assert json.loads(row[4]) == {"decode": 1}
    assert json.loads(row[5])["articles"] == 3
    assert json.loads(row[6])["dim_article"] == 3 == summary.rows_added["dim_article"]
    assert {"discover", "read", "decode", "extract", "validate", "load"} <= set(json.loads(row[7]))


def test_the_markdown_lists_at_most_twenty_reasons():
    summary = RunSummary(run_id="r", flow_run_id="f", started_at=pd.Timestamp("2024-01-01").to_pydatetime())
    summary.not_loaded = [(f"f{i}.txt", "rejected", "empty file") for i in range(25)]
    text = summary.markdown()
    assert text.count("| rejected | empty file |") == 20 and "… and 5 more" in text
