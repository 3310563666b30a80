"""`hoinghi sql` without --write reads the warehouse and nothing else; a damaged warehouse says what to do."""

import hashlib
import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from hoinghi.cli import main
from hoinghi.warehouse import loader
from tests.conftest import SAMPLE_INBOX

# (name, SQL, the file or folder it must not create or change). {db}: the warehouse; {tmp}: a folder next to it.
ESCAPES = [
    ("copy to a new file", "COPY dim_article TO '{tmp}/out.csv'", "{tmp}/out.csv"),
    ("copy over the warehouse", "COPY (SELECT 1) TO '{db}'", "{db}"),
    ("copy over the warehouse in place", "COPY (SELECT 42) TO '{db}' (FORMAT csv, USE_TMP_FILE false)", "{db}"),
    ("copy to the warehouse's wal", "COPY (SELECT 1) TO '{db}.wal' (USE_TMP_FILE false)", "{db}.wal"),
    ("copy from a file", "CREATE TEMP TABLE t AS SELECT 1 AS x; COPY t FROM '{tmp}/secret.csv'", "{db}"),
    ("export the database", "EXPORT DATABASE '{tmp}/export'", "{tmp}/export"),
    (
        "attach another database for writing",
        "ATTACH '{tmp}/other.duckdb' AS other (READ_WRITE); DELETE FROM other.t",
        "{tmp}/other.duckdb",
    ),
    ("attach a new database", "ATTACH '{tmp}/new.duckdb' AS n", "{tmp}/new.duckdb"),
    (
        "write through a hard link to the warehouse",
        "ATTACH '{tmp}/link.duckdb' AS l (READ_WRITE); DELETE FROM l.dim_person",
        "{db}",
    ),
    ("read_text", "SELECT * FROM read_text('{tmp}/secret.txt')", "{db}"),
    ("read_csv", "SELECT * FROM read_csv('{tmp}/secret.csv')", "{db}"),
    ("read_blob", "SELECT * FROM read_blob('{tmp}/secret.txt')", "{db}"),
    ("read_json", "SELECT * FROM read_json('{tmp}/secret.json')", "{db}"),
    ("glob", "SELECT * FROM glob('{tmp}/*')", "{db}"),
    ("a file as a table", "SELECT * FROM '{tmp}/secret.csv'", "{db}"),
    ("install an extension", "INSTALL httpfs", "{db}"),
    ("load an extension", "LOAD httpfs", "{db}"),
    (
        "turn external access back on",
        "SET enable_external_access = true; SELECT * FROM read_text('{tmp}/secret.txt')",
        "{db}",
    ),
    ("reset external access", "RESET enable_external_access; SELECT * FROM read_text('{tmp}/secret.txt')", "{db}"),
    ("unlock the configuration", "SET lock_configuration = false", "{db}"),
    ("allow a directory", "SET allowed_directories = ['{tmp}']", "{db}"),
    ("enable the local file system", "SET disabled_filesystems = ''", "{db}"),
    ("log to a file", "CALL enable_logging(storage = 'file', storage_path = '{tmp}/logs')", "{tmp}/logs"),
    ("profile to a file", "SET profiling_output = '{tmp}/profile.json'", "{tmp}/profile.json"),
    ("delete rows", "DELETE FROM dim_person", "{db}"),
    ("create a table", "CREATE TABLE x AS SELECT 1 AS a", "{db}"),
]
SECRET = "root:the-secret-line"


