"""Quotations and their speakers: marks, kinds and the attribution grammar (`find`), and tables of them
(`tables`). Views of them live in `helpers.views.quotes`."""
from helpers.quotes.find import QUOTE_COLUMNS, find_quotes, has_quotation_marks
from helpers.quotes.tables import NO_SPEAKER, filter_quotes, speaker_table, terms_table

__all__ = ["NO_SPEAKER", "QUOTE_COLUMNS", "filter_quotes", "find_quotes", "has_quotation_marks", "speaker_table",
           "terms_table"]
