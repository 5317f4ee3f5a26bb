"""YAML read as a node tree, so that every record keeps the line it begins on.

Scalars are kept as the text the curator wrote rather than YAML 1.1's typed
values: `2018-13-01` would otherwise crash the date constructor instead of
being reported, `NO` (Norway) would become `False`, `010` the number 8, and
`2.5e6` a string while `2.5e+6` is a float. The field parsers decide what a
text means. Only null (`~`, `null`, an empty value) is kept apart, as None.
"""
from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"

Issue = tuple[str, str]  # (field path, problem)


class YamlSyntaxError(Exception):
    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        self.problem = problem
        super().__init__(f"line {line}: {problem}")


def parse_yaml(text: str) -> Node | None:
    """The document's root node (None for an empty file); raises YamlSyntaxError."""
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = error.problem or error.context or "not valid YAML"
        if error.problem and error.context:
            # e.g. an unclosed quote is only noticed at the end of the file: say where it began
            context = error.context
            if error.context_mark and error.context_mark.line + 1 != line:
                context += f" that starts on line {error.context_mark.line + 1}"
            problem = f"{problem} ({context})"
        raise YamlSyntaxError(line, problem) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(1, str(error).strip() or "not valid YAML") from None


def is_null(node: Node | None) -> bool:
    """An empty value, `~` or `null` (a quoted "null" is text)."""
    return node is None or (isinstance(node, ScalarNode) and node.tag == _NULL_TAG)


def line_of(node: Node) -> int:
    """1-based line on which `node` begins."""
    return node.start_mark.line + 1


def to_plain(node: Node | None, path: str = "") -> tuple[Any, list[Issue]]:
    """`node` as str / None / list / dict, with any duplicate keys reported as issues.

    Paths name fields as messages show them: `roles[0].title`.
    """
    issues: list[Issue] = []
    return _plain(node, path, issues, set()), issues


def _plain(node: Node | None, path: str, issues: list[Issue], active: set[int]) -> Any:
    if is_null(node):
        return None
    if isinstance(node, ScalarNode):
        return node.value
    if id(node) in active:  # an anchor used inside itself
        issues.append((path or "(record)", "refers to itself"))
        return None
    active.add(id(node))
    try:
        if isinstance(node, SequenceNode):
            return [_plain(item, f"{path}[{index}]", issues, active) for index, item in enumerate(node.value)]
        return _mapping(node, path, issues, active)
    finally:
        active.discard(id(node))


def _mapping(node: MappingNode, path: str, issues: list[Issue], active: set[int]) -> dict:
    merged: dict = {}
    explicit: dict = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.tag == _MERGE_TAG:
            # `<<: *defaults`: keys of the referenced mapping(s), overridden by explicit keys
            sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
            for source in sources:
                value = _plain(source, path, issues, active)
                if isinstance(value, dict):
                    merged.update({key: item for key, item in value.items() if key not in merged})
            continue
        if not isinstance(key_node, ScalarNode):
            issues.append((path or "(record)", "a key must be plain text, not a list or mapping"))
            continue
        key = key_node.value
        field = f"{path}.{key}" if path else key
        if key in explicit:
            issues.append((field, f"given twice (again on line {line_of(key_node)})"))
        explicit[key] = _plain(value_node, field, issues, active)
    return {**merged, **explicit}
