"""Split a topic file into YAML front matter and Markdown body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

# PyYAML's safe loader, in C (libyaml, in PyYAML's wheels) where present: it parses
# about ten times faster than the pure-Python one, and content is loaded at every start.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader, but dates stay text for the schema to check.

    PyYAML turns ``2026-13-45`` into a crash rather than an error with a line; the
    schema gives a clear message instead.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Split:
    data: dict[str, Any]
    node: yaml.MappingNode
    yaml_first_line: int  # file line of the first YAML line
    body: str
    body_first_line: int


def split_front_matter(text: str) -> Split:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(1, "the file must start with a '---' line, then the front matter")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            break
    else:
        raise FrontMatterError(1, "the front matter has no closing '---' line")
    yaml_text = "".join(lines[1:index])
    data, node = load_yaml_mapping(yaml_text, first_line=2)
    return Split(data, node, 2, "".join(lines[index + 1 :]), index + 2)


def load_yaml_mapping(text: str, first_line: int = 1) -> tuple[dict[str, Any], yaml.MappingNode]:
    node, data = _load(text, first_line)
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise FrontMatterError(first_line, "expected 'key: value' lines")
    return data, node


def load_yaml_sequence(text: str, first_line: int = 1) -> tuple[list[Any], yaml.SequenceNode]:
    node, data = _load(text, first_line)
    if not isinstance(node, yaml.SequenceNode) or not isinstance(data, list):
        raise FrontMatterError(first_line, "expected a list of entries, each starting with '- '")
    return data, node


def _load(text: str, first_line: int) -> tuple[yaml.Node | None, Any]:
    loader = _Loader(text)
    try:
        # One parse: the node tree keeps the line of every key, and the values are
        # constructed from it. Both steps are the safe loader's.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark is not None and mark.line >= len(text.splitlines()) and exc.context_mark:
            # At the end of the text, where the unclosed bracket or quote began is clearer.
            mark = exc.context_mark
        line = first_line + (mark.line if mark else 0)
        raise FrontMatterError(line, f"bad YAML: {exc.problem or exc}") from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise FrontMatterError(first_line, f"bad YAML: {exc}") from None
    finally:
        loader.dispose()
    return node, data


def line_of(node: yaml.Node | None, loc: tuple[int | str, ...], first_line: int) -> int:
    """The file line of the value at ``loc`` (a pydantic error location) inside ``node``.

    Falls back to the deepest part of the path that exists, so a missing key points at
    its parent rather than at nothing.
    """
    line = first_line + (node.start_mark.line if node is not None else 0)
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    line = first_line + key.start_mark.line
                    current = value
                    break
            else:
                return line
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(current.value):
                return line
            current = current.value[part]
            line = first_line + current.start_mark.line
        else:
            return line
    return line
