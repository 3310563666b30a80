-- fact_meeting: one row per meeting an article reports. event_id is set by 80_event_id.sql.
INSERT INTO fact_meeting (meeting_id, article_id, meeting_date, date_text, meeting_kind, organizer, location, is_online,
                          connection_points, evidence_start, evidence_end, organizer_key, day_part)
SELECT meeting_id, article_id, meeting_date, date_text, meeting_kind, organizer, location, is_online,
       connection_points, evidence_start, evidence_end, organizer_key, day_part
FROM stg_meeting;
