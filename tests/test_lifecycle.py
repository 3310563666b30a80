"""A run's lifecycle with real processes and real signals: interrupted, failed, killed.

Ctrl-C and SIGTERM end a run with 130/143 and one line saying how many batches were kept; every
run that does not complete leaves its `etl_runs` row; a killed run's Prefect flow run is marked
crashed by the next run; a killed `processes` run takes its worker processes with it.
"""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CLI_BATCH_SIZE, SAMPLE_INBOX, cli_args, run_cli, snapshot

INTERRUPTED = re.compile(r"^interrupted: (\d+) batch(es)? kept; run again to finish$")


def runs(db) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT status, batches, error, flow_run_id FROM etl_runs ORDER BY started_at").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("signal_at", "code", "kept"),
    [
        # Each case costs two real runs, so the two signals share the two places a signal can land:
        # between batches, and inside a load's transaction (SIGINT from outside is tested below too).
        ("between:1:TERM", 143, 1),  # after batch 1 was committed
        ("load:2:INT", 130, 1),  # inside batch 2's transaction: rolled back
    ],
)
def test_a_signal_ends_the_run_with_one_line_and_keeps_the_loaded_batches(
    signal_at, code, kept, cli_inbox, api_env, cli_reference, tmp_path
):
    db = tmp_path / "w.duckdb"
    stopped = run_cli(cli_inbox, db, api_env, HOINGHI_SIGNAL_AT=signal_at)
    assert stopped.returncode == code, stopped.stderr[-3000:]
    last = stopped.stderr.strip().splitlines()[-1]
    assert INTERRUPTED.match(last) and int(INTERRUPTED.match(last)[1]) == kept, stopped.stderr[-3000:]
    assert "Traceback" not in stopped.stderr
    status, batches, error, _ = runs(db)[-1]
    assert (status, batches) == ("interrupted", kept)
    assert ("SIGTERM" if code == 143 else "SIGINT") in error
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM etl_file_manifest").fetchone()[0] == CLI_BATCH_SIZE * kept
    con.close()
    rerun = run_cli(cli_inbox, db, api_env)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert snapshot(db) == cli_reference
    assert [r[0] for r in runs(db)] == ["interrupted", "completed"]


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_from_outside_after_the_first_batch(signum, code, cli_inbox, api_env, cli_reference, tmp_path):
    """Sent by another process wherever the run is (parsing, in a DuckDB query, in Prefect)."""
    db = tmp_path / "w.duckdb"
    run = subprocess.Popen(
        cli_args(cli_inbox, db), env=api_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        seen = _wait_for_line(run.stderr, "batch 1/")  # Prefect's log line once batch 1 is loaded
        run.send_signal(signum)
        _, stderr = run.communicate(timeout=120)
        stderr = seen + stderr
    finally:
        if run.poll() is None:
            run.kill()
    if run.returncode == 0:  # the run finished before the signal came: nothing to check
        pytest.skip("the run completed before the signal arrived")
    assert run.returncode == code, stderr[-3000:]
    assert INTERRUPTED.match(stderr.strip().splitlines()[-1]), stderr[-3000:]
    assert "Traceback" not in stderr
    assert runs(db)[-1][0] == "interrupted"
    rerun = run_cli(cli_inbox, db, api_env)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert snapshot(db) == cli_reference


def _wait_for_line(stream, text: str) -> str:
    """Read `stream` up to the line that contains `text` (the pipe ends when the process does)."""
    seen = []
    for line in stream:
        seen.append(line)
        if text in line:
            return "".join(seen)
    raise AssertionError(f"the run ended before {text!r}: {''.join(seen)[-3000:]}")


def test_a_failed_run_leaves_its_row_and_status_shows_the_failure(
    prefect_api, cli_inbox, tmp_path, monkeypatch, capsys
):
    from hoinghi.cli import main
    from hoinghi.flows import parse
    from hoinghi.flows.ingest import ingest

    db = tmp_path / "w.duckdb"

    def broken(*args, **kwargs):
        raise MemoryError("parser exploded on purpose")

    monkeypatch.setattr(parse, "parse_batch", broken)
    with pytest.raises(MemoryError):
        ingest(inbox=str(cli_inbox), db=str(db), batch_size=5)
    status, batches, error, flow_run_id = runs(db)[-1]
    assert (status, batches) == ("failed", 0)
    assert "MemoryError: parser exploded on purpose" in error
    assert flow_run_id
    capsys.readouterr()
    assert main(["status", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "last failure" in out and "parser exploded on purpose" in out


def test_a_missing_inbox_fails_at_once_with_one_clear_error(prefect_api, tmp_path, monkeypatch):
    from hoinghi.flows import steps
    from hoinghi.flows.ingest import ingest

    calls = []
    real = steps.discover
    monkeypatch.setattr(steps, "discover", lambda *a: calls.append(a) or real(*a))
    with pytest.raises(FileNotFoundError, match="inbox .*nope.* is not a folder"):
        ingest(inbox=str(tmp_path / "nope"), db=str(tmp_path / "w.duckdb"))
    assert len(calls) <= 1  # not retried: a retry cannot make the folder appear
    assert not (tmp_path / "w.duckdb").exists()  # a typo does not create a warehouse


def _flow_run_state(flow_run_id: str) -> str:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(flow_run_id).state.type.value


def test_a_killed_runs_flow_run_is_marked_crashed_by_the_next_run(cli_inbox, api_env, cli_reference, tmp_path):
    db = tmp_path / "w.duckdb"
    killed = run_cli(cli_inbox, db, api_env, HOINGHI_KILL_AT="between:1")
    assert killed.returncode == -signal.SIGKILL
    [(status, _, _, flow_run_id)] = runs(db)
    assert status == "running"
    assert _flow_run_state(flow_run_id) == "RUNNING"  # nobody told Prefect
    rerun = run_cli(cli_inbox, db, api_env)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert [r[0] for r in runs(db)] == ["crashed", "completed"]
    assert "killed" in runs(db)[0][2]
    assert _flow_run_state(flow_run_id) == "CRASHED"
    assert snapshot(db) == cli_reference


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


def _children(pid: int) -> set[int]:
    return {p for p in _descendants(pid) if _ppid(p) == pid}


def _ppid(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_killed_processes_run_takes_its_workers_with_it(api_env, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    seeds = sorted((SAMPLE_INBOX / "seeds").iterdir())
    for i in range(300):
        seed = seeds[i % len(seeds)]
        (inbox / f"{i:03d}_{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\n(bản {i})\n", "utf-8")
    args = [*cli_args(inbox, tmp_path / "w.duckdb", batch_size=5), "--task-runner", "processes", "--quiet"]
    run = subprocess.Popen(args, env=api_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while time.monotonic() < deadline and run.poll() is None:
            workers = _descendants(run.pid)
            if workers - _children(run.pid):  # a worker, forked from the fork server
                break
            time.sleep(0.05)
        assert workers - _children(run.pid) and run.poll() is None, "the run never started its workers"
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.1)
        left = [p for p in workers if _alive(p)]
        assert not left, f"still alive after their parent was killed: {left}"
    finally:
        for pid in _descendants(run.pid) | workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_discovery_is_retried_only_after_an_error_a_retry_can_help(prefect_api, cli_inbox, tmp_path, monkeypatch):
    import errno

    from hoinghi.flows import steps
    from hoinghi.flows.ingest import ingest

    real = steps.discover
    errors = [OSError(errno.EIO, "Input/output error (a network share that hiccups)")]
    calls = []

    def flaky(*args):
        calls.append(args)
        if errors:
            raise errors.pop()
        return real(*args)

    monkeypatch.setattr(steps, "discover", flaky)
    summary = ingest(inbox=str(cli_inbox), db=str(tmp_path / "w.duckdb"), batch_size=10)
    assert len(calls) == 2 and summary.status == "completed"

    calls.clear()
    errors.append(PermissionError(errno.EACCES, "Permission denied", str(cli_inbox)))
    with pytest.raises(PermissionError):
        ingest(inbox=str(cli_inbox), db=str(tmp_path / "w.duckdb"), batch_size=10)
    assert len(calls) == 1  # the same 2 s later: not retried
    status, _, error, _ = runs(tmp_path / "w.duckdb")[-1]
    assert status == "failed" and "PermissionError" in error
