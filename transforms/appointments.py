"""Appointments: the personnel changes an article reports as decided (contract v2, fact_appointment).

A change is a verb of the vocabulary's APPOINTMENT_VERBS (bổ nhiệm, chuẩn y, bầu, phân công, điều
động, chỉ định, giới thiệu … ứng cử, thôi giữ chức, nghỉ hưu …), one entry per verb and person.
Who it applies to follows the voice of the verb:
  - active:   "VERB [các đồng chí:] A, B …"          the persons named after it in the sentence;
  - passive:  "A, <titles>, được [<organ>] VERB …"  the person named just before 'được';
  - subject:  "A tái đắc cử …", "A thôi giữ chức …"  the person named just before the verb.
Verbs joined by commas or 'và' ("điều động, phân công, chỉ định ông A") share their persons.
The post is the title the grammar (transforms.titles.title_end) reads after a post introducer
("giữ chức", "làm", "đảm nhiệm chức vụ" …) that follows the person, or right after the verb in the
passive ("được bầu giữ chức X", "tái đắc cử X", "thôi giữ chức X"); persons listed before one
post share it. "thôi giữ chức X để giữ chức Y" gives the move its from_position X. Requests
("xin thôi"), plans ("dự kiến", "sẽ") and the aim of a nomination ("để bầu") are not changes.
The date: the decision's issued date, else a stated effective date ("từ ngày …"), else a day the
sentence names, else the article's meeting day; a change told as the past ("trước đó", "từng")
without a day of its own has none.
"""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.dates import find_dates, safe_date
from hoinghi.transforms.documents import (
    ITEM_MARK_RE,
    LIST_FOLLOWS_ALONE_RE,
    DocumentMention,
    item_introduction,
    items_below,
    lines_below,
    paragraph_above,
    signing_told_next,
    signing_told_over_items,
)
from hoinghi.transforms.meetings import SITTINGS_SPAN, Meeting
from hoinghi.transforms.persons import (
    COUNT,
    GIVEN_NAME,
    LABEL_LINE_RE,
    Mention,
    Person,
    labelled_post,
    past_aside,
    respective_posts,
    respective_posts_later,
)
from hoinghi.transforms.tables import Row, Table, find_tables
from hoinghi.transforms.text import UPPER, fold, fold_aligned, folded_alternation, occurrences, sentence_spans
from hoinghi.transforms.titles import TitleParts, parse_title, place_length, position_at, title_end


@dataclass(frozen=True)
class Appointment:
    """One personnel change: who, which verb, to (or from) which post, by which decision, when."""

    person: Person
    action: str
    position: str | None
    from_position: str | None
    decision_code: str | None
    effective_date: date | None
    start: int  # the sentence it was read from
    end: int
    implied: bool = False  # a new post read from 'thôi … để giữ chức Y', with no verb of its own
    chain: int = -1  # where its chain of verbs starts: the verbs written together share one post
    seat: str | None = None  # the committees joined ('tham gia Ban Chấp hành …'), when no post is named
    meeting_day_only: bool = False  # dated only by the meeting (a headline's summary): a repeat may date it


_ACTION_OF = {fold(verb): action for action, verbs in V.APPOINTMENT_VERBS.items() for verb in verbs}
_VERB_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(_ACTION_OF)})(?!\w)")
_SPLIT_VERB_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_SPLIT_VERBS)})(?=\s)")
_ACTION_OF.update({fold(verb): action for verb, action in V.APPOINTMENT_SPLIT_VERBS.items()})
_SUBJECT_VERBS = frozenset(fold(v) for v in V.APPOINTMENT_SUBJECT_VERBS)
_NOT_AFTER_RE = re.compile(rf"\s+(?:{folded_alternation(V.APPOINTMENT_NOT_AFTER)})(?!\w)")
_NOMINATION_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.NOMINATION_CUES)})(?!\w)")
_NOT_NOMINATION_AFTER_RE = re.compile(rf"\s+(?:{folded_alternation(V.NOT_NOMINATION_AFTER)})(?!\w)")
_NOUN_BEFORE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_NOUN_BEFORE)})\s+$")
# 'giới thiệu để Ban Chấp hành Hội Nông dân tỉnh bầu': a purpose word, an organ, the vote
_PURPOSE_ORGAN_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_PURPOSE_BEFORE)})\s+(?P<organ>[^,;.:]+?)\s+$"
)
# 'phê chuẩn kết quả bầu bà A': the election is the approval's object, not a second change
_RESULT_BEFORE_RE = re.compile(
    rf"(?<!\w)(?P<verb>{folded_alternation(_ACTION_OF)})\s+(?:(?:{folded_alternation(V.APPROVED_CHANGE_WORDS)})\s+)?$"
)
_REQUEST_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_REQUEST_BEFORE)})\s+$")
# ('đề nghị cấp có thẩm quyền xem xét, miễn nhiệm …': a comma may follow the word)
_PLAN_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_PLAN_BEFORE)}),?\s+(?:(?:{folded_alternation(V.APPOINTMENT_PASSIVE_WORDS)})\s+)?$"
)
_PURPOSE_RE = re.compile(
    # (the words up to the verb are the purpose's clause: none ends with a comma, 'để nhận nhiệm vụ mới, đồng thời
    # miễn nhiệm …' is a second change)
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_PURPOSE_BEFORE)})(?:\s+[^\s,;.:]+){{0,{V.APPOINTMENT_PURPOSE_REACH}}}\s*,?\s+$"
)
_REPLACED_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_REPLACED_WORDS)})(?!\w)")
_AGENT_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_AGENT_BEFORE)})\s+(?:{folded_alternation(V.ADDRESS_FORMS)})?\s*$"
)
_OTHER_CLAUSE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_OTHER_CLAUSE_WORDS)})(?!\w)")
_INTENDED_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.POST_INTENDED_WORDS)})(?!\w)")
_SEAT_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_SEAT_WORDS)})(?!\w)")
_LEAVING_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_SEAT_LEAVING_WORDS)})\s+$")
_MAIN_POST_RE = re.compile(
    rf"[^;.]{{0,30}}?\s(?:{re.escape(V.AND_WORD)}|,)\s+(?:(?:{folded_alternation(_ACTION_OF)})\s+)?"
    rf"(?:{folded_alternation(V.APPOINTMENT_POST_INTRODUCERS)})\s+"
)
_AFTER_LEAVING_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_AFTER_LEAVING)})\s+$")
_LEAVING_ANY_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_LEAVING_INTRODUCERS)})(?!\w)")
_CHARGE_RE = re.compile(  # (with the charge it joins by a comma: 'phụ trách, điều hành hoạt động của Sở …')
    rf"(?<!\w)(?:(?:{folded_alternation(V.APPOINTMENT_CHARGE_WORDS)}),\s+"
    rf"(?=(?:{folded_alternation(V.ASSIGNED_CHARGE_WORDS)})\s))?(?:{folded_alternation(V.ASSIGNED_CHARGE_WORDS)})\s+"
)
_WORD_AFTER_RE = re.compile(r"[^\W\d_A-ZĐ]+\s+")  # a lower-case word and the space after it
_WORK = "|".join(map(re.escape, V.APPOINTMENT_CHARGE_WORK))
_CHARGE_WORK_RE = re.compile(rf"(?i:{_WORK})\s")  # 'phụ trách công tác đảng, công tác chính trị Đồn …'
_WORK_JOINED_RE = re.compile(rf"[^\W\d_A-ZĐ]+,\s+(?=(?i:{_WORK})\s)")  # '… đảng, | công tác chính trị'
_CHAIN_GAP_RE = re.compile(rf"\s*(?:,|{re.escape(V.AND_WORD)}|hoặc)?\s*")
_PASSIVE = folded_alternation(V.APPOINTMENT_PASSIVE_WORDS)
# 'được bầu', 'được Ban Thường vụ Tỉnh ủy điều động': the agent is capitalised words without punctuation.
_PASSIVE_RE = re.compile(rf"(?<!\w)(?:{_PASSIVE})\s+(?:[{UPPER}][^,;.:()]{{0,60}}?\s+)?$", re.IGNORECASE)
_POST_INTRODUCERS = folded_alternation(V.APPOINTMENT_POST_INTRODUCERS)
_INTRODUCER_RE = re.compile(rf"(?<!\w)(?:{_POST_INTRODUCERS})(?!\w)")
_INTRODUCERS = sorted({fold(w) for w in V.APPOINTMENT_POST_INTRODUCERS}, key=len, reverse=True)
_INTRO_RE = re.compile(
    rf"(?<!\w)(?P<off>{folded_alternation(V.APPOINTMENT_LEAVING_INTRODUCERS)})?(?(off)|(?:{_POST_INTRODUCERS}))\s+"
)
# ... anywhere in a person's words: 'ông A giữ chức X; bà B được chỉ định …' (A's clause is closed).
_INTRO_IN_RE = re.compile(rf"(?<!\w)(?:{_POST_INTRODUCERS})\s+")
_THEN_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_THEN_WORDS)})\s+")
_TO_PERSON_RE = re.compile(rf"\s*(?:{folded_alternation(V.APPOINTMENT_TO_PERSON)})\s*$")
# (a rank stands before a name as a form of address does: 'Thượng tá A và Thiếu tá B được bầu …')
_ADDRESS = folded_alternation((*V.ADDRESS_FORMS, *V.ADDRESS_ABBREVIATIONS, *V.YOUTH_ADDRESS_FORMS, *V.RANKS))
# (a comma may stand before 'và' too: 'A (SN 1985), Giám đốc Sở X, và bà B …, giữ chức Y')
# (a degree stands before a name as a form of address does: 'TS.BSCKII. A và PGS.TS. B được bầu …')
_LIST_GLUE_RE = re.compile(
    rf"\s*(?:[,;]\s*)?(?:{re.escape(V.AND_WORD)}|(?<=,\s){re.escape(V.WITH_WORD)})?\s*"
    rf"(?:(?:{_ADDRESS}|{folded_alternation(V.ACADEMIC_PREFIXES)})\s*)?:?\s*"
)
# (several at once after a post's label: 'Phó chủ tịch UBND tỉnh: các ông A, B và bà C')
_PRONOUN_RE = re.compile(rf"(?:{re.escape(V.PLURAL_WORD)}\s+)?(?:{_ADDRESS})\s+")
_EFFECTIVE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_EFFECTIVE_BEFORE)})\s*$")
_EFFECTIVE_REACH = 25  # 'thôi giữ chức … kể từ ngày 1/12': the words before a day that make it the day of effect
_IN_FORCE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_IN_FORCE_BEFORE)})\s*$")
_BASIS_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_BASIS_WORDS)})\s+$")
_ISSUING_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_ISSUING_WORDS)})\s+$")
_PAST_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_PAST_WORDS)})(?!\w)")
_NUMBERED_EVENT_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_AT_WORDS)})\s+(?P<event>{folded_alternation(V.APPOINTMENT_NUMBERED_EVENTS)})"
    rf"\s+(?:[ivxlc]+|\d{{1,2}}|{folded_alternation(V.TITLE_ORDINAL_WORDS)})(?!\w)"
)
_QUALIFIER_RE = re.compile(
    rf"\s*,?\s*(?:{'|'.join(map(re.escape, V.TITLE_COURSE_WORDS))})\s+[IVXLC\d]+\b"
    rf"|\s*,?\s*(?:{'|'.join(map(re.escape, V.TITLE_TERM_WORDS))})\s+\d{{4}}\s*[-–]\s*\d{{4}}",
    re.IGNORECASE,
)


def _without_term(post: str) -> str:
    """A post without its term qualifiers ('khóa XIX', 'nhiệm kỳ 2020-2025') and the punctuation they leave."""
    return _QUALIFIER_RE.sub("", post).strip(" ,;-–.")


# (not a move, whose title before it is the post left: 'A, Phó Giám đốc Sở Nội vụ, vừa được điều động đến …')
_TITLE_GIVING_ACTIONS = ("approve", "appoint", "elect", "designate")
_JUST_PASSIVE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_JUST_PASSIVE_WORDS)})(?!\w)")
_PASSIVE_REACH = 80  # how far before the verb 'được' and its agent may start
_PERSON_REACH = 70  # how far before 'được' (or a subject verb) the person's mention and titles may end
# … when the verb gives a post: "A, <titles>, thôi giữ chức X, được điều động làm Y" (one subject, two clauses)
_SUBJECT_REACH = 300
_DECISION_TYPES = V.APPOINTMENT_DECISION_TYPES
_NEW = tuple(fold(w) + " " for w, status in V.TITLE_STATUS_WORDS.items() if status == "new")
_FORMER = tuple(fold(w) + " " for w, status in V.TITLE_STATUS_WORDS.items() if status == "former")


@dataclass(frozen=True)
class _Chain:
    """Verbs of one change written together ("điều động, phân công, chỉ định"), and their voice."""

    verbs: tuple[re.Match, ...]
    voice: str  # active | passive | subject
    lead: int  # where the chain starts, with its passive 'được' and agent

    @property
    def start(self) -> int:
        return self.verbs[0].start()

    @property
    def end(self) -> int:
        return self.verbs[-1].end()


@dataclass(frozen=True)
class _Context:
    body: str
    folded: str
    mentions: list[tuple[Mention, Person]]
    documents: list[DocumentMention]
    meetings: list[Meeting]
    published: date | None


def _takes_effect(ctx: _Context, at: int, floor: int = 0) -> bool:
    """Whether the day named at `at` is told as the one a change takes effect on ('kể từ ngày 1/12'), looking no
    further back than `floor`."""
    return _EFFECTIVE_RE.search(ctx.folded, max(floor, at - _EFFECTIVE_REACH), at) is not None


def find_appointments(
    body: str,
    persons: list[Person],
    documents: list[DocumentMention],
    meetings: list[Meeting],
    published: date | None = None,
) -> list[Appointment]:
    """Every personnel change `body` reports, one per person and verb, in text order, without repeats."""
    folded = fold_aligned(body)
    if len(folded) != len(body) or not (_VERB_RE.search(folded) or _SPLIT_VERB_RE.search(folded)):
        return []
    mentions = sorted(((m, p) for p in persons for m in p.mentions), key=lambda mp: mp[0].start)
    ctx = _Context(body, folded, mentions, documents, meetings, published)
    short: list[tuple[Mention, Person]] | None = None  # read when a sentence needs them
    found: list[Appointment] = []
    for start, end in sentence_spans(body):
        verbs = [v for v in _VERB_RE.finditer(folded, start, end) if _is_change(folded, v, end)]
        verbs = sorted(verbs + _split_verbs(ctx, start, end), key=lambda v: v.start())
        chains = _chains(ctx, verbs, start)
        per_chain = _subjects_elided(ctx, chains, [_changes(ctx, chain, start, end) for chain in chains], start, end)
        here = [a for changes in per_chain for a in changes]
        here += [
            a
            for chain, changes in zip(chains, per_chain, strict=True)
            if changes
            for a in _gapped(ctx, chain, changes, end)
        ]
        # a sentence that names its persons only so ('… đã bầu bà Hồng giữ chức …'), or gives a change
        # to one so named ('A và B được bầu …; Ban Thường vụ phân công bà Mai làm …'), or has a change
        # with no one named in full ('… đề nghị miễn nhiệm chức vụ X đối với bà Yến'), is read with them
        by_short = bool(verbs) and (
            not all(per_chain)
            or any(_SHORT_OBJECT_RE.match(body, v.end()) for v in verbs)
            or any(_short_subject(ctx, chain, start) for chain in chains)
        )
        if by_short and short is None:
            short = _short_references(body, persons)
        if by_short and short and any(start <= m.start < end for m, _ in short):
            with_short = replace(ctx, mentions=sorted(mentions + short, key=lambda mp: mp[0].start))
            # a change told again is not a new one, unless it names the post in full (its place) where the
            # first telling did not: 'bị … cách chức Phó bí thư Tỉnh ủy' ¶ '… cách chức Phó bí thư Tỉnh ủy Phú
            # Yên … đối với ông Định' (the two spellings become one)
            told = {(a.person.name_key, a.action) for a in found}
            here = [
                a
                for chain in _chains(with_short, verbs, start)
                for a in _changes(with_short, chain, start, end)
                if (a.person.name_key, a.action) not in told or _placed_where_told_without(a, found)
            ]
        # 'điều động A thôi giữ chức X để giữ chức Y': the move is the change to Y, no appoint besides
        moved = {a.person.name_key for a in here if a.action not in ("relieve", "retire") and not a.implied}
        found += [a for a in here if not (a.implied and a.person.name_key in moved)]
    found = _retired_from(_left_in_full(_moved_to(_approved(_seated(_shared_posts(ctx, _voted_seats(ctx, found)))))))
    found += [a for table in find_tables(body) for a in _table_changes(ctx, table)]
    found += _listed_seats(ctx, found)
    found += _items_under_a_verb(ctx, found)
    found += _rostered_members(ctx, found)
    found += _labelled_results(ctx, found)
    found += _counted_posts_without_a_verb(ctx, found)
    return _without_repeats(found)


_ACTING = fold(next(word for word, status in V.TITLE_STATUS_WORDS.items() if status == "acting"))  # 'quyền'
_CHARGE_AFTER_RE = re.compile(rf"[\s,]*(?:{folded_alternation(V.ASSIGNED_CHARGE_WORDS)})(?!\w)")
_CHARGE_IN_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.ASSIGNED_CHARGE_WORDS)})(?!\w)")


def _subjects_elided(
    ctx: _Context, chains: list[_Chain], per_chain: list[list[Appointment]], start: int, end: int
) -> list[list[Appointment]]:
    """A passive clause after ';' that names no one has the one person of the change before for its subject:
    'Tháng 10/2015, đồng chí được bầu giữ chức Bí thư Tỉnh ủy Phú Yên; tại Đại hội XII của Đảng được bầu vào Ban
    Chấp hành Trung ương Đảng'."""
    out = list(per_chain)
    for k in range(1, len(chains)):
        chain = chains[k]
        persons = {a.person.name_key: a.person for a in out[k - 1]}
        if out[k] or chain.voice != "passive" or len(persons) != 1:
            continue
        semicolon = ctx.body.rfind(";", chains[k - 1].end, chain.lead)
        if semicolon == -1 or any(semicolon < m.start < chain.lead for m, _ in ctx.mentions):
            continue
        person = next(iter(persons.values()))
        told = [m for m, p in ctx.mentions if p is person and m.start < chain.lead]
        if told:
            out[k] = _changes(ctx, chain, start, end, subject=[(told[-1], person)])
    return out


def _gapped(ctx: _Context, chain: _Chain, changes: list[Appointment], end: int) -> list[Appointment]:
    """The changes of clauses after ';' that leave the chain's verbs out (gapping): 'A, <titles> được chỉ định
    giữ chức X; đồng chí B, <titles> giữ chức Y' designates B to Y by the same decision. Such a clause opens
    with the person (or persons joined by 'và': 'bà B và ông C giữ chức Phó Chủ tịch Hội') and has a post
    introducer and no verb of its own."""
    out: list[Appointment] = []
    at = ctx.body.find(";", chain.end, end)
    while at != -1:
        stop = _clause_end(ctx.folded, at + 1, end)
        named = [(m, p) for m, p in ctx.mentions if at < m.start < stop]
        opening = named and not ctx.folded[at + 1 : _address_start(ctx, named[0][0])].strip()
        if not opening or not _joined(ctx, [m for m, _ in named]) or _next_change(ctx, at + 1, stop) < stop:
            break
        mention = named[-1][0]
        intro = _INTRO_IN_RE.search(ctx.folded, mention.end, stop)
        post = _title_at(ctx.body, intro.end(), stop) if intro else None
        # (the titles run up to the introducer: no other clause stands between)
        if post is None or ctx.folded.rfind(",", mention.span_end, intro.start()) > mention.span_end:
            break
        first = changes[0]
        # (persons the chain read already, listed after it, took their posts with it: 'những đồng chí được bổ nhiệm
        # gồm: A, …, làm X; B, …, làm Y và C, …, làm Z')
        out += [
            replace(a, person=person, position=post, from_position=None, implied=False, seat=None)
            for _, person in named
            if chain.voice != "passive" or not any(c.person is person for c in changes)
            for a in changes
            if a.person is first.person
        ]
        at = stop if stop < end and ctx.body[stop] == ";" else -1
    return out


def _joined(ctx: _Context, mentions: list[Mention]) -> bool:
    """Whether the mentions are one subject: each after the titles of the one before, joined by 'và' or a comma."""
    return all(
        ctx.folded[a.span_end : _address_start(ctx, b)].strip(" ,") in ("", V.AND_WORD)
        for a, b in zip(mentions, mentions[1:], strict=False)
    )


def _split_verbs(ctx: _Context, start: int, end: int) -> list[re.Match]:
    """The first parts of verbs written around their person ('giao ông A, Phó Bí thư …, phụ trách X') in
    [start, end), where a person follows and the charge word ends the person's titles."""
    found = []
    for verb in _SPLIT_VERB_RE.finditer(ctx.folded, start, end):
        person = next((m for m, _ in ctx.mentions if verb.end() < m.start < end), None)
        if person is None or _address_start(ctx, person) - verb.end() > 1:
            continue
        titles_end = max(person.end, person.span_end)
        charged = _CHARGE_AFTER_RE.match(ctx.folded, titles_end) or any(
            _CHARGE_IN_RE.search(fold(t)) for t in person.titles[-1:]
        )
        if charged and _charge(ctx, person.end, end):  # of a body: 'giao A phụ trách khối kinh tế' is a task
            found.append(verb)
        elif _acting_post(person):  # 'giao ông A, Phó Tổng giám đốc, quyền Tổng giám đốc Tập đoàn'
            found.append(verb)
    return found


def _placed_where_told_without(a: Appointment, found: list[Appointment]) -> bool:
    """Whether `a` names its post's place and an earlier telling of the same change named the post without."""
    if not a.position or parse_title(a.position).place is None:
        return False
    parts = parse_title(a.position)
    return any(
        f.person.name_key == a.person.name_key
        and f.action == a.action
        and f.position
        and (told := parse_title(f.position)).position == parts.position
        and told.organ == parts.organ
        and told.place is None
        for f in found
    )


