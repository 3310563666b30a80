"""The `hoinghi` command line: run, serve, sql, report, evaluate, schema, export, status."""

import argparse
import atexit
import csv
import datetime
import decimal
import io
import json
import logging
import math
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from hoinghi import settings
from hoinghi.warehouse import contract
from hoinghi.warehouse.saved_reports import available_reports, report_optional_params

if TYPE_CHECKING:  # imported where a run needs it: httpx is not every command's
    from hoinghi.prefect_api import TemporaryApi

DEFAULT_INBOX, DEFAULT_DB = settings.INBOX, settings.DB
_exit_status = 0


def entry_point() -> None:
    """The `hoinghi` command: main(), then Python's shutdown up to its exit handlers, and no further.

    Python's shutdown joins threads (Prefect drains what is left of its logs and events there; a
    run's temporary API, hoinghi.prefect_api, has drained and stopped already), runs the exit
    handlers, then spends about half a second tearing
    down every module and object that Prefect and pandas made. Exit handlers run last-registered
    first, so the one registered here, before anything else, runs after all of them and ends the
    process there.
    """
    atexit.register(_exit_now)
    global _exit_status
    _exit_status = main()
    if _exit_status >= 128:  # interrupted: its last line printed
        # A parse task's thread may still finish while Python shuts down; its Prefect log line ('Finished in state
        # Completed()'), or its handler's error on starting a service after shutdown, would follow that line. (Here,
        # not in main(): a test that calls main() in-process keeps its logging.)
        logging.disable(logging.CRITICAL)
    sys.exit(_exit_status)


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM, raised wherever the main thread is: the batch being loaded rolls back."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_interrupted(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _interrupted(exc: BaseException) -> int:
    """Say how many batches an interrupted run kept; exit 128 + the signal, as a shell expects."""
    signum, kept = signal.SIGINT, 0
    found_signum = found_kept = False
    seen: BaseException | None = exc
    while seen is not None:  # the flow's exception may be the cause or context of the one raised here
        if not found_signum and hasattr(seen, "signum"):
            signum, found_signum = seen.signum, True
        if not found_kept and hasattr(seen, "batches_kept"):
            kept, found_kept = seen.batches_kept, True
        seen = seen.__cause__ or seen.__context__
    completed = getattr(exc, "completed_run", None)
    if completed is not None:  # interrupted while its Prefect API stopped: nothing is left to do
        print(
            f"\ninterrupted after the run completed ({_batches(completed.batches)} loaded): nothing to run again",
            file=sys.stderr,
        )
    else:
        print(f"\ninterrupted: {_batches(kept)} kept; run again to finish", file=sys.stderr)
    return 128 + signum


