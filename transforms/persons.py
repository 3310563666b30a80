"""Persons: full names and the title phrases attached to them in one article.

A name is a run of capitalised syllables that starts with a family name (or an ethnic-minority
name prefix), and it is only taken when the sentence anchors it as a person:
  - a form of address before it:  `đồng chí Mai Văn Chính`, `ông Tô Lâm`, `thí sinh ...`
  - a title phrase after it:      `Nguyễn Mạnh Sơn - Phó Bí thư Tỉnh ủy`, `Hà Ban, nguyên Ủy viên ...`
  - a title phrase before it:     `Phó Bí thư Thường trực Tỉnh ủy Phan Ngọc Thọ`
Once a name is anchored, its other occurrences in the article are mentions too. Titles are the
comma-, dash- or `giữ chức`/`làm`-separated phrases next to the name, kept as written.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.documents import ITEM_MARK_RE
from hoinghi.transforms.tables import find_tables
from hoinghi.transforms.text import (
    UPPER,
    display_name,
    fold,
    fold_aligned,
    folded_alternation,
    name_key,
    occurrences,
    phrase_at,
    sentence_spans,
)
from hoinghi.transforms.titles import (
    APOSTROPHE_NAME,
    APOSTROPHE_NAME_RE,
    LOCAL_LEVELS,
    comma_inside_organ,
    ends_stop_noun,
    parse_title,
    place_length,
    position_at,
    title_end,
)

_LOWER = UPPER.lower()
# A capitalised word: an upper-case letter, then nothing or some lower-case ('Hà', 'A', "H'Yim";
# not 'HĐND'). A run: such words separated by single spaces, not glued to other letters.
# A word is letters, perhaps with one apostrophe inside ("H'Yim"): it starts and ends where no
# letter (or letter and apostrophe) touches it.
# (the apostrophe as typed, or as a web page sets it: "H'Yim", 'H’Rin')
_APOS = "['’]"
_WORD_START = rf"(?<![^\W\d_])(?<![^\W\d_]{_APOS})"
_WORD_END = rf"(?![^\W\d_]|{_APOS}[^\W\d_])"
_ALL_CAPS = rf"[{UPPER}](?:[{UPPER}]+(?:{_APOS}[{UPPER}]+)?|{_APOS}[{UPPER}]+){_WORD_END}"
# a Lao name's syllables joined by hyphens ('Khăm-xỉ Xay-nhạ-vông'); not a post's first word glued after a hyphen,
# which opens a title ('nhà báo Phạm Thị Mỹ Hạnh-Phó Chủ tịch Thường trực Hội Nhà báo tỉnh')
# ('Rơ Mah Tuấn-Huyện ủy viên, Phó Chủ tịch UBND huyện': a committee member's title opens one too)
_MEMBER_TITLES = {h[:1].upper() + h[1:] for h in V.TITLE_HEADS if h.endswith(V.COMMITTEE_MEMBER_SUFFIX) and " " in h}
_POST_FIRST_WORDS = "|".join(
    sorted(
        {*(re.escape(p.split()[0]) for p in V.TITLE_POSITIONS), *map(re.escape, _MEMBER_TITLES)}, key=len, reverse=True
    )
)
_HYPHENED = rf"(?:-(?!(?:{_POST_FIRST_WORDS})(?![^\W\d_]))[^\W\d_]+)*"
_CAP_WORD = rf"(?!{_ALL_CAPS})[{UPPER}][^\W\d_]*(?:{_APOS}[^\W\d_]+)?{_HYPHENED}"
_CAPS_RUN_RE = re.compile(rf"{_WORD_START}(?:{_CAP_WORD})(?: (?:{_CAP_WORD}))*{_WORD_END}")
# The same with 2+ words (a name), written to be scanned for: the first capital comes first and the
# checks that it starts a word and is not an all-caps word follow it (3 times quicker than opening
# with the look-behind; docs/extraction.md, "speed").
_FIRST_CAP_WORD = (
    rf"[{UPPER}](?<![^\W\d_].)(?<![^\W\d_]{_APOS}.)"
    rf"(?!(?:[{UPPER}]+(?:{_APOS}[{UPPER}]+)?|{_APOS}[{UPPER}]+){_WORD_END})"
    rf"[^\W\d_]*(?:{_APOS}[^\W\d_]+)?{_HYPHENED}"
)
# a name in capitals after a form of address, not a line in capitals: what follows it is lower case or a mark
_CAPITALS_NAME_RE = re.compile(
    rf"[{UPPER}]+(?: [{UPPER}]+){{1,4}}(?![^\W\d_]|{_APOS})(?= [^\W\d{UPPER}_]|\s*[-–,;:.()]|\s*$)", re.MULTILINE
)
_NAME_RUN_RE = re.compile(rf"{_FIRST_CAP_WORD}(?: (?:{_CAP_WORD}))+{_WORD_END}")
_PERSON_CUES = tuple(V.PERSON_CUES)
_DEGREE_CUES = frozenset(V.ACADEMIC_PREFIXES)
_LOWER_CASE_CUES = frozenset(V.YOUTH_ADDRESS_FORMS)  # common words: a cue only in lower case
# between a form of address and the name: 'ông ', 'đồng chí: ', 'các đồng chí (xếp theo vần A, B, C): '
_CUE_GAP_RE = re.compile(r"\s*(?P<aside>\([^()\n]{1,40}\)\s*(?=:))?:?\s*")
_CUE_REACH = 20  # a name starts at most this many characters after the start of its form of address
# A lower-case word (a family name?) that capitalised words follow: 'cao' of 'đồng chí cao Xuân Chiểu'.
_LOWER_SURNAME_RE = re.compile(rf"{_WORD_START}[{_LOWER}]+(?= [{UPPER}])")
_NOT_PERSON_BEFORE_RE = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in V.NOT_PERSON_BEFORE) + r")\s*$", re.IGNORECASE
)
_NOT_PERSON_COMPOUND_RE = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in V.NOT_PERSON_BEFORE_COMPOUNDS) + r")\s*$", re.IGNORECASE
)
_HEADS = sorted({fold(h) for h in V.TITLE_HEADS}, key=len, reverse=True)
_MODIFIERS = tuple(fold(m) for m in V.TITLE_MODIFIERS)
_ORGANS = sorted({fold(o) for o in V.ORGAN_HEADS}, key=len, reverse=True)
# A title head at a position of folded text: an optional modifier, then the longest head that ends
# a word ('phó bí thư', not 'phó bí thư' of 'phó bí thưx'). The modifier is atomic: once 'nguyên '
# is read, the head must follow it.
_HEAD_RE = re.compile(
    r"(?>(?:" + "|".join(re.escape(m) for m in _MODIFIERS) + r") )?"
    r"(?:" + "|".join(re.escape(h) for h in _HEADS) + r")(?![^\W_])"
)
_MODIFIER_RE = re.compile(r"(?>(?:" + "|".join(re.escape(m) for m in _MODIFIERS) + r") )?")
_GIVING = {
    " ".join(filter(None, (before, verb, after)))
    for before in ("", *V.TITLE_GIVING_BEFORE)
    for verb in V.TITLE_GIVING_VERBS
    for after in ("", *V.TITLE_GIVING_AFTER)
} | set(V.TITLE_GIVING_AFTER)
# ('nguyên X, nay là Y': Y is held now; 'A, khi đó là X': X was held when the change told was made)
_INTROS = sorted(
    {
        fold(v)
        for v in (*V.TITLE_INTRO_VERBS, *V.SECOND_TITLE_VERBS, *_GIVING, *V.NOW_TITLE_INTROS, *V.THEN_TITLE_INTROS)
    },
    key=len,
    reverse=True,
)
_STOP_RE = re.compile(
    r"\s(?:" + "|".join(re.escape(fold(s)) for s in sorted(V.TITLE_STOPS, key=len, reverse=True)) + r")(?=\s|$|[,.;:])"
)
# "và" ends a title when a new person follows: "... Vụ trưởng Vụ Tổng hợp cán bộ và đồng chí Vũ Ngọc Dũng".
_NOT_STOPS = tuple(fold(w) for w in V.NOT_TITLE_STOPS)
_AND = re.escape(V.AND_WORD)
_ADDRESS = "|".join(map(re.escape, V.ADDRESS_FORMS))  # đồng chí|ông|bà
_ADDRESS_ANY = "|".join(map(re.escape, (*V.ADDRESS_FORMS, *V.ADDRESS_ABBREVIATIONS)))  # đồng chí|ông|bà|đ/c
_ADDRESSED_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_ADDRESS_ANY}|{'|'.join(map(re.escape, V.CANDIDATE_ADDRESS_FORMS))})\s*:?\s*$", re.IGNORECASE
)  # a form of address ends here
_NOW_TITLES_RE = re.compile(r"\s*\((?:" + "|".join(map(re.escape, V.NOW_TITLE_INTROS)) + r")\s+([^()]{3,160})\)")
_AND_TITLE_RE = re.compile(rf"\s+{_AND}\s+")
# ('… Giám đốc Sở Nội vụ và Đại tá Phan Đình Khiết, …': a rank opens the next person too; lower-cased text)
_AND_PERSON_RE = re.compile(
    rf"\s{_AND}\s+(?=(?:{re.escape(V.PLURAL_WORD)}\s+)?(?:{_ADDRESS_ANY}|{'|'.join(map(re.escape, V.RANKS))})\b)"
)
# Segment boundaries inside a title list: , ; : ( ) and dashes written with spaces.
# A full stop ends a title unless it closes an abbreviation ('UBND TP. Đà Nẵng').
_NOT_FULL_STOP = "".join(f"(?<!{re.escape(a[:-1])})" for a in V.TITLE_ABBREVIATION_WORDS if a.endswith("."))
_FORWARD_BOUNDARY_RE = re.compile(
    r"[,;:()\n“”\"]|" + _NOT_FULL_STOP + r"\.(?=\s|$)|\s[-–]\s|\s[-–](?=[" + UPPER + r"])"
)
# The same boundaries, looking back from a name ('và' only as a word; its look-behind follows it so
# that every branch opens with a character).
# (not the full stop of a place's abbreviation: 'Chủ tịch UBND TP. Đà Nẵng Hồ Kỳ Nam')
_NOT_PLACE_DOT = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in V.DOTTED_PLACE_ABBREVIATIONS)
_BACKWARD_BOUNDARY_RE = re.compile(
    r"[,;:()\n“”\"]|\." + _NOT_PLACE_DOT + r"(?=\s)|\s[-–]\s|" + _AND + r"(?<!\w" + _AND + r")\s"
)
_LOCALITY_TAIL_RE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(fold(w)) for w in V.LOCALITY_WORDS) + r")$")
_SURNAMES = frozenset(fold(w) for w in V.SURNAMES)
_MIDDLE_NAMES = frozenset(fold(w) for w in V.MIDDLE_NAMES)
_ETHNIC = frozenset(fold(w) for w in V.ETHNIC_NAME_PREFIXES)
_NOT_NAME = frozenset(fold(w) for w in V.NOT_NAME_WORDS)
_PLACES = tuple(fold(w) for w in V.PLACES)
_PLACE_STARTS = tuple(p + " " for p in _PLACES)
_LOCALITY_BEFORE_RE = re.compile(
    r"(?:^|\s)(?<!" + r" )(?<!".join(map(re.escape, V.PERSON_BEFORE_LOCALITY_WORDS)) + r" )"
    r"(?:" + "|".join(re.escape(fold(w)) for w in V.LOCALITY_WORDS) + r")\s+$"
)
# Between two names of a list: 'Lê Văn Hiền, Hà Thị Nga và ông Vũ Đức Đam'.
# (a rank stands where a form of address would: 'Đại tá A và Thượng tá B')
_RANK = "|".join(map(re.escape, V.RANKS))
_DEGREE = "|".join(map(re.escape, sorted(V.ACADEMIC_PREFIXES, key=len, reverse=True)))  # 'PGS.TS' before a name
_LIST_GLUE_RE = re.compile(r"\s*(?:,|;|" + _AND + r")\s*(?:(?:" + _ADDRESS + "|" + _RANK + r")\s+)?", re.IGNORECASE)
# 'A, Chủ tịch UBND xã và (đồng chí) B': the 'và' after a person's titles
# (a comma may close the titles before it: 'A, Chủ tịch UBND tỉnh, và đồng chí B …')
_AND_GLUE_RE = re.compile(r"\s*,?\s*" + _AND + r"\s+(?:(?:" + _ADDRESS + r")\s+)?", re.IGNORECASE)
_DASH_BEFORE_RE = re.compile(r"\s*[-–]\s*$")
_PLACE_IN_BRACKETS_BEFORE_RE = re.compile(rf"\s+\([{UPPER}][^()\n]{{0,40}}\)\s+$")
_TITLE_SEPARATOR_RE = re.compile(r"\s*(?:,|[-–]|\()\s*")  # 'Tên, Chức vụ', 'Tên - Chức vụ', 'Tên (Chức vụ)'
_TERM_RE = re.compile(r"(?:" + "|".join(map(re.escape, V.TITLE_TERM_WORDS)) + r")\s+\d{4}\s*[-–]\s*\d{4}", re.I)


def _past_notes(text: str, end: int) -> int:
    """Past what may stand between a name and its titles besides a photo note ('Thái Văn A (bìa trái), Chủ tịch
    …'), which the caller skips: an age ('ông A, 45 tuổi, Phó Giám đốc Sở …') or a year of birth ('…, sinh năm
    1990, Bí thư Chi đoàn …')."""
    age = _AGE_RE.match(text, end)
    return age.end() if age else end


_BORN = "|".join(map(re.escape, V.BIRTH_YEAR_WORDS))
_TERM_AT_END_RE = re.compile(rf"\s+{_TERM_RE.pattern}$", re.IGNORECASE)
_AGE_RE = re.compile(rf"\s*,\s*(?:\d{{1,3}}\s+{re.escape(V.AGE_WORD)}|(?:{_BORN})\s+\d{{4}})(?=\s*,)")
_PAREN_TITLE_RE = re.compile(r"\s*\(([^()]{3,120})\)")
_LIST_SEPARATOR_RE = re.compile(r",|;")
_AFTER_NAME_RE = re.compile(r"[ \t]*(?:(?:,|[-–])\s*)?")  # (a line break right after the name ends it)
_WORD_START_RE = re.compile(r"(?:^|(?<=\s))\S")

MAX_NAME_SYLLABLES = 5
_PHOTO_NOTE_LEN = 20  # a short parenthesis after a name without a title is a photo note ('(bìa trái)')


@dataclass
class Mention:
    start: int
    end: int
    titles: list[str]
    span_start: int  # the whole mention with its titles, for sentence-level role cues
    span_end: int
    given: tuple[str, ...] = ()  # of `titles`, a charge the verb before the name gives: not held (yet)


@dataclass
class Person:
    full_name: str
    name_key: str
    mentions: list[Mention] = field(default_factory=list)
    starts: set[int] = field(default_factory=set, repr=False)  # where mentions begin, to add each once

    @property
    def titles(self) -> list[str]:
        """Every title phrase the article gives the person, once each, as the article writes it."""
        seen, out = set(), []
        for mention in self.mentions:
            folded = [fold(t) for t in mention.titles]
            for k, title in enumerate(mention.titles):
                if folded[k] not in seen and title not in mention.given and not _repeats_in_short(folded, k):
                    seen.add(folded[k])
                    out.append(title)
        return out

    @property
    def title_text(self) -> str:
        return ", ".join(self.titles)

    @property
    def held_titles(self) -> list[str]:
        """The titles the person holds, once each: a title phrase with the organ phrases that continue
        it ('Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương'). `titles` lists the phrases as the
        article separates them (as the gold sets count them); an organ alone is no title."""
        seen, out = set(), []
        for mention in self.mentions:
            held: list[str] = []
            for title in (t for t in mention.titles if t not in mention.given):
                if held and not _title_head_len(fold_aligned(title)):  # only an organ continues a title
                    held[-1] += ", " + title
                else:
                    held.append(title)
            for title in held:
                if fold(title) not in seen:
                    seen.add(fold(title))
                    out.append(title)
        return out


def _repeats_in_short(folded: list[str], k: int) -> bool:
    """Whether the k-th of a mention's titles (folded) repeats an earlier one in short ('A, Bí thư Huyện ủy Ea H'leo
    thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Huyện ủy': the post left is the one named)."""
    short = folded[k] + " "
    return any(t.startswith(short) for t in folded[:k])


def find_persons(text: str) -> list[Person]:
    """Persons named in `text`, in order of first mention, each with all its mentions."""
    persons: dict[str, Person] = {}
    candidates = list(_name_candidates(text))
    post_cells = _post_cells(text)
    previous_end = previous_span_end = None
    previous: Mention | None = None
    shared_titles: list[str] = []
    plural = False  # the shared titles are a plural title's before the list ('các Thứ trưởng A và B')
    for i, (start, end, anchored) in enumerate(candidates):
        # 'các đồng chí Lê Văn Hiền, Hà Thị Nga và Vũ Đức Đam': a list continues its anchor (and its titles);
        # 'Các Ủy viên Bộ Chính trị: A - title; B - title': so does a list of names with their own titles.
        in_list = previous_end is not None and bool(_LIST_GLUE_RE.fullmatch(text[previous_end:start]))
        # 'các đồng chí A, Chủ tịch UBND xã và B được bầu …': 'và' after a person's titles joins the next
        in_list = in_list or (
            previous_span_end is not None and bool(_AND_GLUE_RE.fullmatch(text, previous_span_end, start))
        )
        if not anchored and in_list:
            anchored = True
            candidates[i] = (start, end, True)
        # (a name inside the titles read for the name before is theirs: 'A, Bí thư Huyện ủy Hoàng Su Phì chia sẻ';
        # one in a table's post cell is a place: '| Chủ tịch UBND phường Chu Văn An |')
        inside = (previous and previous.end < start < previous.span_end) or _in_post_cell(post_cells, start)
        if not anchored or inside:
            previous_end = previous_span_end = None
            continue
        shared = shared_titles if in_list else []
        mention = _add_mention(persons, text, start, end, shared)
        if mention and shared and plural and len(mention.titles) > len(shared):
            # 'các Phó Chủ tịch UBND tỉnh A, B và ông C, Giám đốc Sở Tài chính': C's own titles end the list's
            mention.titles = mention.titles[len(shared) :]
            shared_titles = shared = []
        if in_list and mention and previous:
            _share_given_post(text, previous, mention)
        previous = mention
        plural = plural and in_list
        if mention and _colon_before(text, mention):
            shared_titles, plural = _titles_before_colon(text, mention), False
        elif mention and not in_list and _plural_title_before(text, mention):
            plural = True
            # 'các Thứ trưởng Bộ Tư pháp A và B': the plural title is each name's of the list
            shared_titles = _titles_written_before(text, mention, mention.start)
        elif not in_list:
            shared_titles = []
        previous_end = mention.span_end if mention and shared_titles else end
        previous_span_end = mention.span_end if mention and mention.titles else None
    _add_names_joined_to_the_next(text, candidates, persons)
    known = set(persons)
    for start, end, anchored in candidates:
        if not anchored and name_key(text[start:end]) in known:
            _add_mention(persons, text, start, end)
    _add_table_rows(text, persons)
    _merge_short_references(persons)
    _add_unlisted_occurrences(text, persons)
    given = _give_posts_respectively(text, persons)
    for person in persons.values():
        person.mentions.sort(key=lambda m: m.start)
    _give_posts_taken_apart(text, [m for p in persons.values() for m in p.mentions], given)
    _give_counted_posts(text, [m for p in persons.values() for m in p.mentions])
    _give_labelled_posts(text, [m for p in persons.values() for m in p.mentions])
    return sorted(persons.values(), key=lambda p: p.mentions[0].start)


_OF_BEFORE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.ON_BEHALF_OF)})\s+$")
_RANK_OR_DEGREE_BEFORE_RE = re.compile(r"(?<=\s)(?:" + _RANK + "|" + _DEGREE + r")\s+$", re.IGNORECASE)
_ASIDE_RE = re.compile(r"\s*\([^()]*\)")
# ('thừa ủy quyền của Bộ trưởng … và Tư lệnh Quân khu 2, Thiếu tướng A', 'Theo các quyết định của Giám đốc Công an
# tỉnh, Thượng tá A': the posts are the principal's, the issuer's)
_ON_BEHALF_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.ON_BEHALF_OF)})\s[^.;:]*$|(?<!\w){re.escape(V.OF_WORD)}\s+$"
)
_APPOSED_RANK_RE = re.compile(rf",\s*(?:{_RANK})\s+$", re.IGNORECASE)
_GIVING_VERB_RE = re.compile(r"(?<!\w)(?:" + folded_alternation(V.TITLE_GIVING_VERBS) + r")(?!\w)")
_POST_TAKING_RE = re.compile(r"(?<!\w)(?:" + folded_alternation(V.POST_TAKING_WORDS) + r") ")
_POST_LEFT_RE = re.compile(r"(?<!\w)(?:" + folded_alternation(V.POST_LEFT_BEFORE) + r")\s+$")
_POST_INTENDED_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in V.POST_INTENDED_WORDS) + r")(?!\w)")


