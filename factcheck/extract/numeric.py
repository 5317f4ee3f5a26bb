"""Numeric claims: every quantity an article states, as a `Claim` of kind "numeric".

The work is done by `factcheck.extract.quantities` (also the spaCy component
"numeric_quantities"); this module turns its quantities into claims with offsets
into the original file. Units are normalised as `unit_lexicon` describes.
"""
from __future__ import annotations

from factcheck.extract import extractor
from factcheck.extract.quantities import Quantity, find_quantities
from factcheck.models import Article, Claim

CHECK_ID = "numeric.quantity"


def quantities_of(doc) -> list[Quantity]:
    """The quantities of a spaCy Doc: those the pipeline component stored, else found now."""
    stored = doc._.quantities if doc.has_extension("quantities") else None
    return stored if stored is not None else find_quantities(doc)


@extractor(CHECK_ID)
def numeric_claims(article: Article) -> list[Claim]:
    """One claim per quantity in the article, in text order."""
    claims = []
    file_text = article.document.text
    for quantity in quantities_of(article.doc):
        details = {"kind": quantity.kind, "number": [quantity.number_start, quantity.number_end]}
        if quantity.change:
            details["change"] = quantity.change
        claims.append(
            Claim(
                kind="numeric",
                check=CHECK_ID,
                text=file_text[quantity.start:quantity.end],
                start=quantity.start,
                end=quantity.end,
                sentence=article.sentence_of(quantity.start),
                value=quantity.value,
                unit=quantity.unit,
                qualifier=quantity.qualifier,
                details=details,
            )
        )
    return claims
