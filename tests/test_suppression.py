"""Silencing findings: inline comments in Markdown and HTML, and a baseline file keyed on text, not lines."""
from __future__ import annotations

import json

import pytest

from conftest import write_dataset

from factcheck.baseline import normalise
from factcheck.markdown_text import ignored_ranges
from factcheck.suppress import ignored_ranges as ranges_for

REFERENCE = "entities:\n  - id: ada-lovelace\n    name: Ada Lovelace\n    type: person\n"

MARKDOWN = """\
Ada Lovelace wrote the notes.

<!-- factcheck: ignore -->
Lovelase signed the first letter.

Lovelase signed the second letter.

<!-- factcheck: off -->
Lovelase signed the third letter.

- Lovelase signed the fourth.

<!-- factcheck: on -->
Lovelase signed the fifth letter.
"""

HTML = """\
<html><body>
<p>Ada Lovelace wrote the notes.</p>
<!-- factcheck: ignore -->
<p>Lovelase signed the first <b>letter</b>.</p>
<p>Lovelase signed the second letter.</p>
<!-- factcheck: off -->
<p>Lovelase signed the third letter.</p><div>Lovelase signed the fourth.</div>
<!-- factcheck: on -->
<p>Lovelase signed the fifth letter.</p>
</body></html>
"""


def silenced_lines(text: str, name: str) -> set[int]:
    lines = set()
    for start, end in ranges_for(name, text):
        first = text.count("\n", 0, start) + 1
        last = text.count("\n", 0, max(start, end - 1)) + 1
        lines.update(range(first, last + 1))
    return lines


@pytest.mark.parametrize("name,text", [("a.md", MARKDOWN), ("a.html", HTML)])
def test_ignore_covers_the_next_paragraph_and_off_on_a_stretch(name, text):
    lines = silenced_lines(text, name)
    by_word = {word: text[:text.index(f"Lovelase signed {word}")].count("\n") + 1
               for word in ("the first", "the second", "the third", "the fourth", "the fifth")}
    assert by_word["the first"] in lines
    assert by_word["the third"] in lines and by_word["the fourth"] in lines
    assert by_word["the second"] not in lines and by_word["the fifth"] not in lines
    assert 1 not in lines


def test_comments_are_plain_text_in_txt_files():
    assert ranges_for("a.txt", MARKDOWN) == []


def test_comment_inside_a_code_block_is_not_a_directive():
    text = "```\n<!-- factcheck: off -->\n```\n\nLovelase wrote.\n"
    assert ignored_ranges(text) == []


def test_off_without_on_runs_to_the_end():
    text = "Ada Lovelace.\n\n<!-- factcheck: off -->\n\nLovelase.\n"
    [(start, end)] = ignored_ranges(text)
    assert text[start:end].endswith("Lovelase.\n")


@pytest.fixture
def dataset(tmp_path):
    return write_dataset(tmp_path / "reference", REFERENCE)


@pytest.mark.parametrize("name,text", [("a.md", MARKDOWN), ("a.html", HTML)])
def test_inline_suppression_on_the_command_line(cli, tmp_path, dataset, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = cli("check", path, "--reference", dataset, "--format", "json", "--no-config")
    conflicting = [claim for claim in run.json["files"][0]["claims"] if claim["verdict"] == "conflicting"]
    assert {claim["line"] for claim in conflicting} == {
        text[:text.index(f"Lovelase signed {word}")].count("\n") + 1 for word in ("the second", "the fifth")}
    assert run.json["summary"]["suppressed"] == 3
    assert run.code == 1


# baseline

ARTICLE = "Ada Lovelace wrote the notes.\n\nLater, Lovelase published them.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "articles" / "notes.md"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_write_baseline_then_nothing_fails(cli, article, dataset, tmp_path):
    baseline = tmp_path / "factcheck-baseline.json"
    run = cli("check", article, "--reference", dataset, "--write-baseline", baseline, "--no-config")
    assert run.code == 0
    assert "wrote 1 finding to the baseline" in run.stderr
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    [entry] = data["findings"]
    assert entry == {"path": "articles/notes.md", "kind": "name", "text": "Lovelase", "verdict": "conflicting",
                     "message": entry["message"], "count": 1}
    assert "line" not in json.dumps(data).replace("in line", "")
    run = cli("check", article, "--reference", dataset, "--baseline", baseline, "--format", "json", "--no-config")
    assert run.code == 0
    assert run.json["summary"]["suppressed"] == 1 and run.json["summary"]["conflicting"] == 0


def test_edits_elsewhere_do_not_revive_baselined_findings(cli, article, dataset, tmp_path):
    baseline = tmp_path / "baseline.json"
    cli("check", article, "--reference", dataset, "--write-baseline", baseline, "--no-config")
    article.write_text("A new opening paragraph.\n\nAnother one.\n\n" + ARTICLE, encoding="utf-8")
    assert cli("check", article, "--reference", dataset, "--baseline", baseline, "--no-config").code == 0


def test_a_new_occurrence_is_reported(cli, article, dataset, tmp_path):
    baseline = tmp_path / "baseline.json"
    cli("check", article, "--reference", dataset, "--write-baseline", baseline, "--no-config")
    article.write_text(ARTICLE + "\nLovelase also wrote letters.\n", encoding="utf-8")
    run = cli("check", article, "--reference", dataset, "--baseline", baseline, "--format", "concise", "--no-config")
    assert run.code == 1
    assert len(run.stdout.splitlines()) == 1


def test_baseline_paths_are_relative_to_the_baseline_file(cli, article, dataset, tmp_path, monkeypatch):
    baseline = tmp_path / "baseline.json"
    cli("check", article, "--reference", dataset, "--write-baseline", baseline, "--no-config")
    monkeypatch.chdir(article.parent)
    assert cli("check", "notes.md", "--reference", dataset, "--baseline", baseline, "--no-config").code == 0


def test_baseline_from_settings(cli, article, dataset, tmp_path):
    cli("check", article, "--reference", dataset, "--write-baseline", tmp_path / "accepted.json", "--no-config")
    (tmp_path / "factcheck.toml").write_text(f'reference = "{dataset.name}"\nbaseline = "accepted.json"\n', encoding="utf-8")
    assert cli("check", article).code == 0


@pytest.mark.parametrize("content,needle", [(None, "baseline file not found"), ("{", "not a factcheck baseline"),
                                            ('{"schema_version": 1, "findings": [{}]}', "missing or has a bad value")])
def test_bad_baseline_is_one_error_line(cli, article, dataset, tmp_path, content, needle):
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    run = cli("check", article, "--reference", dataset, "--baseline", baseline, "--no-config")
    assert run.code == 2
    [line] = run.stderr.splitlines()
    assert line.startswith(f"error: {baseline}: ") and needle in line and "--write-baseline" in line


def test_normalised_text_ignores_case_spacing_and_quote_style():
    assert normalise("Pakistan\u2019s  Foreign\nMinister") == normalise("pakistan's foreign minister")
