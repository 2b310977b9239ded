"""Loading: decode a file (any common encoding), read a saved page, apply the sidecar's metadata, remove
page furniture (reported, never silently dropped) and keep a map from clean offsets to the original.
An http(s) URL is fetched first (`fetch`) and read from its saved copy."""
from helpers.load.article import Article, ArticleError, from_text, load_article
from helpers.load.fetch import FetchError, fetch_url

__all__ = ["Article", "ArticleError", "FetchError", "fetch_url", "from_text", "load_article"]
