"""The one way YAML written by people is loaded: safe tags only, no anchors or aliases.

Front matter, fact sheets and ``corrections.yaml`` are edited by hand, and a
YAML alias bomb (nine levels of anchors, each a list of nine references to the
one before: under 1 KB on disk) is harmless to PyYAML's safe loader, which keeps
aliases as shared references, but not to anything that walks the value: an
error message printing it, a schema check, ``json.dumps``, a merge. Nothing the
archive writes uses anchors (the dumper never emits them for its plain data),
so they are refused, with the line and column of the first one.

The check reads libyaml's parse events, which carry the anchor and the alias
as names and never expand them: linear in the text, whatever it references.
Text with neither ``&`` nor ``*`` cannot hold an anchor or an alias, so most
fact sheets skip the check and load at the C loader's full speed.
"""

from __future__ import annotations

from typing import Any, Optional

import yaml

from .limits import excerpt, shorten

try:  # libyaml is ~10x faster; both are safe loaders
    from yaml import CSafeLoader as _CLoader
except ImportError:  # pragma: no cover - libyaml is in the pinned wheel
    from yaml import SafeLoader as _CLoader  # type: ignore[assignment]


class SafeLoader(_CLoader):
    """The C safe loader, where a value its tag cannot make is a YAML error with its line, not a crash.

    PyYAML's int and timestamp constructors raise ValueError for a 5,000-digit
    number (Python's int-from-text limit) or a date such as 2024-13-45, which
    would escape every ``except yaml.YAMLError`` and stop the whole build.
    """


def _marked(construct):
    def construct_marked(loader, node):
        try:
            return construct(loader, node)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {excerpt(node.value)} as {node.tag.rsplit(':', 1)[-1]} ({shorten(str(exc), 80)})",
                node.start_mark) from exc

    return construct_marked


for _tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:timestamp"):
    SafeLoader.add_constructor(_tag, _marked(SafeLoader.yaml_constructors[_tag]))


ANCHORS_REFUSED = "YAML anchors and aliases are not allowed; write the value out in full"


class AnchorRefused(yaml.MarkedYAMLError):
    """YAML that uses an anchor (``&name``) or an alias (``*name``); ``problem_mark`` says where."""


def check_no_anchors(text: str) -> None:
    """Raise AnchorRefused at the first anchor or alias in ``text`` (other YAML errors are left to the load)."""
    if "&" not in text and "*" not in text:
        return  # the indicators of both: without them there is nothing to find
    loader = SafeLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                kind = "alias"
            elif getattr(event, "anchor", None) is not None:
                kind = "anchor"
            else:
                continue
            raise AnchorRefused(problem=f"uses the {kind} {excerpt(event.anchor, 40)}", problem_mark=event.start_mark)
    finally:
        loader.dispose()


def load(text: str) -> Any:
    """YAML text as plain data (safe tags only); raises yaml.YAMLError, AnchorRefused for anchors and aliases."""
    check_no_anchors(text)
    return yaml.load(text, Loader=SafeLoader)


class _TagKeepingLoader(SafeLoader):
    """A safe loader that keeps every custom tag (``!ENV``, ``!!python/name:...``) as ``{"!tag", "value"}``."""


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {"!tag": suffix, "value": value}


_TagKeepingLoader.add_multi_constructor("!", _tagged)
_TagKeepingLoader.add_multi_constructor("tag:yaml.org,2002:python/", _tagged)


def load_keeping_tags(text: str) -> Any:
    """A config written for another tool (an ``mkdocs.yml``) as plain data, its custom tags kept, never run.

    Anchors are allowed here: MkDocs' own configs may use them, and the value is only read, never printed whole.
    """
    return yaml.load(text, Loader=_TagKeepingLoader)


def compose(text: str) -> Optional[yaml.Node]:
    """YAML text as a node tree (for line numbers of items); the same refusal of anchors and aliases as :func:`load`."""
    check_no_anchors(text)
    return yaml.compose(text, Loader=SafeLoader)


def describe(exc: yaml.YAMLError, first_line: int = 1) -> str:
    """What is wrong, and where: 'is not valid YAML at line 3, column 9: ...' (``first_line``: the text's line 1)."""
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + first_line}, column {mark.column + 1}" if mark else ""
    problem = shorten(str(getattr(exc, "problem", None) or exc))  # a tag or token in it is the file's own text
    if isinstance(exc, AnchorRefused):
        return f"{problem}{where}: {ANCHORS_REFUSED}"
    return f"is not valid YAML{where}: {problem}"
