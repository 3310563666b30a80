"""The process of a run's temporary Prefect API: `python -m hoinghi.api_process RUN_PID UVICORN_ARGS…`.

Prefect's own uvicorn command (hoinghi/prefect_api.py builds it), plus a lifeline: the server
ends with the run that started it, even when the run is killed and cannot stop it.
"""

import sys

from hoinghi import lifeline


def main() -> None:
    run_pid, *uvicorn_args = sys.argv[1:]
    lifeline.end_with(int(run_pid))
    import uvicorn  # after the lifeline: a run killed while this imports still ends it

    sys.argv = ["uvicorn", *uvicorn_args]
    uvicorn.main()


if __name__ == "__main__":
    main()
