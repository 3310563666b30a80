-- bridge_article_person: a person named in an article, with every title phrase it gives them.
INSERT INTO bridge_article_person (article_id, person_id, title_text, evidence_start, evidence_end, titles)
SELECT article_id, person_id, title_text, evidence_start, evidence_end, titles
FROM stg_person_mention
WHERE article_id IN (SELECT article_id FROM stg_article);