# what may stand before the name in a person cell: a form of address, a rank ('| Thiếu tướng Mai Trường Giang |')
_TABLE_ADDRESS_RE = re.compile(rf"(?:{_ADDRESS_ANY}|{_RANK})\s+", re.IGNORECASE)


def _post_cells(text: str) -> list[tuple[int, int]]:
    """Where the post cells of the text's tables of persons are: the posts held and given, no person's name."""
    return [
        (cell.start, cell.end)
        for table in find_tables(text)
        for row in table.rows
        for role, cell in row.cells.items()
        if role in ("held", "post")
    ]


def _in_post_cell(cells: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in cells)


def _add_table_rows(text: str, persons: dict[str, Person]) -> None:
    """A table's person column names a person in each row (transforms/tables.py), whose titles are
    the row's posts, held and given, when they read as titles ('| Trần Xuân Hiếu | Phó Chánh Văn
    phòng Tỉnh ủy | Phó Trưởng Ban Tổ chức Tỉnh ủy | 1502-QĐ/TU |')."""
    for table in find_tables(text):
        for row in table.rows:
            cell = row.cells.get("person")
            if cell is None:
                continue
            address = _TABLE_ADDRESS_RE.match(cell.text)
            start = cell.start + (address.end() if address else 0)
            if not _NAME_RUN_RE.fullmatch(text, start, cell.end) or cell.end - start > 60:
                continue
            if len(text[start : cell.end].split()) > MAX_NAME_SYLLABLES:
                continue
            key = name_key(text[start : cell.end])
            person = persons.setdefault(key, Person(display_name(text[start : cell.end]), key))
            posts = [row.cells[role].text for role in ("held", "post") if role in row.cells]
            titles = [title for post in posts for title in titles_after(post, 0)[0]]  # a cell lists them as prose
            mention = Mention(start, cell.end, titles, row.start, row.end)
            if start in person.starts:  # read already, as a name written again: the row gives its posts
                person.mentions = [mention if m.start == start else m for m in person.mentions]
                continue
            person.starts.add(start)
            person.mentions.append(mention)


