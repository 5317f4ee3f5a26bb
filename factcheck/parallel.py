"""Run a function over many items in forked worker processes, results in input order.

Workers are forked, so each inherits what the parent has already loaded
(the spaCy model, the reference dataset and its indexes) instead of loading
it again; only the items and the results cross between processes.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_task: Callable | None = None


def _call(item):
    return _task(item)


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int) -> Iterator[Result]:
    """`map(function, items)`, spread over `jobs` processes when that helps."""
    items = list(items)
    if jobs <= 1 or len(items) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(function, items)
        return
    global _task
    _task = function
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context) as pool:
        yield from pool.map(_call, items, chunksize=1)
