"""Quotations and their speakers: marks, kinds and the attribution grammar (`find`), and tables of them
(`tables`); the turns of a transcript (`helpers.language.transcript`: speech without marks). Views of them
live in `helpers.views.quotes`."""
from helpers.quotes.find import QUOTE_COLUMNS, find_quotes, has_quotation_marks
from helpers.language.transcript import TURN_COLUMNS, find_turns
from helpers.quotes.tables import NO_SPEAKER, filter_quotes, speaker_table, terms_table, turn_table

__all__ = ["NO_SPEAKER", "QUOTE_COLUMNS", "TURN_COLUMNS", "filter_quotes", "find_quotes", "find_turns",
           "has_quotation_marks", "speaker_table", "terms_table", "turn_table"]
