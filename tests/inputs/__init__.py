"""Input formats (tests/inputs/__init__.py makes test names here distinct from tests/reporters/)."""