def _batches(n: int) -> str:
    return f"{n} batch{'' if n == 1 else 'es'}"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM in a run (Interrupted)
        if args.handler is cmd_run:
            return _interrupted(exc)
        print("\nhoinghi: interrupted", file=sys.stderr)
        return 130
    except (FileNotFoundError, ValueError) as exc:
        print(f"hoinghi: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:  # the run could not proceed, e.g. another run holds the warehouse
        print(f"hoinghi: {exc}", file=sys.stderr)
        return 3
    except Exception as exc:  # duckdb errors and the like: say what failed, not a traceback
        print(f"hoinghi: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hoinghi", description=__doc__)
    p.add_argument("--version", action="version", version=_version_text())
    sub = p.add_subparsers(required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="ingest new and changed article files into the warehouse")
    run.add_argument("--inbox", default=DEFAULT_INBOX, help=f"folder of article files (default: {DEFAULT_INBOX})")
    run.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB warehouse file (default: {DEFAULT_DB})")
    run.add_argument(
        "--batch-size",
        type=int,
        default=settings.BATCH_SIZE,
        help=(
            f"files per task, at most (default: by the backlog, {settings.BATCH_SIZE_MIN:,} to"
            f" {settings.BATCH_SIZE_MAX:,}; fewer when that gives every worker a batch)"
        ),
    )
    run.add_argument(
        "--max-file-mb",
        type=float,
        default=settings.MAX_FILE_MB,
        help=f"larger files are rejected unread (default: {settings.MAX_FILE_MB})",
    )
    run.add_argument("--quiet", action="store_true", help="no progress bar and only warnings from Prefect")
    run.add_argument(
        "--format", choices=("text", "json"), default="text", help="the run summary as text or one JSON object"
    )
    run.add_argument(
        "--task-runner",
        metavar="RUNNER",
        default=settings.TASK_RUNNER,
        help=f"where batches are parsed: auto (default: processes from {settings.PROCESSES_FROM_FILES} files"
        " to parse, else threads), threads, processes (all cores, for big backlogs), dask (a local cluster)"
        " or dask=tcp://HOST:8786",
    )
    run.set_defaults(handler=cmd_run)

    serve = sub.add_parser("serve", help="run the ingest on a cron schedule until stopped (Prefect flow.serve)")
    serve.add_argument("--cron", default="0 * * * *", help='cron schedule (default: "0 * * * *", hourly)')
    serve.add_argument("--timezone", default="Asia/Ho_Chi_Minh", help="time zone of the schedule")
    serve.add_argument("--name", default="hoinghi-serve", help="deployment name shown in the Prefect UI")
    serve.add_argument("--inbox", default=DEFAULT_INBOX)
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--batch-size", type=int, default=settings.BATCH_SIZE)
    serve.add_argument("--task-runner", metavar="RUNNER", default=settings.TASK_RUNNER, help="as for run")
    serve.set_defaults(handler=cmd_serve)

    sql = sub.add_parser("sql", help="run SQL against the warehouse (read-only unless --write)")
    sql.add_argument("query")
    sql.add_argument("--db", default=DEFAULT_DB)
    sql.add_argument("--write", action="store_true", help="open the warehouse for writing")
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sql.set_defaults(handler=cmd_sql)

    rep = sub.add_parser("report", help="run a saved report (no NAME: list them; --html FILE: all, as charts)")
    rep.add_argument("name", nargs="?")
    rep.add_argument("--html", metavar="FILE", help="write every report as one offline HTML page with charts")
    rep.add_argument("--db", default=DEFAULT_DB)
    rep.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="report parameter")
    rep.add_argument("--format", choices=("table", "csv", "json"), default="table")
    rep.set_defaults(handler=cmd_report)

    ev = sub.add_parser("evaluate", help="score the warehouse against a gold.json")
    ev.add_argument("--db", default=DEFAULT_DB)
    ev.add_argument("--gold", required=True)
    ev.add_argument("--misses", action="store_true", help="list every miss and extra")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(handler=cmd_evaluate)

    _add_schema_and_export(sub)

    st = sub.add_parser("status", help="files per status in the manifest, with the reasons")
    st.add_argument("--db", default=DEFAULT_DB)
    st.add_argument("--format", choices=("text", "json"), default="text")
    st.set_defaults(handler=cmd_status)
    return p


def _add_schema_and_export(sub: argparse._SubParsersAction) -> None:
    sch = sub.add_parser("schema", help="the tables, views and columns of the warehouse, and what each means")
    sch.add_argument("table", nargs="?", help="one table or view (default: all)")
    sch.add_argument("--db", default=DEFAULT_DB)
    sch.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sch.set_defaults(handler=cmd_schema)

    exp = sub.add_parser("export", help="every table and view as one Parquet or CSV file each, into DIR")
    exp.add_argument("dir")
    exp.add_argument("--db", default=DEFAULT_DB)
    exp.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    exp.set_defaults(handler=cmd_export)


def _max_file_bytes(mb: float) -> int:
    """--max-file-mb in bytes; 0, negative, NaN and infinite limits are refused (ValueError: exit 2)."""
    size = mb * 1024 * 1024
    if not math.isfinite(size) or size < 1:
        raise ValueError(f"--max-file-mb must be a positive number of megabytes (at least one byte), not {mb}")
    return int(size)


