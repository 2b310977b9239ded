"""What a newcomer sees, in a real browser: every notebook in JupyterLab and every HTML report, checked for
what made them look unfinished (issue 16), with screenshots in reports/screenshots/.

Notebooks are served from the repository's own notebooks/ folder, with the project's JupyterLab settings
(.jupyter/overrides.json, installed by `make setup`) and its server config (.jupyter/jupyter_server_config.py,
as `make lab` passes it), because what is tested is that opening and running them changes no tracked file:
- opening a notebook does not mark it modified;
- after Run All: no error, no "Untitled", no "[Interactive control", no output shown twice, the article
  picker lists more than one article and really switches article, 02's speaker control starts at
  "Everyone";
- after the autosave interval has passed, `git diff --quiet notebooks/` (and the files' bytes) unchanged.
Reports are written by `helpers.report.run_report` into a temporary folder, for the seed and for a hostile
article, and opened as files: no request leaves the page (no CDN), no code or kernel-only instructions,
prose at about 70 characters a line, an index with each report's title, the article, its date and its
finding; nothing from the hostile article runs or renders as markup.

Skips when Chromium cannot start, except in CI (see tests/test_browser.py).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from helpers.resources import PROJECT_ROOT
from tests.test_browser import (  # noqa: F401 - fixtures are used by name
    JUPYTER,
    SCREENSHOTS,
    TOKEN,
    browser,
    free_port,
    run_all_cells,
    stop_process,
    stop_kernels,
    wait_for_kernel,
    wait_for_server,
    wait_until_idle,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
ARTICLE_NOTEBOOKS = [p for p in NOTEBOOKS if "ARTICLE" in p.read_text(encoding="utf-8")]  # the report's pages
PANEL = ".jp-NotebookPanel"
SEED = "data/articles/putin-xi-beijing.txt"
HOSTILE_ARTICLE = PROJECT_ROOT / "tests" / "data" / "hostile-article.txt"
AUTOSAVE_SECONDS = 120  # JupyterLab's default autosave interval
# Words that read as unfinished, or as instructions only a live kernel can follow.
UNFINISHED = ["Untitled", "[Interactive control", "not ready yet", "not given"]
KERNEL_ONLY = ["[Interactive control", "parameters cell", "Run All", "make lab", "move the slider", "Another article?",
               "helpers/", "helpers.", "live kernel"]
# Only the settings the test needs; autosave is left to the project's overrides.json.
USER_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                      "checkForUpdates": False},
}


def snapshot() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in NOTEBOOKS}


@pytest.fixture(scope="module")
def repo_lab(tmp_path_factory):
    """JupyterLab on the repository's notebooks/, configured as `make lab` configures it."""
    if not NOTEBOOKS:
        pytest.skip("no notebooks")
    overrides = Path(JUPYTER).parent.parent / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    if not overrides.exists() or overrides.read_bytes() != (PROJECT_ROOT / ".jupyter" / "overrides.json").read_bytes():
        pytest.fail("JupyterLab's project settings are not installed: run `make setup`")
    home = tmp_path_factory.mktemp("reader-lab")
    settings = home / "settings"
    for relative, values in USER_SETTINGS.items():
        path = settings / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    port = free_port()
    command = [str(JUPYTER), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={TOKEN}",
               f"--ServerApp.root_dir={NOTEBOOKS_DIR}", f"--LabApp.user_settings_dir={settings}",
               f"--LabApp.workspaces_dir={home / 'workspaces'}",
               f"--config={PROJECT_ROOT / '.jupyter' / 'jupyter_server_config.py'}"]
    if hasattr(os, "getuid") and os.getuid() == 0:
        command.append("--allow-root")
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(home / "runtime"), IPYTHONDIR=str(home / "ipython"))
    log = home / "lab.log"
    before = snapshot()
    with log.open("w") as log_file:
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, env=env,
                                   cwd=PROJECT_ROOT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    state = {"base": base, "before": before, "first_run": None}
    try:
        wait_for_server(f"{base}/api/status?token={TOKEN}", process, log)
        yield state
    finally:
        stop_process(process)
        shutil.rmtree(NOTEBOOKS_DIR / ".ipynb_checkpoints", ignore_errors=True)


def dirty_tabs(page) -> list[str]:
    return page.evaluate("() => Array.from(document.querySelectorAll('.lm-TabBar-tab.jp-mod-dirty'))"
                         ".map(e => e.innerText)")