def _left_in_full(found: list[Appointment]) -> list[Appointment]:
    """A post left, written by its position alone ('ông A, Thứ trưởng Bộ X, thôi giữ chức Thứ trưởng để
    nghỉ hưu'), is the one title of that position the article gives the person: 'Thứ trưởng Bộ X'."""
    # not a post the person is given here ('thôi giữ chức Phó Bí thư để giữ chức Phó Bí thư Tỉnh ủy X')
    gained = {
        (b.person.name_key, fold(b.position)) for b in found if b.position and b.action not in ("relieve", "retire")
    }
    out = []
    for a in found:
        if a.action in ("relieve", "retire") and a.position:
            left = parse_title(a.position)
            if left.organ is None and left.position:
                held = {
                    fold(t): t
                    for t in a.person.titles
                    if (parts := parse_title(t)).position == left.position
                    and parts.organ
                    and parts.status is None
                    and (a.person.name_key, fold(t)) not in gained
                }
                if len(held) == 1:
                    a = replace(a, position=next(iter(held.values())))
        out.append(a)
    return out


def _moved_to(found: list[Appointment]) -> list[Appointment]:
    """A move told without its post, then a post given in the same sentence ('được điều động đến nhận công
    tác tại huyện X, chỉ định tham gia Ban Chấp hành … và giữ chức Bí thư Huyện ủy X'): the move is to that
    post (a move to a body with no post named in its sentence keeps none, and so does one whose sentence
    names only the committees joined)."""
    out = []
    for a in found:
        if a.action == "transfer" and a.position is None:
            given = next(
                (
                    b.position
                    for b in found
                    if b.person is a.person
                    and b.start == a.start
                    and b.chain > a.chain
                    and b.position
                    and b.position != b.seat  # a post, not only the committees joined
                    and b.action in ("designate", "appoint", "assign")
                    # (of the same decision: 'Quyết định số A … điều động ông X … đến nhận công tác tại Đảng ủy
                    # Khối …, và Quyết định số B … chỉ định ông X … giữ chức Bí thư …' is a move to the body)
                    and (a.decision_code is None or b.decision_code in (None, a.decision_code))
                ),
                None,
            )
            a = replace(a, position=given) if given else a
        out.append(a)
    return out


def _retired_from(found: list[Appointment]) -> list[Appointment]:
    """The post a retirement leaves: the one a relief of the same sentence names ('miễn nhiệm chức vụ X đối với đồng
    chí A, Tỉnh ủy viên, do đồng chí nghỉ hưu …' leaves X, not a title written with the name); told without one
    ('… thôi giữ chức Bí thư Tỉnh ủy. Ông Nghiêm nghỉ hưu theo chế độ từ ngày 1/2/2022.', 'Thứ trưởng A … cho ông A
    nghỉ hưu'), the post the person was relieved of before it, else the person's main title (the last one held)."""
    out = []
    for k, a in enumerate(found):
        if a.action != "retire":
            out.append(a)
            continue
        relieved = (b.position for b in found if b.person is a.person and b.action == "relieve" and b.start == a.start)
        a = replace(a, position=next((p for p in relieved if p), a.position))
        if a.position is None:
            left = [b.position for b in found[:k] if b.person is a.person and b.action == "relieve" and b.position]
            held = [t for t in a.person.held_titles if not fold(t).startswith(_FORMER)]
            post = left[-1] if left else (held[-1] if held else None)
            a = replace(a, position=_without_term(post) or post) if post else a  # (not 'khóa XIII' of his title)
        out.append(a)
    return out


def _table_changes(ctx: _Context, table: Table) -> list[Appointment]:
    """A table of persons under the paragraph that announces its changes ('… quyết định điều động, bổ
    nhiệm 4 cán bộ …, cụ thể như sau:'): each row's person takes each change (or those of the row's own
    'Hình thức' column) to the row's new post (the post held, when leaving it), by the row's decision
    (else the paragraph's only one), on the decision's day, else a day the row or the paragraph names
    (a signing day before an effective one), else the meeting's."""
    intro_start, intro_end = table.intro
    # (else the header's: 'STT | Họ và tên | Chức vụ bổ nhiệm | Quyết định' under '… công bố các quyết định, cụ thể:')
    announced = _actions_in(ctx, intro_start, intro_end) or _actions_in(ctx, table.start, table.rows[0].start)
    in_intro = _decisions_in(ctx, intro_start, intro_end)
    intro_days = _named_days(ctx, intro_start, intro_end)
    signed = [d for at, d in intro_days if not _takes_effect(ctx, at, intro_start)]
    meeting_day = _meeting_day(ctx)
    out = []
    for row in table.rows:
        person = _row_person(ctx, row)
        if person is None:
            continue
        action_cell = row.cells.get("action")
        actions = _actions_in(ctx, action_cell.start, action_cell.end) if action_cell else announced
        held, given = row.cells.get("held"), row.cells.get("post")
        decision = next((d for d in ctx.documents if row.start <= d.start < row.end), None)
        if decision is None and len({d.code_key for d in in_intro}) == 1:
            decision = in_intro[0]
        date_cell = row.cells.get("day")
        row_days = _named_days(ctx, date_cell.start, date_cell.end) if date_cell else []
        day = (decision.issued_date if decision else None) or next(
            (d for d in ([d for _, d in row_days] + signed + [d for _, d in intro_days]) if d), meeting_day
        )
        for action in actions:
            leaving = action in ("relieve", "retire")
            post = (held or given) if leaving else given
            if post is None:
                continue
            moved = held.text if held and given and not leaving else None
            code = decision.doc_code if decision else None
            # (without its term, as a sentence's post: 'Phó Bí thư Huyện ủy Hương Khê nhiệm kỳ 2020 - 2025'; nor a
            # note of the change in brackets: 'Phó Giám đốc Sở Công Thương (bổ nhiệm lại)')
            written = post.text
            note = _CELL_NOTE_RE.search(written)
            if note and _actions_in(ctx, post.start + note.start(), post.start + note.end()):
                written = written[: note.start()]
            text = _without_term(written) or written
            out.append(Appointment(person, action, text, moved, code, day, row.start, row.end, chain=row.start))
    return out


_CELL_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$")
_SEATS_LIST_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.LIST_OPENING_WORDS)})\s+(?:\d+|{V.PLURAL_WORD})\s+"
    rf"(?:{folded_alternation(V.SEATS_LIST_NOUNS)})(?!\w)[^:\n]{{0,40}}:[ \t]*$",
    re.MULTILINE,
)
_LIST_OPENINGS = tuple(fold(w) for w in V.LIST_OPENING_WORDS)
_SEAT_ACTIONS = ("designate", "elect")  # the changes that give a committee its members
_ITEM_DASH_RE = re.compile(r"\s[-–]\s")


def _listed_seats(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """The seats of a committee's members listed as items under the paragraph that counts them, when it or
    the paragraph before it designates or elects them ('… Quyết định số 2106-QĐ/TU cùng ngày về việc chỉ định
    Ban Chấp hành, Ban Thường vụ …' ¶ 'Ban Thường vụ Đảng ủy phường gồm 7 đồng chí, cụ thể:' ¶ '1. Đồng chí A,
    nguyên X - Bí thư Đảng ủy phường.'): the post after the item's dash (the last of several), by the last
    decision cited there, on its day, else the meeting's. Items whose changes the sentences read are left."""
    out: list[Appointment] = []
    for intro in _seat_lists(ctx.folded):
        # the counting paragraph and the one before it (where the decision is cited)
        para = _paragraph_start(ctx, intro.start())
        window = (ctx.body[:para].rstrip().rfind("\n") + 1, intro.end())
        actions = [a for a in _actions_in(ctx, *window) if a in _SEAT_ACTIONS]
        if not actions:
            continue
        decisions = _decisions_in(ctx, *window)
        decision = decisions[-1] if decisions else None
        # (else the day of the changes the same paragraphs tell by that vote: 'Chiều 5/8, Ban Chấp hành … bầu Ban
        # Thường vụ …; đồng chí A … được bầu giữ chức Bí thư' is the sitting's, not the congress's first day)
        voted = [a for a in found if window[0] <= a.start < window[1] and a.action == actions[-1]]
        day = decision.issued_date if decision and decision.issued_date else None
        day = day or next((a.effective_date for a in voted if a.effective_date), None) or _meeting_day(ctx)
        told_above = {a.person.name_key for a in voted}  # (their post by that change is told already)
        for item_start, item_end in items_below(ctx.body, intro.end()):
            post = _seat_after_dash(ctx, item_start, item_end)
            named = next((p for m, p in ctx.mentions if item_start <= m.start < item_end), None)
            told = any(item_start <= a.start < item_end for a in found)
            if post and named and not told and named.name_key not in told_above:
                code = decision.doc_code if decision else None
                out.append(Appointment(named, actions[-1], post, None, code, day, item_start, item_end))
    return out


_ROSTER_COMMITTEES = tuple(fold(w) for w in V.ROSTER_COMMITTEES)
# the vote before a committee: 'bầu Ban Thường vụ …', 'bầu 16 đồng chí vào Ban Thường vụ …' (searched up to the name)
# (or after another committee of the same vote: 'chỉ định Ban Chấp hành, Ban Thường vụ …')
_ROSTER_VOTE_RE = re.compile(
    rf"(?<!\w)(?P<verb>{folded_alternation(_ACTION_OF)})\s+(?:(?:\d{{1,3}}|{re.escape(V.PLURAL_WORD)})\s+"
    rf"(?:{folded_alternation(V.SEATS_LIST_NOUNS)})\s+(?:{folded_alternation(V.APPOINTMENT_SEAT_WORDS)})\s+)?"
    rf"(?:(?:{folded_alternation(V.ROSTER_COMMITTEES)})\s*(?:,|{re.escape(V.AND_WORD)})\s+)?$"
)
_ROSTER_HEADING_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.BODY_LIST_NOUNS)})\s+$")
_ROSTER_COLON_RE = re.compile(
    rf"\s+(?:(?:{folded_alternation(V.ROSTER_REST_WORDS)})\s+)?(?:{folded_alternation(V.ROSTER_LIST_WORDS)})(?!\w)"
    r"[^.:\n]{0,60}:"
)
_ROSTER_REST_RE = re.compile(rf"\s+(?:{'|'.join(map(re.escape, V.ROSTER_REST_WORDS))})$", re.IGNORECASE)
# the members' seat before the committee: 'Các đồng chí Ủy viên Ban Thường vụ gồm: …', '4 Ủy viên Ban Thường vụ …'
_ROSTER_SEAT_RE = re.compile(
    rf"(?:(?:{re.escape(V.PLURAL_WORD)}|\d{{1,2}})\s+)?(?:(?:{folded_alternation(V.SEATS_LIST_NOUNS)})\s+)?"
    rf"{re.escape(fold(V.ROSTER_MEMBER_SEAT))}\s+$"
)
_ROSTER_REACH = 120  # a committee's name is read within this many characters
_SEATED_BY_VOTE = ("elect", "designate", "approve")  # a member given a post of their own by these joins with it


@dataclass(frozen=True)
class _CommitteeVote:
    key: str  # the committee's name folded, without its term
    name: str  # as written, without its term: 'Ban Thường vụ Tỉnh ủy'
    at: int
    action: str


def _rostered_members(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """The members of a committee the article votes in, listed by name apart from the vote (vocabulary
    ROSTER_COMMITTEES): each one the article gives no post of their own by a vote joins the committee, by the
    vote, on its day ('… bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí; bầu đồng chí A giữ chức Bí thư …' ¶ 'Ban
    Thường vụ Tỉnh ủy khóa XIX gồm các đồng chí: A, B … và C.': B … and C join the Ban Thường vụ Tỉnh ủy)."""
    committees = _committees(ctx.folded)
    if not committees:
        return []
    votes, rosters = _committee_votes(ctx, committees)
    seated = {a.person.name_key for a in found if a.action in _SEATED_BY_VOTE}
    out: list[Appointment] = []
    for key, start, end, members, seat in rosters:
        vote = next((v for v in reversed(votes) if v.at < start and _same_committee(v.key, key)), None)
        vote = vote or next((v for v in votes if _same_committee(v.key, key)), None)
        if vote is None:
            continue
        day, decision = _vote_day(ctx, vote, found)
        for person in members:
            if person.name_key not in seated:
                seated.add(person.name_key)
                out.append(Appointment(person, vote.action, seat or vote.name, None, decision, day, start, end))
    return out


def _same_committee(voted: str, listed: str) -> bool:
    """'ban thuong vu tinh uy' voted, 'ban thuong vu tinh uy an giang' listed (or the other way round)."""
    return listed == voted or listed.startswith(voted + " ") or voted.startswith(listed + " ")


def _committees(folded: str) -> list[int]:
    """Where the committees of ROSTER_COMMITTEES are named, in text order (looked up with str.find: a pattern
    opening with a look-behind is tried at every position of every article)."""
    return sorted(
        at
        for word in _ROSTER_COMMITTEES
        for at in occurrences(folded, word)
        if (at == 0 or not folded[at - 1].isalnum()) and not folded[at + len(word) : at + len(word) + 1].isalnum()
    )


def _committee_votes(
    ctx: _Context, committees: list[int]
) -> tuple[list[_CommitteeVote], list[tuple[str, int, int, list[Person]]]]:
    """The committees voted in, and the lists of members: (the committee folded, where the list is, its persons).
    The lists are looked for first: they are rare, and without one the votes need no reading."""
    rosters, votes = [], []
    for at in committees:
        seat = _ROSTER_SEAT_RE.search(ctx.folded, max(0, at - 40), at)
        opening = _roster_opening(ctx, seat.start() if seat else at)
        listed = _roster_at(ctx, opening, at, at + _committee_length(ctx, at)) if opening >= 0 else None
        if listed:
            # (the seat as the list writes it, when it names one: 'Ủy viên Ban Thường vụ', 'Uỷ viên BTV Đảng uỷ Bộ')
            written = ctx.body[at - len(fold(V.ROSTER_MEMBER_SEAT)) - 1 : at + _committee_length(ctx, at)]
            written = _ROSTER_REST_RE.sub("", _without_term(written))
            rosters.append((_committee_key(_committee_name(ctx, at)), *listed, written if seat else None))
    for at in committees if rosters else ():
        vote = _ROSTER_VOTE_RE.search(ctx.folded, max(0, at - 60), at)
        action = _ACTION_OF[vote.group("verb")] if vote else None
        name = _committee_name(ctx, at) if action in _SEAT_ACTIONS else None
        if name:
            votes.append(_CommitteeVote(_committee_key(name), name, at, action))
    return votes, rosters


def _committee_key(name: str) -> str:
    """A committee's name folded, its abbreviation written out: 'BTV Đảng uỷ Bộ' is 'ban thường vụ đảng ủy bộ'."""
    head, _, rest = name.partition(" ")
    return fold(f"{V.TITLE_ABBREVIATION_WORDS.get(head, head)} {rest}".strip())


def _committee_length(ctx: _Context, at: int) -> int:
    return title_end(ctx.body[at : at + _ROSTER_REACH], 0, continuing=True, handed=True)


def _committee_name(ctx: _Context, at: int) -> str:
    """The committee's name as written, without its term: 'Ban Thường vụ Tỉnh ủy' of '… Tỉnh ủy khóa XIX'."""
    return _without_term(ctx.body[at : at + _committee_length(ctx, at)])


def _roster_opening(ctx: _Context, at: int) -> int:
    """Where the sentence or heading that opens with the committee at `at` starts ('Danh sách ' may precede it),
    or -1 when it opens none."""
    heading = _ROSTER_HEADING_RE.search(ctx.folded, max(0, at - 15), at)
    opening = k = heading.start() if heading else at
    while k > 0 and ctx.body[k - 1] in " \t":
        k -= 1
    return opening if k == 0 or ctx.body[k - 1] in ".!?\n" else -1


def _roster_at(ctx: _Context, opening: int, at: int, name_end: int) -> tuple[int, int, list[Person]] | None:
    """The persons a sentence or a heading opening with the committee's name at `at` lists as its members:
    'Ban Thường vụ … gồm các đồng chí: A, B và C.', 'DANH SÁCH BAN THƯỜNG VỤ …' over a table or numbered lines."""
    colon = _ROSTER_COLON_RE.match(ctx.folded, name_end)
    if colon and not _VERB_RE.search(ctx.folded, opening, colon.end()):
        end = _sentence_end(ctx, colon.end())
        return opening, end, [p for m, p in ctx.mentions if colon.end() <= m.start < end]
    line_end = _line_end(ctx, at)
    if opening == at or ":" in ctx.body[at:line_end].rstrip().removesuffix(":"):
        return None  # (a heading is a line that opens with 'Danh sách', a colon may end it)
    rows = next((t.rows for t in find_tables(ctx.body) if t.intro[0] == opening), None)
    if rows is not None:
        members = [p for p in map(partial(_row_person, ctx), rows) if p]
        return opening, rows[-1].end, members
    items = list(items_below(ctx.body, at))
    named = [next((p for m, p in ctx.mentions if s <= m.start < e), None) for s, e in items]
    return (opening, items[-1][1], [p for p in named if p]) if items else None


def _vote_day(ctx: _Context, vote: _CommitteeVote, found: list[Appointment]) -> tuple[date | None, str | None]:
    """The day of a committee's vote, and its decision (a designation's): the decision's day, else that of the
    changes its sentence or paragraph tells, else a day the sentence names, else the meeting's."""
    start, end = _sentence_opening(ctx, vote.at), _sentence_end(ctx, vote.at)
    decisions = _decisions_in(ctx, start, end) if vote.action == "designate" else []
    decision = decisions[-1] if decisions else None
    if decision and decision.issued_date:
        return decision.issued_date, decision.doc_code
    code = decision.doc_code if decision else None
    paragraph = (_paragraph_start(ctx, vote.at), _line_end(ctx, vote.at))
    for s, e in ((start, end), paragraph):
        day = next((a.effective_date for a in found if s <= a.start < e and a.effective_date), None)
        if day:
            return day, code
    named = _named_days(ctx, start, end)
    return (named[0][1] if named else _meeting_day(ctx)), code


_RECOGNITION = fold(V.RECOGNITION_VERB)
_NOT_RECOGNITION_RE = re.compile(rf"\s+(?:{folded_alternation(V.RECOGNITION_NOT_CHANGE_AFTER)})(?!\w)")
_CONSENT_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_CONSENT_WORDS)})\s+(?:[^\s;.:]+\s+){{0,{V.APPOINTMENT_PURPOSE_REACH}}}$"
)
# ('những đồng chí được bổ nhiệm gồm: A, …, làm Đại sứ tại …; B, …': persons not counted, but listed so too)
_COUNTED_PERSONS_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:\d{{1,3}}|{folded_alternation(V.EVENT_DAYS_COUNTS)}|(?P<plural>{folded_alternation(V.PLURAL_WORDS)}))"
    rf"\s+(?:{folded_alternation(V.COUNTED_PERSON_NOUNS)})\s+$"
)
_NAME_DASH_RE = re.compile(r"\s*[-–]\s+")
_LIST_FOLLOWS_END_RE = re.compile(rf"(?:{folded_alternation(V.LIST_FOLLOWS_WORDS)})\s*$")
# the verb's object said as a plural or counted before the list of its persons: '… bổ nhiệm các Đại sứ, cụ thể:',
# '… luân chuyển 3 đồn trưởng, gồm:'
_LISTED_OBJECT_RE = re.compile(
    rf"\s+(?:{re.escape(V.PLURAL_WORD)}|{COUNT})\s+[^,:;()]{{1,30}}?"
    rf"(?:\s*,?\s*(?:{folded_alternation(V.LIST_FOLLOWS_WORDS)}))?\s*"
)


def _items_under_a_verb(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """The changes listed as items under a paragraph whose last change verb is the list's, and that ends with a
    colon: 'Cũng theo Quyết định số 2816-QĐNS/TW, Bộ Chính trị chỉ định:' ¶ '- Đồng chí A, <titles>, giữ chức
    X.' ¶ '- Các đồng chí: B, <titles>; C, <titles>, giữ chức Y.' (each person an item names takes the post it
    introduces), or 'Danh sách 9 đồng chí được bầu vào Ủy ban Kiểm tra Tỉnh ủy khóa I (…):' ¶ '1. Đồng chí A,
    <titles>.' (an item without a post of its own takes the committee joined; a person the sentences give a
    post by the same change keeps that one alone). By the last decision the paragraph cites, on its day; else on
    the day of the change the sentences read into the same committee, else the meeting's."""
    out: list[Appointment] = []
    for colon in occurrences(ctx.folded, ":\n"):
        para, verbs, alone = _list_verbs(ctx, colon)
        if not verbs:
            continue
        verb, action = verbs[-1], _ACTION_OF[verbs[-1].group()]
        seat = _seat(ctx, verb.end(), colon, colon) if _SEAT_RE.match(ctx.folded, verb.end() + 1) else None
        rest = ctx.folded[verb.end() : colon]
        members = None  # the list is of a body's members, each with the post they took
        counted = _COUNTED_PERSONS_BEFORE_RE.search(ctx.folded, max(para, verb.start() - 30), verb.start())
        if counted and _LIST_FOLLOWS_END_RE.search(rest):
            rest = ""  # '… đồng ý để 4 đồng chí nghỉ hưu trước tuổi kể từ ngày 01/3/2025, gồm:': the persons are listed
        each = _each_post(ctx, verb.end(), colon)  # ('… bầu Trưởng các ban …, gồm:' is a listed object too)
        if seat is None and rest.strip() and not alone and not (each or _LISTED_OBJECT_RE.fullmatch(rest)):
            members = _members_voted(ctx, verbs, colon)
            if members is None:
                continue  # the list is of something else ('… bầu Ban Chấp hành gồm 53 đồng chí; kết quả như sau:')
            verb, action = members, _ACTION_OF[members.group()]
        decisions = _decisions_in(ctx, para, colon)
        code = decisions[-1].doc_code if decisions else None
        # (a decision cited again, 'Cũng theo Quyết định số …', was dated where it was cited first)
        day = next((d.issued_date for d in ctx.documents if code and d.doc_code == code and d.issued_date), None)
        joined = [a for a in found if a.action == action and seat and _within(a.position, seat)]
        day = day or (joined[0].effective_date if joined else None)
        # (else the day the verb's sentence opens with: 'Ngày 27-6, Ban Thường vụ Tỉnh ủy đã ban hành các quyết định
        # … chỉ định …', else the meeting's)
        day = day or _sentence_opening_day(ctx, para, verb.start()) or _meeting_day(ctx)
        for item_start, item_end in items_below(ctx.body, colon):
            if (
                any(item_start <= a.start < item_end for a in found)
                or _next_change(ctx, item_start, item_end) < item_end
            ):
                continue
            post = _item_post(ctx, item_start, item_end, each)
            if members is not None and post is None:
                post = _member_post(ctx, found, para, action, item_start, item_end)
                if post is None:
                    continue
            # no post of its own: the committee the introduction or the item joins them to ('…, tham gia Ban
            # Thường vụ Đảng ủy Bộ.'), unless the sentences give them a post in it by the same change
            joins = None if post else seat or _seat(ctx, item_start, item_end, item_end)
            in_it = {a.person.name_key for a in found if a.action == action and joins and _within(a.position, joins)}
            own = _decisions_in(ctx, item_start, item_end)
            item_code, item_day = (own[-1].doc_code, own[-1].issued_date or day) if own else (code, day)
            named = {p.name_key: (m, p) for m, p in reversed(ctx.mentions) if item_start <= m.start < item_end}
            starts = sorted(m.start for m, _ in named.values())
            for m, p in reversed(named.values()):
                # (a post left with no post written: the person's own, 'nguyên Giám đốc Sở X (Quyết định số …)')
                left = _main_title(m) if post is None and action in ("relieve", "retire") else None
                given = (_own_post(ctx, m.start, starts, item_end) or post) if post else joins or left
                if given and p.name_key not in in_it:
                    out.append(Appointment(p, action, given, None, item_code, item_day, item_start, item_end))
    return out


_DEPUTY = fold(V.DEPUTY_WORD)
_ELECTION_HELD_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.ELECTION_HELD_WORDS)})(?!\w)")


