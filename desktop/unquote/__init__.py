"""Unquote: compare an article with its rewrite, sentence by sentence and quote by quote."""

__version__ = "0.1.0"
