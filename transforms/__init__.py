"""Pure transforms (no Prefect, no DuckDB): decoding, cleaning, and extracting meetings, persons, documents, dates."""
