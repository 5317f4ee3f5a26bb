"""Golden reports: a fixed article and dataset (tests/golden/) checked in every format.

Regenerate after an intended change (see tests/golden/README.md):

    FACTCHECK_UPDATE_GOLDENS=1 python -m pytest tests/test_formats_golden.py
"""
from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import jsonschema
import pytest

GOLDEN = Path(__file__).parent / "golden"
EXPECTED = GOLDEN / "expected"
UPDATE = bool(os.environ.get("FACTCHECK_UPDATE_GOLDENS"))
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VERSION = "<version>"
ROOT = "file:///<root>/"

CASES = {
    "check.text": ("check", "--format", "text", "--color", "never"),
    "check.concise": ("check", "--format", "concise"),
    "check.json": ("check", "--format", "json"),
    "check.sarif": ("check", "--format", "sarif"),
    "check.github": ("check", "--format", "github"),
    "extract.json": ("extract", "--format", "json"),
}


def normalise(name: str, output: str):
    """What the format promises, without the tool's version or the machine's directories."""
    if not name.endswith((".json", ".sarif")):
        return output
    data = json.loads(output)
    if name.endswith(".json"):
        data["tool"]["version"] = VERSION
    else:
        driver = data["runs"][0]["tool"]["driver"]
        driver["version"] = driver["semanticVersion"] = VERSION
        for base in data["runs"][0].get("originalUriBaseIds", {}).values():
            base["uri"] = ROOT
    return data


def serialise(name: str, value) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@pytest.fixture(scope="module")
def outputs():
    """Each case run once; the exit status of every `check` format is collected too."""
    from factcheck.cli import main

    results = {}
    cwd = os.getcwd()
    os.chdir(GOLDEN)
    try:
        for name, args in CASES.items():
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    main([*args[:1], "article.md", "--reference", "reference", "--no-config", *args[1:]])
                    code = 0
                except SystemExit as exit_:
                    code = exit_.code
            results[name] = (code, out.getvalue(), err.getvalue())
    finally:
        os.chdir(cwd)
    return results


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(outputs, name):
    code, stdout, stderr = outputs[name]
    assert code in (0, 1), stderr
    actual = normalise(name, stdout)
    path = EXPECTED / name
    if UPDATE or not path.exists():
        EXPECTED.mkdir(exist_ok=True)
        path.write_text(serialise(name, actual), encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path} did not exist and was written; review it and commit it")
    expected = path.read_text(encoding="utf-8")
    expected = json.loads(expected) if name.endswith((".json", ".sarif")) else expected
    assert actual == expected, (
        f"{name} differs from {path}; if the change is intended, regenerate with "
        "FACTCHECK_UPDATE_GOLDENS=1 python -m pytest tests/test_formats_golden.py and review the diff")


def test_golden_sarif_is_valid(outputs):
    jsonschema.validate(json.loads(outputs["check.sarif"][1]), SCHEMA)


def test_golden_exit_status_is_the_same_for_every_format(outputs):
    codes = {name: code for name, (code, _, _) in outputs.items() if name.startswith("check.")}
    assert len(set(codes.values())) == 1, codes


def test_golden_article_has_something_of_each_verdict_shown(outputs):
    """The article is meant to exercise every format: at least one conflicting and one consistent claim."""
    summary = json.loads(outputs["check.json"][1])["summary"]
    assert summary["conflicting"] >= 1 and summary["consistent"] >= 1
