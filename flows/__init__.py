"""Prefect flows: the ingest flow and the plain step functions it wires together."""
