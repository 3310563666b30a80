"""Prefect pull steps for the deployments in prefect.yaml (they run in the worker's flow-run process)."""

import os
from pathlib import Path

ENTRYPOINT = Path("flows/ingest.py")  # prefect.yaml's entrypoint, relative to the project folder


def set_project_directory(directory: str = "") -> dict[str, str]:
    """Start the flow run in the hoinghi project folder `directory` (prefect.yaml passes $HOINGHI_HOME).

    A process worker starts each flow run in a fresh temporary folder: without this step the
    entrypoint and the relative inbox and warehouse paths would be looked for there, and the run
    would crash naming a temporary path. Say what to set instead.
    """
    if not directory.strip():
        raise ValueError(
            "HOINGHI_HOME is not set for the Prefect worker, so this flow run would start in a temporary folder "
            f"({os.getcwd()}) that has neither {ENTRYPOINT} nor the inbox: set HOINGHI_HOME to the hoinghi project "
            "folder where the worker starts, e.g. `HOINGHI_HOME=/path/to/hoinghi prefect worker start --pool "
            "hoinghi-process`"
        )
    home = Path(directory).expanduser()
    if not (home / ENTRYPOINT).is_file():
        raise ValueError(
            f"HOINGHI_HOME={directory} is not the hoinghi project folder (no {ENTRYPOINT} in it): set HOINGHI_HOME "
            "to the folder that holds prefect.yaml, then start the worker again"
        )
    os.chdir(home)
    return {"directory": os.getcwd()}
