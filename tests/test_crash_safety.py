"""Crash safety and one writer, with real processes.

SIGKILL the run at several points: a rerun must end with exactly the warehouse of an
uninterrupted run. Two runs on one warehouse at once: the second exits with a clear message
and nothing is corrupted or duplicated.
"""

import signal
import subprocess
import sys

import pytest

from tests.conftest import cli_args, run_cli, snapshot


# Killed before anything was loaded, between two committed batches, and inside a load's transaction
# after others were committed (each case costs two real runs).
@pytest.mark.parametrize("kill_at", ["extract:1", "between:2", "load:4"])
def test_a_killed_run_is_finished_by_a_rerun_to_the_same_warehouse(
    kill_at, cli_inbox, api_env, cli_reference, tmp_path
):
    db = tmp_path / "w.duckdb"
    killed = run_cli(cli_inbox, db, api_env, HOINGHI_KILL_AT=kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    rerun = run_cli(cli_inbox, db, api_env)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert snapshot(db) == cli_reference


LOCK_HOLDER = """
import sys
from hoinghi.flows.lifecycle import writer_lock
with writer_lock(sys.argv[1]):
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_a_run_while_another_process_writes_exits_3_with_a_clear_message(cli_inbox, api_env, cli_reference, tmp_path):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        second = run_cli(cli_inbox, db, api_env)
        assert second.returncode == 3
        assert "another hoinghi run is writing to" in second.stderr and "wait for it to finish" in second.stderr
        assert not db.exists()  # it left before opening the warehouse
    finally:
        holder.communicate("done\n", timeout=30)
    after = run_cli(cli_inbox, db, api_env)
    assert after.returncode == 0, after.stderr[-2000:]
    assert snapshot(db) == cli_reference


def test_two_runs_started_together_never_corrupt_or_duplicate(cli_inbox, api_env, cli_reference, tmp_path):
    db = tmp_path / "w.duckdb"
    runs = [
        subprocess.Popen(
            cli_args(cli_inbox, db), env=api_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = [(run.wait(timeout=300), run.communicate()[1]) for run in runs]
    codes = sorted(code for code, _ in results)
    # Either they overlapped (one exits 3) or the second found nothing new: both are correct.
    assert codes in ([0, 0], [0, 3]), results
    for code, stderr in results:
        if code == 3:
            assert "another hoinghi run is writing to" in stderr
    assert snapshot(db) == cli_reference