def _add_unlisted_occurrences(text: str, persons: dict[str, Person]) -> None:
    """A name the article has anchored is a mention wherever it is written again, also where no run
    starts it as a name: a family name in no list ('Bí thư Huyện ủy Kim Sóc Khanh' after 'đồng chí Kim
    Sóc Khanh'), which the title before it would otherwise take for a place."""
    for person in list(persons.values()):
        first = person.mentions[0]
        written = text[first.start : first.end]
        if fold(written.split()[0]) in _SURNAMES:
            continue  # a listed family name starts a run wherever it is written: found already
        for at in occurrences(text, written):
            end = at + len(written)
            if at in person.starts or (at and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue
            _add_mention(persons, text, at, end)


_RESPECTIVELY_WORDS = tuple(fold(w) for w in V.RESPECTIVELY_WORDS)
_RESPECTIVELY_RE = re.compile(r"(?<!\w)(?:" + folded_alternation(V.RESPECTIVELY_WORDS) + r")(?!\w)")
_SHARED_TITLES_RE = re.compile(r"\s*(?:" + folded_alternation(V.SHARED_TITLE_INTROS) + r") ")
_BEFORE_RESPECTIVELY_RE = re.compile(r"[\s,]*")
_RESPECTIVELY_REACH = 40
_CAPITALISED_WORD_RE = re.compile(rf"[{UPPER}]\w*")
_GIVEN_NAME_LIST_RE = re.compile(rf"[{UPPER}]\w*(?:(?:\s*,\s*|\s+{_AND}\s+)[{UPPER}]\w*)+")


def _give_posts_respectively(text: str, persons: dict[str, Person]) -> set[int]:
    """'các ông A, B và C lần lượt giữ chức X, Y và Z': the i-th post goes to the i-th name before the
    word, the names written in full or by their given names alone ('Các ông Dũng, Lực, Bảy'), with the
    titles written once for all of them ('hiện là Tỉnh ủy viên, lần lượt ...'). Returns where the posts
    were read, for `_give_posts_taken_apart` to leave them alone."""
    folded = fold_aligned(text)
    given: set[int] = set()
    # the word is rare: found with str.find, then matched where it is (a pattern scan costs every article)
    starts = sorted({at for word in _RESPECTIVELY_WORDS for at in occurrences(folded, word)})
    for m in filter(None, (_RESPECTIVELY_RE.match(folded, at) for at in starts)):
        if m.start() and folded[m.start() - 1].isalnum():
            continue
        posts, posts_end = titles_after(text, m.end())
        if len(posts) < 2:
            continue
        sentence_start = max((s for s, _ in sentence_spans(text) if s <= m.start()), default=0)
        owners = _respective_owners(text, persons, sentence_start, m.start(), len(posts))
        if not owners:
            continue
        shared = _SHARED_TITLES_RE.match(text, owners[-1].end)
        shared_titles = titles_after(text, shared.end() - 1)[0] if shared else ()
        for owner, post in zip(owners, posts, strict=True):
            for title in (*shared_titles, post):
                if fold(title) not in {fold(t) for t in owner.titles}:
                    owner.titles.append(title)
        given.update(range(m.start(), posts_end))
    return given


def respective_posts(text: str, at: int) -> tuple[str, ...]:
    """The posts a 'lần lượt' right after `at` hands out in order ('A và B, lần lượt giữ chức X và Y'),
    or () when none follows or it lists fewer than two."""
    m = _RESPECTIVELY_RE.match(
        fold_aligned(text[at : at + _RESPECTIVELY_REACH]), len(_BEFORE_RESPECTIVELY_RE.match(text, at).group())
    )
    if not m:
        return ()
    posts, _ = titles_after(text, at + m.end())
    return posts if len(posts) >= 2 else ()


def respective_posts_later(text: str, folded: str, at: int, end: int) -> tuple[str, ...]:
    """The posts a 'lần lượt' told later in [at, end) of `text` (`folded`: its folded, aligned form) hands out in
    order, to persons listed before the verbs ('3 đồng chí: A, …; B, …; C, … được điều động về … và được bổ nhiệm lần
    lượt giữ chức X, Y, Z'); as respective_posts."""
    told = _RESPECTIVELY_RE.search(folded, at, end)
    return respective_posts(text, told.start()) if told else ()


def _respective_owners(text: str, persons: dict[str, Person], start: int, end: int, count: int) -> list[Mention] | None:
    """The `count` names right before `end` in the sentence: mentions in full, or a list of given
    names each naming one person of the article (a mention is added for each)."""
    mentions = sorted(
        (x for p in persons.values() for x in p.mentions if start <= x.start and x.end <= end), key=lambda x: x.start
    )
    if len(mentions) >= count:
        return mentions[-count:]
    by_given: dict[str, list[Person]] = {}
    for person in persons.values():
        by_given.setdefault(fold(person.full_name.split()[-1]), []).append(person)
    for names in reversed(list(_GIVEN_NAME_LIST_RE.finditer(text, start, end))):
        words = list(_CAPITALISED_WORD_RE.finditer(names.group()))
        found = [by_given.get(fold(w.group()), []) for w in words]
        if len(words) != count or any(len(f) != 1 for f in found):
            continue
        owners = []
        for word, (person,) in zip(words, found, strict=True):
            at = names.start() + word.start()
            mention = Mention(at, at + len(word.group()), [], at, at + len(word.group()))
            person.mentions.append(mention)
            person.starts.add(at)
            owners.append(mention)
        return owners
    return None


def _give_posts_taken_apart(text: str, mentions: list[Mention], given: set[int] | frozenset[int] = frozenset()) -> None:
    """'chỉ định bà A sinh năm 1981 giữ chức X', 'A, ... tham gia Ban Thường vụ và giữ chức X': a post
    taken away from the name goes to the nearest name before it in the sentence, unless the sentence
    makes it only intended ('giới thiệu A để bầu giữ chức X')."""
    folded = fold_aligned(text)
    if not _POST_TAKING_RE.search(folded):
        return
    spans = sentence_spans(text)
    for m in _POST_TAKING_RE.finditer(folded):
        if m.start() in given:
            continue
        sentence_start = max((s for s, _ in spans if s <= m.start()), default=0)
        before = [x for x in mentions if sentence_start <= x.start and x.start <= m.start()]
        if not before:
            continue
        # (the nearest name may have read the post already: 'A và B, Chủ tịch UBND tỉnh, được bầu giữ chức X')
        owner = max(before, key=lambda x: x.start)
        if _POST_INTENDED_RE.search(folded, sentence_start, m.start()) or _POST_LEFT_RE.search(
            folded, max(0, m.start() - 12), m.start()
        ):
            continue
        if _given_name_between(text, mentions, owner, m.start()):
            continue  # 'A và B được bầu …; bà B tiếp tục được phân công làm X': X is B's, told by given name
        boundary = _segment_end(text, m.end())
        title, _ = _title_at(text[m.end() : boundary.start() if boundary else len(text)], continuing=False)
        if not title:
            continue
        # (the owner's span may hold the post read already: then the comma is looked for right before it)
        after_titles = past_aside(text, owner.span_end) if owner.span_end <= m.start() else m.start()
        set_off = bool(owner.titles) and _SET_OFF_RE.search(folded, max(0, after_titles - 40), m.start()) is not None
        for person in _listed_with(text, folded, before, owner, set_off):
            if fold(title) not in {fold(t) for t in person.titles}:
                person.titles.append(title)


# a form of address and one capitalised word: a person named again by given name ('bà Hương'); appointments reads
# a change's object so too
GIVEN_NAME = rf"(?i:{_ADDRESS})\s+(?P<given>[{UPPER}][\w'’]*)(?![\w'’]|\s+[{UPPER}])"
_GIVEN_NAME_RE = re.compile(rf"(?<!\w){GIVEN_NAME}")
# a count before what it counts: '3', 'hai', 'ba' … (the folded text's number words)
COUNT = rf"(?:\d{{1,2}}|{folded_alternation(V.EVENT_DAYS_COUNTS)})"


def _given_name_between(text: str, mentions: list[Mention], owner: Mention, end: int) -> bool:
    """Whether another person the text names in full is named by given name alone between `owner` and `end`."""
    given = {text[x.start : x.end].rsplit(" ", 1)[-1] for x in mentions} - {
        text[owner.start : owner.end].rsplit(" ", 1)[-1]
    }
    return any(g.group("given") in given for g in _GIVEN_NAME_RE.finditer(text, owner.end, end))


# A post counted, then the persons given it: 'Ba Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: A, …; B, …',
# 'chỉ định 5 Phó Chủ tịch UBND tỉnh, gồm các ông, bà: A, B …', 'phê chuẩn kết quả bầu 2 Phó Chủ tịch UBND phường
# gồm ông A và bà B' (folded text; the count opens it).
_COUNTED_LIST_RE = re.compile(
    rf"(?<!\w){COUNT}\s+(?P<counted>[^,;.:()]{{3,80}}?)"
    rf"(?:\s+(?:{folded_alternation(V.APPOINTMENT_PASSIVE_WORDS)})\s+[^,;.:()\s]+(?:\s+[^,;.:()\s]+)?)?\s*,?"
    rf"\s+(?:{folded_alternation(V.APPOINTMENT_COUNTED_POST_TO)})"
    rf"(?:\s+{re.escape(V.PLURAL_WORD)}\s+(?:{_ADDRESS})(?:\s*(?:,|{_AND})\s*(?:{_ADDRESS}))*)?\s*:?\s+"
)


# ('Ba đồng chí được chỉ định giữ chức Phó Bí thư Tỉnh ủy gồm: …': the change's verb may come between, passive)
_CHANGE_VERBS = folded_alternation([w for words in V.APPOINTMENT_VERBS.values() for w in words])
# a post set off by a comma after a list, its passive verb with it: 'A, …, cùng B, … và C, …, được chỉ định làm X'
_SET_OFF_RE = re.compile(
    rf"(?<=[^\s,])\s*,\s*(?:(?:{folded_alternation(V.APPOINTMENT_PASSIVE_WORDS)})\s+(?:(?:{_CHANGE_VERBS})\s+)?)?$"
)
_PERSONS_TAKING_RE = re.compile(
    rf"(?:{folded_alternation(V.COUNTED_PERSON_NOUNS)})\s+"
    rf"(?:(?:{folded_alternation(V.APPOINTMENT_PASSIVE_WORDS)})\s+(?:{_CHANGE_VERBS})\s+)?"
    rf"(?:{folded_alternation(V.POST_TAKING_WORDS)})\s+"
)


def _give_counted_posts(text: str, mentions: list[Mention]) -> None:
    """Each person a counted post is given to takes it as a title ('Ba Phó Chủ tịch UBND tỉnh được bầu gồm các
    đồng chí: A, Ủy viên BTV Tỉnh ủy; B, Giám đốc Sở …': A and B are Phó Chủ tịch UBND tỉnh), unless the sentence
    makes it only intended; a person whose own titles hold a post of that kind keeps those alone."""
    folded = fold_aligned(text)
    for m in _COUNTED_LIST_RE.finditer(folded):
        # ('3 đồng chí giữ chức Phó Bí thư Tỉnh ủy khóa I gồm: …': the persons counted, then the post they take)
        taking = _PERSONS_TAKING_RE.match(m.group("counted"))
        post = text[(m.start("counted") + taking.end()) if taking else m.start("counted") : m.end("counted")]
        term = _TERM_AT_END_RE.search(post)  # ('2 Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 gồm: …': without the term)
        post = post[: term.start()] if term else post
        if title_end(post, 0) != len(post) or not position_at(fold_aligned(post)):
            continue  # '47 đồng chí vào Ban Chấp hành', 'hơn 600 điểm cầu': no post
        sentence = next(((s, e) for s, e in sentence_spans(text) if s <= m.start() < e), (0, len(text)))
        if _POST_INTENDED_RE.search(folded, sentence[0], m.start()):
            continue
        kind = parse_title(post).position
        for mention in (x for x in mentions if m.end() <= x.start < sentence[1]):
            own = {parse_title(t).position for t in mention.titles}
            if fold(post) not in {fold(t) for t in mention.titles} and kind not in own:
                mention.titles.append(post)


# A line that opens with a post and a colon, then the persons given it: '1. Chủ tịch HĐND xã: ông A - Bí thư Đảng ủy
# xã (25/25 phiếu)', 'Phó Bí thư Đảng ủy: đồng chí B', '6. Phó Chủ tịch UBND xã: ông C, ông D' (a result list).
LABEL_LINE_RE = re.compile(r"(?P<label>[^:\n|]{3,80}?)[ \t]*:[ \t]+")  # matched at a line's start
_LINE_OPENING_RE = re.compile(rf"[ \t]*(?:(?:{_ADDRESS_ANY})\s+)?", re.IGNORECASE)


def _give_labelled_posts(text: str, mentions: list[Mention]) -> None:
    """Each person a line names after the post it opens with takes the post as a title."""
    by_start: dict[int, Mention] | None = None
    for colon in occurrences(text, ":"):  # (a few a text: quicker than a pattern tried at every line)
        m = LABEL_LINE_RE.match(text, text.rfind("\n", 0, colon) + 1)
        if m is None or text.find(":", m.end("label")) != colon:
            continue  # (not the line's first colon)
        by_start = {x.start: x for x in mentions} if by_start is None else by_start
        if _LINE_OPENING_RE.match(text, m.end()).end() not in by_start:
            continue  # the persons follow the colon at once ('Chủ tịch HĐND xã: ông A'), not 'Thời gian: …'
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        named = sorted((x for x in mentions if m.end() <= x.start < line_end), key=lambda x: x.start)
        post = labelled_post(text, m.start("label"), m.end("label"))
        for mention in named if post else ():
            if fold(post) not in {fold(t) for t in mention.titles}:
                mention.titles.append(post)


_LABEL_NOUN_RE = re.compile(rf"(?:{'|'.join(map(re.escape, V.POST_LABEL_NOUNS))})\s+(?=[{UPPER}])", re.IGNORECASE)


def labelled_post(text: str, start: int, end: int) -> str | None:
    """The post a line's label is, after its item mark and a noun for posts, before a term ('1. Chủ tịch HĐND xã',
    '- Chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021'), or None."""
    mark = ITEM_MARK_RE.match(text, start, end)
    at = mark.end() if mark else start
    noun = _LABEL_NOUN_RE.match(text, at, end)
    label = text[noun.end() if noun else at : end].strip()
    length = title_end(label, 0) if label else 0
    rest = label[length:].strip(" ,")
    if length and (not rest or _TERM_RE.fullmatch(rest)) and position_at(fold_aligned(label)):
        return label[:length].strip()
    return None


_PLURAL_BEFORE_RE = re.compile(rf"(?<!\w){re.escape(V.PLURAL_WORD)}\s+(?:(?:{_ADDRESS})\s*:?\s*)?$", re.IGNORECASE)
_LIST_JOINER_RE = re.compile(
    rf"\s*(?:,\s*{re.escape(V.WITH_WORD)}(?!\w)|[,;]|{_AND})\s*(?:(?:{_ADDRESS}|{_RANK})\s+)?", re.IGNORECASE
)


def past_aside(text: str, at: int) -> int:
    """Past a bracket right at `at` ('A, Trưởng phòng X (Quyết định số 1351-QĐ/TU) và B'), else `at`."""
    aside = _ASIDE_RE.match(text, at)
    return aside.end() if aside else at


def _listed_with(
    text: str, folded: str, mentions: list[Mention], last: Mention, set_off: bool = False
) -> list[Mention]:
    """`last` and the names listed right before it ('Các đồng chí A và B, Chủ tịch UBND tỉnh, được bầu
    giữ chức X': a post taken after a list goes to every name of it), nearest first; not names given
    posts of their own ('A - X giữ chức Y, B - Z giữ chức W'), nor, unless the list is plural ('Các bà A,
    Chủ tịch …, và B, …') or its items are parted by ';', a name with titles of its own ('Ông A, Bí thư
    Tỉnh ủy và ông B được bầu làm X': B alone). A post `set_off` by a comma after the last name's titles
    is the whole list's: 'bổ nhiệm đồng chí A, title (…) và đồng chí B, title (…), giữ chức X'."""
    listed, joiners = [last], []
    while True:
        earlier = [x for x in mentions if x.span_end <= listed[-1].start]
        if not earlier:
            break
        previous = max(earlier, key=lambda x: x.start)
        joiner = _LIST_JOINER_RE.fullmatch(text, past_aside(text, previous.span_end), listed[-1].start)
        if (
            not joiner
            or _POST_TAKING_RE.search(folded, previous.start, listed[-1].start)
            # 'A tái đắc cử chức X; B được bầu giữ chức Y': a verb after A gave A its own post
            or _GIVING_VERB_RE.search(folded, previous.end, listed[-1].start)
        ):
            break
        listed.append(previous)
        joiners.append(joiner.group())
    opening = listed[-1].span_start
    if set_off or any(";" in j for j in joiners) or _PLURAL_BEFORE_RE.search(folded, max(0, opening - 30), opening):
        return listed
    untitled = 1
    while untitled < len(listed) and not listed[untitled].titles:
        untitled += 1
    return listed[:untitled]


_SHORT_REFERENCE_OF = 4  # syllables of a full name whose last two are a short reference to it


def _add_names_joined_to_the_next(text: str, candidates: list, persons: dict[str, Person]) -> None:
    """A name that opens an item of a list ('…; A và B, Phó Trưởng Ban Tổ chức T.Ư.') joined by 'và' to the next
    name, a person with titles, is a person with those titles too (the titles are written once for both)."""
    by_start = {m.start: m for p in persons.values() for m in p.mentions}
    for (start, end, anchored), (next_start, _, _) in zip(candidates, candidates[1:], strict=False):
        following = by_start.get(next_start)
        if anchored or following is None or not following.titles or not _AND_TITLE_RE.fullmatch(text, end, next_start):
            continue
        if text[:start].rstrip().endswith((";", ":")):
            _add_mention(persons, text, start, end, list(following.titles))


def _merge_short_references(persons: dict[str, Person]) -> None:
    """A two-syllable name that is the last two syllables of a four- or five-syllable name written before it is
    that person, the way a paper refers back to her: 'đồng chí Nguyễn Thị Kim Thoa … Đồng chí Kim Thoa được bầu
    thay …' (though 'Kim' opens Khmer names too); so are the first two of a name whose family name comes last
    ('ông Y Khun Byă … ông Y Khun đề nghị')."""
    for key, short in list(persons.items()):
        words = key.split(" ")
        if len(words) != 2:
            continue
        first = short.mentions[0].start if short.mentions else 0
        full = [
            p
            for k, p in persons.items()
            if p.mentions
            and p.mentions[0].start < first
            and (
                (len(k.split(" ")) >= _SHORT_REFERENCE_OF and k.split(" ")[-2:] == words)
                or (words[0] in V.GIVEN_NAME_FIRST_PREFIXES and len(k.split(" ")) > 2 and k.split(" ")[:2] == words)
            )
        ]
        if len(full) == 1:
            full[0].mentions += short.mentions
            full[0].starts |= short.starts
            del persons[key]


def _share_given_post(text: str, previous: Mention, mention: Mention) -> None:
    """The post a verb after the last name of a list hands is each name's: 'A và B được bầu làm Phó Bí thư …'
    (A takes B's titles), 'A, Chủ tịch UBND tỉnh, và B, … giữ chức Phó Bí thư Tỉnh ủy' (A takes the post
    given, not B's own; a second post B holds besides, 'kiêm …', is B's alone)."""
    if not previous.titles:
        if _given_after(text, mention):
            previous.titles = list(mention.titles)
        return
    given = _given_titles(text, mention)
    # a post given right after the last name is that name's alone ('A, Bí thư Tỉnh ủy và ông B được bầu làm X')
    # unless a comma closed the titles before 'và' ('A, Chủ tịch UBND tỉnh, và đồng chí B được bầu giữ chức X')
    after_own = given and mention.titles[0] != given[0]
    closed = text[previous.span_end : mention.start].lstrip().startswith(",")
    if given and (after_own or closed) and not _given_titles(text, previous):  # ('chỉ định bà A giữ chức X và
        previous.titles += [t for t in given if t not in previous.titles]  # ông B giữ chức Y': each its own)


def _given_titles(text: str, mention: Mention) -> list[str]:
    """The mention's titles a verb after the name hands it ('… được bầu giữ chức X'), not those set after
    it by a comma; nor a second post it holds ('kiêm …')."""
    given: list[str] = []
    cursor = mention.end
    for title in mention.titles:
        at = text.find(title, cursor, mention.span_end)
        if at == -1:
            return []
        gap = fold_aligned(text[cursor:at].strip(" ,"))
        if given or (gap and _intro_len(gap, 0) and not gap.startswith(_SECOND_TITLE)):
            given.append(title)
        cursor = at + len(title)
    return given


_SECOND_TITLE = tuple(fold(v) for v in V.SECOND_TITLE_VERBS)


def _given_after(text: str, mention: Mention) -> bool:
    """Whether the mention's titles are handed to it by a verb right after the name ('B được bầu làm X')."""
    cursor = _AFTER_NAME_RE.match(text, mention.end).end()
    return bool(mention.titles) and mention.span_end > mention.end and bool(_intro_len(text, cursor))


def _add_mention(
    persons: dict[str, Person], text: str, start: int, end: int, shared: list[str] | None = None
) -> Mention | None:
    key = name_key(text[start:end])
    before, before_start = titles_before(text, start)
    after, after_end = titles_after(text, end)
    now = _NOW_TITLES_RE.match(text, after_end) if after else None
    if now:  # 'nguyên X (nay là Y)': Y is held now
        after += tuple(t for t in (_title_at(part.strip(), False)[0] for part in now.group(1).split(",")) if t)
        after_end = now.end()
    if (
        after
        and _TOPIC_OPENING_RE.search(text, max(0, before_start - 40), before_start)
        and not _COMMA_RE.match(text, after_end)
    ):
        # 'Đối với … A, Chủ tịch UBND tỉnh yêu cầu': the topic ends at the comma, the title is the next
        # clause's subject; 'Đối với A, Phó Chủ tịch UBND huyện, Ủy ban … quyết định': closed by a comma, A's
        after, after_end = (), end
    if not before and not after:
        before, before_start = _title_given_to(text, start)
    person = persons.setdefault(key, Person(display_name(text[start:end]), key))
    if start in person.starts:
        return None
    person.starts.add(start)
    charged = bool(after) and _CHARGE_GIVEN_RE.search(text, max(0, start - 40), start) is not None
    if charged:
        after = _charge_apart(after)
    own = list(before + after)
    mention = Mention(start, end, [t for t in shared or [] if t not in own] + own, before_start, after_end)
    if charged and len(after) > 1:
        mention.given = tuple(t for t in after[1:] if fold(t).startswith(_CHARGES))
    person.mentions.append(mention)
    return mention


_ADDRESS_RE = "|".join(map(re.escape, V.ADDRESS_FORMS))
# 'giao ông A, Phó Giám đốc Sở, phụ trách Sở Giao thông vận tải': the charge after A's titles is given, not held
_CHARGE_GIVEN_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, V.CHARGE_GIVING_VERBS))})\s+(?:(?:{_ADDRESS_RE}|{_RANK}|{_DEGREE})\s+)?$",
    re.IGNORECASE,
)
_CHARGES = tuple(fold(w) + " " for w in V.APPOINTMENT_CHARGE_WORDS)


