"""Extraction of names claims (placeholder until implemented)."""
