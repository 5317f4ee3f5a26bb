"""Pickles in the user's cache directory, for work that is slow to redo in every process.

The directory is $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck. Entries are named by their callers so that any change to
what they were built from gives a new name. A cache that cannot be read or
written is ignored: callers then build what they need again.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from factcheck.gc_pause import paused


def cache_dir() -> Path:
    configured = os.environ.get("FACTCHECK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck"


def load(name: str) -> Any | None:
    """The object stored as `name`, or None when there is none or it cannot be read."""
    # Unpickling millions of small objects (a large dataset) triggers the cycle
    # collector again and again for nothing: nothing freshly loaded is garbage.
    try:
        with paused(), open(cache_dir() / f"{name}.pickle", "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def store(name: str, value: Any) -> None:
    """Store `value` as `name`, atomically; silently skipped when the directory is not writable."""
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, directory / f"{name}.pickle")
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except (OSError, pickle.PicklingError):
        pass


def remove(pattern: str, keep: str | None = None) -> None:
    """Remove the entries whose names match the glob `pattern`, except `keep`; errors are ignored."""
    try:
        for path in cache_dir().glob(f"{pattern}.pickle"):
            if path.name != f"{keep}.pickle":
                path.unlink(missing_ok=True)
    except OSError:
        pass
