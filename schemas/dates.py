"""Impossible dates: a meeting day or an issued date that cannot be true is nulled, not loaded.

The row keeps everything else (a meeting without its day is still a meeting, a cited document
still cited), and a reject record says which date was dropped and why. The rules live here, once.
"""

import json
from datetime import date

from hoinghi.schemas.validate import Reject
from hoinghi.warehouse.contract import STAGE_DATES, table_stage

# No meeting or document of the Party's organisation sector that these articles report is older
# than the Democratic Republic (1945); an older year is a typo or history, not the event's day.
EARLIEST_YEAR = 1945
# A report may announce what is decided for next year, never later: beyond that the year is a typo.
YEARS_AFTER_PUBLICATION = 1
# The dated columns these rules guard, per staging table, with the record key that holds the date as
# written when the extraction keeps it (a written day that does not exist is reported too).
DATE_COLUMNS = {"stg_meeting": ("meeting_date", None), "stg_document_mention": ("issued_date", "issued_date_text")}


def latest_year(published: object, today: date) -> tuple[int, str]:
    """The last year a date may fall in, for an article published at `published` (None: today), and why."""
    try:
        year = int(published.year)  # type: ignore[attr-defined]  # a date, datetime or Timestamp
    except (AttributeError, TypeError, ValueError):  # None, NaT
        return today.year + YEARS_AFTER_PUBLICATION, f"no publication date; this year is {today.year}"
    return year + YEARS_AFTER_PUBLICATION, f"the article was published in {year}"


def why_impossible(day: date, published: object, today: date) -> str | None:
    """Why `day` cannot be the date of an event in an article published at `published`, or None."""
    if day.year < EARLIEST_YEAR:
        return f"before {EARLIEST_YEAR}"
    latest, basis = latest_year(published, today)
    if day.year > latest:
        return f"after {latest}: {basis}"
    return None


def null_impossible_dates(records: dict[str, list[dict]], today: date | None = None) -> list[Reject]:
    """Null every impossible date in the staging `records` (in place); return a reject for each."""
    today = today or date.today()
    published = {a["article_id"]: a.get("published_at") for a in records.get("stg_article", [])}
    rejects = []
    for table, (column, written) in DATE_COLUMNS.items():
        for row in records.get(table, []):
            day = row.get(column)
            if isinstance(day, date):
                why = why_impossible(day, published.get(row.get("article_id")), today)
                shown = day.isoformat()
            elif day is None and written and row.get(written):  # written, but no calendar day
                why, shown = "no such day", repr(row[written])
            else:
                continue  # no date, or a value validation will judge
            if why is None:
                continue
            record = json.dumps(row, ensure_ascii=False, default=str)  # as found, with the date
            row[column] = None
            rejects.append(
                Reject(
                    source_path=row.get("source_path"),
                    stage=table_stage(STAGE_DATES, table),
                    reason=f"impossible date {shown} for {column} ({why}): nulled",
                    record=record,
                )
            )
    return rejects
