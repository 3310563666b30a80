"""Staging table contracts. Every row is checked before it may reach the warehouse.

pandera's object API (DataFrameSchema), not its class API (DataFrameModel): reading a model's
annotations makes pandera import the typing of every dataframe library installed, Dask's among
them (the dask runner needs it), about 0.5 s in every process that validates: each `hoinghi run`
and each parse worker. The checks are the same either way.
"""

import re

import pandera.pandas as pa
from pandera.pandas import Check, Column

from hoinghi.transforms.vocabulary import APOSTROPHE_NAME_PREFIXES, TIME_OF_DAY
from hoinghi.warehouse.contract import APPOINTMENT_ACTIONS, ROLES, TITLE_KINDS, TITLE_LEVELS, TITLE_STATUSES

# a document code: number (perhaps with a letter: '30a/2008/NQ-CP'), then '-' or '/' ('35-CT/TW', '215-QĐNS/TW')
CODE = r"^\d{1,4}[A-Za-z]?[-/]\S+$"
# a person's full name: two to six words, or one that a prefix and an apostrophe join ('K'Sơn', a K'Ho name)
FULL_NAME = rf"^(?:\S+(?: \S+){{1,5}}|(?:{'|'.join(map(re.escape, APOSTROPHE_NAME_PREFIXES))})\S+)$"
SHA256 = r"^[0-9a-f]{64}$"

# Helpers return a new Column each time: a schema names the Column objects it is given.


def _id(unique: bool = False) -> Column:
    """One of the stable 63-bit ids of transforms/extract.py."""
    return Column(int, Check.ge(0), unique=unique)


def _text(*checks: Check, nullable: bool = False, required: bool = True) -> Column:
    return Column(str, list(checks), nullable=nullable, required=required)


def _one_of(values: object, nullable: bool = False, required: bool = True) -> Column:
    return Column(str, Check.isin(list(values)), nullable=nullable, required=required)


def _evidence() -> dict[str, Column]:
    """Where the row is read in the article: body_text[evidence_start:evidence_end]."""
    return {"evidence_start": Column(int, Check.ge(0)), "evidence_end": Column(int, Check.ge(0))}


def _evidence_in_order(strict: bool) -> Check:
    """`strict`: the evidence is not empty (a meeting's may be)."""
    if strict:
        return Check(
            lambda df: df["evidence_end"] > df["evidence_start"],
            name="evidence_in_order",
            error="evidence_end must be after evidence_start",
        )
    return Check(
        lambda df: df["evidence_end"] >= df["evidence_start"],
        name="evidence_in_order",
        error="evidence_end must not be before evidence_start",
    )


def _title_parts(prefix: str = "", kind_nullable: bool = False) -> dict[str, Column]:
    """The parts of a parsed title phrase (transforms/titles.py), dim_title's columns, named with `prefix`."""
    return {
        f"{prefix}position": _text(nullable=True),
        f"{prefix}organ": _text(nullable=True),
        f"{prefix}parent_organ": _text(nullable=True),
        f"{prefix}place": _text(nullable=True),
        f"{prefix}level": _one_of(TITLE_LEVELS, nullable=True),
        f"{prefix}kind": _one_of(TITLE_KINDS, nullable=kind_nullable),
        f"{prefix}status": _one_of(TITLE_STATUSES, nullable=True),
        f"{prefix}sole_holder": Column(bool),
    }


def _schema(name: str, columns: dict[str, Column], checks: list[Check] | None = None, **options) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(columns, checks=checks, coerce=True, name=name, **options)


StgArticle = _schema(
    "StgArticle",
    {
        "article_id": _id(unique=True),
        "source_path": _text(Check.str_length(min_value=1)),
        "content_sha256": _text(Check.str_matches(SHA256)),
        "title": _text(Check.str_length(max_value=1000), nullable=True),
        "published_at": Column(pa.DateTime, nullable=True),
        "source_name": _text(nullable=True),
        "authors": _text(nullable=True),
        "category": _text(nullable=True),
        "body_text": _text(Check.str_length(min_value=1)),
        "encoding": _text(),
        "text_sha256": _text(Check.str_matches(SHA256)),
    },
)

