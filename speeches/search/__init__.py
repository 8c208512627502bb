"""Chinese full-text search: the index kept beside sections, and the query side."""

from .index import reindex_speech, unindex_speech

__all__ = ["reindex_speech", "unindex_speech"]
