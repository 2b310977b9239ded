"""Shared ipywidgets pieces for the notebooks: the article picker every notebook offers, and `explore`, the
controls that redraw a view (like `ipywidgets.interact`, without drawing the default view a second time).

Widgets are thin: each wraps a plain function (`list_articles`, `choose_article`, `render_choice`) that the
tests call directly, so a control is tested without a browser. A picker never changes the notebook's
parameters or any global: it redraws its own output area for the chosen article, so rerunning any other
cell still gives the parameters cell's result (no hidden state).

    from helpers.views import controls
    controls.article_picker(show_summary, default=ARTICLE)   # show_summary(path) draws one article
    controls.explore(W.top_words_view, doc=doc, top_n=widgets.IntSlider(value=20), note="Default view above.")
"""
from __future__ import annotations

import html
import os
import time
from collections.abc import Callable
from typing import Any

from helpers.load.article import ArticleError, looks_like_url
from helpers.views.notebook import project_path
from helpers.resources import PROJECT_ROOT

ARTICLES_DIR = PROJECT_ROOT / "data" / "articles"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def show_result(result: Any) -> None:
    """Display what a render function returned, as `interact` would: a matplotlib figure once (then closed,
    so pyplot does not show it again), any other object through IPython's display, None not at all."""
    if result is None:
        return
    from IPython.display import display
    from matplotlib.figure import Figure

    display(result)
    if isinstance(result, Figure):
        import matplotlib.pyplot as plt

        plt.close(result)


def with_quotes(view: Callable[..., Any]) -> Callable[..., Any]:
    """Adapt a view taking (doc, quotes, ...) to take (doc, ...): the quotes are found for the chosen article."""
    from helpers.quotes import find_quotes

    def adapted(doc: Any, **options: Any) -> Any:
        return view(doc, find_quotes(doc), **options)

    return adapted


def with_numbers(view: Callable[..., Any]) -> Callable[..., Any]:
    """Adapt a view taking (doc, numbers, ...) to take (doc, ...): the numbers are found for the chosen article."""
    from helpers.numbers import find_numbers

    def adapted(doc: Any, **options: Any) -> Any:
        return view(doc, find_numbers(doc), **options)

    return adapted


def on_document(view: Callable[..., Any], published: Any = None, **options: Any) -> Callable[[str], Any]:
    """A picker `render` for a view that takes the analysed document: `view(open_document(path), **options)`.

    Lets a notebook offer the picker in one line, e.g.
    `controls.article_picker(controls.on_document(W.top_words_view, top_n=TOP_N), default=ARTICLE)`.
    """
    from helpers.views.notebook import open_document

    def render(path: str) -> Any:
        return view(open_document(path, published), **options)

    render.__name__ = f"on_document({getattr(view, '__name__', 'view')})"
    return render


def list_articles(folder: str | os.PathLike = ARTICLES_DIR) -> list[str]:
    """Article files in `folder` (.txt, .html, .htm; sidecar .json excluded), project-relative when inside the
    project, sorted by name so the dropdown is stable between runs."""
    folder = project_path(folder)
    if not folder.is_dir():
        return []
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    return [display_path(p) for p in paths]


def display_path(path: str | os.PathLike) -> str:
    """A path as the reader should see it: project-relative when inside the project, else absolute
    (a URL as typed)."""
    if looks_like_url(path):
        return str(path).strip()
    path = project_path(path).resolve()
    try:
        return path.relative_to(PROJECT_ROOT.resolve()).as_posix()
    except ValueError:
        return str(path)


def choose_article(choice: str | None, typed: str = "") -> str:
    """The article to analyse: a typed path wins over the dropdown choice when it is not blank.

    Raises ArticleError (one line) when the path is not an existing file, so the picker can show the reason
    instead of a traceback.
    """
    wanted = (typed or "").strip() or (choice or "").strip()
    if not wanted:
        raise ArticleError("no article chosen: pick one from the list or type a path")
    if looks_like_url(wanted):
        from helpers.load.fetch import check_url

        try:
            return check_url(wanted)
        except ArticleError as error:
            raise ArticleError(f"{wanted[:100]}: {error}") from None
    path = project_path(wanted)
    if not path.exists():
        raise ArticleError(f"{wanted}: no such file")
    if path.is_dir():
        raise ArticleError(f"{wanted}: is a directory, not an article file")
    return display_path(path)


def picker_options(default: str, folder: str | os.PathLike = ARTICLES_DIR) -> list[str]:
    """Dropdown entries: the articles in `folder`, plus `default` first when it lives elsewhere."""
    options = list_articles(folder)
    shown = display_path(default) if default else ""
    if shown and shown not in options:
        options.insert(0, shown)
    return options


def render_choice(render: Callable[[str], Any], choice: str | None, typed: str = "") -> tuple[str | None, str]:
    """Run `render(path)` for the chosen article; return (path or None, a one-line status for the reader).

    Errors become a status line (never a traceback), because a reader typing a path makes typos.
    """
    started = time.perf_counter()
    try:
        path = choose_article(choice, typed)
        render(path)
    except (ArticleError, OSError, ValueError) as error:
        return None, f"Cannot show that article: {error}"
    elapsed = time.perf_counter() - started
    return path, f"Showing {path} ({elapsed * 1000:.0f} ms)"


