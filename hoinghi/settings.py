"""The defaults a user sees, defined once: the CLI, the flow, `hoinghi serve` and prefect.yaml agree on them."""

import os

INBOX = os.environ.get("HOINGHI_INBOX", "inbox")  # the folder of article files
DB = os.environ.get("HOINGHI_DB", "hoinghi.duckdb")  # the DuckDB warehouse file
# Files per parse task and per load. Each batch has a fixed cost besides its files (a load's ~40 SQL
# statements, ~0.2 s; pandera's checks, ~0.2 s): 10,000 articles took 28.6 s in batches of 200,
# 24.8 s of 500, 23.6 s of 1,000 (default path, 2 cores). Memory grows with it: a few are in flight.
BATCH_SIZE = 1000
MAX_FILE_MB = 20  # larger files are rejected unread
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
# `auto`: threads (no pool to start) for the hourly run of a few new files; worker processes on every
# core from PROCESSES_FROM_FILES files to parse (a first load, a backlog): flows/runners.py.
TASK_RUNNER = "auto"
PROCESSES_FROM_FILES = 1000
