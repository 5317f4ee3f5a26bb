"""The default reference dataset shipped with factcheck (data files only)."""
