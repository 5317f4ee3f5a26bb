"""Extraction of attribution claims (placeholder until implemented)."""
