-- dim_article: one row per source article; a changed file replaced its old row in 05_delete_replaced.sql.
INSERT INTO dim_article (article_id, source_path, content_sha256, title, published_at, source_name, authors,
                         category, body_text, encoding, text_sha256)
SELECT article_id, source_path, content_sha256, title, published_at, source_name, authors, category,
       body_text, encoding, text_sha256
FROM stg_article
ON CONFLICT (article_id) DO UPDATE SET source_path = excluded.source_path;
