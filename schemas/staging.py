"""Staging table contracts. Every row is checked before it may reach the warehouse."""

import pandera.pandas as pa
from pandera.typing import Series

from hoinghi.transforms.vocabulary import TIME_OF_DAY
from hoinghi.warehouse.contract import APPOINTMENT_ACTIONS, ROLES, TITLE_KINDS, TITLE_LEVELS, TITLE_STATUSES


class _WithEvidence(pa.DataFrameModel):
    """Rows read from a piece of the article: body_text[evidence_start:evidence_end], not empty."""

    evidence_start: Series[int] = pa.Field(ge=0)
    evidence_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(error="evidence_end must be after evidence_start")
    def evidence_in_order(cls, df):  # noqa: N805 - pandera passes the class
        return df["evidence_end"] > df["evidence_start"]


class StgArticle(pa.DataFrameModel):
    article_id: Series[int] = pa.Field(ge=0, unique=True)
    source_path: Series[str] = pa.Field(str_length={"min_value": 1})
    content_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    title: Series[str] = pa.Field(nullable=True, str_length={"max_value": 1000})
    published_at: Series[pa.DateTime] = pa.Field(nullable=True)
    source_name: Series[str] = pa.Field(nullable=True)
    authors: Series[str] = pa.Field(nullable=True)
    category: Series[str] = pa.Field(nullable=True)
    body_text: Series[str] = pa.Field(str_length={"min_value": 1})
    encoding: Series[str]
    text_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    class Config:
        coerce = True


class StgMeeting(pa.DataFrameModel):
    meeting_id: Series[int] = pa.Field(ge=0, unique=True)
    article_id: Series[int] = pa.Field(ge=0)
    ordinal: Series[int] = pa.Field(ge=1)
    meeting_date: Series[pa.Date] = pa.Field(nullable=True)
    date_text: Series[str] = pa.Field(nullable=True)
    meeting_kind: Series[str] = pa.Field(str_length={"min_value": 1})
    organizer: Series[str] = pa.Field(nullable=True)
    # Event identity (transforms/events.py); optional, so frames built without them still validate.
    organizer_key: Series[str] | None = pa.Field(nullable=True)
    day_part: Series[str] | None = pa.Field(nullable=True, isin=list(TIME_OF_DAY))
    location: Series[str] = pa.Field(nullable=True)
    is_online: Series[bool]
    connection_points: Series[pa.Int64] = pa.Field(nullable=True, ge=1, le=10000)
    evidence_start: Series[int] = pa.Field(ge=0)
    evidence_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(error="evidence_end must not be before evidence_start")
    def evidence_in_order(cls, df):  # noqa: N805 - pandera passes the class
        return df["evidence_end"] >= df["evidence_start"]

    class Config:
        coerce = True


class StgPersonMention(_WithEvidence):
    article_id: Series[int] = pa.Field(ge=0)
    person_id: Series[int] = pa.Field(ge=0)
    full_name: Series[str] = pa.Field(str_matches=r"^\S+(?: \S+){1,5}$")
    name_key: Series[str] = pa.Field(str_length={"min_value": 3})
    title_text: Series[str] = pa.Field(nullable=True)
    # The titles held, joined by "; " (Person.held_titles); optional, so frames built without it still validate.
    titles: Series[str] | None = pa.Field(nullable=True)

    class Config:
        coerce = True
        unique = ["article_id", "person_id"]


class StgMeetingPerson(pa.DataFrameModel):
    meeting_id: Series[int] = pa.Field(ge=0)
    article_id: Series[int] = pa.Field(ge=0)
    person_id: Series[int] = pa.Field(ge=0)
    role: Series[str] = pa.Field(isin=list(ROLES))
    title_text: Series[str] = pa.Field(nullable=True)

    class Config:
        coerce = True
        unique = ["meeting_id", "person_id"]


