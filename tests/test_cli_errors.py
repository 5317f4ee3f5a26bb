"""Bad input gets one `error:` line naming the problem and exit status 2; other files are still checked."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import DATA

ARTICLE = "The council approved a budget of $3.5 billion on Monday, Mayor Jane Doe said.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_missing_file_is_reported_and_other_files_still_checked(cli, article, tmp_path):
    missing = tmp_path / "nope.md"
    run = cli("check", missing, article, "--format", "json")
    assert run.code == 2
    assert error_lines(run.stderr) == [f"error: {missing}: no such file; check the path"]
    report = run.json
    assert [entry["path"] for entry in report["files"]] == [str(article)]
    assert report["errors"] == [{"path": str(missing), "message": "no such file; check the path"}]


def test_directory_without_articles(cli, tmp_path, article):
    empty_dir = tmp_path / "drafts"
    empty_dir.mkdir()
    (empty_dir / "notes.pdf").write_bytes(b"%PDF")
    run = cli("check", empty_dir, article)
    assert run.code == 2
    assert len(error_lines(run.stderr)) == 1
    assert "holds no articles" in run.stderr and str(empty_dir) in run.stderr


def test_directory_is_searched_for_articles(cli, tmp_path):
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    (drafts / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (drafts / "sub" / "b.md").write_text(ARTICLE, encoding="utf-8")
    (drafts / "image.png").write_bytes(b"\x89PNG\0\0")
    run = cli("check", drafts, "--format", "json")
    assert run.code == 0, run.stderr
    assert [entry["path"] for entry in run.json["files"]] == [str(drafts / "a.txt"), str(drafts / "sub" / "b.md")]


def test_binary_file(cli, tmp_path, article):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    run = cli("check", binary, article)
    assert run.code == 2
    assert error_lines(run.stderr) == [f"error: {binary}: is a binary file, not text; give a .txt, .md or .html article"]
    assert "1 file checked" in run.stdout


def test_invalid_utf8_names_the_line_and_the_fix(cli, tmp_path, article):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("First line.\nThe café opened.\n".encode("latin-1"))
    run = cli("check", latin1, article)
    assert run.code == 2
    [line] = error_lines(run.stderr)
    assert str(latin1) in line and "not valid UTF-8" in line and "line 2" in line and "save it as UTF-8" in line


def test_input_is_never_modified(cli, tmp_path):
    latin1 = tmp_path / "latin1.txt"
    original = "The café opened.\n".encode("latin-1")
    latin1.write_bytes(original)
    cli("check", latin1)
    assert latin1.read_bytes() == original


def test_empty_file_is_a_warning_not_an_error(cli, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    run = cli("check", empty)
    assert run.code == 0
    assert run.stderr.strip() == f"warning: {empty}: file is empty; nothing to check"


def test_invalid_reference_dataset(cli, tmp_path, article):
    dataset = tmp_path / "ref"
    dataset.mkdir()
    (dataset / "people.yaml").write_text("entities:\n  - id: x\n    type: person\n", encoding="utf-8")
    run = cli("check", article, "--reference", dataset)
    assert run.code == 2
    [line] = error_lines(run.stderr)
    assert "people.yaml:2" in line and "name" in line and "factcheck reference validate" in line
    assert run.stdout == ""


def test_unknown_option(cli, article):
    run = cli("check", article, "--frobnicate")
    assert run.code == 2
    [line] = error_lines(run.stderr)
    assert line.startswith("error: no such option") and "--frobnicate" in line
    assert line.endswith("(see 'factcheck check --help')")


@pytest.mark.parametrize("date", ["2019-02-30", "04/10/2019", "yesterday"])
def test_impossible_date(cli, article, date):
    run = cli("check", article, "--date", date)
    assert run.code == 2
    [line] = error_lines(run.stderr)
    assert f"'{date}' is not a valid date; use YYYY-MM-DD" in line
    assert len(run.stderr.strip().splitlines()) == 1


def test_bad_front_matter_date(cli, tmp_path, article):
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: next week\n---\nText.\n", encoding="utf-8")
    run = cli("check", draft, article)
    assert run.code == 2
    assert error_lines(run.stderr) == [f"error: {draft}: front matter date 'next week' is not a date; write it as YYYY-MM-DD"]


def test_bad_input_never_shows_a_traceback(tmp_path):
    """The installed entry point, as a user runs it."""
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\0\1\2")
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(binary), str(tmp_path / "missing.txt"), "--date", "2019-13-01"],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error:")
