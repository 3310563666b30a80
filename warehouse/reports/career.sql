-- One person's career: posts held (office_holders) and personnel changes (fact_appointment) in date order, with their evidence. Parameter: person (part of the name, any case), e.g. --param person="Mai Văn Chính".
WITH chosen AS (
    -- a name's other persons (person identity) told apart by what sets them apart: 'A (district: B)'
    SELECT person_id, full_name || coalesce(' (' || identity_basis || ')', '') AS full_name
    FROM dim_person WHERE lower(full_name) LIKE '%' || lower($person) || '%'
),
posts AS (
    SELECT person_id, 'post' AS entry, first_seen AS on_day, coalesce(held_until, last_seen) AS until_day,
           concat_ws(' ', position, organ, place) AS what,
           coalesce('ended: ' || ended_by, CASE WHEN first_seen IS NOT NULL THEN 'held when last seen' END) AS detail,
           articles || CASE WHEN articles = 1 THEN ' article' ELSE ' articles' END AS evidence
    FROM office_holders
),
changes AS (
    SELECT f.person_id, 'change', f.effective_date, NULL::DATE,
           f.action || ': ' || coalesce(f.position_text, '(no post named)'),
           nullif(concat_ws('; ', 'from ' || f.from_position_text, 'decision ' || f.decision_code), ''),
           a.source_path
    FROM fact_appointment f JOIN dim_article a USING (article_id)
)
SELECT c.full_name, e.entry, e.on_day, e.until_day, e.what, e.detail, e.evidence
FROM chosen c JOIN (SELECT * FROM posts UNION ALL SELECT * FROM changes) e USING (person_id)
ORDER BY c.full_name, coalesce(e.on_day, e.until_day) NULLS LAST, e.entry DESC, e.what;