def cmd_run(args: argparse.Namespace) -> int:
    """Run the ingest once; SIGINT and SIGTERM stop it with the batches loaded so far kept."""
    if threading.current_thread() is not threading.main_thread():
        return _run(args)  # signals are only delivered to the main thread
    previous = {s: signal.signal(s, _raise_interrupted) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        return _run(args)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _run(args: argparse.Namespace) -> int:
    args.started = time.monotonic()  # the run as the user waits for it: Prefect's start-up included
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    _check_inbox(args.inbox)
    if args.batch_size is not None and args.batch_size < 1:
        raise ValueError("--batch-size must be at least 1")
    max_file_bytes = _max_file_bytes(args.max_file_mb)
    if args.quiet:  # set before the API starts: it is started with this process's Prefect environment
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from hoinghi.prefect_api import started_early

    with started_early() as early_api:  # stopped on leaving unless the flow took it over
        from hoinghi.flows import head_start, runners
        from hoinghi.flows.precheck import handed_over, look_before_run

        runners.check(args.task_runner)
        precheck = look_before_run(args.inbox, args.db, max_file_bytes)
        if precheck.done is not None:  # nothing to do: recorded without Prefect
            return _print_run(precheck.done, args)
        # chosen here (the flow would choose the same) to start the workers' fork server early
        args.task_runner = runners.choose(args.task_runner, precheck.to_parse)
        files = precheck.files or []
        size = runners.batch_size_for(args.task_runner, args.batch_size, len(files))
        ahead = head_start.first_batches(files, size, runners.workers_for(args.task_runner))
        with handed_over(precheck, args.inbox, args.db, max_file_bytes):  # the flow need not walk the inbox again
            return _print_run(_run_flow(args, max_file_bytes, ahead, early_api), args)


def _run_flow(args: argparse.Namespace, max_file_bytes: int, ahead: list[list], early_api: "TemporaryApi | None"):
    """The ingest flow, with the progress bar; its RunSummary. On worker processes, or a thread of
    this process for a threads run, the batches `ahead` (the flow's first ones, from the pre-check)
    are parsed while Prefect and the flow start; `early_api` is a temporary API started before
    Prefect was imported (hoinghi.prefect_api)."""
    from contextlib import nullcontext

    from hoinghi.flows import head_start, runners, worker_server

    early = nullcontext()
    if args.task_runner == "processes":
        worker_server.start()  # its imports run on another core while this process imports Prefect
        early = head_start.started(runners.process_pool(), runners.parse_batch, ahead, max_file_bytes)
    elif args.task_runner == "threads" and ahead:  # a thread of this one, which otherwise waits for the API:
        # the first batch only, about what one thread parses in that wait (all of a run under 1,000 files)
        early = head_start.started(head_start.DaemonThread(), runners.parse_batch, ahead[:1], max_file_bytes)
    from hoinghi.prefect_api import run_api

    summary = None
    try:
        # the temporary API (started early, else here) starts while the head start parses and the flow imports
        with run_api(early_api) as api_ready, early:
            from hoinghi.flows.ingest import ingest, set_progress_listener  # Prefect is imported only where needed
            from hoinghi.progress import file_progress, wanted

            api_ready()
            with file_progress(wanted(args.quiet)) as listener:
                set_progress_listener(listener)
                try:
                    summary = ingest(
                        inbox=args.inbox,
                        db=args.db,
                        batch_size=args.batch_size,
                        max_file_bytes=max_file_bytes,
                        task_runner=args.task_runner,
                    )
                finally:
                    set_progress_listener(None)
    except KeyboardInterrupt as exc:
        if summary is not None:  # the signal came after the run completed, while its Prefect API stopped
            exc.completed_run = summary
        raise
    return summary


def _print_run(summary, args: argparse.Namespace) -> int:
    """The run summary on stdout, as text or JSON."""
    run = summary.etl_runs_row()
    seconds = time.monotonic() - args.started
    if args.format == "json":
        out = _run_json(run, summary.rows_added, summary.task_runner, seconds)
        _write_stdout(json.dumps(out, ensure_ascii=False, default=_json_default) + "\n")
        return 0
    how = f"{run['batches']} batches, task runner {summary.task_runner}" if run["flow_run_id"] else "no flow run"
    print(f"\nhoinghi run {run['run_id']} completed in {seconds:.1f}s ({how})")
    if not run["flow_run_id"]:
        print("  nothing new, changed or gone in the inbox: recorded without a Prefect flow run")
    print("  files: " + ", ".join(f"{k.removeprefix('files_')}={v}" for k, v in run.items() if k.startswith("files_")))
    print(
        f"  extracted: articles={run['articles']} meetings={run['meetings']} "
        f"person mentions={run['person_mentions']} documents={run['documents']}"
        f" appointments={summary.extracted.get('appointments', 0)} rejects={run['rejects']}"
    )
    print("  rows added: " + ", ".join(f"{t}={n}" for t, n in summary.rows_added.items()))
    if summary.meetings_after is not None:  # one meeting reported by ten papers is one event
        events, reports = summary.meetings_after
        print(f"  in the warehouse: {events} real meetings (events), {reports} reports of them")
    if any(run[f"files_{status}"] for status in (contract.REJECTED, contract.FAILED, contract.SKIPPED)):
        print(f"  see `hoinghi status --db {args.db}` for the files that were not loaded, and why")
    return 0


def _version_text() -> str:
    """hoinghi's version and the versions of the engines a bug report needs."""
    from importlib.metadata import PackageNotFoundError, version

    from hoinghi import __version__

    def installed(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "not installed"

    engines = ", ".join(f"{p} {installed(p)}" for p in ("prefect", "duckdb", "pandera"))
    return f"hoinghi {__version__} ({engines}; Python {sys.version.split()[0]})"


def _run_json(run: dict, rows_added: dict[str, int], task_runner: str | None, seconds: float) -> dict:
    """The run summary as one object: the `etl_runs` row with its JSON text columns as JSON values,
    and the run's wall time as the user waited for it (`seconds`)."""
    out = dict(run)
    for column in ("rejects_by_stage", "coverage", "timings_s"):
        out[column] = json.loads(out[column]) if out[column] else {}
    out["rows_added"] = rows_added
    out["task_runner"] = task_runner  # None when there was no flow run
    out["seconds"] = round(seconds, 3)
    return out


def cmd_serve(args: argparse.Namespace) -> int:
    """Register a deployment with a cron schedule and run its flow runs here until Ctrl-C."""
    from hoinghi.flows import runners

    _check_inbox(args.inbox)
    runners.check(args.task_runner)
    problem = _prefect_server_problem()
    if problem:
        print(f"hoinghi: {problem}", file=sys.stderr)
        return 2
    from prefect.schedules import Cron

    from hoinghi.flows.ingest import ingest

    ingest.serve(
        name=args.name,
        schedules=[Cron(args.cron, timezone=args.timezone)],
        parameters={
            "inbox": str(Path(args.inbox).resolve()),
            "db": str(Path(args.db).resolve()),
            "batch_size": args.batch_size,
            "task_runner": args.task_runner,
        },
        description=f"hoinghi ingest of {args.inbox} into {args.db}, cron {args.cron!r} ({args.timezone})",
        tags=["hoinghi"],
    )
    return 0


_START_A_SERVER = (
    "start one in another terminal (`prefect server start`), then in this one "
    "`export PREFECT_API_URL=http://127.0.0.1:4200/api` and run hoinghi serve again"
)


def _prefect_server_problem() -> str | None:
    """Why `serve` cannot work here, or None: it needs a real Prefect server that answers.

    Without PREFECT_API_URL Prefect would start a temporary server, which runs no scheduler:
    `flow.serve` would wait forever for runs that are never planned.
    """
    import httpx
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        return (
            "serve needs a running Prefect server, and PREFECT_API_URL is not set: Prefect's "
            f"temporary server does not schedule runs, so nothing would ever run; {_START_A_SERVER}"
        )
    try:
        httpx.get(f"{url.rstrip('/')}/health", timeout=10)
    except httpx.TransportError as exc:  # any HTTP answer (even 401 from Prefect Cloud) means a server is there
        return f"no Prefect server answers at {url} (PREFECT_API_URL): {exc or type(exc).__name__}; {_START_A_SERVER}"
    return None


# DuckDB names an unnamed count(*) column after its internal function.
_DEFAULT_NAMES = {"count_star()": "count"}


def _print_frame(frame, fmt: str) -> None:
    """Print a DataFrame as a table, CSV or JSON (nulls as NULL / empty / null, never NaN, NaT or <NA>)."""
    values = frame.astype(object).where(frame.notna(), None)
    _print_rows(list(frame.columns), list(values.itertuples(index=False, name=None)), fmt)


def _print_result(result, fmt: str) -> None:
    """Print a DuckDB result from its Python values, which keep DATE apart from TIMESTAMP."""
    _print_rows([d[0] for d in result.description], result.fetchall(), fmt)


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    taken = set(columns)
    columns = [_DEFAULT_NAMES[c] if c in _DEFAULT_NAMES and _DEFAULT_NAMES[c] not in taken else c for c in columns]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_text(v, "") for v in row] for row in rows])
        text = buffer.getvalue()
    elif fmt == "json":
        records = [dict(zip(columns, (_json_value(v) for v in row), strict=True)) for row in rows]
        text = json.dumps(records, ensure_ascii=False, default=_json_default) + "\n"
    elif not rows:
        text = "(no rows)\n"
    else:
        import pandas as pd

        cells = pd.DataFrame([[_text(v, "NULL") for v in row] for row in rows], columns=columns, dtype=object)
        text = cells.to_string(index=False, max_colwidth=80) + "\n"
    _write_stdout(text)


