-- dim_person: one row per real person, keyed by the normalised name (name_key).
INSERT INTO dim_person (person_id, full_name, name_key)
SELECT person_id, any_value(full_name), any_value(name_key)
FROM stg_person_mention
GROUP BY person_id
ON CONFLICT (person_id) DO NOTHING;
