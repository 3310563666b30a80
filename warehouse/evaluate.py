"""Score a warehouse against a hand-labelled gold.json, with the reference scorer's rules.

Reads only the public warehouse contract. Articles are matched to gold by the file name of
dim_article.source_path; metrics are micro precision/recall/F1 over all articles.
"""

import json
import os
import re
from pathlib import Path

import duckdb

from hoinghi.transforms.text import nfc, squash_spaces

METRICS = ("person", "title", "document", "document_date", "meeting_date", "chair")
# Old and new tone placement are one word only where the vowel pair ends the syllable (Uỷ/Ủy,
# hoà/hòa); inside a closed syllable ("Hoàng", "Đoàn") the mark has one place and "Hòang" is a
# misspelling that must count as one. The reference scorer's rule, kept apart from the extractor's
# matching fold so that the scorer judges spellings rather than sharing the extractor's view of them.
_TONE_STYLE = {
    "uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy",
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}  # fmt: skip
_SYLLABLE_END_TONE_RE = re.compile("(?:" + "|".join(_TONE_STYLE) + r")(?!\w)")
TITLE_FIELDS = ("position", "organ", "place", "level", "status")


def norm(value: object) -> str | None:
    """The scorer's comparison key: NFC, look-alikes fixed, spaces squashed, case-folded, tone style folded."""
    if value is None:
        return None
    text = squash_spaces(nfc(str(value))).strip().casefold()
    return _SYLLABLE_END_TONE_RE.sub(lambda m: _TONE_STYLE[m.group(0)], text)


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
    """Return (metrics, misses) exactly as the reference scorer (tests/reference/score.py, vendored) computes them."""
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
        extra_misses: list[str] = []
        extra = _extra_metrics(con, gold, Path(gold_path), articles, extra_misses)
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
            _tally(k, want, got, g["file"], misses, totals[k])
        if a and g.get("title") and norm(a[1]) == norm(g["title"]):
            title_ok += 1
        if g.get("published_date"):
            pub_n += 1
            if a and a[2] is not None and str(a[2])[:10] == g["published_date"]:
                pub_ok += 1
    out: dict = {k: _f1(t) for k, t in totals.items()}
    n_title = sum(1 for g in gold if g.get("title"))
    out["title_acc"] = round(title_ok / n_title, 3) if n_title else None
    out["published_acc"] = round(pub_ok / pub_n, 3) if pub_n else None
    out["articles_missing"] = missing
    out.update(extra)
    return out, misses + extra_misses


def _has(con: duckdb.DuckDBPyConnection, table: str, column: str | None = None) -> bool:
    sql = "SELECT count(*) FROM information_schema.columns WHERE table_name = ?"
    if column:
        return con.execute(sql + " AND column_name = ?", [table, column]).fetchone()[0] > 0
    return con.execute(sql, [table]).fetchone()[0] > 0


def _tally(key: str, want: set, got: set, where: str, misses: list[str], totals: list[int]) -> None:
    totals[0] += len(want & got)
    totals[1] += len(got - want)
    totals[2] += len(want - got)
    misses += [f"{where}: missed {key} {x}" for x in sorted(want - got, key=str)]
    misses += [f"{where}: extra {key} {x}" for x in sorted(got - want, key=str)]


def _f1(totals: list[int]) -> dict:
    p, r, f = _prf(*totals)
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": totals[0], "fp": totals[1], "fn": totals[2]}


def _extra_metrics(
    con: duckdb.DuckDBPyConnection, gold: list[dict], gold_path: Path, articles: dict, misses: list[str]
) -> dict:
    """title_parse (titles.json beside the gold), appointments and event links, where warehouse and gold have them."""
    out: dict = {}
    titles_path = gold_path.resolve().parent / "titles.json"
    if titles_path.exists() and _has(con, "dim_title"):
        out.update(_title_parse(con, json.loads(titles_path.read_text(encoding="utf-8")), misses))
    if any("appointments" in g for g in gold) and _has(con, "fact_appointment"):
        out.update(_appointments(con, gold, articles, misses))
    if any("event_key" in m for g in gold for m in g["meetings"]) and _has(con, "fact_meeting", "event_id"):
        out["event_link"] = _event_links(con, gold, articles, misses)
    return out