def _text(value: object, null: str) -> str:
    if value is None:
        return null
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value.isoformat()
    return str(value)


def _json_value(value: object) -> object:
    """JSON for one value: a DATE as 2021-05-18, a TIMESTAMP in ISO 8601 with only the digits it has."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, datetime.date | datetime.time):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _json_default(value: object) -> object:
    """Values inside lists and structs: dates as above, anything else json cannot write as text."""
    converted = _json_value(value)
    return str(value) if converted is value else converted


def _write_stdout(text: str) -> None:
    """Write the output; a reader that stopped early (`| head`) ends it quietly, without a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Later writes and the flush at exit go nowhere instead of failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def cmd_sql(args: argparse.Namespace) -> int:
    from hoinghi.warehouse.loader import connect, explained_errors

    read_only = not args.write
    con = connect(args.db, read_only=read_only)
    try:
        with explained_errors(args.db, read_only):
            result = con.execute(args.query)
            if result.description is not None:
                _print_result(result, args.format)
    finally:
        con.close()
    return 0


def _check_inbox(inbox: str) -> None:
    if not Path(inbox).is_dir():
        raise FileNotFoundError(
            f"inbox {inbox} is not a folder; pass --inbox DIR (the bundled sample inbox is samples/inbox)"
        )


def _report_params(args: argparse.Namespace, takes: set[str], report: str) -> dict[str, str]:
    """--param KEY=VALUE options as a dict (bound as SQL parameters, never pasted); only those `takes` names."""
    params = {}
    for option in args.param:
        key, sep, value = option.partition("=")
        if not sep or not key:
            raise ValueError(f'--param {option!r}: write it as KEY=VALUE, e.g. --param person="Mai Văn Chính"')
        params[key] = value
    unknown = sorted(params.keys() - takes)
    if unknown:
        accepted = ", ".join(sorted(takes)) if takes else "no parameters"
        raise ValueError(f"{report} does not take --param {', '.join(unknown)}; it takes {accepted}")
    return params


