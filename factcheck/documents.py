"""Read articles (plain text, Markdown, HTML) into Documents whose offsets match the file.

`Document.content` is `Document.text` with everything a reader does not see
(front matter, Markdown syntax, HTML tags, scripts) replaced by spaces (block
elements of HTML by line breaks), so that the extractors work on readable
text and every offset they report is an offset into the original file.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import os
import re
import sys

import yaml

from factcheck.errors import InputError
from factcheck.models import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"

_FRONT_MATTER = re.compile(r"\A(\ufeff?---[ \t]*\r?\n)(.*?)(\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z))", re.S)


def blank(text: str, start: int, end: int) -> str:
    """`text` with [start:end) replaced by spaces, keeping newlines."""
    return text[:start] + re.sub(r"[^\r\n]", " ", text[start:end]) + text[end:]


def parse_front_matter(text: str, path: str) -> tuple[dict, int]:
    """The front matter mapping and the offset where the body starts (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = yaml.safe_load(match.group(2)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(path, f"front matter is not valid YAML{where}; fix it or remove it") from None
    if not isinstance(data, dict):
        return {}, match.end()
    return data, match.end()


def parse_date(value: object) -> dt.date | None:
    """A date from a YAML value or an ISO string ('2019-10-04', '2019-10-04T10:00:00Z')."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def article_format(path: str) -> str:
    """'markdown', 'html' or 'text', from the file name."""
    lowered = path.lower()
    if lowered.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def document_from_text(text: str, path: str = "<text>", kind: str | None = None) -> Document:
    """Build a Document from decoded text. `kind` is 'markdown', 'html' or 'text' (default: by suffix)."""
    kind = kind or article_format(path)
    content = " " + text[1:] if text.startswith("\ufeff") else text
    if kind == "html":
        return html_document(text, content, path)
    date = None
    front, body_start = parse_front_matter(text, path)
    if "date" in front:
        date = parse_date(front["date"])
        if date is None:
            raise InputError(path, f"front matter date {front['date']!r} is not a date; write it as YYYY-MM-DD")
    if body_start:
        content = blank(content, 0, body_start)
    if kind == "markdown":
        from factcheck.markdown_text import visible

        content = visible(content)
    return Document(path=path, text=text, content=content, date=date)


def html_document(text: str, content: str, path: str) -> Document:
    """An HTML article; its date is <meta property="article:published_time"> or else the first <time datetime>."""
    from factcheck.html_text import read

    reading = read(content)
    date = None
    if reading.published is not None:
        date = parse_date(reading.published)
        if date is None:
            raise InputError(
                path, f"published time {reading.published!r} in <meta> is not a date; write it as YYYY-MM-DD"
            )
    elif reading.time is not None:
        date = parse_date(reading.time)
    return Document(path=path, text=text, content=reading.content, date=date)


def decode(data: bytes, path: str) -> str:
    if b"\0" in data[:8192]:
        raise InputError(path, "is a binary file, not text; give a .txt, .md or .html article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            path, f"is not valid UTF-8 (byte {error.start}, line {line}); save it as UTF-8 and try again"
        ) from None


def read_document(path: str, stdin_filename: str | None = None) -> Document:
    """Read one article from a path, or from stdin when `path` is '-'."""
    if path == STDIN:
        name = stdin_filename or "<stdin>"
        return document_from_text(decode(sys.stdin.buffer.read(), name), name)
    if not os.path.exists(path):
        raise InputError(path, "no such file; check the path")
    if os.path.isdir(path):
        raise InputError(path, "is a directory; give the articles in it or the directory itself as a path")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror}); check its permissions") from None
    return document_from_text(decode(data, path), path)


def discover(paths: list[str], excluded=None) -> tuple[list[str], list[InputError]]:
    """Expand directories into the articles below them (sorted); keep other paths as given.

    Hidden files and directories (`.git`, `.github`) are skipped, and so is
    any file below a directory for which `excluded(path)` is true; a file
    named explicitly is always read.
    """
    found: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            articles = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(name for name in dirs if not name.startswith(".")
                                 and not (excluded and excluded(os.path.join(root, name))))
                articles.extend(
                    os.path.join(root, name)
                    for name in names
                    if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
                    and not (excluded and excluded(os.path.join(root, name)))
                )
            if not articles:
                errors.append(InputError(path, "directory holds no articles (.txt, .md, .markdown, .html, .htm)"))
            found.extend(sorted(articles))
        else:
            found.append(path)
    return found, errors


def matches_any(path: str, patterns: tuple[str, ...], root: str) -> bool:
    """Whether `path` relative to `root`, one of its leading directories, or one component matches a glob."""
    relative = os.path.relpath(os.path.abspath(path), root)
    if relative.startswith(os.pardir):
        relative = os.path.normpath(path)  # outside the root: the path as given
    parts = [part for part in relative.replace(os.sep, "/").split("/") if part]
    candidates = ["/".join(parts[:index]) for index in range(1, len(parts) + 1)] + parts
    return any(fnmatch.fnmatchcase(candidate, pattern.rstrip("/")) for pattern in patterns for candidate in candidates)