def _labelled_results(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """Lines under a paragraph whose verbs change posts, each opening with a post and a colon, then the persons
    given it: '… kỳ họp đã bầu các chức danh chủ chốt …, kết quả cụ thể như sau:' ¶ '1. Chủ tịch HĐND xã: ông A -
    Bí thư Đảng ủy xã (25/25 phiếu)' ¶ '6. Phó Chủ tịch UBND xã: ông B, ông C'. Each person takes the post by the
    paragraph's changes, by the decision whose clause names the post (else its first), on the decision's day, else
    on the day the paragraph opens with, else the meeting's."""
    out: list[Appointment] = []
    for colon in occurrences(ctx.folded, ":\n"):
        para, actions = _results_introduction(ctx, colon)
        lines = _labelled_lines(ctx, colon) if actions else []
        if not lines:
            continue
        decisions = _decisions_in(ctx, para, colon)
        day = _sentence_opening_day(ctx, para, colon) or _meeting_day(ctx)
        for start, end, post, persons in lines:
            decision = _decision_naming(ctx, decisions, post, colon)
            code, when = (decision.doc_code, decision.issued_date or day) if decision else (None, day)
            for person in persons:
                if not any(start <= a.start < end and a.person.name_key == person.name_key for a in found):
                    out += [Appointment(person, action, post, None, code, when, start, end) for action in actions]
    return out


def _results_introduction(ctx: _Context, colon: int) -> tuple[int, list[str]]:
    """The paragraph that introduces the list after `colon` and the changes its verbs report ('… kỳ họp đã bầu …,
    kết quả như sau:'); a heading of the list ('Thường trực HĐND thành phố khóa IX:', '* Trưởng các Ban của HĐND
    tỉnh:') takes them from the results' introduction above it, over the headings and items between."""
    para, verbs, _ = _list_verbs(ctx, colon)
    actions = list(dict.fromkeys(_ACTION_OF[v.group()] for v in verbs))
    if not actions and _ELECTION_HELD_RE.search(ctx.folded, para, colon):
        actions = ["elect"]  # '… tiến hành bầu cử bằng hình thức bỏ phiếu kín. Kết quả như sau:'
    if "elect" in actions and _RESULT_WORDS_RE.search(ctx.folded, para, colon):
        return para, ["elect"]  # the results of a vote ('Thực hiện Thông báo … về nhân sự giới thiệu bầu …, HĐND tỉnh
        # đã bầu bằng phiếu kín. Kết quả như sau:': the nomination was the basis)
    if actions or not _is_list_heading(ctx, para, colon):
        return para, actions
    above = para
    for _ in range(_RESULTS_LIST_REACH):
        if above == 0:
            break
        above = paragraph_above(ctx.body, above)
        line = ctx.body[above : _line_end(ctx, above)].rstrip()
        if line.endswith(":"):
            at = above + len(line) - 1
            if _is_list_heading(ctx, above, at):
                continue
            intro, told = _results_introduction(ctx, at)
            return (intro, told) if _RESULT_WORDS_RE.search(ctx.folded, intro, at) else (para, [])
        if not ITEM_MARK_RE.match(ctx.body, above):
            break  # (prose between: the list above has ended)
    return para, []


def _line_end(ctx: _Context, at: int) -> int:
    end = ctx.body.find("\n", at)
    return len(ctx.body) if end == -1 else end


_RESULTS_LIST_REACH = 12  # paragraphs (items, headings) between a heading and the results' introduction
_RESULT_WORDS_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation((*V.APPOINTMENT_RESULT_OPENINGS, *V.ELECTION_RESULT_WORDS))})(?!\w)"
)


def _is_list_heading(ctx: _Context, start: int, colon: int) -> bool:
    """A line that only heads the items under it: short, no sentence, no person ('Thường trực HĐND tỉnh:')."""
    line = ctx.body[start:colon]
    words = line.lstrip("*•-–+ ").split()
    return (
        len(words) <= _HEADING_WORDS
        and not any(start <= m.start < colon for m, _ in ctx.mentions)
        and ". " not in line
        # (a body's name in it, capitalised past its first word or abbreviated: 'Thường trực HĐND thành phố', 'UBND
        # thành phố …', not 'Dự kỳ họp')
        and (any(w[:1].isupper() for w in words[1:]) or any(len(w) > 1 and w.isupper() for w in words))
    )


_HEADING_WORDS = 12


def _labelled_lines(ctx: _Context, colon: int) -> list[tuple[int, int, str, list[Person]]]:
    """The lines after `colon` (blank lines between them allowed) that each open with a post, a colon and the
    persons given it, up to the first that does not: (start, end, the post, its persons). An item that opens with
    its person and the post after a dash or a comma, then the votes, is one too: '4. Ông A - Trưởng Ban Pháp chế:
    81/85 phiếu', '- Ông B, Trưởng Ban Dân tộc HĐND tỉnh: 64/65 phiếu'."""
    lines = []
    for start, end in lines_below(ctx.body, colon):
        label = LABEL_LINE_RE.match(ctx.body, start, end)  # (its opening label: '1. Chủ tịch HĐND xã: ')
        post = labelled_post(ctx.body, start, label.end("label")) if label else None
        persons = [p for m, p in ctx.mentions if label and label.end() <= m.start < end]
        # (the persons follow the colon at once, after a form of address: 'Chủ tịch HĐND xã: ông A')
        address = _PRONOUN_RE.match(ctx.folded, label.end()) if label else None
        if post and persons and ctx.body[address.end() if address else label.end()].isupper():
            lines.append((start, end, _without_term(post) or post, persons))
            continue
        voted = _voted_item(ctx, start, end, label)
        if voted is not None:
            lines.append(voted)
        elif not (_ROMAN_HEADING_RE.match(ctx.body, start) or _next_change(ctx, start, end) < end):
            return lines  # (over a heading of the list, 'II. TRƯỞNG CÁC BAN HĐND TỈNH', and an item that tells its
            # own change, '1. Đồng chí A … được bầu giữ chức …', it goes on)
    return lines


def _voted_item(ctx: _Context, start: int, end: int, label: re.Match | None) -> tuple[int, int, str, list[Person]]:
    """An item of a list of results that opens with the person, then the post after a dash or a comma, then a
    colon and the votes: (start, end, the post, [the person]), else None."""
    if label is None or not ITEM_MARK_RE.match(ctx.body, start) or not _VOTES_RE.match(ctx.folded, label.end()):
        return None
    named = next(((m, p) for m, p in ctx.mentions if start <= m.start < label.end()), None)
    if named is None:
        return None
    opening = _LINE_OPENING_RE.fullmatch(ctx.folded, ITEM_MARK_RE.match(ctx.body, start).end(), named[0].start)
    dash = _NAME_DASH_RE.match(ctx.body, named[0].end, label.end())
    after = dash.end() if dash else named[0].end + 2 if ctx.body.startswith(", ", named[0].end) else None
    post = _title_at(ctx.body, after, label.end("label")) if opening and after is not None else None
    if post is None or after + len(post) < len(ctx.body[: label.end("label")].rstrip()):
        return None  # (the whole label after the name is the post, no other words)
    return start, end, _without_term(post) or post, [named[1]]


_ROMAN_HEADING_RE = re.compile(rf"[IVX]{{1,4}}\.\s+[{UPPER}\d\W]+$", re.MULTILINE)  # 'I. THƯỜNG TRỰC HĐND TỈNH'
_VOTES_RE = re.compile(r"\d{1,4}\s*/\s*\d{1,4}|\d{1,3}(?:,\d+)?\s*%")
_LINE_OPENING_RE = re.compile(rf"\s*(?:(?:{_ADDRESS})\s+)?")


def _decision_naming(ctx: _Context, decisions: list[DocumentMention], post: str, end: int) -> DocumentMention | None:
    """Of the decisions cited before a list, the one whose clause names the post's position ('Quyết định số A …
    chỉ định … Bí thư, Phó Bí thư … và Quyết định số B cùng ngày chỉ định … Chủ nhiệm Ủy ban Kiểm tra'), else the
    first."""
    position = fold(parse_title(post).position or post)
    # (whole words, and not inside a deputy's post: 'chủ tịch' is not named by '… Phó Chủ tịch …')
    named = re.compile(rf"(?<!\w)(?<!{_DEPUTY} ){re.escape(position)}(?!\w)")
    for k, d in enumerate(decisions):
        clause_end = decisions[k + 1].start if k + 1 < len(decisions) else end
        if named.search(ctx.folded, d.end, clause_end):
            return d
    return decisions[0] if decisions else None


def _each_post(ctx: _Context, at: int, colon: int) -> bool:
    """Whether the verb ending at `at` gives the post of each of several bodies, the list after `colon` naming who
    took which: '… bầu Trưởng các ban của HĐND tỉnh, gồm:' ¶ '- Ông A - Trưởng ban Pháp chế;' (a post split by
    the plural)."""
    words = ctx.folded[at:colon].split()
    if len(words) < 3 or words[1] != V.PLURAL_WORD:
        return False
    joined = f"{words[0]} {words[2]}"
    plural = ctx.folded.find(f" {V.PLURAL_WORD} ", at, colon)
    return position_at(joined) == len(joined) and _LISTED_OBJECT_RE.fullmatch(ctx.folded, plural, colon) is not None


def _item_post(ctx: _Context, start: int, end: int, each: bool) -> str | None:
    """The post a list item gives: introduced ('giữ chức X'), counted, or, for the post of each of several bodies
    (_each_post), written after the name and a dash."""
    post = _introduced(ctx, start, end)[0] or _counted_item_post(ctx, start, end)
    return post or (_post_after_name(ctx, start, end) if each else None)


def _post_after_name(ctx: _Context, start: int, end: int) -> str | None:
    """The post written after the first name of a list item and a dash: '- Bà A - Trưởng ban Kinh tế - Ngân sách;'."""
    named = next((m for m, _ in ctx.mentions if start <= m.start < end), None)
    dash = _NAME_DASH_RE.match(ctx.body, named.end, end) if named else None
    return _title_at(ctx.body, dash.end(), end) if dash else None


def _list_verbs(ctx: _Context, colon: int) -> tuple[int, list[re.Match], bool]:
    """The paragraph that introduces the list after `colon`, its change verbs, and whether the colon ends a line
    of its own: 'Cụ thể như sau:' alone says the list is of the paragraph above, its verb the one whose object is
    written next ('chỉ định Ban Chấp hành, …, bí thư …', not 'các cấp ủy được chỉ định là nhiệm kỳ …')."""
    para = _paragraph_start(ctx, colon)
    alone = para > 0 and LIST_FOLLOWS_ALONE_RE.fullmatch(ctx.body, para, colon) is not None
    if alone:
        para = paragraph_above(ctx.body, para)
    verbs = [v for v in _VERB_RE.finditer(ctx.folded, para, colon) if _is_change(ctx.folded, v, colon)]
    if alone:
        verbs = [
            v for v in verbs if ctx.body[v.end() + 1 : v.end() + 2].isupper() or position_at(ctx.folded, v.end() + 1)
        ]
    return para, verbs, alone


def _own_post(ctx: _Context, at: int, starts: list[int], end: int) -> str | None:
    """In an item naming several persons, the post introduced after the one at `at`, before the next: 'đồng chí A,
    …, giữ chức Bí thư …; đồng chí B, …, giữ chức Phó Bí thư …'; None when the item names one."""
    if len(starts) < 2:
        return None
    return _introduced(ctx, at, next((s for s in starts if s > at), end))[0]


_BODY_MEMBERS_RE = re.compile(
    rf"\s+[{UPPER}][^;:.]*?\s+(?i:{'|'.join(map(re.escape, V.BODY_MEMBERS_WORDS))})(?!\w)[^;:.]*"
)
_BODY_LIST_RE = re.compile(rf"(?i:{'|'.join(map(re.escape, V.BODY_LIST_NOUNS))})\s+[{UPPER}]")
_ORGAN_HEAD_RE = re.compile(rf"(?:{folded_alternation(V.ORGAN_HEADS)})(?!\w)")


def _members_voted(ctx: _Context, verbs: list[re.Match], colon: int) -> re.Match | None:
    """The verb that voted in the body whose members the list after `colon` names: '… hiệp thương cử Ban Thường
    trực gồm các vị:', or a sentence before one that opens with a list noun and has no verb ('… đã hiệp thương
    cử Ban Thường trực gồm 4 vị; … . Danh sách Ban Thường trực … gồm:')."""
    opening = _sentence_opening(ctx, colon)
    listed_again = _BODY_LIST_RE.match(ctx.body, opening) is not None
    for verb in reversed(verbs):
        if verb.start() < opening and not listed_again:
            break
        end = colon if verb.start() >= opening else _clause_end(ctx.folded, verb.end(), _sentence_end(ctx, verb.end()))
        if _BODY_MEMBERS_RE.fullmatch(ctx.body, verb.end(), end) and _ORGAN_HEAD_RE.match(ctx.folded, verb.end() + 1):
            return verb if _ACTION_OF[verb.group()] == "elect" else None
    return None


def _member_post(ctx: _Context, found: list[Appointment], para: int, action: str, start: int, end: int) -> str | None:
    """The post a list item of a body's members gives its person, the first title after the name ('- Ông A, Phó
    Chủ tịch (Chủ tịch Ủy ban MTTQ xã X);'), unless the sentences above gave the person one by the same vote."""
    for m, person in ctx.mentions:
        if start <= m.start < end:
            if any(a.person.name_key == person.name_key and a.action == action and a.start >= para for a in found):
                return None
            return m.titles[0] if m.titles and m.titles[0] in ctx.body[m.end : end] else None
    return None


def _counted_item_post(ctx: _Context, start: int, end: int) -> str | None:
    """The post a list item opens with, counted, before its persons: '4. Hai Phó Chủ tịch UBND xã là bà A …'."""
    mark = ITEM_MARK_RE.match(ctx.body, start)
    counted = _COUNTED_POST_RE.match(ctx.folded, mark.end() - 1) if mark else None
    named_as = _COUNTED_POST_TO_AFTER_RE.search(ctx.folded, counted.end(), end) if counted else None
    return _title_at(ctx.body, counted.end(), named_as.start() + 1) if named_as else None


def _decisions_in(ctx: _Context, start: int, end: int) -> list[DocumentMention]:
    """The decisions cited in [start, end), in text order."""
    return [d for d in ctx.documents if start <= d.start < end and d.doc_type in _DECISION_TYPES]


def _within(post: str | None, body: str) -> bool:
    """Whether `post` is a post in `body` ('Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' in 'Ủy ban Kiểm tra Tỉnh ủy')."""
    return bool(post) and fold(body) in fold(post)


def _seat_lists(folded: str) -> list[re.Match]:
    """The matches _SEATS_LIST_RE.finditer gives, looked for only where a list-opening word stands (the
    pattern opens with a look-behind, which a scan tries at every position of every article)."""
    found: list[re.Match] = []
    for at in sorted(at for word in _LIST_OPENINGS for at in occurrences(folded, word)):
        m = _SEATS_LIST_RE.match(folded, at) if not found or at >= found[-1].end() else None
        if m:
            found.append(m)
    return found


def _seat_after_dash(ctx: _Context, start: int, end: int) -> str | None:
    """The last post written after the item's dash ('A, nguyên X - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban
    Kiểm tra Đảng ủy phường' → the Chủ nhiệm …), or None when no dash parts old posts from the new."""
    dashes = list(_ITEM_DASH_RE.finditer(ctx.body, start, end))
    if not dashes:
        return None
    at, post = dashes[-1].end(), None
    for part in ctx.body[at:end].split(","):
        post = _title_at(ctx.body, at, at + len(part)) or post
        at += len(part) + 1
    return post


def _actions_in(ctx: _Context, start: int, end: int) -> list[str]:
    """The changes the verbs in [start, end) report, once each, in order."""
    verbs = (v for v in _VERB_RE.finditer(ctx.folded, start, end) if _is_change(ctx.folded, v, end))
    return list(dict.fromkeys(_ACTION_OF[v.group()] for v in verbs))


def _row_person(ctx: _Context, row: Row) -> Person | None:
    """The person named in the row's person column."""
    cell = row.cells.get("person")
    if cell is None:
        return None
    return next((p for m, p in ctx.mentions if cell.start <= m.start < cell.end), None)


# before a given name: a form of address ('bà Hồng'); after it: no letter, and no other capitalised word
_ADDRESS_ALT = "|".join(map(re.escape, V.ADDRESS_FORMS))
_ADDRESS_BEFORE_RE = re.compile(rf"(?<!\w)(?i:{_ADDRESS_ALT})\s+$")
# (a feature writes a young cadre 'chị Liên', 'anh Tuấn' after the full name: in lower case, or capitalised where a
# sentence opens; elsewhere 'Anh' is a name's word or England, as for persons._LOWER_CASE_CUES)
_YOUTH = "|".join(map(re.escape, V.YOUTH_ADDRESS_FORMS))
_YOUTH_BEFORE_RE = re.compile(rf"(?:(?<!\w)(?:{_YOUTH})|(?:^|(?<=[.!?\n]\s)|(?<=\n))(?i:{_YOUTH}))\s+$")
_NAME_GOES_ON_RE = re.compile(rf"[\w'’]|\s+[{UPPER}]")
# a verb's object named by its given name alone: 'phân công bà Mai làm …'
_SHORT_OBJECT_RE = re.compile(rf"\s+{GIVEN_NAME}")


def _short_subject(ctx: _Context, chain: _Chain, start: int) -> bool:
    """Whether a given name with its form of address stands before the chain, after every name written in full
    ('A và B được bầu làm Phó Bí thư; bà B tiếp tục được phân công làm Phó Bí thư Thường trực': the second
    change is B's alone)."""
    after = max((m.end for m, _ in ctx.mentions if start <= m.start < chain.lead), default=start)
    return _SHORT_OBJECT_RE.search(ctx.body, after, chain.lead) is not None


def _short_references(body: str, persons: list[Person]) -> list[tuple[Mention, Person]]:
    """'bà Hồng', 'ông Quyết' after the full name: the one person of the article with that given name,
    whom a change may name so ('Trước đó, … đã bầu bà Hồng giữ chức …'). Only the changes read these:
    a title beside such a reference is not read as the person's."""
    by_given: dict[str, list[Person]] = {}
    for person in persons:
        by_given.setdefault(person.full_name.split()[-1], []).append(person)
    taken = [(m.start, m.end) for p in persons for m in p.mentions]
    found = []
    for given, owners in by_given.items():  # looked for by the given names: quicker than a pattern scan
        if len(owners) != 1:
            continue
        for at in occurrences(body, given):
            end = at + len(given)
            window = max(0, at - 12)
            address = _ADDRESS_BEFORE_RE.search(body, window, at) or _YOUTH_BEFORE_RE.search(body, window, at)
            if address and not _NAME_GOES_ON_RE.match(body, end) and not any(s <= at < e for s, e in taken):
                found.append((Mention(at, end, [], address.start(), end), owners[0]))
    return found


def _is_change(folded: str, verb: re.Match, sentence_end: int) -> bool:
    """Whether the verb reports a change: no other word ('bầu cử'), no request, plan or aim before it."""
    if _NOT_AFTER_RE.match(folded, verb.end()):
        return False
    if verb.group() == _RECOGNITION and _NOT_RECOGNITION_RE.match(folded, verb.end()):
        return False  # 'công nhận đảng viên chính thức cho 9 đảng viên dự bị': a probation ended, no post
    before = folded[max(0, verb.start() - 30) : verb.start()]
    if _REQUEST_RE.search(before) or _NOUN_BEFORE_RE.search(before):
        return False
    result = _RESULT_BEFORE_RE.search(before)
    if result and _ACTION_OF[result.group("verb")] == "approve" and _ACTION_OF[verb.group()] in _APPROVED_POSTINGS:
        return False  # (the result of a dismissal approved is the dismissal, by the approving body: 'phê chuẩn
        # kết quả miễn nhiệm chức vụ X đối với ông A'; the approving verb is then no change, see below)
    planned = _PLAN_RE.search(before) or _PURPOSE_RE.search(folded, max(0, verb.start() - 60), verb.start())
    if not planned:  # 'giới thiệu để Ban Chấp hành Hội Nông dân tỉnh bầu': an organ's vote is the aim
        organ = _PURPOSE_ORGAN_RE.search(folded, max(0, verb.start() - 80), verb.start())
        planned = organ is not None and title_end(organ.group("organ"), 0, continuing=True) == len(organ.group("organ"))
    if not planned:
        planned = _planned_clause(folded, verb)
    if planned and _CONSENT_RE.search(folded, max(0, verb.start() - 60), verb.start()):
        planned = None  # 'đồng ý để 4 đồng chí nghỉ hưu': consent to a change asked for is the change
    if planned and not _after_leaving(folded, verb):
        return False
    if _STAFF_AFTER_RE.match(folded, verb.end()) and _SUBJECT_OF_DOCUMENT_RE.search(
        folded, max(0, verb.start() - 80), verb.start()
    ):
        return False  # '… về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử': a document's subject
    if _ACTION_OF[verb.group()] == "nominate":
        return _nominates(folded, verb, sentence_end)
    if _ACTION_OF[verb.group()] == "approve":
        other = _APPROVED_CHANGE_RE.match(folded, verb.end())
        return other is None or _ACTION_OF[other.group("verb")] in _APPROVED_POSTINGS
    return True


# An election's result or an appointment proposed, approved: 'phê chuẩn kết quả bầu bà A', 'phê chuẩn việc bổ nhiệm
# ông B giữ chức Bộ trưởng' (the National Assembly approves; the President then appoints, a change of its own).
_APPROVED_POSTINGS = ("elect", "appoint")


