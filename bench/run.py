"""Benchmark `hoinghi run` on synthetic inboxes of N articles; write a markdown results table.

    .venv/bin/python -m bench.run                   # N = 1000, 10000, 100000
    .venv/bin/python -m bench.run --sizes 1000      # a quick one

For each N: a first run into an empty warehouse (wall time, articles/s, peak RSS, task runs), a
rerun with nothing changed, and a rerun after one file changed. Each run is a fresh `hoinghi
run` process, on two paths (`--paths`): `default`, as a user runs it with no Prefect server
configured (each run starts Prefect's temporary API), and `server`, against one `prefect server
start` that the benchmark starts, as a scheduled deployment would run. Extra `hoinghi run`
options go after `--`. Last, extraction's cost per synthetic article beside a real one's
(bench/extraction.py). Not part of the tests.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb

from bench.extraction import section as extraction_section
from bench.make_inbox import make_inbox
from hoinghi import settings
from hoinghi.prefect_server import prefect_server
from hoinghi.warehouse.status import latest_run_counts

BENCH = Path(__file__).resolve().parent
# Runs one command and prints its wall time and the peak RSS of its largest process (KiB, Linux).
_MEASURE = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "rss_kib": rss, "code": code.returncode, "stderr": code.stderr[-2000:]}))
"""


def measure(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    if result["code"] != 0:
        raise RuntimeError(f"{' '.join(args)} exited {result['code']}: {result['stderr']}")
    return result


def last_run(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = latest_run_counts(con)
    finally:
        con.close()
    new, loaded, flow_run_id, timings = row
    return {"new": new, "loaded": loaded, "task_runs": task_runs(flow_run_id), "timings": timings}


def task_runs(flow_run_id: str) -> int | None:
    """Task runs of the flow run, as the Prefect API recorded them; None without a server to ask."""
    if not os.environ.get("PREFECT_API_URL"):
        return None  # the default path's temporary API is gone with its run
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    count, page = 0, 200
    with get_client(sync_client=True) as client:
        while True:
            runs = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])), limit=page, offset=count
            )
            count += len(runs)
            if len(runs) < page:
                return count


