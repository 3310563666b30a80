"""The command line, on the warehouse the real flow built."""

import json
import subprocess
import sys

import pytest

from hoinghi.cli import available_reports, main
from tests.conftest import CORPORA, ROOT, corpus


def test_sql_is_read_only_unless_write(sample_warehouse, capsys):
    assert main(["sql", "--db", str(sample_warehouse), "SELECT count(*) AS n FROM dim_article"]) == 0
    assert "38" in capsys.readouterr().out
    assert main(["sql", "--db", str(sample_warehouse), "DELETE FROM dim_person"]) == 1
    assert "read-only" in capsys.readouterr().err


def test_reports_are_listed_and_run_with_bound_parameters(sample_warehouse, capsys):
    assert {"meetings_per_month", "top_chairs", "most_cited_documents", "person_titles"} <= set(available_reports())
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
    assert html.count("<svg") == 4 and "Title timeline: Trương Thị Mai" in html


def test_run_prints_what_it_did_without_a_bar_when_not_on_a_terminal(prefect_api, tmp_path, capsys):
    from tests.conftest import SAMPLE_INBOX

    assert main(["run", "--inbox", str(SAMPLE_INBOX / "seeds"), "--db", str(tmp_path / "w.duckdb")]) == 0
    out = capsys.readouterr()
    assert "files: seen=5, new=5, loaded=5" in out.out and "rows added: dim_article=5" in out.out
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
