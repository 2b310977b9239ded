"""`make report`: execute every notebook on one article and write a shareable report to reports/.

For each notebooks/NN_*.ipynb, papermill runs it in a fresh `python3` kernel with the parameters
ARTICLE and PUBLISHED (the executed copy goes to reports/runs/), and nbconvert writes it as
reports/NN_*.html for readers: code hidden (the markdown, tables and charts tell the story), no
input/output prompts, no cell tagged `interactive` (controls and the instructions that need a live kernel:
a static page cannot run them), no widget output, nothing loaded from the network (the `reader` template in
helpers/templates/: no require.js, MathJax or widget manager from a CDN), prose at about 70 characters a
line, and links between notebooks pointing at the HTML pages. The helper functions' tables are also written as
reports/quotes.csv, numbers.csv and words.csv; reports/index.html links them all, each page with its
title, the article, its date and its one-line finding. Problems are printed as
one line each, never a traceback.
"""
from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

from helpers.resources import PROJECT_ROOT, SEED_ARTICLE

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
RUNS_DIR = REPORTS_DIR / "runs"
KERNEL = "python3"
# The kernel warns on stderr about its local TCP transport at every start; only errors matter here.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]
CELL_TIMEOUT = 180  # seconds; every cell takes a few, so a cell that runs longer is stuck, not slow
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
INTERACTIVE_TAG = "interactive"  # cells that need a live kernel (controls, how to rerun): not in a report
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
_NOTEBOOK_LINK = re.compile(r"\]\((\d\d_[\w-]+)\.ipynb\)")
# The paragraph under a notebook's title that tells the seed article's finding (stored text, not computed)
_SEED_FINDING = re.compile(r"\*\*Finding \(seed article\):\*\*.*?(?=\n\n|\Z)", re.DOTALL)


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The notebooks of the report, in reading order (their NN_ prefix): those about one article (their
    parameters cell sets ARTICLE); a corpus notebook (05_corpus: DATASET, INPUTS) is not about the article
    and is left out. Checkpoints are skipped."""
    folder = folder or NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith(".") and _about_one_article(p))


def _about_one_article(path: Path) -> bool:
    import nbformat

    try:
        cells = nbformat.read(path, as_version=4).cells
    except Exception:  # noqa: BLE001 - an unreadable notebook is reported when it is run
        return True
    parameters = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    return not parameters or re.search(r"^ARTICLE\s*=", parameters[0].source, re.MULTILINE) is not None


def resolve_article(article: str, cwd: Path | None = None) -> Path:
    """The article as an absolute path: relative to the current folder when it exists there (what a shell
    user means), else relative to the project root (what the notebooks' parameters mean). An http(s) URL
    is fetched once (helpers.load.fetch) and its saved copy in data/fetched/ is the article; raises
    ArticleError (one line) when it cannot be fetched."""
    from helpers.load.article import looks_like_url

    if looks_like_url(article):
        from helpers.load.fetch import fetch_url

        return fetch_url(article).path
    path = Path(article).expanduser()
    if path.is_absolute():
        return path
    here = (cwd or Path.cwd()) / path
    return here.resolve() if here.exists() else (PROJECT_ROOT / path).resolve()


def parameters_for(article: Path, published: str | None) -> dict[str, Any]:
    """The papermill parameters: the article as a project-relative path when it is in the project."""
    try:
        shown = article.resolve().relative_to(PROJECT_ROOT.resolve()).as_posix()
    except ValueError:
        shown = str(article)
    return {"ARTICLE": shown, "PUBLISHED": published}


def one_line(error: BaseException) -> str:
    """An exception as one line for the terminal: the notebook cell and the error, no traceback."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(error, PapermillExecutionError):
        value = (str(error.evalue).strip().splitlines() or [""])[0]
        return f"cell {error.exec_count} raised {error.ename}: {value}"
    text = (str(error).strip().splitlines() or [""])[0]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def execute(notebook: Path, output: Path, parameters: dict[str, Any], attempts: int = 2) -> None:
    """Run one notebook with papermill in a fresh kernel (working directory: notebooks/, like `make lab`).

    A cell that times out is retried once in a new kernel: ipykernel 7 with nbclient occasionally never
    reports a widget cell as finished (jupyter/nbclient#312, ipython/ipykernel#1471); a real hang times out
    twice and is reported.
    """
    import papermill
    from nbclient.exceptions import CellTimeoutError

    output.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(1, attempts + 1):
        try:
            papermill.execute_notebook(
                str(notebook), str(output), parameters=parameters, kernel_name=KERNEL, progress_bar=False,
                cwd=str(notebook.parent), execution_timeout=CELL_TIMEOUT, extra_arguments=KERNEL_ARGUMENTS,
            )
            return
        except CellTimeoutError:
            if attempt == attempts:
                raise


def prepare_for_readers(nb: Any, article: str | None = None) -> Any:
    """Make an executed notebook fit a static page: cells tagged `interactive` (controls and instructions
    that need a kernel) and widget outputs go, and links to sibling notebooks point at their HTML pages.
    A report on another `article` (its file name) says so where the notebook tells the seed's finding."""
    kept = []
    about_another = f"**This report is about {article}.** Its findings, computed from it, follow below." \
        if article else None
    for cell in nb.cells:
        if INTERACTIVE_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.cell_type == "markdown":
            cell.source = _NOTEBOOK_LINK.sub(r"](\1.html)", cell.source)
            if about_another:
                cell.source = _SEED_FINDING.sub(lambda _: about_another, cell.source)
        elif cell.cell_type == "code":
            cell.outputs = [_as_node(o) for o in cell.get("outputs", []) if WIDGET_MIME not in o.get("data", {})]
        kept.append(cell)
    nb.cells = kept
    nb.metadata.pop("widgets", None)  # no widget state: the page loads no widget manager
    return nb


def _as_node(output: Any) -> Any:
    import nbformat

    return output if isinstance(output, nbformat.NotebookNode) else nbformat.from_dict(output)


def to_html(executed: Path, target: Path, title: str, article: Path | None = None) -> None:
    """Write an executed notebook as a reader's HTML page: code and prompts hidden, nothing from a CDN.
    `article`: the one the notebook ran on, when it is not the seed article."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = prepare_for_readers(nbformat.read(executed, as_version=4), article.name if article else None)
    exporter = HTMLExporter(template_name="reader", extra_template_basedirs=[str(TEMPLATES_DIR)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    target.write_text(body, encoding="utf-8")


def write_tables(article: Path, published: str | None, folder: Path | None = None) -> list[Path]:
    """quotes.csv, numbers.csv and words.csv for the article, from the same helpers the notebooks call."""
    folder = folder or REPORTS_DIR
    from helpers.load.article import load_article
    from helpers.numbers import find_numbers
    from helpers.quotes import find_quotes
    from helpers.language.segment import Document
    from helpers.words.frequency import frequency_table

    doc = Document(load_article(article, published=published))
    tables = {"quotes.csv": find_quotes(doc), "numbers.csv": find_numbers(doc),
              "words.csv": frequency_table(doc, top_n=None)}
    written = []
    for name, frame in tables.items():
        path = folder / name
        frame.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    return written


def notebook_title(path: Path) -> str:
    """The notebook's markdown title (its first '# ' line), else its file name."""
    import nbformat

    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def plain(markdown: str) -> str:
    """The first line of a Markdown finding as plain text (list mark, emphasis and escapes removed)."""
    import html

    line = next((line for line in markdown.splitlines() if line.strip()), "")
    line = re.sub(r"^\s*[-*]\s+", "", line).replace("**", "")
    line = re.sub(r"(?<!\\)\*", "", line)
    return html.unescape(re.sub(r"\\(.)", r"\1", line)).strip()


def findings(article: Path, published: str | None) -> dict[str, str]:
    """One line per notebook (by its NN prefix) stating its finding, from the same functions the notebooks
    show their findings with."""
    from helpers.load.article import load_article
    from helpers.language.segment import Document
    from helpers.numbers import find_numbers
    from helpers.quotes import find_quotes
    from helpers.views import numbers as numbers_views
    from helpers.views import overview
    from helpers.views import quotes as quotes_views
    from helpers.views import words as words_views

    doc = Document(load_article(article, published=published))
    quotes, numbers = find_quotes(doc), find_numbers(doc)
    lines = {"00": overview.summary_lines(doc, quotes, numbers)["About"],
             "01": plain(words_views.headline(doc)),
             "02": plain(quotes_views.headline(quotes)).split("; ")[0] + ".",
             "03": plain(numbers_views.headline(doc, numbers)).split(". ")[0].rstrip(".") + "."}
    try:
        lines["04"] = plain(words_views.keyness_finding(doc)) + "."
    except ValueError:
        lines["04"] = "No word stands out against news in general."
    return lines


def write_index(pages: list[tuple[Path, str]], tables: list[Path], article: Path, folder: Path,
                published: str | None = None) -> Path:
    """reports/index.html: the article (title, date, file) and, for each page, its title and its finding."""
    import html

    from helpers.load.article import load_article
    from helpers.views.overview import format_date

    loaded = load_article(article, published=published)
    heading = getattr(loaded, "title", None) or article.name
    date = format_date(loaded.published) if loaded.published else "date unknown"
    try:
        lines = findings(article, published)
    except Exception as error:  # noqa: BLE001 - the index is still written, without findings
        lines = {}
        print(f"python -m helpers report: findings: {one_line(error)}", file=sys.stderr)
    items = "".join(
        f'<li><a href="{html.escape(page.name)}">{html.escape(title)}</a>'
        f'<p>{html.escape(lines.get(page.name[:2], ""))}</p></li>' for page, title in pages)
    files = "".join(f'<li><a href="{html.escape(t.name)}">{html.escape(t.name)}</a></li>' for t in tables)
    style = ("body{font-family:system-ui,sans-serif;max-width:70ch;margin:2em auto;padding:0 1em;line-height:1.5;"
             "color:#222}li{margin-bottom:0.8em}li p{margin:0.2em 0;color:#444}.meta{color:#555}")
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>Report: {html.escape(heading)}</title><style>{style}</style></head><body>"
            f"<h1>{html.escape(heading)}</h1>"
            f"<p class='meta'>Published {html.escape(date)} · file {html.escape(article.name)}</p>"
            f"<h2>Reports</h2><ol>{items}</ol>"
            f"<h2>Tables (CSV)</h2><ul>{files}</ul></body></html>")
    path = folder / "index.html"
    path.write_text(body, encoding="utf-8")
    return path


