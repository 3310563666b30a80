"""`hoinghi report --html`: one offline page with its charts, checked in a real headless browser."""

import re
import shutil
import subprocess
from collections import Counter
from html import unescape

import duckdb
import pytest

from hoinghi.warehouse import charts
from hoinghi.warehouse.charts import PALETTE
from hoinghi.warehouse.html_report import build_html_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHARTS = ("meetings_per_month", "top_chairs", "most_cited_documents", "person_titles", "career")


@pytest.fixture(scope="module")
def page(sample_warehouse, tmp_path_factory):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        html = build_html_report(con, person="Mai Văn Chính")
    finally:
        con.close()
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_the_page_has_its_charts_and_their_data(page):
    html = page.read_text(encoding="utf-8")
    for name in CHARTS:
        section = html.split(f"<section id='{name}'>")[1].split("</section>")[0]
        assert section.count("<svg") == 1 and section.count("<rect") >= 2, name
        assert "<table" in section, name
    assert "Title timeline: Mai Văn Chính" in html and "Career: Mai Văn Chính" in html
    assert "<section id='appointments_per_month'>" in html  # its bars: tests/test_careers.py


def test_the_career_draws_each_dated_post_as_a_bar(page, sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    posts = con.execute(
        "SELECT count(*) FROM office_holders WHERE full_name = 'Mai Văn Chính' AND first_seen IS NOT NULL"
    ).fetchone()[0]
    con.close()
    assert posts >= 2
    bars = re.findall(
        r"<rect [^>]*><title>([^<]+): \d{4}-\d\d-\d\d – ", _section(page.read_text(encoding="utf-8"), "career")
    )
    assert len([b for b in bars if not b.startswith("→")]) == posts


def test_the_page_needs_no_network(page):
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it when it can)")
def test_chromium_renders_the_charts_offline(page, tmp_path):
    from PIL import Image

    shot = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--proxy-server=0.0.0.0:1",
         f"--screenshot={shot}", "--window-size=1000,3000", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    image = Image.open(shot).convert("RGB")
    assert image.size == (1000, 3000)
    colours = Counter(image.get_flattened_data())
    drawn = {c for c in PALETTE[:4] if colours[tuple(int(c[i : i + 2], 16) for i in (1, 3, 5))] > 200}
    assert len(drawn) == 4, f"chart colours on screen: {drawn}"


def _section(html: str, name: str) -> str:
    return html.split(f"<section id='{name}'>")[1].split("</section>")[0]


def _month_columns(html: str) -> list[tuple[float, str, str, int]]:
    """(x, month, kind, meetings) of every column piece in the meetings-per-month chart."""
    pieces = re.findall(
        r"<rect x='([\d.]+)'[^>]*><title>(\d{4}-\d\d) · (.+?): (\d+)</title>", _section(html, "meetings_per_month")
    )
    return [(float(x), month, unescape(kind), int(n)) for x, month, kind, n in pieces]


def test_every_meeting_kind_in_the_legend_has_its_own_colour(page, sample_warehouse):
    # the meetings chart's legend (the appointments chart has its own, in the same palette)
    html = page.read_text(encoding="utf-8")
    legend = re.findall(
        r"<rect x='\d+' y='\d+' width='12' height='12' fill='(#\w+)'/><text [^>]*>([^<]+)</text>",
        _section(html, "meetings_per_month"),
    )
    colours = [c for c, _ in legend]
    assert len(legend) >= 10 and len(set(colours)) == len(colours), legend
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    kinds, dated = con.execute(  # real meetings: one reported by two articles is one
        "SELECT count(DISTINCT meeting_kind), count(*) FROM meeting_events WHERE meeting_date IS NOT NULL"
    ).fetchone()
    con.close()
    assert kinds > len(PALETTE)  # the sample has more kinds than colours: the smallest share "other"
    assert "other" in unescape(legend[-1][1]) and legend[-1][0] == charts.OTHER_COLOUR
    assert sum(n for *_, n in _month_columns(html)) == dated  # grouping loses no meeting


def test_the_month_axis_is_time_with_gaps_for_months_without_meetings(page):
    html = page.read_text(encoding="utf-8")
    x_of = {month: x for x, month, *_ in _month_columns(html)}
    months = sorted(x_of)

    def index(month: str) -> int:
        return int(month[:4]) * 12 + int(month[5:]) - 1

    first, last = months[0], months[-1]
    assert index(last) - index(first) + 1 > len(months)  # the sample has months without meetings
    step = (x_of[last] - x_of[first]) / (index(last) - index(first))
    for month in months:  # each column stands at its month's place on the axis
        assert x_of[month] == pytest.approx(x_of[first] + step * (index(month) - index(first)), abs=0.2), month
    years = re.findall(r">((?:19|20)\d\d)</text>", _section(html, "meetings_per_month"))
    januaries = [y for y in range(int(first[:4]), int(last[:4]) + 1) if index(f"{y}-01") >= index(first)]
    assert years == [str(y) for y in januaries]  # a label each January on the axis (its first month may be one)


def test_undated_titles_are_named_under_the_timeline(page, sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    undated = [t for (t,) in con.execute(
        "SELECT title_text FROM person_title_history WHERE full_name = 'Mai Văn Chính' AND first_seen IS NULL"
        " ORDER BY 1"
    ).fetchall()]  # fmt: skip
    con.close()
    assert undated, "the sample person has titles without a date"
    section = unescape(_section(page.read_text(encoding="utf-8"), "person_titles"))
    assert f"{len(undated)} titles have no date and are not shown: {', '.join(undated)}" in section
