"""read -> extract -> match -> decide. Never prints; the CLI and reporters do."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

from factcheck.config import Config
from factcheck.decide import attribution as decide_attribution
from factcheck.decide import names as decide_names
from factcheck.decide import numeric as decide_numeric
from factcheck.documents import STDIN, document_from_text, read_document
from factcheck.errors import InputError
from factcheck.extract import PREPARERS, extract_claims
from factcheck.match import attribution as match_attribution
from factcheck.match import names as match_names
from factcheck.match import numeric as match_numeric
from factcheck.models import Article, Claim, Document, FileError, FileResult, Finding, Report
from factcheck.nlp import load_model
from factcheck.parallel import ordered_map
from factcheck.reference import Reference

# kind -> (match, decide); each step takes all of an article's claims of that kind
STAGES = {
    "numeric": (match_numeric.match, decide_numeric.decide),
    "name": (match_names.match, decide_names.decide),
    "attribution": (match_attribution.match, decide_attribution.decide),
}


@dataclass
class Checker:
    """Holds the loaded pipeline and reference dataset for many documents."""

    reference: Reference
    config: Config = field(default_factory=Config)

    def __post_init__(self) -> None:
        self.nlp = load_model(self.config.model)
        for prepare in PREPARERS:
            prepare(self.nlp, self.reference)

    def article(self, document: Document, date: dt.date | None = None) -> Article:
        as_of = date or document.date or dt.date.today()
        return Article(document, self.nlp(document.content), self.reference, as_of, self.config)

    def extract(self, document: Document, date: dt.date | None = None) -> tuple[Article, list[Claim]]:
        article = self.article(document, date)
        return article, extract_claims(article, self.config.checks)

    def extract_only(self, document: Document, date: dt.date | None = None) -> FileResult:
        article, claims = self.extract(document, date)
        return FileResult(document, article.as_of, (), empty_warnings(document), tuple(claims))

    def check(self, document: Document, date: dt.date | None = None) -> FileResult:
        article, claims = self.extract(document, date)
        findings: list[Finding] = []
        for kind, (match, decide) in STAGES.items():
            of_kind = [claim for claim in claims if claim.kind == kind]
            if of_kind:
                findings.extend(decide(of_kind, match(of_kind, article), article))
        findings.sort(key=lambda finding: (finding.claim.start, finding.claim.end, finding.claim.kind))
        return FileResult(document, article.as_of, tuple(findings), empty_warnings(document))

    def check_path(self, path: str, date: dt.date | None = None, stdin_filename: str | None = None,
                   verify: bool = True) -> FileResult | FileError:
        """One file's result, or the error that kept it from being read."""
        try:
            document = read_document(path, stdin_filename)
        except InputError as error:
            return FileError(error.path, error.problem)
        return self.check(document, date) if verify else self.extract_only(document, date)

    def check_paths(
        self,
        paths: list[str],
        date: dt.date | None = None,
        stdin_filename: str | None = None,
        verify: bool = True,
        jobs: int = 1,
        on_result: Callable[[FileResult | FileError], None] | None = None,
    ) -> Report:
        """Check (or with `verify=False` only extract) every path, in input order.

        Unreadable files are recorded and the rest still run. With `jobs` > 1
        the files are shared among worker processes, each with one model load;
        `on_result` is called as each file is done (for a progress bar).
        """
        task = partial(self.check_path, date=date, stdin_filename=stdin_filename, verify=verify)
        if jobs > 1 and len(paths) > 1 and STDIN not in paths:
            results = ordered_map(task, paths, jobs)
        else:
            results = map(task, paths)
        report = Report()
        for result in results:
            if on_result:
                on_result(result)
            if isinstance(result, FileError):
                report.errors.append(result)
            else:
                report.files.append(result)
                report.warnings.extend(f"{result.document.path}: {warning}" for warning in result.warnings)
        return report


def empty_warnings(document: Document) -> tuple[str, ...]:
    return ("file is empty; nothing to check",) if not document.text.strip() else ()


def check_text(
    text: str,
    reference: Reference,
    *,
    date: dt.date | None = None,
    path: str = "<text>",
    config: Config | None = None,
) -> FileResult:
    """Check one article given as text. Reads and writes no files."""
    return Checker(reference, config or Config()).check(document_from_text(text, path), date)
