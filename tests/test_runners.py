"""Scale-out: the parse batches on a process pool or a Dask cluster give the same warehouse.

Loading stays in the flow (one writer), so only where the parsing runs may change; the warehouse
must be identical to the default runner's to the value. Duplicate content across batches that
are parsed at the same time must still be loaded once.
"""

import os
import shutil

import pytest

from hoinghi.flows.runners import make_task_runner
from tests.conftest import SAMPLE_INBOX, snapshot


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    path = tmp_path_factory.mktemp("runners") / "inbox"
    shutil.copytree(SAMPLE_INBOX, path)
    first = sorted((SAMPLE_INBOX / "team").iterdir())[0]
    (path / "team" / "zz_same_as_a_team_file.txt").write_bytes(first.read_bytes())  # the last batch
    return path


@pytest.fixture(scope="module")
def reference(prefect_api, inbox, tmp_path_factory):
    from hoinghi.flows.ingest import ingest

    db = tmp_path_factory.mktemp("threads") / "w.duckdb"
    ingest.with_options(task_runner=make_task_runner("threads"))(inbox=str(inbox), db=str(db), batch_size=4)
    return snapshot(db)


@pytest.mark.parametrize("runner", ["processes", "dask"])
def test_the_warehouse_is_the_same_whatever_runs_the_batches(runner, inbox, reference, tmp_path):
    from hoinghi.flows.ingest import ingest

    db = tmp_path / "w.duckdb"
    task_runner = make_task_runner(runner)
    if runner == "dask":  # a local cluster of two worker processes
        task_runner.cluster_kwargs = {"n_workers": 2, "threads_per_worker": 1, "processes": True}
    ingest.with_options(task_runner=task_runner)(inbox=str(inbox), db=str(db), batch_size=4)
    assert snapshot(db) == reference
    manifest = {row[0]: row for row in reference["etl_file_manifest"]}
    first = sorted((SAMPLE_INBOX / "team").iterdir())[0].name
    assert manifest["team/zz_same_as_a_team_file.txt"][4:6] == (
        "skipped",
        f"same content as team/{first}: loaded once, as that file",
    )


def test_processes_parse_in_forked_workers_that_never_import_prefect():
    runner = make_task_runner("processes")
    with runner:
        assert runner.pool.submit(os.getpid).result() != os.getpid()
        # evaluated in a worker: it has the parse code (pre-loaded by its fork server) and no Prefect
        loaded = runner.pool.submit(
            eval, "[m for m in ('hoinghi.flows.parse', 'prefect') if m in __import__('sys').modules]"
        )
        assert loaded.result() == ["hoinghi.flows.parse"]
    assert runner.pool is None  # shut down with the runner


def test_an_unknown_runner_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown --task-runner 'gpu'"):
        make_task_runner("gpu")
