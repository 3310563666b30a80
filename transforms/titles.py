"""Titles: the grammar of a Vietnamese title phrase (position, organ, place, qualifiers), read as data.

`parse_title` splits one title phrase, as the article writes it, into its parts (contract v2's
dim_title columns). The grammar's words live in `vocabulary.py`.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class TitleParts:
    """One title phrase parsed: the columns of dim_title besides its id and text."""

    position: str | None  # the post: "Phó Bí thư Thường trực", "Ủy viên Ban Thường vụ" (new tone style)
    organ: str | None  # the innermost body, abbreviations expanded, place left out: "Tỉnh ủy"
    parent_organ: str | None  # the body the organ belongs to: "Ban Tổ chức Trung ương"
    place: str | None  # "Nghệ An", as written
    level: str | None  # central | province | district | commune | None
    kind: str  # post | rank | membership | other
    status: str | None  # former (nguyên) | new (tân) | acting (quyền) | None


def parse_title(text: str) -> TitleParts:
    """The parts of one title phrase (to be written: issue #13)."""
    raise NotImplementedError("parse_title: issue #13")
