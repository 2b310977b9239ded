"""Words: running words and their frequencies (`frequency`), where a word occurs (`context`), length and
readability (`readability`), names counted as units (`names`), keyness against news (`keyness`) and
recurring phrases (`phrases`). Charts and controls of them live in `helpers.views.words`."""
from helpers.words.frequency import WordOptions, article_words, frequency_table, stopword_list
from helpers.words.names import names_table

__all__ = ["WordOptions", "article_words", "frequency_table", "names_table", "stopword_list"]
