-- Rows of articles whose file changed or is reloaded, or whose file was renamed (batch_moved: its
-- text is now loaded from old_path's new name): the batch's new rows replace them.
CREATE OR REPLACE TEMP TABLE replaced AS
SELECT article_id FROM dim_article WHERE source_path IN (SELECT source_path FROM batch_files)
UNION SELECT article_id FROM dim_article WHERE source_path IN (SELECT old_path FROM batch_moved)
UNION SELECT article_id FROM stg_article;
DELETE FROM bridge_meeting_person WHERE meeting_id IN
    (SELECT meeting_id FROM fact_meeting WHERE article_id IN (SELECT article_id FROM replaced));
DELETE FROM fact_meeting WHERE article_id IN (SELECT article_id FROM replaced);
DELETE FROM fact_appointment WHERE article_id IN (SELECT article_id FROM replaced);
DELETE FROM bridge_person_title WHERE article_id IN (SELECT article_id FROM replaced);
DELETE FROM bridge_article_person WHERE article_id IN (SELECT article_id FROM replaced);
DELETE FROM bridge_article_document WHERE article_id IN (SELECT article_id FROM replaced);
DELETE FROM dim_article WHERE article_id IN (SELECT article_id FROM replaced);
