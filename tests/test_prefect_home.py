"""The suite keeps Prefect out of the user's ~/.prefect: its own home (set in conftest.py) for every process."""

import fcntl
import subprocess
import sys
import tempfile
from pathlib import Path

USER_PREFECT = Path.home() / ".prefect"


def _is_under(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _session_home() -> Path:
    from prefect.settings import get_current_settings

    home = get_current_settings().home
    assert _is_under(home, Path(tempfile.gettempdir())) and not _is_under(home, USER_PREFECT), home
    return home


def test_the_suite_and_its_subprocesses_use_a_temporary_prefect_home():
    from prefect.settings import get_current_settings

    home = _session_home()
    settings = get_current_settings()
    database = settings.server.database.connection_url.get_secret_value().split("///", 1)[1]
    paths = [settings.profiles_path, settings.results.local_storage_path]
    assert all(_is_under(p, home) for p in paths), paths
    # the database is the home's, or the test API's own temporary one once the session has started it
    assert _is_under(Path(database), Path(tempfile.gettempdir())) and not _is_under(Path(database), USER_PREFECT)
    assert settings.api.url is None or "127.0.0.1" in settings.api.url  # never the user's own server
    child = subprocess.run(
        [sys.executable, "-c", "from prefect.settings import get_current_settings as s; print(s().home)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(child.stdout.strip()) == home


def test_a_failed_flow_run_pickles_its_exception_in_the_temporary_home(prefect_api, tmp_path):
    # Prefect writes the exception of every failed flow run to its result storage, whatever the
    # flow's persist_result says: what the suite used to leave in ~/.prefect/storage
    from hoinghi.flows.ingest import ingest

    (tmp_path / "inbox").mkdir()
    db = tmp_path / "w.duckdb"
    with open(f"{db}.lock", "a+") as held:  # another writer holds the warehouse: the run fails at once
        fcntl.flock(held, fcntl.LOCK_EX)
        state = ingest(inbox=str(tmp_path / "inbox"), db=str(db), return_state=True)
    assert state.is_failed()
    pickled = Path(state.data.metadata.storage_key)  # where Prefect wrote the RuntimeError
    assert pickled.is_file() and not _is_under(pickled, USER_PREFECT), pickled
    assert _is_under(pickled, _session_home() / "storage"), pickled
