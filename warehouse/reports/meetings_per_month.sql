-- Meetings per month and kind: real meetings (meeting_events), however many articles report each; reports
-- counts the articles' reports of them. Meetings without a known date are left out.
SELECT strftime(meeting_date, '%Y-%m') AS month, meeting_kind, count(*) AS meetings, sum(reports) AS reports
FROM meeting_events
WHERE meeting_date IS NOT NULL
GROUP BY ALL
ORDER BY month, meetings DESC, meeting_kind;
