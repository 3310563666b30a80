"""`hoinghi report --html FILE`: one self-contained page with the saved reports as charts.

Each chart reads the same saved SQL as `hoinghi report NAME`, so the page and the tables agree.
The page has no scripts and no external links: it opens offline, from a file or an e-mail.
"""

from datetime import date, datetime
from html import escape

import duckdb
import pandas as pd

from warehouse import charts
from warehouse.saved_reports import report_sql

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 960px; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; }
figure { margin: 0; } figcaption { color: #555; font-size: .9rem; margin: .3rem 0 .6rem; }
details { font-size: .85rem; } table { border-collapse: collapse; } td, th { padding: 2px 8px; border: 1px solid #ddd; }
"""


def build_html_report(con: duckdb.DuckDBPyConnection, person: str | None = None) -> str:
    """The whole page. `person`: whose title timeline to draw (default: the person seen in most articles)."""
    months = con.execute(report_sql("meetings_per_month")).df()
    chairs = con.execute(report_sql("top_chairs")).df()
    documents = con.execute(report_sql("most_cited_documents")).df()
    if person is None:
        top = con.execute(
            "SELECT full_name FROM person_title_history GROUP BY 1 ORDER BY sum(articles) DESC, 1 LIMIT 1"
        ).fetchone()
        person = top[0] if top else ""
    titles = con.execute(report_sql("person_titles"), {"person": person}).df()
    meetings, articles = con.execute(
        "SELECT (SELECT count(*) FROM fact_meeting), (SELECT count(*) FROM dim_article)"
    ).fetchone()

    sections = [
        _section(
            "meetings_per_month",
            "Meetings per month, by kind",
            f"{int(months['meetings'].sum()) if len(months) else 0} dated meetings",
            _month_chart(months),
            months,
        ),
        _section(
            "top_chairs",
            "Who chaired most",
            "meetings chaired per person",
            charts.horizontal_bars(list(chairs["full_name"]), [int(v) for v in chairs["meetings_chaired"]]),
            chairs,
        ),
        _section(
            "most_cited_documents",
            "Most-cited documents",
            "articles citing each document",
            charts.horizontal_bars(
                [f"{c} ({t})" for c, t in zip(documents["doc_code"], documents["doc_type"], strict=True)],
                [int(v) for v in documents["articles"]],
                colour=charts.PALETTE[2],
            ),
            documents,
        ),
        _section(
            "person_titles",
            f"Title timeline: {person or '(no person)'}",
            "each title from the first to the last article that gives it",
            charts.timeline(_title_rows(titles)),
            titles,
        ),
    ]
    generated = datetime.now().strftime("%Y-%m-%d %H:%M")
    return (
        "<!DOCTYPE html>\n<html lang='vi'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>hoinghi report</title><style>{_STYLE}</style></head><body>"
        f"<h1>hoinghi report</h1><p>{articles} articles, {meetings} meetings. Generated {generated}.</p>"
        + "".join(sections)
        + "</body></html>\n"
    )


def _month_chart(months: pd.DataFrame) -> str:
    if months.empty:
        return charts.stacked_columns([], {})
    table = months.pivot_table(index="month", columns="meeting_kind", values="meetings", aggfunc="sum", fill_value=0)
    table = table[table.sum().sort_values(ascending=False).index]  # biggest kind at the bottom
    return charts.stacked_columns(list(table.index), {str(k): [int(v) for v in table[k]] for k in table.columns})


def _title_rows(titles: pd.DataFrame) -> list[tuple[str, date, date]]:
    rows = []
    for row in titles.itertuples():
        if pd.notna(row.first_seen):
            first = pd.Timestamp(row.first_seen).date()
            last = pd.Timestamp(row.last_seen).date() if pd.notna(row.last_seen) else first
            rows.append((row.title_text, first, last))
    return rows


def _section(name: str, heading: str, caption: str, svg: str, data: pd.DataFrame) -> str:
    table = data.to_html(index=False, na_rep="", border=0, escape=True)
    return (
        f"<section id='{name}'><h2>{escape(heading)}</h2>"
        f"<figure class='chart' data-report='{name}'>{svg}<figcaption>{escape(caption)} "
        f"(<code>hoinghi report {name}</code>)</figcaption></figure>"
        f"<details><summary>data ({len(data)} rows)</summary>{table}</details></section>"
    )
