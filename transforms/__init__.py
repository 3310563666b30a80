"""Pure text transforms: decode, clean, extract (meetings, persons, documents, dates); no Prefect, no DuckDB."""
