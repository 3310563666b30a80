"""The defaults a user sees, defined once: the CLI, the flow, `hoinghi serve` and prefect.yaml agree on them."""

import os

INBOX = os.environ.get("HOINGHI_INBOX", "inbox")  # the folder of article files
DB = os.environ.get("HOINGHI_DB", "hoinghi.duckdb")  # the DuckDB warehouse file
# Files per parse task and per load. Each batch has a fixed cost besides its files (its load's ~40 SQL
# statements, which read the warehouse: ~0.2 s into a small one, ~0.6 s into one of 100,000 articles;
# pandera's checks, ~0.2 s), so a big backlog goes in bigger batches: by default (None) about
# BATCHES_PER_RUN batches, from BATCH_SIZE_MIN to BATCH_SIZE_MAX files each (flows/runners.py).
# 100,000 articles took 141-142 s in batches of 1,000 and 116-127 s in batches of 4,000 (default
# path, 2 cores). Memory grows with it (a few batches are in flight): peak RSS 0.69 GiB at 1,000 and
# 0.79 GiB at 4,000, which is why it stops there. A number (--batch-size) sets it instead.
BATCH_SIZE: int | None = None
BATCH_SIZE_MIN, BATCH_SIZE_MAX = 1000, 4000
BATCHES_PER_RUN = 25
MAX_FILE_MB = 20  # larger files are rejected unread
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
# `auto`: threads (no pool to start) for the hourly run of a few new files; worker processes on every
# core from PROCESSES_FROM_FILES files to parse (a first load, a backlog): flows/runners.py.
TASK_RUNNER = "auto"
PROCESSES_FROM_FILES = 1000
