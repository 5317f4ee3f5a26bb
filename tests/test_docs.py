"""The documentation keeps up with the command line: every option is documented, examples run.

docs/cli.md is generated from `--help`; regenerate it after changing an option:

    FACTCHECK_UPDATE_GOLDENS=1 python -m pytest tests/test_docs.py
"""
from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import click
import pytest
import yaml

from factcheck.cli import cli
from factcheck.settings import KEYS, threshold_names

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CLI_REFERENCE = DOCS / "cli.md"
UPDATE = bool(os.environ.get("FACTCHECK_UPDATE_GOLDENS"))


def commands(group: click.Group = cli, path: tuple[str, ...] = ("factcheck",)):
    """(path, command) for the group and every command below it."""
    yield path, group
    for name in sorted(getattr(group, "commands", {})):
        yield from commands(group.commands[name], (*path, name))


def option_names() -> set[tuple[str, str]]:
    """(command, --long-option) for every option of every command."""
    names = set()
    for path, command in commands():
        for param in command.params:
            if isinstance(param, click.Option):
                names.update((" ".join(path), opt) for opt in param.opts if opt.startswith("--"))
    return names


def cli_reference() -> str:
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help`; do not edit by hand. After changing an option, regenerate it with",
        "`FACTCHECK_UPDATE_GOLDENS=1 python -m pytest tests/test_docs.py`.",
    ]
    for path, command in commands():
        # The group's context settings (-h) reach every command, as when factcheck runs.
        context = click.Context(command, info_name=" ".join(path), terminal_width=88, max_content_width=88,
                                **cli.context_settings)
        parts += ["", f"## {' '.join(path)}", "", "```", command.get_help(context).rstrip(), "```"]
    return "\n".join(parts) + "\n"


def test_cli_reference_is_up_to_date():
    generated = cli_reference()
    if UPDATE or not CLI_REFERENCE.exists():
        CLI_REFERENCE.write_text(generated, encoding="utf-8")
    assert CLI_REFERENCE.read_text(encoding="utf-8") == generated, (
        "docs/cli.md is out of date; regenerate it with FACTCHECK_UPDATE_GOLDENS=1 python -m pytest tests/test_docs.py")


def handwritten_docs() -> str:
    files = [path for path in DOCS.glob("*.md") if path != CLI_REFERENCE]
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


@pytest.mark.parametrize("command,option", sorted(option_names()))
def test_every_option_is_explained_in_the_docs(command, option):
    """Beyond the generated reference: each option appears in a hand-written page of docs/ or the README."""
    if option in ("--help", "--version"):
        pytest.skip("standard")
    text = handwritten_docs() + (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(re.escape(option) + r"(?![\w-])", text), f"{command} {option} is not documented in docs/"


def test_readme_lists_every_check_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [option for command, option in option_names()
               if command == "factcheck check" and option not in ("--help",) and option not in readme]
    assert not missing, f"README.md does not list {missing}"


def test_readme_keeps_its_quick_start_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ("python3 -m venv .venv && . .venv/bin/activate && pip install . && "
            "factcheck check seeds/000_f4ce3f877ad76716.txt --date 2019-10-04") in readme
    assert 'pip install -q -e ".[test]" && python -m pytest -q' in readme
    assert "## Example" in readme


def test_every_settings_key_and_threshold_is_documented():
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for key in (*KEYS, *threshold_names()):
        assert f"`{key}`" in text, key


def code_blocks(path: Path, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def parse_factcheck_command(line: str) -> None:
    """Fail if a documented `factcheck ...` command line would be a usage error."""
    words = shlex.split(line.split("#")[0])
    assert words[0] == "factcheck", line
    command = cli.commands[words[1]]
    command.make_context(words[1], words[2:])


def test_github_workflow_is_valid_and_uses_real_options():
    [workflow] = code_blocks(DOCS / "ci.md", "yaml")[:1]
    data = yaml.safe_load(workflow)
    steps = data["jobs"]["factcheck"]["steps"]
    runs = [step["run"] for step in steps if "run" in step and step["run"].startswith("factcheck")]
    assert any("--format github" in run for run in runs)
    assert any("--format sarif" in run for run in runs)
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    assert data["permissions"]["security-events"] == "write"
    for run in runs:
        parse_factcheck_command(run)


def test_precommit_examples_and_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [hook] = [hook for hook in hooks if hook["id"] == "factcheck"]
    assert hook["require_serial"] is True and hook["language"] == "python"
    assert re.search(hook["files"], "articles/a.md") and not re.search(hook["files"], "setup.py")
    parse_factcheck_command(hook["entry"] + " a.md")
    configs = [yaml.safe_load(block) for block in code_blocks(DOCS / "ci.md", "yaml")[1:]]
    entries = [hook for config in configs for repo in config["repos"] for hook in repo["hooks"]]
    assert {hook["id"] for hook in entries} == {"factcheck"}
    for entry in entries:
        if "entry" in entry:
            parse_factcheck_command(entry["entry"] + " a.md")
        if "args" in entry:
            parse_factcheck_command("factcheck check " + " ".join(entry["args"]) + " a.md")


@pytest.mark.parametrize("page", ["suppression.md", "configuration.md", "formats.md", "inputs.md", "ci.md"])
def test_shell_examples_use_real_options(page):
    for block in code_blocks(DOCS / page, "sh"):
        for line in block.splitlines():
            if line.startswith("factcheck "):
                parse_factcheck_command(line)


def test_docs_link_to_pages_that_exist():
    for page in [*DOCS.glob("*.md"), ROOT / "README.md"]:
        for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"
