"""Read a news article with data: load and clean it, then find its words, quotations and numbers.

Pipeline: `article` (load, clean, offset map) -> `segment` (paragraphs, sentences, tokens, tags) ->
`words`, `quotes`, `numbers` -> `charts` (one style) and the command line (`python -m helpers`).
"""
from helpers.resources import use_project_nltk_data

use_project_nltk_data()
