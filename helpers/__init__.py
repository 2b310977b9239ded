"""Read a news article with data: load and clean it, then find its words, quotations, names and numbers.

The folders are the pipeline; imports flow one way, down this list (tests/test_layout.py checks it):

    load/       bytes, a saved page or a file in -> the clean `Article`, with an offset map to the original
    language/   sentences, tokens, tags, lemmas, names (entities) and the speech-cue lexicon
    words/      frequencies, keyword in context, dispersion, readability, keyness, phrases
    quotes/     quotations, their kinds and speakers
    numbers/    money, percentages, counts, dates, durations, quantities with their values
    views/      the one chart style, tables, notebook controls and each analysis's charts (no analysis imports it)
    pipeline.py one article in, the command line's JSON out;  report.py, cli.py: the edges
"""
from helpers.resources import use_project_nltk_data

use_project_nltk_data()
