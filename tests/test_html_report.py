"""`hoinghi report --html`: one offline page with four charts, checked in a real headless browser."""

import re
import shutil
import subprocess
from collections import Counter

import duckdb
import pytest

from warehouse.charts import PALETTE
from warehouse.html_report import build_html_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHARTS = ("meetings_per_month", "top_chairs", "most_cited_documents", "person_titles")


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


def test_the_page_has_the_four_charts_and_their_data(page):
    html = page.read_text(encoding="utf-8")
    for name in CHARTS:
        section = html.split(f"<section id='{name}'>")[1].split("</section>")[0]
        assert section.count("<svg") == 1 and section.count("<rect") >= 2, name
        assert "<table" in section, name
    assert "Title timeline: Mai Văn Chính" in html


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
