"""Score a warehouse against a hand-labelled gold.json, with the reference scorer's rules.

Reads only the public warehouse contract. Articles are matched to gold by the file name of
dim_article.source_path; metrics are micro precision/recall/F1 over all articles.
"""

import json
import os
import re
from pathlib import Path

import duckdb

from transforms.text import fold

METRICS = ("person", "title", "document", "document_date", "meeting_date", "chair")


def norm(value: object) -> str | None:
    return None if value is None else fold(str(value))


def code_key(code: str) -> str:
    compact = norm(code).replace(" ", "").upper()
    m = re.match(r"0*(\d+)(.*)", compact)
    return (m.group(1) + m.group(2)) if m else compact


def split_titles(text: str | None) -> set[str]:
    return {norm(t) for t in re.split(r"[,;]", text or "") if norm(t)}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _predictions(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    q = lambda sql: con.execute(sql).fetchall()  # noqa: E731 - a local shorthand
    found: dict[str, dict] = {k: {} for k in ("persons", "titles", "docs", "doc_dates", "dates", "chairs")}
    for aid, name, titles in q(
        "SELECT b.article_id, p.full_name, b.title_text FROM bridge_article_person b "
        "JOIN dim_person p USING (person_id)"
    ):
        found["persons"].setdefault(aid, set()).add(norm(name))
        for t in split_titles(titles):
            found["titles"].setdefault(aid, set()).add((norm(name), t))
    for aid, code, issued in q(
        "SELECT b.article_id, d.doc_code, d.issued_date FROM bridge_article_document b "
        "JOIN dim_document d USING (document_id)"
    ):
        found["docs"].setdefault(aid, set()).add(code_key(code))
        if issued is not None:
            found["doc_dates"].setdefault(aid, set()).add((code_key(code), str(issued)[:10]))
    for aid, day in q("SELECT article_id, meeting_date FROM fact_meeting WHERE meeting_date IS NOT NULL"):
        found["dates"].setdefault(aid, set()).add(str(day)[:10])
    for aid, name in q(
        "SELECT m.article_id, p.full_name FROM bridge_meeting_person b JOIN fact_meeting m "
        "USING (meeting_id) JOIN dim_person p USING (person_id) WHERE b.role = 'chair'"
    ):
        found["chairs"].setdefault(aid, set()).add(norm(name))
    return found


def evaluate(db: str | Path, gold_path: str | Path) -> tuple[dict, list[str]]:
    """Return (metrics, misses) exactly as ../shared/tools/score.py computes them."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = {
            os.path.basename(p): (aid, t, pub)
            for aid, p, t, pub in con.execute(
                "SELECT article_id, source_path, title, published_at FROM dim_article"
            ).fetchall()
        }
        found = _predictions(con)
    finally:
        con.close()
    totals = {k: [0, 0, 0] for k in METRICS}
    title_ok = pub_ok = pub_n = missing = 0
    misses: list[str] = []
    for g in gold:
        a = articles.get(g["file"])
        if a is None:
            missing += 1
            misses.append(f"{g['file']}: article not loaded")
        aid = a[0] if a else None
        dated = {code_key(d["code"]) for d in g["documents"] if d.get("date")}
        pairs = {
            "person": ({norm(p["name"]) for p in g["persons"]}, found["persons"].get(aid, set())),
            "title": (
                {(norm(p["name"]), t) for p in g["persons"] for raw in p.get("titles", []) for t in split_titles(raw)},
                found["titles"].get(aid, set()),
            ),
            "document": ({code_key(d["code"]) for d in g["documents"]}, found["docs"].get(aid, set())),
            "document_date": (
                {(code_key(d["code"]), d["date"]) for d in g["documents"] if d.get("date")},
                {x for x in found["doc_dates"].get(aid, set()) if x[0] in dated},
            ),
            "meeting_date": ({m["date"] for m in g["meetings"] if m.get("date")}, found["dates"].get(aid, set())),
            "chair": ({norm(c) for m in g["meetings"] for c in m.get("chairs", [])}, found["chairs"].get(aid, set())),
        }
        for k, (want, got) in pairs.items():
            totals[k][0] += len(want & got)
            totals[k][1] += len(got - want)
            totals[k][2] += len(want - got)
            misses += [f"{g['file']}: missed {k} {x}" for x in sorted(want - got, key=str)]
            misses += [f"{g['file']}: extra {k} {x}" for x in sorted(got - want, key=str)]
        if a and g.get("title") and norm(a[1]) == norm(g["title"]):
            title_ok += 1
        if g.get("published_date"):
            pub_n += 1
            if a and a[2] is not None and str(a[2])[:10] == g["published_date"]:
                pub_ok += 1
    out: dict = {}
    for k, (tp, fp, fn) in totals.items():
        p, r, f = _prf(tp, fp, fn)
        out[k] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}
    n_title = sum(1 for g in gold if g.get("title"))
    out["title_acc"] = round(title_ok / n_title, 3) if n_title else None
    out["published_acc"] = round(pub_ok / pub_n, 3) if pub_n else None
    out["articles_missing"] = missing
    return out, misses


def format_report(out: dict) -> str:
    lines = [
        f"{k:13s} P={out[k]['p']:.3f} R={out[k]['r']:.3f} F1={out[k]['f1']:.3f}  "
        f"(tp={out[k]['tp']} fp={out[k]['fp']} fn={out[k]['fn']})"
        for k in METRICS
    ]
    lines.append(
        f"title_acc={out['title_acc']} published_acc={out['published_acc']} articles_missing={out['articles_missing']}"
    )
    lines.append("summary " + " ".join(f"{k}_f1={out[k]['f1']:.3f}" for k in METRICS))
    return "\n".join(lines)
