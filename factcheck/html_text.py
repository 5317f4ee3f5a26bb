"""HTML as a reader sees it: visible text at its original offsets, the article's date, suppression comments.

Tags and everything inside `<script>`, `<style>`, `<head>` and the like are
blanked; an entity such as `&amp;` shows the character it stands for at the
end of its span; the start and end tags of block elements become line breaks
so that a paragraph's last sentence does not run into the next one.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from factcheck.visible import VisibleText, line_starts

HIDDEN = frozenset({"head", "title", "script", "style", "template", "noscript", "svg", "math"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
})
# An open <p> (or <li>, ...) is closed by the next one even without an end tag.
SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
PUBLISHED_META = ("article:published_time", "datePublished", "date")
_REFERENCE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_DIRECTIVE = re.compile(r"\s*factcheck:\s*(ignore|off|on)\s*", re.I)


@dataclass
class HtmlReading:
    content: str
    published: str | None = None  # the <meta> publication date as written
    time: str | None = None  # the first <time datetime=...> as written
    ignored: list[tuple[int, int]] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self, out: VisibleText, start: int, end: int) -> None:
        super().__init__(convert_charrefs=False)
        self.out = out
        self.base = start
        self.source = out.text[start:end]
        self.starts = line_starts(self.source)
        self.hidden: list[str] = []
        self.stack: list[str] = []
        self.published: str | None = None
        self.time: str | None = None
        self.ignored: list[tuple[int, int]] = []
        self.ignore_from: int | None = None  # a pending `ignore`: waits for the next element
        self.ignore_target: tuple[int, int] | None = None  # (start, stack depth) of the ignored element
        self.off_from: int | None = None

    def here(self) -> int:
        line, column = self.getpos()
        return self.base + self.starts[line - 1] + column

    def tag_end(self, position: int) -> int:
        close = self.out.text.find(">", position)
        return len(self.out.text) if close < 0 else close + 1

    # elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        position = self.here()
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and self.published is None:
            if (values.get("property") or values.get("name") or values.get("itemprop")) in PUBLISHED_META:
                self.published = values.get("content") or None
        if tag == "time" and self.time is None and values.get("datetime"):
            self.time = values["datetime"]
        if tag == "body":
            self.hidden.clear()  # an unclosed <head> ends where the body begins
        if tag in BLOCKS:
            self.out.mark_break(position)
        if tag in VOID:
            return
        if tag in HIDDEN:
            self.hidden.append(tag)
        if tag in SELF_CLOSING_SIBLINGS and self.stack and self.stack[-1] == tag:
            self.close_to(len(self.stack) - 1, position)
        if self.ignore_from is not None and self.ignore_target is None and not self.hidden:
            self.ignore_target = (self.ignore_from, len(self.stack))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        position = self.here()
        if tag in BLOCKS:
            self.out.mark_break(position)
        if self.hidden and tag in HIDDEN and tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass
        if tag in self.stack:
            depth = len(self.stack) - 1 - self.stack[::-1].index(tag)
            self.close_to(depth, self.tag_end(position))

    def close_to(self, depth: int, end: int) -> None:
        """Pop the stack down to `depth` elements; an ignored element ends when it is popped."""
        del self.stack[depth:]
        if self.ignore_target and len(self.stack) <= self.ignore_target[1]:
            self.ignored.append((self.ignore_target[0], end))
            self.ignore_from = self.ignore_target = None

    # text

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            start = self.here()
            self.out.reveal(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self.show_reference()

    def handle_charref(self, name: str) -> None:
        self.show_reference()

    def show_reference(self) -> None:
        if self.hidden:
            return
        start = self.here()
        match = _REFERENCE.match(self.out.text, start)
        if not match:
            return
        decoded = html.unescape(match.group())
        if decoded == match.group():
            self.out.reveal(start, match.end())
        else:
            self.out.replace(start, match.end(), decoded)

    def handle_comment(self, data: str) -> None:
        match = _DIRECTIVE.fullmatch(data)
        if not match or self.hidden:
            return
        position = self.here()
        word = match.group(1).lower()
        if word == "ignore":
            self.ignore_from, self.ignore_target = position, None
        elif word == "off" and self.off_from is None:
            self.off_from = position
        elif word == "on" and self.off_from is not None:
            self.ignored.append((self.off_from, position))
            self.off_from = None

    def finish(self) -> None:
        end = self.base + len(self.source)
        if self.ignore_target is not None:
            self.ignored.append((self.ignore_target[0], end))
        if self.off_from is not None:
            self.ignored.append((self.off_from, end))


def reveal(out: VisibleText, start: int = 0, end: int | None = None) -> _Reader:
    """Reveal the visible text of the HTML in out.text[start:end]."""
    end = len(out.text) if end is None else end
    reader = _Reader(out, start, end)
    try:
        reader.feed(reader.source)
        reader.close()
    except (AssertionError, ValueError):
        pass  # malformed markup: keep what was read up to it
    reader.finish()
    return reader


def read(text: str) -> HtmlReading:
    """The visible text of an HTML file (same length as `text`), its dates and its ignored ranges."""
    out = VisibleText(text)
    reader = reveal(out)
    return HtmlReading(out.content(), reader.published, reader.time, reader.ignored)
