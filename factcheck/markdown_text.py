"""Markdown as a reader sees it: visible text at its original offsets, and suppression comments.

markdown-it-py parses the file; its inline tokens carry the visible text but
no offsets, so each piece is found in the source in order, from the start of
its block. Whatever is not found (list markers, `#`, `*`, link targets, code
blocks, comments) stays blanked.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck import html_text
from factcheck.visible import VisibleText, line_starts

_DIRECTIVE = re.compile(r"<!--\s*factcheck:\s*(ignore|off|on)\s*-->", re.I)


@lru_cache(maxsize=1)
def parser():
    from markdown_it import MarkdownIt

    # text_join would merge entities and escapes into the text around them,
    # hiding the source spelling ("&amp;") that we need to find them.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def block_span(starts: list[int], text: str, line_map: list[int]) -> tuple[int, int]:
    start = starts[line_map[0]] if line_map[0] < len(starts) else len(text)
    end = starts[line_map[1]] if line_map[1] < len(starts) else len(text)
    return start, end


def visible(text: str) -> str:
    """`text` with every character a reader does not see blanked (same length, same newlines)."""
    out = VisibleText(text)
    starts = line_starts(text)
    cursor = 0
    for token in parser().parse(text):
        if not token.map:
            continue
        start, end = block_span(starts, text, token.map)
        if token.type == "inline":
            cursor = reveal_inline(out, token.children or [], max(cursor, start), end)
        elif token.type == "html_block":
            html_text.reveal(out, start, end)
            cursor = end
    return out.content()


def reveal_inline(out: VisibleText, children, cursor: int, end: int) -> int:
    """Find each visible piece of one inline block in the source, in order; returns the new cursor."""
    text = out.text
    in_autolink = False  # <https://...>: an address, not prose
    for child in children:
        kind = child.type
        if kind in ("link_open", "link_close") and child.markup == "autolink":
            in_autolink = kind == "link_open"
            if not in_autolink:
                closing = text.find(">", cursor, end)
                cursor = closing + 1 if closing >= 0 else cursor
        elif in_autolink:
            continue
        elif kind in ("text", "code_inline") and child.content:
            found = text.find(child.content, cursor, end)
            if found >= 0:
                out.reveal(found, found + len(child.content))
                cursor = found + len(child.content)
        elif kind == "text_special":  # an escape (\*) or an entity (&amp;)
            found = text.find(child.markup, cursor, end)
            if found >= 0:
                out.replace(found, found + len(child.markup), child.content)
                cursor = found + len(child.markup)
        elif kind == "html_inline":
            found = text.find(child.content, cursor, end)
            if found >= 0:
                html_text.reveal(out, found, found + len(child.content))
                cursor = found + len(child.content)
        elif kind == "link_close" and child.markup != "autolink":
            cursor = skip_link_target(text, cursor, end)
        elif kind == "image":
            opening = text.find("![", cursor, end)
            if opening >= 0:
                cursor = skip_link_target(text, closing_bracket(text, opening + 1, end), end)
    return cursor


def closing_bracket(text: str, opening: int, end: int) -> int:
    """The offset of the `]` that closes the `[` at `opening` (or `end`)."""
    depth = 0
    index = opening
    while index < end:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return end


def skip_link_target(text: str, cursor: int, end: int) -> int:
    """Past the `](url "title")`, `][label]` or `]` that ends a link whose text ends before `cursor`."""
    bracket = text.find("]", cursor, end)
    if bracket < 0:
        return cursor
    after = bracket + 1
    if after < end and text[after] == "[":
        close = text.find("]", after, end)
        return close + 1 if close >= 0 else after
    if after < end and text[after] == "(":
        depth, index, quote = 0, after, None
        while index < end:
            char = text[index]
            if quote:
                quote = None if char == quote else quote
            elif char == "\\":
                index += 1
            elif char in "\"'" and text[index - 1].isspace():
                quote = char
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    return index + 1
            index += 1
    return after


def ignored_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges silenced by `<!-- factcheck: ignore -->` (the next block) and `off` ... `on`."""
    starts = line_starts(text)
    tokens = parser().parse(text)
    ranges: list[tuple[int, int]] = []
    off_from: int | None = None
    for index, token in enumerate(tokens):
        if not token.map:
            continue
        start, end = block_span(starts, text, token.map)
        inline_html = token.type == "inline" and any(
            child.type == "html_inline" and _DIRECTIVE.fullmatch(child.content) for child in token.children or []
        )
        if token.type != "html_block" and not inline_html:
            continue
        comments = [(match.start(), match.group(1).lower()) for match in _DIRECTIVE.finditer(text, start, end)]
        for position, word in comments:
            if word == "off" and off_from is None:
                off_from = position
            elif word == "on" and off_from is not None:
                ranges.append((off_from, position))
                off_from = None
            elif word == "ignore" and token.type == "inline":
                ranges.append((position, end))  # inside a paragraph: the rest of it
            elif word == "ignore":
                following = next_block(tokens, index)
                if following is not None:
                    ranges.append((position, block_span(starts, text, following.map)[1]))
    if off_from is not None:
        ranges.append((off_from, len(text)))
    return ranges


def next_block(tokens, index: int):
    """The first block after tokens[index] at the same nesting level."""
    level = tokens[index].level
    for token in tokens[index + 1:]:
        if token.level < level:
            return None
        if token.level == level and token.map and token.nesting >= 0:
            return token
    return None
