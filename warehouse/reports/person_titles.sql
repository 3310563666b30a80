-- One person's titles over time. Parameter: person (part of the name, any case), e.g. --param person="Mai Văn Chính".
SELECT full_name, title_text, first_seen, last_seen, articles
FROM person_title_history
WHERE lower(full_name) LIKE '%' || lower($person) || '%'
ORDER BY full_name, first_seen NULLS LAST, title_text;
