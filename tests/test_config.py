"""Settings files: factcheck.toml or [tool.factcheck] in pyproject.toml, the nearest one to each article."""
from __future__ import annotations

import pytest

from factcheck import settings
from factcheck.errors import UsageError

REFERENCE = "entities:\n  - id: ada-lovelace\n    name: Ada Lovelace\n    type: person\n"
TYPO = "Ada Lovelace wrote notes.\n\nLater, Lovelase published them.\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path):
    """A repository of articles with its own reference dataset named in factcheck.toml."""
    root = tmp_path / "newsroom"
    write(root / "reference" / "people.yaml", REFERENCE)
    write(root / "factcheck.toml", 'reference = "reference"\n')
    write(root / "articles" / "typo.md", TYPO)
    return root


def test_reference_directory_from_factcheck_toml(cli, project):
    run = cli("check", project / "articles" / "typo.md", "--format", "json")
    assert run.code == 1, run.stderr
    assert run.json["reference"]["entities"] == 1


def test_nearest_settings_file_wins(cli, project):
    write(project / "articles" / "factcheck.toml", 'reference = "../reference"\nfail-on = "never"\n')
    assert cli("check", project / "articles" / "typo.md").code == 0


def test_pyproject_section(cli, tmp_path):
    root = tmp_path / "repo"
    write(root / "data" / "people.yaml", REFERENCE)
    write(root / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nreference = "data"\nfail-on = "never"\n')
    article = write(root / "a.md", TYPO)
    run = cli("check", article, "--format", "json")
    assert run.code == 0 and run.json["reference"]["entities"] == 1


def test_pyproject_without_section_is_passed_over(cli, project):
    write(project / "articles" / "pyproject.toml", '[project]\nname = "articles"\n')
    assert cli("check", project / "articles" / "typo.md", "--format", "json").json["reference"]["entities"] == 1


def test_factcheck_toml_wins_over_pyproject_in_the_same_directory(project):
    write(project / "pyproject.toml", '[tool.factcheck]\nfail-on = "never"\n')
    assert settings.Resolver().for_path(str(project / "articles" / "typo.md")).fail_on is None


def test_command_line_wins_over_settings(cli, project):
    write(project / "factcheck.toml", 'reference = "reference"\nfail-on = "never"\n')
    assert cli("check", project / "articles" / "typo.md").code == 0
    assert cli("check", project / "articles" / "typo.md", "--fail-on", "conflicting").code == 1


def test_config_option_overrides_discovery(cli, project, tmp_path):
    other = write(tmp_path / "elsewhere" / "strict.toml", f'reference = "{project / "reference"}"\nfail-on = "never"\n')
    assert cli("check", project / "articles" / "typo.md", "--config", other).code == 0


def test_no_config_ignores_settings_files(cli, project):
    run = cli("check", project / "articles" / "typo.md", "--no-config", "--format", "json")
    assert run.json["reference"]["path"] == "reference_data"


@pytest.mark.parametrize("text,needle", [
    ('refrence = "reference"\n', "unknown key 'refrence'"),
    ('[thresholds]\nname-min-similarty = 0.9\n', "unknown key 'thresholds.name-min-similarty'"),
    ('fail-on = "sometimes"\n', "fail-on = 'sometimes' is not valid"),
    ('exclude = "drafts"\n', "exclude = 'drafts' is not valid; use a list of strings"),
    ('[thresholds]\nname-min-similarity = "high"\n', "thresholds.name-min-similarity = 'high' is not valid"),
    ('reference = [\n', "not valid TOML"),
])
def test_bad_settings_are_one_error_line_naming_the_file_and_key(cli, project, text, needle):
    config = write(project / "factcheck.toml", text)
    run = cli("check", project / "articles" / "typo.md")
    assert run.code == 2
    [line] = run.stderr.splitlines()
    assert line.startswith(f"error: {config}") and needle in line, line
    assert run.stdout == ""


def test_unknown_key_in_pyproject_names_the_table(cli, tmp_path):
    write(tmp_path / "repo" / "pyproject.toml", "[tool.factcheck]\ncolour = true\n")
    run = cli("check", write(tmp_path / "repo" / "a.md", TYPO))
    assert run.code == 2
    assert "[tool.factcheck]: unknown key 'colour'; known keys are reference, date" in run.stderr


def test_missing_config_file(cli, project, tmp_path):
    run = cli("check", project / "articles" / "typo.md", "--config", tmp_path / "nope.toml")
    assert run.code == 2 and "no such settings file" in run.stderr


def test_thresholds_reach_the_pipeline(project):
    write(project / "factcheck.toml", "[thresholds]\nname-min-similarity = 0.99\napproximate_margin = 0.2\n")
    found = settings.Resolver().for_path(str(project / "articles" / "typo.md"))
    config = found.config()
    assert config.name_min_similarity == 0.99 and config.approximate_margin == 0.2


def test_every_numeric_config_field_is_a_threshold():
    assert {"name-min-similarity", "numeric-min-score", "approximate-margin"} <= set(settings.threshold_names())


def test_excluded_paths_are_skipped_in_directories(cli, project):
    write(project / "articles" / "archive" / "old.md", TYPO)
    write(project / "articles" / "drafts" / "wip.md", TYPO)
    write(project / "factcheck.toml", 'reference = "reference"\nexclude = ["articles/archive", "wip.md"]\n')
    run = cli("check", project / "articles", "--format", "json")
    assert [entry["path"] for entry in run.json["files"]] == [str(project / "articles" / "typo.md")]


def test_exclude_option(cli, project):
    write(project / "articles" / "archive" / "old.md", TYPO)
    run = cli("check", project / "articles", "--format", "json", "--exclude", "archive")
    assert [entry["path"] for entry in run.json["files"]] == [str(project / "articles" / "typo.md")]


def test_a_file_named_explicitly_is_checked_even_if_excluded(cli, project):
    write(project / "factcheck.toml", 'reference = "reference"\nexclude = ["articles"]\n')
    assert cli("check", project / "articles" / "typo.md").code == 1


def test_date_required(cli, project):
    write(project / "factcheck.toml", 'reference = "reference"\ndate = "required"\n')
    dated = write(project / "articles" / "dated.md", "---\ndate: 2020-01-01\n---\n" + TYPO)
    run = cli("check", project / "articles" / "typo.md", dated, "--format", "json")
    assert run.code == 2
    assert [entry["path"] for entry in run.json["files"]] == [str(dated)]
    assert "typo.md: has no date; add 'date: YYYY-MM-DD' to its front matter" in run.stderr
    assert cli("check", project / "articles" / "typo.md", "--date", "2020-01-01").code == 1


def test_min_level_from_settings(cli, project):
    write(project / "factcheck.toml", 'reference = "reference"\nmin-level = "info"\n')
    run = cli("check", project / "articles" / "typo.md", "--format", "concise")
    assert ": consistent: " in run.stdout


def test_settings_for_stdin_come_from_the_working_directory(cli, project, monkeypatch):
    monkeypatch.chdir(project)
    run = cli("check", "-", "--stdin-filename", "articles/new.md", "--format", "json", stdin=TYPO.encode())
    assert run.code == 1 and run.json["reference"]["entities"] == 1


def test_load_rejects_pyproject_without_section(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(UsageError, match=r"has no \[tool.factcheck\] table"):
        settings.load(str(path))


def test_force_exclude_applies_to_files_named_explicitly(cli, project):
    draft = write(project / "drafts" / "wip.md", TYPO)
    write(project / "factcheck.toml", 'reference = "reference"\nexclude = ["drafts"]\n')
    run = cli("check", project / "articles" / "typo.md", draft, "--force-exclude", "--format", "json")
    assert [entry["path"] for entry in run.json["files"]] == [str(project / "articles" / "typo.md")]


def test_two_datasets_in_one_run_each_applies_to_its_own_articles(cli, tmp_path):
    """Articles under different settings files are checked against their own reference, in any order."""
    for desk, name in (("sports", "Ada Lovelace"), ("science", "Grace Hopper")):
        slug = name.lower().replace(" ", "-")
        write(tmp_path / desk / "reference" / "people.yaml", f"entities:\n  - id: {slug}\n    name: {name}\n    type: person\n")
        write(tmp_path / desk / "factcheck.toml", 'reference = "reference"\n')
    text = "Ada Lovelase met Grace Hoper.\n"
    paths = [write(tmp_path / desk / f"{index}.md", text) for index, desk in enumerate(["sports", "science", "sports"])]
    run = cli("check", *paths, "--format", "json")
    conflicting = [sorted(claim["text"] for claim in entry["claims"] if claim["verdict"] == "conflicting")
                   for entry in run.json["files"]]
    assert conflicting == [["Ada Lovelase"], ["Grace Hoper"], ["Ada Lovelase"]]
