"""`hoinghi report --html FILE`: one self-contained page with the saved reports as charts.

Each chart reads the same saved SQL as `hoinghi report NAME`, so the page and the tables agree.
The page has no scripts and no external links: it opens offline, from a file or an e-mail.
"""

from datetime import date, datetime
from html import escape

import duckdb
import pandas as pd

from hoinghi.warehouse import charts
from hoinghi.warehouse.saved_reports import report_sql

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
    career = con.execute(report_sql("career"), {"person": person}).df()
    appointments = con.execute(report_sql("appointments_per_month")).df()
    # Real meetings (events), and the reports of them: one meeting reported by ten papers is one meeting.
    meetings, reports, articles = con.execute(
        "SELECT (SELECT count(*) FROM meeting_events), (SELECT count(*) FROM fact_meeting),"
        " (SELECT count(*) FROM dim_article)"
    ).fetchone()

    sections = [
        _section(
            "meetings_per_month",
            "Meetings per month, by kind",
            f"{int(months['meetings'].sum()) if len(months) else 0} dated meetings, each counted once however many"
            " articles report it",
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
                # a code may be several documents (terms, provinces): the issue date tells them apart
                [
                    f"{c} ({t}, {d:%d/%m/%Y})" if pd.notna(d) else f"{c} ({t}, undated)"
                    for c, t, d in zip(
                        documents["doc_code"], documents["doc_type"], documents["issued_date"], strict=True
                    )
                ],
                [int(v) for v in documents["articles"]],
                colour=charts.PALETTE[2],
            ),
            documents,
        ),
        _section(
            "career",
            f"Career: {person or '(no person)'}",
            "posts as bars from first seen to the day the holding ended (or was last seen); changes as marks"
            f" on their day; {int(career['on_day'].isna().sum())} entries without a day are in the data only",
            charts.timeline(_career_rows(career)),
            career,
        ),
        _section(
            "appointments_per_month",
            "Personnel changes per month, by action",
            f"{int(appointments['appointments'].sum()) if len(appointments) else 0} dated changes",
            _stacked_by(appointments, "action", "appointments"),
            appointments,
        ),
        _section(
            "person_titles",
            f"Title timeline: {person or '(no person)'}",
            "each title from the first to the last article that gives it" + _undated_note(titles),
            charts.timeline(_title_rows(titles)),
            titles,
        ),
    ]
    generated = datetime.now().strftime("%Y-%m-%d %H:%M")
    return (
        "<!DOCTYPE html>\n<html lang='vi'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>hoinghi report</title><style>{_STYLE}</style></head><body>"
        f"<h1>hoinghi report</h1><p>{articles} articles, {meetings} meetings ({reports} reports of them)."
        f" Generated {generated}.</p>" + "".join(sections) + "</body></html>\n"
    )


def _month_chart(months: pd.DataFrame) -> str:
    """Meetings per month, stacked by kind."""
    return _stacked_by(months.fillna({"meeting_kind": "(no kind)"}), "meeting_kind", "meetings")


def _stacked_by(months: pd.DataFrame, key: str, value: str) -> str:
    """Counts per month stacked by `key`; keys beyond the palette are one grey "other" series."""
    totals = months.groupby(key)[value].sum().sort_values(ascending=False, kind="stable")
    kinds = list(totals.index)  # biggest kind at the bottom of each column
    other = None
    if len(kinds) > len(charts.PALETTE):
        tail = kinds[len(charts.PALETTE) - 1 :]
        other = f"other ({len(tail)} kinds)"
        kinds = [*kinds[: len(charts.PALETTE) - 1], other]
        months = months.assign(**{key: months[key].where(~months[key].isin(tail), other)})
    series: dict[str, dict[str, int]] = {kind: {} for kind in kinds}
    for month, kind, count in zip(months["month"], months[key], months[value], strict=True):
        series[kind][month] = series[kind].get(month, 0) + int(count)
    return charts.month_columns(series, other=other)


def _career_rows(career: pd.DataFrame) -> list[tuple[str, date, date]]:
    """Posts as bars from their first day to their end; changes as a mark on their day."""
    rows = []
    for entry, on_day, until_day, what in zip(
        career["entry"], career["on_day"], career["until_day"], career["what"], strict=True
    ):
        if pd.isna(on_day):
            continue
        first = pd.Timestamp(on_day).date()
        last = pd.Timestamp(until_day).date() if pd.notna(until_day) else first
        rows.append((what if entry == "post" else f"→ {what}", first, last))
    return rows


def _title_rows(titles: pd.DataFrame) -> list[tuple[str, date, date]]:
    rows = []
    for row in titles.itertuples():
        if pd.notna(row.first_seen):
            first = pd.Timestamp(row.first_seen).date()
            last = pd.Timestamp(row.last_seen).date() if pd.notna(row.last_seen) else first
            rows.append((row.title_text, first, last))
    return rows


def _undated_note(titles: pd.DataFrame) -> str:
    """Say which titles the timeline cannot place (no article or meeting date), rather than drop them silently."""
    undated = list(titles.loc[titles["first_seen"].isna(), "title_text"])
    if not undated:
        return ""
    n = len(undated)
    verb = "title has no date and is" if n == 1 else "titles have no date and are"
    return f"; {n} {verb} not shown: {', '.join(undated)}"


def _section(name: str, heading: str, caption: str, svg: str, data: pd.DataFrame) -> str:
    table = data.to_html(index=False, na_rep="", border=0, escape=True)
    return (
        f"<section id='{name}'><h2>{escape(heading)}</h2>"
        f"<figure class='chart' data-report='{name}'>{svg}<figcaption>{escape(caption)} "
        f"(<code>hoinghi report {name}</code>)</figcaption></figure>"
        f"<details><summary>data ({len(data)} rows)</summary>{table}</details></section>"
    )
