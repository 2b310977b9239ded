"""Language: the `Document` (paragraphs, sentences, tokens and tags, computed once), nltk's tagger made
fast, WordNet lemmas from a derived cache, named entities and the speech-cue lexicon."""
from helpers.language.segment import Document

__all__ = ["Document"]
