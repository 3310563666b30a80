-- dim_title: one row per distinct title phrase, as written, with its parts (transforms/titles.py).
-- A phrase seen again is parsed again: the newest parse wins, so a better grammar reaches old rows
-- whenever their phrase is loaded again.
INSERT INTO dim_title (title_id, title_text, position, organ, parent_organ, place, level, kind, status, sole_holder)
SELECT title_id, any_value(title_text), any_value(position), any_value(organ), any_value(parent_organ),
       any_value(place), any_value(level), any_value(kind), any_value(status), any_value(sole_holder)
FROM stg_person_title
GROUP BY title_id
ON CONFLICT (title_id) DO UPDATE SET
    position = excluded.position, organ = excluded.organ, parent_organ = excluded.parent_organ,
    place = excluded.place, level = excluded.level, kind = excluded.kind, status = excluded.status,
    sole_holder = excluded.sole_holder;
