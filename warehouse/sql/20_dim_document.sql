-- dim_document: one row per document (a code and its issue date, or a code cited undated); a later
-- mention fills in a title we lacked. The date is part of the identity, so it is the mention's own.
INSERT INTO dim_document
SELECT document_id, arg_min(doc_code, evidence_start), any_value(code_key), any_value(doc_type),
       any_value(doc_number), any_value(issuer_code), min(issued_date), any_value(title)
FROM stg_document_mention
GROUP BY document_id
ON CONFLICT (document_id) DO UPDATE SET
    issued_date = excluded.issued_date,
    title = coalesce(dim_document.title, excluded.title);
