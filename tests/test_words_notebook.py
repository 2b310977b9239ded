"""notebooks/01_words.ipynb (counts, names, phrases) and 04_vocabulary.ipynb (keyness, dispersion, concordance)
run top to bottom in a real kernel and draw their charts (slow: ~10 s each)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.resources import PROJECT_ROOT

NOTEBOOKS = PROJECT_ROOT / "notebooks"
# notebook: (the charts it saves, the knobs its parameters cell must offer, text its outputs must show)
CASES = {
    "01_words": (["01_top_words", "01_names"],
                 ("ARTICLE", "PUBLISHED", "TOP_N", "REMOVE_STOPWORDS", "LEMMATIZE", "MIN_PHRASE_COUNT"),
                 ("Most frequent content words", "economic and political")),  # headline; a recurring phrase
    "04_vocabulary": (["04_keyness", "04_dispersion"],
                      ("ARTICLE", "PUBLISHED", "REMOVE_STOPWORDS", "LEMMATIZE", "TRACE_WORDS"),
                      ("log-likelihood G", "[Russia]")),  # keyness table (columns named for readers); keyword-in-context lines
}
IDS = list(CASES)


def load(stem: str) -> dict:
    return json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", IDS, ids=IDS)
def test_notebook_is_stored_clean_with_one_parameters_cell(stem):
    nb = load(stem)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    for name in CASES[stem][1]:
        assert f"{name} =" in source, name


@pytest.mark.parametrize("stem", IDS, ids=IDS)
def test_each_chart_is_drawn_by_one_notebook_only(stem):
    """The split must not leave a chart in both notebooks (it would be saved twice under two stories)."""
    source = "".join("".join(c["source"]) for c in load(stem)["cells"] if c["cell_type"] == "code")
    others = [name for other, (figures, _, _) in CASES.items() if other != stem for name in figures]
    assert all(f'"{name}"' in source for name in CASES[stem][0])
    assert not [name for name in others if f'"{name}"' in source]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Each notebook run (once, on demand) in a fresh kernel, its charts saved to a temporary folder (not
    reports/figures)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    runs: dict[str, object] = {}

    def run(stem: str):
        if stem not in runs:
            nb = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
            figures = tmp_path_factory.mktemp(f"figures-{stem}")
            nb.cells.insert(0, nbformat.v4.new_code_cell(
                f"import pathlib, helpers.views.charts\nhelpers.views.charts.FIGURES_DIR = pathlib.Path({str(figures)!r})"))
            nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                    resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
            nb.metadata["figures"] = str(figures)
            runs[stem] = nb
        return runs[stem]

    return run


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("stem", IDS, ids=IDS)
def test_notebook_runs_without_errors_and_draws_every_chart(executed, stem):
    nb = executed(stem)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    figures = CASES[stem][0]
    assert len(images) >= len(figures)
    saved = sorted(p.stem for p in Path(nb.metadata["figures"]).glob("*.png"))
    assert saved == sorted(figures)


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("stem", IDS, ids=IDS)
def test_notebook_shows_its_findings(executed, stem):
    text = json.dumps([c.get("outputs", []) for c in executed(stem).cells if c.cell_type == "code"])
    for expected in CASES[stem][2]:
        assert expected in text, expected
