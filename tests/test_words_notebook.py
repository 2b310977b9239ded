"""notebooks/01_words.ipynb runs top to bottom in a real kernel and draws its charts (slow: ~20 s)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.resources import PROJECT_ROOT

NOTEBOOK = PROJECT_ROOT / "notebooks" / "01_words.ipynb"
FIGURES = ["01_top_words", "01_names", "01_keyness", "01_dispersion"]


def test_notebook_is_stored_clean_with_one_parameters_cell():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    for name in ("ARTICLE", "PUBLISHED", "TOP_N", "REMOVE_STOPWORDS", "LEMMATIZE", "TRACE_WORDS"):
        assert f"{name} =" in source


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The notebook run in a fresh kernel, its charts saved to a temporary folder (not reports/figures)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    figures = tmp_path_factory.mktemp("figures-01")
    nb.cells.insert(0, nbformat.v4.new_code_cell(
        f"import pathlib, helpers.charts\nhelpers.charts.FIGURES_DIR = pathlib.Path({str(figures)!r})"))
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    nb.metadata["figures"] = str(figures)
    return nb


@pytest.mark.notebook
@pytest.mark.slow
def test_notebook_runs_without_errors_and_draws_every_chart(executed):
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= len(FIGURES)
    for name in FIGURES:
        assert (Path(executed.metadata["figures"]) / f"{name}.png").exists(), name


@pytest.mark.notebook
@pytest.mark.slow
def test_notebook_shows_the_findings_and_concordance(executed):
    text = json.dumps([c.get("outputs", []) for c in executed.cells if c.cell_type == "code"])
    assert "Most frequent content words" in text
    assert "[Russia]" in text  # keyword-in-context lines for a traced word
