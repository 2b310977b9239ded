"""Loading: decode a file (any common encoding), read a saved page, apply the sidecar's metadata, remove
page furniture (reported, never silently dropped) and keep a map from clean offsets to the original."""
from helpers.load.article import Article, ArticleError, from_text, load_article

__all__ = ["Article", "ArticleError", "from_text", "load_article"]