def doubled_outputs(page) -> list[str]:
    """Outputs shown twice in one notebook: the same long text, or the same image, in two output areas."""
    texts = page.evaluate(f"""() => Array.from(document.querySelectorAll("{PANEL} .jp-OutputArea-output"))
        .filter(e => !e.querySelector('.jp-OutputArea-output'))
        .map(e => {{ const img = e.querySelector('img'); return img ? 'img:' + img.src.slice(-200) : e.innerText.trim(); }})
        .filter(t => t.length > 80)""")
    seen, doubled = set(), []
    for text in texts:
        if text in seen:
            doubled.append(text[:100])
        seen.add(text)
    return doubled


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_reads_finished_in_jupyterlab(path: Path, repo_lab, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(f"{repo_lab['base']}/lab/workspaces/reader-{path.stem}/tree/{path.name}?reset&token={TOKEN}",
                  timeout=60_000)
        page.wait_for_selector(f"{PANEL} .jp-Cell", timeout=60_000)
        wait_for_kernel(page)
        time.sleep(2)  # the kernel's info has arrived and been applied to the notebook's metadata
        assert not dirty_tabs(page), f"{path.name} is marked modified as soon as it opens"

        repo_lab["first_run"] = repo_lab["first_run"] or time.monotonic()
        run_all_cells(page)
        wait_until_idle(page, f"reader-{path.stem}")
        errors = page.locator(f"{PANEL} [data-mime-type='application/vnd.jupyter.error']").all_inner_texts()
        assert not errors, f"{path.name}: {[e[:200] for e in errors]}"
        text = page.locator(PANEL).first.inner_text()
        shown = [word for word in UNFINISHED if word in text]
        assert not shown, f"{path.name} shows {shown}"
        assert not doubled_outputs(page), f"{path.name} shows an output twice: {doubled_outputs(page)}"

        if path.stem.startswith("02"):
            speaker = page.locator(f"{PANEL} .widget-dropdown", has=page.locator("label", has_text="Speaker"))
            assert speaker.locator("select").evaluate("s => s.options[s.selectedIndex].text") == "Everyone"

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator(f"{PANEL} .jp-WindowedPanel-outer").first.evaluate("e => e.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOTS / f"lab-{path.stem}.png"))

        if "controls.article_picker(" in path.read_text(encoding="utf-8"):
            picker = page.locator(f"{PANEL} .widget-vbox", has=page.locator("input[placeholder*='type a path']")).first
            select = picker.locator("select").first
            options = select.evaluate("s => Array.from(s.options).map(o => o.text)")
            assert len(options) > 1, f"{path.name}: the picker offers only {options}"
            other = next(o for o in options if o != SEED)
            select.select_option(label=other)
            picker.locator(".jp-OutputArea-output", has_text=f"Showing {other}").first.wait_for(timeout=90_000)
            assert picker.locator("img, .jp-RenderedHTMLCommon").count() >= 1, f"{path.name}: nothing drawn for {other}"
            picker.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOTS / f"lab-{path.stem}-picker.png"))
        assert not dialogs, f"{path.name}: article text ran as script: {dialogs}"
    finally:
        page.close()
        stop_kernels(repo_lab["base"])


def test_running_the_notebooks_changes_no_tracked_file(repo_lab):
    """Runs after the notebooks above (same module): past the autosave interval, the files are unchanged."""
    if repo_lab["first_run"] is None:
        pytest.skip("no notebook was run in JupyterLab")
    wait = AUTOSAVE_SECONDS + 5 - (time.monotonic() - repo_lab["first_run"])
    if wait > 0:
        time.sleep(wait)
    changed = [name for name, data in snapshot().items() if repo_lab["before"].get(name) != data]
    assert not changed, f"JupyterLab wrote into {changed}"
    if shutil.which("git") and (PROJECT_ROOT / ".git").exists():
        result = subprocess.run(["git", "diff", "--quiet", "--", "notebooks/"], cwd=PROJECT_ROOT)
        assert result.returncode == 0, "git diff shows changes in notebooks/"


def test_the_pre_save_hook_strips_outputs():
    from helpers.views.notebook import strip_outputs

    model = {"type": "notebook", "content": {"metadata": {"widgets": {}}, "cells": [
        {"cell_type": "code", "source": "1", "outputs": [{"output_type": "stream"}], "execution_count": 3,
         "metadata": {"execution": {}}},
        {"cell_type": "markdown", "source": "# x", "metadata": {}}]}}
    strip_outputs(model, path="x.ipynb", contents_manager=None)
    cell = model["content"]["cells"][0]
    assert cell["outputs"] == [] and cell["execution_count"] is None and "widgets" not in model["content"]["metadata"]
    assert model["content"]["cells"][0]["source"] == "1"


