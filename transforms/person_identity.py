"""Person identity with context: when one name is two people.

A person is first known by their name (`name_key`): every article's "Nguyễn Văn Thắng" is one
person. Common names are carried by several officials at once, so the warehouse parts a name into
identities when the places of the posts the articles give it exclude each other at the same time.

The rule, over every article that names the person (recomputed from all the evidence at every load,
so the same files loaded in any order give the same identities):

- An article's *anchors* for the name are the local places its titles put the person in: the
  (level, place) of each title (`dim_title`) and of each post an appointment moves them to or from,
  for the levels province, district and commune. Places are compared folded (case, tone marks,
  'TP.HCM' = 'Thành phố Hồ Chí Minh', the level word left out).
- Articles that share an anchor are one person; so are the places one article gives together (a
  move, "nguyên Bí thư Huyện ủy A, Bí thư Huyện ủy B", is evidence of one career). The places so
  linked make a *group*.
- Two groups *exclude* each other when an article of one and an article of the other, dated at most
  `SAME_TIME_DAYS` apart, put the person at the same level in different places with a title held at
  the time (a post or membership, not `nguyên`/`tân`, in an article that reports no change of post).
- A name is parted only when every pair of its groups excludes each other; else it stays one person
  (a career's moves are never split on the strength of one of its stages).

The group with the most articles keeps the name's identity (ties: the earliest seen, then the place);
so do the articles that give no place. Every other group is a person of its own, told apart by its
place (`basis`: 'district: Lạc Dương').
"""

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from hoinghi.transforms.events import _place_key
from hoinghi.transforms.text import fold
from hoinghi.transforms.titles import LOCAL_LEVELS  # broadest first: the order a basis is chosen in

# Two titles dated at most this many days apart are held at the same time. Short on purpose: a person
# moved from one province to another and seen once before and once after the move must not be parted,
# and in a large archive two namesakes who both hold posts are seen within a month of each other anyway.
SAME_TIME_DAYS = 31
_LETTERS = str.maketrans("đ", "d")


@dataclass(frozen=True)
class Anchor:
    """A place an article gives a person: a title's or an appointment's (level, place)."""

    article_id: int
    level: str
    place: str  # as written
    seen_on: date | None = None  # the mention's day
    held: bool = True  # a post held then (not nguyên/tân, no change of post reported): may exclude

    @property
    def key(self) -> str:
        return f"{self.level}|{place_key(self.place)}"


@dataclass(frozen=True)
class Identity:
    """One of a name's people: its articles, and (for all but the name's main one) its place."""

    articles: frozenset[int]
    key: str | None  # 'level|place key', what its id is made from; None for the main identity
    basis: str | None  # 'district: Lạc Dương'; None for the main identity


@lru_cache(maxsize=4096)  # a load reads every anchor of the batch's names: the same places over and over
def place_key(place: str) -> str:
    """One key for every spelling of a place: folded, abbreviations expanded, level word left out,
    then without tone marks and spaces ('Đắk Lắk', 'Đăk Lăk' and 'Daklak' are one place)."""
    key = _place_key(place).translate(_LETTERS)
    bare = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return "".join(bare.split())


def identities(anchors: Iterable[Anchor]) -> list[Identity]:
    """The name's people other than its main one, given every anchor of its articles: one per group
    of places the name is parted into; none when the evidence does not part it."""
    anchors = [a for a in anchors if a.level in LOCAL_LEVELS and fold(a.place)]
    groups = _groups(anchors)
    if len(groups) < 2 or not all(
        _exclude(groups[i], groups[j]) for i in range(len(groups)) for j in range(i + 1, len(groups))
    ):
        return []
    groups.sort(key=_precedence)
    return [_identity(g) for g in groups[1:]]


def _groups(anchors: list[Anchor]) -> list[list[Anchor]]:
    """The anchors in groups: linked when they share a place (level and key) or an article."""
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    first_of_article: dict[int, str] = {}
    for a in anchors:
        other = first_of_article.setdefault(a.article_id, a.key)
        parent[root(a.key)] = root(other)
    grouped: dict[str, list[Anchor]] = defaultdict(list)
    for a in anchors:
        grouped[root(a.key)].append(a)
    return list(grouped.values())


def _exclude(one: list[Anchor], other: list[Anchor]) -> bool:
    """Whether the two groups put the name in two places of one level at the same time."""
    return any(
        a.level == b.level and abs((a.seen_on - b.seen_on).days) <= SAME_TIME_DAYS
        for a in one
        if a.held and a.seen_on
        for b in other
        if b.held and b.seen_on
    )


def _precedence(group: list[Anchor]) -> tuple:
    """The main identity first: most articles, then the earliest seen, then the place."""
    days = [a.seen_on for a in group if a.seen_on]
    return (-len({a.article_id for a in group}), min(days) if days else date.max, min(a.key for a in group))


def _identity(group: list[Anchor]) -> Identity:
    """A group as a person: known by the place most of its articles give (ties: the broadest level,
    then the key), written the way most of them write it (ties: alphabetically)."""
    articles: dict[str, set[int]] = defaultdict(set)
    spellings: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for a in group:
        articles[a.key].add(a.article_id)
        spellings[a.key][a.place].add(a.article_id)
    key = min(articles, key=lambda k: (-len(articles[k]), LOCAL_LEVELS.index(k.split("|")[0]), k))
    place = min(spellings[key], key=lambda p: (-len(spellings[key][p]), p))
    level = key.split("|")[0]
    return Identity(frozenset(a.article_id for a in group), key, f"{level}: {place}")
