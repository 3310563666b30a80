"""Extraction's cost per article in one process: the benchmark's synthetic articles beside real ones.

The synthetic inbox is made from the 13 sample articles (bench/make_inbox.py), so its phrases repeat
far more than a real stream's. This measures how far its per-article cost is from that of real text:
the article excerpts in ../shared (the corpora and seeds; skipped when absent) and the probe's whole
articles (samples/probe, written blind from real outlets' reporting: dense with names and posts, as
personnel news is), with every memo of the extractors emptied before each pass, so that no pass is
helped by an earlier one. A web page is read to its text before the clock starts, as the flow does.

    .venv/bin/python -m bench.extraction
"""

import functools
import gc
import time
from pathlib import Path

from hoinghi.flows.parse import article_text
from hoinghi.transforms.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PASSES = 3


def _memos() -> list:
    """Every lru_cache of the extractors' modules."""
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, functools._lru_cache_wrapper) and getattr(o, "__module__", "").startswith("hoinghi.transforms")
    ]


def cost(paths: list[Path]) -> dict:
    """Articles, KB per article and the fastest of PASSES cold passes in ms per article and per KB."""
    articles = [article_text(p.read_bytes()) for p in paths]
    kb = sum(len(text.encode("utf-8")) for text, _, _ in articles) / 1024
    best = float("inf")
    for _ in range(PASSES):
        for memo in _memos():
            memo.cache_clear()
        started = time.perf_counter()
        for i, (text, encoding, page) in enumerate(articles):
            extract_article(text, f"bench/{i}", f"{i:064x}", encoding, page)
        best = min(best, time.perf_counter() - started)
    n = len(articles)
    return {"articles": n, "kb": kb / n, "ms": best / n * 1000, "ms_kb": best / kb * 1000}


def section(synthetic_inbox: Path, limit: int = 1000) -> str:
    """A markdown table: the synthetic inbox's first `limit` articles, and the real excerpts if present."""
    sets = {"synthetic inbox (bench/make_inbox.py)": sorted(synthetic_inbox.rglob("*.txt"))[:limit]}
    real = sorted(SHARED.glob("corpus/*/*.txt")) + sorted(SHARED.glob("seeds/*.txt"))
    if real:
        sets["real excerpts (../shared corpora and seeds)"] = real
    sets["whole articles written blind (samples/probe)"] = sorted(
        p for p in (ROOT / "samples" / "probe").iterdir() if p.suffix in (".txt", ".html", ".htm")
    )
    lines = [
        "## extraction per article, one process",
        "",
        f"Clean and extract only (no I/O, no validation), the fastest of {PASSES} passes, the extractors'"
        " memos emptied before each.",
        "",
        "| articles | count | KB per article | ms per article | ms per KB |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, paths in sets.items():
        c = cost(paths)
        lines.append(f"| {name} | {c['articles']:,} | {c['kb']:.1f} | {c['ms']:.2f} | {c['ms_kb']:.2f} |")
    if not real:
        lines += ["", "(../shared is absent here: no real excerpts to compare.)"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from bench.make_inbox import make_inbox

    print(section(make_inbox(1000, ROOT / "bench" / "work" / "inbox-1000")))