def _charge_apart(titles: tuple[str, ...]) -> tuple[str, ...]:
    """After a verb that gives a charge, a last title that goes on with one is the post held and the charge
    given: 'giao Thượng tá A, Phó Trưởng phòng Tham mưu phụ trách Phòng Tham mưu'."""
    low = fold_aligned(titles[-1])
    at = min((i for c in _CHARGES if (i := low.find(" " + c)) > 0), default=-1)
    if at == -1:
        return titles
    return (*titles[:-1], titles[-1][:at], titles[-1][at + 1 :])


_COMMA_RE = re.compile(r"\s*,")
_TOPIC_OPENING_RE = re.compile(
    rf"(?:^|[.!?\n]\s*)(?:{'|'.join(re.escape(w.capitalize()) for w in V.TOPIC_OPENINGS)})\s+(?:(?:{_ADDRESS_RE})\s+)?$"
)
_GIVEN_TO_RE = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, V.TITLE_TO_PERSON)) + r")\s+(?:" + _ADDRESS_RE + r")\s+$", re.IGNORECASE
)
_TITLE_NOUN_RE = re.compile(
    r"(?<!\S)(?:" + "|".join(map(re.escape, sorted(V.TITLE_NOUNS, key=len, reverse=True))) + r")\s+", re.IGNORECASE
)


