"""The writer connection (warehouse/loader.py): how it keeps committed batches between checkpoints."""

import os
import subprocess
import sys

import pandas as pd
import pytest

from hoinghi.warehouse import loader
from hoinghi.warehouse.contract import REJECT_COLUMNS

# Updates 3 million BIGINTs, which the WAL logs as about 48 MB: more than DuckDB's default checkpoint
# threshold (16 MB) and less than the writer's. Then dies without closing the warehouse.
COMMIT_THEN_DIE = """
import os, signal, sys
from hoinghi.warehouse import loader
con = loader.connect(sys.argv[1])
con.execute("CREATE TABLE big AS SELECT range AS i FROM range(3000000)")
con.execute("UPDATE big SET i = i + 1")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_commit_waits_in_the_wal_for_a_checkpoint_and_survives_a_kill(tmp_path):
    db = tmp_path / "w.duckdb"
    died = subprocess.run([sys.executable, "-c", COMMIT_THEN_DIE, str(db)], capture_output=True, text=True)
    assert died.returncode == -9, died.stderr[-2000:]
    # Not checkpointed: the commit is in the WAL only (at DuckDB's default threshold the file would
    # have been rewritten at once and the WAL emptied).
    wal = tmp_path / "w.duckdb.wal"
    assert wal.exists() and wal.stat().st_size > 16 * 2**20
    con = loader.connect(db)  # replays the WAL
    assert con.execute("SELECT count(*), sum(i) FROM big").fetchone() == (3_000_000, 3_000_001 * 3_000_000 // 2)
    con.close()
    assert not wal.exists() or os.path.getsize(wal) == 0  # closing checkpoints it into the file


class _SignalAfterBegin:
    """The run's connection, with a signal handled right after BEGIN returns (Python runs a signal's
    handler at the next instruction after a C call, here before the code that follows BEGIN)."""

    def __init__(self, con):
        self.con = con

    def execute(self, sql, *args):
        result = self.con.execute(sql, *args)
        if sql == "BEGIN TRANSACTION":
            raise KeyboardInterrupt
        return result

    def __getattr__(self, name):
        return getattr(self.con, name)


def test_a_signal_right_after_begin_leaves_no_transaction_open(tmp_path):
    con = loader.connect(tmp_path / "w.duckdb")
    empty = pd.DataFrame({"source_path": pd.Series([], dtype="string"), "status": pd.Series([], dtype="string")})
    with pytest.raises(KeyboardInterrupt):
        loader.load_batch(_SignalAfterBegin(con), {}, empty, pd.DataFrame(columns=list(REJECT_COLUMNS)))
    # The run then writes its end in etl_runs: outside any transaction, so it is committed at once
    # (inside the batch's, it would have been rolled back when the warehouse closed).
    con.execute("BEGIN TRANSACTION")  # "cannot start a transaction within a transaction" if one were open
    con.execute("ROLLBACK")
    con.close()
