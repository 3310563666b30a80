-- Who chaired most: real meetings chaired per person (one meeting reported by several articles counts
-- once: meeting_events), with the first and last meeting date.
SELECT p.full_name, count(DISTINCT coalesce(m.event_id, m.meeting_id)) AS meetings_chaired,
       min(m.meeting_date) AS first_meeting, max(m.meeting_date) AS last_meeting
FROM bridge_meeting_person b
JOIN fact_meeting m USING (meeting_id)
JOIN dim_person p USING (person_id)
WHERE b.role = 'chair'
GROUP BY ALL
ORDER BY meetings_chaired DESC, p.full_name
LIMIT 20;
