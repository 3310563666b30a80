-- Most-cited documents: articles citing each coded document.
SELECT d.doc_code, d.doc_type, d.issued_date, count(DISTINCT b.article_id) AS articles, d.title
FROM bridge_article_document b
JOIN dim_document d USING (document_id)
GROUP BY ALL
ORDER BY articles DESC, d.doc_code
LIMIT 20;
