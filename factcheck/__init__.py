"""factcheck: check the names, titles and numbers in news articles against reference data.

    >>> from factcheck import check_text, load_reference
    >>> result = check_text(article_text, load_reference("reference_data"), date=datetime.date(2019, 10, 4))
"""
__version__ = "0.1.0"

from factcheck.gc_pause import paused  # noqa: E402

# importing spaCy creates a great many objects and no garbage: the cycle collector only slows it
with paused():
    from factcheck.config import Config  # noqa: E402
    from factcheck.models import Claim, Document, FileResult, Finding, Report, Verdict  # noqa: E402
    from factcheck.pipeline import Checker, check_text  # noqa: E402
    from factcheck.reference import Reference, default_reference_path, load_reference  # noqa: E402

__all__ = [
    "Checker", "Claim", "Config", "Document", "FileResult", "Finding", "Reference", "Report", "Verdict",
    "check_text", "default_reference_path", "load_reference", "__version__",
]
