"""The warehouse contract's closed vocabularies and bookkeeping columns, defined once.

Every status, stage, role and kind the warehouse stores is named here; the flow, the loader, the
CLI and the reports use these names, and the DDL (warehouse/sql/00_schema.sql) enforces them with
CHECK constraints filled in from here (`check_lists`). The values are public API: analysts filter
on them in SQL.
"""

# What became of an inbox entry (etl_file_manifest.status).
LOADED = "loaded"  # its article is in the warehouse
REJECTED = "rejected"  # not an article we can read: the reason says what to do
FAILED = "failed"  # an error while reading it; tried again by every run
SKIPPED = "skipped"  # not read on purpose: not an article file, a duplicate, a hidden or odd entry
MISSING = "missing"  # gone from the inbox; its rows are kept
FILE_STATUSES = (LOADED, REJECTED, FAILED, SKIPPED, MISSING)
# The statuses a run decides for the files it reads (MISSING is decided for files it no longer sees).
READ_STATUSES = (LOADED, REJECTED, FAILED, SKIPPED)
# A new version with one of these replaces the article's rows; a rejected or failed one keeps them.
REPLACING_STATUSES = (LOADED, SKIPPED)

# Where a record was turned away (etl_rejects.stage); validation and date stages name their table.
STAGE_DISCOVER = "discover"
STAGE_DECODE = "decode"
STAGE_HTML = "html"
STAGE_VALIDATE = "validate"  # validate:<staging table>
STAGE_DATES = "dates"  # dates:<staging table>: an impossible date nulled
REJECT_STAGES = (STAGE_DISCOVER, STAGE_DECODE, STAGE_HTML, STAGE_VALIDATE, STAGE_DATES)


def table_stage(stage: str, table: str) -> str:
    """A stage that names the staging table it judged, 'validate:stg_meeting'."""
    return f"{stage}:{table}"


# How a run ended (etl_runs.status); RUNNING while it runs.
RUN_RUNNING = "running"
RUN_COMPLETED = "completed"
RUN_FAILED = "failed"
RUN_INTERRUPTED = "interrupted"  # Ctrl-C or SIGTERM: the loaded batches are kept
RUN_CRASHED = "crashed"  # killed: found still running by the next run
RUN_STATUSES = (RUN_RUNNING, RUN_COMPLETED, RUN_FAILED, RUN_INTERRUPTED, RUN_CRASHED)
RUN_ENDED_BADLY = (RUN_FAILED, RUN_INTERRUPTED, RUN_CRASHED)

# A person's part in a meeting (bridge_meeting_person.role).
ROLE_CHAIR = "chair"
ROLE_ATTENDEE = "attendee"
ROLE_SPEAKER = "speaker"
ROLE_AWARDEE = "awardee"
ROLE_APPOINTEE = "appointee"
ROLE_MENTIONED = "mentioned"  # named in the meeting's article, with no part the text makes clear
ROLES = (ROLE_CHAIR, ROLE_ATTENDEE, ROLE_SPEAKER, ROLE_AWARDEE, ROLE_APPOINTEE, ROLE_MENTIONED)

# Careers (contract v2): personnel changes and the parts of a title.
APPOINTMENT_ACTIONS = (
    "appoint",
    "approve",
    "elect",
    "assign",
    "transfer",
    "designate",
    "nominate",
    "relieve",
    "retire",
)
TITLE_LEVELS = ("central", "province", "district", "commune")
TITLE_KINDS = ("post", "rank", "membership", "other")
TITLE_STATUSES = ("former", "new", "acting")

# The bookkeeping tables' columns, in the order the loader writes them.
MANIFEST_COLUMNS = ("source_path", "size_bytes", "mtime", "content_sha256", "status", "error", "last_run_id")
REJECT_COLUMNS = ("run_id", "source_path", "stage", "reason", "record")


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def check_lists() -> dict[str, str]:
    """The DDL's placeholders: each closed vocabulary as an SQL list, for CHECK (column IN (...))."""
    return {
        "file_statuses": _sql_list(FILE_STATUSES),
        "reject_stages": _sql_list(REJECT_STAGES),
        "run_statuses": _sql_list(RUN_STATUSES),
        "roles": _sql_list(ROLES),
        "title_levels": _sql_list(TITLE_LEVELS),
        "title_kinds": _sql_list(TITLE_KINDS),
        "title_statuses": _sql_list(TITLE_STATUSES),
        "appointment_actions": _sql_list(APPOINTMENT_ACTIONS),
    }
