"""Scale-out: the parse batches on a process pool or a Dask cluster give the same warehouse.

Loading stays in the flow (one writer), so only where the parsing runs may change; the warehouse
must be identical to the default runner's to the value. Duplicate content across batches that
are parsed at the same time must still be loaded once. The runner is a flow parameter.
"""

import os
import shutil

import pytest

from hoinghi.flows import runners
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
    summary = ingest(inbox=str(inbox), db=str(db), batch_size=4, task_runner="threads")
    assert summary.task_runner == "threads"
    return snapshot(db)


@pytest.mark.parametrize("runner", ["processes", "dask"])
def test_the_warehouse_is_the_same_whatever_runs_the_batches(runner, inbox, reference, tmp_path):
    from hoinghi.flows.ingest import ingest

    db = tmp_path / "w.duckdb"
    summary = ingest(inbox=str(inbox), db=str(db), batch_size=4, task_runner=runner)
    assert summary.task_runner == runner
    assert snapshot(db) == reference
    manifest = {row[0]: row for row in reference["etl_file_manifest"]}
    first = sorted((SAMPLE_INBOX / "team").iterdir())[0].name
    assert manifest["team/zz_same_as_a_team_file.txt"][4:6] == (
        "skipped",
        f"same content as team/{first}: loaded once, as that file",
    )


def test_dask_at_an_address_parses_every_batch_on_that_cluster(inbox, reference, tmp_path):
    from distributed import Client, LocalCluster

    from hoinghi.flows.ingest import ingest

    db = tmp_path / "w.duckdb"
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        summary = ingest(inbox=str(inbox), db=str(db), batch_size=4, task_runner=f"dask={cluster.scheduler_address}")
        # the tasks the cluster's scheduler saw, by the name of the function submitted, and how many
        # of them reached each state (a task that computed its result went to "memory")
        ran = client.run_on_scheduler(
            lambda dask_scheduler: {k: dict(v.state_counts) for k, v in dask_scheduler.task_prefixes.items()}
        )
    assert snapshot(db) == reference
    assert summary.batches > 1 and list(ran) == ["parse_batch"]
    assert ran["parse_batch"]["memory"] == summary.batches and "erred" not in ran["parse_batch"]


def test_processes_parse_in_forked_workers_that_never_import_prefect():
    with runners.parse_executor("processes") as pool:
        assert pool.submit(os.getpid).result() != os.getpid()
        # evaluated in a worker: it has the parse code (pre-loaded by its fork server) and no Prefect
        loaded = pool.submit(eval, "[m for m in ('hoinghi.flows.parse', 'prefect') if m in __import__('sys').modules]")
        assert loaded.result() == ["hoinghi.flows.parse"]
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(os.getpid)  # shut down when the run's parsing ends


def test_auto_takes_processes_for_a_backlog_and_threads_for_a_few_files(monkeypatch):
    monkeypatch.setattr("hoinghi.settings.PROCESSES_FROM_FILES", 1000)
    assert runners.choose("auto", 5, cores=2) == "threads"
    assert runners.choose("auto", 1000, cores=2) == "processes"
    assert runners.choose("auto", 50_000, cores=1) == "threads"  # one core: a pool gains nothing
    assert runners.choose("auto", None, cores=2) == "threads"
    assert runners.choose("threads", 50_000, cores=2) == "threads"  # the user's choice stands
    assert runners.choose("dask=tcp://h:8786", 5, cores=2) == "dask=tcp://h:8786"


def test_a_backlog_is_spread_over_every_worker_in_batches_no_larger_than_asked(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert runners.batch_size_for("processes", 1000, 100_000) == 1000  # a big backlog: as asked
    assert runners.batch_size_for("processes", 1000, 4000) == 500  # every one of 8 workers gets a batch
    assert runners.batch_size_for("processes", 1000, 1500) == 188
    assert runners.batch_size_for("dask", 1000, 4000) == 500  # a local cluster: one worker per core
    assert runners.batch_size_for("threads", 1000, 4000) == 1000  # one thread parses at a time
    assert runners.batch_size_for("dask=tcp://h:8786", 1000, 4000) == 1000  # its size is not known here
    assert runners.batch_size_for("processes", 1000, 3) == 1


def test_unless_asked_a_backlog_is_cut_into_about_25_batches_of_1000_to_4000_files(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert runners.batch_size_for("processes", None, 100_000) == 4000  # a quarter of the loads of 1,000
    assert runners.batch_size_for("processes", None, 1_000_000) == 4000  # memory: a few are in flight
    assert runners.batch_size_for("processes", None, 50_000) == 2000
    assert runners.batch_size_for("processes", None, 10_000) == 1000
    assert runners.batch_size_for("processes", None, 1500) == 750  # still spread over every worker
    assert runners.batch_size_for("threads", None, 30) == 30
    assert runners.batch_size_for("processes", 500, 100_000) == 500  # asked: as asked


def test_the_flow_cuts_its_batches_for_the_workers(prefect_api, inbox, reference, tmp_path, monkeypatch):
    from hoinghi.flows.ingest import ingest

    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    files = len(list(inbox.rglob("*.txt")))
    summary = ingest(inbox=str(inbox), db=str(tmp_path / "w.duckdb"), batch_size=1000, task_runner="processes")
    assert summary.batches == 3 and files > 3  # not one batch of every file: three, one per worker
    assert snapshot(tmp_path / "w.duckdb") == reference


@pytest.mark.parametrize("spec", ["gpu", "threads=4", "processes=tcp://h:1"])
def test_an_unknown_runner_is_a_clear_error(spec):
    with pytest.raises(ValueError, match=f"unknown task runner '{spec}': use auto, threads, processes, dask"):
        runners.check(spec)


def test_a_deployment_run_with_an_unknown_runner_fails_saying_the_choices(prefect_api, inbox, tmp_path):
    from hoinghi.flows.ingest import ingest

    with pytest.raises(ValueError, match="unknown task runner 'gpu'"):
        ingest(inbox=str(inbox), db=str(tmp_path / "w.duckdb"), task_runner="gpu")
