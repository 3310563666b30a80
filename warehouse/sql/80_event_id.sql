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
CREATE OR REPLACE TEMP TABLE event_pairs AS
SELECT a.meeting_id AS meeting_id, b.meeting_id AS other, a.organizer_key = b.organizer_key AS same_organizer,
       a.meeting_kind NOT IN ('hội nghị', 'họp') AS specific_kind
FROM fact_meeting a
JOIN fact_meeting b
  ON a.meeting_date = b.meeting_date
 AND a.meeting_date IN (SELECT meeting_date FROM event_days)
 AND a.article_id <> b.article_id
 AND a.meeting_kind = b.meeting_kind
 AND (a.day_part IS NULL OR b.day_part IS NULL OR a.day_part = b.day_part);
CREATE OR REPLACE TEMP TABLE event_links AS
SELECT meeting_id, other FROM event_pairs WHERE same_organizer
UNION
SELECT p.meeting_id, p.other
FROM event_pairs p
JOIN bridge_meeting_person a ON a.meeting_id = p.meeting_id AND a.role <> 'mentioned'
JOIN bridge_meeting_person b ON b.meeting_id = p.other AND b.role <> 'mentioned' AND b.person_id = a.person_id
WHERE p.specific_kind
GROUP BY p.meeting_id, p.other
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
