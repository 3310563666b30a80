"""A progress bar for long runs on a terminal; nothing at all in CI logs or pipes."""

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


def wanted(quiet: bool, stream=None) -> bool:
    """A bar only for a person watching: a terminal, not CI (CI=true), not --quiet."""
    stream = stream or sys.stderr
    return not quiet and stream.isatty() and os.environ.get("CI", "").lower() not in ("1", "true", "yes")


@contextmanager
def file_progress(enabled: bool, console: Console | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a listener `(files done, files to do)` that moves the bar, or None when disabled."""
    if not enabled:
        yield None
        return
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console or Console(stderr=True)) as bar:
        task = bar.add_task("ingest", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)
