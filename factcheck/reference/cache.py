"""A compiled cache of loaded datasets, keyed by the dataset's file contents.

Parsing a large YAML dataset is slow; unpickling the loaded `Reference` is
not. The key hashes every data file's relative path and bytes, and
factcheck's own source, so editing, adding or removing any data file, or
changing the code that builds the indexes, invalidates it. One entry is kept
per dataset location: writing a new version removes the older ones.
Only valid datasets are cached. A cache that cannot be read or written is
ignored: the dataset is then loaded from its files.
"""
from __future__ import annotations

import hashlib
import importlib
from functools import lru_cache
from pathlib import Path

from factcheck import __version__
from factcheck import cache as stored
from factcheck.reference.model import Reference

FORMAT = 3
# Indexes the checks build from a dataset ("module:function"); the cache stores them
# with the records so that a large dataset's indexes are built once, not once per process.
INDEXES = (
    "factcheck.reference.index:name_index",
    "factcheck.extract.reference_ruler:forms_by_head",
    "factcheck.match.fact_index:fact_index",
    "factcheck.reference.model:statement_groups",
)
# Datasets smaller than this load from their files about as fast as from a cache.
MIN_BYTES = 128 * 1024
_CHUNK = 1 << 20


@lru_cache(maxsize=1)
def code_fingerprint() -> bytes:
    """A hash of factcheck's own source: the cached indexes are built by it, so any change
    to the code (an upgrade, an edit in a development install) must rebuild them."""
    digest = hashlib.blake2b(f"{FORMAT}:{__version__}".encode(), digest_size=20)
    package = Path(__file__).resolve().parent.parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.digest()


def dataset_key(root: Path, files: list[Path]) -> tuple[str, int]:
    """(content hash, total bytes) of the dataset's files, and of the code that reads them."""
    digest = hashlib.blake2b(code_fingerprint(), digest_size=20)
    total = 0
    for file in files:
        relative = file.relative_to(root).as_posix() if file != root else file.name
        digest.update(b"\0" + relative.encode() + b"\0")
        with open(file, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                total += len(chunk)
    return digest.hexdigest(), total


def entry_name(root: Path, key: str) -> str:
    """The cache entry of one version of the dataset at `root`: "dataset-<where>-<what>"."""
    return f"{_place(root)}-{key}"


def _place(root: Path) -> str:
    where = hashlib.blake2b(str(root.resolve()).encode(), digest_size=8).hexdigest()
    return f"dataset-{where}"


def read(name: str, path: str) -> Reference | None:
    reference = stored.load(name)
    if not isinstance(reference, Reference):
        return None
    # The same files may be reached by another path: report the one given.
    object.__setattr__(reference, "path", path)
    return reference


def build_indexes(reference: Reference) -> None:
    for spec in INDEXES:
        module, function = spec.split(":")
        getattr(importlib.import_module(module), function)(reference)


def write(root: Path, name: str, reference: Reference) -> None:
    """Store `reference`, with its indexes built, as `name`; earlier versions of the same dataset
    are removed (a large dataset's entry is hundreds of megabytes)."""
    build_indexes(reference)
    stored.store(name, reference)
    stored.remove(f"{_place(root)}-*", keep=name)
