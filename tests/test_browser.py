"""The notebooks in a real browser: JupyterLab on a free localhost port, driven in headless Chromium.

For each notebook: open it, choose Run ▸ Run All Cells through the menu, wait for the kernel to be idle and
every cell to have run, then check that no cell shows an error, that charts rendered as images (loaded,
not broken) and that widgets rendered as controls (not as their text repr such as `VBox(children=...)`).
Where a notebook has the shared article picker, typing another article's path must redraw its output.
A screenshot of each notebook goes to reports/screenshots/.

Chromium is Debian's /usr/bin/chromium driven by the `playwright` package (never `playwright install`).
When the browser cannot start the test skips with the reason, except in CI (env var CI set), where it
fails: CI installs chromium, so a browser that does not start there is a defect.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from helpers.resources import PROJECT_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
SCREENSHOTS = PROJECT_ROOT / "reports" / "screenshots"
JUPYTER = Path(sys.executable).parent / "jupyter"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "article-analysis-browser-test"
SMALL = "tests/data/small-article.txt"
RUN_TIMEOUT_MS = 240_000
# Text reprs that mean a widget did not render (the front end is missing or broken).
WIDGET_AS_TEXT = re.compile(r"^\s*(?:interactive|VBox|HBox|Box|Dropdown|IntSlider|Checkbox|Text|Output|"
                            r"ToggleButtons|SelectMultiple)\(", re.MULTILINE)
# JupyterLab settings for the test server: no windowing, so every cell is rendered and checkable; no autosave.
USER_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                      "checkForUpdates": False},
}


def unavailable(reason: str):
    """Fail in CI (the browser is part of the CI image), skip elsewhere, always with the reason."""
    if os.environ.get("CI"):
        pytest.fail(f"real-browser test cannot run in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process(process: subprocess.Popen) -> None:
    """Stop a server the test started: politely first, then for good."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def wait_for_server(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited ({process.returncode}): {log.read_text()[-800:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"JupyterLab did not answer within {timeout:.0f} s: {log.read_text()[-800:]}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free localhost port (our own process, stopped after the module)."""
    if not NOTEBOOKS:
        pytest.skip("no notebooks in notebooks/")
    if not JUPYTER.exists():
        pytest.fail(f"{JUPYTER} missing: run `make setup`")
    home = tmp_path_factory.mktemp("lab")
    settings = home / "settings"
    for relative, values in USER_SETTINGS.items():
        path = settings / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    # JupyterLab saves what it runs: serve copies, so the repository's notebooks keep no outputs.
    root = home / "notebooks"
    root.mkdir()
    for path in NOTEBOOKS:
        shutil.copy(path, root / path.name)
    port = free_port()
    command = [str(JUPYTER), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={TOKEN}",
               f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
               f"--LabApp.workspaces_dir={home / 'workspaces'}"]
    if hasattr(os, "getuid") and os.getuid() == 0:
        command.append("--allow-root")
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(home / "runtime"), IPYTHONDIR=str(home / "ipython"))
    log = home / "lab.log"
    with log.open("w") as log_file:
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, env=env,
                                   cwd=PROJECT_ROOT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(f"{base}/api/status?token={TOKEN}", process, log)
        yield base
    finally:
        stop_process(process)


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium through Playwright."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        unavailable(f"playwright is not installed: {error}")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists()
                                              else shutil.which("chromium"), args=CHROMIUM_ARGS)
    except Exception as error:  # noqa: BLE001 - any launch failure is the same verdict
        playwright.stop()
        unavailable(f"Chromium did not start: {str(error).splitlines()[0]}")
    yield chromium
    chromium.close()
    playwright.stop()


def has_widgets(path: Path) -> bool:
    """Whether the notebook's code makes ipywidgets controls."""
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    return bool(re.search(r"\bwidgets\b|\binteract(?:ive)?\(|controls\.", source))


def has_picker(path: Path) -> bool:
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    return "controls.article_picker(" in source  # the single-article picker (05's corpus picker lists articles)


# JS: how many code cells still wait to run ("[ ]:" never ran, "[*]:" running).
_PENDING = """() => Array.from(document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell'))
  .filter(c => { const p = c.querySelector('.jp-InputPrompt'); const t = p ? p.textContent : '';
                 return t.includes('*') || /\\[\\s*\\]/.test(t); }).length"""


# JS: whether any code cell has started or finished running.
_STARTED = """() => Array.from(document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt'))
  .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


def run_all_cells(page) -> None:
    """Run ▸ Run All Cells through the menu bar, as a reader would. JupyterLab drops the command when the
    kernel is still connecting, so when no cell has started 20 s later the reader's second click is made."""
    for _attempt in range(2):
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
        try:
            page.wait_for_function(f"({_STARTED})()", timeout=20_000, polling=250)
            return
        except Exception:  # noqa: BLE001 - retried once, then reported by wait_until_idle
            page.keyboard.press("Escape")


