"""Discovery never fails the run: odd inbox entries, deleted and returning files, the size limit."""

import os
import shutil
import socket
import stat
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLE_INBOX

SEEDS = sorted((SAMPLE_INBOX / "seeds").glob("*.txt"))[:3]


@contextmanager
def fifo_watchdog(fifo: Path, after: float = 60.0):
    """If something blocks opening `fifo` for reading, open its other end after `after` seconds.

    A regression then fails the test (the list it yields is not empty) instead of hanging it forever.
    """
    done = threading.Event()
    fired: list[bool] = []

    def watch() -> None:
        if done.wait(after):
            return
        fired.append(True)
        while not done.is_set():
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # a reader waiting in open() returns
            except OSError:  # no reader (ENXIO): try again
                pass
            done.wait(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield fired
    finally:
        done.set()
        watcher.join()


def _manifest(db: Path) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT source_path, status, error FROM etl_file_manifest").fetchall()
        return {p: (s, e) for p, s, e in rows}
    finally:
        con.close()


def _count(db: Path, sql: str, *params) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()[0][0]
    finally:
        con.close()


@pytest.fixture
def odd_inbox(tmp_path, monkeypatch):
    """Regular articles among every odd kind of entry an inbox can hold; returns (inbox, expected manifest)."""
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    shutil.copy2(SEEDS[0], inbox / SEEDS[0].name)
    shutil.copy2(SEEDS[1], inbox / "sub" / SEEDS[1].name)
    expected = {SEEDS[0].name: "loaded", f"sub/{SEEDS[1].name}": "loaded"}
    raw = bytes(inbox)
    # Names that are not UTF-8 (a Windows-1258 "café"): a file, and a file in such a folder.
    with open(raw + b"/caf\xe9.txt", "wb") as out:
        out.write(SEEDS[2].read_bytes())
    os.mkdir(raw + b"/d\xe9")
    with open(raw + b"/d\xe9/inner.txt", "wb") as out:
        out.write(b"Hoi nghi")
    expected |= {"caf\\xe9.txt": "rejected", "d\\xe9/inner.txt": "rejected"}
    # Symlink loops: one onto itself, two onto each other; a link to a folder, a link to /dev/zero.
    os.symlink("loop.txt", inbox / "loop.txt")
    os.symlink("pong.txt", inbox / "ping.txt")
    os.symlink("ping.txt", inbox / "pong.txt")
    os.symlink("sub", inbox / "folder_link")
    os.symlink("/dev/zero", inbox / "zero_link.txt")
    expected |= dict.fromkeys(["loop.txt", "ping.txt", "pong.txt", "folder_link", "zero_link.txt"], "skipped")
    # Not regular files: a FIFO, a socket, and a character device (when this process may make one).
    os.mkfifo(inbox / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(inbox / "sock.txt"))
    expected |= {"pipe.txt": "skipped", "sock.txt": "skipped"}
    try:
        os.mknod(inbox / "zero.txt", stat.S_IFCHR | 0o666, os.makedev(1, 5))  # a /dev/zero of its own
        expected["zero.txt"] = "skipped"
    except PermissionError:
        pass  # not root, or no CAP_MKNOD: the link to /dev/zero covers the case
    # Hidden entries are recorded, not read: a file, and a folder (one entry, not its contents).
    (inbox / ".hidden.txt").write_bytes(SEEDS[2].read_bytes())
    (inbox / ".git").mkdir()
    (inbox / ".git" / "config").write_text("[core]")
    expected |= {".hidden.txt": "skipped", ".git/": "skipped"}
    # A folder that cannot be read. Tests run as root, whom chmod does not stop: scandir is made
    # to refuse it the way it refuses a user without permission.
    (inbox / "locked").mkdir()
    (inbox / "locked" / "x.txt").write_text("x")
    real_scandir = os.scandir
    locked = str(inbox / "locked")

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    expected["locked/"] = "failed"
    yield inbox, expected
    server.close()


def test_odd_entries_are_recorded_and_the_regular_articles_load(prefect_api, odd_inbox, tmp_path, capsys):
    from hoinghi.cli import main
    from hoinghi.flows.ingest import ingest

    inbox, expected = odd_inbox
    db = tmp_path / "w.duckdb"
    with fifo_watchdog(inbox / "pipe.txt") as fired:
        summary = ingest(inbox=str(inbox), db=str(db), batch_size=4)
    assert not fired, "the run blocked in open() on a FIFO"
    rows = _manifest(db)
    assert {p: s for p, (s, _) in rows.items()} == expected
    assert summary.files_seen == len(expected)
    for path, (status, error) in rows.items():
        assert path.isprintable() and path.encode("utf-8"), path
        if status != "loaded":
            assert error and error.isprintable(), (path, error)
    assert "not valid UTF-8" in rows["caf\\xe9.txt"][1] and "rename" in rows["caf\\xe9.txt"][1]
    for link in ("loop.txt", "ping.txt", "pong.txt"):
        assert "symlink" in rows[link][1] and "loop" in rows[link][1].lower(), rows[link]
    assert "FIFO" in rows["pipe.txt"][1] and "socket" in rows["sock.txt"][1]
    if "zero.txt" in rows:
        assert "character device" in rows["zero.txt"][1]
    assert "hidden" in rows[".hidden.txt"][1] and "hidden" in rows[".git/"][1]
    assert "cannot read folder" in rows["locked/"][1] and "Permission denied" in rows["locked/"][1]
    con = duckdb.connect(str(db), read_only=True)
    loaded = {p for (p,) in con.execute("SELECT source_path FROM dim_article").fetchall()}
    con.close()
    assert loaded == {p for p, s in expected.items() if s == "loaded"}
    rejects = _count(db, "SELECT count(*) FROM etl_rejects WHERE stage = 'discover' AND reason LIKE '%UTF-8%'")
    assert rejects == 2

    # The next run: nothing is missing, nothing new but the unreadable folder (failed: retried).
    with fifo_watchdog(inbox / "pipe.txt") as fired:
        again = ingest(inbox=str(inbox), db=str(db), batch_size=4)
    assert not fired
    assert (again.files_seen, again.files_new, again.files_missing) == (len(expected), 1, 0)
    assert _manifest(db) == rows
    capsys.readouterr()
    assert main(["status", "--db", str(db)]) == 0  # every name and reason prints
    assert "caf\\xe9.txt" in capsys.readouterr().out


def test_a_file_that_changes_kind_after_discovery_is_not_read(tmp_path):
    """parse_batch opens only regular files, never blocks, and reads at most the limit plus one byte."""
    from hoinghi.flows.parse import parse_batch
    from hoinghi.flows.steps import InboxFile

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    grown = tmp_path / "grown.txt"
    grown.write_bytes(SEEDS[0].read_bytes())
    device = tmp_path / "zero.txt"
    os.symlink("/dev/zero", device)
    now = datetime.now().replace(microsecond=0)
    files = [  # as discovery saw them: regular files of 10 bytes
        InboxFile(str(fifo), "pipe.txt", 10, now),
        InboxFile(str(device), "zero.txt", 10, now),
        InboxFile(str(grown), "grown.txt", 10, now),
    ]
    with fifo_watchdog(fifo) as fired:
        batch = parse_batch(files, "run", max_file_bytes=100)
    assert not fired, "parse_batch blocked in open() on a FIFO"
    rows = {r.source_path: (r.status, r.error) for r in batch.manifest.itertuples()}
    assert rows["pipe.txt"][0] == rows["zero.txt"][0] == "skipped"
    assert "not a regular file" in rows["pipe.txt"][1] and "character device" in rows["zero.txt"][1]
    assert rows["grown.txt"][0] == "rejected" and "too large" in rows["grown.txt"][1]


def test_a_deleted_file_fails_no_later_run_and_loads_again_when_back(run_flow, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy2(seed, inbox / seed.name)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    gone = SEEDS[0].name
    articles = _count(db, "SELECT count(*) FROM dim_article")
    meetings = _count(db, "SELECT count(*) FROM fact_meeting")
    os.rename(inbox / gone, tmp_path / gone)  # moved away: size and mtime kept

    first = run_flow(inbox, db)
    second = run_flow(inbox, db)  # nothing new, nothing newly missing
    assert (first.files_missing, second.files_missing) == (1, 0)
    assert _manifest(db)[gone] == ("missing", "file no longer in the inbox; its rows are kept")
    assert _count(db, "SELECT count(*) FROM dim_article") == articles  # rows kept

    os.rename(tmp_path / gone, inbox / gone)  # back, unchanged
    back = run_flow(inbox, db)
    assert back.files_new == 1
    assert _manifest(db)[gone] == ("loaded", None)
    assert _count(db, "SELECT count(*) FROM dim_article") == articles
    assert _count(db, "SELECT count(*) FROM fact_meeting") == meetings
    assert _count(db, "SELECT count(*) FROM dim_article WHERE source_path = ?", gone) == 1
    assert run_flow(inbox, db).files_new == 0  # and then it is unchanged again


def test_raising_the_size_limit_loads_a_file_rejected_as_too_large(prefect_api, tmp_path):
    from hoinghi.flows.ingest import ingest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy2(SEEDS[0], inbox / "a.txt")
    size = (inbox / "a.txt").stat().st_size
    db = tmp_path / "w.duckdb"
    ingest(inbox=str(inbox), db=str(db), max_file_bytes=size - 1)
    status, error = _manifest(db)["a.txt"]
    assert status == "rejected" and "too large" in error
    again = ingest(inbox=str(inbox), db=str(db), max_file_bytes=size - 1)
    assert again.files_new == 0  # the same limit: the verdict stands, no new reject row
    assert _count(db, "SELECT count(*) FROM etl_rejects") == 1

    raised = ingest(inbox=str(inbox), db=str(db), max_file_bytes=size)
    assert raised.files_new == 1
    assert _manifest(db)["a.txt"] == ("loaded", None)
    assert _count(db, "SELECT count(*) FROM dim_article") == 1


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "0.0000001"])
def test_a_size_limit_that_is_not_positive_is_refused(prefect_api, tmp_path, capsys, value):
    from hoinghi.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy2(SEEDS[0], inbox / "a.txt")
    db = tmp_path / "w.duckdb"
    assert main(["run", "--quiet", "--inbox", str(inbox), "--db", str(db), "--max-file-mb", value]) == 2
    assert "--max-file-mb" in capsys.readouterr().err
    assert not db.exists()
