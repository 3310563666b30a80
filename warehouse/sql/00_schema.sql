-- The warehouse contract (../shared/DESIGN.md; columns: docs/warehouse.md): table and column names are
-- public API. The closed vocabularies (statuses, stages, roles) are warehouse/contract.py's: the
-- loader fills in the {…} lists of the CHECKs from there (CREATE … IF NOT EXISTS leaves the tables of
-- an older warehouse as they are, without the CHECKs).
CREATE TABLE IF NOT EXISTS dim_article (
    article_id      BIGINT PRIMARY KEY,
    source_path     VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    title           VARCHAR,
    published_at    TIMESTAMP,
    source_name     VARCHAR,
    authors         VARCHAR,
    category        VARCHAR,
    body_text       VARCHAR NOT NULL,
    encoding        VARCHAR,
    -- content_sha256: the file's raw bytes; text_sha256: the decoded text (NFC, line ends, tone
    -- placement folded), the same for one article in any encoding; one article per text_sha256.
    -- Null for articles loaded before it existed (they are compared by content_sha256).
    text_sha256     VARCHAR
);
-- dim_person: one row per person. name_key is not unique: a name carried by two people at once in
-- places that exclude each other is two persons (70_person_identity.sql); identity_basis says what
-- sets a name's other persons apart ('district: Lạc Dương'), NULL for the name's main one.
-- (A warehouse made when name_key was UNIQUE is rebuilt without it: warehouse/migrations.py.)
CREATE TABLE IF NOT EXISTS dim_person (
    person_id       BIGINT PRIMARY KEY,
    full_name       VARCHAR NOT NULL,
    name_key        VARCHAR NOT NULL,
    first_seen      DATE,
    last_seen       DATE,
    identity_basis  VARCHAR
);
-- A dated document is its code and issue date (the Party's numbering restarts each term: 35-CT/TW
-- of 2019 and of 2024; each province numbers its own …-QĐ/TU); a code cited with no date anywhere in its article is the code's undated row.
CREATE TABLE IF NOT EXISTS dim_document (
    document_id  BIGINT PRIMARY KEY,
    doc_code     VARCHAR NOT NULL,
    code_key     VARCHAR NOT NULL,
    doc_type     VARCHAR,
    doc_number   VARCHAR,
    issuer_code  VARCHAR,
    issued_date  DATE,
    title        VARCHAR
);
CREATE TABLE IF NOT EXISTS fact_meeting (
    meeting_id         BIGINT PRIMARY KEY,
    article_id         BIGINT NOT NULL,
    meeting_date       DATE,
    date_text          VARCHAR,
    meeting_kind       VARCHAR,
    organizer          VARCHAR,
    location           VARCHAR,
    is_online          BOOLEAN,
    connection_points  INTEGER,
    evidence_start     INTEGER,
    evidence_end       INTEGER
);
CREATE TABLE IF NOT EXISTS bridge_meeting_person (
    meeting_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    role        VARCHAR NOT NULL CHECK (role IN ({roles})),
    title_text  VARCHAR,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE TABLE IF NOT EXISTS bridge_article_person (
    article_id      BIGINT NOT NULL,
    person_id       BIGINT NOT NULL,
    title_text      VARCHAR,  -- the title phrases as the article separates them, joined by ', '
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    PRIMARY KEY (article_id, person_id)
);
CREATE TABLE IF NOT EXISTS bridge_article_document (
    article_id      BIGINT NOT NULL,
    document_id     BIGINT NOT NULL,
    mention_text    VARCHAR,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    PRIMARY KEY (article_id, document_id)
);
-- Contract v2, careers: every title phrase parsed once (dim_title), and the titles each article gives
-- each person (bridge_person_title). title_text is the phrase as the article writes it (NFC, its
-- own tone style); the parts are normalised (abbreviations expanded, 'Ủy' style).
CREATE TABLE IF NOT EXISTS dim_title (
    title_id      BIGINT PRIMARY KEY,
    title_text    VARCHAR NOT NULL UNIQUE,
    position      VARCHAR,
    organ         VARCHAR,
    parent_organ  VARCHAR,
    place         VARCHAR,
    level         VARCHAR CHECK (level IN ({title_levels})),
    kind          VARCHAR NOT NULL CHECK (kind IN ({title_kinds})),
    status        VARCHAR CHECK (status IN ({title_statuses})),
    sole_holder   BOOLEAN  -- one person at a time holds the post (not a deputy's or member's)
);
CREATE TABLE IF NOT EXISTS bridge_person_title (
    article_id      BIGINT NOT NULL,
    person_id       BIGINT NOT NULL,
    title_id        BIGINT NOT NULL,
    seen_on         DATE,  -- person_mention_dates.seen_on: the meeting's day, else the publication's
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    PRIMARY KEY (article_id, person_id, title_id)
);
-- Contract v2, careers: one personnel change an article reports as decided (LABELING.md,
-- "appointments"): one row per person and verb. position_text is the post gained (for relieve and
-- retire: the post left), as the article writes it; title_id is its parse in dim_title.
-- decision_code is the deciding document's canonical code (dim_document.doc_code, which several dated
-- rows may share: join through bridge_article_document on article_id) when the article
-- gives one; effective_date the decision's issue date, else the day it took effect or was announced.
CREATE TABLE IF NOT EXISTS fact_appointment (
    appointment_id      BIGINT PRIMARY KEY,
    article_id          BIGINT NOT NULL,
    person_id           BIGINT NOT NULL,
    action              VARCHAR NOT NULL CHECK (action IN ({appointment_actions})),
    position_text       VARCHAR,
    title_id            BIGINT,
    from_position_text  VARCHAR,
    decision_code       VARCHAR,
    effective_date      DATE,
    evidence_start      INTEGER,
    evidence_end        INTEGER
);
CREATE TABLE IF NOT EXISTS etl_file_manifest (
    source_path     VARCHAR PRIMARY KEY,
    size_bytes      BIGINT,
    mtime           TIMESTAMP,
    content_sha256  VARCHAR,
    status          VARCHAR NOT NULL CHECK (status IN ({file_statuses})),
    error           VARCHAR,
    last_run_id     VARCHAR
);
CREATE TABLE IF NOT EXISTS etl_rejects (
    run_id       VARCHAR NOT NULL,
    source_path  VARCHAR,
    stage        VARCHAR NOT NULL CHECK (split_part(stage, ':', 1) IN ({reject_stages})),  -- validate:stg_meeting
    reason       VARCHAR NOT NULL,
    record       JSON
);
CREATE TABLE IF NOT EXISTS etl_runs (
    run_id          VARCHAR PRIMARY KEY,
    flow_run_id     VARCHAR,
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP,
    status          VARCHAR CHECK (status IN ({run_statuses})),
    files_seen      INTEGER,
    files_new       INTEGER,
    files_loaded    INTEGER,
    files_rejected  INTEGER,
    files_failed    INTEGER,
    files_skipped   INTEGER,
    files_missing   INTEGER,
    articles        INTEGER,
    meetings        INTEGER,
    person_mentions INTEGER,
    documents       INTEGER,
    rejects         INTEGER,
    batches         INTEGER,
    rejects_by_stage VARCHAR,  -- JSON: {"decode": 2, "validate:stg_meeting": 1}
    coverage        VARCHAR,   -- JSON: {"meetings": 17, "meetings_without_date": 0, ...}
    rows_added      VARCHAR,   -- JSON: rows added per warehouse table
    timings_s       VARCHAR,   -- JSON: seconds per stage (discover, read, decode, extract, validate, load)
    error           VARCHAR    -- why a failed / interrupted / crashed run did not complete
);
-- Warehouses made before these columns existed get them on the next run.
ALTER TABLE etl_runs ADD COLUMN IF NOT EXISTS batches INTEGER;
ALTER TABLE etl_runs ADD COLUMN IF NOT EXISTS rejects_by_stage VARCHAR;
ALTER TABLE etl_runs ADD COLUMN IF NOT EXISTS coverage VARCHAR;
ALTER TABLE etl_runs ADD COLUMN IF NOT EXISTS rows_added VARCHAR;
ALTER TABLE etl_runs ADD COLUMN IF NOT EXISTS timings_s VARCHAR;
ALTER TABLE etl_runs ADD COLUMN IF NOT EXISTS error VARCHAR;
-- The titles held (a title with the organ phrases that continue it), joined by '; '; NULL in rows
-- loaded before this column existed.
ALTER TABLE bridge_article_person ADD COLUMN IF NOT EXISTS titles VARCHAR;
ALTER TABLE dim_article ADD COLUMN IF NOT EXISTS text_sha256 VARCHAR;
-- Contract v2, events: the same value on every report of one real meeting (same organiser, kind, day).
ALTER TABLE fact_meeting ADD COLUMN IF NOT EXISTS event_id BIGINT;
ALTER TABLE dim_title ADD COLUMN IF NOT EXISTS sole_holder BOOLEAN;
-- Event identity's inputs (transforms/events.py): the organising body's key (organ|level|place, folded;
-- NULL when the organiser names no one body) and the part of the day the report gives (sáng, chiều …).
-- 80_event_id.sql links the reports of one meeting with them.
ALTER TABLE fact_meeting ADD COLUMN IF NOT EXISTS organizer_key VARCHAR;
ALTER TABLE fact_meeting ADD COLUMN IF NOT EXISTS day_part VARCHAR;
-- Person identity (70_person_identity.sql): what sets a name's other persons apart, NULL for its main one.
ALTER TABLE dim_person ADD COLUMN IF NOT EXISTS identity_basis VARCHAR;
