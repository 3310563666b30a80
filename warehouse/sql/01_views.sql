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
-- office_holders: who held a post, from when to when (one row per post and person).
--
-- A post is a title's position, organ and place (dim_title, kind 'post'), its status folded:
-- 'nguyên Bí thư Tỉnh ủy X', 'tân Bí thư Tỉnh ủy X' and 'Bí thư Tỉnh uỷ X' are one post. A title
-- written without its place ('Bí thư Tỉnh ủy') takes the place the same article gives the same
-- person's same position and organ. The evidence:
--   held      a title the person is given, seen on its mention's day (bridge_person_title.seen_on);
--   started   an appointment to the post (fact_appointment, any action but relieve, retire, nominate);
--   ended     a relieve or retire from the post;
--   former    a 'nguyên …' title: the holding ended before that day.
-- first_seen: the earliest start or sighting; last_seen: the latest sighting or start. held_until:
-- the day the holding is known to have ended (the first relieve, retire or 'nguyên' on or after
-- first_seen, or, for a post one person holds at a time (dim_title.sole_holder) whose place is
-- known or that is central, the next holder's first_seen), NULL while nothing says it ended; ended_by says which
-- ('relieve', 'retire', 'former', 'successor').
-- Limits: one holding per person and post (a second term after a gap is one row); a post named
-- with different place spellings ('TP.HCM', 'Thành phố Hồ Chí Minh') is as many posts.
CREATE OR REPLACE VIEW office_holders AS
WITH titles AS (
    SELECT bt.article_id, bt.person_id, bt.seen_on, t.title_id, t.position, t.organ, t.status, t.level, t.sole_holder,
           coalesce(t.place, (
               SELECT min(t2.place) FROM bridge_person_title b2 JOIN dim_title t2 USING (title_id)
               WHERE b2.article_id = bt.article_id AND b2.person_id = bt.person_id
                 AND t2.position = t.position AND t2.organ IS NOT DISTINCT FROM t.organ AND t2.place IS NOT NULL
           )) AS place
    FROM bridge_person_title bt JOIN dim_title t USING (title_id)
    WHERE t.kind = 'post' AND t.position IS NOT NULL
),
evidence AS (
    SELECT article_id, person_id, title_id, position, organ, place, level, sole_holder, seen_on AS on_day,
           CASE WHEN status = 'former' THEN 'former' ELSE 'held' END AS what, NULL AS action
    FROM titles
    UNION ALL
    SELECT a.article_id, a.person_id, a.title_id, t.position, t.organ, t.place, t.level, t.sole_holder, a.effective_date,
           CASE WHEN a.action IN ('relieve', 'retire') THEN 'ended' ELSE 'started' END, a.action
    FROM fact_appointment a JOIN dim_title t USING (title_id)
    WHERE a.action <> 'nominate' AND t.position IS NOT NULL
),
keyed AS (
    SELECT *, lower(concat_ws(' | ', position, coalesce(organ, ''), coalesce(place, ''))) AS post_key FROM evidence
),
holdings AS (
    SELECT post_key, person_id, bool_and(sole_holder) AND (min(place) IS NOT NULL OR min(level) = 'central') AS sole,
           min(title_id) AS title_id, min(position) AS position, min(organ) AS organ, min(place) AS place,
           min(on_day) FILTER (WHERE what IN ('held', 'started')) AS first_seen,
           max(on_day) FILTER (WHERE what IN ('held', 'started')) AS last_seen,
           count(DISTINCT article_id) AS articles
    FROM keyed GROUP BY post_key, person_id
),
ends AS (
    SELECT h.post_key, h.person_id, coalesce(k.action, k.what) AS ended_by, k.on_day AS ended_on
    FROM holdings h JOIN keyed k ON k.post_key = h.post_key AND k.person_id = h.person_id
    WHERE k.what IN ('ended', 'former') AND k.on_day IS NOT NULL AND (h.first_seen IS NULL OR k.on_day >= h.first_seen)
    UNION ALL
    SELECT h.post_key, h.person_id, 'successor', min(n.first_seen)
    FROM holdings h JOIN holdings n ON n.post_key = h.post_key AND n.person_id <> h.person_id
    WHERE n.first_seen > h.first_seen AND h.sole  -- a deputy's or member's post, or one without its place, is shared
    GROUP BY ALL
),
first_end AS (
    SELECT post_key, person_id, min(ended_on) AS held_until, arg_min(ended_by, ended_on) AS ended_by
    FROM ends GROUP BY ALL
)
SELECT h.title_id, h.position, h.organ, h.place, h.person_id, p.full_name, h.first_seen, h.last_seen,
       e.held_until, e.ended_by, h.articles
FROM holdings h
JOIN dim_person p USING (person_id)
LEFT JOIN first_end e USING (post_key, person_id);

-- meeting_events (contract v2): one row per real meeting however many articles report it
-- (fact_meeting.event_id, 80_event_id.sql; a row loaded before event_id existed is an event of its own).
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
