"""The warehouse file opens in DuckDB 1.x clients (DBeaver, BI tools, notebooks), not only in DuckDB 2.x."""

import importlib.util
import json
import shutil
import subprocess
import sys
import textwrap

import duckdb
import pytest

from hoinghi.warehouse import loader
from tests.conftest import ROOT

# Every table and view, counted by the client: a view whose SQL the old client cannot bind fails here.
READ_EVERYTHING = textwrap.dedent(
    """
    import json, sys
    import duckdb
    con = duckdb.connect(sys.argv[1], read_only=True)
    names = [n for (n,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
    counts = {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    print(json.dumps({"version": duckdb.__version__, "counts": counts}))
    """
)


def test_new_warehouses_are_written_in_the_old_storage_format(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        tags = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
    finally:
        con.close()
    # DuckDB names the storage by the oldest release that reads it ('v1.0.0+'), 2.x's own is 'v2…'.
    assert tags["storage_version"].startswith("v1."), tags


@pytest.fixture(scope="module")
def oldest_client(tmp_path_factory) -> str:
    """A throw-away install of the oldest DuckDB client the README promises, apart from this environment."""
    target = tmp_path_factory.mktemp("duckdb-client")
    installer = _installer()
    if installer is None:
        pytest.skip("neither uv (make's .tools/bin/uv, or on PATH) nor pip is here to install the old client")
    install = subprocess.run(
        [*installer, "--target", str(target), f"duckdb=={loader.OLDEST_CLIENT}"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if install.returncode != 0:
        pytest.skip(f"could not install duckdb=={loader.OLDEST_CLIENT} from the package index: {install.stderr[-300:]}")
    return str(target)


def _installer() -> list[str] | None:
    """A command that installs a package into a folder: the uv `make` installed (the .venv it builds
    has no pip), else pip."""
    uv = ROOT / ".tools" / "bin" / "uv"
    uv = str(uv) if uv.exists() else shutil.which("uv")
    if uv:
        return [uv, "pip", "install", "--quiet", "--no-deps", "--python", sys.executable]
    if importlib.util.find_spec("pip"):
        return [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps"]
    return None


def test_the_oldest_promised_client_reads_every_table_and_view(sample_warehouse, oldest_client):
    new = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        names = [
            n
            for (n,) in new.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        ]
        expected = {n: new.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        new.close()
    # -s: not this virtualenv's site-packages (DuckDB 2.x); PYTHONPATH puts the old client first.
    read = subprocess.run(
        [sys.executable, "-s", "-c", READ_EVERYTHING, str(sample_warehouse)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": oldest_client, "PATH": "/usr/bin:/bin"},
    )
    assert read.returncode == 0, read.stderr
    seen = json.loads(read.stdout)
    assert seen["version"] == loader.OLDEST_CLIENT
    assert seen["counts"] == expected
    assert seen["counts"]["dim_article"] > 0
