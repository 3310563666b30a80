# The README's two commands: `make run` and `make test`. Both build .venv from uv.lock first, with uv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INBOX  ?= samples/inbox
DB     ?= hoinghi.duckdb
# uv, pinned, in a tools folder of its own (pip installs it from the package index; no root needed).
UV_VERSION := 0.13.9
TOOLS  := .tools
UV     := $(TOOLS)/bin/uv
# uv never downloads a Python: it uses $(PYTHON). Copies, not hard links, out of its cache.
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

.PHONY: run test lint lock clean browser quality

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# The locked runtime and dev dependencies (uv.lock, with hashes), and hoinghi itself, editable.
# Compiled to bytecode once, here: with PYTHONDONTWRITEBYTECODE set (as some shells and CI images
# do) every `hoinghi run` would otherwise compile Prefect's thousands of modules again (+2–15 s).
$(STAMP): uv.lock pyproject.toml | $(UV)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "hoinghi needs Python 3.11; set PYTHON=/path/to/python3.11")'
	$(UV) sync --locked --python $(PYTHON) --quiet --compile-bytecode
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/hoinghi run --inbox $(INBOX) --db $(DB)

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder  # one worker per core; whole files, longest first (tests/conftest.py)

# Debian's chromium, for the test that opens the HTML report in a real browser. Installed when this
# machine lets us (root and apt-get); otherwise that one test is skipped and says why.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; } || \
	  echo "chromium could not be installed: the browser test will be skipped"

# Score every gold set on its own warehouse against quality/baseline.json (the tests do the same).
# To pin better scores: `$(BIN)/python -m hoinghi.warehouse.ratchet --update`; lowering one needs --why "...".
quality: $(STAMP)
	$(BIN)/python -m hoinghi.warehouse.ratchet

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Re-resolve uv.lock from pyproject.toml (newest versions its ranges allow); `make test` after it.
lock: | $(UV)
	$(UV) lock --upgrade --python $(PYTHON)

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .ruff_cache $(DB) $(DB).wal $(DB).lock
