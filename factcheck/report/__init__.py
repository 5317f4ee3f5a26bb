"""Reporters: each renders a Report to a string."""
