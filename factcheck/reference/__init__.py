"""The reference dataset: records, loading and validation."""
from factcheck.reference.model import Entity, Fact, PartialDate, Reference, Role, Tolerance

__all__ = ["Entity", "Fact", "PartialDate", "Reference", "Role", "Tolerance", "load_reference", "default_reference_path"]


def load_reference(path, cache=None):
    """The dataset at `path`; see factcheck.reference.load.load_reference."""
    from factcheck.reference.load import load_reference as _load

    return _load(path, cache=cache)


def default_reference_path() -> str:
    from importlib.resources import files

    return str(files("factcheck.reference_data"))
