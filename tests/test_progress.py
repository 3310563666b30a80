"""The progress bar: fed by the flow after each batch, shown on a terminal, silent in CI."""

import io

from rich.console import Console

from hoinghi.progress import file_progress, wanted
from tests.conftest import SAMPLE_INBOX


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_the_bar_is_wanted_only_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert wanted(quiet=False, stream=_Stream(tty=True))
    assert not wanted(quiet=True, stream=_Stream(tty=True))
    assert not wanted(quiet=False, stream=_Stream(tty=False))
    monkeypatch.setenv("CI", "true")
    assert not wanted(quiet=False, stream=_Stream(tty=True))


def test_the_flow_reports_files_done_after_each_batch(run_flow, tmp_path):
    from hoinghi.flows.ingest import set_progress_listener

    seen = []
    set_progress_listener(lambda done, total: seen.append((done, total)))
    try:
        run_flow(SAMPLE_INBOX / "seeds", tmp_path / "w.duckdb", batch_size=2)
    finally:
        set_progress_listener(None)
    assert seen == [(0, 5), (2, 5), (4, 5), (5, 5)]


def test_the_bar_draws_files_done_of_files_to_do():
    out = io.StringIO()
    with file_progress(True, Console(file=out, force_terminal=True, width=100)) as listener:
        listener(0, 30)
        listener(30, 30)
    assert "30/30" in out.getvalue()
    with file_progress(False) as listener:
        assert listener is None