StgMeeting = _schema(
    "StgMeeting",
    {
        "meeting_id": _id(unique=True),
        "article_id": _id(),
        "ordinal": Column(int, Check.ge(1)),
        "meeting_date": Column(pa.Date, nullable=True),
        "date_text": _text(nullable=True),
        "meeting_kind": _text(Check.str_length(min_value=1)),
        "organizer": _text(nullable=True),
        # Event identity (transforms/events.py); optional, so frames built without them still validate.
        "organizer_key": _text(nullable=True, required=False),
        "day_part": _one_of(TIME_OF_DAY, nullable=True, required=False),
        "location": _text(nullable=True),
        "is_online": Column(bool),
        "connection_points": Column("Int64", [Check.ge(1), Check.le(10000)], nullable=True),
        **_evidence(),
    },
    [_evidence_in_order(strict=False)],
)

StgPersonMention = _schema(
    "StgPersonMention",
    {
        **_evidence(),
        "article_id": _id(),
        "person_id": _id(),
        "full_name": _text(Check.str_matches(FULL_NAME)),
        "name_key": _text(Check.str_length(min_value=3)),
        "title_text": _text(nullable=True),
        # The titles held, joined by "; " (Person.held_titles); optional, so frames built without it still validate.
        "titles": _text(nullable=True, required=False),
    },
    [_evidence_in_order(strict=True)],
    unique=["article_id", "person_id"],
)

StgMeetingPerson = _schema(
    "StgMeetingPerson",
    {
        "meeting_id": _id(),
        "article_id": _id(),
        "person_id": _id(),
        "role": _one_of(ROLES),
        "title_text": _text(nullable=True),
    },
    unique=["meeting_id", "person_id"],
)

StgDocumentMention = _schema(
    "StgDocumentMention",
    {
        "article_id": _id(),
        "document_id": _id(),
        "doc_code": _text(Check.str_matches(CODE)),
        "code_key": _text(),
        "doc_type": _text(Check.str_length(min_value=2)),
        "doc_number": _text(Check.str_matches(r"^\d{1,4}[A-Za-z]?$")),
        "issuer_code": _text(),
        "issued_date": Column(pa.Date, nullable=True),
        "title": _text(nullable=True),
        "mention_text": _text(),
        **_evidence(),
    },
    unique=["article_id", "document_id"],
)

# A title an article gives a person, with the parts of its phrase (dim_title's columns).
StgPersonTitle = _schema(
    "StgPersonTitle",
    {
        **_evidence(),
        "article_id": _id(),
        "person_id": _id(),
        "title_id": _id(),
        "title_text": _text(Check.str_length(min_value=2, max_value=300)),
        **_title_parts(),
    },
    [_evidence_in_order(strict=True)],
    unique=["article_id", "person_id", "title_id"],
)

# A personnel change an article reports (transforms/appointments.py), with its post parsed like
# every title (the title_* columns feed dim_title, see 65_fact_appointment.sql).
StgAppointment = _schema(
    "StgAppointment",
    {
        **_evidence(),
        "appointment_id": _id(unique=True),
        "article_id": _id(),
        "person_id": _id(),
        "action": _one_of(APPOINTMENT_ACTIONS),
        "position_text": _text(Check.str_length(min_value=2, max_value=300), nullable=True),
        "title_id": Column("Int64", Check.ge(0), nullable=True),
        "from_position_text": _text(Check.str_length(min_value=2, max_value=300), nullable=True),
        "decision_code": _text(Check.str_matches(CODE), nullable=True),
        "effective_date": Column(pa.Date, nullable=True),
        **_title_parts("title_", kind_nullable=True),  # no post named: no kind either
    },
    [
        Check(
            lambda df: df["position_text"].isna() == df["title_id"].isna(),
            name="title_with_position",
            error="a position needs its title_id, and no title_id goes without a position",
        ),
        _evidence_in_order(strict=True),
    ],
)

# Staging table name → its schema, in load order.
SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "stg_article": StgArticle,
    "stg_meeting": StgMeeting,
    "stg_person_mention": StgPersonMention,
    "stg_meeting_person": StgMeetingPerson,
    "stg_document_mention": StgDocumentMention,
    "stg_person_title": StgPersonTitle,
    "stg_appointment": StgAppointment,
}
