-- fact_appointment: the personnel changes of the batch's articles (transforms/appointments.py), after
-- dim_person (50_) so that every person_id has its row. Each post is a title phrase like any other:
-- parsed into dim_title so that title_id joins it. Only phrases dim_title lacks are added: a phrase
-- it has is parsed already (25_dim_title.sql re-parses it when a person is given it again), and
-- DuckDB's ON CONFLICT trips over dim_title's second unique key (title_text) when the row exists.
INSERT INTO dim_title (title_id, title_text, position, organ, parent_organ, place, level, kind, status, sole_holder)
SELECT title_id, any_value(position_text), any_value(title_position), any_value(title_organ),
       any_value(title_parent_organ), any_value(title_place), any_value(title_level), any_value(title_kind),
       any_value(title_status), any_value(title_sole_holder)
FROM stg_appointment
WHERE title_id IS NOT NULL AND title_id NOT IN (SELECT title_id FROM dim_title)
GROUP BY title_id;

INSERT INTO fact_appointment (appointment_id, article_id, person_id, action, position_text, title_id,
                              from_position_text, decision_code, effective_date, evidence_start, evidence_end)
SELECT appointment_id, article_id, person_id, action, position_text, title_id,
       from_position_text, decision_code, effective_date, evidence_start, evidence_end
FROM stg_appointment
WHERE article_id IN (SELECT article_id FROM stg_article)
ON CONFLICT (appointment_id) DO NOTHING;