# --------------------------------------------------------------------------- the HTML reports


def write_report(article: str, folder: Path) -> Path:
    from helpers import report

    saved = (report.REPORTS_DIR, report.RUNS_DIR, os.environ.get("CHART_FIGURES_DIR"))
    report.REPORTS_DIR, report.RUNS_DIR = folder, folder / "runs"
    os.environ["CHART_FIGURES_DIR"] = str(folder / "figures")  # never over the committed charts
    try:
        assert report.run_report(article) == 0
    finally:
        report.REPORTS_DIR, report.RUNS_DIR = saved[0], saved[1]
        if saved[2] is None:
            os.environ.pop("CHART_FIGURES_DIR", None)
        else:
            os.environ["CHART_FIGURES_DIR"] = saved[2]
    return folder


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory) -> Path:
    return write_report(SEED, tmp_path_factory.mktemp("reports-seed"))


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory) -> Path:
    return write_report(str(HOSTILE_ARTICLE), tmp_path_factory.mktemp("reports-hostile"))


REPORT_PAGES = [p.stem + ".html" for p in ARTICLE_NOTEBOOKS]


def open_report(browser, path: Path):
    """A page showing the report file, and the list of every request it made that is not the file itself."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load", timeout=60_000)
    page.wait_for_timeout(500)
    return page, [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))], dialogs


def characters_per_line(page) -> float:
    """The widest prose paragraph of the page, in characters of its font (CSS `ch`)."""
    return page.evaluate("""() => {
        const probe = document.createElement('span'); probe.style.width = '1ch'; probe.style.display = 'inline-block';
        let widest = 0;
        for (const p of document.querySelectorAll('.jp-RenderedMarkdown p')) {
            p.appendChild(probe); const ch = probe.getBoundingClientRect().width; p.removeChild(probe);
            if (p.innerText.length > 100) widest = Math.max(widest, p.getBoundingClientRect().width / ch);
        }
        return widest; }""")


@pytest.mark.parametrize("name", REPORT_PAGES)
def test_report_reads_finished(name: str, seed_reports: Path, browser):
    page, requests, _ = open_report(browser, seed_reports / name)
    try:
        assert not requests, f"{name} loads from the network: {requests[:3]}"
        html = (seed_reports / name).read_text(encoding="utf-8")
        assert not re.search(r"<(?:script|link)\b[^>]*\b(?:src|href)=[\"']?https?://", html), f"{name}: CDN URL"
        text = page.locator("body").inner_text()
        found = [w for w in UNFINISHED + KERNEL_ONLY if w in text]
        assert not found, f"{name} shows {found}"
        assert page.locator(".jp-InputArea-editor, .jp-CodeCell .highlight").count() == 0, f"{name} shows code"
        assert page.locator("img").count() >= 1, f"{name} shows no chart"
        assert 40 < characters_per_line(page) <= 75, f"{name}: prose runs {characters_per_line(page):.0f} characters a line"
        assert ".ipynb" not in " ".join(page.eval_on_selector_all("a", "as => as.map(a => a.href)"))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"report-{Path(name).stem}.png"), full_page=True)
    finally:
        page.close()


def test_report_index_names_title_date_and_findings(seed_reports: Path, browser):
    page, requests, _ = open_report(browser, seed_reports / "index.html")
    try:
        assert not requests
        text = page.locator("body").inner_text()
        assert "Thursday 16 May 2024" in text
        items = page.locator("ol > li")
        assert items.count() == len(REPORT_PAGES)
        for i in range(items.count()):
            link = items.nth(i).locator("a")
            assert (seed_reports / link.get_attribute("href")).exists()
            assert len(items.nth(i).locator("p").inner_text()) > 20, f"no finding for {link.inner_text()}"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "report-index.png"), full_page=True)
    finally:
        page.close()


@pytest.mark.parametrize("name", [*REPORT_PAGES, "index.html"])
def test_hostile_article_is_inert_in_the_reports(name: str, hostile_reports: Path, browser):
    page, requests, dialogs = open_report(browser, hostile_reports / name)
    try:
        assert not dialogs, f"{name}: article text ran as script: {dialogs}"
        live = page.evaluate("""() => document.querySelectorAll(
            'img[src="x"], svg[onload], [onerror], [onmouseover], a[href^="javascript:"], b[onmouseover]').length""")
        assert live == 0, f"{name}: article markup rendered as live HTML"
        assert not requests, f"{name} loads from the network: {requests[:3]}"
        if name == "02_quotes.html":
            assert "<img src=x onerror=alert(5)>" in page.locator("body").inner_text()  # shown, as text
    finally:
        page.close()
