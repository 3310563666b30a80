"""Tables of persons: rows written '| cell | cell |', as the web page reader gives an HTML table and as
writers type one ('| Họ tên | Chức vụ cũ | Chức vụ mới | Quyết định |'). The header's cells name the
columns (vocabulary TABLE_COLUMNS): the person, the post held before (or now), the post given, the
decision, its day, the kind of change. persons.py reads the names and posts of the rows,
appointments.py the changes the sentence before the table announces."""

import re
from dataclasses import dataclass
from functools import lru_cache

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.text import fold

_ROLE_OF = {fold(header): role for role, headers in V.TABLE_COLUMNS.items() for header in headers}
_POST_HEADS = tuple(fold(h) + " " for h in V.TABLE_POST_HEADER_HEADS)
_HELD_WORDS = frozenset(fold(w) for w in V.TABLE_HELD_HEADER_WORDS)
_GIVEN_WORDS = frozenset(fold(w) for w in V.TABLE_POST_HEADER_WORDS)


def _role_of(header: str) -> str | None:
    """A column's role by its (folded) header: listed whole, else a post column's word after its head."""
    head = next((h for h in _POST_HEADS if header.startswith(h)), None)
    if header in _ROLE_OF or head is None:
        return _ROLE_OF.get(header)
    words = set(header[len(head) :].split(" "))
    if words & _HELD_WORDS:
        return "held"
    return "post" if words & _GIVEN_WORDS else None


_ROW_RE = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_RULE_RE = re.compile(r"[\s|:-]*")  # the '|---|---|' line under a header
_CELL_PUNCTUATION = " .:*"


@dataclass(frozen=True)
class Cell:
    text: str
    start: int  # body_text[start:end] == text
    end: int


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: dict[str, Cell]  # column role → its cell (a role's first column; empty cells left out)


@dataclass(frozen=True)
class Table:
    start: int  # the header row
    rows: tuple[Row, ...]
    roles: frozenset[str]
    intro: tuple[int, int]  # the paragraph before the header, which tells what the rows are


@lru_cache(maxsize=64)
def find_tables(text: str) -> tuple[Table, ...]:
    """The tables of `text` whose header names a person column: rows of cells between '|', one row a
    line (blank lines between rows, as a page reader leaves them, are no break)."""
    if "|" not in text:
        return ()
    tables = []
    header: list[str | None] | None = None
    header_start, last_end, rows = 0, -1, []
    for m in _ROW_RE.finditer(text):
        if header is not None and text[last_end : m.start()].strip():  # prose between: the table ended
            tables.append(_table(text, header, header_start, rows))
            header = None
        last_end = m.end()
        if _RULE_RE.fullmatch(m.group(1)):
            continue
        cells = _cells(m)
        if header is None:
            roles = [_role_of(fold(c.text).strip(_CELL_PUNCTUATION)) for c in cells]
            if "person" in roles:
                header, header_start, rows = roles, m.start(), []
            continue
        by_role: dict[str, Cell] = {}
        for role, cell in zip(header, cells, strict=False):
            if role and cell.text and role not in by_role:
                by_role[role] = cell
        rows.append(Row(m.start(), m.end(), by_role))
    if header is not None:
        tables.append(_table(text, header, header_start, rows))
    return tuple(t for t in tables if t.rows)


def _table(text: str, header: list[str | None], start: int, rows: list[Row]) -> Table:
    above = text[:start].rstrip()
    return Table(start, tuple(rows), frozenset(r for r in header if r), (above.rfind("\n") + 1, len(above)))


def _cells(row: re.Match) -> list[Cell]:
    """The cells of a row, each stripped of its spaces, with where it is in the text."""
    cells = []
    at = row.start(1)
    for part in row.group(1).split("|"):
        stripped = part.strip()
        start = at + (part.find(stripped) if stripped else 0)
        cells.append(Cell(stripped, start, start + len(stripped)))
        at += len(part) + 1
    return cells
