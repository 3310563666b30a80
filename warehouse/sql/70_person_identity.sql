-- Person identity: a name carried by two people is two persons (the rule: transforms/person_identity.py).
-- person_split (registered by the loader, warehouse/person_identity.py, from all the evidence in the
-- warehouse, after every fact and bridge of the batch is in) gives, for each article of a parted name
-- outside its main person, that article's person; every other article of the name is the main
-- person's, whose person_id is the name's own (the dim_person row with no identity_basis). Recomputed
-- at every load for the names the batch mentions, from all their evidence, and re-pointed from the
-- name's own id, so the same files give
-- the same persons whatever the order and the number of runs they are loaded in; a new article may
-- join two of a name's persons into one, or part them.

-- The persons found: their rows (the name's own full_name), their basis kept up to date.
INSERT INTO dim_person (person_id, full_name, name_key, identity_basis)
SELECT s.person_id, any_value(own.full_name), s.name_key, any_value(s.identity_basis)
FROM person_split s
JOIN dim_person own ON own.name_key = s.name_key AND own.identity_basis IS NULL
GROUP BY s.person_id, s.name_key
ON CONFLICT (person_id) DO UPDATE SET identity_basis = excluded.identity_basis;

-- Every mention of a name parted now or before, and the person it belongs to if not the one it has.
CREATE OR REPLACE TEMP TABLE person_repoint AS
WITH names AS (
    SELECT name_key FROM person_split
    UNION SELECT name_key FROM dim_person
          WHERE identity_basis IS NOT NULL AND name_key IN (SELECT name_key FROM stg_person_mention)
),
persons AS (SELECT person_id, name_key FROM dim_person WHERE name_key IN (SELECT name_key FROM names)),
mentions AS (
    SELECT article_id, person_id FROM bridge_article_person WHERE person_id IN (SELECT person_id FROM persons)
    UNION SELECT article_id, person_id FROM bridge_person_title WHERE person_id IN (SELECT person_id FROM persons)
    UNION SELECT article_id, person_id FROM fact_appointment WHERE person_id IN (SELECT person_id FROM persons)
    UNION SELECT m.article_id, mp.person_id FROM bridge_meeting_person mp JOIN fact_meeting m USING (meeting_id)
          WHERE mp.person_id IN (SELECT person_id FROM persons)
)
SELECT x.article_id, x.person_id AS old_id, coalesce(s.person_id, own.person_id) AS new_id, p.name_key
FROM mentions x
JOIN persons p USING (person_id)
JOIN dim_person own ON own.name_key = p.name_key AND own.identity_basis IS NULL
LEFT JOIN person_split s ON s.article_id = x.article_id AND s.name_key = p.name_key
WHERE coalesce(s.person_id, own.person_id) <> x.person_id;

UPDATE bridge_article_person SET person_id = r.new_id FROM person_repoint r
WHERE bridge_article_person.article_id = r.article_id AND bridge_article_person.person_id = r.old_id;
UPDATE bridge_person_title SET person_id = r.new_id FROM person_repoint r
WHERE bridge_person_title.article_id = r.article_id AND bridge_person_title.person_id = r.old_id;
UPDATE fact_appointment SET person_id = r.new_id FROM person_repoint r
WHERE fact_appointment.article_id = r.article_id AND fact_appointment.person_id = r.old_id;
UPDATE bridge_meeting_person SET person_id = r.new_id FROM person_repoint r, fact_meeting m
WHERE m.meeting_id = bridge_meeting_person.meeting_id AND m.article_id = r.article_id
  AND bridge_meeting_person.person_id = r.old_id;

-- A person the evidence no longer parts from its name's main one is gone (its articles are re-pointed).
-- (Only the batch's names were recomputed: person_split says nothing about the others.)
DELETE FROM dim_person WHERE identity_basis IS NOT NULL AND person_id NOT IN (SELECT person_id FROM person_split)
  AND name_key IN (SELECT name_key FROM stg_person_mention);

-- first_seen and last_seen of every person of a name whose mentions moved (50_dim_person.sql dated the
-- batch's mentions before they were re-pointed).
UPDATE dim_person SET first_seen = s.first_seen, last_seen = s.last_seen
FROM (
    SELECT p.person_id, min(d.seen_on) AS first_seen, max(d.seen_on) AS last_seen
    FROM dim_person p LEFT JOIN person_mention_dates d USING (person_id)
    WHERE p.name_key IN (SELECT name_key FROM person_repoint UNION SELECT name_key FROM person_split)
    GROUP BY p.person_id
) s
WHERE dim_person.person_id = s.person_id
  AND (dim_person.first_seen IS DISTINCT FROM s.first_seen OR dim_person.last_seen IS DISTINCT FROM s.last_seen);
