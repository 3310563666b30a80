-- dim_person.first_seen/last_seen: the dates of the articles (or their meetings) that name the person.
UPDATE dim_person p SET first_seen = s.first_seen, last_seen = s.last_seen
FROM (
    SELECT b.person_id,
           min(coalesce(CAST(a.published_at AS DATE), m.meeting_date)) AS first_seen,
           max(coalesce(CAST(a.published_at AS DATE), m.meeting_date)) AS last_seen
    FROM bridge_article_person b
    JOIN dim_article a USING (article_id)
    LEFT JOIN fact_meeting m USING (article_id)
    WHERE b.person_id IN (SELECT person_id FROM stg_person_mention)
    GROUP BY b.person_id
) s
WHERE p.person_id = s.person_id;
