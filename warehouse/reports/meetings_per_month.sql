-- Meetings per month and kind (meetings without a known date are left out).
SELECT strftime(meeting_date, '%Y-%m') AS month, meeting_kind, count(*) AS meetings
FROM fact_meeting
WHERE meeting_date IS NOT NULL
GROUP BY ALL
ORDER BY month, meetings DESC, meeting_kind;
