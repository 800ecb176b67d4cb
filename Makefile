# interp — developer commands. `make help` lists them.

PYTHON   ?= python3
NPM      ?= npm
NODE     ?= node
CHROMIUM ?= /usr/bin/chromium
PORT     ?= 8000
# Extra arguments for the unit-test run, e.g. `make test PYTEST_ARGS="-k literals -x"`.
PYTEST_ARGS ?=
# Parallel unit tests (pytest-xdist is a dev dependency); `make test XDIST=` runs them serially.
# xdist needs every worker to collect the same test ids: no object addresses in parametrize ids.
XDIST    ?= -n auto

export CHROMIUM

.DEFAULT_GOAL := help
.PHONY: help install install-python install-node install-chromium tables build serve test \
        lint unit smoke jstest pyodide-conformance e2e clean distclean bench
.PHONY: fuzz pyodide-tracebacks pyodide-hostcode pyodide-redos cpython-tests

help:
	@echo "make serve    install, build and serve web/dist on http://127.0.0.1:$(PORT)"
	@echo "make test     install, build, ruff, pytest tests, Node smoke check, JS API tests,"
	@echo "              conformance in Pyodide, pytest e2e"
	@echo "make jstest   build, then test the JavaScript API (web/tests) under Node"
	@echo "make pyodide-conformance  the conformance corpus inside Pyodide under Node"
	@echo "make pyodide-tracebacks   the traceback corpus inside Pyodide (whole stderr)"
	@echo "make pyodide-hostcode     both corpora inside Pyodide with every body on the second tier"
	@echo "make cpython-tests        CPython's own test_textwrap/test_heapq inside the sandbox"
	@echo "make install  Python package (editable, dev extras), node_modules, Chromium"
	@echo "make build    build the static site into web/dist"
	@echo "make tables   rebuild interp/syntax/python.tables"
	@echo "make bench    time ../shared/bench under CPython and interp, print the ratios"
	@echo "             (BENCH_ARGS=\"--peers\": also peer sandboxes; --compare, --pyodide: README)"
	@echo "make clean    remove build outputs and caches (distclean: also downloads)"
	@echo "make fuzz     run FUZZ_COUNT (100000) random programs in the sandbox (FUZZ_SEED replays)"

# ---------------------------------------------------------------------------------------
# install: idempotent; a warm run only checks and takes well under a second.

install: install-python install-node install-chromium

install-python:
	@$(PYTHON) -I tools/check_env.py 2>/dev/null || { \
	  $(PYTHON) -I tools/check_env.py || true; \
	  echo "[install] pip install -e '.[dev]'"; \
	  $(PYTHON) -m pip install --disable-pip-version-check --root-user-action=ignore --quiet -e '.[dev]' && \
	  $(PYTHON) -I tools/check_env.py; }

install-node: node_modules/.package-lock.json

