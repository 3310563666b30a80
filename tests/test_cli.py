"""The command line, on the warehouse the real flow built."""

import json
import subprocess
import sys

import duckdb
import pytest

from hoinghi.cli import available_reports, main
from tests.conftest import CORPORA, ROOT, corpus


def test_sql_is_read_only_unless_write(sample_warehouse, capsys):
    assert main(["sql", "--db", str(sample_warehouse), "SELECT count(*) AS n FROM dim_article"]) == 0
    assert capsys.readouterr().out.split()[0] == "n"
    assert main(["sql", "--db", str(sample_warehouse), "DELETE FROM dim_person"]) == 2  # refused, not failed
    err = capsys.readouterr().err
    assert "read-only" in err and "use --write" in err


def test_reports_are_listed_and_run_with_bound_parameters(sample_warehouse, capsys):
    assert {"meetings_per_month", "top_chairs", "most_cited_documents", "person_titles", "career"} <= set(
        available_reports()
    )
    assert main(["report", "--db", str(sample_warehouse)]) == 0
    assert main(["report", "person_titles", "--db", str(sample_warehouse)]) == 2  # the parameter is missing
    capsys.readouterr()
    assert (
        main(
            [
                "report",
                "person_titles",
                "--db",
                str(sample_warehouse),
                "--param",
                "person=' OR 1=1 --",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out) == []  # a quote in a parameter is data, not SQL
    assert main(["report", "top_chairs", "--db", str(sample_warehouse), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("full_name,meetings_chaired")


def test_report_html_writes_one_offline_page(sample_warehouse, tmp_path, capsys):
    out = tmp_path / "report.html"
    args = ["report", "--html", str(out), "--db", str(sample_warehouse), "--param", "person=Trương Thị Mai"]
    assert main(args) == 0
    assert "no network needed" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") == html.count("<section ") >= 6  # one chart per section
    assert "Title timeline: Trương Thị Mai" in html and "Career: Trương Thị Mai" in html


def test_a_signal_while_the_api_stops_after_the_run_completed_says_so(prefect_api, tmp_path, monkeypatch, capsys):
    from contextlib import contextmanager

    from hoinghi import prefect_api as api
    from tests.conftest import SAMPLE_INBOX, query

    real = api.run_api

    @contextmanager
    def interrupted_when_stopping(early=None):
        with real(early) as ready:
            yield ready
        raise KeyboardInterrupt  # Ctrl-C while the run's API stops, after its flow completed

    monkeypatch.setattr(api, "run_api", interrupted_when_stopping)
    db = tmp_path / "w.duckdb"
    assert main(["run", "--inbox", str(SAMPLE_INBOX / "seeds"), "--db", str(db)]) == 130
    assert "interrupted after the run completed (1 batch loaded): nothing to run again" in capsys.readouterr().err
    assert query(db, "SELECT status, files_loaded FROM etl_runs") == [("completed", 5)]


def test_run_prints_what_it_did_without_a_bar_when_not_on_a_terminal(prefect_api, tmp_path, capsys):
    from tests.conftest import SAMPLE_INBOX

    assert main(["run", "--inbox", str(SAMPLE_INBOX / "seeds"), "--db", str(tmp_path / "w.duckdb")]) == 0
    out = capsys.readouterr()
    assert "files: seen=5, new=5, loaded=5" in out.out and "rows added: dim_article=5" in out.out
    assert "etl_runs=1" in out.out  # the run's own row, written after the other tables were counted
    assert "appointments=3" in out.out  # the seeds' three personnel changes
    assert "in the warehouse: 5 real meetings (events), 5 reports of them" in out.out
    assert "━" not in out.err + out.out  # no progress bar in a pipe or CI log


def test_a_warehouse_held_by_another_process_is_a_clear_error(sample_warehouse, tmp_path, capsys):
    db = tmp_path / "busy.duckdb"
    db.write_bytes(sample_warehouse.read_bytes())
    hold = f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('open', flush=True); sys.stdin.read()"
    holder = subprocess.Popen(  # another process writing, as a run does while it loads
        [sys.executable, "-c", hold],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "open\n"
        assert main(["sql", "--db", str(db), "SELECT 1"]) == 3
        err = capsys.readouterr().err
        assert f"is open in another process (PID {holder.pid}" in err and "try again" in err
    finally:
        holder.communicate("")
    assert main(["sql", "--db", str(db), "SELECT 1"]) == 0  # free again


def test_the_command_exits_with_mains_code_and_prints_everything(tmp_path):
    # the console command skips Python's slow teardown (entry_point): output and exit code must survive
    done = subprocess.run(
        [sys.executable, "-m", "hoinghi.cli", "status", "--db", str(tmp_path / "none.duckdb")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "no warehouse at" in done.stderr


def test_missing_warehouse_and_inbox_give_clear_errors(tmp_path, capsys):
    assert main(["status", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert main(["run", "--inbox", str(tmp_path / "nope"), "--db", str(tmp_path / "w.duckdb")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_table_output_shows_null_for_missing_values_and_count_for_count_star(sample_warehouse, capsys):
    query = (
        "SELECT count(*), NULL::INTEGER AS i, NULL::DATE AS d, NULL::TIMESTAMP AS ts, NULL::VARCHAR AS s,"
        " NULL::DOUBLE AS f, NULL::BOOLEAN AS b FROM dim_article"
    )
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    articles = str(con.execute("SELECT count(*) FROM dim_article").fetchall()[0][0])
    con.close()
    assert main(["sql", "--db", str(sample_warehouse), query]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["count", "i", "d", "ts", "s", "f", "b"]
    assert row.split() == [articles] + ["NULL"] * 6  # not <NA>, NaT, NaN
    assert main(["sql", "--db", str(sample_warehouse), "--format", "csv", query]) == 0
    assert capsys.readouterr().out.splitlines()[1] == articles + ",,,,,,"
    assert main(["sql", "--db", str(sample_warehouse), "SELECT count(*) AS count, count(*) FROM dim_article"]) == 0
    assert capsys.readouterr().out.split()[:2] == ["count", "count_star()"]  # never two columns named count


def test_json_gives_dates_as_dates_and_timestamps_without_invented_digits(sample_warehouse, capsys):
    query = (
        "SELECT DATE '2021-05-18' AS d, TIMESTAMP '2021-05-18 08:30:00' AS ts,"
        " TIMESTAMP '2021-05-18 08:30:00.25' AS ts_frac, 1.50::DECIMAL(4, 2) AS dec, NULL::DATE AS nd,"
        " (SELECT max(meeting_date) FROM fact_meeting) AS meeting_date"
    )
    assert main(["sql", "--db", str(sample_warehouse), "--format", "json", query]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (
        row["d"] == "2021-05-18"
        and row["ts"] == "2021-05-18T08:30:00"
        and row["ts_frac"] == "2021-05-18T08:30:00.250000"
    )
    assert row["dec"] == 1.5 and row["nd"] is None
    assert len(row["meeting_date"]) == 10  # a DATE column of the warehouse: yyyy-mm-dd
    assert main(["report", "meetings_per_month", "--db", str(sample_warehouse), "--format", "json"]) == 0
    assert "T00:00:00" not in capsys.readouterr().out


def test_output_into_a_pipe_closed_early_ends_quietly(sample_warehouse):
    # `hoinghi sql … | head -1`: the reader leaves after one line of far more than a pipe holds
    proc = subprocess.Popen(
        [sys.executable, "-m", "hoinghi.cli", "sql", "--db", str(sample_warehouse), "SELECT * FROM range(300000)"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline().split() == [b"range"]
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""  # no BrokenPipeError, no traceback


def test_unknown_report_parameters_are_refused_with_the_ones_it_takes(sample_warehouse, tmp_path, capsys):
    db = str(sample_warehouse)
    assert main(["report", "top_chairs", "--db", db, "--param", "person=Mai"]) == 2
    assert "report top_chairs does not take --param person; it takes no parameters" in capsys.readouterr().err
    assert main(["report", "person_titles", "--db", db, "--param", "persn=Mai"]) == 2
    assert "does not take --param persn; it takes person" in capsys.readouterr().err
    assert main(["report", "person_titles", "--db", db, "--param", "Mai"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err
    page = tmp_path / "r.html"
    assert main(["report", "--html", str(page), "--db", db, "--param", "year=2021"]) == 2
    assert "it takes person" in capsys.readouterr().err and not page.exists()


@pytest.mark.parametrize("name", list(CORPORA))
def test_evaluate_agrees_with_the_reference_scorer(corpus_warehouse, name, capsys):
    gold, db = corpus(name).gold, corpus_warehouse(name)
    reference = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "reference" / "score.py"),
            str(db),
            str(gold),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert main(["evaluate", "--db", str(db), "--gold", str(gold), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(reference.stdout)


def test_office_holders_filters_are_optional_and_bound(sample_warehouse, capsys):
    db = str(sample_warehouse)
    assert main(["report", "office_holders", "--db", db, "--format", "csv"]) == 0
    everyone = capsys.readouterr().out.splitlines()
    args = ["report", "office_holders", "--db", db, "--format", "csv", "--param", "position=bí thư"]
    assert main([*args, "--param", "organ=Tỉnh ủy"]) == 0
    secretaries = capsys.readouterr().out.splitlines()
    assert 1 < len(secretaries) < len(everyone)
    assert all(",Bí thư,Tỉnh ủy," in line or "Bí thư" in line.split(",")[0] for line in secretaries[1:])
    assert main([*args, "--param", "place=' OR 1=1 --"]) == 0  # bound, not pasted: matches nothing
    assert capsys.readouterr().out.splitlines()[1:] == []
    assert main(["report", "career", "--db", db]) == 2  # the person is not optional


def test_version_names_hoinghi_and_its_engines(capsys):
    from hoinghi import __version__

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"hoinghi {__version__} (") and f"duckdb {duckdb.__version__}" in out


def test_run_and_status_as_json(prefect_api, tmp_path, capsys):
    from tests.conftest import SAMPLE_INBOX

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for article in sorted((SAMPLE_INBOX / "seeds").glob("*.txt"))[:2]:
        (inbox / article.name).write_bytes(article.read_bytes())
    (inbox / "binary.txt").write_bytes(b"\x00\x01 not an article")
    db = str(tmp_path / "w.duckdb")
    assert main(["run", "--inbox", str(inbox), "--db", db, "--format", "json"]) == 0
    run = json.loads(capsys.readouterr().out)  # stdout holds the object and nothing else
    assert (run["files_seen"], run["files_loaded"], run["files_rejected"]) == (3, 2, 1)
    assert run["rows_added"]["dim_article"] == 2 and run["rejects_by_stage"] == {"decode": 1}
    assert run["status"] == "completed" and run["seconds"] >= 0

    assert main(["status", "--db", db, "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["files_by_status"] == {"loaded": 2, "rejected": 1}
    assert [(p["status"], p["source_path"]) for p in status["problems"]] == [("rejected", "binary.txt")]
    assert "NUL" in status["problems"][0]["error"]
    assert status["last_run"]["run_id"] == run["run_id"] and status["last_run"]["files_new"] == 3
    assert status["last_failure"] is None


def test_an_unknown_task_runner_is_refused_before_anything_runs(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    assert main(["run", "--inbox", str(inbox), "--db", str(tmp_path / "w.duckdb"), "--task-runner", "gpu"]) == 2
    assert "unknown task runner 'gpu': use auto, threads, processes, dask" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()
