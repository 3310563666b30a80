"""Shared fixtures: one Prefect test API for the session, and a warehouse built by the real flow."""

import atexit
import fcntl
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The suite's own Prefect home, so that it writes nothing under the user's ~/.prefect: Prefect keeps
# its database, profiles, memo store and the pickled exception of every failed flow run (the tests
# fail runs on purpose) under PREFECT_HOME. Set before anything imports Prefect, which reads its
# settings once; subprocesses inherit it. Settings that would point elsewhere (the user's server, a
# profile, storage or database paths) are dropped for the session.
if "prefect" in sys.modules:
    raise RuntimeError("Prefect was imported before tests/conftest.py could give the suite its own PREFECT_HOME")
PREFECT_HOME = Path(tempfile.mkdtemp(prefix="hoinghi-tests-prefect-home-"))
atexit.register(shutil.rmtree, PREFECT_HOME, ignore_errors=True)
for _name in [n for n in os.environ if re.fullmatch(r"PREFECT_(PROFILE|\w+_(URL|PATH|KEY))", n)]:
    del os.environ[_name]
os.environ.update(
    PREFECT_HOME=str(PREFECT_HOME),
    PREFECT_RESULTS_PERSIST_BY_DEFAULT="false",
    PREFECT_SERVER_ANALYTICS_ENABLED="false",
)

import pytest  # noqa: E402

from hoinghi.warehouse.ratchet import Corpus, corpora  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_INBOX = ROOT / "samples" / "inbox"  # the seeds and the articles the team wrote
CORPORA = corpora(ROOT)  # the gold sets: the repository's own, and the third-party ones in ../shared


def corpus(name: str) -> Corpus:
    """The named corpus; the calling test is skipped, with the reason, when it is not on this machine."""
    found = CORPORA[name]
    if not found.available:
        pytest.skip(f"corpus {name} not found at {found.inbox} (set HOINGHI_SHARED to the shared folder)")
    return found