def _nominates(folded: str, verb: re.Match, sentence_end: int) -> bool:
    """Whether 'giới thiệu' tells a nomination: it says for what (NOMINATION_CUES), or for which organ's decision,
    and names no nominator after it ('Trên cơ sở giới thiệu của Ban Thường vụ …' is a basis)."""
    if _NOT_NOMINATION_AFTER_RE.match(folded, verb.end()):
        return False
    return bool(
        _NOMINATION_RE.search(folded, verb.end(), sentence_end)
        or _FOR_A_DECISION_RE.search(folded, verb.end(), _clause_end(folded, verb.end(), sentence_end))
    )


# ... or when it says which organ's decision it is for: 'giới thiệu A để Thường trực HĐND tỉnh chỉ định giữ chức X'
# (the post is given by another organ, by whichever verb)
_FOR_A_DECISION_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_PURPOSE_BEFORE)})(?:\s+[^\s;.:]+){{0,{V.APPOINTMENT_PURPOSE_REACH}}}?"
    rf"\s+(?:{folded_alternation(_ACTION_OF)})(?!\w)"
)


def _clause_end(folded: str, at: int, end: int) -> int:
    """Where the clause at `at` ends: its ';', else the sentence's end."""
    semicolon = folded.find(";", at, end)
    return semicolon if semicolon >= 0 else end


_APPROVED_CHANGE_RE = re.compile(
    rf"\s+(?:(?:{folded_alternation(V.APPROVED_CHANGE_WORDS)})\s+)?(?P<verb>{folded_alternation(_ACTION_OF)})(?!\w)"
)


_ABOUT_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.DOC_SUBJECT_WORDS)})\s+$")
# (the decision received, its code and day, then its subject: no sentence or clause ends between)
_RECEIVED_DECISION_ABOUT_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.DECISION_RECEIVING_VERBS)})\s+"
    rf"(?:{folded_alternation(V.APPOINTMENT_DECISION_TYPES)})(?!\w)[^.;:]*?"
    rf"(?<!\w)(?:{folded_alternation(V.DOC_SUBJECT_WORDS)})\s+$"
)
_RECEIVED_DECISION_REACH = 120
_RECEIVING_FOR_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.RECEIVING_FOR_WORDS)})(?!\w)")
_NOMINALISED_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.NOMINALISING_WORDS)})\s+$")
_SUBJECT_OF_DOCUMENT_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.DOC_SUBJECT_WORDS)})\s+(?:[^\s.;:]+\s+){{0,10}}$"
)
# the verb's object, past the other verbs written with it: staff in general, no person
_STAFF_AFTER_RE = re.compile(
    rf"(?:\s*(?:,|{re.escape(V.AND_WORD)})\s*(?:{folded_alternation(_ACTION_OF)}))*"
    rf"\s+(?:{folded_alternation(V.GENERIC_STAFF_WORDS)})(?!\w)"
)


def _after_leaving(folded: str, verb: re.Match) -> bool:
    """'thôi giữ chức X để chuyển công tác …': the change the post was left for, decided with it."""
    if not _AFTER_LEAVING_RE.search(folded, max(0, verb.start() - 8), verb.start()):
        return False
    clause = max(folded.rfind(";", 0, verb.start()), folded.rfind(".", 0, verb.start()), verb.start() - 200)
    return bool(
        _INTRO_RE.search(folded, max(0, clause), verb.start())
        and _LEAVING_ANY_RE.search(folded, max(0, clause), verb.start())
    )


def _chains(ctx: _Context, verbs: list[re.Match], sentence_start: int) -> list[_Chain]:
    groups: list[list[re.Match]] = []
    for verb in verbs:
        if groups and _CHAIN_GAP_RE.fullmatch(ctx.folded, groups[-1][-1].end(), verb.start()):
            groups[-1].append(verb)
        else:
            groups.append([verb])
    chains = []
    for k, group in enumerate(groups):
        reach = max(sentence_start, group[0].start() - _PASSIVE_REACH)
        if k and _REPLACED_RE.search(ctx.folded, groups[k - 1][-1].end(), group[0].start()):
            # not the passive marker of the group before, across the one replaced: 'A được bổ nhiệm thay cho một
            # đồng chí đã nghỉ hưu' (the retirement is the other's; 'A được bầu … và được phân công …' shares it)
            reach = max(reach, groups[k - 1][-1].end())
        passive = _PASSIVE_RE.search(ctx.body, reach, group[0].start())
        if passive:
            chains.append(_Chain(tuple(group), "passive", passive.start()))
        elif group[0].group() in _SUBJECT_VERBS:
            chains.append(_Chain(tuple(group), "subject", group[0].start()))
        else:
            chains.append(_Chain(tuple(group), "active", group[0].start()))
    return chains


def _changes(
    ctx: _Context, chain: _Chain, start: int, end: int, subject: list[tuple[Mention, Person]] | None = None
) -> list[Appointment]:
    """The changes of one chain of verbs: one per verb and person (`subject`: the persons, when elided)."""
    in_sentence = [(m, p) for m, p in ctx.mentions if start <= m.start < end]
    staff = _STAFF_AFTER_RE.match(ctx.folded, chain.end) if chain.voice == "active" else None
    if (
        staff
        and not ctx.folded.startswith(":", staff.end())  # ('điều động, bổ nhiệm cán bộ: ông A …': a list of them)
        and not any(0 <= m.start - staff.end() <= 1 for m, _ in in_sentence)
    ):
        return []  # '… tham mưu điều động, biệt phái cán bộ từ tỉnh về xã", đồng chí A yêu cầu': staff in general
    targets, elided = (subject, False) if subject else _targets(ctx, chain, in_sentence, end)
    if not targets:
        return []
    # the person a change replaces, told leaving ('… bổ nhiệm A …, thay ông B nghỉ hưu theo chế độ từ ngày 1/12'):
    # that leaving is not the decision's act, and its day is the one its clause tells
    replaced = chain.voice == "subject" and all(_replaced_here(ctx, m) for m, _ in targets)
    decision = None if replaced else _decision(ctx, chain, start, end)
    own_day = _named_days(ctx, chain.end, _clause_end(ctx.folded, chain.end, end)) if replaced else []
    day = own_day[0][1] if own_day else _day(ctx, chain, decision, start, end)
    undated = decision is None and _meeting_day_only(ctx, day, start, end)
    bounds = [_text_bound(ctx, chain, in_sentence, mention, end) for mention, _ in targets]
    respective = _respective_decisions(ctx, chain, len(targets), end)
    out = []
    for k, (mention, person) in enumerate(targets):
        bound = bounds[k]
        for verb in chain.verbs:
            action = _ACTION_OF[verb.group()]
            post, earlier = _post(ctx, chain, action, targets, k, bounds, elided)
            if post is None and _renews(verb):
                post, earlier = _kept_post(ctx, mention, bound), None
            moved = earlier if action in ("transfer", "assign", "appoint") else None
            code = respective[k].doc_code if respective else decision.doc_code if decision else None
            seat = (
                _seat(
                    ctx,
                    chain.end,
                    min(_list_bound(ctx, in_sentence, targets, k, bound, end), _next_change(ctx, chain.end, end)),
                    end,
                )
                if post is None and action not in ("relieve", "retire")
                else None
            )
            if (
                action == "assign"
                and post is None
                and seat is None
                and decision is None
                and _task(ctx, chain, mention, bound)
            ):
                continue  # a lone 'phân công' giving no post: a task ('phân công đ/c A giúp đỡ đảng viên mới')
            out.append(
                Appointment(
                    person,
                    action,
                    post,
                    moved,
                    code,
                    _left_day(ctx, chain, decision, start, bound, day)
                    if action == "relieve"
                    else (respective[k].issued_date if respective and respective[k].issued_date else day),
                    start,
                    end,
                    chain=chain.start,
                    seat=seat,
                    meeting_day_only=undated,
                )
            )
            if action == "relieve":  # 'thôi giữ chức X để giữ chức Y': the new post, from X
                then = _then_post(ctx, chain, bound)
                if then:
                    out.append(Appointment(person, "appoint", then, post, code, day, start, end, implied=True))
                elif (retiring := _retirement_at(ctx, chain, bound)) is not None:  # 'thôi giữ chức X để nghỉ hưu'
                    retired = _retired_day(ctx, decision, retiring, day)  # (the retirement leaves X)
                    out.append(Appointment(person, "retire", post, None, code, retired, start, end, implied=True))
    return out


_AGAIN_SUFFIX = " " + fold(V.APPOINTMENT_AGAIN_WORD)


_EXTENDS = frozenset(fold(v) for v in V.TERM_EXTENSION_VERBS)


def _renews(verb: re.Match) -> bool:
    """Whether the verb renews a post ('bổ nhiệm lại', 'kéo dài thời gian giữ chức vụ'): when it names none, the
    post is the one the person holds."""
    return verb.group().endswith(_AGAIN_SUFFIX) or verb.group() in _EXTENDS


def _kept_post(ctx: _Context, mention: Mention, bound: int) -> str | None:
    """The post a renewal keeps: the last title written with the name ('Bổ nhiệm lại ông A, Tỉnh ủy viên,
    giám đốc Sở X, thời hạn 5 năm' keeps 'giám đốc Sở X')."""
    written = [t for t in mention.titles if ctx.body.find(t, mention.end, bound) != -1]
    return written[-1] if written else None


def _text_bound(
    ctx: _Context, chain: _Chain, in_sentence: list[tuple[Mention, Person]], mention: Mention, end: int
) -> int:
    """Where the text about a person ends: at the next person named, or (a subject written before the
    verbs) from the verbs to the next person or change verb."""
    if mention.start > chain.end:
        return _bound(in_sentence, mention.start, end)
    return min(_bound(in_sentence, chain.end, end), _next_change(ctx, chain.end, end))


_COMMA_THEN_NAME_RE = re.compile(r",\s*")


def _targets(
    ctx: _Context, chain: _Chain, in_sentence: list[tuple[Mention, Person]], end: int
) -> tuple[list[tuple[Mention, Person]], bool]:
    """The persons the chain applies to, and whether they are the elided subject of an active verb."""
    if chain.voice == "active":
        # a verb's object follows it with no comma: 'Cùng với quyết định bổ nhiệm, ông A nhận …' names a kind
        # of decision, and A is the subject of the next clause
        # (or a title before the name: 'Sau khi Quốc hội phê chuẩn, Chủ tịch nước A đã ký quyết định …')
        comma = _COMMA_THEN_NAME_RE.match(ctx.folded, chain.end)
        if comma and any(comma.end() in (m.start, m.span_start, _address_start(ctx, m)) for m, _ in in_sentence):
            return [], False
        after = _persons_after(ctx, chain, in_sentence, end)
        if after:
            return after, False
        # 'A …, thôi giữ chức X; điều động, phân công giữ chức Y': the subject said once, before; not
        # after a document's 'về việc' ('A trình bày Tờ trình … về việc bầu bổ sung Phó Bí thư …'), nor for a
        # post given to a new holder unnamed ('… để đồng chí A nghỉ hưu, chỉ định tân Bí thư Tỉnh ủy')
        if ctx.folded.startswith(_NEW, chain.end + 1) or _nominalised(ctx, chain):
            return [], False
        if _gives_post(ctx, chain, end) and (
            not _ABOUT_RE.search(ctx.folded, max(0, chain.lead - 12), chain.lead) or _received_decision(ctx, chain)
        ):
            before = _persons_before(ctx, chain, in_sentence, _SUBJECT_REACH)
            semicolon = ctx.body.rfind(";", before[-1][0].span_end, chain.lead) if before else -1
            # ... though a nomination always has a cadre for its object: with none written it is the one the
            # earlier clause moved ('điều động ông A …, chỉ định giữ chức X; đồng thời giới thiệu để HĐND xã bầu …')
            nominated = all(_ACTION_OF[v.group()] == "nominate" for v in chain.verbs)
            if before and (
                nominated or not (semicolon >= 0 and _other_change_between(ctx, before[-1][0].span_end, semicolon))
            ):
                return before, True
        return [], False
    reach = _SUBJECT_REACH if _gives_post(ctx, chain, end) else _PERSON_REACH
    if chain.voice == "subject" and _ABOUT_RE.search(ctx.folded, max(0, chain.lead - 12), chain.lead):
        # '…; Quyết định số B cùng ngày về việc nghỉ hưu theo chế độ đối với đồng chí C': the decision's subject
        # is told of the person after 'đối với', not of the one named before
        told = _told_to(ctx, chain, in_sentence, end)
        if told:
            return told, False
    before = _persons_before(ctx, chain, in_sentence, reach) or _pronoun_subject(ctx, chain)
    listed = _counted_persons_listed(ctx, chain, in_sentence, end) if not before else None
    if listed is not None:
        return listed, False
    if not before and chain.voice == "passive" and _counted_subject(ctx, chain):
        # 'hai phó chủ tịch UBND tỉnh được bầu là ông A, … và bà B, …': the persons follow the counted post
        return (_persons_after(ctx, chain, in_sentence, end) if _AS_LIST_RE.match(ctx.folded, chain.end) else []), False
    if before or chain.voice != "subject":
        return before, False
    # 'quyết định về việc nghỉ hưu … đối với đồng chí A'
    return _told_to(ctx, chain, in_sentence, end) or _pronoun_object(ctx, chain, end), False


def _received_decision(ctx: _Context, chain: _Chain) -> bool:
    """'A, …, nhận Quyết định số … về việc <chain>': the decision received is about the one who receives it (not
    one received on a body's behalf: 'thay mặt Ban Thường vụ nhận …')."""
    received = _RECEIVED_DECISION_ABOUT_RE.search(ctx.folded, max(0, chain.lead - _RECEIVED_DECISION_REACH), chain.lead)
    if received is None:
        return False
    clause = max(ctx.folded.rfind(",", 0, received.start()), ctx.folded.rfind(".", 0, received.start()))
    return _RECEIVING_FOR_RE.search(ctx.folded, clause + 1, received.start()) is None


def _nominalised(ctx: _Context, chain: _Chain) -> bool:
    """'việc bổ nhiệm Giám đốc Sở …': the chain made a noun, its post right after it (not a document's subject,
    'về việc bổ nhiệm …', read above; nor 'A … đã hoàn tất việc điều động, bổ nhiệm giữ chức X', whose post an
    introducer gives: A is moved)."""
    window = max(0, chain.lead - 12)
    return (
        bool(_NOMINALISED_RE.search(ctx.folded, window, chain.lead))
        and not _ABOUT_RE.search(ctx.folded, window, chain.lead)
        and not _INTRO_IN_RE.match(ctx.folded, _next_word(ctx.folded, chain.end))
    )


def _next_word(folded: str, at: int, end: int | None = None) -> int:
    """Where the next word after `at` starts: spaces skipped, up to `end` (a match, not a copy of the text's rest)."""
    end = len(folded) if end is None else end
    return _SPACES_RE.match(folded, at, end).end() if at <= end else at


_SPACES_RE = re.compile(r"\s*")


def _counted_persons_listed(
    ctx: _Context, chain: _Chain, in_sentence: list[tuple[Mention, Person]], end: int
) -> list[tuple[Mention, Person]] | None:
    """The persons a counted subject lists after the chain: '7 người trúng cử thành viên HĐQT gồm ông A, …', 'Ba đồng
    chí được chỉ định giữ chức Phó Bí thư Tỉnh ủy gồm: A, …; B, …' (a passive's too), 'những đồng chí được bổ nhiệm
    gồm: A, …' (not counted, listed right after the verbs); None when the subject is no such count."""
    if chain.voice not in ("subject", "passive"):
        return None
    counted = _COUNTED_PERSONS_BEFORE_RE.search(ctx.folded, max(0, chain.lead - 30), chain.lead)
    if counted is None:
        return None
    if counted.group("plural"):
        listed = _AS_LIST_RE.match(ctx.folded, chain.end)
    else:
        listed = _COUNTED_POST_TO_AFTER_RE.search(ctx.folded, chain.end, end)
    if listed is None:
        return None
    return [(m, p) for m, p in _persons_after(ctx, chain, in_sentence, end) if m.start > listed.start()]


def _told_to(
    ctx: _Context, chain: _Chain, in_sentence: list[tuple[Mention, Person]], end: int
) -> list[tuple[Mention, Person]]:
    """The persons after the chain that 'đối với' names ('… về việc nghỉ hưu theo chế độ đối với đồng chí A')."""
    return [
        (m, p)
        for m, p in _persons_after(ctx, chain, in_sentence, end)
        if _TO_PERSON_RE.search(ctx.folded, max(chain.end, _address_start(ctx, m) - 12), _address_start(ctx, m))
    ]


# a pronoun opening a clause ('Tại Đại hội XIII, ông được bầu …'), not the address of a name or a group
_PRONOUNS = folded_alternation((*V.PRONOUN_ADDRESS_FORMS, *V.PRONOUN_NEUTRAL_FORMS))
_PRONOUN_BEFORE_RE = re.compile(rf"(?:^|[.,;:\n]\s*)(?P<pronoun>{_PRONOUNS})\s+$")
# ... or the object of 'đối với' with no name after it: 'Quyết định … về việc nghỉ hưu theo chế độ đối với bà, …'
_PRONOUN_OBJECT_RE = re.compile(
    rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_TO_PERSON)})\s+(?P<pronoun>{_PRONOUNS})(?=\s*[,;.]|\s*$)"
)


_PLURAL_PRONOUN_RE = re.compile(
    rf"(?<!\w){re.escape(V.PLURAL_WORD)}\s+(?:{folded_alternation(V.PRONOUN_ADDRESS_FORMS)})\s*,"
)


def _other_sex(ctx: _Context, person: Person, pronoun: str) -> bool:
    """Whether `person` is addressed with another pronoun than `pronoun`, or named as a woman when it is not
    the female one ('Thị' is a woman's middle name)."""
    if pronoun in V.PRONOUN_NEUTRAL_FORMS:
        return False
    sex = V.PRONOUN_SEXES[pronoun]
    if sex != "female" and any(s in V.FEMALE_MIDDLE_NAMES for s in person.name_key.split()[1:-1]):
        return True
    others = [f for f, other in V.PRONOUN_SEXES.items() if other != sex]
    return any(ctx.folded[_address_start(ctx, m) : m.start].strip() in others for m, p in ctx.mentions if p is person)


def _pronoun_subject(ctx: _Context, chain: _Chain) -> list[tuple[Mention, Person]]:
    """'Đồng chí A sinh năm 1971 … Tại Đại hội XIII, ông được bầu vào Ban Chấp hành Trung ương': a form of
    address with no name, right before the verbs, is the one person its paragraph has named before it."""
    pronoun = _PRONOUN_BEFORE_RE.search(ctx.folded, max(0, chain.lead - 12), chain.lead)
    if pronoun is None and chain.voice == "passive":
        pronoun = _sentence_pronoun(ctx, chain)
    if pronoun is None or _PLURAL_PRONOUN_RE.search(ctx.folded, max(0, pronoun.start() - 12), pronoun.end()):
        return []
    return _pronoun_person(ctx, pronoun)


# a clause after ';' that opens with the verbs, or with a time or place and a comma ('; tháng 10-2020, được bầu')
_CLAUSE_OPENING_RE = re.compile(r";\s*(?:[^;,.]{0,40},\s*)?$")
# ... when the sentence opens a biography with it: 'Đồng chí từng giữ …' (not 'Ông cho biết, …; được bổ nhiệm …')
_PRONOUN_AT_RE = re.compile(rf"(?P<pronoun>{_PRONOUNS})\s+(?:{folded_alternation(V.BIOGRAPHY_OPENINGS)})(?!\w)")


def _sentence_opening(ctx: _Context, at: int) -> int:
    """Where the sentence that holds `at` starts (the body's sentence spans)."""
    return max((s for s, _ in sentence_spans(ctx.body) if s <= at), default=0)


def _sentence_pronoun(ctx: _Context, chain: _Chain) -> re.Match | None:
    """'Đồng chí từng giữ các chức vụ X, Y; tháng 10-2020, được bầu làm Z': a passive change opening a clause
    after ';' has the subject of its sentence, the form of address opening it when no one is named there."""
    if not _CLAUSE_OPENING_RE.search(ctx.folded, max(0, chain.lead - 50), chain.lead):
        return None
    start = _sentence_opening(ctx, chain.lead)
    pronoun = _PRONOUN_AT_RE.match(ctx.folded, start)
    if pronoun is None:
        return None
    return None if any(start <= m.start < chain.lead for m, _ in ctx.mentions) else pronoun


_DONE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_DONE_WORDS)})(?!\w)")


def _planned_clause(folded: str, verb: re.Match) -> bool:
    """Whether the verb's clause says before it that its changes are to come ('Quốc hội sẽ xem xét miễn nhiệm … và
    phê chuẩn đề nghị bổ nhiệm ông B'), with no word telling one done between."""
    clause = max(folded.rfind(c, 0, verb.start()) for c in ";.\n:") + 1
    future = _FUTURE_RE.search(folded, clause, verb.start())
    return future is not None and not _DONE_RE.search(folded, future.end(), verb.start())


def _pronoun_object(ctx: _Context, chain: _Chain, end: int) -> list[tuple[Mention, Person]]:
    """'… Quyết định số … về việc nghỉ hưu theo chế độ đối với bà, kể từ …': the change's person is a form of
    address with no name after 'đối với', the one person its paragraph has named before it."""
    pronoun = _PRONOUN_OBJECT_RE.search(ctx.folded, chain.end, _next_change(ctx, chain.end, end))
    return _pronoun_person(ctx, pronoun) if pronoun else []


def _pronoun_person(ctx: _Context, pronoun: re.Match) -> list[tuple[Mention, Person]]:
    """The one person a pronoun's paragraph names before it (of the sex the pronoun stands for), as a mention
    at the pronoun; else none."""
    paragraph = _paragraph_start(ctx, pronoun.start("pronoun"))
    named = {p.name_key: p for m, p in ctx.mentions if paragraph <= m.start < pronoun.start("pronoun")}
    if not named:  # 'Ông Định 56 tuổi, … Tháng 7/2021, ông được HĐND tỉnh bầu …': named by given name
        persons = list({p.name_key: p for _, p in ctx.mentions}.values())
        short = _short_references(ctx.body, persons)
        named = {p.name_key: p for m, p in short if paragraph <= m.start < pronoun.start("pronoun")}
    named = {k: p for k, p in named.items() if not _other_sex(ctx, p, pronoun.group("pronoun"))}
    if len(named) != 1:
        return []
    at, to = pronoun.span("pronoun")
    return [(Mention(at, to, [], at, to), next(iter(named.values())))]


