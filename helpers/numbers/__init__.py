"""The numbers of an article: money, percentages, counts, ordinals, quantities, dates, durations and times,
each with a value. `lexicon` holds the word lists, `patterns` the regular expressions, `figure` the record
each rule produces, `dates` the date arithmetic, `calendar` the dates and times written with calendar
words, `scan` the grammar over clean text, `find` the Document's table, `tables` what views group it into."""
from helpers.numbers.figure import EXTRA_COLUMNS, KINDS, NUMBER_COLUMNS
from helpers.numbers.find import find_numbers
from helpers.numbers.tables import filter_kinds, implied_rates, kind_counts, money_in_one_currency

__all__ = ["EXTRA_COLUMNS", "KINDS", "NUMBER_COLUMNS", "filter_kinds", "find_numbers", "implied_rates", "kind_counts",
           "money_in_one_currency"]