def _title_given_to(text: str, start: int) -> tuple[tuple[str, ...], int]:
    """'chuẩn y chức danh Bí thư Tỉnh ủy X đối với đồng chí NAME': the title written before the person."""
    window_start = max(0, start - 160)
    link = _GIVEN_TO_RE.search(text, window_start, start)
    if not link:
        return (), start
    nouns = list(_TITLE_NOUN_RE.finditer(text, window_start, link.start()))
    if not nouns:
        return (), start
    phrase = text[nouns[-1].end() : link.start()]
    if not phrase or title_end(phrase, 0) != len(phrase):
        return (), start
    return (phrase,), nouns[-1].end()


def _plural_title_before(text: str, mention: Mention) -> bool:
    """Whether the mention's titles are written before it after the plural word ('các Phó Chủ tịch UBND tỉnh A')."""
    return mention.span_start < mention.start and bool(
        _PLURAL_BEFORE_RE.search(text, max(0, mention.span_start - 30), mention.span_start)
    )


def _colon_before(text: str, mention: Mention) -> bool:
    """Titles written once before a colon belong to every name of the list after it."""
    return ":" in text[mention.span_start : mention.start]


def _titles_before_colon(text: str, mention: Mention) -> list[str]:
    """The mention's titles written before the colon of its list (the shared ones)."""
    colon = text.rfind(":", mention.span_start, mention.start)
    if text[: mention.span_start].rstrip().endswith((",", "-", "–")):
        return []  # 'A, Phó Bí thư Tỉnh ủy: B, ...': the titles are A's, written before a stray colon
    return _titles_written_before(text, mention, colon)


def _titles_written_before(text: str, mention: Mention, end: int) -> list[str]:
    """The mention's titles written between the start of its titles and `end` (those before its name)."""
    return [t for t in mention.titles if text.find(t, mention.span_start, end) != -1]


# --- names -------------------------------------------------------------------------------------


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not word.isupper())


def _name_candidates(text: str):
    """Yield (start, end, anchored) for every plausible name occurrence, in text order."""
    after_cues = _after_cues(text)
    for words in sorted(_runs(text, after_cues)):
        # a capitalised form of address opening a sentence ('Ông Điểu Minh Hải được …') is the run's first word
        cued = next((k for k, w in enumerate(words[:2]) if w[0] in after_cues), None)
        yield from _names_in_run(text, words, cued, not _capitalised(words[0][2]))