class StgDocumentMention(pa.DataFrameModel):
    article_id: Series[int] = pa.Field(ge=0)
    document_id: Series[int] = pa.Field(ge=0)
    doc_code: Series[str] = pa.Field(str_matches=r"^\d{1,4}[-/]\S+$")
    code_key: Series[str]
    doc_type: Series[str] = pa.Field(str_length={"min_value": 2})
    doc_number: Series[str] = pa.Field(str_matches=r"^\d{1,4}$")
    issuer_code: Series[str]
    issued_date: Series[pa.Date] = pa.Field(nullable=True)
    title: Series[str] = pa.Field(nullable=True)
    mention_text: Series[str]
    evidence_start: Series[int] = pa.Field(ge=0)
    evidence_end: Series[int] = pa.Field(ge=0)

    class Config:
        coerce = True
        unique = ["article_id", "document_id"]


class StgPersonTitle(_WithEvidence):
    """A title an article gives a person, with the parts of its phrase (dim_title's columns)."""

    article_id: Series[int] = pa.Field(ge=0)
    person_id: Series[int] = pa.Field(ge=0)
    title_id: Series[int] = pa.Field(ge=0)
    title_text: Series[str] = pa.Field(str_length={"min_value": 2, "max_value": 300})
    position: Series[str] = pa.Field(nullable=True)
    organ: Series[str] = pa.Field(nullable=True)
    parent_organ: Series[str] = pa.Field(nullable=True)
    place: Series[str] = pa.Field(nullable=True)
    level: Series[str] = pa.Field(nullable=True, isin=list(TITLE_LEVELS))
    kind: Series[str] = pa.Field(isin=list(TITLE_KINDS))
    status: Series[str] = pa.Field(nullable=True, isin=list(TITLE_STATUSES))
    sole_holder: Series[bool]

    class Config:
        coerce = True
        unique = ["article_id", "person_id", "title_id"]


class StgAppointment(_WithEvidence):
    """A personnel change an article reports (transforms/appointments.py), with its post parsed
    like every title (the title_* columns feed dim_title, see 65_fact_appointment.sql)."""

    appointment_id: Series[int] = pa.Field(ge=0, unique=True)
    article_id: Series[int] = pa.Field(ge=0)
    person_id: Series[int] = pa.Field(ge=0)
    action: Series[str] = pa.Field(isin=list(APPOINTMENT_ACTIONS))
    position_text: Series[str] = pa.Field(nullable=True, str_length={"min_value": 2, "max_value": 300})
    title_id: Series[pa.Int64] = pa.Field(nullable=True, ge=0)
    from_position_text: Series[str] = pa.Field(nullable=True, str_length={"min_value": 2, "max_value": 300})
    decision_code: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{1,4}[-/]\S+$")
    effective_date: Series[pa.Date] = pa.Field(nullable=True)
    title_position: Series[str] = pa.Field(nullable=True)
    title_organ: Series[str] = pa.Field(nullable=True)
    title_parent_organ: Series[str] = pa.Field(nullable=True)
    title_place: Series[str] = pa.Field(nullable=True)
    title_level: Series[str] = pa.Field(nullable=True, isin=list(TITLE_LEVELS))
    title_kind: Series[str] = pa.Field(nullable=True, isin=list(TITLE_KINDS))
    title_status: Series[str] = pa.Field(nullable=True, isin=list(TITLE_STATUSES))
    title_sole_holder: Series[bool]

    @pa.dataframe_check(error="a position needs its title_id, and no title_id goes without a position")
    def title_with_position(cls, df):  # noqa: N805
        return df["position_text"].isna() == df["title_id"].isna()

    class Config:
        coerce = True


# Staging table name → its model, in load order.
MODELS: dict[str, type[pa.DataFrameModel]] = {
    "stg_article": StgArticle,
    "stg_meeting": StgMeeting,
    "stg_person_mention": StgPersonMention,
    "stg_meeting_person": StgMeetingPerson,
    "stg_document_mention": StgDocumentMention,
    "stg_person_title": StgPersonTitle,
    "stg_appointment": StgAppointment,
}
