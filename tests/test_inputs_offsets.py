"""Markdown and HTML are read as the text a reader sees, yet every offset points into the original file."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import write_dataset

from factcheck.documents import document_from_text
from factcheck.errors import InputError

REFERENCE = """\
entities:
  - id: corine-mauch
    name: Corine Mauch
    type: person
    roles:
      - {title: Mayor, of: Zürich, from: 2009-03-01}
  - id: zurich
    name: Zürich
    type: place
  - id: swiss-statistics-office
    name: Swiss Federal Statistical Office
    type: organization
    aliases: [FSO]
facts:
  - id: zurich-teachers
    statement: teachers in Zürich
    value: 2300
    unit: teachers
    as_of: 2021-01-01
    entities: [zurich]
    keywords: [teachers, schools]
"""

MARKDOWN = """\
---
title: "Zürich's budget"
date: 2021-03-05
tags: [budget, schools]
---
# Zürich's *new* budget

Mayor **Corine Mauch** said the city of Zürich will spend *about 9.2 billion francs*
next year. A [report](https://example.org/r "The FSO report") by the
Swiss Federal Statistical Office says 2,300 teachers work in the city.

- Schools get **more than 40%** of it.
- The AT&amp;T office \\*closes\\* in 2022, says Corine Mauch.
  1. An ordered item about Zürich.

> Corine Mauch called it "a budget for 2,300 teachers".

```
code block with 12345 units and Corine Mauch
```
"""

HTML = """\
<!DOCTYPE html>
<html><head><title>Zürich budget 999</title>
<meta property="article:published_time" content="2021-03-05T08:00:00+01:00">
<script>var teachers = 4400; // Corine Mauch</script>
<style>p { margin: 0 }</style></head>
<body><article>
<h1>Z&uuml;rich&rsquo;s new budget</h1>
<p>Mayor <b>Corine Mauch</b> said the city of <a href="/zurich">Zürich</a> will spend about 9.2 billion francs
next year &mdash; the <em>Swiss Federal Statistical Office</em> says 2,300 teachers work in the city.</p>
<p>Schools &amp; colleges get more than 40% of it, Corine&nbsp;Mauch said.</p>
</article></body></html>
"""

VISIBLE_MARKDOWN = [
    "Zürich's", "new", "budget", "Corine Mauch", "said the city of Zürich will spend", "about 9.2 billion francs",
    "report", "Swiss Federal Statistical Office says 2,300 teachers work in the city.", "more than 40%",
    "The AT", "office", "closes", "An ordered item about Zürich.", 'Corine Mauch called it "a budget for 2,300 teachers".',
]
HIDDEN_MARKDOWN = ["title:", "# ", "**", "](", "https://example.org", "The FSO report", "- Schools", "1. An", "> Corine",
                   "```", "12345", "&amp;", "\\*"]
VISIBLE_HTML = ["Corine Mauch", "said the city of", "Zürich", "will spend about 9.2 billion francs",
                "Swiss Federal Statistical Office", "says 2,300 teachers work in the city.", "colleges get more than 40%"]
HIDDEN_HTML = ["<p>", "<b>", "href", "4400", "margin", "999", "DOCTYPE", "&mdash;", "&amp;"]


@pytest.mark.parametrize("name,text,visible,hidden,body", [
    ("budget.md", MARKDOWN, VISIBLE_MARKDOWN, HIDDEN_MARKDOWN, "# "),
    ("budget.html", HTML, VISIBLE_HTML, HIDDEN_HTML, "<body>"),
])
def test_content_keeps_visible_text_at_its_original_offsets(name, text, visible, hidden, body):
    document = document_from_text(text, name)
    assert len(document.content) == len(text)
    for phrase in visible:
        start = text.index(phrase, text.index(body))
        assert document.content[start:start + len(phrase)] == phrase, phrase
    for markup in hidden:
        assert markup not in document.content, markup


def test_markdown_newlines_are_kept_so_lines_match():
    document = document_from_text(MARKDOWN, "budget.md")
    assert [i for i, c in enumerate(document.content) if c == "\n"] == [i for i, c in enumerate(MARKDOWN) if c == "\n"]


def test_html_entities_show_the_character_they_stand_for():
    document = document_from_text(HTML, "budget.html")
    amp = HTML.index("&amp;")
    assert document.content[amp:amp + 5].strip() == "&"
    dash = HTML.index("&mdash;")
    assert document.content[dash:dash + 7].strip() == "\u2014"
    possessive = HTML.index("&rsquo;s")
    assert document.content[possessive:possessive + 8].replace(" ", "") == "\u2019s"


def test_html_paragraphs_do_not_run_together():
    document = document_from_text("<p>The first sentence</p><p>The second one</p>", "a.html")
    between = document.content[len("<p>The first sentence"):document.content.index("The second")]
    assert "\n" in between


@pytest.mark.parametrize("html,date", [
    ('<meta property="article:published_time" content="2019-10-04T10:00:00Z"><p>x</p>', dt.date(2019, 10, 4)),
    ('<p>Published <time datetime="2020-02-29">Saturday</time></p>', dt.date(2020, 2, 29)),
    ('<meta property="article:published_time" content="2019-10-04"><time datetime="2020-01-01">x</time>', dt.date(2019, 10, 4)),
    ("<p>No date here</p>", None),
])
def test_html_date(html, date):
    assert document_from_text(html, "a.html").date == date


def test_unparsable_html_date_names_the_file_and_the_fix():
    with pytest.raises(InputError) as error:
        document_from_text('<meta property="article:published_time" content="soon">', "a.html")
    assert "a.html" in str(error.value) and "YYYY-MM-DD" in str(error.value)


def test_markdown_front_matter_date():
    assert document_from_text(MARKDOWN, "budget.md").date == dt.date(2021, 3, 5)


def test_windows_line_endings_and_byte_order_mark():
    text = "\ufeff---\r\ndate: 2021-03-05\r\n---\r\nMayor **Corine Mauch** spoke.\r\n"
    document = document_from_text(text, "a.md")
    assert len(document.content) == len(text)
    start = text.index("Corine")
    assert document.content[start:start + 12] == "Corine Mauch"
    assert document.date == dt.date(2021, 3, 5)


def test_plain_text_is_read_as_is():
    text = "Mayor **Corine Mauch** said <b>so</b>.\n"
    assert document_from_text(text, "a.txt").content == text


@pytest.fixture
def dataset(tmp_path):
    return write_dataset(tmp_path / "reference", REFERENCE)


@pytest.mark.parametrize("name,text", [("budget.md", MARKDOWN), ("budget.html", HTML)])
def test_claims_point_into_the_original_file(name, text, dataset):
    """Wherever a claim's text appears verbatim in the source, its offsets locate it there."""
    from factcheck import check_text, load_reference

    result = check_text(text, load_reference(str(dataset)), path=name)
    claims = [finding.claim for finding in result.findings]
    assert claims, "the article has claims"
    verbatim = [claim for claim in claims if claim.text in text]
    assert verbatim
    for claim in verbatim:
        assert text[claim.start:claim.end] == claim.text, claim
    names = {claim.text for claim in claims if claim.kind == "name"}
    assert "Corine Mauch" in names
    for claim in claims:
        assert not (hidden := [m for m in ("4400", "12345", "999") if m in text[claim.start:claim.end]]), hidden


@pytest.mark.parametrize("name,text", [("budget.md", MARKDOWN), ("budget.html", HTML)])
def test_json_lines_and_columns_point_into_the_original_file(cli, tmp_path, dataset, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = cli("check", path, "--reference", dataset, "--format", "json", "--no-config")
    assert run.code in (0, 1), run.stderr
    [entry] = run.json["files"]
    assert entry["date"] == "2021-03-05"
    for claim in entry["claims"]:
        assert claim["text"] == text[claim["start"]:claim["end"]]
        before = text[:claim["start"]]
        assert claim["line"] == before.count("\n") + 1
        assert claim["column"] == claim["start"] - (before.rfind("\n") + 1) + 1


def test_html_inside_markdown_is_read_as_html():
    text = "Intro by Corine Mauch.\n\n<div class=\"box\">\nMayor <b>Corine Mauch</b> &amp; the FSO.\n</div>\n\nSee <span>Zürich</span>.\n"
    document = document_from_text(text, "a.md")
    for phrase in ("Corine Mauch", "the FSO.", "Zürich", "Mayor"):
        start = text.index(phrase, text.index("<div"))
        assert document.content[start:start + len(phrase)] == phrase
    for markup in ("<div", "class", "<b>", "&amp;", "<span>"):
        assert markup not in document.content


def test_link_targets_and_titles_are_not_read_even_with_parentheses():
    text = 'See [the report](https://example.org/a_(2019) "Report 2019") and ![chart of 2020](c.png "2020") now.\n'
    document = document_from_text(text, "a.md")
    assert "2019" not in document.content and "2020" not in document.content
    assert document.content.split() == ["See", "the", "report", "and", "now."]


@pytest.mark.parametrize("text", [
    "---\ndate: 2025-01-30\n---\nThirty-eight people were killed in the crush, police said.\n",
    "\n\nThirty-eight people were killed in the crush, police said.\n",
])
def test_a_number_word_opening_the_body_is_read(text):
    """A capitalised number word is read at the start of a sentence, even one after front matter or blank lines."""
    from factcheck import check_text
    from factcheck.reference.model import Reference

    result = check_text(text, Reference("empty", (), ()), path="article.md")
    numbers = [(finding.claim.text, finding.claim.value) for finding in result.findings if finding.claim.kind == "numeric"]
    assert ("Thirty-eight people", 38.0) in numbers
