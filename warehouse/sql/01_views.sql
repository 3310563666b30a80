-- person_title_history: how a person's titles change over time (one row per person and title).
--
-- A title is one the person holds (bridge_article_person.titles: a title with the organ phrases
-- that continue it, 'Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương'), not each phrase of
-- title_text: an organ alone ('Ban Tổ chức Trung ương') is no title. Rows loaded before `titles`
-- existed fall back to title_text's phrases.
--
-- A mention is dated by the meeting the person took part in, else the article's first dated
-- meeting, else the article's publication date: the day the title was held, not the day it was
-- printed. A title seen only in articles with none of these dates is kept, with first_seen and
-- last_seen NULL; undated_articles counts the articles that could not date it.
CREATE OR REPLACE VIEW person_title_history AS
WITH mentions AS (
    SELECT b.person_id, b.article_id,
           coalesce(string_split(b.titles, '; '), string_split(coalesce(b.title_text, ''), ', ')) AS titles,
           coalesce(
               (SELECT min(m.meeting_date) FROM bridge_meeting_person mp JOIN fact_meeting m USING (meeting_id)
                WHERE mp.person_id = b.person_id AND m.article_id = b.article_id),
               (SELECT min(m.meeting_date) FROM fact_meeting m WHERE m.article_id = b.article_id),
               CAST(a.published_at AS DATE)
           ) AS seen_on
    FROM bridge_article_person b
    JOIN dim_article a USING (article_id)
),
titles AS (
    SELECT person_id, article_id, seen_on, trim(t.title) AS title_text
    FROM mentions CROSS JOIN unnest(titles) AS t(title)
    WHERE trim(t.title) <> ''
)
SELECT p.person_id, p.full_name, t.title_text,
       min(t.seen_on) AS first_seen, max(t.seen_on) AS last_seen,
       count(DISTINCT t.article_id) AS articles,
       count(DISTINCT t.article_id) FILTER (WHERE t.seen_on IS NULL) AS undated_articles
FROM titles t JOIN dim_person p USING (person_id)
GROUP BY ALL;
