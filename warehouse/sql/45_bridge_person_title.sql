-- bridge_person_title: each title an article gives a person, dated like the mention
-- (person_mention_dates, 01_views.sql): after the meetings and the person bridges of the batch.
INSERT INTO bridge_person_title (article_id, person_id, title_id, seen_on, evidence_start, evidence_end)
SELECT t.article_id, t.person_id, t.title_id, d.seen_on, t.evidence_start, t.evidence_end
FROM stg_person_title t
LEFT JOIN person_mention_dates d USING (article_id, person_id)
WHERE t.article_id IN (SELECT article_id FROM stg_article);
