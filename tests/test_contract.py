"""The warehouse contract (warehouse/contract.py) is defined once and enforced by the DDL."""

import re

import duckdb
import pytest

from hoinghi.transforms import vocabulary as V
from hoinghi.warehouse import contract, loader
from tests.conftest import ROOT

# One statement per closed vocabulary (a key, then the value), a value the contract has and one it does not.
WRITES = {
    "file status": ("INSERT INTO etl_file_manifest (source_path, status) VALUES (?, ?)", "loaded", "done"),
    "run status": ("INSERT INTO etl_runs (run_id, status) VALUES (?, ?)", "completed", "finished"),
    "reject stage": (
        "INSERT INTO etl_rejects (run_id, stage, reason) VALUES (?, ?, 'why')",
        "validate:stg_meeting",
        "parse:stg_meeting",
    ),
    "role": ("INSERT INTO bridge_meeting_person (meeting_id, person_id, role) VALUES (?, 2, ?)", "chair", "host"),
    "title kind": ("INSERT INTO dim_title (title_id, title_text, kind) VALUES ($1, $1::VARCHAR, $2)", "post", "job"),
    "title level": (
        "INSERT INTO dim_title (title_id, title_text, kind, level) VALUES ($1, $1::VARCHAR, 'post', $2)",
        "district",
        "county",
    ),
    "title status": (
        "INSERT INTO dim_title (title_id, title_text, kind, status) VALUES ($1, $1::VARCHAR, 'post', $2)",
        "former",
        "nguyên",
    ),
}


@pytest.fixture
def fresh_warehouse(tmp_path):
    con = loader.connect(tmp_path / "w.duckdb")
    yield con
    con.close()


@pytest.mark.parametrize("what", WRITES)
def test_a_fresh_warehouse_takes_the_contracts_values_and_refuses_others(fresh_warehouse, what):
    sql, good, bad = WRITES[what]
    fresh_warehouse.execute(sql, [1, good])
    with pytest.raises(duckdb.ConstraintException, match="CHECK constraint failed"):
        fresh_warehouse.execute(sql, [2, bad])


def test_an_update_to_a_status_outside_the_contract_is_refused(fresh_warehouse):
    fresh_warehouse.execute("INSERT INTO etl_file_manifest (source_path, status) VALUES ('a', ?)", [contract.LOADED])
    with pytest.raises(duckdb.ConstraintException):
        fresh_warehouse.execute("UPDATE etl_file_manifest SET status = 'gone'")


def test_the_schema_has_no_placeholder_the_contract_does_not_fill():
    for name in loader.SCHEMA_FILES:
        assert not re.search(r"\{\w+\}", loader.schema_sql(name)), name


def test_the_extractors_roles_are_the_contracts():
    # ROLE_PRIORITY ranks the roles (and a strong form of speaker that is stored as speaker).
    assert {role.removesuffix("_strong") for role in V.ROLE_PRIORITY} == set(contract.ROLES)


def test_etl_runs_counts_files_of_every_status(fresh_warehouse):
    from hoinghi.flows.summary import RunSummary

    columns = {r[0] for r in fresh_warehouse.execute("DESCRIBE etl_runs").fetchall()}
    row = RunSummary(run_id="r", flow_run_id="f", started_at=None, files_missing=2).etl_runs_row()
    for status in contract.FILE_STATUSES:
        assert f"files_{status}" in row and f"files_{status}" in columns
    assert row["files_missing"] == 2


STATUS_LITERAL = re.compile(
    r"""(["'])(loaded|rejected|failed|skipped|missing|running|completed|interrupted|crashed)\1"""
)


def _checked_sources() -> dict[str, str]:
    out = {}
    for folder in ("flows", "hoinghi", "warehouse", "schemas"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel != "warehouse/contract.py":
                out[rel] = path.read_text(encoding="utf-8")
    return out


def test_no_status_is_spelled_outside_the_contract():
    found = [
        f"{name}: {line.strip()}"
        for name, text in _checked_sources().items()
        for line in text.splitlines()
        if STATUS_LITERAL.search(line)
    ]
    assert not found, "use warehouse/contract.py's names:\n" + "\n".join(found)


def test_the_status_grep_finds_a_literal():
    assert STATUS_LITERAL.search('row.update(status="skipped")')
    assert STATUS_LITERAL.search("WHERE status = 'missing'")
    assert not STATUS_LITERAL.search("loaded once, as that file")


SQL_STATEMENT = re.compile(
    r"\b(SELECT\s|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|VIEW))"
)


def test_all_warehouse_sql_lives_in_warehouse():
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for folder in ("flows", "hoinghi", "schemas", "transforms", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if SQL_STATEMENT.search(line)
    ]
    assert not found, "move this SQL into warehouse/:\n" + "\n".join(found)
    assert SQL_STATEMENT.search('con.execute("SELECT count(*) FROM dim_article")')
