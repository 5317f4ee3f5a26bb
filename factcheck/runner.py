"""Check many paths in one run: discover articles, apply settings, check, suppress, decide the exit status.

The model is loaded once for the run; each reference dataset once. A file
that cannot be read or checked is recorded and the run goes on with the
rest. Nothing here prints except the progress bar on a terminal.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from factcheck.baseline import Baseline
from factcheck.documents import STDIN, discover, matches_any, read_document
from factcheck.errors import InputError
from factcheck.models import ExitCode, FileError, FileResult, Report, Verdict
from factcheck.parallel import ordered_map
from factcheck.progress import progress
from factcheck.report import Outcome
from factcheck.settings import Resolver, Settings
from factcheck.suppress import apply_inline

DEBUG_VARIABLE = "FACTCHECK_DEBUG"  # set it to see the traceback of a file that failed to check


@dataclass
class Options:
    """What the command line asked for; None means "from the settings file, else the default"."""

    paths: tuple[str, ...]
    reference: str | None = None
    date: dt.date | None = None
    model: str | None = None
    stdin_filename: str | None = None
    fail_on: str | None = None
    min_level: str | None = None
    default_min_level: str = "warning"
    config_file: str | None = None
    no_config: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False  # exclusions apply to files named explicitly too (pre-commit names every file)
    verify: bool = True
    jobs: int = 1  # worker processes for many files


@dataclass
class Run:
    outcome: Outcome
    exit_code: ExitCode
    baseline_written: int | None = None
    settings: dict[str, Settings] = field(default_factory=dict)


def reference_summary(location: str | None, reference) -> dict:
    shown = "reference_data"
    if location:
        relative = os.path.relpath(location)
        shown = location if relative.startswith(os.pardir) else relative
    return {"path": shown, "entities": len(reference.entities), "facts": len(reference.facts)}


class Datasets:
    """Reference datasets and checkers, each built once per run."""

    def __init__(self) -> None:
        self.references: dict[str | None, object] = {}
        self.checkers: dict[tuple[str | None, str], object] = {}
        self.active: tuple[str | None, str] | None = None

    def reference(self, location: str | None):
        if location not in self.references:
            from factcheck.reference import default_reference_path, load_reference

            self.references[location] = load_reference(location or default_reference_path())
        return self.references[location]

    def checker(self, location: str | None, config):
        key = (location, repr(config))
        if key not in self.checkers:
            from factcheck.pipeline import Checker

            self.checkers[key] = Checker(self.reference(location), config)
        elif key != self.active:
            # Checkers share the one loaded model, which preparers fit to a reference
            # (its names, say); switching datasets in a run fits it again.
            from factcheck.extract import PREPARERS

            checker = self.checkers[key]
            for prepare in PREPARERS:
                prepare(checker.nlp, checker.reference)
        self.active = key
        return self.checkers[key]


def run(options: Options) -> Run:
    resolver = Resolver(options.config_file, options.no_config)

    def settings_for(path: str) -> Settings:
        if path == STDIN:
            return resolver.for_path(options.stdin_filename and os.path.abspath(options.stdin_filename))
        if os.path.isdir(path):
            return resolver.for_path(os.path.join(path, "."))
        return resolver.for_path(path)

    def excluded(path: str) -> bool:
        if options.exclude and matches_any(path, options.exclude, os.getcwd()):
            return True
        settings = settings_for(path)
        return bool(settings.exclude) and matches_any(path, settings.exclude, settings.root)

    found, discover_errors = discover(list(options.paths), excluded)
    if options.force_exclude:
        found = [path for path in found if path == STDIN or not excluded(path)]
    planned = [(path, settings_for(path)) for path in found]

    # Every dataset loads (or fails) before any article is checked.
    datasets = Datasets()
    for _, settings in planned:
        datasets.reference(options.reference or settings.reference)

    report = Report(errors=[FileError(error.path, error.problem) for error in discover_errors])
    file_settings: dict[str, Settings] = {}
    suppressed = 0
    jobs = options.jobs if STDIN not in found else 1
    if jobs > 1:
        # Build every checker (one model load) before the workers fork, so they share it.
        for _, settings in planned:
            datasets.checker(options.reference or settings.reference, settings.config(options.model))

    def task(planned_file: tuple[str, Settings]) -> tuple[FileResult | None, list[FileError]]:
        problems = Report()
        result = check_one(*planned_file, options, datasets, problems)
        return result, problems.errors

    with progress(len(planned)) as bar:
        for (path, settings), (result, errors) in zip(planned, ordered_map(task, planned, jobs)):
            report.errors.extend(errors)
            bar.advance(path)
            if result is None:
                continue
            result, dropped = apply_inline(result)
            suppressed += dropped
            file_settings[result.document.path] = settings
            report.files.append(result)
            report.warnings.extend(f"{result.document.path}: {warning}" for warning in result.warnings)

    written = None
    if options.verify:
        if options.write_baseline:
            from factcheck.baseline import write

            written = write(options.write_baseline, report.files)
        report.files, dropped = apply_baselines(report.files, file_settings, options)
        suppressed += dropped

    first = planned[0][1] if planned else Settings()
    outcome = Outcome(
        report,
        reference=reference_summary(options.reference or first.reference,
                                    datasets.reference(options.reference or first.reference)),
        min_level=options.min_level or first.min_level or options.default_min_level,
        file_levels={path: options.min_level or settings.min_level or options.default_min_level
                     for path, settings in file_settings.items()},
        suppressed=suppressed,
    )
    return Run(outcome, exit_code(report, file_settings, options), written, file_settings)


def check_one(path: str, settings: Settings, options: Options, datasets: Datasets, report: Report) -> FileResult | None:
    """Read and check one article; a problem is added to `report.errors` and None returned."""
    try:
        document = read_document(path, options.stdin_filename)
        date = options.date or document.date
        if date is None and settings.date == "required":
            raise InputError(document.path, "has no date; add 'date: YYYY-MM-DD' to its front matter (in HTML, "
                             "<meta property=\"article:published_time\">) or pass --date")
        checker = datasets.checker(options.reference or settings.reference, settings.config(options.model))
        return checker.check(document, date) if options.verify else checker.extract_only(document, date)
    except InputError as error:
        report.errors.append(FileError(error.path, error.problem))
    except Exception as error:  # one broken article must not stop the others
        if os.environ.get(DEBUG_VARIABLE):
            raise
        name = (options.stdin_filename or "<stdin>") if path == STDIN else path
        report.errors.append(FileError(name, f"could not be checked ({type(error).__name__}: {error}); "
                                             f"set {DEBUG_VARIABLE}=1 to see where, and report it with the file"))
    return None


def apply_baselines(results: list[FileResult], file_settings: dict[str, Settings], options: Options):
    """Drop the findings accepted in each file's baseline (--baseline, --write-baseline, or the settings')."""
    loaded: dict[str, Baseline] = {}
    kept, silenced = [], 0
    for result in results:
        file = options.write_baseline or options.baseline or file_settings[result.document.path].baseline
        if not file:
            kept.append(result)
            continue
        if file not in loaded:
            loaded[file] = Baseline.load(file)
        [filtered], dropped = loaded[file].filter([result])
        kept.append(filtered)
        silenced += dropped
    return kept, silenced


def exit_code(report: Report, file_settings: dict[str, Settings], options: Options) -> ExitCode:
    """2 if any input failed; else 1 if any file has a finding its fail-on setting fails on; else 0."""
    if report.errors:
        return ExitCode.ERROR
    if not options.verify:
        return ExitCode.OK
    for result in report.files:
        fail_on = options.fail_on or file_settings[result.document.path].fail_on or "conflicting"
        failing = {"conflicting": {Verdict.CONFLICTING}, "unverified": {Verdict.CONFLICTING, Verdict.UNVERIFIED},
                   "never": set()}[fail_on]
        if any(finding.verdict in failing for finding in result.findings):
            return ExitCode.CONFLICTING
    return ExitCode.OK