def wait_for_kernel(page, timeout_ms: int = 90_000) -> None:
    """The notebook's kernel is connected and idle (the status bar says so): a Run All given before that
    is dropped by JupyterLab."""
    page.wait_for_function("() => /\\|\\s*Idle/.test(document.querySelector('.jp-StatusBar-Widget') ? "
                           "document.body.innerText : '')", timeout=timeout_ms, polling=250)
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']",
                           timeout=timeout_ms)


def wait_until_idle(page, name: str, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
    """Every code cell has run and the kernel reports idle (on time-out: a screenshot and the prompts)."""
    try:
        page.wait_for_function(f"({_PENDING})() === 0", timeout=timeout_ms, polling=500)
    except Exception as error:  # noqa: BLE001 - turned into a readable failure
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-timeout.png"))
        prompts = page.evaluate("() => Array.from(document.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))"
                                ".map(e => e.textContent)")
        pytest.fail(f"{name}: cells still pending after {timeout_ms / 1000:.0f} s: {prompts} ({type(error).__name__})")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']",
                           timeout=timeout_ms)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(path: Path, lab: str, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    dialogs: list[str] = []  # the small article carries <script>alert(1)</script>: it must never run
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        # A workspace of its own, so no tab of an earlier notebook is open (only one notebook panel).
        page.goto(f"{lab}/lab/workspaces/{path.stem}/tree/{path.name}?reset&token={TOKEN}", timeout=60_000)
        panel = ".jp-NotebookPanel"
        page.wait_for_selector(f"{panel} .jp-Cell", timeout=60_000)
        wait_for_kernel(page)
        run_all_cells(page)
        wait_until_idle(page, path.stem)

        error_outputs = page.locator(f"{panel} [data-mime-type='application/vnd.jupyter.error']")
        errors = [error_outputs.nth(i).inner_text()[:300] for i in range(error_outputs.count())]
        assert not errors, f"{path.name} shows errors in JupyterLab: {errors}"

        charts = page.locator(f"{panel} .jp-RenderedImage img")
        assert charts.count() >= 1, f"{path.name}: no chart rendered"
        broken = page.evaluate(f"""() => Array.from(document.querySelectorAll("{panel} .jp-RenderedImage img"))
                                   .filter(i => !(i.complete && i.naturalWidth > 0)).length""")
        assert broken == 0, f"{path.name}: {broken} chart images did not load"

        texts = page.locator(f"{panel} .jp-OutputArea-output[data-mime-type='text/plain']").all_inner_texts()
        as_text = [t[:80] for t in texts if WIDGET_AS_TEXT.search(t)]
        assert not as_text, f"{path.name}: widgets shown as text, the widget front end is missing: {as_text}"
        if has_widgets(path):
            controls = page.locator(f"{panel} .jupyter-widgets.widget-inline-hbox, {panel} .jupyter-widgets select")
            assert controls.count() >= 1, f"{path.name}: no widget control rendered"

        maths = page.locator(f"{panel} .jp-OutputArea-output mjx-container")
        typeset = [maths.nth(i).evaluate("e => e.closest('.jp-OutputArea-output').innerText.slice(0, 120)")
                   for i in range(min(maths.count(), 3))]
        assert not typeset, f"{path.name}: output text typeset as LaTeX (two '$' amounts?): {typeset}"

        if has_picker(path):
            box = page.locator(f"{panel} input[placeholder*='type a path']").first
            box.fill(SMALL)
            box.press("Enter")
            page.locator(f"{panel} .jp-OutputArea-output", has_text=f"Showing {SMALL}").first.wait_for(timeout=60_000)
            page.wait_for_function(f"""() => Array.from(document.querySelectorAll("{panel} .jupyter-widgets-output-area img"))
                                       .every(i => i.complete && i.naturalWidth > 0)""", timeout=30_000)

        assert not dialogs, f"{path.name}: article markup ran as script: {dialogs}"
        live = page.locator(f"{panel} .jp-OutputArea-output img[src='x']")
        assert live.count() == 0, f"{path.name}: article markup <img src=x> rendered as HTML"

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.locator(f"{panel} .jp-WindowedPanel-outer").first.evaluate("e => e.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOTS / f"{path.stem}.png"))
    finally:
        page.close()
        stop_kernels(lab)


def stop_kernels(base: str) -> None:
    """Shut down the test server's kernels after each notebook, so they do not compete for the CPU."""
    headers = {"Authorization": f"token {TOKEN}"}
    with urllib.request.urlopen(urllib.request.Request(f"{base}/api/kernels", headers=headers), timeout=10) as r:
        kernels = json.load(r)
    for kernel in kernels:
        request = urllib.request.Request(f"{base}/api/kernels/{kernel['id']}", method="DELETE", headers=headers)
        with urllib.request.urlopen(request, timeout=30):
            pass
