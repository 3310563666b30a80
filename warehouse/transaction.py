"""One DuckDB transaction, committed at the end of the block or rolled back on any exception."""

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT around the block; ROLLBACK on any exception, a signal's included.

    BEGIN is inside the try: a signal that comes during BEGIN is raised as soon as it returns, and
    that transaction must be rolled back too, or the writes after it (a run's last `etl_runs` row)
    would join it and be lost when the warehouse closes.
    """
    try:
        con.execute("BEGIN TRANSACTION")
        yield
        con.execute("COMMIT")
    except BaseException as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error as rollback_error:
            # e.g. a COMMIT that failed on a full disk has already ended the transaction: the
            # rollback's "no transaction is active" must not hide the real error.
            exc.add_note(f"(the rollback after it failed too: {rollback_error})")
        raise
