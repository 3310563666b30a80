-- bridge_meeting_person: a person's part in a meeting, with the titles the article gave them.
INSERT INTO bridge_meeting_person
SELECT meeting_id, person_id, role, title_text
FROM stg_meeting_person
WHERE meeting_id IN (SELECT meeting_id FROM stg_meeting);
