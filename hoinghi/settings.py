"""The defaults a user sees, defined once: the CLI, the flow, `hoinghi serve` and prefect.yaml agree on them."""

import os

INBOX = os.environ.get("HOINGHI_INBOX", "inbox")  # the folder of article files
DB = os.environ.get("HOINGHI_DB", "hoinghi.duckdb")  # the DuckDB warehouse file
BATCH_SIZE = 200  # files per parse task: task runs grow with batches, not files
MAX_FILE_MB = 20  # larger files are rejected unread
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
# `auto`: threads (no pool to start) for the hourly run of a few new files; worker processes on every
# core from PROCESSES_FROM_FILES files to parse (a first load, a backlog): flows/runners.py.
TASK_RUNNER = "auto"
PROCESSES_FROM_FILES = 1000