# The test files that take longest (real Prefect servers, runs in processes, signals: 25–90 s each
# on two cores), started first. `make test` gives each xdist worker whole files in collection order
# (--dist loadfile --no-loadscope-reorder): a long file left for last ran alone on one worker while
# the other had finished (27 s of the suite's 291 s, measured).
LONGEST_FIRST = (
    "test_lifecycle.py",
    "test_deployment.py",
    "test_crash_safety.py",
    "test_prefect_api.py",
    "test_duplicates.py",
    "test_discovery.py",
    "test_titles.py",
    "test_person_identity.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the others keep their order


# Columns that name the run that wrote a row; everything else must match to the value.
RUN_COLUMNS = {"etl_file_manifest": "last_run_id", "etl_rejects": "run_id"}


def query(db, sql: str, params: list | None = None) -> list[tuple]:
    """The rows of one read-only query on the warehouse file `db`."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def snapshot(db) -> dict[str, list]:
    """Every warehouse table's rows, sorted, without etl_runs and the run-id columns."""
    import duckdb

    from hoinghi.warehouse.loader import WAREHOUSE_TABLES

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in WAREHOUSE_TABLES:
            if table == "etl_runs":
                continue
            exclude = f" EXCLUDE ({RUN_COLUMNS[table]})" if table in RUN_COLUMNS else ""
            out[table] = con.execute(f"SELECT *{exclude} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


@pytest.fixture(scope="session")
def prefect_api():
    """A throw-away Prefect API and database for the whole session (not the user's ~/.prefect)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def api_env(prefect_api) -> dict[str, str]:
    """Environment for subprocesses (`hoinghi`, `prefect`) that must talk to the session's test API."""
    from prefect.settings import PREFECT_API_URL

    return dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_SERVER_ANALYTICS_ENABLED="false")


def fixture_batch_size(inbox: Path) -> int:
    """Batches of 8 for a small corpus, about 8 batches for a large one: every warehouse the fixtures build
    still loads in several batches, without one Prefect task run per 8 of the probe's 500 articles (36 s
    for the probe at 8, 14 s at 64, measured)."""
    files = sum(1 for p in inbox.rglob("*") if p.is_file())
    return max(8, files // 8)


def built_once(tmp_path_factory, name: str, build) -> Path:
    """The warehouse `build(db)` writes, built once for the whole session: the xdist workers share it (the first to
    ask builds it under a lock, a later one finds it built; a build runs the real flow over hundreds of articles).
    Tests only read it (read-only connections, which DuckDB lets several processes hold); they write to copies."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the session's folder, above each worker's own
    folder = root / f"shared-{name}"
    db = folder / "warehouse.duckdb"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (folder / "built").exists():
            shutil.rmtree(folder, ignore_errors=True)  # (a build that failed half-way)
            folder.mkdir()
            build(db)
            (folder / "built").touch()
    return db


# The corpora of `sample_warehouse`: all but the probe, whose 1,100 whole articles have a warehouse of their own
# (`corpus_warehouse`), which the tests that read every corpus also read; a second copy in this one cost the
# suite about 25 s of one worker.
SAMPLE_WAREHOUSE_CORPORA = tuple(name for name in CORPORA if name != "probe")


@pytest.fixture(scope="session")
def sample_warehouse(prefect_api, tmp_path_factory) -> Path:
    """Every corpus on this machine but the probe (a folder each), ingested by the real flow into one temporary
    DuckDB file."""
    from hoinghi.flows.ingest import ingest

    def build(db: Path) -> None:
        inbox = db.parent / "inbox"
        for c in (CORPORA[name] for name in SAMPLE_WAREHOUSE_CORPORA):
            if c.available:
                shutil.copytree(c.inbox, inbox / c.name, ignore=shutil.ignore_patterns("*.json", "*.md"))
        ingest(inbox=str(inbox), db=str(db), batch_size=fixture_batch_size(inbox))

    return built_once(tmp_path_factory, "sample", build)


@pytest.fixture(scope="session")
def corpus_warehouse(prefect_api, tmp_path_factory):
    """corpus name → a warehouse of that corpus alone, built by the real flow once per session.

    Each gold set is scored on its own warehouse, as score.py is run on one corpus: a document code
    that two terms reuse (35-CT/TW of 2019 and of 2024) is one dim_document row in a shared
    warehouse, so its issued date would depend on which other corpora were loaded with it.
    """
    from hoinghi.flows.ingest import ingest

    def _build(name: str) -> Path:
        found = corpus(name)
        return built_once(
            tmp_path_factory,
            f"corpus-{name}",
            lambda db: ingest(inbox=str(found.inbox), db=str(db), batch_size=fixture_batch_size(found.inbox)),
        )

    return _build


CLI_BATCH_SIZE = 2  # `cli_inbox` in 7 batches: room for kills and signals between and inside them


def cli_args(inbox: Path, db: Path, batch_size: int = CLI_BATCH_SIZE) -> list[str]:
    """`hoinghi run` as a user starts it, in a process of its own."""
    return [
        sys.executable,
        "-m",
        "hoinghi.cli",
        "run",
        "--inbox",
        str(inbox),
        "--db",
        str(db),
        "--batch-size",
        str(batch_size),
    ]


def run_cli(inbox: Path, db: Path, env: dict[str, str], **hooks: str) -> subprocess.CompletedProcess:
    """Run `hoinghi run` to its end; `hooks` are fault-injection variables (HOINGHI_KILL_AT=load:2 …)."""
    return subprocess.run(cli_args(inbox, db), env=dict(env, **hooks), capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def cli_inbox(tmp_path_factory) -> Path:
    """A copy of the sample inbox for runs in real processes: 13 files, 7 batches of 2."""
    path = tmp_path_factory.mktemp("cli") / "inbox"
    shutil.copytree(SAMPLE_INBOX, path)
    return path


@pytest.fixture(scope="session")
def cli_reference(cli_inbox, api_env, tmp_path_factory) -> dict[str, list]:
    """The warehouse of an uninterrupted `hoinghi run` over `cli_inbox`: what a rerun after a kill must give."""
    db = tmp_path_factory.mktemp("reference") / "w.duckdb"
    done = run_cli(cli_inbox, db, api_env)
    assert done.returncode == 0, done.stderr[-2000:]
    return snapshot(db)


@pytest.fixture
def run_flow(prefect_api):
    from hoinghi.flows.ingest import ingest

    def _run(inbox: Path, db: Path, batch_size: int = 50) -> dict:
        return ingest(inbox=str(inbox), db=str(db), batch_size=batch_size)

    return _run
