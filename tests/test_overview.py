"""The overview's helpers (helpers/views/overview.py), the shared article picker (helpers/views/controls.py) and the
report (helpers/report.py), called directly as plain functions."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers.views import controls

from helpers.views import overview

from helpers import report
from helpers.load.article import ArticleError, from_text
from helpers.resources import PROJECT_ROOT
from helpers.language.segment import Document

SMALL = PROJECT_ROOT / "tests" / "data" / "small-article.txt"


def doc_of(text: str, **kwargs) -> Document:
    return Document(from_text(text, **kwargs))


# --------------------------------------------------------------------------- what it is


@pytest.mark.parametrize("text, low, high", [
    ("The cat sat. The dog ran. We ate.", -5, 2),
    (("Notwithstanding considerable international opposition, the administration's unprecedented "
     "infrastructure appropriations materialised expeditiously."), 16, 40),
], ids=["short plain sentences read as early grades", "long latinate sentence reads as postgraduate"])
def test_reading_level_orders_easy_and_hard_text(text, low, high):
    level = overview.reading_level(doc_of(text))
    assert low <= level.grade <= high


def test_reading_level_is_flesch_kincaid_worked_by_hand():
    """6 words, 2 sentences, 6 syllables: grade 0.39 × 3 + 11.8 × 1 − 15.59 = −2.62; ease 206.835 − 1.015 × 3
    − 84.6 × 1 = 119.19."""
    level = overview.reading_level(doc_of("Cats eat fish. Dogs chase cats."))
    assert (level.grade, level.reading_ease, level.words, level.sentences) == (-2.6, 119.2, 6, 2)


def test_at_a_glance_leaves_out_what_is_missing():
    table = overview.at_a_glance(doc_of("Anna Smith opened the bridge on Monday. It cost little."))
    rows = table["value"].to_dict()
    assert "Published" not in rows and "Author" not in rows and "Site" not in rows
    assert rows["Title"].startswith("no title given")  # said once, neutrally: the card is headed by the lede
    assert rows["Opens with"] == "Anna Smith opened the bridge on Monday."
    assert not any("not given" in str(v) or "unknown" in str(v) for v in rows.values())


@pytest.mark.parametrize(
    "title, heading, says_no_title",
    [("Bridge reopens", "Bridge reopens", False), (None, "Anna Smith opened the bridge on Monday.", True)],
    ids=["titled: the title heads the card", "untitled: the first sentence heads it, and the card says so"],
)
def test_glance_card_heading(title, heading, says_no_title):
    card = overview.glance_html(doc_of("Anna Smith opened the bridge on Monday. It cost little.", title=title),
                                None, None)
    assert f">{heading}</h3>" in card
    assert ("no title given" in card) is says_no_title
    assert "Untitled" not in card and "not given" not in card


def test_glance_names_author_site_and_where_the_date_came_from():
    from helpers.load.article import load_article

    doc = Document(load_article(Path(__file__).parent / "data" / "bbc-style-page.html"))
    table = overview.at_a_glance(doc)
    assert table.loc["Author", "value"] == "Jane Marlow" and table.loc["Site", "value"] == "Example News"
    assert table.loc["Published", "value"] == "Thursday 16 May 2024 (from the page)"
    assert "Jane Marlow, Example News" in overview.glance_html(doc, None, None)


def test_format_date_names_the_weekday():
    import datetime as dt

    assert overview.format_date(dt.date(2024, 5, 16)) == "Thursday 16 May 2024"


# --------------------------------------------------------------------------- what it is about


def test_the_card_names_what_the_names_table_counts(seed_document):
    """One home per concept: the card's names are names_table's (01_words), in its order (the seed's
    fifth name once differed between the two by tie order)."""
    from helpers.words.names import names_table

    about = overview.summary_lines(seed_document, None, None, top_n=5)["About"]
    names = names_table(seed_document, top_n=5)["name"].tolist()
    assert about.startswith("Mostly about " + ", ".join(names[:-1]) + " and " + names[-1] + ";")


def test_the_overview_counts_quoted_words_as_the_quotes_notebook(seed_document):
    from helpers.quotes import find_quotes, speaker_table

    quotes = find_quotes(seed_document)
    shares, table = overview.speaker_shares(quotes), speaker_table(quotes)
    assert shares.set_index("speaker")["words"].to_dict() == table["words"].to_dict()


def test_the_overview_has_no_copies_of_the_analyses():
    import inspect

    source = inspect.getsource(overview)
    for copy in ("def name_mentions", "def quote_marks", "def text_table", "def _join", "QUOTE_MARKS",
                 "str.count(", "not ready yet", "barh("):
        assert copy not in source, copy


# --------------------------------------------------------------------------- who speaks


def quotes_frame(rows) -> pd.DataFrame:
    from helpers.quotes.find import QUOTE_COLUMNS

    base = {c: None for c in QUOTE_COLUMNS}
    return pd.DataFrame([{**base, **row} for row in rows], columns=QUOTE_COLUMNS)


def test_speaker_shares_count_only_spoken_words():
    quotes = quotes_frame([
        {"text": "“one two three”", "speaker": "Ann", "kind": "full"},
        {"text": "“four”", "speaker": "Ann", "kind": "partial"},
        {"text": "“five six”", "speaker": "Bo", "kind": "partial"},
        {"text": "“Little Moscow”", "speaker": None, "kind": "term"},
        {"text": "“seven eight”", "speaker": None, "kind": "full"},
    ])
    shares = overview.speaker_shares(quotes)
    assert shares["speaker"].tolist() == ["Ann", "(no speaker)", "Bo"]  # words as speaker_table splits them
    assert shares["words"].tolist() == [4, 2, 2]
    assert shares["quotes"].tolist() == [2, 1, 1]
    assert shares["share"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("quotes", [None, quotes_frame([]), quotes_frame([{"text": "“x”", "kind": "term"}])],
                         ids=["no frame", "empty frame", "only scare quotes"])
def test_speaker_shares_empty(quotes):
    assert overview.speaker_shares(quotes).empty


# --------------------------------------------------------------------------- key figures


def numbers_frame(rows) -> pd.DataFrame:
    from helpers.numbers.figure import NUMBER_COLUMNS

    base = {c: None for c in NUMBER_COLUMNS}
    return pd.DataFrame([{**base, **row} for row in rows], columns=NUMBER_COLUMNS)


def test_key_figures_keep_money_and_dates_in_reading_order():
    numbers = numbers_frame([
        {"text": "$240.1bn", "kind": "money", "value": 240.1e9, "currency": "USD", "start": 50, "end": 58},
        {"text": "12%", "kind": "percent", "value": 12.0, "start": 30, "end": 33},
        {"text": "Tuesday", "kind": "date", "value": "2024-05-14", "start": 5, "end": 12},
        {"text": "£14bn", "kind": "money", "value": 14e9, "currency": "GBP", "start": 20, "end": 25},
        {"text": "$18bn", "kind": "money", "value": 18e9, "currency": "USD", "start": 14, "end": 19},
    ])
    figures = overview.key_figures(numbers)
    assert figures["text"].tolist() == ["Tuesday", "$18bn", "£14bn", "$240.1bn"]


def test_key_figures_empty_when_numbers_are_missing():
    assert overview.key_figures(numbers_frame([])).empty
    assert overview.key_figures(None).empty


# --------------------------------------------------------------------------- furniture and the card


def test_furniture_spans_point_into_the_original():
    text = "Share this article\nThe mayor said the bridge is safe.\nAdvertisement\nIt opens on Monday.\n"
    doc = doc_of(text)
    removed = overview.furniture(doc)
    assert removed["rule"].tolist() == ["share", "advertisement"]
    assert removed["removed line"].tolist() == ["Share this article", "Advertisement"]
    for item in doc.article.removed:
        assert doc.article.original[item.start:item.end] == item.text


def test_glance_card_escapes_article_text():
    doc = doc_of("<img src=x onerror=alert(1)> opened the bridge.", title="Bridge <script>alert(3)</script>")
    card = overview.glance_html(doc, None, None)
    assert "<script>" not in card and "<img src=x" not in card
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in card
    assert "&lt;img src&#61;x onerror&#61;alert(1)&gt;" in card and "onerror=" not in card
    assert "mathjax_ignore" in card and "tex2jax_ignore" in card  # "$18bn ... $240bn" is not LaTeX


def test_summary_says_plainly_when_nothing_is_found():
    doc = doc_of("“We will build it,” the mayor said. The bridge opens on Monday.")
    lines = overview.summary_lines(doc, quotes_frame([]), numbers_frame([]))
    assert lines["Voices"].startswith("Nobody is quoted") and "quotation marks" in lines["Voices"]
    assert lines["Figures"] == "The article gives no sum of money and no date."
    assert "not ready" not in " ".join(lines.values())


def test_summary_lists_repeated_dates_once():
    doc = doc_of("It happened on Friday. It ended on Friday.")
    numbers = numbers_frame([
        {"text": "Friday", "kind": "date", "value": "2024-05-17", "start": 16, "end": 22},
        {"text": "Friday", "kind": "date", "value": "2024-05-17", "start": 35, "end": 41},
    ])
    assert overview.summary_lines(doc, None, numbers)["Figures"] == "Money: none. Dates: Friday (2024-05-17)."


def test_charts_are_none_when_there_is_nothing_to_draw():
    doc = doc_of("it was quiet.")
    assert overview.speakers_chart(doc, None) is None
    assert overview.money_chart(doc, None) is None
    assert overview.names_chart(doc) is None


# --------------------------------------------------------------------------- the article picker


@pytest.fixture
def articles(tmp_path) -> Path:
    for name in ("b.txt", "a.html", "a.json", "notes.md", "c.HTM"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    return tmp_path


def test_list_articles_keeps_article_files_sorted(articles):
    names = [Path(p).name for p in controls.list_articles(articles)]
    assert names == ["a.html", "b.txt", "c.HTM"]


def test_list_articles_of_the_project_is_project_relative():
    assert "data/articles/putin-xi-beijing.txt" in controls.list_articles()


@pytest.mark.parametrize("choice, typed, expected", [
    ("data/articles/putin-xi-beijing.txt", "", "data/articles/putin-xi-beijing.txt"),
    ("data/articles/putin-xi-beijing.txt", "  tests/data/small-article.txt ", "tests/data/small-article.txt"),
    (None, str(SMALL), "tests/data/small-article.txt"),
], ids=["dropdown choice", "typed path wins", "absolute path shown project-relative"])
def test_choose_article(choice, typed, expected):
    assert controls.choose_article(choice, typed) == expected


@pytest.mark.parametrize("choice, typed, message", [
    (None, "", "no article chosen"),
    (None, "data/articles/missing.txt", "no such file"),
    (None, "data/articles", "is a directory"),
], ids=["nothing chosen", "missing file", "a folder"])
def test_choose_article_errors_are_one_line(choice, typed, message):
    with pytest.raises(ArticleError, match=message) as error:
        controls.choose_article(choice, typed)
    assert "\n" not in str(error.value)


def test_picker_options_include_a_default_from_elsewhere():
    options = controls.picker_options(str(SMALL))
    assert options[0] == "tests/data/small-article.txt"
    assert "data/articles/putin-xi-beijing.txt" in options


def test_render_choice_reports_success_and_errors_without_raising():
    seen = []
    path, status = controls.render_choice(seen.append, "data/articles/putin-xi-beijing.txt", "")
    assert path == "data/articles/putin-xi-beijing.txt" and seen == [path]
    assert status.startswith("Showing data/articles/putin-xi-beijing.txt")
    path, status = controls.render_choice(seen.append, None, "nope.txt")
    assert path is None and "nope.txt: no such file" in status and len(seen) == 1


@pytest.mark.parametrize("show_default, drawn_first", [
    (False, []),
    (True, ["data/articles/putin-xi-beijing.txt"]),
], ids=["default left to the notebook's sections", "default drawn at once"])
def test_article_picker_redraws_for_a_typed_path(show_default, drawn_first):
    seen = []
    box = controls.article_picker(seen.append, default="data/articles/putin-xi-beijing.txt",
                                  show_default=show_default)
    dropdown, typed, _output = box.children
    assert dropdown.value == "data/articles/putin-xi-beijing.txt"
    assert seen == drawn_first
    typed.value = "tests/data/small-article.txt"
    assert seen[-1] == "tests/data/small-article.txt"
    assert dropdown.value == "tests/data/small-article.txt" and typed.value == ""  # the dropdown names it
    assert seen.count("tests/data/small-article.txt") == 1  # drawn once
    dropdown.value = "data/articles/putin-xi-beijing.txt"  # back to the default
    assert seen[-1] == "data/articles/putin-xi-beijing.txt"
    typed.value = "no/such/file.txt"  # a typo: reported, the dropdown keeps its choice
    assert dropdown.value == "data/articles/putin-xi-beijing.txt" and len(seen) == len(drawn_first) + 2


def test_picker_lists_the_articles_of_data_articles():
    box = controls.article_picker(lambda path: None, default="data/articles/putin-xi-beijing.txt")
    assert len(box.children[0].options) > 1  # the seed and the Wikinews articles beside it


@pytest.mark.parametrize("note, calls_at_start", [
    ("The default view is above.", []),
    ("", [{"doc": "D", "top_n": 20}]),
], ids=["note first: the default is shown statically", "no note: drawn at once, like interact"])
def test_explore_calls_the_view_only_when_a_control_moves(note, calls_at_start):
    import ipywidgets as widgets

    calls = []
    slider = widgets.IntSlider(value=20, min=5, max=50)
    box = controls.explore(lambda **kw: calls.append(kw), doc="D", top_n=slider, note=note)
    assert calls == calls_at_start
    assert box.children[0] is slider
    slider.value = 7
    assert calls[-1] == {"doc": "D", "top_n": 7}


@pytest.mark.parametrize("error", [ValueError("no words"), KeyError("x")], ids=["ValueError", "KeyError"])
def test_call_view_turns_a_failure_into_one_line(error):
    def view(**_):
        raise error

    shown = controls.call_view(view, {}, {"word": "zzz"})
    assert "Cannot show that" in shown.data and "\n" not in shown.data


def test_picker_note_names_the_default_article_the_sections_show():
    note = controls.default_note(str(SMALL))
    assert note.startswith("The sections below show tests/data/small-article.txt.")


def test_picker_redraw_reuses_the_article_seen_before():
    """A second view of the same unchanged file is served from the cache (its speed: `make bench`)."""
    overview.show_summary(str(SMALL))  # first view: analysis and chart rendering
    hits = overview._summary_parts.cache_info().hits
    overview.show_summary(str(SMALL))
    assert overview._summary_parts.cache_info().hits == hits + 1


def test_summary_parts_follow_a_changed_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Anna Smith opened the bridge.", encoding="utf-8")
    first, _ = overview.summary_parts(str(path))
    path.write_text("Bo Lee closed the road. Bo Lee said so.", encoding="utf-8")
    import os

    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    second, png = overview.summary_parts(str(path))
    assert "Anna Smith" in first and "Bo Lee" in second and png.startswith(b"\x89PNG")


def test_setup_notebook_turns_off_mathjax_in_tables():
    settings = controls.setup_notebook()
    assert pd.get_option("display.html.use_mathjax") is False
    assert settings["display.html.use_mathjax"] is False
    assert "tex2jax_ignore" in pd.DataFrame({"money": ["$18bn", "$240bn"]})._repr_html_()


# --------------------------------------------------------------------------- the report


def test_resolve_article_prefers_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "mine.txt").write_text("Text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert report.resolve_article("mine.txt") == (tmp_path / "mine.txt").resolve()
    assert report.resolve_article("data/articles/putin-xi-beijing.txt") == \
        (PROJECT_ROOT / "data/articles/putin-xi-beijing.txt").resolve()


@pytest.mark.parametrize("article, shown", [
    (PROJECT_ROOT / "data/articles/putin-xi-beijing.txt", "data/articles/putin-xi-beijing.txt"),
    (Path("/tmp/elsewhere.txt"), "/tmp/elsewhere.txt"),
], ids=["inside the project: relative", "outside: absolute"])
def test_parameters_for(article, shown):
    assert report.parameters_for(article, "2024-05-16") == {"ARTICLE": shown, "PUBLISHED": "2024-05-16"}


def test_prepare_for_readers_drops_widgets_interactive_cells_and_fixes_links():
    howto = nbformat.v4.new_markdown_cell("Change `ARTICLE` and run all cells.")
    howto.metadata["tags"] = ["interactive"]
    control = nbformat.v4.new_code_cell("controls.explore(...)")
    control.metadata["tags"] = ["interactive"]
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("See [01_words](01_words.ipynb) and [site](https://x.org/a.ipynb)."),
        howto, control,
        nbformat.v4.new_code_cell("w", outputs=[nbformat.v4.new_output(
            "execute_result", data={"application/vnd.jupyter.widget-view+json": {"model_id": "1"},
                                    "text/plain": "VBox(children=(...))"}, execution_count=1),
            nbformat.v4.new_output("stream", name="stdout", text="kept\n")]),
    ])
    nb.metadata["widgets"] = {"state": {}}
    out = report.prepare_for_readers(nb)
    assert len(out.cells) == 2 and "widgets" not in out.metadata
    assert out.cells[0].source == "See [01_words](01_words.html) and [site](https://x.org/a.ipynb)."
    assert [o.output_type for o in out.cells[1].outputs] == ["stream"]


@pytest.mark.parametrize("article", [None, "budget.txt"])
def test_a_report_on_another_article_says_so_instead_of_the_seed_finding(article):
    import nbformat

    title = "# The words of the article\n\n"
    rest = "\n\nThis notebook counts words."
    finding = "**Finding (seed article):** the article's vocabulary is\nits two countries."
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(title + finding + rest)])
    source = report.prepare_for_readers(nb, article).cells[0].source
    if article is None:  # the seed's own report keeps its finding
        assert source == title + finding + rest
    else:
        assert source == title + f"**This report is about {article}.** Its findings, computed from it, follow " \
                                 "below." + rest


def test_every_notebook_with_a_seed_finding_has_it_where_the_report_finds_it():
    """The report replaces the paragraph by its opening words: a notebook that rewords them would show the seed's
    finding on every other article's report."""
    import nbformat

    for path in report.notebook_paths():
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown" and "seed article" in cell.source:
                assert report._SEED_FINDING.search(cell.source), path.name