def _other_change_between(ctx: _Context, start: int, end: int) -> bool:
    """Whether a change other than leaving a post is reported in [start, end): a clause of its own that
    ends with ';' ends the subject's reach ('…, bầu giữ chức X; đồng thời bầu bổ sung Y')."""
    return any(
        _ACTION_OF[v.group()] not in ("relieve", "retire") and _is_change(ctx.folded, v, end)
        for v in _VERB_RE.finditer(ctx.folded, start, end)
    )


# a move's verbs, then (a pronoun for the person and) where to: '…; điều động đồng chí đến nhận công tác tại …'
_MOVE_DESTINATION_RE = re.compile(
    rf"\s+(?:(?:{_PRONOUNS})\s+)?(?:{folded_alternation(V.MOVE_DESTINATION_WORDS)})(?!\w)"
)


# ... and where: 'tại' or a capitalised body after the words
_DESTINATION_NAMED_RE = re.compile(rf"\s+(?:{re.escape(V.MOVE_DESTINATION_AT)}\s|[{UPPER}])")


def _gives_post(ctx: _Context, chain: _Chain, end: int) -> bool:
    """Whether a post follows the verbs right away or after an introducer ('được điều động làm X'), or, for a
    move, where the person goes."""
    limit = _next_change(ctx, chain.end, end)
    if _SEAT_RE.match(ctx.folded, chain.end + 1):
        return True
    destination = _MOVE_DESTINATION_RE.match(ctx.folded, chain.end)
    if (
        destination
        and _DESTINATION_NAMED_RE.match(ctx.body, destination.end())
        and any(_ACTION_OF[v.group()] == "transfer" for v in chain.verbs)
    ):
        return True
    # ('giới thiệu để hiệp thương cử giữ chức X': a nomination's post is the one it is put up for)
    nominated = any(_ACTION_OF[v.group()] == "nominate" for v in chain.verbs)
    return (
        _title_at(ctx.body, chain.end, limit) is not None
        or _introduced(ctx, chain.end, limit, nominated=nominated)[0] is not None
    )


def _next_change(ctx: _Context, at: int, end: int) -> int:
    """Where the next verb that reports a change starts in [at, end), else `end`."""
    return next((v.start() for v in _VERB_RE.finditer(ctx.folded, at, end) if _is_change(ctx.folded, v, end)), end)


def _bound(in_sentence: list[tuple[Mention, Person]], at: int, end: int) -> int:
    """The next person named in the sentence after `at`, or its end."""
    return next((m.start for m, _ in in_sentence if m.start > at), end)


# '; cảnh cáo đồng chí B': a ';' before a lower-case word that is no form of address (checked in the body's case)
_VERB_CLAUSE_RE = re.compile(rf";\s+(?!(?:{_ADDRESS}|{re.escape(V.PLURAL_WORD)})(?!\w))\w")


def _persons_after(
    ctx: _Context, chain: _Chain, in_sentence: list[tuple[Mention, Person]], end: int
) -> list[tuple[Mention, Person]]:
    """Active voice: the persons named after the verbs, up to the next change verb of the sentence (or
    the last ';' before it: 'chuẩn y A …; cho đồng chí B thôi giữ chức …' is B's own clause), a ';'
    that opens a clause of another verb ('cách chức … đối với đồng chí A, …; cảnh cáo đồng chí B': a list
    of persons goes on with a name or a form of address) or the person replaced ('thay cho ông B'); an
    agent ('được ông A trao', 'do ông A ký') is none. A change the post is left for is the same clause's:
    'cho thôi giữ chức X để nghỉ hưu … đối với ông A' (A is left and retires)."""
    limit = _next_change(ctx, chain.end, end)
    if limit < end and _leaves_for(ctx, chain, limit):
        limit = _next_change(ctx, limit + 1, end)
    if limit < end:
        semicolon = ctx.body.rfind(";", chain.end, limit)
        limit = semicolon if semicolon >= 0 else limit
    clause = _VERB_CLAUSE_RE.search(ctx.folded, chain.end, limit)
    limit = clause.start() if clause and ctx.body[clause.end() - 1].islower() else limit
    replaced = _REPLACED_RE.search(ctx.folded, chain.end, limit)
    limit = replaced.start() if replaced else limit
    limit = _next_decision(ctx, chain.end, limit, in_sentence)
    after = [
        (m, p)
        for m, p in in_sentence
        if chain.end <= m.start < limit and not _AGENT_RE.search(ctx.folded, max(0, m.start - 20), m.start)
    ]
    split = _ACTION_OF[chain.verbs[-1].group()] in _OBJECT_SPLIT
    if len(after) > 1 and split and _retires_after(ctx, after[-1][0], end):
        after.pop()  # 'bổ nhiệm bà A và ông B nghỉ hưu': B is the subject of the retirement, not appointed
    return after


# 'bổ nhiệm bà A và ông B nghỉ hưu': the verbs whose object a retirement right after the last person of a list cuts
# short (an approval takes the clause whole: 'chuẩn y A và B thôi giữ chức …' relieves both)
_OBJECT_SPLIT = frozenset(("appoint", "elect", "transfer", "assign"))


def _retires_after(ctx: _Context, mention: Mention, end: int) -> bool:
    """Whether a retirement verb ('nghỉ hưu') follows the person and their titles."""
    at = max(mention.end, mention.span_end)
    verb = _VERB_RE.match(ctx.folded, _next_word(ctx.folded, at, end))
    return verb is not None and _ACTION_OF[verb.group()] == "retire"


# ... and the verbs before a list whose first person is their object, not a subject of the verb after the list ('miễn
# nhiệm ông A; ông B trúng cử …'); an approval or a designation takes the clause whole ('chuẩn y A và B thôi giữ chức')
_CLAUSE_TAKING = frozenset(("approve", "designate"))


def _object_of_verb_before(ctx: _Context, mention: Mention) -> bool:
    """Whether a change verb that takes an object ('bổ nhiệm', 'miễn nhiệm') stands right before the person: its
    object, not the subject of the verb after the list it opens."""
    before = ctx.folded[max(0, _address_start(ctx, mention) - 30) : _address_start(ctx, mention)].rstrip()
    return any(
        m.end() == len(before) and m.group() not in _SUBJECT_VERBS and _ACTION_OF[m.group()] not in _CLAUSE_TAKING
        for m in _VERB_RE.finditer(before)
    )


def _next_decision(ctx: _Context, start: int, limit: int, in_sentence: list[tuple[Mention, Person]]) -> int:
    """Where a clause citing another decision opens after the persons named from `start`: '… bổ nhiệm A, …, và
    Quyết định số 219/QĐ-BTL cùng ngày cho B thôi giữ chức …' (B is that decision's); else `limit`."""
    for doc in ctx.documents:
        if (
            start < doc.start < limit
            and _NEW_DECISION_BEFORE_RE.search(ctx.folded, max(0, doc.start - 8), doc.start)
            and any(start <= m.start < doc.start for m, _ in in_sentence)
        ):
            return doc.start
    return limit


_NEW_DECISION_BEFORE_RE = re.compile(rf"(?:[,;]|(?<!\w){re.escape(V.AND_WORD)})\s*$")


def _leaves_for(ctx: _Context, chain: _Chain, at: int) -> bool:
    """Whether the change verb at `at` is the one the chain's post is left for ('thôi giữ chức X để nghỉ hưu')."""
    if not any(_ACTION_OF[v.group()] == "relieve" for v in chain.verbs):
        return False
    verb = _VERB_RE.match(ctx.folded, at)
    if verb is not None and _ACTION_OF[verb.group()] == "retire" and ctx.folded[chain.end : at].rstrip().endswith(","):
        return True  # 'cho thôi giữ chức X, nghỉ hưu trước tuổi … đối với đồng chí A': the retirement, set off
    return verb is not None and _after_leaving(ctx.folded, verb)


# a plural common noun between the person and 'được' is the passive's subject: 'đề nghị ông A nắm bắt các lĩnh
# vực được phân công phụ trách' (the areas are assigned, not A)
_PLURAL_NOUN_RE = re.compile(rf"(?<!\w)(?i:{re.escape(V.PLURAL_WORD)})\s+[^\W\d_{UPPER}]")


def _plural_noun_between(ctx: _Context, start: int, end: int) -> bool:
    """A plural noun between `start` and `end` ('các đồng chí'), not one inside an organ's name: 'Đảng ủy Khối
    các cơ quan tỉnh', 'Đảng ủy các cơ quan Đảng' (after a capitalised word or a committee's 'ủy')."""
    for m in _PLURAL_NOUN_RE.finditer(ctx.body, start, end):
        before = ctx.body[max(start, m.start() - 12) : m.start()].split()
        if not before or not (before[-1][:1].isupper() or fold(before[-1]) == _COMMITTEE_WORD):
            return True
    return False


_COMMITTEE_WORD = "ủy"
# a clause's own subject, counted: 'A, B, C được bầu giữ chức X; 14 đồng chí được bầu làm Ủy viên UBND tỉnh'
_OWN_COUNTED_SUBJECT_RE = re.compile(
    rf"[;,]\s*(?:\d{{1,3}}|{folded_alternation(V.EVENT_DAYS_COUNTS)})\s+(?:{folded_alternation(V.COUNTED_PERSON_NOUNS)})(?!\w)"
)


def _persons_before(
    ctx: _Context, chain: _Chain, in_sentence: list[tuple[Mention, Person]], reach: int
) -> list[tuple[Mention, Person]]:
    """Passive or subject: the person named just before (with the persons of a list ending with it),
    unless the words between make them the subject of another clause."""
    before = [(m, p) for m, p in in_sentence if m.end <= chain.lead]
    if not before:
        return []
    nearest = before[-1]
    gap_start = max(nearest[0].end, nearest[0].span_end)
    if (
        chain.lead - gap_start > reach
        or _OTHER_CLAUSE_RE.search(ctx.folded, gap_start, chain.lead)
        or _plural_noun_between(ctx, gap_start, chain.lead)
        or _OWN_COUNTED_SUBJECT_RE.search(ctx.folded, gap_start, chain.lead)
    ):
        return []
    chosen = [nearest]
    opened = ctx.body.rfind("(", nearest[0].end, chain.lead)
    if opened != -1 and ")" not in ctx.body[opened : chain.lead]:
        return chosen  # 'A, …; B, nguyên Phó Chủ tịch UBND xã (nghỉ hưu từ tháng 3.2016)': a bracket is B's alone
    for m, p in reversed(before[:-1]):
        if _own_clause(ctx, m) or not _LIST_GLUE_RE.fullmatch(ctx.folded, max(m.end, m.span_end), chosen[0][0].start):
            break
        if chain.voice == "subject" and _object_of_verb_before(ctx, m):
            break  # 'bổ nhiệm bà A và ông B nghỉ hưu': A is the appointment's object, B alone retires
        chosen.insert(0, (m, p))
    return chosen


def _post(
    ctx: _Context,
    chain: _Chain,
    action: str,
    targets: list[tuple[Mention, Person]],
    k: int,
    bounds: list[int],
    elided: bool = False,
) -> tuple[str | None, str | None]:
    """(post, earlier post) of the k-th person of the chain; `bounds`: where the text about each ends."""
    mention, bound = targets[k][0], bounds[k]
    if action in ("relieve", "retire"):
        return _post_left(ctx, chain, mention, bound), None
    # 'A, title, và B, title, lần lượt giữ chức X và Y': after the last name or its titles
    last = targets[-1][0]
    respective = (
        (respective_posts(ctx.body, last.end) or respective_posts(ctx.body, last.span_end)) if len(targets) > 1 else ()
    )
    if len(respective) == len(targets):  # 'A và B, lần lượt giữ chức X và Y'
        return _without_term(respective[k]), None
    later = respective_posts_later(ctx.body, ctx.folded, last.span_end, bounds[-1]) if len(targets) > 1 else ()
    if len(later) == len(targets):  # '3 đồng chí: A, …; B, …; C, … được điều động … và lần lượt giữ chức X, Y, Z'
        post = _without_term(later[k])
        return post, _earlier_written(ctx, mention, post, bound)
    active = chain.voice == "active" and not elided
    # (a passive's persons listed after it take their own posts too: 'những đồng chí được bổ nhiệm gồm: A, …, làm X; B,
    # …, làm Y')
    listed = chain.voice == "passive" and mention.start > chain.end
    after = mention.end if (active or listed) and mention.start > chain.end else chain.end
    limit = bound
    post, earlier = _introduced(ctx, after, limit, nominated=action == "nominate")
    if post is None and listed:  # ('Ba đồng chí được chỉ định giữ chức X gồm: A, …': the one post before them)
        post, earlier = _introduced(ctx, chain.end, _address_start(ctx, targets[0][0]), nominated=action == "nominate")
    if post is None and not active:
        post = _title_at(ctx.body, chain.end, limit) or _counted_subject(ctx, chain)
    if post is None and active:
        post = _counted_object(ctx, chain, targets[0][0]) or _title_before_person(ctx, chain, targets[0][0], mention)
    if post is None:
        # 'được giao phụ trách UBND tỉnh': the verb's own charge word opens the post
        charge = _CHARGE_IN_RE.search(ctx.folded, chain.verbs[-1].start(), chain.end)
        post = _charge(ctx, charge.start() if charge and not active else after, limit)
    if (
        post is None
        and not active
        and action in _TITLE_GIVING_ACTIONS
        and _JUST_PASSIVE_RE.search(ctx.folded, mention.end, chain.verbs[-1].start())
    ):
        return _main_title(mention), None  # 'A, <title> (vừa được … chuẩn y …)': the title is the post just given
    if post is None and action == "assign":
        post = _acting_post(mention)  # 'giao ông A, …, quyền Tổng giám đốc Tập đoàn': the post acted in
    if post is None and action == "elect" and _members_listed(ctx, chain, mention):
        # '… hiệp thương cử Ban Thường trực gồm 4 vị: ông A – Chủ tịch; bà B, Chủ tịch Hội LHPN xã – Phó Chủ tịch'
        post = _seat_after_dash(ctx, mention.start, _clause_end(ctx.folded, mention.start, bound))
    if post is None and _listed(ctx, targets, k):
        return _post(ctx, chain, action, targets, k + 1, bounds)  # 'A và B làm X'
    return post, earlier if earlier is not None else _earlier_written(ctx, mention, post, bound)


def _earlier_written(ctx: _Context, mention: Mention, post: str | None, bound: int) -> str | None:
    """The post the person moves from: a title written after their name, not a committee seat or membership held
    besides ('ông A, Ủy viên T.Ư Đảng, Thứ trưởng Bộ Tư pháp, đến nhận công tác tại …' moves from the ministry)."""
    written = [t for t in mention.titles if t != post and ctx.body.find(t, mention.end, bound) != -1]
    return next((t for t in written if not _seat_title(t)), written[0] if written else None)


def _listed(ctx: _Context, targets: list[tuple[Mention, Person]], k: int) -> bool:
    """Whether the k-th person is listed with the next, with or without their own titles ('A và B',
    'A, Bí thư Thành ủy X và B, Trưởng Ban Y, tham gia …'): a post after the list is theirs too."""
    if k + 1 >= len(targets):
        return False
    mention, following = targets[k][0], targets[k + 1][0]
    if _own_clause(ctx, mention):
        return False
    # ... past a bracket after the titles: 'A, Trưởng phòng X (Quyết định số 1351-QĐ/TU) và B, …, giữ chức Y'
    ends = (mention.end, mention.span_end, past_aside(ctx.body, mention.span_end))
    return any(_LIST_GLUE_RE.fullmatch(ctx.folded, at, following.start) for at in ends)


def _own_clause(ctx: _Context, mention: Mention) -> bool:
    """Whether a verb after the name hands the person their titles ('A được bầu giữ chức X; B, Chủ tịch
    UBND xã được bầu giữ chức Y', 'điều động ông A giữ chức X; bà B được chỉ định …'): a clause of their
    own, not an item of a list sharing the next post or verb."""
    span = (mention.end, mention.span_end)
    return _VERB_RE.search(ctx.folded, *span) is not None or _INTRO_IN_RE.search(ctx.folded, *span) is not None


def _list_bound(
    ctx: _Context,
    in_sentence: list[tuple[Mention, Person]],
    targets: list[tuple[Mention, Person]],
    k: int,
    bound: int,
    end: int,
) -> int:
    """The bound of the last person listed with the k-th: the seat after a list is every listed person's."""
    while _listed(ctx, targets, k):
        k += 1
        bound = _bound(in_sentence, targets[k][0].start, end)
    return bound


def _introduced(ctx: _Context, start: int, bound: int, nominated: bool = False) -> tuple[str | None, str | None]:
    """The post after the first introducer in [start, bound) ('giữ chức X'); a 'thôi giữ chức Y' on the
    way is the earlier post. A post only intended ('cho đến khi có nhân sự giữ chức X', 'để được bổ
    nhiệm …') is none, except for a nomination, whose post is the intended one."""
    if not nominated:
        plans = (m for m in _INTENDED_RE.finditer(ctx.folded, start, bound) if not _in_a_name(ctx, m.start()))
        intended = next(plans, None)
        bound = intended.start() if intended else bound
    earlier = None
    for m in _INTRO_RE.finditer(ctx.folded, start, bound):
        title = _title_at(ctx.body, m.end(), bound)
        if title is None and not m.group("off"):
            # 'giữ chức Vụ trưởng …': the longest introducer ('giữ chức vụ') took the position's first word
            shorter = (i for i in _INTRODUCERS if i < m.group().strip() and ctx.folded.startswith(i + " ", m.start()))
            title = next((t for i in shorter if (t := _title_at(ctx.body, m.start() + len(i), bound))), None)
        if title is None:
            continue
        if m.group("off"):
            earlier = earlier or title
            continue
        return title, earlier
    return None, earlier


_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")


def _in_a_name(ctx: _Context, at: int) -> bool:
    """Whether the word at `at` is capitalised after a capitalised word: a word of an organ's name ('Giám đốc
    Sở Quy hoạch - Kiến trúc'), not the common word ('được quy hoạch chức danh …')."""
    before = _WORD_BEFORE_RE.search(ctx.body, max(0, at - 30), at)
    return ctx.body[at].isupper() and before is not None and before.group(1)[0].isupper()


def _then_post(ctx: _Context, chain: _Chain, bound: int) -> str | None:
    """'thôi giữ chức X …, để giữ chức Y': Y, when no other change verb stands between."""
    then = _THEN_RE.search(ctx.folded, chain.end, bound)
    if not then or _VERB_RE.search(ctx.folded, chain.end, then.start()):
        return None
    intro = _INTRO_RE.match(ctx.folded, then.end())
    if not intro or intro.group("off"):
        return None
    return _title_at(ctx.body, intro.end(), bound)


_RETIRE_RE = re.compile(rf"(?:{folded_alternation(V.RETIRE_VERBS)})(?!\w)")
_RETIRE_VERB_LEN = max(map(len, V.RETIRE_VERBS))
_AND_RETIRE_RE = re.compile(rf"\s{re.escape(V.AND_WORD)}\s+(?:{folded_alternation(V.RETIRE_VERBS)})(?!\w)")


_SET_OFF_EFFECTIVE_RE = re.compile(rf",\s*(?:{folded_alternation(V.APPOINTMENT_EFFECTIVE_BEFORE)})\s*$")


def _left_day(
    ctx: _Context, chain: _Chain, decision: DocumentMention | None, start: int, bound: int, day: date | None
) -> date | None:
    """The day a post is left: with no dated decision, a day told after 'để nghỉ hưu' ('thôi giữ chức X để
    nghỉ hưu theo chế độ từ ngày 1-1-2024', voted at a sitting) is the retirement's, not the leaving's."""
    if decision is not None and decision.issued_date is not None:
        return day
    then = _THEN_RE.search(ctx.folded, chain.end, bound)
    if then is None or not _RETIRE_RE.match(ctx.folded, then.end()):
        return day
    # ... but a day set off by a comma closes the whole clause: '… thôi giữ chức để nghỉ hưu trước tuổi theo Nghị
    # định số …, kể từ ngày 1/11/2025' (leaving and retiring both take effect then)
    clause = _clause_end(ctx.folded, then.end(), _sentence_end(ctx, then.end()))
    if any(
        _SET_OFF_EFFECTIVE_RE.search(ctx.folded, max(then.end(), at - 25), at)
        for at, _ in _named_days(ctx, then.end(), clause)
    ):
        return day
    return _day(ctx, chain, decision, start, then.start())


def _retirement_at(ctx: _Context, chain: _Chain, bound: int) -> int | None:
    """Where the post is told left to retire: 'thôi giữ chức X để nghỉ hưu theo chế độ', '… thôi giữ chức X và
    nghỉ hưu' (the retirement's words), else None."""
    then = _THEN_RE.search(ctx.folded, chain.end, bound)
    if then:
        # ('… đối với ông A, để ông nghỉ hưu theo chế độ': a form of address alone stands for the person)
        pronoun = _PRONOUN_RE.match(ctx.folded, then.end())
        if _RETIRE_RE.match(ctx.folded, pronoun.end() if pronoun else then.end()):
            return then.start()
    # (the retirement's verb is a change of its own, so the person's text is bounded right before it)
    joined = _AND_RETIRE_RE.search(ctx.folded, chain.end, bound + _RETIRE_VERB_LEN)
    if joined and joined.start() < bound and not _VERB_RE.search(ctx.folded, chain.end + 1, joined.start()):
        return joined.start()
    return None


def _retired_day(ctx: _Context, decision: DocumentMention | None, at: int, day: date | None) -> date | None:
    """The retirement's day: with no dated decision, one told to take effect after its words ('thôi giữ chức từ
    ngày 5-3 và nghỉ hưu kể từ ngày 1-4-2026'), else the change's."""
    if decision is not None and decision.issued_date is not None:
        return day
    own = [
        d
        for named_at, d in _named_days(ctx, at, _clause_end(ctx.folded, at, _sentence_end(ctx, at)))
        if _takes_effect(ctx, named_at, at)
    ]
    return own[0] if own else day


def _post_left(ctx: _Context, chain: _Chain, mention: Mention, bound: int) -> str | None:
    """The post a relieve or retire leaves: written after the verb ('thôi giữ chức X', 'miễn nhiệm
    chức vụ X'), else the person's main title: the last one not former (a committee seat comes first)."""
    stop = _THEN_RE.search(ctx.folded, chain.end, bound)
    limit = stop.start() if stop else bound
    direct = _INTRO_RE.match(ctx.folded, chain.end + 1)
    at = direct.end() if direct and not direct.group("off") else chain.end
    post = _title_at(ctx.body, at, limit)
    if post is None and chain.voice == "active" and mention.start > chain.end:
        post, _ = _introduced(ctx, mention.end, limit)
    if post is not None:
        return post
    main = _main_title(mention)  # ('A, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy khóa I, nghỉ hưu': the post, not its term)
    return (_without_term(main) or main) if main else None


