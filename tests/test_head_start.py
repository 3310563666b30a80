"""The head start (flows/head_start.py): a run's first batches parsed on its workers (or a thread)
while Prefect starts, taken by the flow only for the very same batch, with the run's own id on its rows."""

import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from hoinghi.flows import head_start, runners, steps
from hoinghi.flows.parse import ParseStopped, parse_batch
from tests.conftest import SAMPLE_INBOX, cli_args, query, snapshot

BATCH = 4


@pytest.fixture
def files() -> list[steps.InboxFile]:
    return steps.discover(SAMPLE_INBOX, {}).to_process


def _same(a: steps.ParsedBatch, b: steps.ParsedBatch) -> None:
    for table in a.staging:
        pd.testing.assert_frame_equal(a.staging[table], b.staging[table])
    pd.testing.assert_frame_equal(a.manifest, b.manifest)
    pd.testing.assert_frame_equal(a.rejects, b.rejects)


def _never_done(files: list, run_id: str, max_file_bytes: int) -> None:
    time.sleep(600)  # a parse that would hold its worker for the rest of the test session


def test_the_flow_takes_exactly_the_batches_parsed_ahead_with_its_run_id(files):
    batches = steps.chunks(files, BATCH)
    with head_start.started(runners.process_pool(), runners.parse_batch, batches, 10_000_000):
        pool = head_start.adopt_pool()  # the flow's executor: the head start's, already running
        ahead = head_start.take(batches[0], 10_000_000)
        _same(head_start.for_run(ahead.result(), "run-1"), parse_batch(batches[0], "run-1", 10_000_000))
        assert head_start.take(batches[0], 10_000_000) is None  # taken once
        assert head_start.take(batches[1], 5) is None  # parsed under another size limit
        changed = [steps.InboxFile(**{**vars(f), "size_bytes": f.size_bytes + 1}) for f in batches[1][:1]]
        assert head_start.take(changed + batches[1][1:], 10_000_000) is None  # a file changed since
        assert head_start.take(batches[1][1:], 10_000_000) is None  # cut otherwise
        assert head_start.take(batches[1], 10_000_000) is not None
    assert pool.submit(os.getpid).result() != os.getpid()  # adopted: left running, for the flow to shut down
    pool.shutdown()
    assert head_start.take(batches[2], 10_000_000) is None and head_start.adopt_pool() is None  # over


def test_whole_first_batches_up_to_the_limit_or_one_per_worker_are_parsed_ahead(files, monkeypatch):
    monkeypatch.setattr(head_start, "MAX_FILES", 9)
    assert head_start.first_batches(files, 4, workers=1) == steps.chunks(files, 4)[:2]  # 8 files: two whole batches
    assert head_start.first_batches(files, 10, workers=1) == [files[:10]]  # larger than the limit: one per worker
    assert head_start.first_batches(files, 5, workers=2) == steps.chunks(files, 5)[:2]  # the limit holds 1: 2 workers
    assert head_start.first_batches(files[:3], 4, workers=2) == [files[:3]]  # all there is


def test_an_unused_head_start_ends_its_workers_at_once(files):
    # The run ended before its flow parsed (Ctrl-C, an error): the batches the workers hold were
    # for the head start only, and the run must not wait for them at exit.
    pool = runners.process_pool()
    with head_start.started(pool, _never_done, steps.chunks(files, BATCH)[:2], 10_000_000):
        workers = []
        while len(workers) < 2:  # both workers started, each on a batch
            workers = list(pool._processes.values())
            time.sleep(0.05)
    for worker in workers:
        worker.join(timeout=60)
        # Ended, not left to sleep through its batch (600 s). When the pool's own thread reads a fork-server
        # child's exit status first, multiprocessing reports 255 here (popen_forkserver.poll), not -SIGTERM.
        assert worker.exitcode in (-signal.SIGTERM, 255)
    with pytest.raises(RuntimeError, match="after shutdown|not usable"):  # shut down; its workers ended
        pool.submit(os.getpid)


