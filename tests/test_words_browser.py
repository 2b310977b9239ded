"""The word notebooks' controls in a real JupyterLab: in 04_vocabulary, typing a word to trace redraws its
concordance and chart inside the control's own output (once); in 01_words, the stopword switch redraws the
top-words table. Reuses the JupyterLab server and headless Chromium of tests/test_browser.py (skips when the
browser cannot start)."""
from __future__ import annotations

import pytest

from tests.test_browser import (  # noqa: F401 - fixtures are used by name
    TOKEN,
    browser,
    lab,
    run_all_cells,
    wait_for_kernel,
    wait_until_idle,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def widget_output(page, label: str):
    """The output area of the interact widget whose control carries `label`."""
    return page.locator(f"{PANEL} .widget-interact", has=page.locator(".widget-label", has_text=label)).first


def open_and_run(browser, lab, stem: str):  # noqa: F811 - fixtures passed in by the tests
    """A new page with notebooks/`stem`.ipynb open in JupyterLab and every cell run (Run ▸ Run All Cells)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    page.goto(f"{lab}/lab/tree/{stem}.ipynb?token={TOKEN}", timeout=60_000)
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


def test_stopword_switch_redraws_inside_its_output(lab, browser):  # noqa: F811 - fixtures imported above
    page = open_and_run(browser, lab, "01_words")
    try:
        words = widget_output(page, "Top N")
        assert "the" not in words.locator("table").first.inner_text().split()
        words.locator("input[type='checkbox']").first.uncheck()
        words.locator("table", has_text="the").first.wait_for(timeout=30_000)
        assert words.locator(".jp-RenderedImage img").count() == 1
    finally:
        page.close()