def cmd_report(args: argparse.Namespace) -> int:
    reports = available_reports()
    if args.html:
        return _write_html_report(args)
    if not args.name:
        for name, path in reports.items():
            print(f"{name:24s} {path.read_text(encoding='utf-8').splitlines()[0].removeprefix('-- ')}")
        return 0
    if args.name not in reports:
        raise ValueError(f"no report named {args.name!r}; available: {', '.join(reports)}")
    sql = reports[args.name].read_text(encoding="utf-8")
    taken = set(re.findall(r"\$(\w+)", sql))
    optional = report_optional_params(sql)
    params = _report_params(args, taken, f"report {args.name}")
    needed = taken - optional
    if needed - params.keys():
        raise ValueError(f"report {args.name} needs --param {' --param '.join(f'{n}=...' for n in sorted(needed))}")
    params = {k: params.get(k) for k in taken}  # an optional filter left out is NULL: no filter
    from hoinghi.warehouse.loader import connect, explained_errors

    con = connect(args.db, read_only=True)
    try:
        with explained_errors(args.db, read_only=True):
            _print_result(con.execute(sql, params), args.format)
    finally:
        con.close()
    return 0


def _write_html_report(args: argparse.Namespace) -> int:
    from hoinghi.warehouse.html_report import build_html_report
    from hoinghi.warehouse.loader import connect, explained_errors

    person = _report_params(args, {"person"}, "report --html").get("person")
    con = connect(args.db, read_only=True)
    try:
        with explained_errors(args.db, read_only=True):
            page = build_html_report(con, person=person)
    finally:
        con.close()
    Path(args.html).write_text(page, encoding="utf-8")
    print(f"wrote {args.html} ({len(page.encode()) // 1024} KB): open it in a browser, no network needed")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from hoinghi.warehouse.evaluate import evaluate, format_report

    if not Path(args.db).exists():
        raise FileNotFoundError(f"no warehouse at {args.db}")
    out, misses = evaluate(args.db, args.gold)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if args.misses:
        print("\n".join(misses))
    print(format_report(out))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from hoinghi.warehouse.dictionary import schema_rows
    from hoinghi.warehouse.loader import connect

    con = connect(args.db, read_only=True)
    try:
        rows = schema_rows(con, args.table)
    finally:
        con.close()
    if args.table and not rows:
        raise ValueError(f"no table or view {args.table!r} in {args.db}: `hoinghi schema --db {args.db}` lists them")
    _print_rows(["table", "column", "type", "meaning"], rows, args.format)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from hoinghi.warehouse.export import export_warehouse

    written = export_warehouse(args.db, args.dir, args.format)
    for path, rows in written:
        print(f"{path}  {rows} rows")
    print(f"{len(written)} files written to {args.dir}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from hoinghi.warehouse.loader import connect
    from hoinghi.warehouse.status import status_report

    con = connect(args.db, read_only=True)
    try:
        report = status_report(con)
    finally:
        con.close()
    if args.format == "json":
        _write_stdout(json.dumps(_status_json(report), ensure_ascii=False, default=_json_default) + "\n")
        return 0
    print("files by status: " + (", ".join(f"{s}={n}" for s, n in report.files_by_status) or "(none)"))
    if not report.problems.empty:
        _print_frame(report.problems, "table")
    if not report.last_run.empty:
        print("\nlast run:")
        _print_frame(report.last_run, "table")
    if report.last_failure is not None:
        run_id, started_at, status, error = report.last_failure
        print(f"\nlast failure: run {run_id} started {started_at:%Y-%m-%d %H:%M:%S}, {status}: {error}")
    return 0


def _status_json(report) -> dict:
    """`hoinghi status` as one object: files by status, the files not loaded, the last run and failure."""

    def records(frame) -> list[dict]:
        # Nulls as null, numpy numbers as Python ones, timestamps as ISO text.
        frame = frame.astype(object).where(frame.notna(), None)
        rows = frame.to_dict(orient="records")
        return [{k: _json_value(v.item() if hasattr(v, "dtype") else v) for k, v in r.items()} for r in rows]

    failure = None
    if report.last_failure is not None:
        failure = dict(zip(("run_id", "started_at", "status", "error"), report.last_failure, strict=True))
    return {
        "files_by_status": dict(report.files_by_status),
        "problems": records(report.problems),
        "last_run": (records(report.last_run) or [None])[0],
        "last_failure": failure,
    }


if __name__ == "__main__":
    entry_point()
