"""The defaults a user sees, defined once: the CLI, the flow, `hoinghi serve` and prefect.yaml agree on them."""

import os

INBOX = os.environ.get("HOINGHI_INBOX", "inbox")  # the folder of article files
DB = os.environ.get("HOINGHI_DB", "hoinghi.duckdb")  # the DuckDB warehouse file
BATCH_SIZE = 200  # files per parse task: task runs grow with batches, not files
MAX_FILE_MB = 20  # larger files are rejected unread
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
TASK_RUNNER = "threads"  # no pool to start: right for the hourly run of a few new files