def _title_parse(con: duckdb.DuckDBPyConnection, gold_titles: list[dict], misses: list[str]) -> dict:
    """Of the labelled title phrases found in dim_title, the share parsed right, and the share found."""
    parsed: dict = {}
    for row in con.execute("SELECT title_text, position, organ, place, level, status FROM dim_title").fetchall():
        parsed.setdefault(norm(row[0]), tuple(norm(x) or None for x in row[1:]))
    found = right = 0
    for t in gold_titles:
        got = parsed.get(norm(t["title"]))
        if got is None:
            continue
        found += 1
        want = tuple(norm(t.get(f)) or None for f in TITLE_FIELDS)
        if want[3] is None:  # a level the labeller left open accepts any level
            got = got[:3] + (None,) + got[4:]
        if got == want:
            right += 1
        else:
            diff = ", ".join(f"{f}: {w!r} vs {g!r}" for f, w, g in zip(TITLE_FIELDS, want, got, strict=True) if w != g)
            misses.append(f"titles.json: wrong title_parse {t['title']!r} ({diff})")
    return {
        "title_parse": round(right / found, 3) if found else 0.0,
        "title_parse_cov": round(found / len(gold_titles), 3) if gold_titles else None,
    }


def _appointments(con: duckdb.DuckDBPyConnection, gold: list[dict], articles: dict, misses: list[str]) -> dict:
    """(person, action), (person, action, position) and (person, action, date) of fact_appointment against the gold."""
    changes: dict = {}
    for aid, name, action, position, effective in con.execute(
        "SELECT f.article_id, p.full_name, f.action, f.position_text, f.effective_date"
        " FROM fact_appointment f JOIN dim_person p USING (person_id)"
    ).fetchall():
        changes.setdefault(aid, []).append(
            (norm(name), norm(action), norm(position), str(effective)[:10] if effective else None)
        )
    t1, t2, t3 = [0, 0, 0], [0, 0, 0], [0, 0, 0]
    for g in gold:
        if "appointments" not in g:
            continue
        a = articles.get(g["file"])
        got = changes.get(a[0], []) if a else []
        labelled = g["appointments"]
        _tally(
            "appointment",
            {(norm(x["person"]), x["action"]) for x in labelled},
            {(n, act) for n, act, _, _ in got},
            g["file"],
            misses,
            t1,
        )
        _tally(
            "appointment_position",
            {(norm(x["person"]), x["action"], norm(x["position"])) for x in labelled},
            {(n, act, pos) for n, act, pos, _ in got},
            g["file"],
            misses,
            t2,
        )
        dated = {(norm(x["person"]), x["action"]) for x in labelled if x.get("date")}
        _tally(
            "appointment_date",
            {(norm(x["person"]), x["action"], x["date"]) for x in labelled if x.get("date")},
            {(n, act, d) for n, act, _, d in got if (n, act) in dated},
            g["file"],
            misses,
            t3,
        )
    return {"appointment": _f1(t1), "appointment_position": _f1(t2), "appointment_date": _f1(t3)}


def _event_links(con: duckdb.DuckDBPyConnection, gold: list[dict], articles: dict, misses: list[str]) -> dict:
    """Pairs of meetings in different articles that report one real meeting: event_id equal vs event_key equal."""
    by_article = {a[0]: f for f, a in articles.items()}
    gold_key = {
        (g["file"], m["date"]): m["event_key"]
        for g in gold
        for m in g["meetings"]
        if m.get("date") and m.get("event_key")
    }
    our_key: dict = {}
    for aid, day, event in con.execute(
        "SELECT article_id, meeting_date, event_id FROM fact_meeting WHERE meeting_date IS NOT NULL"
    ).fetchall():
        k = (by_article.get(aid), str(day)[:10])
        if k in gold_key and event is not None:
            our_key.setdefault(k, event)
    nodes = sorted(our_key)

    def linked(key: dict) -> set:
        return {(x, y) for i, x in enumerate(nodes) for y in nodes[i + 1 :] if x[0] != y[0] and key[x] == key[y]}

    totals = [0, 0, 0]
    _tally("event_link", linked(gold_key), linked(our_key), "events", misses, totals)
    return _f1(totals)


def format_report(out: dict) -> str:
    lines = [
        f"{k:13s} P={out[k]['p']:.3f} R={out[k]['r']:.3f} F1={out[k]['f1']:.3f}  "
        f"(tp={out[k]['tp']} fp={out[k]['fp']} fn={out[k]['fn']})"
        for k in METRICS
    ]
    lines.append(
        f"title_acc={out['title_acc']} published_acc={out['published_acc']} articles_missing={out['articles_missing']}"
    )
    for k, v in out.items():
        if k in METRICS or k in ("title_acc", "published_acc", "articles_missing"):
            continue
        if isinstance(v, dict):
            lines.append(
                f"{k:13s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp={v['tp']} fp={v['fp']} fn={v['fn']})"
            )
        else:
            lines.append(f"{k}={v}")
    lines.append("summary " + " ".join(f"{k}_f1={out[k]['f1']:.3f}" for k in METRICS))
    return "\n".join(lines)
