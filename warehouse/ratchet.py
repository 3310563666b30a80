"""The quality ratchet: every gold set's scores pinned in `quality/baseline.json`; they may rise, never fall.

The baseline holds, per corpus, the hash of its gold files and every metric the scorer gives
(F1 of each field, headline and publication accuracy, title structure, appointments, event links).
`check` lists every metric that fell by more than EPSILON, every metric that disappeared and every
gold file that changed since the baseline was written: a changed gold set needs a new baseline,
made deliberately. `update` pins the new scores and refuses to lower one unless given a reason,
which it keeps in the file's history.
"""

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

EPSILON = 0.002  # the scorer rounds to the third decimal
BASELINE = Path("quality") / "baseline.json"


@dataclass(frozen=True)
class Corpus:
    """A gold set: its article files and its labels (gold.json, with a titles.json beside it where labelled)."""

    name: str
    inbox: Path
    gold: Path

    @property
    def available(self) -> bool:
        return self.gold.exists()

    def gold_files(self) -> list[Path]:
        return [p for p in (self.gold, self.gold.with_name("titles.json")) if p.exists()]


def corpora(root: Path, shared: Path | None = None) -> dict[str, Corpus]:
    """The gold sets of a checkout at `root`: the repository's own, and the third-party ones in the shared folder.

    Third-party article excerpts stay outside the repository, in `../shared/corpus/` (or $HOINGHI_SHARED).
    """
    shared = shared or Path(os.environ.get("HOINGHI_SHARED", root.parent / "shared"))
    own = [
        Corpus(n, root / "samples" / "inbox" / n, root / "samples" / "gold" / n / "gold.json")
        for n in ("seeds", "team")
    ]
    # Articles the team wrote to probe grammar the other sets lack; kept out of the sample inbox
    # that `make run` loads.
    own.append(Corpus("probe", root / "samples" / "probe", root / "samples" / "gold" / "probe" / "gold.json"))
    third_party = [
        Corpus(n, shared / "corpus" / n, shared / "corpus" / n / "gold.json") for n in ("dev", "dev2", "dev3")
    ]
    return {c.name: c for c in own + third_party}


def flatten(scores: dict) -> dict[str, float]:
    """The scorer's output as metric → one number (F1 for the P/R/F1 metrics); counts are left out."""
    out: dict[str, float] = {}
    for metric, value in scores.items():
        if isinstance(value, dict):
            out[metric] = value["f1"]
        elif isinstance(value, float | int) and metric != "articles_missing":
            out[metric] = float(value)
    return out


def gold_hash(corpus: Corpus) -> str:
    digest = hashlib.sha256()
    for path in corpus.gold_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"corpora": {}, "history": []}


def check(baseline: dict, name: str, corpus: Corpus, scores: dict) -> list[str]:
    """What is wrong with `scores` of `corpus` against the baseline: falls, lost metrics, changed gold files."""
    pinned = baseline["corpora"].get(name)
    if pinned is None:
        return [f"{name}: no baseline; pin it with `python -m hoinghi.warehouse.ratchet --update`"]
    problems = []
    if pinned["gold_sha256"] != gold_hash(corpus):
        problems.append(
            f"{name}: gold files changed since the baseline ({', '.join(p.name for p in corpus.gold_files())});"
            " score again and pin the new scores with `python -m hoinghi.warehouse.ratchet --update`"
        )
    now = flatten(scores)
    for metric, floor in pinned["scores"].items():
        if metric not in now:
            problems.append(f"{name} {metric}: pinned at {floor}, no longer measured")
        elif now[metric] < floor - EPSILON:
            problems.append(f"{name} {metric}: {now[metric]} < pinned {floor}")
    if scores.get("articles_missing"):
        problems.append(f"{name}: {scores['articles_missing']} gold articles not loaded")
    return problems


