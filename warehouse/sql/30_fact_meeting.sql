-- fact_meeting: one row per meeting an article reports.
INSERT INTO fact_meeting (meeting_id, article_id, meeting_date, date_text, meeting_kind, organizer, location, is_online,
                          connection_points, evidence_start, evidence_end)
SELECT meeting_id, article_id, meeting_date, date_text, meeting_kind, organizer, location, is_online,
       connection_points, evidence_start, evidence_end
FROM stg_meeting;