@pytest.mark.parametrize("markdown, expected", [
    ("- **Most frequent content words:** Russia (16), China (11).", "Most frequent content words: Russia (16), China (11)."),
    ("It names 2 sums; the largest is **\\$240.1bn**.", "It names 2 sums; the largest is $240.1bn."),
    ("**&lt;img src&#61;x&gt;** is quoted", "<img src=x> is quoted"),
], ids=["list item with emphasis", "escaped dollar", "escaped markup is unescaped to text (the index escapes it)"])
def test_plain_finding_from_markdown(markdown, expected):
    assert report.plain(markdown) == expected


def test_one_line_for_a_failed_cell():
    from papermill.exceptions import PapermillExecutionError

    error = PapermillExecutionError(3, 7, "x = 1/0", "ZeroDivisionError", "division by zero\nmore", [])
    assert report.one_line(error) == "cell 7 raised ZeroDivisionError: division by zero"


def test_report_of_a_missing_article_is_one_line(capsys):
    assert report.run_report("data/articles/missing.txt") == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "no such file" in err and "Traceback" not in err


def test_report_bad_date_is_one_line(capsys):
    assert report.run_report("data/articles/putin-xi-beijing.txt", published="16/05/2024") == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "Traceback" not in err


@pytest.mark.notebook
@pytest.mark.slow
def test_report_writes_html_and_tables(tmp_path, monkeypatch, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(PROJECT_ROOT / "notebooks" / "00_overview.ipynb", notebooks)
    monkeypatch.setattr(report, "NOTEBOOKS_DIR", notebooks)
    monkeypatch.setattr(report, "REPORTS_DIR", tmp_path / "reports")
    monkeypatch.setattr(report, "RUNS_DIR", tmp_path / "reports" / "runs")
    # The seed article: the charts it saves under reports/figures/ are the committed ones, unchanged.
    assert report.run_report("data/articles/putin-xi-beijing.txt") == 0, capsys.readouterr().err
    page = (tmp_path / "reports" / "00_overview.html").read_text(encoding="utf-8")
    assert "data:image/png;base64" in page  # charts embedded
    assert "overview.glance_html" not in page  # code hidden for readers
    assert "01_words.html" in page and "[Interactive control" not in page and "Another article?" not in page
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=[\"']https?://", page)  # nothing from a CDN
    for name in ("quotes.csv", "numbers.csv", "words.csv"):
        table = pd.read_csv(tmp_path / "reports" / name)
        assert len(table.columns) >= 3, name
    words = pd.read_csv(tmp_path / "reports" / "words.csv")
    assert words.iloc[0]["count"] >= words.iloc[-1]["count"]
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert '<a href="00_overview.html">The article at a glance</a>' in index and 'href="words.csv"' in index
    assert "Thursday 16 May 2024" in index and "Mostly about Russia" in index


@pytest.mark.notebook
@pytest.mark.slow
def test_report_names_a_failing_notebook_in_one_line(tmp_path, monkeypatch, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    params = nbformat.v4.new_code_cell('ARTICLE = "data/articles/putin-xi-beijing.txt"\nPUBLISHED = None')
    params.metadata["tags"] = ["parameters"]
    broken = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Broken"), params,
                                             nbformat.v4.new_code_cell('raise ValueError("boom")')])
    broken.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(broken, notebooks / "09_broken.ipynb")
    monkeypatch.setattr(report, "NOTEBOOKS_DIR", notebooks)
    monkeypatch.setattr(report, "REPORTS_DIR", tmp_path / "reports")
    monkeypatch.setattr(report, "RUNS_DIR", tmp_path / "reports" / "runs")
    assert report.run_report("data/articles/putin-xi-beijing.txt") == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert err.endswith("09_broken.ipynb: cell 3 raised ValueError: boom")  # [3]: after the injected parameters
    assert (tmp_path / "reports" / "09_broken.html").exists()  # written anyway, so the reader sees where
    assert (tmp_path / "reports" / "words.csv").exists()  # the tables do not depend on the notebooks


