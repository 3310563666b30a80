-- dim_document: documents that no loaded article cites any more go (their articles changed, or were
-- keyed by code alone before 2026-12 and reloaded under code and date).
DELETE FROM dim_document
WHERE document_id NOT IN (SELECT document_id FROM bridge_article_document);
