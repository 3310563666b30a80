"""The quality ratchet catches a lowered score, a lost metric and a touched gold file, and lowers only with a reason."""

import json
import shutil

import pytest

from hoinghi.warehouse import ratchet
from tests.conftest import CORPORA, ROOT

SCORES = {
    "person": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0},
    "title": {"p": 0.9, "r": 0.8, "f1": 0.847, "tp": 8, "fp": 1, "fn": 2},
    "title_acc": 1.0,
    "published_acc": None,
    "articles_missing": 0,
    "title_parse": 0.95,
}


@pytest.fixture
def gold_set(tmp_path):
    """A copy of the seeds' gold files, free to be touched."""
    seeds = CORPORA["seeds"]
    folder = tmp_path / "gold"
    folder.mkdir()
    for path in seeds.gold_files():
        shutil.copy(path, folder / path.name)
    return ratchet.Corpus("seeds", seeds.inbox, folder / "gold.json")


def _pinned(corpus, scores=SCORES) -> dict:
    baseline = {"corpora": {}, "history": []}
    ratchet.update(baseline, {corpus.name: (corpus, scores)})
    return baseline


def test_the_same_or_better_scores_pass(gold_set):
    baseline = _pinned(gold_set)
    assert ratchet.check(baseline, "seeds", gold_set, SCORES) == []
    better = dict(SCORES, title={**SCORES["title"], "f1": 0.9})
    assert ratchet.check(baseline, "seeds", gold_set, better) == []
    within_rounding = dict(SCORES, title_parse=0.949)
    assert ratchet.check(baseline, "seeds", gold_set, within_rounding) == []


def test_a_lowered_score_and_a_lost_metric_are_caught(gold_set):
    baseline = _pinned(gold_set)
    lowered = dict(SCORES, title={**SCORES["title"], "f1": 0.84}, title_acc=0.9)
    del lowered["title_parse"]
    problems = ratchet.check(baseline, "seeds", gold_set, lowered)
    assert any("title: 0.84 < pinned 0.847" in p for p in problems)
    assert any("title_acc: 0.9 < pinned 1.0" in p for p in problems)
    assert any("title_parse: pinned at 0.95, no longer measured" in p for p in problems)


def test_a_touched_gold_file_is_caught(gold_set):
    baseline = _pinned(gold_set)
    labels = json.loads(gold_set.gold.read_text(encoding="utf-8"))
    labels[0]["persons"] = labels[0]["persons"][1:]
    gold_set.gold.write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    assert any("gold files changed" in p for p in ratchet.check(baseline, "seeds", gold_set, SCORES))


def test_a_titles_file_is_part_of_the_gold(gold_set):
    baseline = _pinned(gold_set)
    titles = gold_set.gold.with_name("titles.json")
    titles.write_text(titles.read_text(encoding="utf-8").replace("Bí thư", "Bi thu"), encoding="utf-8")
    assert any("gold files changed" in p for p in ratchet.check(baseline, "seeds", gold_set, SCORES))


def test_update_refuses_to_lower_without_a_reason_and_keeps_the_reason(gold_set):
    baseline = _pinned(gold_set)
    lowered = dict(SCORES, title_acc=0.8)
    with pytest.raises(ValueError, match="refusing to lower .*title_acc: 1.0 → 0.8"):
        ratchet.update(baseline, {"seeds": (gold_set, lowered)})
    assert baseline["corpora"]["seeds"]["scores"]["title_acc"] == 1.0  # untouched
    assert ratchet.update(baseline, {"seeds": (gold_set, lowered)}, why="a headline rule traded for dates") == [
        "seeds title_acc: 1.0 → 0.8"
    ]
    assert baseline["corpora"]["seeds"]["scores"]["title_acc"] == 0.8
    assert baseline["history"][-1]["why"] == "a headline rule traded for dates"


def test_the_committed_baseline_pins_every_corpus_with_its_gold_hash():
    baseline = ratchet.load(ROOT / ratchet.BASELINE)
    assert set(baseline["corpora"]) == {*CORPORA, ratchet.COMBINED}
    for name, c in CORPORA.items():
        if c.available:
            assert baseline["corpora"][name]["gold_sha256"] == ratchet.gold_hash(c), name


def test_the_combined_set_is_every_set_in_one_inbox_with_one_gold_list(tmp_path):
    """Event identity is measured across gold sets: their articles in one warehouse, their labels in one list."""
    found = {n: c for n, c in CORPORA.items() if c.available}
    if len(found) < len(CORPORA):
        pytest.skip("the combined set needs every gold set (set HOINGHI_SHARED to the shared folder)")
    both = ratchet.combined(found, tmp_path)
    gold = json.loads(both.gold.read_text(encoding="utf-8"))
    assert len(gold) == sum(len(json.loads(c.gold.read_text(encoding="utf-8"))) for c in found.values())
    files = {p.name for p in both.inbox.rglob("*") if p.is_file()}
    assert {g["file"] for g in gold} <= files and not any(f.endswith((".json", ".md")) for f in files)
    assert len({g["file"] for g in gold}) == len(gold)  # a file name is one article across the sets
    pinned = ratchet.load(ROOT / ratchet.BASELINE)["corpora"][ratchet.COMBINED]
    assert pinned["gold_sha256"] == ratchet.gold_hash(both)
    # event identity is measured there (the misses: the 14th Congress told by two outlets with no organiser and
    # no two same participants, and two of three reports of one Inspection Commission session, one of which
    # names it only in passing); the baseline pins the exact figure, this floor says the measure is live
    assert pinned["scores"]["event_link"] >= 0.7