_MEMBER_POSITION = fold(V.SEAT_POSITION_START)


def _seat_title(title: str) -> bool:
    """'Tỉnh ủy viên', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Đại biểu Quốc hội': a seat in a committee, or a membership."""
    parts = parse_title(title)
    return parts.kind == "membership" or fold(parts.position or "").startswith(_MEMBER_POSITION)


def _main_title(mention: Mention) -> str | None:
    """The person's main title: the last one not former (a committee seat comes first), else the last former one
    ('A, nguyên Bí thư Tỉnh ủy, nghỉ hưu': written as former because the change has been made)."""
    held = [t for t in mention.titles if not fold(t).startswith(_FORMER)]
    former = [t.split(" ", 1)[1] for t in mention.titles if fold(t).startswith(_FORMER) and " " in t]
    return held[-1] if held else (former[-1] if former else None)


def _title_before_person(ctx: _Context, chain: _Chain, first: Mention, own: Mention | None = None) -> str | None:
    """'chuẩn y chức danh X đối với đồng chí A', 'bổ nhiệm Phó Giám đốc Sở X đối với ông A', 'bầu 2 Phó Chủ tịch
    UBND xã là bà A và ông B' (a counted post, then its persons; each person's `own` title names the one post of
    its kind: 'bầu 4 trưởng ban của HĐND tỉnh, gồm: ông A, Trưởng Ban Pháp chế; …')."""
    address = _address_start(ctx, first)
    link = _TO_PERSON_RE.search(ctx.folded, chain.end, address)
    # ('phê chuẩn kết quả bầu 2 Phó Chủ tịch UBND phường gồm ông A và bà B': counted after the result approved)
    result = _APPROVED_CHANGE_RE.match(ctx.folded, chain.end)
    counted = _COUNTED_POST_RE.match(ctx.folded, result.end() if result else chain.end)
    named_as = _COUNTED_POST_TO_RE.search(ctx.folded, chain.end, address) if counted else None
    counted_post = _title_at(ctx.body, counted.end(), named_as.start() + 1) if named_as else None
    if counted_post:  # 'bầu 2 Phó Chủ tịch UBND xã là bà A …'
        kind = parse_title(counted_post).position
        named = next(iter(own.titles), None) if own is not None else None
        if named and kind and fold(named).startswith(fold(kind) + " ") and fold(named) != fold(counted_post):
            return named
        return counted_post
    if not link:
        # 'bổ nhiệm lại các đồng chí Phó Trưởng Ban Tổ chức Huyện ủy: A, B': the post heads the list
        colon = ctx.body.rfind(":", chain.end, address)
        if colon < 0 or ctx.body[colon + 1 : address].strip():
            return None
        # '… cử bổ sung 4 đồng chí vào Ủy ban, Ban Thường trực và cử giữ chức Phó Chủ tịch …, gồm: A, …': the
        # post its introducer names, not the seats joined before it
        introduced = [*_INTRO_IN_RE.finditer(ctx.folded, chain.end, colon)]
        # ('bầu 2 Phó Bí thư: A và B': the post counted before the colon)
        head = introduced[-1] if introduced else counted or _LIST_HEAD_RE.match(ctx.folded, chain.end)
        return _title_at(ctx.body, head.end(), colon + 1)
    # ('phê chuẩn kết quả bầu chức vụ X đối với ông A': the change approved, then its post)
    approved = _APPROVED_CHANGE_RE.match(ctx.folded, chain.end)
    start = approved.end() if approved and _ACTION_OF[chain.verbs[-1].group()] == "approve" else chain.end
    intro = _INTRO_RE.match(ctx.folded, start + 1)
    at = intro.end() if intro and not intro.group("off") else start
    return _title_at(ctx.body, at, link.start() + 1)


_COUNTED_POST_RE = re.compile(rf"\s+{COUNT}\s+")
# ... or the subject of a passive: 'hai phó chủ tịch UBND tỉnh được bầu là ông A và bà B'
_COUNTED_SUBJECT_RE = re.compile(rf"(?<!\w){COUNT}\s+([^,;.:]{{3,80}}?)\s+(?:{_PASSIVE})\s+$")
_AS_LIST_RE = re.compile(rf"\s*(?:{folded_alternation(V.APPOINTMENT_COUNTED_POST_TO)})(?!\w)\s*:?")
_COUNTED_SUBJECT_REACH = 100


# ... or the object of an active verb, its holders listed after it: 'bổ nhiệm 4 Phó Tổng Giám đốc gồm các ông A, B …'
_COUNTED_OBJECT_RE = re.compile(
    rf"\s+{COUNT}\s+(?P<counted>[^,;.:()]{{3,60}}?)(?=\s*,?\s+(?:{folded_alternation(V.APPOINTMENT_COUNTED_POST_TO)})\s)"
)


def _counted_object(ctx: _Context, chain: _Chain, first: Mention) -> str | None:
    """The post counted as the object of an active chain, before the persons it lists: '… bổ nhiệm | 4 Phó Tổng Giám
    đốc gồm các ông A, …'."""
    m = _COUNTED_OBJECT_RE.match(ctx.folded, chain.end)
    return _title_at(ctx.body, m.start("counted"), m.end("counted") + 1) if m and m.end() < first.start else None


def _counted_subject(ctx: _Context, chain: _Chain) -> str | None:
    """The post counted as the subject of a passive chain: 'hai phó chủ tịch UBND tỉnh | được bầu là …'."""
    at = chain.verbs[0].start()
    m = _COUNTED_SUBJECT_RE.search(ctx.folded, max(0, at - _COUNTED_SUBJECT_REACH), at)
    return _title_at(ctx.body, m.start(1), m.end(1) + 1) if m else None


# A counted post and its holders with no verb of their own, going on with the vote told before them: 'Ông A … được
# bầu giữ chức Chủ tịch UBND huyện. Hai Phó Chủ tịch UBND huyện là ông B (tái cử) và ông C, …', '…; đồng chí D
# tiếp tục được bầu làm Bí thư Huyện ủy, hai Phó Bí thư là đồng chí E, … và đồng chí F, …' (folded text).
# (or the plural for the count, a colon after the link: 'Các Phó Chủ tịch UBND tỉnh gồm: ông A (52/55 phiếu), …')
_COUNTED_POST_CLAUSE_RE = re.compile(
    rf"(?:^|(?<=[.;,]\s)|(?<=\n))(?i:{COUNT}|{re.escape(V.PLURAL_WORD)})\s+(?P<counted>[^,;.:()\n]{{3,60}}?)\s+"
    rf"(?:{folded_alternation(V.APPOINTMENT_COUNTED_POST_TO)})\s*:?\s+"
    rf"(?=(?:{re.escape(V.PLURAL_WORD)}\s+)?(?:{_ADDRESS})\s)",
    re.MULTILINE,
)


def _counted_posts_without_a_verb(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """The holders of a counted post a clause names with no verb, after an election in the same paragraph: each
    is elected to it, on the day of the election before (else the meeting's)."""
    out: list[Appointment] = []
    elected = {a.person.name_key for a in found if a.action == "elect" and a.position}
    for m in _COUNTED_POST_CLAUSE_RE.finditer(ctx.folded):
        clause_end = _clause_end(ctx.folded, m.end(), _sentence_end(ctx, m.end()))
        if any(
            not _in_brackets(ctx.folded, m.end(), v.start()) for v in _VERB_RE.finditer(ctx.folded, m.end(), clause_end)
        ):
            continue  # (a verb of its own, the sentences read it; not a note: 'ông B (tái cử)')
        post = _title_at(ctx.body, m.start("counted"), m.end("counted") + 1)
        para = _paragraph_start(ctx, m.start())
        votes = [a for a in found if para <= a.start <= m.start() and a.action == "elect"]
        if post is None or not votes:
            continue
        day = votes[-1].effective_date or _meeting_day(ctx)
        for _, person in (mp for mp in ctx.mentions if m.end() <= mp[0].start < clause_end):
            if person.name_key not in elected:
                elected.add(person.name_key)
                out.append(Appointment(person, "elect", post, None, None, day, m.start(), clause_end))
    return out


def _in_brackets(folded: str, start: int, at: int) -> bool:
    """Whether `at` is inside brackets opened after `start`."""
    return folded.rfind("(", start, at) > folded.rfind(")", start, at)


_COUNTED_POST_TO_RE = re.compile(
    rf"\s+(?:{folded_alternation(V.APPOINTMENT_COUNTED_POST_TO)})"
    # ('gồm các đồng chí: A; …', 'gồm các ông, bà: A, B …')
    rf"(?:\s+{re.escape(V.PLURAL_WORD)}\s+(?:{_ADDRESS})(?:\s*(?:,|{re.escape(V.AND_WORD)})\s*(?:{_ADDRESS}))*)?\s*:?\s*$"
)
# ... the same opening a list item under the verb: '4. Hai Phó Chủ tịch UBND xã là bà A (…) và ông B (…).'
_COUNTED_POST_TO_AFTER_RE = re.compile(rf"\s+(?:{folded_alternation(V.APPOINTMENT_COUNTED_POST_TO)})\s*[\s:]")
_LIST_HEAD_RE = re.compile(rf"\s*(?:{re.escape(V.PLURAL_WORD)}\s+)?(?:(?:{_ADDRESS})\s+)?")
# Words written right before a name: forms of address, ranks and degrees ('cho Đại tá Trần Văn Hưng', 'giao
# PGS.TS Đoàn Thị Mỹ Hạnh'), longest first.
_BEFORE_NAME = tuple(
    sorted(
        (fold(w) + " " for w in (*V.ADDRESS_FORMS, *V.ADDRESS_ABBREVIATIONS, *V.RANKS, *V.ACADEMIC_PREFIXES)),
        key=len,
        reverse=True,
    )
)


def _replaced_here(ctx: _Context, mention: Mention) -> bool:
    """Whether the mention is of the person a change replaces ('thay ông B', 'thay cho đồng chí B')."""
    at = _address_start(ctx, mention)
    return _REPLACED_BEFORE_RE.search(ctx.folded, max(0, at - 12), at) is not None


def _address_start(ctx: _Context, mention: Mention) -> int:
    """Where the person's form of address ('đồng chí ', 'ông ') or rank ('Đại tá ') starts, else the name."""
    before = ctx.folded[max(0, mention.start - len(_BEFORE_NAME[0])) : mention.start]
    for form in _BEFORE_NAME:
        if before.endswith(form):
            return mention.start - len(form)
    return mention.start


_POST_NOUN_RE = re.compile(rf"(?:{'|'.join(map(re.escape, V.APPOINTMENT_POST_NOUNS))}) (?=[{UPPER}])")


# a seat a vote fills or takes away, with its level, as written or abbreviated: 'ứng cử đại biểu Quốc hội khóa
# XVI', 'bãi nhiệm đại biểu HĐND tỉnh Sơn La khóa XV' (the place after the level word is the seat's)
_SEATS = (
    *V.MEMBERSHIP_TITLES,
    *(
        fold(seat[: len(seat) - len(fold(words))] + abbreviation)
        for abbreviation, words in V.TITLE_ABBREVIATION_WORDS.items()
        for seat in map(fold, V.MEMBERSHIP_TITLES)
        if seat == fold(words) or seat.endswith(" " + fold(words))
    ),
)
_MEMBERSHIP_RE = re.compile(
    rf"(?:{folded_alternation(_SEATS)})(?: (?P<level>{folded_alternation(V.LEVEL_WORDS)}))?(?!\w)"
)
_PLACE_WORDS_RE = re.compile(r"(?: [^\s,;.:()]+){1,4}")


def _seat_at(segment: str) -> str | None:
    """A seat written at the start of `segment` ('đại biểu HĐND xã Hoành Mô'), as written, or None."""
    seat = _MEMBERSHIP_RE.match(fold(segment))
    if seat is None:
        return None
    end = seat.end()
    words = _PLACE_WORDS_RE.match(segment, end) if seat.group("level") else None
    length = place_length(words.group().split(), 0) if words else 0
    if length:
        end += len(" ".join(["", *words.group().split()[:length]]))
    return segment[:end]


_AGENT_VERB_AFTER_RE = re.compile(rf"\s*(?:{folded_alternation(_ACTION_OF)})(?!\w)")


def _title_at(body: str, at: int, bound: int) -> str | None:
    """The title phrase the grammar reads at `at` (spaces skipped), without term qualifiers, or None."""
    while at < bound and body[at] == " ":
        at += 1
    noun = _POST_NOUN_RE.match(body, at, bound)
    at = noun.end() if noun else at
    segment = body[at:bound]
    end = title_end(segment, 0)
    if end == 0:
        return _seat_at(segment)
    if _AGENT_VERB_AFTER_RE.match(fold_aligned(body[at + end : at + end + 40])):  # (past `bound`: the next verb)
        return None  # '… được Ban Bí thư chuẩn y, Thủ tướng Chính phủ phê chuẩn': the next verb's agent, no post
    title = _without_term(segment[:end])
    if fold(title).startswith(_NEW):  # 'tân Bí thư': the post is 'Bí thư'
        title = title.split(" ", 1)[1] if " " in title else ""
    return title or None


def _members_listed(ctx: _Context, chain: _Chain, mention: Mention) -> bool:
    """Whether the mention is in a list after a colon that names the members of the body the chain votes in ('…
    cử Ban Thường trực gồm 4 vị: A – Chủ tịch; B – Phó Chủ tịch')."""
    colon = ctx.body.rfind(":", chain.end, mention.start)
    return colon >= 0 and _BODY_MEMBERS_RE.fullmatch(ctx.body, chain.end, colon) is not None


def _task(ctx: _Context, chain: _Chain, mention: Mention, bound: int) -> bool:
    """Whether a lone verb gives the person no post at all, only a task: no other verb in the chain and no post
    introducer after the person ('phân công đ/c A … giúp đỡ đảng viên mới', not '… làm Thường trực Tỉnh ủy')."""
    if len(chain.verbs) > 1:
        return False
    return _INTRODUCER_RE.search(ctx.folded, mention.end, max(mention.end, bound)) is None


def _acting_post(mention: Mention) -> str | None:
    """The post a person's last title says they act in ('quyền Tổng giám đốc Petrovietnam' → 'Tổng giám đốc
    Petrovietnam'), given to them by the verb before their name."""
    last = mention.titles[-1] if mention.titles else ""
    word, _, post = last.partition(" ")
    return post if post and fold(word) == _ACTING and position_at(fold(post)) else None


_CHARGE_FIELD_RE = re.compile(rf"(?:{folded_alternation(V.APPOINTMENT_CHARGE_FIELD)})\s")
_CHARGE_FIELD_END_RE = re.compile(rf"[;.\n(]|\s(?:{folded_alternation(V.APPOINTMENT_CHARGE_FIELD_ENDS)})(?!\w)")


def _charge(ctx: _Context, start: int, bound: int) -> str | None:
    """'phụ trách (điều hành) Văn phòng Ban Tổ chức Trung ương': charge of a body, as written; or of a field
    ('phụ trách lĩnh vực tài nguyên - môi trường')."""
    for m in _CHARGE_RE.finditer(ctx.folded, start, bound):
        at, last = m.end(), ""
        field = _field(ctx, m.start(), at, bound) if _CHARGE_FIELD_RE.match(ctx.folded, at) else None
        if field:
            return field
        work = _CHARGE_WORK_RE.match(ctx.body, at)
        reach = V.APPOINTMENT_CHARGE_WORK_REACH if work else V.APPOINTMENT_CHARGE_OF_REACH
        for k in range(reach + 1):  # the body after a few lower-case words
            length = title_end(ctx.body[at:bound], 0, continuing=True, handed=True)
            # a body is named in capitals; 'khối kinh tế' is a portfolio
            near = k <= V.APPOINTMENT_CHARGE_REACH or last in V.APPOINTMENT_CHARGE_OF or work
            if length and ctx.body[at].isupper() and near:
                return _without_term(ctx.body[m.start() : at + length])
            word = _WORD_AFTER_RE.match(ctx.body, at, bound) or (work and _WORK_JOINED_RE.match(ctx.body, at, bound))
            if not word:
                break
            at, last = word.end(), fold(word.group().strip())
        if work and ctx.body[at : at + 1].isupper():
            # 'phụ trách công tác Thường trực Tỉnh ủy': the work of a body the title grammar reads no organ in
            field = _field(ctx, m.start(), m.end(), bound)
            if field:
                return field
    return None


def _field(ctx: _Context, charge: int, at: int, bound: int) -> str | None:
    """The charge from `charge` to the end of the field told at `at` ('phụ trách lĩnh vực thủy lợi, phòng, chống thiên
    tai'), when that is a few words: up to the clause's end or a word that ends it ('cho đến khi', 'kể từ')."""
    stop = _CHARGE_FIELD_END_RE.search(ctx.folded, at, bound)
    field = ctx.body[charge : stop.start() if stop else bound].strip(" ,")
    return field if len(field.split()) <= V.APPOINTMENT_CHARGE_FIELD_WORDS else None


def _seat(ctx: _Context, start: int, bound: int, end: int) -> str | None:
    """'tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy X': the committees a person joins, as written,
    the post of a change that names no other."""
    seat = next(
        (
            m
            for m in _SEAT_RE.finditer(ctx.folded, start, bound)
            if not _LEAVING_RE.search(ctx.folded, max(0, m.start() - 8), m.start())
        ),
        None,
    )
    if not seat:
        return None
    at, parts = seat.end(), []
    while at < bound:
        while at < bound and ctx.body[at] == " ":
            at += 1
        length = title_end(ctx.body[at:bound], 0, continuing=True, handed=True)
        if length == 0:
            break
        parts.append(ctx.body[at : at + length])
        at += length
        if not ctx.body.startswith(",", at):
            break
        at += 1
    main = _MAIN_POST_RE.match(ctx.folded, at, end)
    if main:  # 'tham gia Ban Chấp hành, Ban Thường vụ và (bầu) giữ chức X': the seat comes with post X
        return _title_at(ctx.body, main.end(), end) or _without_term(", ".join(parts))
    phrase = _without_term(", ".join(parts))
    return phrase or None


_SAME_DAY_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.DOC_SAME_DAY_WORDS)})(?!\w)")
# A paragraph's opening clause of time, up to its first comma ('Tại phiên họp thứ nhất vào chiều 25-7,').
_OPENING_CLAUSE = 80
_DAY_CLAUSE = 25  # ', chiều ngày 27/5/2025,': a clause that is a day alone
_SESSION_ACTS = frozenset(fold(w) for w in V.SESSION_ACT_VERBS)
_SESSION_VOTE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.SESSION_VOTE_WORDS)})(?!\w)")


def _accordingly_at(ctx: _Context, start: int) -> int | None:
    """Where the sentence opening 'Theo đó' that the sentence at `start` goes on from starts: itself, or one before
    it in its paragraph with no document cited between ('… công bố Nghị quyết số 1740/NQ-UBTVQH15 … về việc chỉ
    định … . Theo đó, A được chỉ định giữ chức X. Ba Phó Chủ tịch được chỉ định gồm: …'); else None."""
    if _ACCORDINGLY_RE.match(ctx.folded, start):
        return start
    paragraph = _paragraph_start(ctx, start)
    opening = [
        s for s, _ in sentence_spans(ctx.body) if paragraph <= s < start and _ACCORDINGLY_RE.match(ctx.folded, s)
    ]
    if opening and not any(opening[-1] <= d.start < start for d in ctx.documents):
        return opening[-1]
    return _accordingly_over_items(ctx, paragraph)


def _accordingly_over_items(ctx: _Context, para: int) -> int | None:
    """Where 'Theo đó:' ends the introduction of the list the paragraph at `para` is an item of ('… Quyết định số
    2216-QĐ/TU cùng ngày về việc chỉ định …. Theo đó:' ¶ '- Đồng chí A, …, được chỉ định giữ chức X;'), else None."""
    intro = item_introduction(ctx.body, para)
    if intro is None:
        return None
    last = max((s for s, _ in sentence_spans(ctx.body) if intro[0] <= s < intro[1]), default=None)
    return last if last is not None and _ACCORDINGLY_RE.match(ctx.folded, last) else None


# a document about a change: 'Nghị quyết số 1740/NQ-UBTVQH15 … về việc chỉ định Chủ tịch, Phó Chủ tịch …'
_ABOUT_A_CHANGE_RE = re.compile(
    rf"[^.;]{{0,60}}?(?<!\w)(?:{folded_alternation(V.DOC_SUBJECT_WORDS)})\s+(?:{folded_alternation(_ACTION_OF)})(?!\w)"
)


def _about_a_change(ctx: _Context, d: DocumentMention) -> bool:
    return _ABOUT_A_CHANGE_RE.match(ctx.folded, d.end) is not None


def _opening_re(words: tuple[str, ...]) -> re.Pattern:
    """A sentence opening with one of `words`, maybe after 'cũng' ('Cũng theo quyết định này, …')."""
    return re.compile(
        rf"\s*(?:(?:{folded_alternation(V.APPOINTMENT_ACCORDINGLY_ALSO)})\s+)?(?:{folded_alternation(words)})(?!\w)"
    )


_ACCORDINGLY_RE = _opening_re(V.APPOINTMENT_ACCORDINGLY)
_BY_THIS_DECISION_RE = _opening_re(V.APPOINTMENT_BY_THIS_DECISION)


