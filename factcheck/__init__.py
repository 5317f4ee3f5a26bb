"""factcheck: check the names, titles and numbers in news articles against reference data."""
__version__ = "0.1.0"
