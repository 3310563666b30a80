"""docs/warehouse.md, the column dictionary the README points to, covers the warehouse the flow builds,
and the warehouse carries it as comments (`COMMENT ON`) that `hoinghi schema` and any client show."""

import duckdb

from hoinghi.cli import main
from hoinghi.warehouse.dictionary import DICTIONARY, Entry, documented, write_comments


def _columns(db) -> dict[str, set[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    finally:
        con.close()
    actual: dict[str, set[str]] = {}
    for table, column in rows:
        actual.setdefault(table, set()).add(column)
    return actual


def test_every_table_view_and_column_of_the_warehouse_is_documented(sample_warehouse):
    assert DICTIONARY.exists()
    assert {name: set(entry.columns) for name, entry in documented().items()} == _columns(sample_warehouse)


def test_every_table_view_and_column_carries_its_meaning_as_a_comment(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        comments = dict(
            ((t, c), comment)
            for t, c, comment in con.execute(
                "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'"
                " AND database_name = current_database()"
            ).fetchall()
        )
        tables = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
        tables |= dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    finally:
        con.close()
    for name, entry in documented().items():
        assert tables[name] == entry.description, name
        for column, meaning in entry.columns.items():
            assert comments[(name, column)] == meaning, (name, column)
    assert comments[("dim_person", "full_name")].startswith("the name as written")


def test_comments_are_written_only_where_they_differ():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (a INTEGER, b VARCHAR)")
    con.execute("CREATE VIEW v AS SELECT a FROM t")
    entries = {"t": Entry("one row per thing", {"a": "it's the count", "zz": "not here"}), "v": Entry("a view", {})}
    assert write_comments(con, entries) == 3  # t, t.a, v; zz is not a column of t
    assert write_comments(con, entries) == 0
    assert con.execute(
        "SELECT comment FROM duckdb_columns() WHERE column_name = 'a' AND table_name = 't'"
    ).fetchone() == ("it's the count",)


def test_schema_prints_the_dictionary_of_one_table_or_all(sample_warehouse, capsys):
    assert main(["schema", "dim_article", "--db", str(sample_warehouse), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "dim_article,article_id,BIGINT," in out and "one row per article loaded" in out
    assert main(["schema", "--db", str(sample_warehouse), "--format", "json"]) == 0
    assert '"table": "office_holders"' in capsys.readouterr().out
    assert main(["schema", "no_such_table", "--db", str(sample_warehouse)]) == 2
    assert "no table or view 'no_such_table'" in capsys.readouterr().err


def test_without_the_page_nothing_is_documented(tmp_path):
    assert documented(tmp_path / "absent.md") == {}