def _quiet() -> None:
    """Papermill and the kernel client log every step at INFO/WARNING; the report prints its own lines."""
    for name in ("papermill", "traitlets", "nbclient"):
        logging.getLogger(name).setLevel(logging.ERROR)


def run_report(article: str, published: str | None = None) -> int:
    """Execute every notebook on `article` and write reports/NN_*.html plus the CSV tables.

    Returns 0 when everything was written, 1 when the article cannot be read or any notebook failed (the
    other notebooks are still written, so one failure does not hide the rest).
    """
    from helpers.load.article import ArticleError, load_article
    from helpers.resources import MissingResourceError

    prog = "python -m helpers report"
    try:
        path = resolve_article(article)
        load_article(path, published=published)
    except (ArticleError, ValueError) as error:
        print(f"{prog}: {article}: {error}", file=sys.stderr)
        return 1
    notebooks = notebook_paths()
    if not notebooks:
        print(f"{prog}: no notebooks in {NOTEBOOKS_DIR}", file=sys.stderr)
        return 1
    _quiet()
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    another = path.resolve() != SEED_ARTICLE.resolve()
    if another:
        # charts of another article go beside the report, not over the seed's committed ones
        os.environ["CHART_FIGURES_DIR"] = str(REPORTS_DIR / "figures" / path.stem)
    parameters = parameters_for(path, published)
    failed = 0
    pages: list[tuple[Path, str]] = []
    tables: list[Path] = []
    for notebook in notebooks:
        executed = RUNS_DIR / notebook.name
        target = REPORTS_DIR / (notebook.stem + ".html")
        try:
            execute(notebook, executed, parameters)
        except Exception as error:  # noqa: BLE001 - any failure is reported in one line, then we go on
            failed += 1
            print(f"{prog}: {notebook.name}: {one_line(error)}", file=sys.stderr)
            if not executed.exists():
                continue
        try:
            to_html(executed, target, f"{notebook.stem} · {path.name}", path if another else None)
        except Exception as error:  # noqa: BLE001
            failed += 1
            print(f"{prog}: {notebook.name}: cannot write HTML: {one_line(error)}", file=sys.stderr)
            continue
        pages.append((target, notebook_title(notebook)))
        print(f"wrote {_shown(target)}")
    try:
        for table in write_tables(path, published):
            tables.append(table)
            print(f"wrote {_shown(table)}")
    except (ArticleError, MissingResourceError, OSError, ValueError) as error:
        failed += 1
        print(f"{prog}: tables: {one_line(error)}", file=sys.stderr)
    print(f"wrote {_shown(write_index(pages, tables, path, REPORTS_DIR, published))}")
    sys.stdout.flush()
    return 1 if failed else 0


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path, Path.cwd())
    except ValueError:
        return str(path)
