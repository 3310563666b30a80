"""A child process that ends with the process it works for, however that one ends.

Parse workers (flows/worker_server.py) and the temporary Prefect API (hoinghi/api_process.py) are
children of a `hoinghi run`; when the run is killed (SIGKILL, out of memory) nothing would ever
stop them, and they would hold the cores, a port and Prefect's database.
"""

import os
import select
import threading
import time


def end_with(pid: int) -> None:
    """End this process at once when process `pid` ends (watched from a daemon thread)."""
    threading.Thread(target=_exit_with, args=(pid,), name="exit-with-run", daemon=True).start()


def _exit_with(pid: int) -> None:
    """Wait for process `pid` to end, then end this process at once."""
    try:
        fd = os.pidfd_open(pid)  # Linux 5.3+: readable when the process has ended
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd here: look once a second
        while _exists(pid):
            time.sleep(1)
        os._exit(1)
    select.select([fd], [], [])
    os._exit(1)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
