"""Every notebook in notebooks/, executed in a real Jupyter kernel.

- Conventions (static, fast): nbformat 4, kernelspec python3, one `parameters` cell with ARTICLE and
  PUBLISHED, no stored outputs, a markdown title first.
- On the seed article: no error output, no warnings shown to the reader, at least one chart, every chart
  the notebook saved (reports/figures/NN_*.png) also shown; then every code cell is run a second time in the
  same kernel and must give the same output (no hidden state, no cumulative side effects).
- On a small article written for the tests (tests/data/small-article.txt): the parameters cell really
  switches the article (its names show, the seed's do not) and article text with `<script>` / `<img
  onerror>` is shown escaped, never as live HTML.
Parameters are injected the way `make report` does it (papermill's parameterize); figures are redirected
to a temporary folder so the committed PNGs under reports/figures/ are not overwritten by test runs.
"""
from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import nbformat
import pytest

from helpers.resources import PROJECT_ROOT, SEED_ARTICLE

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
NOTEBOOKS = sorted(p for p in NOTEBOOKS_DIR.glob("*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]
SEED = SEED_ARTICLE.relative_to(PROJECT_ROOT).as_posix()
SMALL = PROJECT_ROOT / "tests" / "data" / "small-article.txt"
# An article (and sidecar title) whose text is markup and Markdown: a scare-quoted term, a quotation, a
# title and a source that would run script or draw an image if any output let them through.
HOSTILE_ARTICLE = PROJECT_ROOT / "tests" / "data" / "hostile-article.txt"
# Words only the small article has, and words only the seed has.
SMALL_MARKERS = ("Kowalczyk", "Brenner", "Ostrava", "tram", "€45m", "€20m")
SEED_MARKERS = ("Putin", "Jinping", "Beijing")
# Live markup that must never reach a notebook's HTML output from article text.
HOSTILE = [re.compile(p, re.IGNORECASE) for p in (r"<script>alert", r"<img\s+src=x", r"<img[^>]*onerror=alert",
                                                  r"<svg\s+onload", r"<b\s+on", r"<i>separate")]


def live_markup(html: str) -> list[str]:
    """What in an HTML string would run or load if a browser parsed it: <script>, <svg>, <iframe> or
    <object> elements, on* event attributes, javascript: links, images that are not our charts (data:)."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                    found.append(f"<{tag} {name}={value!r}>")
            if tag in ("script", "svg", "iframe", "object", "embed"):
                found.append(f"<{tag}>")
            if tag == "img" and not (dict(attrs).get("src") or "").startswith("data:"):
                found.append(f"<img src={dict(attrs).get('src')!r}>")

    Finder(convert_charrefs=True).feed(html)
    return found + [p.pattern for p in HOSTILE if p.search(html)]
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]
# Notebooks about a corpus, not one article: their parameters cell sets DATASET and INPUTS. On "the seed"
# they build a dataset of a dozen data/corpus articles; on "the small article", one of that article alone.
CORPUS_NOTEBOOKS = {"05_corpus"}
CORPUS_SEED = sorted((PROJECT_ROOT / "data" / "corpus").glob("*.txt"))[:12]
TIMEOUT = 120  # seconds per cell: every cell here takes a few; more means a hang

pytestmark = pytest.mark.skipif(not NOTEBOOKS, reason="no notebooks in notebooks/")


# --------------------------------------------------------------------------- executing


def prepare(path: Path, parameters: dict, figures_dir: Path) -> nbformat.NotebookNode:
    """The notebook with papermill's injected-parameters cell, plus a first cell that sends figures to
    `figures_dir` (charts.save reads charts.FIGURES_DIR at call time)."""
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = load_notebook_node(str(path))  # papermill's reader gives every cell a tags list
    nb = parameterize_notebook(nb, parameters, kernel_name="python3")
    setup = nbformat.v4.new_code_cell(
        f"import pathlib, helpers.views.charts\nhelpers.views.charts.FIGURES_DIR = pathlib.Path({str(figures_dir)!r})"
    )
    setup.metadata["tags"] = ["test-setup"]
    nb.cells.insert(0, setup)
    return nb


def execute(path: Path, parameters: dict, figures_dir: Path, rerun: bool = False) -> dict:
    """`run` once more in a new kernel when a cell times out: ipykernel 7 with nbclient occasionally never
    reports a widget cell as finished (jupyter/nbclient#312); a notebook that really hangs times out twice."""
    from nbclient.exceptions import CellTimeoutError

    try:
        return run(path, parameters, figures_dir, rerun)
    except CellTimeoutError as error:
        warnings.warn(f"{path.name}: {str(error).splitlines()[0][:120]}; ran again in a new kernel", stacklevel=2)
        return run(path, parameters, figures_dir, rerun)


def run(path: Path, parameters: dict, figures_dir: Path, rerun: bool = False) -> dict:
    """Run the notebook in a fresh python3 kernel (cwd notebooks/, like JupyterLab).

    Returns {"nb": executed notebook, "reruns": [(cell index, first outputs, second outputs)]}; with
    `rerun`, every code cell is executed again after the whole notebook ran.
    """
    from nbclient import NotebookClient

    nb = prepare(path, parameters, figures_dir)
    client = NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3", allow_errors=True,
                            extra_arguments=KERNEL_ARGUMENTS, resources={"metadata": {"path": str(path.parent)}})
    reruns = []
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        if rerun and not errors(nb):
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or "test-setup" in cell.metadata.get("tags", []):
                    continue
                again = nbformat.from_dict(dict(cell))
                again.outputs = []
                client.execute_cell(again, index)
                reruns.append((index, comparable(cell.outputs), comparable(again.outputs)))
    return {"nb": nb, "reruns": reruns}


@pytest.fixture(scope="module")
def seed_runs() -> dict:
    return {}


def run_cached(cache: dict, path: Path, parameters: dict, tmp_path_factory, rerun: bool = False) -> dict:
    if path not in cache:
        figures = tmp_path_factory.mktemp(f"figures-{path.stem}")
        result = execute(path, parameters, figures, rerun=rerun)
        result["figures"] = sorted(figures.glob("*.png"))
        cache[path] = result
    return cache[path]


def corpus_parameters(articles: list[Path], tmp_path_factory) -> dict:
    """DATASET (not built yet: the notebook builds it) and INPUTS, a folder with these articles and sidecars."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "inputs").mkdir()
    for article in articles:
        for path in (article, article.with_suffix(".json")):
            if path.exists():
                shutil.copy(path, folder / "inputs" / path.name)
    return {"DATASET": str(folder / "dataset"), "INPUTS": str(folder / "inputs")}


def parameters_for(path: Path, article: str, tmp_path_factory) -> dict:
    if path.stem in CORPUS_NOTEBOOKS:
        return corpus_parameters(CORPUS_SEED if article == SEED else [Path(article)], tmp_path_factory)
    return {"ARTICLE": article, "PUBLISHED": None}


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_runs):
    return lambda path: run_cached(seed_runs, path, parameters_for(path, SEED, tmp_path_factory), tmp_path_factory,
                                   rerun=True)


@pytest.fixture(scope="module")
def small_runs() -> dict:
    return {}


@pytest.fixture(scope="module")
def small_run(tmp_path_factory, small_runs):
    return lambda path: run_cached(small_runs, path, parameters_for(path, str(SMALL), tmp_path_factory),
                                   tmp_path_factory)


# --------------------------------------------------------------------------- reading outputs


def code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def errors(nb) -> list[str]:
    """One line per error output: the cell's first source line, the exception and its message."""
    found = []
    for cell in code_cells(nb):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                first = (cell.source.strip().splitlines() or [""])[0]
                found.append(f"{first[:60]!r}: {output.ename}: {output.evalue[:200]}")
    return found


def warnings_shown(nb) -> list[str]:
    """Warnings or errors printed to stderr, which a reader would see under a cell."""
    found = []
    for cell in code_cells(nb):
        for output in cell.get("outputs", []):
            if output.output_type == "stream" and output.name == "stderr" and re.search(r"Warning|Error", output.text):
                found.append(output.text.strip().splitlines()[0][:200])
    return found


def images(nb) -> int:
    return sum("image/png" in o.get("data", {}) for c in code_cells(nb) for o in c.get("outputs", []))


def shown_text(nb) -> str:
    """All text a reader sees in outputs (plain text, HTML, streams) joined."""
    parts = []
    for cell in code_cells(nb):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts += [data.get("text/plain", ""), data.get("text/html", ""), output.get("text", "")]
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def html_outputs(nb) -> list[str]:
    return [o["data"]["text/html"] for c in code_cells(nb) for o in c.get("outputs", [])
            if "text/html" in o.get("data", {})]


_VOLATILE = [
    (re.compile(r"0x[0-9a-f]{6,}"), "0x?"),  # memory addresses in reprs
    (re.compile(r"T_[0-9a-f]{5}(?![0-9a-f])"), "T_?"),  # pandas Styler's random ids
    (re.compile(r"\b\d+(?:\.\d+)? ?ms\b"), "? ms"),  # timings
]


def comparable(outputs) -> list:
    """Outputs reduced to what must not change on a rerun: text and HTML (volatile ids masked), the kind
    of each output, and whether it is an image (PNG bytes may differ by a pixel, so not compared)."""
    reduced = []
    for output in outputs:
        data = output.get("data", {})
        if "application/vnd.jupyter.widget-view+json" in data:
            reduced.append(("widget",))
            continue
        if "image/png" in data:
            reduced.append(("image",))
            continue
        text = data.get("text/html") or data.get("text/plain") or output.get("text", "")
        text = text if isinstance(text, str) else "".join(text)
        for pattern, mask in _VOLATILE:
            text = pattern.sub(mask, text)
        reduced.append((output.output_type, text))
    return reduced


# --------------------------------------------------------------------------- conventions (static)


def parameters_cells(nb) -> list:
    return [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_follows_conventions(path: Path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    problems = []
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        problems.append(f"kernelspec is {nb.metadata.get('kernelspec', {}).get('name')!r}, not 'python3'")
    params = parameters_cells(nb)
    if len(params) != 1:
        problems.append(f"{len(params)} cells tagged 'parameters' (need exactly one)")
    else:
        source = params[0].source
        if path.stem in CORPUS_NOTEBOOKS:
            for name in ("DATASET", "INPUTS"):
                if not re.search(rf"^{name}\s*=\s*[\"']", source, re.MULTILINE):
                    problems.append(f"parameters cell does not set {name} (a corpus notebook)")
        elif not re.search(rf'^ARTICLE\s*=\s*["\']{re.escape(SEED)}["\']', source, re.MULTILINE):
            problems.append(f"parameters cell does not set ARTICLE = {SEED!r} (the seed article)")
        if path.stem not in CORPUS_NOTEBOOKS and not re.search(r"^PUBLISHED\s*=\s*None\b", source, re.MULTILINE):
            problems.append("parameters cell does not set PUBLISHED = None")
    stored = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    if stored:
        problems.append(f"cells {stored} have stored outputs or execution counts")
    if not (nb.cells and nb.cells[0].cell_type == "markdown" and nb.cells[0].source.lstrip().startswith("# ")):
        problems.append("first cell is not a markdown title ('# ...')")
    assert not problems, f"{path.name}: " + "; ".join(problems)


# --------------------------------------------------------------------------- executed on the seed


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_runs_on_seed_without_errors_and_shows_charts(path: Path, seed_run):
    result = seed_run(path)
    nb = result["nb"]
    assert not errors(nb), f"{path.name} shows errors: " + " | ".join(errors(nb))
    assert not warnings_shown(nb), f"{path.name} shows warnings: " + " | ".join(warnings_shown(nb))
    prefix = path.stem.split("_")[0] + "_"
    saved = [f.name for f in result["figures"]]
    assert saved, f"{path.name} saved no chart under reports/figures/ (use helpers.views.charts with a name)"
    misnamed = [name for name in saved if not name.startswith(prefix)]
    assert not misnamed, f"{path.name} saved charts not prefixed {prefix!r}: {misnamed}"
    assert images(nb) >= len(saved), (f"{path.name} saved {len(saved)} charts but shows {images(nb)}: a chart "
                                      "is saved but not displayed (a cell ending with ';' hides it)")


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_cell_reruns_to_the_same_result(path: Path, seed_run):
    result = seed_run(path)
    assert not errors(result["nb"]), "the notebook fails before the rerun check"
    changed = [index for index, first, second in result["reruns"] if first != second]
    detail = []
    for index, first, second in result["reruns"]:
        if index in changed:
            source = result["nb"].cells[index].source.strip().splitlines()[0][:60]
            detail.append(f"cell {index} {source!r}: {str(first)[:120]} -> {str(second)[:120]}")
    assert not changed, f"{path.name}: rerunning changes results: " + " | ".join(detail)


# --------------------------------------------------------------------------- executed on another article


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_parameters_cell_switches_the_article(path: Path, small_run):
    nb = small_run(path)["nb"]
    assert not errors(nb), f"{path.name} fails on {SMALL.name}: " + " | ".join(errors(nb))
    assert images(nb) >= 1, f"{path.name} shows no chart for {SMALL.name}"
    text = shown_text(nb)
    assert any(marker in text for marker in SMALL_MARKERS), f"{path.name} shows nothing of {SMALL.name}"
    stale = [marker for marker in SEED_MARKERS if marker in text]
    assert not stale, f"{path.name} still shows the seed article ({stale}) after ARTICLE changed"


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_article_markup_is_shown_escaped(path: Path, small_run):
    nb = small_run(path)["nb"]
    live = [(p.pattern, html[max(m.start() - 40, 0):m.end() + 40]) for html in html_outputs(nb)
            for p in HOSTILE for m in [p.search(html)] if m]
    assert not live, f"{path.name} renders article markup as live HTML: {live[:3]}"


PLAIN_ARTICLE = PROJECT_ROOT / "tests" / "data" / "plain-article.txt"


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_a_legitimate_article_with_nothing_to_find_never_stops_the_notebook(path: Path, tmp_path, tmp_path_factory):
    """No name, no quotation (only inch marks), no money, no capitalised word, no date: every section says
    so in a note, none fails (a reader's own article must never stop Run All)."""
    parameters = parameters_for(path, str(PLAIN_ARTICLE), tmp_path_factory)
    nb = execute(path, parameters, tmp_path)["nb"]
    assert not errors(nb), f"{path.name} fails on {PLAIN_ARTICLE.name}: " + " | ".join(errors(nb))
    assert not warnings_shown(nb), f"{path.name} shows warnings: " + " | ".join(warnings_shown(nb))


@pytest.fixture(scope="module")
def hostile_runs() -> dict:
    return {}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, hostile_runs):
    return lambda path: run_cached(hostile_runs, path, parameters_for(path, str(HOSTILE_ARTICLE), tmp_path_factory),
                                   tmp_path_factory)


def rendered_outputs(nb) -> list[tuple[str, str]]:
    """(mime type, what a browser would parse as HTML) for every output a notebook or report renders as
    markup: text/html as it is, text/markdown rendered the way nbconvert renders it (mistune: raw HTML in
    Markdown passes through), text/latex and SVG as they are. text/plain is shown as text everywhere."""
    import mistune

    found = []
    for cell in code_cells(nb):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for mime, value in data.items():
                text = value if isinstance(value, str) else "".join(value) if isinstance(value, list) else ""
                if mime == "text/markdown":
                    found.append((mime, mistune.html(text)))
                elif mime in ("text/html", "image/svg+xml", "text/latex"):
                    found.append((mime, text))
    return found


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_hostile_article_is_inert_in_every_output_type(path: Path, hostile_run):
    nb = hostile_run(path)["nb"]
    assert not errors(nb), f"{path.name} fails on {HOSTILE_ARTICLE.name}: " + " | ".join(errors(nb))
    outputs = rendered_outputs(nb)
    assert any(mime == "text/markdown" for mime, _ in outputs) or path.stem.startswith(("00", "04", "05")), \
        f"{path.name}: expected a Markdown finding to check"
    live = [(mime, found) for mime, html in outputs for found in live_markup(html)]
    assert not live, f"{path.name} renders article markup as live markup: {live[:3]}"


@pytest.mark.notebook
@pytest.mark.slow
def test_quotes_headline_escapes_terms_and_speakers(hostile_run):
    quotes = NOTEBOOKS_DIR / "02_quotes.ipynb"
    if quotes not in NOTEBOOKS:
        pytest.skip("no quotes notebook")
    markdown = [o["data"]["text/markdown"] for c in code_cells(hostile_run(quotes)["nb"]) for o in c.get("outputs", [])
                if "text/markdown" in o.get("data", {})]
    assert any("&lt;img src&#61;x onerror&#61;alert\\(5\\)&gt;" in m for m in markdown), markdown[:2]


@pytest.mark.notebook
@pytest.mark.slow
def test_overview_shows_the_hostile_title_as_text(small_run):
    overview = NOTEBOOKS_DIR / "00_overview.ipynb"
    if overview not in NOTEBOOKS:
        pytest.skip("no overview notebook")
    html = "\n".join(html_outputs(small_run(overview)["nb"]))
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html  # the sidecar's title, escaped, is on the card


def test_readme_shows_one_committed_chart_per_notebook():
    """The README section (README-notebooks.md until it is merged into README.md) shows a chart of each
    notebook, and every chart it shows exists under reports/figures/."""
    readme = next((p for p in (PROJECT_ROOT / "README.md", PROJECT_ROOT / "README-notebooks.md")
                   if p.exists() and "reports/figures/" in p.read_text(encoding="utf-8")), None)
    if readme is None:
        pytest.skip("no README section with the notebooks' charts yet")
    images = re.findall(r"!\[[^\]]*\]\((reports/figures/[^)]+\.png)\)", readme.read_text(encoding="utf-8"))
    missing = [image for image in images if not (PROJECT_ROOT / image).is_file()]
    assert not missing, f"{readme.name} shows charts that are not in the repository: {missing}"
    prefixes = {Path(image).name.split("_")[0] for image in images}
    without = [p.name for p in NOTEBOOKS if p.stem.split("_")[0] not in prefixes]
    assert not without, f"{readme.name} shows no chart of {without}"
