"""Countries under the names and adjectives an article uses for them.

"Pakistani Foreign Minister" and "Pakistan's foreign minister" both say the
role is Pakistan's; `country_of("Pakistani")` and `country_of("Pakistan")`
both give "Pakistan". Country names follow common English usage (the names
a reference dataset would give them); adjectives are those of the CIA World
Factbook's "Nationality" field, with the short forms newsrooms use.
"""
from __future__ import annotations

from factcheck.spelling import fold

# country: (other names and abbreviations, adjectives)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Afghanistan": ((), ("Afghan",)),
    "Albania": ((), ("Albanian",)),
    "Algeria": ((), ("Algerian",)),
    "Angola": ((), ("Angolan",)),
    "Argentina": ((), ("Argentine", "Argentinian")),
    "Armenia": ((), ("Armenian",)),
    "Australia": ((), ("Australian",)),
    "Austria": ((), ("Austrian",)),
    "Azerbaijan": ((), ("Azerbaijani", "Azeri")),
    "Bahrain": ((), ("Bahraini",)),
    "Bangladesh": ((), ("Bangladeshi",)),
    "Belarus": ((), ("Belarusian",)),
    "Belgium": ((), ("Belgian",)),
    "Bolivia": ((), ("Bolivian",)),
    "Bosnia and Herzegovina": (("Bosnia",), ("Bosnian",)),
    "Brazil": ((), ("Brazilian",)),
    "Bulgaria": ((), ("Bulgarian",)),
    "Burkina Faso": ((), ("Burkinabe",)),
    "Cambodia": ((), ("Cambodian",)),
    "Cameroon": ((), ("Cameroonian",)),
    "Canada": ((), ("Canadian",)),
    "Chad": ((), ("Chadian",)),
    "Chile": ((), ("Chilean",)),
    "China": (("People's Republic of China", "PRC"), ("Chinese",)),
    "Colombia": ((), ("Colombian",)),
    "Congo": (("Democratic Republic of the Congo", "DRC", "DR Congo"), ("Congolese",)),
    "Costa Rica": ((), ("Costa Rican",)),
    "Croatia": ((), ("Croatian",)),
    "Cuba": ((), ("Cuban",)),
    "Cyprus": ((), ("Cypriot",)),
    "Czech Republic": (("Czechia",), ("Czech",)),
    "Denmark": ((), ("Danish",)),
    "Dominican Republic": ((), ("Dominican",)),
    "Ecuador": ((), ("Ecuadorian",)),
    "Egypt": ((), ("Egyptian",)),
    "El Salvador": ((), ("Salvadoran",)),
    "Eritrea": ((), ("Eritrean",)),
    "Estonia": ((), ("Estonian",)),
    "Ethiopia": ((), ("Ethiopian",)),
    "Finland": ((), ("Finnish",)),
    "France": ((), ("French",)),
    "Georgia": ((), ("Georgian",)),
    "Germany": ((), ("German",)),
    "Ghana": ((), ("Ghanaian",)),
    "Greece": ((), ("Greek",)),
    "Guatemala": ((), ("Guatemalan",)),
    "Haiti": ((), ("Haitian",)),
    "Honduras": ((), ("Honduran",)),
    "Hungary": ((), ("Hungarian",)),
    "Iceland": ((), ("Icelandic",)),
    "India": ((), ("Indian",)),
    "Indonesia": ((), ("Indonesian",)),
    "Iran": ((), ("Iranian",)),
    "Iraq": ((), ("Iraqi",)),
    "Ireland": ((), ("Irish",)),
    "Israel": ((), ("Israeli",)),
    "Italy": ((), ("Italian",)),
    "Ivory Coast": (("Cote d'Ivoire",), ("Ivorian",)),
    "Jamaica": ((), ("Jamaican",)),
    "Japan": ((), ("Japanese",)),
    "Jordan": ((), ("Jordanian",)),
    "Kazakhstan": ((), ("Kazakh", "Kazakhstani")),
    "Kenya": ((), ("Kenyan",)),
    "Kosovo": ((), ("Kosovar",)),
    "Kuwait": ((), ("Kuwaiti",)),
    "Kyrgyzstan": ((), ("Kyrgyz",)),
    "Laos": ((), ("Lao", "Laotian")),
    "Latvia": ((), ("Latvian",)),
    "Lebanon": ((), ("Lebanese",)),
    "Libya": ((), ("Libyan",)),
    "Lithuania": ((), ("Lithuanian",)),
    "Luxembourg": ((), ("Luxembourgish",)),
    "Malaysia": ((), ("Malaysian",)),
    "Mali": ((), ("Malian",)),
    "Malta": ((), ("Maltese",)),
    "Mexico": ((), ("Mexican",)),
    "Moldova": ((), ("Moldovan",)),
    "Mongolia": ((), ("Mongolian",)),
    "Montenegro": ((), ("Montenegrin",)),
    "Morocco": ((), ("Moroccan",)),
    "Mozambique": ((), ("Mozambican",)),
    "Myanmar": (("Burma",), ("Burmese",)),
    "Nepal": ((), ("Nepali", "Nepalese")),
    "Netherlands": (("Holland", "the Netherlands"), ("Dutch",)),
    "New Zealand": ((), ("New Zealand",)),
    "Nicaragua": ((), ("Nicaraguan",)),
    "Niger": ((), ("Nigerien",)),
    "Nigeria": ((), ("Nigerian",)),
    "North Korea": (("DPRK",), ("North Korean",)),
    "North Macedonia": (("Macedonia",), ("Macedonian",)),
    "Norway": ((), ("Norwegian",)),
    "Oman": ((), ("Omani",)),
    "Pakistan": ((), ("Pakistani",)),
    "Palestine": (("Palestinian territories",), ("Palestinian",)),
    "Panama": ((), ("Panamanian",)),
    "Paraguay": ((), ("Paraguayan",)),
    "Peru": ((), ("Peruvian",)),
    "Philippines": (("the Philippines",), ("Philippine", "Filipino")),
    "Poland": ((), ("Polish",)),
    "Portugal": ((), ("Portuguese",)),
    "Qatar": ((), ("Qatari",)),
    "Romania": ((), ("Romanian",)),
    "Russia": (("Russian Federation",), ("Russian",)),
    "Rwanda": ((), ("Rwandan",)),
    "Saudi Arabia": ((), ("Saudi", "Saudi Arabian")),
    "Senegal": ((), ("Senegalese",)),
    "Serbia": ((), ("Serbian",)),
    "Singapore": ((), ("Singaporean",)),
    "Slovakia": ((), ("Slovak",)),
    "Slovenia": ((), ("Slovenian", "Slovene")),
    "Somalia": ((), ("Somali",)),
    "South Africa": ((), ("South African",)),
    "South Korea": (("Republic of Korea", "Korea"), ("South Korean", "Korean")),
    "South Sudan": ((), ("South Sudanese",)),
    "Spain": ((), ("Spanish",)),
    "Sri Lanka": ((), ("Sri Lankan",)),
    "Sudan": ((), ("Sudanese",)),
    "Sweden": ((), ("Swedish",)),
    "Switzerland": ((), ("Swiss",)),
    "Syria": ((), ("Syrian",)),
    "Taiwan": ((), ("Taiwanese",)),
    "Tajikistan": ((), ("Tajik",)),
    "Tanzania": ((), ("Tanzanian",)),
    "Thailand": ((), ("Thai",)),
    "Tunisia": ((), ("Tunisian",)),
    "Turkey": (("Turkiye", "Türkiye"), ("Turkish",)),
    "Turkmenistan": ((), ("Turkmen",)),
    "Uganda": ((), ("Ugandan",)),
    "Ukraine": ((), ("Ukrainian",)),
    "United Arab Emirates": (("UAE", "U.A.E.", "Emirates"), ("Emirati",)),
    "United Kingdom": (("UK", "U.K.", "Britain", "Great Britain"), ("British",)),
    "United States": (
        ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
        ("American",),
    ),
    "Uruguay": ((), ("Uruguayan",)),
    "Uzbekistan": ((), ("Uzbek",)),
    "Venezuela": ((), ("Venezuelan",)),
    "Vietnam": ((), ("Vietnamese",)),
    "Yemen": ((), ("Yemeni",)),
    "Zambia": ((), ("Zambian",)),
    "Zimbabwe": ((), ("Zimbabwean",)),
}

_BY_FOLDED: dict[str, str] = {}
_ADJECTIVES: set[str] = set()
for _country, (_names, _adjectives) in _COUNTRIES.items():
    for _name in (_country, *_names, *_adjectives):
        _BY_FOLDED.setdefault(fold(_name), _country)
    _ADJECTIVES.update(fold(adjective) for adjective in _adjectives)


def country_of(text: str) -> str | None:
    """The country a name, abbreviation or adjective stands for ("U.S." -> "United States"), else None."""
    folded = fold(text)
    if folded.startswith("the "):
        folded = folded[4:]
    return _BY_FOLDED.get(folded)


def is_adjective(text: str) -> bool:
    """Is `text` a nationality adjective ("Pakistani", "U.S." is not)?"""
    return fold(text) in _ADJECTIVES


def adjective_of(country: str) -> str | None:
    """The usual adjective of a country ("Pakistan" -> "Pakistani")."""
    entry = _COUNTRIES.get(country)
    return entry[1][0] if entry and entry[1] else None
