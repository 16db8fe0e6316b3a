"""The version of gigcheck (one place: the package metadata, caches and reports read it)."""

__version__ = "0.1.0"
