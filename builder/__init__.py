"""Practices Digest: Chinese newspaper pages on grassroots governance -> comparative static site."""

__version__ = "0.1.0"