def _decision(ctx: _Context, chain: _Chain, start: int, end: int) -> DocumentMention | None:
    """The decision of the chain's change: in the sentence, the nearest one cited before the verbs
    ('Quyết định số X … điều động A; Quyết định số Y phân công B'), else one cited after them that
    no change verb of its own follows ('A được bổ nhiệm theo Quyết định số X'); with none cited in
    the sentence, the decision of the sentence before when this one opens with 'Theo đó', else the
    article's one decision (when it cites one), unless the change is an election or told as the past."""
    # a document in brackets is the bracket's ('A (được giới thiệu tại Công văn số …) được bầu …'); a chain
    # in brackets ends there
    inside = _bracket(ctx, chain.start, start, end)
    here = [d for d in ctx.documents if start <= d.start < end and _of_chain(ctx, d, inside, start, end)]
    end = inside[1] if inside else end
    if here:
        return _decision_in_sentence(ctx, chain, here, start, end)
    if _SESSION_VOTE_RE.search(ctx.folded, start, end) or all(
        _ACTION_OF[v.group()] in ("elect", "nominate") or v.group() in _SESSION_ACTS for v in chain.verbs
    ):
        return None  # a vote or a nomination is the body's act, on its day: another sentence's decision is not it
    if _PAST_RE.search(ctx.folded, start, chain.start) or _in_an_earlier_year(ctx, start, chain.start):
        return None  # 'Trước đó, ngày 2/7, Bộ Chính trị điều động …': an earlier change, not the article's decision
    accordingly = _accordingly_at(ctx, start)
    if accordingly is not None:
        previous = [s for s, e in sentence_spans(ctx.body) if e <= accordingly]
        cited = [d for d in ctx.documents if previous and previous[-1] <= d.start < accordingly]
        decided = [d for d in cited if d.doc_type in _DECISION_TYPES or _about_a_change(ctx, d)]
        if decided:
            return decided[-1]
    decisions = {d.code_key: d for d in ctx.documents if d.doc_type in _DECISION_TYPES}
    if len(decisions) != 1:
        return None
    only = next(iter(decisions.values()))
    if _not_this_changes(ctx, only, start, chain.start):
        return None
    # 'Trước đó, Ban Bí thư đã ban hành Quyết định số … cho đồng chí E thôi giữ chức …': an earlier decision
    # told as the past is that change's, not the article's
    told_at = _sentence_opening(ctx, only.start)
    return None if _PAST_OPENING_RE.search(ctx.folded, told_at, only.start) else only


_ISSUER_GAP_RE = re.compile(rf"\s+{re.escape(V.OF_WORD)}(?:\s+[^\W\d][^\s,;.:()]*){{1,{V.DOC_ISSUER_WORDS}}}\s+")


def _decision_in_sentence(
    ctx: _Context, chain: _Chain, here: list[DocumentMention], start: int, end: int
) -> DocumentMention | None:
    """The chain's decision among those its sentence cites (`here`), see _decision."""
    # a document whose code the verbs follow at once is theirs, of whichever type: 'HĐND huyện thông qua Nghị quyết
    # số 87/NQ-HĐND miễn nhiệm … do ông được … điều động (Quyết định số 2847/QĐ-UBND …)'
    # (its issuer may stand between: 'Nghị quyết số 512/NQ-HĐND ngày 27/6/2025 của Thường trực HĐND tỉnh chỉ định …')
    governing = next(
        (d for d in here if 0 <= chain.start - d.end <= 1 or _ISSUER_GAP_RE.fullmatch(ctx.folded, d.end, chain.start)),
        None,
    )
    if governing is not None and governing.doc_type not in V.APPOINTMENT_RULE_DOC_TYPES:
        return governing
    decisions = [d for d in here if d.doc_type in _DECISION_TYPES] or [
        d
        for d in here
        if d.doc_type not in V.APPOINTMENT_RULE_DOC_TYPES
        and not _BASIS_RE.search(ctx.folded, max(0, d.start - 15), d.start)
        and not _other_change_after(ctx, d, chain)
    ]
    if not decisions:
        return None
    before = [d for d in decisions if d.start < chain.start]
    after = [d for d in decisions if d.start >= chain.end]
    # the chain's clause (between ';') first: 'A được bổ nhiệm … (Quyết định số X); B được điều động …
    # (Quyết định số Y)': X is A's, and B's is Y, not X before B's verbs
    clause_start = max(start, ctx.body.rfind(";", start, chain.start) + 1)
    semicolon = ctx.body.find(";", chain.end, end)
    clause_end = end if semicolon == -1 else semicolon
    own_before = [d for d in before if d.start >= clause_start]
    if own_before and _closes_a_change(ctx, own_before[-1], clause_start):
        # '… bổ nhiệm A giữ chức X (Quyết định số 412 …), và giao quyền Y cho B …': a bracketed decision closes the
        # change before it, as a ';' would, and is not the next one's
        return None
    if own_before:
        return own_before[-1]
    if after and _reason_change(ctx, chain.end, after[0].start):
        after = []  # '… thôi giữ chức X do đã được … điều động, bổ nhiệm … (Quyết định số …)': the move's decision
    if (
        after
        and after[0].start < clause_end
        and (
            not _change_after(ctx, after[0], clause_end)
            or (_bracketed(ctx, after[0]) and _next_change(ctx, chain.end, after[0].start) == after[0].start)
        )
    ):
        return after[0]
    if clause_start > start and _DECISION_WORD_RE.search(ctx.folded, clause_start, chain.start):
        return None  # '…; đồng thời trao quyết định nghỉ hưu cho A': the clause names a decision of its own
    if before and clause_start > start and _bracketed(ctx, before[-1]):
        # '… bổ nhiệm A … (Quyết định số X ngày 1/8); bổ nhiệm B …': a clause's bracketed decision is its own
        return None
    if before:
        return before[-1]
    if after and not _change_after(ctx, after[0], end):
        return after[0]
    return None


def _bracketed(ctx: _Context, document: DocumentMention) -> bool:
    """Whether the document is cited in brackets after a clause's change ('(Quyết định số 845/QĐ-HĐTV ngày 1/8)')."""
    return ctx.body[: document.start].rstrip().endswith("(")


def _closes_a_change(ctx: _Context, document: DocumentMention, since: int) -> bool:
    """Whether the document is cited in brackets after a change told since `since`: that change's own decision
    ('bổ nhiệm A giữ chức X (Quyết định số 412-QĐ/BTGTW ngày 05-4-2013)'), as a ';' would close its clause: a person
    is named between the change's verb and the bracket."""
    if not _bracketed(ctx, document):
        return False
    verb = _next_change(ctx, since, document.start)
    return verb < document.start and any(verb < m.start < document.start for m, _ in ctx.mentions)


_REASON_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_REASON_WORDS)})(?!\w)")


def _before_reason(ctx: _Context, chain: _Chain, end: int) -> int:
    """Where a leaving's own words end: before a reason that is another change ('… miễn nhiệm … đối với anh A, do
    anh A đã được … bổ nhiệm … từ ngày 2/1/2026': that day is the move's)."""
    if not all(_ACTION_OF[v.group()] in ("relieve", "retire") for v in chain.verbs):
        return end
    reason = _reason_change(ctx, chain.end, end)
    return reason.start() if reason else end


def _reason_change(ctx: _Context, start: int, end: int) -> re.Match | None:
    """The reason told between `start` and `end` when it is another change ('do đã được … điều động …'), else None."""
    reason = _REASON_RE.search(ctx.folded, start, end)
    return reason if reason is not None and _VERB_RE.search(ctx.folded, reason.end(), end) is not None else None


_ANNOUNCED_NEXT_RE = re.compile(
    rf"[.\s]*(?:{folded_alternation(_DECISION_TYPES)})\s+(?:{folded_alternation(V.APPOINTMENT_PASSIVE_WORDS)})\s+"
    rf"(?:{folded_alternation(V.DECISION_ANNOUNCED_WORDS)})(?!\w)"
)
_DECISION_WORD_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(_DECISION_TYPES)})(?!\w)")


def _change_after(ctx: _Context, decision: DocumentMention, end: int) -> bool:
    """Whether a change verb follows the decision before `end` ('… theo Quyết định số X bổ nhiệm B')."""
    return any(_is_change(ctx.folded, v, end) for v in _VERB_RE.finditer(ctx.folded, decision.end, end))


def _not_this_changes(ctx: _Context, only: DocumentMention, start: int, verbs: int) -> bool:
    """Whether the article's one decision, cited elsewhere, is not that of the change told at `start`."""
    if _ISSUING_RE.search(ctx.folded, max(0, only.start - 15), only.start):
        return True  # '… Quy chế bầu cử ban hành kèm theo Quyết định số …': a rule's decision, no change's
    if only.issued_date and _paragraph_start(ctx, only.start) != _paragraph_start(ctx, start):
        # '¶ Trước đó, tối 17/10, … Ban Thường vụ phân công đồng chí A …': a paragraph set on a day of its own
        # tells that day's acts, not the decision another paragraph cites with another day
        # ('¶ Tiếp đó, chiều 21-1-2013, Ban Thường vụ Huyện ủy đã họp và thống nhất phân công …': the day of the act
        # the sentence tells before its verbs)
        acted = [d for at, d in _named_days(ctx, start, verbs) if not _takes_effect(ctx, at, start)]
        own = _paragraph_day(ctx, start) or (acted[0] if acted else None)
        return own is not None and own != only.issued_date
    return False


_PAST_OPENING_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.PAST_OPENINGS)})(?!\w)")
_CONNECTIVE_OPENING_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.PAST_OPENINGS + V.NEXT_OPENINGS)})(?!\w)")
_RESPECTIVE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.RESPECTIVE_DECISION_WORDS)})(?!\w)")


def _respective_decisions(ctx: _Context, chain: _Chain, count: int, end: int) -> list[DocumentMention]:
    """'A và B, lần lượt giữ chức X và Y (tương ứng các Quyết định số 363/… và 364/…)': one decision per
    person, in order, when the sentence cites as many after the verbs and says they go respectively."""
    if count < 2:
        return []
    after = _decisions_in(ctx, chain.end, end)
    if len(after) != count:
        return []
    # the word right before the decisions ('tương ứng các Quyết định số …'), not the posts' 'lần lượt giữ chức'
    told = _RESPECTIVE_RE.search(ctx.folded, max(chain.end, after[0].start - 30), after[0].start)
    return after if told else []


def _bracket(ctx: _Context, at: int, start: int, end: int) -> tuple[int, int] | None:
    """The brackets of the sentence [start, end) around `at`, if any."""
    opening = ctx.body.rfind("(", start, at)
    if opening < 0 or ctx.body.find(")", opening, at) >= 0:
        return None
    closing = ctx.body.find(")", at, end)
    return (opening, closing) if closing >= 0 else None


def _of_chain(ctx: _Context, document: DocumentMention, inside: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether a document of the sentence may be the decision of a chain in brackets `inside` (or in none):
    a document in other brackets that tell a change of their own is theirs ('(được giới thiệu tại Công văn
    số …)'); one cited alone in brackets after a change ('(Nghị quyết số 14/NQ-HĐND)') is the sentence's."""
    bracket = _bracket(ctx, document.start, start, end)
    if bracket == inside:
        return True
    if inside is not None:
        return False
    return not any(_is_change(ctx.folded, v, end) for v in _VERB_RE.finditer(ctx.folded, *bracket))


def _other_change_after(ctx: _Context, document: DocumentMention, chain: _Chain) -> bool:
    """Whether a change verb of another action follows the document before the chain: a notice or a
    resolution told with that change ('Thông báo số … giới thiệu bà A …, đề nghị miễn nhiệm … đối với bà A')."""
    if document.start > chain.start:
        return False
    own = {_ACTION_OF[v.group()] for v in chain.verbs}
    return any(
        _ACTION_OF[v.group()] not in own and _is_change(ctx.folded, v, chain.start)
        for v in _VERB_RE.finditer(ctx.folded, document.end, chain.start)
    )


def _day(ctx: _Context, chain: _Chain, decision: DocumentMention | None, start: int, end: int) -> date | None:
    """The change's day: the decision's, a stated effective day, a day the sentence names, the meeting's.
    A day the sentence states it takes effect wins over a decision cited only in another sentence."""
    end = _before_reason(ctx, chain, end)
    dated = decision is not None and decision.issued_date is not None
    # (or in a sentence that says the change is by it: 'Cũng theo quyết định này, UBND tỉnh giao quyền … kể từ
    # ngày 1-6-2019': the decision's day, as in its own sentence)
    if dated and (start <= decision.start < end or _BY_THIS_DECISION_RE.match(ctx.folded, start)):
        return decision.issued_date
    listed = (
        _list_day(ctx, decision, start)
        if decision is not None and not dated and start <= decision.start < end
        else None
    )
    if listed:
        return listed
    replaced, resumed = _replaced_person(ctx, chain, end)
    named = _named_days(ctx, start, replaced) + _named_days(ctx, resumed, end)
    named = [(at, d) for at, d in named if not _other_clauses(ctx, chain, start, at)]
    takes_effect = {at for at, _ in named if _takes_effect(ctx, at, start)}
    effective = [d for at, d in named if at in takes_effect]
    if dated and not effective:
        return decision.issued_date
    acted = [d for at, d in named if at < chain.start and at not in takes_effect]
    if effective and acted and decision is None:
        # 'Ngày 27-6-2025, Ban Thường vụ … đã điều động, chỉ định A giữ chức X kể từ ngày 1-7-2025': the day of
        # the act is the decision's (LABELING.md: the issued date before the day it takes effect)
        return acted[0]
    if effective:
        return effective[0]
    # (a vote is dated by its sitting, not by the signing of the session's papers)
    voted = all(_ACTION_OF[v.group()] == "elect" for v in chain.verbs)
    if decision is None and not voted:
        # the day the next sentence says the decisions were signed, or the introduction of the list the change
        # is an item of
        year = _article_year(ctx)
        signed = signing_told_next(ctx.body, end, ctx.published, year, _DECISION_TYPES) or signing_told_over_items(
            ctx.body, start, ctx.published, year, _DECISION_TYPES
        )
        if signed:
            return signed
        announced = _ANNOUNCED_NEXT_RE.match(ctx.folded, end)
        days = _named_days(ctx, announced.end(), _sentence_end(ctx, announced.end())) if announced else []
        if days:  # '… điều động, phân công làm X. Quyết định được công bố hôm 29/1.'
            return days[0][1]
    # (a vote is on its sitting's day, whatever day the article says its decisions take effect)
    stated = None if voted else _stated_effective_day(ctx)
    if stated:
        return stated
    if named:
        return named[0][1]
    if (
        _PAST_RE.search(ctx.folded, start, chain.start)
        or _at_another_event(ctx, start, chain.start)
        or _in_an_earlier_year(ctx, start, chain.start)
    ):
        return None  # told as the person's past, with no day of its own
    return (
        _session_named_before(ctx, start)
        or _working_day(ctx, start)
        or _meeting_told_before(ctx, start)
        or _paragraph_day(ctx, start)
        or _first_session_day(ctx, start)
        or _later_sitting_day(ctx, start)
        or _meeting_day(ctx)
    )


def _other_clauses(ctx: _Context, chain: _Chain, start: int, at: int) -> bool:
    """Whether the day at `at` is told after another change, in a clause before the chain's ';': '… miễn nhiệm … đối
    với ông A … do đã nghỉ hưu từ ngày 1/10/2016; đồng thời bầu thay thế B …' (the day is A's, not B's)."""
    clause = ctx.body.rfind(";", start, chain.start)
    return start <= at < clause and any(_is_change(ctx.folded, v, at) for v in _VERB_RE.finditer(ctx.folded, start, at))


# 'Tại kỳ họp, …', 'Tại hội nghị này, …': a sentence set at the meeting the one before named
_AT_THE_MEETING_RE = re.compile(
    rf"\s*{re.escape(fold(V.AT_WORD))}\s+(?:\w+\s+)?(?:{folded_alternation(V.MEETING_NOUNS)})"
    rf"(?:\s+(?:{folded_alternation(V.DOC_ABOVE_WORDS + (V.DOC_THIS_WORD,))}))?\s*,"
)


def _session_named_before(ctx: _Context, start: int) -> date | None:
    """The day of the meeting the sentences before named in its paragraph, for a sentence opening 'Tại kỳ họp, …'
    ('… sau kỳ họp thứ 21 của Ủy ban Kiểm tra … diễn ra ngày 11-3 vừa qua. Tại kỳ họp, … cách chức …')."""
    if not _AT_THE_MEETING_RE.match(ctx.folded, start):
        return None
    paragraph = _paragraph_start(ctx, start)
    named = [m for m in ctx.meetings if m.meeting_date and paragraph <= m.evidence_start and m.evidence_end <= start]
    return named[-1].meeting_date if named else None


def _list_day(ctx: _Context, decision: DocumentMention, start: int) -> date | None:
    """A day written before a list of codes is every code's: 'Ngày 28/6, Ban Thường vụ ban hành Quyết định số
    A … và Quyết định số B chỉ định …' (B is of 28/6 too); one written after a code is that code's alone
    ('Quyết định số A ngày 27/6 … và Quyết định số B chỉ định …': B is undated)."""
    before = [d for d in ctx.documents if start <= d.start < decision.start]
    if not before:
        return None
    first = before[0]
    opening = (
        first.date_span is not None and first.issued_date is not None and start <= first.date_span[0] < first.start
    )
    # (each code between has no day of its own: the opening day is the list's)
    alone = all(d.date_span is None or d.date_span[0] < first.start for d in before[1:])
    return first.issued_date if opening and alone else None


_MONTH_OR_YEAR_RE = re.compile(
    rf"(?<!\w)(?:{re.escape(V.MONTH_WORD)}\s+(?P<month>\d{{1,2}})\s*[/-]\s*|{re.escape(V.YEAR_WORD)}\s+)"
    rf"(?P<year>(?:19|20)\d\d)(?!\d)"
)


def _in_an_earlier_year(ctx: _Context, start: int, end: int) -> bool:
    """Whether [start, end) sets the change in a month or year before the article's ('Tháng 7/2021, ông được
    HĐND tỉnh bầu làm Chủ tịch UBND tỉnh', in a report of 2023; 'Tháng 3/2018, … bà Phương được giao phụ
    trách LĐLĐ tỉnh', in a report of June 2018): a background change, with no day."""
    now = _article_month(ctx)
    return now is not None and any(
        (int(m.group("year")), int(m.group("month") or 12)) < now
        and not _RULE_DOC_IN_CLAUSE_RE.search(ctx.folded, _clause_start(ctx, start, m), m.start())
        for m in _MONTH_OR_YEAR_RE.finditer(ctx.folded, start, end)
    )


def _article_month(ctx: _Context) -> tuple[int, int] | None:
    day = _article_day(ctx)
    return (day.year, day.month) if day else None


def _article_day(ctx: _Context) -> date | None:
    """The article's time: its first dated meeting's day, else its publication's."""
    return next((m.meeting_date for m in ctx.meetings if m.meeting_date), None) or ctx.published


# 'Căn cứ Luật Tổ chức chính quyền địa phương năm 2015, …': the year of a law or rule the clause names
_RULE_DOC_IN_CLAUSE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_RULE_DOC_TYPES)})(?!\w)")


def _clause_start(ctx: _Context, start: int, m: re.Match) -> int:
    return max(start, ctx.folded.rfind(",", start, m.start()) + 1)


def _at_another_event(ctx: _Context, start: int, end: int) -> bool:
    """Whether [start, end) sets the change at a numbered event of a kind none of the article's meetings
    is ('Tại Đại hội XIII của Đảng, ông được bầu …' in a report of a ceremony)."""
    event = _NUMBERED_EVENT_RE.search(ctx.folded, start, end)
    if event is None:
        return False
    kind, named = V.APPOINTMENT_NUMBERED_EVENTS[event.group("event")]
    return not any(
        fold(m.kind).startswith(kind) and named in ctx.folded[m.evidence_start : m.evidence_end] for m in ctx.meetings
    )


# (not the words of a verb that holds them: 'bầu thay thế Đại tá A': A is elected)
_VERB_BEFORE_REPLACED = {
    fold(verb[: -len(word)]).strip()
    for verbs in V.APPOINTMENT_VERBS.values()
    for verb in verbs
    for word in V.APPOINTMENT_REPLACED_WORDS
    if verb.endswith(" " + word)
}
_REPLACED_BEFORE_RE = re.compile(
    "".join(rf"(?<!{re.escape(v)} )" for v in sorted(_VERB_BEFORE_REPLACED))
    + rf"(?<!\w)(?:{folded_alternation(V.APPOINTMENT_REPLACED_WORDS)})\s+$"
)


_TERM_OPENING_RE = re.compile(rf"[,;]\s*(?:{folded_alternation(V.APPOINTMENT_TERM_OPENINGS)})(?!\w)")


def _replaced_person(ctx: _Context, chain: _Chain, end: int) -> tuple[int, int]:
    """Where the text about the person the change replaces starts and ends, after the verbs ('thay ông B nghỉ
    hưu theo chế độ từ ngày 1/12'): the days told there are that person's, not this change's; a clause on the
    change's own term ends it (', thời hạn giữ chức vụ là 5 năm kể từ ngày …'). Else (`end`, `end`)."""
    for mention, _ in ctx.mentions:
        if chain.end <= mention.start < end:
            at = _address_start(ctx, mention)
            replaced = _REPLACED_BEFORE_RE.search(ctx.folded, max(chain.end, at - 12), at)
            if replaced:
                term = _TERM_OPENING_RE.search(ctx.folded, mention.end, end)
                return replaced.start(), term.start() if term else end
    return end, end


def _meeting_day_only(ctx: _Context, day: date | None, start: int, end: int) -> bool:
    """Whether a change's day is only the meeting's (its sentence and paragraph name none, and no decision
    dates it): a headline's or lead's summary, which the body's telling of the change may date better."""
    return (
        day is not None
        and day == _meeting_day(ctx)
        and not _named_days(ctx, start, end)
        and not _paragraph_day(ctx, start)
    )


_MEETING_SUBJECT_RE = re.compile(
    rf"\s*(?:{folded_alternation(V.MEETING_SUBJECT_NOUNS)})\s+(?:{re.escape(V.DOC_THIS_WORD)}\s+)?(?:{folded_alternation(V.APPOINTMENT_DONE_WORDS)})(?!\w)"
)


def _meeting_told_before(ctx: _Context, start: int) -> date | None:
    """The day of the meeting told last before a sentence whose subject it is ('Chiều qua, HĐND huyện … tổ chức kỳ
    họp … ¶ Kỳ họp đã thông qua nghị quyết miễn nhiệm … . Với 34/34 đại biểu tán thành, ông A đã được bầu …': the
    sentence, or its paragraph, opens so), when the article tells more than one; else None."""
    if len(ctx.meetings) < 2 or not (
        _MEETING_SUBJECT_RE.match(ctx.folded, _sentence_opening(ctx, start))
        or _MEETING_SUBJECT_RE.match(ctx.folded, _paragraph_start(ctx, start))
    ):
        return None
    told = [m for m in ctx.meetings if m.meeting_date and m.evidence_end <= start]
    if not told:
        return None
    # (told in this paragraph or the one before: a meeting further up is another item's)
    between = ctx.body[told[-1].evidence_end : _paragraph_start(ctx, start)]
    if sum(1 for line in between.split("\n") if line.strip()) > 1:
        return None
    return told[-1].reported_date or told[-1].meeting_date


_WORKING_DAY_RE = re.compile(
    rf"\s*(?:{folded_alternation(V.WORKING_DAY_WORDS)})\s+(?P<nth>{folded_alternation(V.WORKING_DAY_ORDINALS)})(?!\w)"
)


