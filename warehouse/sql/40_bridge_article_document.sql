-- bridge_article_document: a document cited in an article, with the words that cite it.
INSERT INTO bridge_article_document
SELECT article_id, document_id, mention_text, evidence_start, evidence_end
FROM stg_document_mention
WHERE article_id IN (SELECT article_id FROM stg_article)
  AND document_id IN (SELECT document_id FROM dim_document);