def _after_cues(text: str) -> set[int]:
    """Offsets where a name may start right after a form of address ('đồng chí ', 'ông: ').

    Forms of address are few, so they are looked up with str.find on the lower-cased text: much
    quicker than a case-insensitive pattern tried at every position, or at every capitalised run.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case has another length: offsets would shift
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    ends: dict[int, int] = {}  # where each cue starts → where the longest one there ends
    degrees: set[int] = set()  # where a degree starts
    for cue in _PERSON_CUES:
        for at in occurrences(lowered, cue):
            if cue in _LOWER_CASE_CUES and text[at].isupper() and text[:at].rstrip()[-1:] not in ("", ".", "\n"):
                continue  # 'Trung tâm Ngoại ngữ Anh Việt Mỹ': capitalised inside a sentence, 'Anh' is England
            after = at + len(cue)
            if cue[-1].isalpha() and after < len(lowered) and lowered[after].isalpha():
                continue  # a word's start: 'bà' of 'BÀI VIẾT CÙNG CHUYÊN MỤC'
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "_/"):
                gap = _CUE_GAP_RE.match(text, after)
                end = gap.end()
                if end - at - len(gap["aside"] or "") <= _CUE_REACH:
                    ends[at] = max(end, ends.get(at, end))  # (the longest cue there)
                    if cue in _DEGREE_CUES:
                        degrees.add(at)
    # (not where a degree starts: 'NGƯT.ThS A' names A, not 'ThS A' after 'NGƯT.')
    found = {end for end in ends.values() if end not in degrees}
    if ":" in text and any(word in lowered for word in V.LIST_OPENING_WORDS):
        found.update(_counted_list_starts(text))
    return found


# A count of persons, or of a post, and 'gồm:' before a list of bare names: 'bầu 3 đồng chí giữ chức Phó Bí thư Tỉnh
# ủy gồm: A, B và C', 'bầu 3 Phó Bí thư Tỉnh ủy gồm: A, B và C', 'cho 4 đồng chí, gồm: …' (folded text; no other
# count between it and the list: '70 năm tuổi Đảng cho 4 đồng chí' counts the persons by the 4; a term's years may
# stand there: '… nhiệm kỳ 2020 - 2025 gồm:'). Not a count of
# anything else: '5 cơ quan gồm: Ban Tuyên giáo, …'.
_COUNTED_NAMES_RE = re.compile(
    rf"(?<!\w){COUNT}\s+(?P<counted>(?:(?!(?<!\w)\d{{1,2}}\s)[^,;.:()\n]){{3,80}}?)\s*,?"
    rf"\s+(?:{folded_alternation(V.LIST_OPENING_WORDS)})\s*:[ \t]*"
)
_COUNTED_PERSONS = tuple(fold(w) for w in V.COUNTED_PERSON_NOUNS)


def _counted_list_starts(text: str) -> set[int]:
    """Offsets where the names of a list of counted persons or of a counted post's holders start: the first, and
    each after a ';' of the list ('trao Huy hiệu cho 4 đồng chí, gồm: A - nguyên …; B; C - …': B, with no title,
    is a person as the others are)."""
    folded = fold_aligned(text)
    starts = set()
    for m in _COUNTED_NAMES_RE.finditer(folded):
        counted = m.group("counted")
        post = text[m.start("counted") : m.end("counted")]
        persons = any(counted == w or counted.startswith(w + " ") for w in _COUNTED_PERSONS)
        if persons or (title_end(post, 0) == len(post) and position_at(fold_aligned(post))):
            starts.add(m.end())
            end = next((e for b, e in sentence_spans(text) if b <= m.end() < e), len(text))  # (the list's sentence)
            starts.update(item.end() for item in _ITEM_SEPARATOR_RE.finditer(text, m.end(), end))
    return starts


_ITEM_SEPARATOR_RE = re.compile(r";[ \t]*")


Word = tuple[int, int, str]  # (start, end, the word)


def _runs(text: str, after_cues: set[int]):
    """Every run of words that may hold a name, as a list of words.

    A run is capitalised words separated by single spaces; a lower-case family name right after a
    form of address may start one ('đồng chí cao Xuân Chiểu'). Runs are found by regular
    expression, not word by word: this is the extractor's hottest loop.
    """
    lower_starts = set()
    for m in _lower_surnames(text, after_cues):
        run = _CAPS_RUN_RE.match(text, m.end() + 1)  # the capitalised words that follow belong to it
        if run is None:
            continue
        lower_starts.add(m.end() + 1)
        yield [(m.start(), m.end(), m.group()), *_words(run)]
    for m in _NAME_RUN_RE.finditer(text):
        if m.start() not in lower_starts:
            yield _words(m)
    for at in after_cues:  # a name written as one word after its form of address: 'anh K'Sơn, Phó Bí thư …'
        m = _ONE_WORD_NAME_RE.match(text, at)
        if m is None and _ADDRESSED_RE.search(text, max(0, at - 12), at):
            # ... or in capitals after 'đồng chí', 'ông', 'bà', as some portals write them: 'đ/c PHAN THỊ LÝ - UV
            # BTV Đảng ủy' (not after a rank: 'Thiếu tá NGUYỄN HOÀNG LONG' closing an article is its byline)
            m = _CAPITALS_NAME_RE.match(text, at)
        if m:
            yield _words(m)


def _words(run: re.Match) -> list[Word]:
    """The words of a run match: the run is words joined by single spaces."""
    words, at = [], run.start()
    for word in run.group().split(" "):
        words.append((at, at + len(word), word))
        at += len(word) + 1
    return words


def _lower_surnames(text: str, after_cues: set[int]):
    """Lower-case family names right after a form of address ('đồng chí cao Xuân Chiểu'), as matches."""
    for at in sorted(after_cues):
        m = _LOWER_SURNAME_RE.match(text, at)
        if m and fold(m.group()) in _SURNAMES:
            yield m


def _names_in_run(text: str, run: list[Word], cued: int | None, lower_start: bool):
    """The name in a run of words, from its earliest plausible start: the word after a form of address
    (`cued`), a family name, an ethnic-minority prefix."""
    tokens = [w[2] for w in run]
    folded = [fold(t) for t in tokens]
    starts = [cued] if cued is not None else [0] if lower_start else []
    starts += [
        k
        for k, f in enumerate(folded)
        if f in _SURNAMES
        or (f in _ETHNIC and not _prefix_is_a_word(text, run, k))
        or (("'" in f or "’" in f) and APOSTROPHE_NAME_RE.fullmatch(tokens[k]))  # 'H'Loan Êban': prefix joined
    ]
    if len(run) in (3, 4) and folded[1] in _MIDDLE_NAMES and _capitalised(tokens[0]) and cued != 1:
        starts.append(0)  # 'Văn Thị Bạch Tuyết' (not 'Bà Thị Rơi': the form of address opens the run)
        starts.sort()
    if (
        not starts
        and 2 <= len(run) <= 4
        and folded[0] not in _NOT_NAME
        and text[max(0, run[0][0] - 3) : run[0][0]].rstrip().endswith(";")
    ):
        # 'các đồng chí: Hồ Văn Nhất, Bí thư ...; Kăn Sương, Phó Bí thư ...': an item of a list of persons
        # with their titles is a name whatever its family name (many minorities' are in no list)
        if _title_follows(text, run[-1][1]) and not _name_follows(text[run[-1][1] :].lstrip(" ,-–")):
            starts = [0]
    starts = _starts_after_namesake(text, run, _starts_after_place(text, run, tokens, starts))
    for k in dict.fromkeys(starts):
        end_k = _name_end(text, run, folded, k)
        n = end_k - k
        # (one word may be a whole name when a prefix and an apostrophe join its two syllables, after a form of
        # address: 'anh K'Sơn, Phó Bí thư Tỉnh đoàn')
        whole_word = n == 1 and k == cued and APOSTROPHE_NAME_RE.fullmatch(tokens[k]) is not None
        if (n < 2 and not whole_word) or n > MAX_NAME_SYLLABLES:
            continue
        if folded[k] in _NOT_NAME and not (k == 0 and lower_start):
            continue
        if len(tokens[end_k - 1]) == 1 or (end_k < len(tokens) and len(tokens[end_k]) == 1):
            return  # 'Mai Văn C': a name cut off by the end of an excerpt ('Giàng A Chu' is whole)
        name_folded = " ".join(folded[k:end_k])
        if name_folded.startswith(_PLACE_STARTS) or (n == 2 and name_folded in _PLACES):
            continue  # 'Thái Bình', 'Hà Nội Vũ Hồng Khanh'; 'Hồ Chí Minh' is judged by what stands before it
        start, end = run[k][0], run[end_k - 1][1]
        if _LOCALITY_BEFORE_RE.search(fold_aligned(text[max(0, start - 12) : start])) and (
            n == 2 or name_folded in _PLACES
        ):
            continue
        yield start, end, _anchored(text, start, end, n, k == cued)
        return  # one name per run: the earliest plausible start


_MEDICINE_Y_BEFORE_RE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, V.MEDICINE_Y_AFTER))})\s+$", re.IGNORECASE)
# ... standing alone: no capitalised word after it (a longer run is read as such)
_ONE_WORD_NAME_RE = re.compile(rf"{APOSTROPHE_NAME}(?![\w'’])(?! [{UPPER}])")
_PLACE_NAMED_UNIT_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, V.PLACE_NAMED_UNITS))})\s+$", re.IGNORECASE
)


def _prefix_is_a_word(text: str, run: list[Word], k: int) -> bool:
    """Whether the ethnic name prefix opening word k of the run is no name's: the 'Y' of medicine after an
    institution ('Đại học Y Dược Đoàn Thị Hạnh'), or a place's first word after a unit named by its place
    ('Đồn Biên phòng A Pa Chải')."""
    start = run[k][0]
    if run[k][2] == "Y" and _MEDICINE_Y_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    return bool(_PLACE_NAMED_UNIT_BEFORE_RE.search(text, max(0, start - 30), start))


def _starts_after_place(text: str, run: list[Word], tokens: list[str], starts: list[int]) -> list[int]:
    """The name starts left once a place after a locality word is read off the run: 'Huyện ủy Xuân Lộc Viên
    Hồng Tiến' (the place comes first), 'Huyện ủy Si Ma Cai, …' (a place of three words is whole)."""
    if not (
        starts and len(run) >= 3 and _LOCALITY_BEFORE_RE.search(fold_aligned(text[max(0, run[0][0] - 12) : run[0][0]]))
    ):
        return starts
    place = place_length(tokens, 0)
    # (a family name stands right before a middle name, listed or not: 'Huyện ủy Mai Châu Xa Thị Duyên', where
    # 'Châu' could open a name too, is of 'Mai Châu' and Xa Thị Duyên)
    middle = next((m for m in range(place + 2, len(run) - 1) if fold(tokens[m]) in _MIDDLE_NAMES), None)
    if middle is not None:
        place, starts = middle - 1, sorted({*starts, middle - 1})
    if 0 < place < len(run) - 1:
        return [k for k in starts if k >= place]
    if place == len(run) == 3:
        return [k for k in starts if k == 0]
    return starts


_NAMESAKE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, V.NAMESAKE_UNIT_HEADS))})\s+$", re.IGNORECASE)
_NAMESAKE_REACH = max(map(len, V.NAMESAKE_UNIT_HEADS)) + 2


def _starts_after_namesake(text: str, run: list[Word], starts: list[int]) -> list[int]:
    """After a unit often named after a person (NAMESAKE_UNIT_HEADS) the run opens with that name: a person's name
    can only start after it, two to four words from the run's end ('Trường THCS Lý Tự Trọng | Kim Sô Phal')."""
    at = run[0][0]
    if not _NAMESAKE_BEFORE_RE.search(text, max(0, at - _NAMESAKE_REACH), at):
        return starts
    return [k for k in starts if k >= 2 and 2 <= len(run) - k <= 4][-1:]


def _name_end(text: str, run: list[Word], folded: list[str], k: int) -> int:
    """Where the name starting at run[k] ends: before a title word that more capitalised words follow
    ('Mai Văn Chính Phó Trưởng ban') or that starts a position ('Dương Văn Tuấn Bí thư'); another
    title word that ends the run is a syllable ('Hà Ban', 'Bùi Văn Tỉnh')."""
    end = k + 1
    while end < len(run) and end - k < MAX_NAME_SYLLABLES:
        if folded[end] in _NOT_NAME and (
            end < len(run) - 1 or position_at(fold_aligned(text[run[end][0] : run[end][0] + 40]))
        ):
            break
        end += 1
    return end


