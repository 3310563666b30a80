"""DuckDB warehouse: DDL, set-based builds from staging, saved reports, and the loader."""