def article_picker(render: Callable[[str], Any], default: str, *, description: str = "Article",
                   show_default: bool = False) -> Any:
    """A dropdown of data/articles/*.txt|*.html, a free path box and an output area redrawn by `render(path)`.

    Returns the ipywidgets box (display it by leaving it last in the cell). The output area starts with a
    line saying that the notebook's sections show `default` (they do, right below), so running the
    notebook does not draw the same view twice; `show_default=True` draws `default` there at once.
    """
    import ipywidgets as widgets
    from IPython.display import HTML, display

    options = picker_options(default)
    dropdown = widgets.Dropdown(options=options, value=display_path(default) if default else None,
                                description=description, layout=widgets.Layout(width="60%"))
    typed = widgets.Text(placeholder="or type a path or http(s) URL, e.g. data/articles/other.txt, then press Enter",
                         description="Path", continuous_update=False, layout=widgets.Layout(width="60%"))
    output = widgets.Output()

    def note(text: str) -> None:
        display(HTML(f'<p style="color:#555;font-size:90%">{html.escape(text)}</p>'))

    def redraw(_change: Any = None) -> None:
        from ipywidgets.widgets.interaction import show_inline_matplotlib_plots

        output.clear_output(wait=True)
        with output:
            _, status = render_choice(lambda path: show_result(render(path)), dropdown.value, typed.value)
            show_inline_matplotlib_plots()  # charts drawn by `render` with pyplot (as `interact` does)
            note(status)

    def follow_typed(_change: Any = None) -> None:
        """A typed path that exists becomes the dropdown's choice (added to it when new), so the dropdown
        always names the article shown; a path that does not exist is reported by `redraw`."""
        try:
            path = choose_article(None, typed.value) if (typed.value or "").strip() else None
        except ArticleError:
            path = None
        if path is None:
            redraw()
            return
        dropdown.unobserve(redraw, names="value")
        typed.unobserve(follow_typed, names="value")
        try:
            if path not in dropdown.options:
                dropdown.options = [*dropdown.options, path]
            dropdown.value = path
            typed.value = ""  # the dropdown now names it
        finally:
            dropdown.observe(redraw, names="value")
            typed.observe(follow_typed, names="value")
        redraw()

    dropdown.observe(redraw, names="value")
    typed.observe(follow_typed, names="value")
    if show_default or not default:
        redraw()
    else:
        with output:
            note(default_note(default))
    return widgets.VBox([dropdown, typed, output])


def default_note(default: str) -> str:
    """What the picker says before any choice: the notebook itself shows the default article."""
    return (f"The sections below show {display_path(default)}. Choose another article above, or type a path, "
            "to see it here.")


def explore(view: Callable[..., Any], *, note: str = "", **arguments: Any) -> Any:
    """Controls that redraw `view(**arguments)` in an output area whenever one of them moves.

    Like `ipywidgets.interact`, but the output area starts with `note` instead of calling `view` at once:
    the notebook shows the default view statically just above (so it is in the HTML report too), and
    drawing it a second time only makes Run All slower. Arguments that are ipywidgets controls are read
    at each change; any other argument is passed as it is (what `widgets.fixed` does for `interact`).
    Returns the box of controls and output (display it by leaving it last in the cell).
    """
    import ipywidgets as widgets
    from IPython.display import HTML, display

    controls = {name: value for name, value in arguments.items() if isinstance(value, widgets.ValueWidget)}
    fixed = {name: value for name, value in arguments.items() if name not in controls}
    output = widgets.Output()

    def redraw(_change: Any = None) -> None:
        from ipywidgets.widgets.interaction import show_inline_matplotlib_plots

        output.clear_output(wait=True)
        with output:
            show_result(call_view(view, fixed, {name: control.value for name, control in controls.items()}))
            show_inline_matplotlib_plots()

    for control in controls.values():
        control.observe(redraw, names="value")
    if note:
        with output:
            display(HTML(f'<p style="color:#555;font-size:90%">{html.escape(note)}</p>'))
    else:
        redraw()
    return widgets.VBox([*controls.values(), output])


def call_view(view: Callable[..., Any], fixed: dict[str, Any], values: dict[str, Any]) -> Any:
    """`view(**fixed, **values)`, or a one-line message when it fails (a reader's value may be unusable)."""
    from IPython.display import HTML

    try:
        return view(**fixed, **values)
    except (ValueError, KeyError, LookupError) as error:
        return HTML(f'<p style="color:#a33">{html.escape(f"Cannot show that: {error}")}</p>')


def setup_notebook() -> dict[str, object]:
    """Display settings every notebook needs; call once in the first code cell. Returns what was set.

    - pandas tables are marked `tex2jax_ignore`, so classic Jupyter and nbconvert pages (MathJax 2) do not
      typeset "$18bn (£14bn) ... $240bn" as LaTeX maths (JupyterLab 4 needs the class `mathjax_ignore`,
      which pandas does not add: see `overview.text_table`);
    - in a Jupyter kernel, the inline matplotlib backend is activated up front (like `%matplotlib inline`):
      when the backend is first loaded inside `charts`' style context, leaving that context switches
      interactive mode off again and every later chart silently stops showing;
    - and figures are shown through `charts.notebook_png`: a chart saved under reports/figures/ is shown
      from the PNG already rendered for the file, not rendered a second time.
    """
    import pandas as pd

    pd.set_option("display.html.use_mathjax", False)
    settings: dict[str, object] = {"display.html.use_mathjax": False}
    try:
        from IPython import get_ipython
    except ImportError:
        return settings
    shell = get_ipython()
    if shell is not None and getattr(shell, "kernel", None) is not None:
        from helpers.views import charts

        shell.run_line_magic("matplotlib", "inline")
        charts.use_in_notebook(shell)  # after the magic, which installs its own PNG formatter
        settings["matplotlib"] = "inline"
        settings["figures"] = "charts.notebook_png"
    return settings
