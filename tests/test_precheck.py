"""Before Prefect starts: an unchanged inbox is recorded at once; otherwise the files to parse pick the runner."""

import shutil
import subprocess
import sys
from datetime import datetime

import duckdb

from hoinghi.cli import main
from hoinghi.flows import steps
from hoinghi.flows.precheck import handed_over, look_before_run, take_discovery
from hoinghi.flows.summary import RunSummary
from hoinghi.settings import MAX_FILE_BYTES
from hoinghi.warehouse import contract, loader
from tests.conftest import SAMPLE_INBOX

IN_A_FRESH_PROCESS = """
import sys
from hoinghi.cli import main
code = main(["run", "--inbox", sys.argv[1], "--db", sys.argv[2]])
print(code, "prefect" in sys.modules)
"""


def _runs(db) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT status, flow_run_id, files_seen, files_new, files_missing FROM etl_runs ORDER BY started_at"
        ).fetchall()
    finally:
        con.close()


def _inbox(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    return inbox


def test_an_unchanged_inbox_is_recorded_without_prefect(prefect_api, api_env, tmp_path, capsys):
    inbox, db = _inbox(tmp_path), tmp_path / "w.duckdb"
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    rerun = subprocess.run(
        [sys.executable, "-c", IN_A_FRESH_PROCESS, str(inbox), str(db)],
        capture_output=True,
        text=True,
        env=api_env,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip().splitlines()[-1] == "0 False"  # exit 0, Prefect never imported
    assert "recorded without a Prefect flow run" in rerun.stdout
    first, second = _runs(db)
    assert first[0] == contract.RUN_COMPLETED and first[1]  # the first run was a flow run
    assert second == (contract.RUN_COMPLETED, "", 5, 0, 0)


def test_a_changed_or_vanished_file_or_an_unfinished_run_takes_the_flow(prefect_api, tmp_path):
    inbox, db = _inbox(tmp_path), tmp_path / "w.duckdb"
    check = look_before_run(str(inbox), str(db), MAX_FILE_BYTES)
    assert (check.done, check.to_parse, len(check.files)) == (None, 5, 5)  # no warehouse yet: all new
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    assert look_before_run(str(inbox), str(db), MAX_FILE_BYTES).done is not None

    first = sorted(inbox.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThêm một đoạn.\n", encoding="utf-8")
    assert look_before_run(str(inbox), str(db), MAX_FILE_BYTES).done is None
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    assert _runs(db)[-1][1] and _runs(db)[-1][3] == 1  # a flow run, one file new

    first.unlink()
    assert look_before_run(str(inbox), str(db), MAX_FILE_BYTES).done is None
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    assert _runs(db)[-1][4] == 1  # the flow marked it missing
    assert look_before_run(str(inbox), str(db), MAX_FILE_BYTES).done is not None  # missing already known

    con = duckdb.connect(str(db))
    con.execute(
        "UPDATE etl_runs SET status = ? WHERE started_at = (SELECT max(started_at) FROM etl_runs)",
        [contract.RUN_RUNNING],
    )
    con.close()
    assert look_before_run(str(inbox), str(db), MAX_FILE_BYTES).done is None  # the flow marks it crashed


def test_the_run_says_which_runner_auto_chose(prefect_api, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("hoinghi.settings.PROCESSES_FROM_FILES", 3)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    inbox = _inbox(tmp_path)
    assert main(["run", "--inbox", str(inbox), "--db", str(tmp_path / "w.duckdb"), "--batch-size", "2"]) == 0
    assert "task runner processes" in capsys.readouterr().out


def test_the_flow_takes_the_pre_checks_look_once_and_only_if_no_other_run_came_between(prefect_api, tmp_path):
    inbox, db = _inbox(tmp_path), tmp_path / "w.duckdb"
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    first = sorted(inbox.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThêm một đoạn.\n", encoding="utf-8")
    check = look_before_run(str(inbox), str(db), MAX_FILE_BYTES)
    assert [f.source_path for f in check.found.to_process] == [first.name]
    with loader.Writer(str(db)) as warehouse:
        con = warehouse.con
        loader.save_run(con, RunSummary(run_id="this-run", flow_run_id="", started_at=datetime.now()).etl_runs_row())
        with handed_over(check, str(inbox), str(db), MAX_FILE_BYTES):  # the run's own row does not count
            assert take_discovery(str(inbox), str(db), MAX_FILE_BYTES, con, "this-run") is check.found
            assert take_discovery(str(inbox), str(db), MAX_FILE_BYTES, con, "this-run") is None  # once
        with handed_over(check, str(inbox), str(db), MAX_FILE_BYTES):
            assert take_discovery(str(inbox), str(db), MAX_FILE_BYTES - 1, con, "this-run") is None
        with handed_over(check, str(inbox), str(db), MAX_FILE_BYTES):
            assert take_discovery(str(tmp_path), str(db), MAX_FILE_BYTES, con, "this-run") is None
        with handed_over(check, str(inbox), str(db), MAX_FILE_BYTES):
            pass
        assert take_discovery(str(inbox), str(db), MAX_FILE_BYTES, con, "this-run") is None  # over with the block
        other = RunSummary(run_id="another-run", flow_run_id="", started_at=datetime.now())
        loader.save_run(con, other.etl_runs_row())  # a run that came in between: its manifest may differ
        with handed_over(check, str(inbox), str(db), MAX_FILE_BYTES):
            assert take_discovery(str(inbox), str(db), MAX_FILE_BYTES, con, "this-run") is None


def test_a_cli_run_walks_the_inbox_once(prefect_api, tmp_path, monkeypatch, caplog):
    walks = []
    discover = steps.discover
    monkeypatch.setattr(steps, "discover", lambda *a, **k: walks.append(a[0]) or discover(*a, **k))
    inbox, db = _inbox(tmp_path), tmp_path / "w.duckdb"
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0  # a first run: no warehouse to compare
    assert len(walks) == 1 and "(as the pre-check listed it)" in caplog.text
    first = sorted(inbox.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThêm một đoạn.\n", encoding="utf-8")
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0
    assert len(walks) == 2
    status, flow_run_id, seen, new, _ = _runs(db)[-1]
    assert (status, seen, new) == (contract.RUN_COMPLETED, 5, 1) and flow_run_id  # a flow run: 5 files, 1 new