def _working_day(ctx: _Context, start: int) -> date | None:
    """The day of the meeting a paragraph opening 'Ngày làm việc đầu tiên, …' (its first, second … working day) is
    set on, counted from the meeting's first day ('cuối cùng': its last, the day the report names)."""
    m = _WORKING_DAY_RE.match(ctx.folded, _paragraph_start(ctx, start))
    held = next((x for x in ctx.meetings if x.meeting_date), None)
    if m is None or held is None:
        return None
    nth = V.WORKING_DAY_ORDINALS[m.group("nth")]
    return held.reported_date or held.meeting_date if nth is None else held.meeting_date + timedelta(days=nth)


_SAME_DAY_NAMED = 16  # 'Cùng ngày 3/2/2025': the day written right after 'cùng ngày'
_ACCORDINGLY_OPENING_RE = re.compile(rf"(?:{folded_alternation(V.DOC_ACCORDINGLY_WORDS)})\s*,")
_HELD_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.MEETING_HELD_VERBS)})(?!\w)")


def _day_accordingly(ctx: _Context, paragraph: int, start: int) -> date | None:
    """The day of a meeting the sentence before tells was held, for a sentence that opens with 'Theo đó,' and tells
    its results: '… công bố kết quả Hội nghị lần thứ nhất …, diễn ra chiều 31/1. Theo đó, Ban Chấp hành Trung ương
    đã bầu …' (not the day the article's meeting closed)."""
    spans = [(a, b) for a, b in sentence_spans(ctx.body) if paragraph <= a <= start]
    if len(spans) < 2 or not _ACCORDINGLY_OPENING_RE.match(ctx.folded, spans[-1][0]):
        return None
    before = spans[-2]
    named = _named_days(ctx, *before)
    return named[-1][1] if named and _HELD_RE.search(ctx.folded, *before) else None


def _paragraph_day(ctx: _Context, start: int) -> date | None:
    """The day a paragraph is set on, for the sentences after its first: the day its opening clause names
    ('Tại phiên họp thứ nhất vào chiều 25-7, Ban Chấp hành đã bầu … . A được bầu giữ chức …') when it is
    not the first paragraph to name a day; for a
    paragraph that opens with 'cùng ngày' (the same day), the last day named before it: 'Trước đó, chiều
    28/9, Đại hội đã bầu … ¶ Tối cùng ngày, Ban Chấp hành họp phiên thứ nhất … A được bầu giữ chức …'
    (not the congress's day: it is dated by its first, 27/9)."""
    paragraph = _paragraph_start(ctx, start)
    accordingly = _day_accordingly(ctx, paragraph, start)
    if accordingly is not None:
        return accordingly
    same_day = _SAME_DAY_RE.search(ctx.folded, paragraph, paragraph + 20)
    inside = same_day is None and (
        _SAME_DAY_RE.match(ctx.folded, start)
        or any(
            _SAME_DAY_RE.search(ctx.folded, s, s + 20) for s, _ in sentence_spans(ctx.body) if paragraph < s <= start
        )
    )
    if inside:
        # ... or a sentence inside it: '… Ngày 26/9, … ban hành Quyết định số 362 … . Cùng ngày, … điều động
        # …': the day a sentence before opens with, or a decision's (not a birthday or a term's end told inside);
        # also for the changes told in and after such a sentence ('Theo đó, chiều 15/10, Đại hội đã bầu … . Tối
        # cùng ngày, … Ban Chấp hành đã bầu Ban Thường vụ …; đồng chí A … được bầu giữ chức Bí thư … . B và C được
        # bầu giữ chức Phó Bí thư …')
        # (a decision's day told anywhere before counts for the sentence that opens so: 'Quyết định 156-QĐNS/TW
        # được Bộ Chính trị ký ngày 5/7. Cùng ngày, Bộ Chính trị đồng ý để ông A … nghỉ hưu')
        opening = _sentence_opening(ctx, start)
        signed = _SAME_DAY_RE.search(ctx.folded, opening, opening + 20) is not None
        return _sentence_opening_day(ctx, paragraph, start, signed=signed)
    if same_day:
        # the day of the events told before: not one a change takes effect on ('kể từ ngày 1/12/2026'), nor
        # an earlier one told in passing inside a paragraph ('…. Trước đó, ngày 28/8, Hội nghị … đã bầu …';
        # a paragraph opening so tells of that day: '¶ Trước đó, chiều 28/9, … ¶ Tối cùng ngày, …')
        # (with none told in the paragraphs just before, the day of the article's meeting: '¶ Hôm qua (7-1), …
        # hội nghị … ¶ … ¶ … ¶ Cùng ngày, Ban Thường vụ … quyết định cho A thôi giữ chức …')
        # ('Cùng ngày 3/2/2025, …': the day it names, when it names one)
        named = _named_days(ctx, same_day.start(), min(len(ctx.body), same_day.end() + _SAME_DAY_NAMED))
        if named:
            return named[0][1]
        return _day_told_before(ctx, max(0, same_day.start() - 600), same_day.start()) or _meeting_day(ctx)
    opening_end = ctx.body.find(",", paragraph, min(start, paragraph + _OPENING_CLAUSE))
    if opening_end != -1 and _CONNECTIVE_OPENING_RE.fullmatch(ctx.folded, paragraph, opening_end):
        # 'Trước đó, tối 17/10, Ban Chấp hành … bầu …': the clause after the past opening names the day
        opening_end = ctx.body.find(",", opening_end + 1, min(start, paragraph + _OPENING_CLAUSE))
    # not the lead's day: a lead sums up a meeting of several days by its last ('Chiều 25/6, … Đại hội
    # đã bế mạc. Bà A được bầu …'), the body tells each sitting
    if opening_end != -1 and _named_days(ctx, 0, paragraph):
        opening = _named_days(ctx, paragraph, opening_end)
        day_clause_end = ctx.body.find(",", opening_end + 1, min(start, opening_end + _DAY_CLAUSE))
        if not opening and day_clause_end != -1:
            # 'Ngay sau khi Đại hội bế mạc, chiều 27/5, Ban Chấp hành … bầu …': a clause of the day alone
            opening = _named_days(ctx, opening_end + 1, day_clause_end)
        if opening:
            return opening[-1][1]
    return None


_FIRST_SESSION_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.NEW_COMMITTEE_FIRST_SESSION_WORDS)})(?!\w)")
_FIRST_SESSION_REACH = 40  # 'phiên họp thứ nhất vào chiều ngày 31/7/2020,': the words that date it


def _first_session_day(ctx: _Context, start: int) -> date | None:
    """The day of the new committee's first session told before `start` in its paragraph ('Tại phiên họp thứ nhất
    chiều 31/7, Ban Chấp hành đã bầu Ban Thường vụ … . Đồng chí A tái đắc cử Bí thư …'): the day its clause
    names, else the last day of the congress told as a span ('Từ ngày 4 đến 5/6, … Đại hội …'): the committee
    first meets when the congress has elected it, at its end."""
    sessions = list(_FIRST_SESSION_RE.finditer(ctx.folded, _paragraph_start(ctx, start), start))
    if not sessions:
        return None
    last = sessions[-1]
    ends = [e for e in (ctx.body.find(",", last.end(), start), _sentence_end(ctx, last.end())) if e != -1]
    named = _named_days(ctx, _sentence_opening(ctx, last.start()), min([*ends, last.end() + _FIRST_SESSION_REACH]))
    if named:  # ('Chiều 15/5, tại phiên họp thứ nhất, …' too)
        return named[-1][1]
    # the congress the paragraph is about (a round-up tells several), when no later day of it is told before the
    # session ('Trước đó, chiều 14/10, Đại hội đã bầu Ban Chấp hành … ¶ Ngay sau đó, … phiên họp thứ nhất …')
    held = [m for m in ctx.meetings if m.meeting_date and m.evidence_start < last.start()]
    if not held or _named_days(ctx, held[-1].evidence_end, last.start()):
        return None
    return held[-1].closing_date


def _day_told_before(ctx: _Context, window: int, at: int) -> date | None:
    """The last day of the events told between `window` and `at` (see _paragraph_day)."""
    before = [
        day
        for named_at, day in sorted(_named_days(ctx, window, at) + _issued_before_codes(ctx, window, at))
        if not _takes_effect(ctx, named_at)
        and not (_PAST_RE.search(ctx.folded, max(0, named_at - 25), named_at) and not _opens_paragraph(ctx, named_at))
    ]
    return before[-1] if before else None


def _sentence_opening_day(ctx: _Context, paragraph: int, start: int, signed: bool = False) -> date | None:
    """The last day before `start` in its paragraph that opens a sentence or dates a decision cited after it, or,
    when `signed`, any decision's ('Quyết định 156-QĐNS/TW được Bộ Chính trị ký ngày 5/7. Cùng ngày, …')."""
    spans = [s for s, _ in sentence_spans(ctx.body) if paragraph <= s < start]
    opening = [(at, day) for at, day in _named_days(ctx, paragraph, start) if any(0 <= at - s <= 20 for s in spans)]
    days = sorted(opening + _issued_before_codes(ctx, paragraph, start, anywhere=signed))
    return days[-1][1] if days else None


def _issued_before_codes(ctx: _Context, start: int, end: int, anywhere: bool = False) -> list[tuple[int, date]]:
    """(where, day) of the days documents were issued on, told in [start, end) before their codes ('Ngày 18-9, Ban
    Thường vụ … ban hành Quyết định số …'): the day of that event; or, `anywhere`, after them too ('Quyết định
    156-QĐNS/TW được Bộ Chính trị ký ngày 5/7')."""
    return [
        (d.date_span[0], d.issued_date)
        for d in ctx.documents
        if d.date_span and d.issued_date and start <= d.date_span[0] < (end if anywhere else min(d.start, end))
    ]


def _opens_paragraph(ctx: _Context, at: int) -> bool:
    """Whether `at` is in the opening words of its paragraph ('Trước đó, chiều 28/9, …')."""
    return at - _paragraph_start(ctx, at) <= _OPENING_CLAUSE


def _paragraph_start(ctx: _Context, at: int) -> int:
    return ctx.body.rfind("\n", 0, at) + 1


_FUTURE_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.FUTURE_WORDS)})(?!\w)")


def _sentence_end(ctx: _Context, at: int) -> int:
    ends = [e for e in (ctx.folded.find(". ", at), ctx.folded.find("\n", at)) if e != -1]
    return min(ends, default=len(ctx.folded))


def _later_sitting_day(ctx: _Context, start: int) -> date | None:
    """A later day of the article's meeting that an earlier paragraph opens with, the last before `start`:
    'Trong hai ngày 14 và 15-12, … ¶ Chiều 15-12, hội nghị tiến hành lấy phiếu tín nhiệm … ¶ Bằng hình thức bỏ
    phiếu kín, Ban Chấp hành đã bầu bổ sung …' (the vote is on the 15th, not on the meeting's first day)."""
    first = _meeting_day(ctx)
    if first is None:
        return None
    opening = [
        (at, day)
        for at, day in _named_days(ctx, 0, _paragraph_start(ctx, start))
        if _opens_paragraph(ctx, at)
        and not _takes_effect(ctx, at)
        and not (ctx.published and day > ctx.published)
        and not _FUTURE_RE.search(ctx.folded, at, _sentence_end(ctx, at))
    ]
    if not opening:
        return None
    day = opening[-1][1]
    return day if first < day <= first + SITTINGS_SPAN else None


def _meeting_day(ctx: _Context) -> date | None:
    """The day of the article's first dated meeting that the changes were made on: the sitting the lead
    names, if the meeting is dated by the first day of its session."""
    held = next((m for m in ctx.meetings if m.meeting_date), None)
    return (held.reported_date or held.meeting_date) if held else None


def _stated_effective_day(ctx: _Context) -> date | None:
    """'Các quyết định có hiệu lực từ ngày 01/4/2022': the day the article says its decisions take effect; not
    one told in the clause of one document ('Quyết định số A … về việc thành lập Đảng bộ xã, có hiệu lực từ ngày
    1-7-2025' is A's own, not that of the changes other decisions make)."""
    days = [
        d
        for at, d in _named_days(ctx, 0, len(ctx.body))
        if _IN_FORCE_RE.search(ctx.folded, max(0, at - 30), at) and not _of_one_document(ctx, at)
    ]
    return days[0] if days else None


def _of_one_document(ctx: _Context, at: int) -> bool:
    """Whether a document is cited in the clause that `at` is in, before it."""
    clause = max(ctx.body.rfind(c, 0, at) for c in (".", ";", "\n"))
    return any(clause < d.start < at for d in ctx.documents)


def _named_days(ctx: _Context, start: int, end: int) -> list[tuple[int, date]]:
    """The days written in the sentence (with the year the article gives them), not documents' dates."""
    spans = [d.date_span for d in ctx.documents if d.date_span]
    out = []
    for mention in find_dates(ctx.body[start:end]):
        at = start + mention.start
        if mention.is_relative and ctx.published:
            # 'Chiều qua, HĐND huyện … tổ chức kỳ họp …': the day before the publication
            out.append((at, mention.relative_to(ctx.published)))
            continue
        if not (mention.day and mention.month) or any(s <= at < e for s, e in spans):
            continue
        year = mention.year or _article_year(ctx)
        day = safe_date(year, mention.month, mention.day) if year else None
        if day:
            out.append((at, day))
    return out


def _article_year(ctx: _Context) -> int | None:
    day = _article_day(ctx)
    return day.year if day else None


def _shared_posts(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """One change told twice: a chain of verbs that names no post ('điều động, phân công, chỉ định bà A
    tham gia …') takes the post another sentence gives the same person for one of its verbs ('phân
    công bà A giữ chức X'). Not a chain told as the past ('Trước đó, ngày 26/8, Ban Bí thư đã chỉ định
    A tham gia …'): that is an earlier change of its own."""
    posts: dict[tuple[str, str], Appointment] = {}
    for a in found:
        if a.position and not a.implied and a.action not in ("relieve", "retire"):
            posts.setdefault((a.person.name_key, a.action), a)
    chains: dict[tuple[str, int], list[Appointment]] = {}
    for a in found:
        if a.action not in ("relieve", "retire", "nominate") and not a.implied:
            if not _PAST_RE.search(ctx.folded, a.start, a.chain):
                chains.setdefault((a.person.name_key, a.chain), []).append(a)
    filled: dict[int, str] = {}
    for group in chains.values():
        if any(a.position for a in group):
            continue
        given = next(
            (posts[(a.person.name_key, a.action)] for a in group if (a.person.name_key, a.action) in posts), None
        )
        # (not one another decision makes: '… Quyết định số A chỉ định X tham gia Ban Chấp hành, Ban Thường vụ
        # Tỉnh ủy … . … Quyết định số B … chỉ định đồng chí X giữ chức Bí thư Đảng ủy Công an tỉnh' are two changes)
        # (nor, to a chain that names a committee joined, one another chain of the same sentence gives: '… được bầu
        # giữ chức Bí thư Tỉnh ủy; tại Đại hội XII được bầu vào Ban Chấp hành Trung ương' is a second election)
        if (
            given
            and not any(a.decision_code and given.decision_code not in (None, a.decision_code) for a in group)
            and not any(a.start == given.start and a.seat for a in group)
        ):
            filled.update({id(a): given.position for a in group})
    return [replace(a, position=filled[id(a)]) if id(a) in filled else a for a in found]


_RESULT_RE = re.compile(rf"\s*(?:{folded_alternation(V.APPOINTMENT_RESULT_OPENINGS)})(?!\w)")


def _voted_seats(ctx: _Context, found: list[Appointment]) -> list[Appointment]:
    """An election that names no post or seat, in a sentence opening with 'Kết quả': the seat the vote of
    the sentence before was for ('… đã bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy. Kết quả, …')."""
    out = []
    for a in found:
        if a.action == "elect" and a.position is None and a.seat is None and _RESULT_RE.match(ctx.folded, a.start):
            before = [(s, e) for s, e in sentence_spans(ctx.body) if e <= a.start]
            votes = (
                [v for v in _VERB_RE.finditer(ctx.folded, *before[-1]) if _ACTION_OF[v.group()] == "elect"]
                if before
                else []
            )
            seat = _seat(ctx, votes[-1].end(), before[-1][1], before[-1][1]) if votes else None
            a = replace(a, seat=seat) if seat else a
        out.append(a)
    return out


def _approved(found: list[Appointment]) -> list[Appointment]:
    """An election or appointment that names no post has the post its approval names ('Thủ tướng phê chuẩn kết quả
    bầu ông A giữ chức Phó Chủ tịch UBND tỉnh. Ông A được HĐND tỉnh bầu tại kỳ họp thứ 14'; 'Quốc hội phê chuẩn việc
    bổ nhiệm ông B giữ chức Bộ trưởng … Chủ tịch nước đã ký quyết định bổ nhiệm ông B'): the change approved."""
    posts = {a.person.name_key: a.position for a in found if a.action == "approve" and a.position}
    return [
        replace(a, position=posts[a.person.name_key])
        if a.action in _APPROVED_POSTINGS and a.position is None and a.person.name_key in posts
        else a
        for a in found
    ]


def _seated(found: list[Appointment]) -> list[Appointment]:
    """A change that names no post but the committees joined has them as its post."""
    return [replace(a, position=a.seat) if a.position is None and a.seat else a for a in found]


def _organ_within(short: str, organ: str | None) -> bool:
    """Whether `organ` is `short` with more words after it ('Đảng ủy' → 'Đảng ủy Tập đoàn')."""
    return bool(organ) and fold(organ).startswith(fold(short) + " ")


def _without_repeats(found: list[Appointment]) -> list[Appointment]:
    """One entry per person, action and post (a headline repeats the body). One post, one spelling per
    person: posts that parse alike take the shortest spelling, and a post written without its place
    ('Chủ tịch UBND tỉnh') gives way to the same post with it; a post beats none."""
    found = _one_spelling(found)
    with_post = {(a.person.name_key, a.action) for a in found if a.position}
    kept: dict[tuple, int] = {}
    out: list[Appointment] = []
    for a in found:
        key = (a.person.name_key, a.action, fold(a.position) if a.position else None)
        if a.position is None and (a.person.name_key, a.action) in with_post:
            continue
        if key in kept:  # the lead told it without its decision or day, the body with it: the entry takes them
            first = out[kept[key]]
            if first.decision_code is None and a.decision_code is not None:
                out[kept[key]] = replace(first, decision_code=a.decision_code, effective_date=a.effective_date)
            elif (
                first.meeting_day_only
                and not a.meeting_day_only
                and a.effective_date is not None
                and first.decision_code == a.decision_code
            ):
                out[kept[key]] = replace(first, effective_date=a.effective_date, meeting_day_only=False)
            continue
        kept[key] = len(out)
        out.append(a)
    return out


_PROVISIONAL_RE = re.compile(rf"(?<!\w)(?:{folded_alternation(V.TITLE_PROVISIONAL_WORDS)})(?!\w)")


def _post_key(a: Appointment, parts: TitleParts) -> tuple:
    """A post as _one_spelling compares it: the person, whether the post is interim ('Chủ tịch UBND xã lâm
    thời' is not the 'Chủ tịch UBND xã' the person is elected to later), its position, organ and place."""
    interim = bool(_PROVISIONAL_RE.search(fold(a.position or "")))
    return ((a.person.name_key, interim), parts.position, parts.organ, parts.place)


def _posts_with_organ(found: list[Appointment]) -> dict[tuple, dict[str, list[tuple]]]:
    """Per person and position, per action, the posts with an organ (keyed as _one_spelling keys them):
    where a post written by its position alone can point."""
    acted: dict[tuple, dict[str, list[tuple]]] = {}
    for a in found:
        parts = parse_title(a.position) if a.position else None
        if parts and parts.organ:
            key = _post_key(a, parts)
            keys = acted.setdefault(key[:2], {}).setdefault(a.action, [])
            keys.extend([key] if key not in keys else [])
    return acted


def _summary_spelling_gives_way(spellings: dict[tuple, str], ranks: dict[tuple, tuple[bool, int]]) -> None:
    """A longer post told only in a summary ('… tái đắc cử Bí thư Đảng ủy Công ty Than Dương Huy', a headline) takes
    the spelling of the one post the body writes with the first words of its organ ('… Bí thư Đảng ủy Công ty',
    dated by its sitting)."""
    for key in list(spellings):
        if key[3] is not None or not key[2] or ranks[key][0]:
            continue  # (a post with its place, or with no organ, or told only in a summary itself)
        longer = [k for k in spellings if k != key and k[:2] == key[:2] and _organ_within(key[2], k[2])]
        if len(longer) == 1 and ranks[longer[0]][0]:
            spellings[longer[0]], ranks[longer[0]] = spellings[key], ranks[key]


def _one_spelling(found: list[Appointment]) -> list[Appointment]:
    """One spelling per person and post; a post whose organ is the first words of another's, with no place
    ('tái đắc cử Bí thư Đảng ủy' in a headline, 'Bí thư Đảng ủy Tập đoàn' in the body), is that post."""
    spellings: dict[tuple, str] = {}
    ranks: dict[tuple, tuple[bool, int]] = {}
    placed: set[tuple] = set()
    for a in found:
        if a.position:
            parts = parse_title(a.position)
            key = _post_key(a, parts)
            # the shortest spelling, but a summary's (a headline dated only by the meeting: 'Phó Trưởng Ban
            # Tổ chức T.Ư') gives way to the telling with its decision or day ('… Trung ương')
            rank = (a.meeting_day_only, len(a.position))
            if key not in spellings or rank < ranks[key]:
                spellings[key], ranks[key] = a.position, rank
            if parts.place:
                placed.add((*key[:3], a.action))
    _summary_spelling_gives_way(spellings, ranks)
    acted = _posts_with_organ(found)
    out = []
    for a in found:
        if a.position:
            parts = parse_title(a.position)
            key = _post_key(a, parts)
            if parts.place is None and parts.organ and (*key[:3], a.action) in placed:
                key = next(k for k in spellings if k[:3] == key[:3] and k[3])
            elif parts.place is None and parts.organ:
                longer = [k for k in spellings if k[:2] == key[:2] and _organ_within(parts.organ, k[2])]
                key = longer[0] if len(longer) == 1 else key  # only when one post it can be
            elif parts.place is None and parts.position and a.action in acted.get(key[:2], {}):
                # 'được bầu làm Chủ tịch' (a headline) and 'Chủ tịch Hội LHTN Việt Nam tỉnh' (the body)
                longer = acted[key[:2]][a.action]
                key = longer[0] if len(longer) == 1 else key
            a = replace(a, position=spellings[key])
        out.append(a)
    return out
