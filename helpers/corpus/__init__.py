"""Many articles: a Parquet dataset built from folders and archives, on this machine or a Dask cluster.

`build_corpus` (the command line's `python -m helpers corpus build`) analyses each article with the
single-article pipeline and writes the tables of `helpers.corpus.tables`; `load_corpus` reads them back with
pandas, and `helpers.corpus.aggregate` answers the corpus notebook's questions from them.
"""
from helpers.corpus.build import Summary, analyze_batch, analyze_item, build_corpus
from helpers.corpus.inputs import BadInput, Item, count_items, iter_items
from helpers.corpus.tables import SCHEMAS, TABLES

__all__ = ["SCHEMAS", "TABLES", "BadInput", "Item", "Summary", "analyze_batch", "analyze_item",
           "build_corpus", "count_items", "iter_items"]
