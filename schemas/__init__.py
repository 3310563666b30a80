"""pandera schemas, one per staging table, and the lazy validator that splits good rows from rejects."""
