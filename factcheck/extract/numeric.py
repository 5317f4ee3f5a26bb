"""Extraction of numeric claims (placeholder until implemented)."""
