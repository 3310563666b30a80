-- person_mention_dates: the day each mention of a person (bridge_article_person) is dated, defined
-- once for dim_person.first_seen/last_seen and person_title_history.
--
-- A mention is dated by the meeting the person took part in (the earliest, if several), else the
-- article's first dated meeting, else the article's publication date: the day the person was seen,
-- not the day it was printed. NULL when the article has none of these dates.
CREATE OR REPLACE VIEW person_mention_dates AS
SELECT b.article_id, b.person_id,
       coalesce(took_part.meeting_date, first_meeting.meeting_date, CAST(a.published_at AS DATE)) AS seen_on
FROM bridge_article_person b
JOIN dim_article a USING (article_id)
LEFT JOIN (
    SELECT m.article_id, mp.person_id, min(m.meeting_date) AS meeting_date
    FROM bridge_meeting_person mp JOIN fact_meeting m USING (meeting_id)
    GROUP BY ALL
) took_part USING (article_id, person_id)
LEFT JOIN (
    SELECT article_id, min(meeting_date) AS meeting_date FROM fact_meeting GROUP BY ALL
) first_meeting USING (article_id);
-- person_title_history: how a person's titles change over time (one row per person and title).
--
-- A title is one the person holds (bridge_person_title → dim_title: 'Phó Trưởng Ban Thường trực Ban
-- Tổ chức Trung ương', with its position, organ, place and status), seen on its mention's day
-- (person_mention_dates). Articles loaded before bridge_person_title existed have no rows there:
-- their titles come from bridge_article_person.titles, unparsed (title_id and the parts NULL).
-- A title seen only in articles with no date is kept, with first_seen and last_seen NULL;
-- undated_articles counts the articles that could not date it.
CREATE OR REPLACE VIEW person_title_history AS
WITH parsed AS (
    SELECT bt.person_id, bt.article_id, bt.seen_on, t.title_id, t.title_text,
           t.position, t.organ, t.parent_organ, t.place, t.level, t.status
    FROM bridge_person_title bt JOIN dim_title t USING (title_id)
),
unparsed AS (
    SELECT b.person_id, b.article_id, d.seen_on, NULL::BIGINT AS title_id, trim(u.title) AS title_text,
           NULL AS position, NULL AS organ, NULL AS parent_organ, NULL AS place, NULL AS level, NULL AS status
    FROM bridge_article_person b
    JOIN person_mention_dates d USING (article_id, person_id)
    CROSS JOIN unnest(coalesce(string_split(b.titles, '; '), string_split(coalesce(b.title_text, ''), ', ')))
        AS u(title)
    WHERE trim(u.title) <> ''
      AND b.article_id NOT IN (SELECT article_id FROM bridge_person_title)
),
titles AS (SELECT * FROM parsed UNION ALL SELECT * FROM unparsed)
SELECT p.person_id, p.full_name, t.title_id, t.title_text, t.position, t.organ, t.parent_organ, t.place,
       t.level, t.status,
       min(t.seen_on) AS first_seen, max(t.seen_on) AS last_seen,
       count(DISTINCT t.article_id) AS articles,
       count(DISTINCT t.article_id) FILTER (WHERE t.seen_on IS NULL) AS undated_articles
FROM titles t JOIN dim_person p USING (person_id)
GROUP BY ALL;
-- meeting_events (contract v2): one row per real meeting however many articles report it
-- (fact_meeting.event_id, 60_event_id.sql; a row loaded before event_id existed is an event of its own).
-- meeting_date: the day (the earliest, should reports disagree); meeting_kind and organizer: the ones
-- most reports give (ties: the first in alphabetical order); reports: the meetings linked into it;
-- articles: the articles reporting it.
CREATE OR REPLACE VIEW meeting_events AS
WITH reports AS (
    SELECT coalesce(event_id, meeting_id) AS event_id, meeting_id, article_id, meeting_date, meeting_kind, organizer
    FROM fact_meeting
),
kinds AS (
    SELECT event_id, meeting_kind AS value, count(*) AS n FROM reports WHERE meeting_kind IS NOT NULL GROUP BY ALL
),
organizers AS (
    SELECT event_id, organizer AS value, count(*) AS n FROM reports WHERE organizer IS NOT NULL GROUP BY ALL
)
SELECT r.event_id, min(r.meeting_date) AS meeting_date,
       (SELECT k.value FROM kinds k WHERE k.event_id = r.event_id ORDER BY k.n DESC, k.value LIMIT 1) AS meeting_kind,
       (SELECT o.value FROM organizers o WHERE o.event_id = r.event_id ORDER BY o.n DESC, o.value LIMIT 1) AS organizer,
       count(*) AS reports, count(DISTINCT r.article_id) AS articles
FROM reports r
GROUP BY r.event_id;
