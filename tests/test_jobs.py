"""Results are the same, in the same order, whatever the number of worker processes."""
from __future__ import annotations

from conftest import SEED

ARTICLES = {
    "a.txt": "Chancellor Olaf Scholz met 40 mayors in Berlin on Monday, a spokesman said.\n",
    "b.md": "---\ndate: 2019-10-04\n---\nMr. Quershi met a 12-member Taliban delegation in Islamabad.\n",
    "c.txt": "The city council approved a budget of $3.5 billion, up about 4% on last year.\n",
}


def test_jobs_give_identical_reports_in_input_order(cli, tmp_path):
    paths = []
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    arguments = ["check", SEED, *paths, tmp_path / "missing.txt", "--format", "json", "--date", "2019-10-04"]
    one = cli(*arguments, "--jobs", "1")
    two = cli(*arguments, "--jobs", "2")
    assert one.code == two.code == 2  # the missing file
    assert one.json == two.json
    assert [entry["path"] for entry in two.json["files"]] == [str(SEED)] + [str(path) for path in paths]
    assert two.stderr == one.stderr