def _anchored(text: str, start: int, end: int, syllables: int, cue: bool) -> bool:
    if cue:
        return True
    before = text[max(0, start - 25) : start]
    if _NOT_PERSON_BEFORE_RE.search(before) and not _NOT_PERSON_COMPOUND_RE.search(before):
        return False
    if _title_follows(text, end):
        return True
    titles, titles_start = titles_before(text, start)
    if not titles:
        return False
    if syllables >= 3:
        return True
    if _apposition_before(text, titles_start):
        return False  # 'Ông A, Giám đốc Hợp tác xã Nông sản sạch Lục Ngạn': the titles are A's, the words a place
    # Two syllables after a title could be a place ('Bí thư Huyện ủy Lâm Bình'): take it only when
    # the title is not a locality's (or a colon parts them: 'các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy: Điểu
    # K'Lâm, …' lists persons) and the sentence goes on like a person's.
    if _LOCALITY_TAIL_RE.search(fold(titles[-1])) and not text[:start].rstrip().endswith(":"):
        return False
    return _verb_follows(text, end) or text[end : end + 1] in ",(;"


_NAME_BEFORE_COMMA_RE = re.compile(rf"(?:{_CAP_WORD})(?: (?:{_CAP_WORD})){{1,4}},\s*$")


def _apposition_before(text: str, at: int) -> bool:
    """Whether a person's name and a comma stand right before `at`: titles there are that person's."""
    m = _NAME_BEFORE_COMMA_RE.search(text, max(0, at - 50), at)
    if m is None:
        return False
    words = fold(m.group().rstrip(", \t\n")).split(" ")  # 'Ông Nguyễn Văn An': the name may follow a word
    return any(w in _SURNAMES and " ".join(words[k:]) not in _PLACES for k, w in enumerate(words[:-1]))


def _verb_follows(text: str, end: int) -> bool:
    return bool(_STOP_RE.match(" " + fold_aligned(text[end : end + 30]).lstrip()))


def _title_follows(text: str, end: int) -> bool:
    m = _TITLE_SEPARATOR_RE.match(text[end : end + 4])
    return bool(m) and bool(titles_after(text, end)[0])


# --- titles ------------------------------------------------------------------------------------


def _title_head_len(folded: str, pos: int = 0) -> int:
    """Length of the title head (with its modifier) at `pos` in `folded`, or 0."""
    m = _HEAD_RE.match(folded, pos)
    if m:
        return m.end() - pos
    start = _MODIFIER_RE.match(folded, pos).end()
    space = folded.find(" ", start)
    first = folded[start : space if space != -1 else len(folded)].strip(",.;")
    if first in V.TITLE_ABBREVIATIONS:
        return start - pos + len(first)
    return 0


def _starts_with(folded: str, words) -> int:
    found = phrase_at(folded, words)
    return len(found) if found else 0


def _stop_at(segment: str) -> int:
    """Offset where the sentence goes on after a title (a verb, 'và đồng chí' ...), or len(segment)."""
    low = " " + fold_aligned(segment)
    cut = len(segment)
    for m in _STOP_RE.finditer(low):
        stop_noun = ends_stop_noun(low[max(0, m.start() - 30) : m.start()], low[m.start() + 1 : m.end()])
        if not low.startswith(_NOT_STOPS, m.start() + 1) and not stop_noun:
            cut = min(cut, m.start())
            break
    m = _AND_PERSON_RE.search(low)
    if m:
        cut = min(cut, m.start())
    return cut


_AGENT_INTRO_RE = re.compile(
    rf"{re.escape(V.TITLE_BY_AGENT_WORD)} ([{UPPER}]\S*(?: [^\s,;.:]+){{0,5}}?) "
    rf"(?:(?:{'|'.join(map(re.escape, V.TITLE_BY_AGENT_VERBS))}) )?"
    rf"(?:{'|'.join(map(re.escape, V.TITLE_BY_AGENT_AFTER))})(?= )"
)


def _intro_len(text: str, pos: int) -> int:
    """Length of the words at `pos` that hand the title after them to the person: 'giữ chức', 'được bầu
    làm', or 'được <organ> <verb> giữ chức vụ' ('được Bộ Chính trị điều động giữ chức vụ'), else 0."""
    window = text[pos : pos + 80]
    intro = _starts_with(fold_aligned(window[:50]), _INTROS)
    if intro:
        return _shorter_intro(window, intro)
    m = _AGENT_INTRO_RE.match(window)
    if m and title_end(m.group(1), 0, continuing=True, handed=True) == len(m.group(1)):  # the agent is an organ
        return m.end()
    return 0


_INTRO_SET = frozenset(_INTROS)


def _shorter_intro(window: str, intro: int) -> int:
    """'giữ chức Vụ trưởng …': the longest introducer ('giữ chức vụ') took the title's first word, written
    in capitals; the shorter one before the title is meant."""
    head, _, last = window[:intro].rpartition(" ")
    if (
        head
        and last[:1].isupper()
        and fold(head) in _INTRO_SET
        and _title_head_len(fold_aligned(window[len(head) + 1 :]))
    ):
        return len(head)
    return intro


def _title_at(segment: str, continuing: bool, first: bool = False) -> tuple[str | None, int]:
    """The title phrase at the start of `segment` and where the grammar ends it (`transforms.titles`);
    `first`: the first title after a person's name, whom two capitalised words after it cannot be
    ('A, Giám đốc Hợp tác xã Nông sản sạch Lục Ngạn phát biểu': the title's place)."""
    low = fold_aligned(segment)
    # some outlets write posts in lower case after a name ('ông A, ủy viên Trung ương Đảng, bí thư Tỉnh ủy'):
    # a lower-case segment is a title when a post opens it
    if not (segment[:1].isupper() or low.startswith(_MODIFIERS + ("phụ trách",)) or _HEAD_RE.match(low)):
        return None, 0
    if not _title_head_len(low) and not (continuing and _starts_with(low, _ORGANS)):
        return None, 0
    cut = title_end(segment, 0, continuing)
    if cut:
        cut += _enterprise_name_after(segment[:cut], segment[cut:])
    if first and cut:
        cut += _two_words_after(segment[cut:]) or _place_of_local_organ(segment[:cut], segment[cut:])
    title = segment[:cut].strip()
    return (title or None), cut


def _clause_subject(segment: str, cut: int, previous: str) -> bool:
    """An organ without a post word, with words after it in its segment, after a title whose organ is
    whole (its place or parent given): the subject of a clause ('A, Trưởng Ban Dân vận Tỉnh ủy Kon Tum,
    Ủy ban Kiểm tra Trung ương kết luận'), not the parent of a unit ('Cục trưởng Cục Tổ chức cán bộ,
    Bộ Công an phát biểu')."""
    rest = segment[cut:].strip()
    if not rest or _TERM_RE.fullmatch(rest) or _title_head_len(fold_aligned(segment)):
        return False
    parts = parse_title(previous)
    return parts.place is not None or parts.parent_organ is not None


_TWO_CAPITALISED_RE = re.compile(rf" (?:{_CAP_WORD}) (?:{_CAP_WORD}){_WORD_END}(?! [{UPPER}])")


def _two_words_after(rest: str) -> int:
    """The length of two capitalised words, and no third, that open `rest` like a name ('Lục Ngạn'): after
    the first title of a person named just before, they are the title's place, not another person."""
    m = _TWO_CAPITALISED_RE.match(rest)
    return m.end() if m and _name_follows(rest) else 0


_THREE_CAPITALISED_RE = re.compile(rf" (?:{_CAP_WORD}) (?:{_CAP_WORD}) (?:{_CAP_WORD}){_WORD_END}(?! [{UPPER}])")


def _place_of_local_organ(title: str, rest: str) -> int:
    """The length of three capitalised words, and no fourth, after the first title of a person named just
    before when that title names a local organ without its place ('A, Bí thư Huyện ủy | Hoàng Su Phì chia
    sẻ'): the organ's place, though it opens with a family name; no second person's name stands there."""
    m = _THREE_CAPITALISED_RE.match(rest)
    if not m or not _name_follows(rest):
        return 0
    parts = parse_title(title.strip())
    if parts.level == _PROVINCE and fold(m.group().strip()) not in _PROVINCE_NAMES:
        return 0  # a province is one of a few ('… Chủ tịch UBND tỉnh | Phạm Quang Dũng trao …': the next person)
    return m.end() if parts.place is None and parts.level in LOCAL_LEVELS else 0


_PROVINCE = LOCAL_LEVELS[0]  # parse_title's level of a province, the broadest local one
_PROVINCE_NAMES = frozenset(fold(p) for p in V.PROVINCES)


_ENTERPRISE_HEADS = tuple(sorted((fold(w) for w in V.ENTERPRISE_HEADS), key=len, reverse=True))
_ENTERPRISE_FORMS = frozenset(V.ENTERPRISE_FORMS)
_CAPS_AFTER_RE = re.compile(rf" ((?:{_CAP_WORD})(?: (?:{_CAP_WORD}))*){_WORD_END}")
_PERSON_NAME_LENGTHS = (4, 3)  # syllables of a full name that may close an enterprise's name run


def _enterprise_name_words(title: str) -> int | None:
    """How many capitalised words of an enterprise's name the title already holds after the enterprise's head
    or legal form ('Giám đốc Công ty CP | Xi măng Tân Quang' → 3), or None when the title names no enterprise or
    goes on past its name (a level word: 'Công ty Cấp nước tỉnh Yên Bái')."""
    words = title.split(" ")
    low = fold_aligned(title)
    if not any(head in low for head in _ENTERPRISE_HEADS) and _ENTERPRISE_FORMS.isdisjoint(words):
        return None  # most titles: no enterprise, and no need to look for one at every word
    last, at = None, 0
    for k, word in enumerate(words):
        head = phrase_at(low, _ENTERPRISE_HEADS, at)
        if head:
            last = k + len(head.split(" "))
        elif word in _ENTERPRISE_FORMS:
            last = k + 1
        at += len(word) + 1
    if last is None:
        return None
    after = words[last:]
    if any(fold(w) in V.LEVEL_WORDS for w in after):
        return None
    return sum(1 for w in after if w[:1].isupper())