def update(baseline: dict, measured: dict[str, tuple[Corpus, dict]], why: str | None = None) -> list[str]:
    """Pin `measured` (name → (corpus, scores)) in `baseline`; ValueError if a score falls and no reason is given.

    Returns what was lowered (each with the reason, also kept in the baseline's history).
    """
    lowered = []
    for name, (corpus, scores) in measured.items():
        pinned = baseline["corpora"].get(name, {"scores": {}, "gold_sha256": None})
        same_gold = pinned["gold_sha256"] == gold_hash(corpus)
        now = flatten(scores)
        for metric, floor in pinned["scores"].items():
            if same_gold and now.get(metric, 0.0) < floor - EPSILON:
                lowered.append(f"{name} {metric}: {floor} → {now.get(metric)}")
    if lowered and not why:
        raise ValueError("refusing to lower the baseline without a reason (--why TEXT): " + "; ".join(lowered))
    for name, (corpus, scores) in measured.items():
        baseline["corpora"][name] = {"gold_sha256": gold_hash(corpus), "scores": flatten(scores)}
    if lowered:
        baseline.setdefault("history", []).append({"date": date.today().isoformat(), "lowered": lowered, "why": why})
    return lowered


def save(baseline: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def measure(corpus: Corpus, workdir: Path) -> dict:
    """Build the corpus's own warehouse with the real flow and score it."""
    from hoinghi.flows.ingest import ingest
    from hoinghi.warehouse.evaluate import evaluate

    db = workdir / f"{corpus.name}.duckdb"
    ingest(inbox=str(corpus.inbox), db=str(db), batch_size=8)
    return evaluate(db, corpus.gold)[0]


COMBINED = "combined"


def combined(found: dict[str, Corpus], workdir: Path) -> Corpus:
    """All gold sets as one (event identity is measured across them: one meeting reported in two
    sets is one event): their article files copied into one inbox, a folder per set, and one gold
    list, the sets' lists one after the other (file names are unique across the sets)."""
    import shutil

    inbox, gold = workdir / f"{COMBINED}-inbox", []
    for name, corpus in sorted(found.items()):
        shutil.copytree(corpus.inbox, inbox / name, ignore=shutil.ignore_patterns("*.json", "*.md"))
        gold += json.loads(corpus.gold.read_text(encoding="utf-8"))
    path = workdir / f"{COMBINED}-gold" / "gold.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(gold, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return Corpus(COMBINED, inbox, path)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # as `hoinghi run`: no telemetry calls
    parser = argparse.ArgumentParser(prog="python -m hoinghi.warehouse.ratchet", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the checkout (default: this folder)")
    parser.add_argument("--update", action="store_true", help="pin the measured scores in the baseline")
    parser.add_argument("--why", help="the reason, required when --update lowers a score")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=f"measure only these gold sets (repeatable; '{COMBINED}': all sets in one warehouse)",
    )
    args = parser.parse_args(argv)
    path = args.root / BASELINE
    baseline = load(path)
    found = {n: c for n, c in corpora(args.root).items() if c.available}
    with tempfile.TemporaryDirectory() as tmp:
        # 'combined': every set in one warehouse, where event_link counts meetings linked across sets.
        # Measured only where every set is: a part of them would be another gold set than the one pinned.
        complete = len(found) == len(corpora(args.root))
        sets = {**found, COMBINED: combined(found, Path(tmp))} if complete else dict(found)
        sets = {n: c for n, c in sets.items() if not args.only or n in args.only}
        measured = {n: (c, measure(c, Path(tmp))) for n, c in sets.items()}
        # (still inside: the combined gold file is hashed, and it lives in `tmp`)
        return _pin(baseline, path, measured, args.why) if args.update else _check(baseline, measured)


def _pin(baseline: dict, path: Path, measured: dict[str, tuple[Corpus, dict]], why: str | None) -> int:
    try:
        lowered = update(baseline, measured, why)
    except ValueError as exc:
        print(f"ratchet: {exc}")
        return 1
    save(baseline, path)
    print(f"pinned {len(measured)} corpora in {path}" + (f"; lowered: {'; '.join(lowered)}" if lowered else ""))
    return 0


def _check(baseline: dict, measured: dict[str, tuple[Corpus, dict]]) -> int:
    problems = [p for n, (c, s) in measured.items() for p in check(baseline, n, c, s)]
    print("\n".join(problems) or f"all {len(measured)} corpora at or above the baseline")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
