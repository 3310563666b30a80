-- dim_document: one row per coded document; a later mention fills in a date or title we lacked.
INSERT INTO dim_document
SELECT document_id, arg_min(doc_code, evidence_start), any_value(code_key), any_value(doc_type),
       any_value(doc_number), any_value(issuer_code), min(issued_date), any_value(title)
FROM stg_document_mention
GROUP BY document_id
ON CONFLICT (document_id) DO UPDATE SET
    issued_date = coalesce(dim_document.issued_date, excluded.issued_date),
    title = coalesce(dim_document.title, excluded.title);