def _enterprise_name_after(title: str, rest: str) -> int:
    """The length of the capitalised words opening `rest` that go on the name of the enterprise the title ends
    with ('Giám đốc Công ty TNHH | Hoàng Long Phát phát biểu'): all of them, unless the run ends with a full name
    led by a family name after words of the enterprise's name ('Công ty CP Xi măng Tân Quang | Nguyễn Văn
    Bình'), which is a person's and stays out."""
    m = _CAPS_AFTER_RE.match(rest)
    named = _enterprise_name_words(title) if m else None  # the title is read only when capitals follow it
    if named is None:
        return 0
    run = m.group(1).split(" ")
    for n in _PERSON_NAME_LENGTHS:
        lead = len(run) - n
        if lead >= 0 and fold(run[lead]) in _SURNAMES and named + lead > 0:
            return len(" " + " ".join(run[:lead])) if lead else 0
    return m.end()


def _name_follows(rest: str) -> bool:
    """Whether a person's name starts `rest`: the title before it is that person's ('..., Trưởng Ban X Lê Văn A')."""
    words = rest.split()
    return bool(words) and fold(words[0]) in _SURNAMES and len(words) >= 2 and words[1][:1].isupper()


_DASHED_POSITION_RE = re.compile(
    "|".join(re.escape(fold(p)) for p in sorted(V.TITLE_POSITIONS, key=len, reverse=True) if " - " in p or " – " in p)
)


def _segment_end(text: str, start: int) -> re.Match | None:
    """Next boundary between title phrases; a dash only counts when a new title follows it."""
    pos = start
    while True:
        boundary = _FORWARD_BOUNDARY_RE.search(text, pos)
        if boundary and boundary.group().strip() == "," and comma_inside_organ(text, boundary.start()):
            pos = boundary.end()  # 'Ban Chính sách, Chiến lược Trung ương': one organ
            continue
        if boundary is None or boundary.group().strip() not in ("-", "–"):
            return boundary
        # (not inside a post written with a dash: 'Phó Chỉ huy trưởng - Tham mưu trưởng')
        dashed = _DASHED_POSITION_RE.match(fold_aligned(text[start : boundary.end() + 30]))
        if _title_head_len(fold_aligned(text[boundary.end() : boundary.end() + 60]).lstrip()) and not (
            dashed and dashed.end() > boundary.end() - start
        ):
            return boundary
        pos = boundary.end()  # 'Vụ Tổ chức - Cán bộ': the dash is inside an organ's name


# Whether a name is a person's is decided by its titles, which are then read again for the mention:
# the two title readers remember their last answers (the text is hashed once, then cached by Python).
@lru_cache(maxsize=256)
def titles_after(text: str, end: int) -> tuple[tuple[str, ...], int]:
    """Title phrases written right after a name: ', Ủy viên ..., Trưởng Ban ...', ' - ...', ' giữ chức ...'."""
    paren = _PAREN_TITLE_RE.match(text, end)
    if paren and _title_head_len(fold_aligned(paren.group(1))):  # 'Nguyễn Văn A (Bí thư Tỉnh ủy)'
        inner = tuple(t.strip() for t in _LIST_SEPARATOR_RE.split(paren.group(1)) if t.strip())
        return inner, paren.end()
    end = _past_notes(text, paren.end() if paren and len(paren.group(1)) <= _PHOTO_NOTE_LEN else end)
    cursor = _AFTER_NAME_RE.match(text, end).end()
    titles: list[str] = []
    span_end = end
    while cursor < len(text):
        intro = _intro_len(text, cursor)
        if intro and _title_head_len(fold_aligned(text[cursor + intro : cursor + intro + 60]).lstrip()):
            cursor += intro + 1  # 'thôi giữ chức Chánh Văn phòng ...', 'làm Bí thư Huyện ủy ...'
        boundary = _segment_end(text, cursor)
        segment = text[cursor : boundary.start() if boundary else len(text)]
        title, cut = _title_at(segment, continuing=bool(titles), first=not titles)
        # 'A, Ủy viên X, Bí thư Y NAME B': the title after the comma is B's; 'A, Trưởng Ban X Tỉnh ủy Z,
        # Ủy ban Kiểm tra Trung ương kết luận': the organ opens a clause
        if title is None or _name_follows(segment[cut:]) or (titles and _clause_subject(segment, cut, titles[-1])):
            break
        titles.append(title)
        span_end = cursor + len(title)
        if cut < len(segment):
            rest = segment[cut:]
            if _intro_len(rest.lstrip(), 0):
                cursor += cut + len(rest) - len(rest.lstrip())
                continue
            joined = _AND_TITLE_RE.match(rest)
            if joined and _title_head_len(fold_aligned(rest[joined.end() : joined.end() + 60])):
                cursor += cut + joined.end()  # 'Bí thư Huyện ủy và Chủ tịch HĐND huyện': two titles
                continue
            if not _TERM_RE.fullmatch(rest.strip()):
                break  # a term ('nhiệm kỳ 2011-2016') lets the list go on after it
        if boundary is None or boundary.group().strip() not in (",", "-", "–"):
            break
        cursor = boundary.end()
        while cursor < len(text) and text[cursor] == " ":
            cursor += 1
    return tuple(titles), span_end


@lru_cache(maxsize=256)
def titles_before(text: str, start: int) -> tuple[tuple[str, ...], int]:
    """Title phrases written right before a name: 'Ủy viên TVTU, Trưởng Ban Tổ chức Tỉnh ủy Phan Xuân Toàn'."""
    cursor = start
    dash = _DASH_BEFORE_RE.search(text[max(0, start - 4) : start])
    if dash:  # 'Bí thư Tỉnh ủy - Phạm Văn Rạnh'
        cursor = start - (len(text[max(0, start - 4) : start]) - dash.start())
    rank = _RANK_OR_DEGREE_BEFORE_RE.search(text, max(0, start - 30), start)
    if rank:  # 'Phó Giám đốc Công an tỉnh Đại tá Lù Văn Sính', 'Hiệu trưởng … PGS.TS A': the title is before it
        cursor = rank.start()
    place = _PLACE_IN_BRACKETS_BEFORE_RE.search(text, max(0, start - 45), start)
    if place:  # 'Bí thư Huyện ủy Tháp Mười (Đồng Tháp) Nguyễn Thị Ngọc Diệp': the province, told in passing
        cursor = place.start()
    ranked = _APPOSED_RANK_RE.search(text, max(0, start - 30), start)
    if ranked:  # 'Chỉ huy trưởng BĐBP tỉnh, Đại tá Hà Ngọc Đĩnh': the post set off before the rank
        cursor = ranked.start()
    titles, span_start = _titles_back_from(text, start, cursor)
    if ranked and titles and _ON_BEHALF_BEFORE_RE.search(fold_aligned(text[max(0, span_start - 80) : span_start])):
        return (), start
    if titles and _enterprise_name_goes_on(text, start, titles[-1]):
        return (), start  # 'Giám đốc Công ty TNHH Hoàng Long Phát': the words are the enterprise's name
    return titles, span_start


def _titles_back_from(text: str, start: int, cursor: int) -> tuple[tuple[str, ...], int]:
    """The title phrases read backwards from `cursor` (before the name at `start`), and where the first starts."""
    titles: list[str] = []
    span_start = start
    crossed_colon = False
    while cursor > 0:
        window = text[max(0, cursor - 160) : cursor]
        bounds = list(_BACKWARD_BOUNDARY_RE.finditer(window))
        # (a comma inside an organ's name is no boundary: 'Phó Trưởng Ban Chính sách, chiến lược Trung ương A')
        while bounds and bounds[-1].group() == "," and comma_inside_organ(window, bounds[-1].start()):
            bounds.pop()
        segment = window[bounds[-1].end() :] if bounds else window
        seg_abs = cursor - len(segment)
        if not segment.strip() and bounds and bounds[-1].group() == ":" and not titles:
            cursor = seg_abs - 1  # 'Phó Trưởng Ban Tổ chức Trung ương: Nguyễn Quang Dương, Hoàng Đăng Quang'
            crossed_colon = True
            continue
        found = _earliest_title(segment)
        if found is None and bounds and bounds[-1].group().strip() in (V.AND_WORD, "-", "–"):
            # 'Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Minh Trung', 'Chủ tịch UBND thành phố Phan Rang - Tháp
            # Chàm Trương Minh Hải': the 'và' or the dash is inside an organ's or a place's name
            bounds.pop()
            segment = window[bounds[-1].end() :] if bounds else window
            seg_abs = cursor - len(segment)
            found = _earliest_title(segment)
        if found is None or (titles and _OF_BEFORE_RE.search(fold_aligned(segment[:found]))):
            break  # 'Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng A': the earlier title is another's
        titles.insert(0, segment[found:].strip())
        span_start = seg_abs + found
        if segment[:found].strip() or not bounds or bounds[-1].group().strip() not in (",", "-", "–"):
            break
        cursor = seg_abs - len(bounds[-1].group())
    if crossed_colon and text[:span_start].rstrip().endswith((",", "-", "–")):
        return (), start  # 'A, Phó Bí thư Tỉnh ủy: B': the titles before the colon are A's
    return tuple(titles), span_start


def _enterprise_name_goes_on(text: str, start: int, title: str) -> bool:
    """Whether the capitalised words at `start`, right after a title that ends with an enterprise, go on its name."""
    return text[:start].rstrip().endswith(title) and bool(_enterprise_name_after(title, text[start - 1 : start + 120]))


# (a position right after an organ's head word is that organ's name: 'Thay mặt Bộ Tư lệnh Quân khu', 'Ban Giám
# đốc Sở', 'Văn phòng Chủ tịch nước')
_ORGAN_HEAD_BEFORE_RE = re.compile(
    rf"(?<!\S)(?:{'|'.join(re.escape(h[0].upper() + h[1:]) for h in V.ORGAN_HEADS)})\s+$"
)


# Some outlets write posts in lower case, the organ capitalised ('phó chủ tịch Quốc hội Hà Thị Ngọc Lan', 'bộ trưởng
# Bộ Y tế'): a lower-case word opens a title when a capitalised word follows within the phrase.
_LOWER_CASE_TITLE_RE = re.compile(rf"[^\W\d{UPPER}][\w ]*? [{UPPER}]")


def _earliest_title(segment: str) -> int | None:
    """Offset in `segment` where a title phrase starts and runs to the segment's end, or None."""
    low = fold_aligned(segment)
    for m in _WORD_START_RE.finditer(segment):
        pos = m.start()
        if not (segment[pos].isupper() or low.startswith(_MODIFIERS, pos) or _LOWER_CASE_TITLE_RE.match(segment, pos)):
            continue
        if position_at(low, pos) and not segment[title_end(segment, pos) :].strip():
            if _ORGAN_HEAD_BEFORE_RE.search(segment, max(0, pos - 12), pos):
                continue
            return pos
    return None
