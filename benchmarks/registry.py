"""The notebook controls benchmark 5 (interaction) times: which plain function each widget wraps, and the
control states to step through.

Shape of an entry:

    Interaction(
        name="words: top-N slider",                 # what the reader moves
        target="helpers.views.words:top_words_view",      # "module:function" the widget wraps
        states=({"top_n": 10}, {"top_n": 30}),      # keyword arguments after one control change each
        first="doc",                                # first positional argument: "doc" (the cached
                                                    #   Document) or "path" (the article path)
        inputs=(("numbers", "helpers.numbers:find_numbers"),),  # keyword arguments the notebook
    )                                               #   computes once from the Document (fixed widgets)

The benchmark calls `target(doc, **inputs, **state)` for each state (the Document is opened once and
cached, as in a notebook; inputs are computed once, untimed) and renders what comes back: a matplotlib
Figure, or any object with a `.figure` attribute (the `View`s of helpers.views.words), is drawn to an Agg canvas;
a DataFrame is rendered to HTML as Jupyter does; a string is shown as is. Entries whose module or function
does not exist yet are listed as skipped, not failed. Besides this list, every public function named
`*_view` in any `helpers` module whose arguments after the first all have defaults is timed at its
defaults, so a new control is measured even before it gets an entry here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Interaction:
    name: str
    target: str
    states: tuple[dict[str, Any], ...] = ({},)
    first: str = "doc"
    inputs: tuple[tuple[str, str], ...] = ()


REGISTRY: tuple[Interaction, ...] = (
    Interaction("words: top-N slider", "helpers.views.words:top_words_view",
                ({"top_n": 10}, {"top_n": 25}, {"top_n": 40}, {"top_n": 20})),
    Interaction("words: stopword / lemma switches", "helpers.views.words:top_words_view",
                ({"remove_stopwords": False}, {"lemmatize": False},
                 {"remove_stopwords": False, "lemmatize": False}, {})),
    Interaction("words: word to trace", "helpers.views.words:trace_view",
                ({"word": "Putin"}, {"word": "China"}, {"word": "trade"}, {"word": "Xi Jinping"})),
    Interaction("vocabulary: article picker (keyness chart, cached)", "helpers.views.words:keyness_view",
                ({"top_n": 15}, {"top_n": 10})),
    Interaction("overview: article picker (cached)", "helpers.views.overview:summary_parts",
                ({}, {"top_n": 3}, {"top_n": 8}), first="path"),
    Interaction("words: article picker (top words, notebook options)", "helpers.views.words:top_words_view",
                ({"top_n": 20, "lowercase": True, "extra_stopwords": ("said",)}, {"top_n": 20})),
    Interaction("quotes: article picker (speakers chart)", "helpers.views.quotes:speakers_view",
                ({},), inputs=(("quotes", "helpers.quotes:find_quotes"),)),
    Interaction("numbers: article picker (money chart)", "helpers.views.numbers:money_view",
                ({},), inputs=(("numbers", "helpers.numbers:find_numbers"),)),
    Interaction("quotes: speaker dropdown", "helpers.views.quotes:quotes_view",
                ({"speaker": "Vladimir Putin"}, {"speaker": "Xi Jinping"}, {"speaker": ""}),
                inputs=(("quotes", "helpers.quotes:find_quotes"),)),
    Interaction("numbers: kind dropdown", "helpers.views.numbers:kind_view",
                ({"kind": "money"}, {"kind": "date"}, {"kind": "percent"}, {"kind": "all"}),
                inputs=(("numbers", "helpers.numbers:find_numbers"),)),
)

# Modules never searched for `*_view` functions (command line and report machinery).
SKIP_DISCOVERY: tuple[str, ...] = ("helpers.__main__", "helpers.cli", "helpers.report")