def _digest(path) -> str | None:
    if not os.path.exists(path):
        return None
    if os.path.isdir(path):
        return "dir:" + ",".join(sorted(os.listdir(path)))
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _hoinghi(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hoinghi.cli", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def warehouse(sample_warehouse, tmp_path):
    """A copy of the sample warehouse, a hard link to it, another database and files that must stay private."""
    db = tmp_path / "w.duckdb"
    shutil.copy(sample_warehouse, db)
    os.link(db, tmp_path / "link.duckdb")
    other = duckdb.connect(str(tmp_path / "other.duckdb"))
    other.execute("CREATE TABLE t AS SELECT 1 AS x")
    other.close()
    (tmp_path / "secret.txt").write_text(SECRET)
    (tmp_path / "secret.csv").write_text(f"line\n{SECRET}\n")
    (tmp_path / "secret.json").write_text(f'{{"line": "{SECRET}"}}')
    return db


@pytest.mark.parametrize(("sql", "target"), [e[1:] for e in ESCAPES], ids=[e[0] for e in ESCAPES])
def test_without_write_every_escape_is_refused(warehouse, sql, target, capfd):
    tmp = warehouse.parent
    target = target.format(db=warehouse, tmp=tmp)
    watched = [warehouse, f"{warehouse}.wal", tmp / "other.duckdb", target]
    before = {str(p): _digest(p) for p in watched}
    # `hoinghi sql` in this process, with its own connection (closed after), and its output as a
    # process's (capfd: what reaches the file descriptors): a process per escape imported hoinghi 26 times
    code = main(["sql", "--db", str(warehouse), sql.format(db=warehouse, tmp=tmp)])
    out, err = capfd.readouterr()
    assert code != 0
    assert "read-only" in err and "--write" in err, err
    assert SECRET not in out + err
    assert {str(p): _digest(p) for p in watched} == before  # nothing written, nothing created


def test_without_write_reading_the_warehouse_still_works(warehouse, tmp_path):
    db = str(warehouse)
    done = _hoinghi(
        "sql", "--db", db, "SELECT full_name, count(*) FROM person_title_history GROUP BY 1 ORDER BY 2 DESC LIMIT 3"
    )
    assert done.returncode == 0 and done.stdout.count("\n") == 4, done.stderr  # header + 3 rows (a view)
    done = _hoinghi("sql", "--db", db, "CREATE TEMP TABLE t AS SELECT 2 AS x; SELECT x * 21 AS y FROM t")
    assert done.returncode == 0 and done.stdout.split() == ["y", "42"], done.stderr  # scratch work in memory is fine
    for name in ("meetings_per_month", "top_chairs", "most_cited_documents"):
        done = _hoinghi("report", name, "--db", db, "--format", "csv")
        assert done.returncode == 0 and done.stdout.count("\n") > 1, done.stderr
    page = tmp_path / "r.html"
    done = _hoinghi("report", "--html", str(page), "--db", db)
    assert done.returncode == 0 and page.stat().st_size > 10_000, done.stderr
    done = _hoinghi("status", "--db", db)
    assert done.returncode == 0 and "files by status" in done.stdout, done.stderr


def test_with_write_the_session_keeps_its_powers(warehouse, tmp_path):
    db = str(warehouse)
    out = tmp_path / "people.csv"
    done = _hoinghi("sql", "--write", "--db", db, f"COPY (SELECT full_name FROM dim_person) TO '{out}'")
    assert done.returncode == 0 and out.read_text().startswith("full_name\n"), done.stderr
    done = _hoinghi("sql", "--write", "--db", db, f"SELECT * FROM read_text('{tmp_path}/secret.txt')")
    assert done.returncode == 0 and SECRET in done.stdout, done.stderr
    assert _hoinghi("sql", "--write", "--db", db, "DELETE FROM etl_rejects").returncode == 0
    done = _hoinghi("sql", "--db", db, "SELECT count(*) AS n FROM etl_rejects")
    assert done.stdout.split() == ["n", "0"]


def _garbage(path):
    path.write_bytes(os.urandom(200_000))


def _truncated(path, source):
    path.write_bytes(source.read_bytes()[:300_000])


@pytest.mark.parametrize("damage", ["random bytes", "truncated copy"])
@pytest.mark.parametrize("command", ["status", "sql", "report", "run"])
def test_a_damaged_warehouse_says_what_is_wrong_and_what_to_do(sample_warehouse, tmp_path, damage, command, api_env):
    db = tmp_path / "x.duckdb"
    if damage == "random bytes":
        _garbage(db)
    else:
        _truncated(db, sample_warehouse)
    before = _digest(db)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    args = {
        "status": ["status"],
        "sql": ["sql", "SELECT count(*) FROM etl_file_manifest"],
        "report": ["report", "top_chairs"],
        "run": ["run", "--quiet", "--inbox", str(inbox)],
    }[command]
    done = subprocess.run(
        [sys.executable, "-m", "hoinghi.cli", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        env=api_env,
        timeout=300,
    )
    assert done.returncode != 0
    err = done.stderr.strip().splitlines()[-1]  # what the command says last (a run's Prefect log comes before)
    assert command == "run" or "Traceback" not in done.stderr
    assert f"{db} is damaged" in err and "restore it" in err and "hoinghi run" in err and "move it aside" in err, err
    assert _digest(db) == before  # left as it was, for whoever wants to look at it


class _DiskFullOnCommit:
    """A connection whose COMMIT fails as on a full disk; DuckDB has then ended the transaction itself."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def execute(self, sql: str, *args):
        if sql == "COMMIT":
            self.con.execute("ROLLBACK")  # a failed commit leaves no transaction to roll back
            raise duckdb.IOException('IO Error: Could not write file "x.duckdb.wal": No space left on device')
        return self.con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.con, name)


def test_a_full_disk_reports_the_full_disk_not_the_failed_rollback(run_flow, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted((SAMPLE_INBOX / "seeds").iterdir())[:2]:
        shutil.copy(path, inbox / path.name)
    db = tmp_path / "w.duckdb"
    connect = loader.connect
    monkeypatch.setattr(loader, "connect", lambda path, read_only=False: _DiskFullOnCommit(connect(path, read_only)))
    with pytest.raises(duckdb.IOException, match="No space left on device"):
        run_flow(inbox, db)
    monkeypatch.undo()
    con = loader.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM etl_file_manifest").fetchone() == (0,)  # the batch was rolled back
    con.close()
