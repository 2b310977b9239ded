# Two commands do everything on a fresh machine (see README):
#   make lab    set up, then open the notebooks in JupyterLab (localhost, with a token)
#   make test   set up, then run the whole test suite
# Set-up is idempotent: the virtual environment is reinstalled only when requirements.txt changes.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.requirements-installed
PORT   ?= 8888
ARTICLE ?= data/articles/putin-xi-beijing.txt
CORPUS ?= data/corpus
CORPUS_OUT ?= reports/corpus
# JupyterLab refuses to run as root unless told to; say so only when we are root.
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: setup lab test report bench corpus clean

$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@# make `import helpers` work from any folder, notebooks' kernels included (computed in the
	@# recipe: make expands a whole recipe before running it, when the venv may not exist yet)
	@$(PY) -c 'import sys, sysconfig; open(sysconfig.get_paths()["purelib"] + "/article-analysis.pth", "w").write(sys.argv[1] + "\n")' "$(CURDIR)"
	@touch $(STAMP)

# JupyterLab's project settings (autosave off, no news): copied again whenever the file changes.
LAB_OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.json
$(LAB_OVERRIDES): .jupyter/overrides.json $(STAMP)
	@mkdir -p $(dir $@)
	@cp .jupyter/overrides.json $@

setup: $(STAMP) $(LAB_OVERRIDES)
	@$(PY) -m helpers setup --quiet

lab: setup
	$(VENV)/bin/jupyter lab --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) \
		--ServerApp.root_dir=notebooks --config=$(CURDIR)/.jupyter/jupyter_server_config.py $(ROOT_FLAG)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

report: setup
	$(PY) -m helpers report --article "$(ARTICLE)"

# the demo corpus as a Parquet dataset (resumes an interrupted build; CORPUS= and CORPUS_OUT= to change)
corpus: setup
	$(PY) -m helpers corpus build "$(CORPUS)" --out "$(CORPUS_OUT)"

bench: setup
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) .nltk_data .cache .pytest_cache .hypothesis reports/*.html reports/corpus
