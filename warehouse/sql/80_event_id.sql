-- Event identity (contract v2): fact_meeting.event_id is the same on every report, in any article, of
-- one real meeting. Two reports in different articles are of one meeting when they give the same day,
-- the same kind and the same organising body (organizer_key: its spellings folded into one key by
-- transforms/events.py), and no different parts of the day ('sáng' and 'chiều' are two meetings; a
-- report without one fits either). Outlets may credit different organisers with one meeting (the
-- body whose decision is announced, the body that hosts it): reports of the same day, the same
-- specific kind (not the bare 'hội nghị' or 'họp') and parts of the day that fit are also of one
-- meeting when they name at least two same persons taking part (any role but 'mentioned'). The links
-- are followed to the end (A–B and B–C make one event) and an event's id is its smallest meeting_id; a meeting linked to none (no date, no organiser key,
-- or reported once) is an event of its own. Links join reports of one day only, so a load recomputes
-- the days it touches, from every report of those days: the days of the batch's meetings, of
-- meetings whose persons person identity re-pointed (70_person_identity.sql), and of events that lost
-- the report they were named after (a replaced article). A new report may join meetings loaded
-- before it; a replaced one may part them.
CREATE OR REPLACE TEMP TABLE event_days AS
SELECT meeting_date FROM fact_meeting
WHERE article_id IN (SELECT article_id FROM stg_article)
   OR article_id IN (SELECT article_id FROM person_repoint)
   OR event_id IS NULL  -- reports loaded before event identity existed
   OR event_id NOT IN (SELECT meeting_id FROM fact_meeting)
GROUP BY meeting_date HAVING meeting_date IS NOT NULL;
-- The reports of those days.
CREATE OR REPLACE TEMP TABLE event_reports AS
SELECT meeting_id, article_id, meeting_date, meeting_kind, organizer_key, day_part
FROM fact_meeting
WHERE meeting_date IN (SELECT meeting_date FROM event_days);
-- Who takes part (any role but 'mentioned') in those days' reports of a specific kind.
CREATE OR REPLACE TEMP TABLE event_participants AS
SELECT r.meeting_id, r.article_id, r.meeting_date, r.meeting_kind, r.day_part, p.person_id
FROM event_reports r
JOIN bridge_meeting_person p ON p.meeting_id = r.meeting_id AND p.role <> 'mentioned'
WHERE r.meeting_kind NOT IN ('hội nghị', 'họp');
-- Same organiser: within a group of one day, kind and organiser, the reports of part p or of no
-- part (S_p; a group with no part at all is one S) are all linked when they come from two articles
-- or more. A star from each S_p's smallest report links them as the pairs would (the same events),
-- in n rows instead of n² pairs: a day with hundreds of reports of one meeting stays cheap.
CREATE OR REPLACE TEMP TABLE event_links AS
WITH parts AS (
    SELECT DISTINCT meeting_date, meeting_kind, organizer_key, day_part AS part
    FROM event_reports WHERE organizer_key IS NOT NULL AND day_part IS NOT NULL
    UNION
    SELECT meeting_date, meeting_kind, organizer_key, ''
    FROM event_reports WHERE organizer_key IS NOT NULL
    GROUP BY ALL HAVING count(day_part) = 0
), members AS (
    SELECT p.meeting_date, p.meeting_kind, p.organizer_key, p.part, r.meeting_id, r.article_id
    FROM parts p
    JOIN event_reports r USING (meeting_date, meeting_kind, organizer_key)
    WHERE r.day_part IS NULL OR r.day_part = p.part
), hubs AS (
    SELECT meeting_date, meeting_kind, organizer_key, part, min(meeting_id) AS hub
    FROM members GROUP BY ALL HAVING count(DISTINCT article_id) >= 2
), star AS (
    SELECT m.meeting_id, h.hub AS other
    FROM members m JOIN hubs h USING (meeting_date, meeting_kind, organizer_key, part)
    WHERE m.meeting_id <> h.hub
)
SELECT meeting_id, other FROM star
UNION
SELECT other, meeting_id FROM star
UNION
-- Two persons in common (any organiser): found from the persons of those days' reports, joined on
-- person, day and kind together (a person in thousands of meetings must not pair them all first).
SELECT a.meeting_id, b.meeting_id
FROM event_participants a
JOIN event_participants b
  ON b.person_id = a.person_id
 AND b.meeting_date = a.meeting_date
 AND b.meeting_kind = a.meeting_kind
 AND b.article_id <> a.article_id
 AND (a.day_part IS NULL OR b.day_part IS NULL OR a.day_part = b.day_part)
GROUP BY a.meeting_id, b.meeting_id
HAVING count(*) >= 2;
-- Connected reports, by label propagation: every report takes the smallest meeting_id among its
-- links, then among its links' labels, until nothing changes (USING KEY keeps one row per report, so
-- an event of n reports costs n rows per round, not the n² pairs of a transitive closure).
CREATE OR REPLACE TEMP TABLE event_of AS
WITH RECURSIVE label(meeting_id, event_id) USING KEY (meeting_id) AS (
    SELECT meeting_id, min(least(meeting_id, other)) FROM event_links GROUP BY meeting_id
    UNION
    SELECT l.meeting_id, min(changed.event_id)
    FROM label changed
    JOIN event_links l ON l.other = changed.meeting_id
    JOIN recurring.label now ON now.meeting_id = l.meeting_id
    GROUP BY l.meeting_id
    HAVING min(changed.event_id) < any_value(now.event_id)
)
SELECT meeting_id, event_id FROM label;
UPDATE fact_meeting SET event_id = meeting_id
WHERE (event_id IS NULL OR meeting_date IN (SELECT meeting_date FROM event_days))
  AND event_id IS DISTINCT FROM meeting_id AND meeting_id NOT IN (SELECT meeting_id FROM event_of);
UPDATE fact_meeting SET event_id = e.event_id
FROM event_of e
WHERE fact_meeting.meeting_id = e.meeting_id AND fact_meeting.event_id IS DISTINCT FROM e.event_id;
