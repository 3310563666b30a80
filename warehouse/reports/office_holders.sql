-- Who held a post when (office_holders). Optional filters, each part of the word, any case: --param position="Bí thư" organ="Tỉnh ủy" place="Nghệ An".
-- optional: position organ place
SELECT position, organ, place, full_name, first_seen, last_seen, held_until, ended_by, articles
FROM office_holders
WHERE ($position IS NULL OR lower(position) LIKE '%' || lower($position) || '%')
  AND ($organ IS NULL OR lower(organ) LIKE '%' || lower($organ) || '%')
  AND ($place IS NULL OR lower(place) LIKE '%' || lower($place) || '%')
ORDER BY position, organ, place NULLS LAST, first_seen NULLS FIRST, full_name;
