"""The saved reports: one SQL file each in warehouse/reports/, run by `hoinghi report` and the HTML page."""

import re
from pathlib import Path

REPORTS_DIR = Path(__file__).resolve().parent / "reports"


def available_reports() -> dict[str, Path]:
    """Report name → its SQL file."""
    return {p.stem: p for p in sorted(REPORTS_DIR.glob("*.sql"))}


def report_optional_params(sql: str) -> set[str]:
    """Parameters a report may go without (a header line '-- optional: position organ place')."""
    return {name for line in re.findall(r"^-- optional:(.*)$", sql, re.MULTILINE) for name in line.split()}


def report_sql(name: str) -> str:
    return (REPORTS_DIR / f"{name}.sql").read_text(encoding="utf-8")