def test_a_thread_head_start_runs_its_batches_in_order_and_is_not_waited_for(files):
    thread, started = head_start.DaemonThread(), []
    first = thread.submit(lambda: started.append(1) or parse_batch(files[:2], "run-1", 10_000_000))
    failing = thread.submit(lambda: started.append(2) or int("x"))
    last = thread.submit(started.append, 3)
    _same(first.result(timeout=60), parse_batch(files[:2], "run-1", 10_000_000))
    with pytest.raises(ValueError):
        failing.result(timeout=60)  # the flow's task that takes this batch gets its error
    last.result(timeout=60)
    assert started == [1, 2, 3]
    assert thread._thread.daemon  # a run that exits does not wait for it
    thread.shutdown()
    assert not thread._thread.is_alive()
    with pytest.raises(RuntimeError, match="after shutdown"):
        thread.submit(int)


def test_an_unused_thread_head_start_is_stopped_between_two_files(files):
    """Left, the head start's thread stops between two files, and the run waits for that (not for the
    batch): a daemon thread still inside a parse when the interpreter exits aborts the process."""
    batches = steps.chunks(files, BATCH)[:2]
    release, parsed = threading.Event(), []

    def parse(files: list, run_id: str, max_file_bytes: int, stop: threading.Event) -> None:
        for f in files:  # as flows.parse.parse_batch does, each file held until the test lets it go
            if stop.is_set():
                raise ParseStopped("stopped")
            release.wait(timeout=600)
            parsed.append(f)

    try:
        with head_start.started(head_start.DaemonThread(), parse, batches, 10_000_000):
            running, queued = (head_start._ahead[head_start._key(b, 10_000_000)] for b in batches)
            assert head_start.adopt_pool() is None  # a thread is no pool for the flow's other batches
            deadline = time.monotonic() + 60
            while not running.running() and time.monotonic() < deadline:  # the thread is on the first batch
                time.sleep(0.01)
            assert running.running()
            threading.Timer(0.5, release.set).start()  # the file in hand ends half a second after the run
        # left once the file in hand was parsed: the rest of the batch is not; the queued batch is cancelled
        assert running.done() and isinstance(running.exception(), ParseStopped)
        assert len(parsed) == 1 and queued.cancelled()
    finally:
        release.set()


def test_a_stopped_parse_ends_before_the_next_file(files):
    stop = threading.Event()
    stop.set()
    with pytest.raises(ParseStopped, match="stopped before"):
        parse_batch(files[:2], "run-1", 10_000_000, stop)


def test_a_run_gives_the_same_warehouse_with_a_head_start_on_threads_or_processes(api_env, run_flow, tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    (inbox / "0_binary.txt").write_bytes(b"\x00\x01 not text")  # rejected, in the first batch
    reference = tmp_path / "no-head-start.duckdb"
    run_flow(inbox, reference, batch_size=BATCH)  # the flow alone: no CLI, no head start
    for runner in ("threads", "processes"):
        db = tmp_path / f"{runner}.duckdb"
        args = [*cli_args(inbox, db, batch_size=BATCH), "--task-runner", runner]
        done = subprocess.run(args, env=api_env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "(head start)" in done.stderr, runner  # it took batches parsed before its flow began
        assert snapshot(db) == snapshot(reference), runner
        [(run_id,)] = query(db, "SELECT run_id FROM etl_runs")
        assert query(db, "SELECT DISTINCT last_run_id FROM etl_file_manifest") == [(run_id,)]
        assert query(db, "SELECT DISTINCT run_id FROM etl_rejects") == [(run_id,)]


def test_the_pre_check_hands_over_the_files_the_flow_will_find(tmp_path):
    from hoinghi.flows.precheck import look_before_run

    shutil.copytree(SAMPLE_INBOX, tmp_path / "inbox")
    check = look_before_run(str(tmp_path / "inbox"), str(tmp_path / "w.duckdb"), 10_000_000)
    assert check.files == steps.discover(Path(tmp_path / "inbox"), {}, 10_000_000).to_process
    assert check.to_parse == len(check.files) > 0