def bench_size(n: int, batch_size: int | None, repeat: int, extra: list[str]) -> dict:
    inbox = make_inbox(n, BENCH / "work" / f"inbox-{n}")
    db = BENCH / "work" / f"warehouse-{n}.duckdb"
    hoinghi = [str(Path(sys.executable).with_name("hoinghi")), "run", "--quiet", "--inbox", str(inbox), "--db", str(db)]
    hoinghi += [*_batch_option(batch_size), *extra]
    firsts = []
    for _ in range(repeat):  # each a first run into an empty warehouse; the machine's noise shows in the spread
        for path in (db, Path(f"{db}.wal")):
            path.unlink(missing_ok=True)
        firsts.append(measure(hoinghi))
    first = sorted(firsts, key=lambda r: r["wall"])[len(firsts) // 2]  # the median run
    first_run = last_run(db)
    unchanged = measure(hoinghi)
    changed_file = next(inbox.rglob("*.txt"))
    changed_file.write_text(changed_file.read_text(encoding="utf-8") + "\nCập nhật.\n", encoding="utf-8")
    one_changed = measure(hoinghi)
    one_changed_run = last_run(db)
    assert one_changed_run["new"] == 1, one_changed_run
    return {
        "n": n,
        "wall": first["wall"],
        "walls": sorted(r["wall"] for r in firsts),
        "rate": first_run["loaded"] / first["wall"],
        "rss_mib": max(r["rss_kib"] for r in firsts) / 1024,
        "task_runs": first_run["task_runs"],
        "unchanged": unchanged["wall"],
        "one_changed": one_changed["wall"],
        "timings": first_run["timings"],
    }


PATHS = {
    "default": "no Prefect server configured, as a user runs it: each run starts Prefect's temporary API"
    " (a rerun that finds nothing to do stops it at once); Prefect's home was used once before (its database"
    " exists, as after a user's first run)",
    "server": "against a running `prefect server start` started afresh for the benchmark, as a scheduled"
    " deployment runs",
}


def _batch_option(batch_size: int | None) -> list[str]:
    """hoinghi run's --batch-size option, none for its default (sized by the backlog)."""
    return [] if batch_size is None else ["--batch-size", str(batch_size)]


def table(results: list[dict], path: str, batch_size: int | None, repeat: int, extra: list[str]) -> str:
    median = f"; first run: the median of {repeat} (min–max)" if repeat > 1 else ""
    lines = [
        f"## {path} path: {PATHS[path]}",
        "",
        f"`{' '.join(['hoinghi run', *_batch_option(batch_size), *extra])}`, a fresh process each time (Python and"
        f" Prefect start-up included){median}.",
        "",
        "| articles | first run (s) | articles/s | peak RSS (MiB) | task runs | rerun, nothing changed (s) "
        "| rerun, one file changed (s) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        spread = f" ({r['walls'][0]:.1f}–{r['walls'][-1]:.1f})" if len(r["walls"]) > 1 else ""
        lines.append(
            f"| {r['n']:,} | {r['wall']:.1f}{spread} | {r['rate']:.0f} | {r['rss_mib']:.0f} | {r['task_runs'] or '–'} "
            f"| {r['unchanged']:.1f} | {r['one_changed']:.1f} |"
        )
    lines += ["", "Seconds per stage in the first run (from `etl_runs.timings_s`):", ""]
    lines += [f"- {r['n']:,}: `{r['timings']}`" for r in results]
    if len(results) > 1:
        lines += ["", f"time({results[-1]['n']:,}) / time({results[-2]['n']:,}) = "
                  f"{results[-1]['wall'] / results[-2]['wall']:.1f}"]  # fmt: skip
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--paths", nargs="+", choices=list(PATHS), default=list(PATHS))
    parser.add_argument("--batch-size", type=int, default=settings.BATCH_SIZE, help="default: by the backlog")
    parser.add_argument("--repeat", type=int, default=1, help="first runs per size; the table gives the median")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("extra", nargs="*", help="more `hoinghi run` options, after --")
    args = parser.parse_args()
    tables = [
        f"# hoinghi benchmark, {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python"
        f" {platform.python_version()}.",
        "",
    ]
    for path in args.paths:
        results = bench_path(path, args)
        tables.append(table(results, path, args.batch_size, args.repeat, args.extra))
    # How the cost of a synthetic article compares with a real one's (bench/extraction.py).
    tables.append(extraction_section(make_inbox(min(args.sizes), BENCH / "work" / f"inbox-{min(args.sizes)}")))
    args.out.write_text("\n".join(tables), encoding="utf-8")
    print(args.out.read_text(encoding="utf-8"))


def bench_path(path: str, args: argparse.Namespace) -> list[dict]:
    """Every size on one path. Each path gets a Prefect home of its own that starts empty, so earlier
    benchmarks' runs and events do not weigh on this one."""
    home = BENCH / "work" / f"prefect-home-{path}"
    shutil.rmtree(home, ignore_errors=True)
    saved = dict(os.environ)
    try:
        os.environ.pop("PREFECT_API_URL", None)
        if path == "server":  # one server for the whole path, as in production; runs inherit its URL
            with prefect_server(home) as env:
                os.environ.update(env)
                return bench_sizes(path, args)
        home.mkdir(parents=True)
        os.environ["PREFECT_HOME"] = str(home)
        warm_up(home)
        return bench_sizes(path, args)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def warm_up(home: Path) -> None:
    """One run on an empty inbox: Prefect creates its database in the new home once, as it did on the
    user's first run ever, so that this one-off (~15 s) is not counted in the first size's figures."""
    empty = home / "empty-inbox"
    empty.mkdir()
    measure([str(Path(sys.executable).with_name("hoinghi")), "run", "--quiet", "--inbox", str(empty)]
            + ["--db", str(home / "warm-up.duckdb")])  # fmt: skip


def bench_sizes(path: str, args: argparse.Namespace) -> list[dict]:
    results = []
    for n in args.sizes:
        started = time.perf_counter()
        results.append(bench_size(n, args.batch_size, args.repeat, args.extra))
        print(f"{path} {n}: {results[-1]} ({time.perf_counter() - started:.0f} s with reruns)", flush=True)
    return results


if __name__ == "__main__":
    main()
