# The README's two commands: `make run` and `make test`. Both build .venv from requirements.lock first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INBOX  ?= samples/inbox
DB     ?= hoinghi.duckdb

.PHONY: run test lint lock clean browser quality

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "hoinghi needs Python 3.11; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/hoinghi run --inbox $(INBOX) --db $(DB)

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

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

# Re-resolve the pins from pyproject.toml in a throw-away environment.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e '.[dev]'
	(echo "# Locked dependencies for hoinghi (Python 3.11). Regenerate with: make lock"; \
	 .lock-venv/bin/pip freeze --exclude-editable) > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(DB) $(DB).wal $(DB).lock
