-- person_title_history: how a person's titles change over time (one row per person and title).
CREATE OR REPLACE VIEW person_title_history AS
WITH titles AS (
    SELECT b.person_id, trim(t.title) AS title_text, a.article_id,
           coalesce(CAST(a.published_at AS DATE), m.first_meeting) AS seen_on
    FROM bridge_article_person b
    JOIN dim_article a USING (article_id)
    LEFT JOIN (SELECT article_id, min(meeting_date) AS first_meeting FROM fact_meeting GROUP BY 1) m
        USING (article_id)
    CROSS JOIN unnest(string_split(coalesce(b.title_text, ''), ', ')) AS t(title)
    WHERE trim(t.title) <> ''
)
SELECT p.person_id, p.full_name, t.title_text,
       min(t.seen_on) AS first_seen, max(t.seen_on) AS last_seen,
       count(DISTINCT t.article_id) AS articles
FROM titles t JOIN dim_person p USING (person_id)
GROUP BY ALL;
