"""`open_document` keeps the garbage collector out of control redraws (`helpers.views.notebook.settle_memory`)
without keeping garbage for good."""
from __future__ import annotations

import gc
import weakref

from helpers.views.notebook import open_document


class _Node:
    """An object in a reference cycle: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


def test_opening_an_article_freezes_the_kernel_and_frees_cyclic_garbage(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The minister said the plan would pass.\n", encoding="utf-8")
    second.write_text("The mayor said the road would open in May.\n", encoding="utf-8")
    open_document(first)
    assert gc.get_freeze_count() > 0  # what exists now is left out of later collector passes
    gc.disable()  # no automatic pass may free the cycle before the article opens
    try:
        garbage = _Node()
        gone = weakref.ref(garbage)
        del garbage
        assert gone() is not None  # a cycle: reference counting alone does not free it
        open_document(second)  # a new article: garbage is collected before freezing again
        assert gone() is None
    finally:
        gc.enable()


def test_the_word_lists_notebooks_read_later_are_frozen_with_the_article(tmp_path):
    """WordNet's proper names and exception lists (tens of thousands of small objects) are loaded before
    the freeze: left for later, the collector would walk them inside a control's redraw."""
    from helpers.language.gazetteer import proper_names
    from helpers.language.lemmas import _morphy_maps, maps

    for cached in (proper_names, _morphy_maps, maps):  # as in a fresh kernel: not loaded yet
        cached.cache_clear()
    article = tmp_path / "a.txt"
    article.write_text("The minister said the plan would pass.\n", encoding="utf-8")
    open_document(article)
    tables = (proper_names(), _morphy_maps()._exception_map["n"])
    tracked = {id(obj) for obj in gc.get_objects()}  # frozen objects are not listed
    for table in tables:
        assert id(table) not in tracked