# npm writes node_modules/.package-lock.json; it is older than the lock file when stale.
node_modules/.package-lock.json: package.json package-lock.json
	@echo "[install] npm ci"
	@$(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

install-chromium:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "[install] apt-get install chromium"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null && \
	  test -x "$(CHROMIUM)"; \
	else \
	  echo "[install] warning: $(CHROMIUM) is missing and cannot be installed here (not root or" \
	       "no apt-get). Install Debian's 'chromium' package, or set CHROMIUM=/path/to/chromium;" \
	       "the e2e tests need it." >&2; \
	fi

# ---------------------------------------------------------------------------------------

tables: install-python
	$(PYTHON) -m interp.syntax.tables

build: install-python install-node
	@NODE=$(NODE) $(PYTHON) web/build.py

serve: install build
	$(PYTHON) web/serve.py --port $(PORT)

# ---------------------------------------------------------------------------------------
# test: every step must pass; pytest exits non-zero (5) when it collects no test.

test: install build lint unit smoke jstest pyodide-conformance pyodide-tracebacks pyodide-hostcode e2e

lint: install-python
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

unit: install-python
	PYTHONHASHSEED=0 $(PYTHON) -m pytest tests $(XDIST) --junitxml=test-reports/unit.xml $(PYTEST_ARGS)

smoke: install-node build
	$(NODE) web/smoke.mjs

# The JavaScript API (web/dist/interp.js and its worker) under Node, with node:test.
jstest: install-node build
	$(NODE) --test web/tests/

# The conformance corpus inside Pyodide (oracle: Pyodide's own CPython), two Pyodide
# instances in worker threads; strict about tests/conformance/KNOWN_FAILURES_PYODIDE.txt.
# Arguments, e.g. `make pyodide-conformance PYODIDE_ARGS="--jobs=1 asyncio/"`.
PYODIDE_ARGS ?=
pyodide-conformance: install-node
	$(NODE) tests/pyodide/run_conformance.mjs $(PYODIDE_ARGS)

# CPython's own suites of pure-Python modules (read from the host's Lib/test) inside the
# sandbox, with the pass counts (also part of `make unit`).
cpython-tests: install-python
	PYTHONHASHSEED=0 $(PYTHON) -m pytest tests/test_cpython_suites.py -v -s

# The traceback corpus (tests/tracebacks) inside Pyodide: whole stderr against Pyodide's
# CPython, strict about tests/tracebacks/KNOWN_DIFFERENCES_PYODIDE.txt.
pyodide-tracebacks: install-node
	$(NODE) tests/pyodide/run_tracebacks.mjs $(PYODIDE_ARGS)

# The second tier inside Pyodide: the corpora's programs of functions, classes and control
# flow, and the traceback corpus, with every body compiled to host code on its first call
# (interp/compiler/hostcode.py; tests/test_hostcode.py does the same on the host).
HOSTCODE_ENV = INTERP_HOSTCODE_THRESHOLD=1 INTERP_HOSTCODE_STRICT=1
HOSTCODE_TOPICS = asyncio/ classes/ dunders/ exceptions/ functions/ generators/ match/ programs/ \
                  scoping/ syntax_expr/ builtins/
pyodide-hostcode: install-node
	$(HOSTCODE_ENV) $(NODE) tests/pyodide/run_conformance.mjs $(PYODIDE_ARGS) \
	  --report=test-reports/pyodide-hostcode.txt --json=test-reports/pyodide-hostcode.json $(HOSTCODE_TOPICS)
	$(HOSTCODE_ENV) $(NODE) tests/pyodide/run_tracebacks.mjs $(PYODIDE_ARGS) \
	  --report=test-reports/pyodide-hostcode-tracebacks.txt

# The catastrophic-backtracking case inside Pyodide (not in `make test`: about 35 s).
pyodide-redos: install-node build
	$(NODE) tests/pyodide/run_redos.mjs

e2e: install build
	@test -x "$(CHROMIUM)" || { echo "e2e: $(CHROMIUM) not found (make install-chromium)" >&2; exit 1; }
	$(PYTHON) -m pytest e2e --junitxml=test-reports/e2e.xml

# ---------------------------------------------------------------------------------------

clean:
	rm -rf web/dist test-reports .pytest_cache .ruff_cache build *.egg-info
	find . -name __pycache__ -type d -not -path './node_modules/*' -prune -exec rm -rf {} +

distclean: clean
	rm -rf node_modules .cache bench/.peers-venv

# ---------------------------------------------------------------------------------------
# bench: every benchmark program under CPython and interp in one process (ratios, JSON);
# BENCH_ARGS=--peers adds peer sandboxes from bench/.peers-venv (see bench/run.py), --memory
# the peak memories; then bench/sandboxes.py (many sandboxes, CLI start-up; not with --pyodide).

bench: install-python
	PYTHONHASHSEED=0 $(PYTHON) bench/run.py $(BENCH_ARGS)
	@case " $(BENCH_ARGS) " in *" --pyodide "*) ;; *) PYTHONHASHSEED=0 $(PYTHON) bench/sandboxes.py ;; esac

# ---------------------------------------------------------------------------------------
# fuzz: random programs against the sandbox's contract (tests/fuzz/README.md); prints the
# seed and the counts by outcome, writes violations to test-reports/fuzz/. Niced: long.
FUZZ_COUNT ?= 100000
FUZZ_SEED  ?=
FUZZ_JOBS  ?= 1

fuzz: install-python
	FUZZ_COUNT=$(FUZZ_COUNT) FUZZ_SEED=$(FUZZ_SEED) FUZZ_JOBS=$(FUZZ_JOBS) nice -n 19 $(PYTHON) tests/fuzz/run.py
