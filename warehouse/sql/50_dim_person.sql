-- dim_person: one row per real person, keyed by the normalised name (name_key), with the first and
-- last day a mention of them is dated (person_mention_dates, 01_views.sql). Run after the bridges
-- (which need no dim_person row: they filter on the batch's staging tables) so that the dates see
-- the batch's own mentions and meetings.
INSERT INTO dim_person (person_id, full_name, name_key)
SELECT person_id, any_value(full_name), any_value(name_key)
FROM stg_person_mention
GROUP BY person_id
ON CONFLICT (person_id) DO NOTHING;

UPDATE dim_person p SET first_seen = s.first_seen, last_seen = s.last_seen
FROM (
    SELECT person_id, min(seen_on) AS first_seen, max(seen_on) AS last_seen
    FROM person_mention_dates
    WHERE person_id IN (SELECT person_id FROM stg_person_mention)
    GROUP BY person_id
) s
WHERE p.person_id = s.person_id;