def test_on_document_passes_the_analysed_article_and_options():
    seen = []
    render = controls.on_document(lambda doc, top_n: seen.append((doc.article.name, top_n)), top_n=7)
    path, _ = controls.render_choice(render, None, "tests/data/small-article.txt")
    assert path == "tests/data/small-article.txt" and seen == [("small-article.txt", 7)]


@pytest.mark.parametrize("adapter, column", [(controls.with_quotes, "speaker"), (controls.with_numbers, "kind")],
                         ids=["quotes found for the chosen article", "numbers found for the chosen article"])
def test_with_quotes_and_numbers_pass_the_article_tables(adapter, column):
    seen = []
    render = controls.on_document(adapter(lambda doc, table, flag: seen.append((doc.article.name, table, flag))),
                                  flag=True)
    render("tests/data/small-article.txt")
    name, table, flag = seen[0]
    assert name == "small-article.txt" and flag is True and column in table.columns and len(table) > 0


def test_show_result_closes_a_returned_figure():
    import matplotlib.pyplot as plt

    figure, _ = plt.subplots()
    controls.show_result(figure)
    assert not plt.fignum_exists(figure.number)
    controls.show_result(None)  # nothing to show, no error


def test_key_figures_are_written_as_the_numbers_notebook_writes_them(seed_document):
    from helpers.numbers import find_numbers
    from helpers.views.numbers import figures_table

    numbers = find_numbers(seed_document)
    shown = overview.figures_for_reading(seed_document, numbers)
    assert "$18bn" in shown["value"].tolist() and "start" not in shown.columns
    assert shown.equals(figures_table(seed_document, numbers, ["money", "date"]).drop(columns=["counts"],
                                                                                      errors="ignore"))
