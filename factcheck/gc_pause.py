"""Pausing Python's cycle collector while loading: spaCy's import, a model, a compiled dataset.

Loading creates millions of objects and no garbage, and the collector, which
runs every few hundred allocations, walks them again and again for nothing.
After a load the objects are frozen (`gc.freeze`), so later collections skip
them too.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """The collector off for the block (as it was before, after); `freeze` what the block loaded."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()
