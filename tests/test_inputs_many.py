"""Many files in one run: one report, one model load, a bad file reported without stopping the run."""
from __future__ import annotations

import io

import pytest

from conftest import write_dataset

from factcheck import progress

REFERENCE = """\
entities:
  - id: ada-lovelace
    name: Ada Lovelace
    type: person
"""


@pytest.fixture
def dataset(tmp_path):
    return write_dataset(tmp_path / "reference", REFERENCE)


@pytest.fixture
def articles(tmp_path):
    """50 articles in nested directories (.txt, .md, .html), one of them not text."""
    root = tmp_path / "articles"
    for index in range(50):
        folder = root / f"section-{index % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        suffix = (".txt", ".md", ".html")[index % 3]
        body = f"Ada Lovelace wrote note number {index} in 1843."
        if suffix == ".html":
            body = f"<p>{body}</p>"
        (folder / f"story-{index:02d}{suffix}").write_text(body + "\n", encoding="utf-8")
    (root / "section-3" / "story-33.txt").write_bytes(b"\x00\x01binary")
    (root / ".drafts").mkdir()
    (root / ".drafts" / "hidden.md").write_text("Ada Lovelase.\n", encoding="utf-8")
    return root


def test_fifty_articles_one_report_one_model_load(cli, articles, dataset, monkeypatch):
    import factcheck.pipeline

    calls = []
    original = factcheck.pipeline.load_model

    def counting(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(factcheck.pipeline, "load_model", counting)
    run = cli("check", articles, "--reference", dataset, "--format", "json", "--no-config")
    assert run.code == 2
    report = run.json  # one JSON document for the whole run
    assert len(calls) == 1
    assert report["summary"]["files"] == 49
    bad = str(articles / "section-3" / "story-33.txt")
    assert report["errors"] == [{"path": bad, "message": "is a binary file, not text; give a .txt, .md or .html article"}]
    assert [line for line in run.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {bad}: is a binary file, not text; give a .txt, .md or .html article"]
    assert not any("hidden.md" in entry["path"] for entry in report["files"])


def test_a_file_that_breaks_the_checker_is_reported_and_the_rest_checked(cli, tmp_path, dataset, monkeypatch):
    import factcheck.pipeline

    good = tmp_path / "good.txt"
    good.write_text("Ada Lovelace wrote notes.\n", encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text("This one trips a bug.\n", encoding="utf-8")
    original = factcheck.pipeline.Checker.check

    def check(self, document, date=None):
        if "trips a bug" in document.text:
            raise RuntimeError("boom")
        return original(self, document, date)

    monkeypatch.setattr(factcheck.pipeline.Checker, "check", check)
    run = cli("check", broken, good, "--reference", dataset, "--format", "json", "--no-config")
    assert run.code == 2
    assert [entry["path"] for entry in run.json["files"]] == [str(good)]
    [line] = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert line.startswith(f"error: {broken}: could not be checked (RuntimeError: boom)")
    assert "Traceback" not in run.stderr


def test_stdin_file_name_picks_the_reader(cli, dataset):
    markdown = "---\ndate: 2020-05-01\n---\nMayor **Ada Lovelace** spoke.\n"
    run = cli("check", "-", "--stdin-filename", "drafts/speech.md", "--reference", dataset, "--format", "json",
              "--no-config", stdin=markdown.encode())
    [entry] = run.json["files"]
    assert entry["path"] == "drafts/speech.md" and entry["date"] == "2020-05-01"
    for claim in entry["claims"]:
        assert "*" not in claim["text"]
        assert claim["text"] == markdown[claim["start"]:claim["end"]]


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("files,stream,environ,shown", [
    (50, Terminal(), {}, True),
    (3, Terminal(), {}, False),  # a few files: no bar
    (50, io.StringIO(), {}, False),  # stderr is not a terminal
    (50, Terminal(), {"CI": "true"}, False),  # CI logs
    (50, Terminal(), {"TERM": "dumb"}, False),
])
def test_progress_bar_only_at_a_terminal_for_many_files(files, stream, environ, shown):
    assert progress.wanted(files, stream, environ) is shown


def test_no_progress_output_when_stderr_is_captured(cli, articles, dataset):
    run = cli("check", articles, "--reference", dataset, "--no-config", "--format", "concise")
    assert "checking" not in run.stderr
    assert all(line.startswith(("error:", "warning:")) for line in run.stderr.splitlines())
