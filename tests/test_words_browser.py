"""The word notebooks' controls in a real JupyterLab: in 04_vocabulary, typing a word to trace redraws its
concordance and chart inside the control's own output (once); in 01_words, the stopword switch redraws the
top-words table. Reuses the JupyterLab server and headless Chromium of tests/test_browser.py (skips when the
browser cannot start)."""
from __future__ import annotations

import time

import pytest

from tests.test_browser import (  # noqa: F401 - fixtures are used by name
    TOKEN,
    browser,
    lab,
    run_all_cells,
    stop_kernels,
    wait_for_kernel,
    wait_until_idle,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def widget_output(page, label: str):
    """The box of controls and output that `controls.explore` makes, found by the label of one of its controls."""
    return page.locator(f"{PANEL} .widget-vbox", has=page.locator(".widget-label", has_text=label)).first


def table_words(box) -> list[str]:
    """The words of the first table drawn in `box` (none yet: an empty list)."""
    tables = box.locator("table")
    return tables.first.inner_text().split() if tables.count() else []


def open_and_run(browser, lab, stem: str):  # noqa: F811 - fixtures passed in by the tests
    """A new page with notebooks/`stem`.ipynb open in JupyterLab and every cell run (Run ▸ Run All Cells), in a
    workspace of its own so no tab of another notebook is open (its cells would count as still pending)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    page.goto(f"{lab}/lab/workspaces/{stem}-controls/tree/{stem}.ipynb?reset&token={TOKEN}", timeout=60_000)
    page.wait_for_selector(f"{PANEL} .jp-Cell", timeout=60_000)
    wait_for_kernel(page)
    run_all_cells(page)
    wait_until_idle(page, f"{stem}-controls")
    return page


def test_trace_control_redraws_inside_its_output(lab, browser):  # noqa: F811 - fixtures imported above
    page = open_and_run(browser, lab, "04_vocabulary")
    try:
        trace = widget_output(page, "Trace")
        box = trace.locator("input[type='text']").first
        box.fill("Harbin")
        box.press("Enter")
        trace.locator(".jp-OutputArea-output", has_text="[Harbin]").first.wait_for(timeout=30_000)
        assert trace.locator(".jp-RenderedImage img").count() == 1  # the chart, drawn once
    finally:
        page.close()
        stop_kernels(lab)


def test_stopword_switch_redraws_inside_its_output(lab, browser):  # noqa: F811 - fixtures imported above
    page = open_and_run(browser, lab, "01_words")
    try:
        words = widget_output(page, "Top N")
        assert words.locator("table").count() == 0  # a note, not a second copy of the default view above
        words.locator("input[type='checkbox']").first.uncheck()  # "Remove stopwords" off: "the" is counted
        words.locator("table").first.wait_for(timeout=30_000)
        assert "the" in table_words(words)
        assert words.locator(".jp-RenderedImage img").count() == 1  # the chart, drawn once
        words.locator("input[type='checkbox']").first.check()  # on again: the same output redrawn without it
        deadline = time.monotonic() + 30
        while "the" in table_words(words) and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        assert table_words(words) and "the" not in table_words(words)
        assert words.locator(".jp-RenderedImage img").count() == 1
    finally:
        page.close()
        stop_kernels(lab)
