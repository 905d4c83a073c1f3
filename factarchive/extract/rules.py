"""The extraction rules by name: which function finds, cleans, votes or links, and its version.

Registered the way spaCy registers components (``@Language.component("name")``, ``@registry.misc("name.v1")``)::

    @rule("find", "missed_places")
    def missed_places(doc): ...

Steps, in the order a name passes through them:

* ``find``: a rule that proposes candidate names (spans) the model missed or mis-cut;
* ``clean``: a rule that trims, splits or drops a name, or tells a name that is no fact;
* ``vote``: a rule that reads what the sentence says of a name and adds evidence for its type;
* ``link``: a rule that joins or splits mentions across the article ("Idlib province" with "Idlib").

A rule's version is derived, never typed: the first 8 hex digits of sha256 over the function's source
(:func:`inspect.getsource`), so it changes when its code does (STYLE.md, "Versions are derived, not typed").
Where the rules run is unchanged: :func:`factarchive.extract.mentions.find_mentions` calls the find, clean and
vote rules at fixed places (the order of the candidates decides ties between overlapping spans, and the model's own
entities sit among them), while the entity links are run by iterating this registry. :func:`registered` lists rules in
registration order: module by module, in the order the modules are imported, then source order.

Turning rules off, for measurement only (``benchmarks/evaluate.py --ablate``): ``FACTARCHIVE_RULES_OFF=name1,name2``
is read at the first call of any registered rule (not at import), and again after :func:`refresh`. A rule that is off
is not run; its call returns what the rule's ``off`` gives, by default for its step:

* ``find``: ``[]`` (no candidates);
* ``vote``: ``0`` (no votes; also false where the rule is a yes/no cue);
* ``clean``: ``False`` (a "drop this name?" test that never drops, so every name passes through) unless the rule
  declares its own pass-through: a rule that rewrites a name returns its input unchanged (``clean_name`` returns the
  text as given, ``split_pair`` the span whole, ``country_after_qualifier`` the start it was given,
  ``work_title_tokens`` no tokens);
* ``link``: every rule declares its pass-through: the mentions unchanged (``with_province``,
  ``split_joined_surnames``: the mention whole), or the article's names and types as they were (the link rules of
  :mod:`factarchive.extract.entities`, which :func:`~factarchive.extract.entities.resolve_entities` runs by iterating
  this registry, in their source order).

An unknown name in the variable is an error (:class:`KeyError` naming it), so that a typo does not measure nothing.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import os
from dataclasses import dataclass
from typing import Callable, Optional

STEPS = ("find", "clean", "vote", "link")
ENV = "FACTARCHIVE_RULES_OFF"
# What an off rule returns, by step, unless the rule declares its own ``off``.
_OFF_DEFAULT: dict[str, Callable] = {
    "find": lambda *args, **kwargs: [],
    "vote": lambda *args, **kwargs: 0,
    "clean": lambda *args, **kwargs: False,
}


@dataclass(frozen=True)
class Rule:
    step: str
    name: str
    func: Callable  # the function as written (what the version hashes)
    off: Callable  # what a call returns when the rule is off
    run: Callable  # the function as registered: ``func``, or ``off`` when the rule is off

    @property
    def version(self) -> str:
        return source_version(self.func)


_RULES: dict[str, Rule] = {}
_off: Optional[frozenset[str]] = None  # read from the environment at the first call, see refresh()


def source_version(func: Callable) -> str:
    """Eight hex digits of sha256 over a function's source (line ends normalised)."""
    source = inspect.getsource(func).replace("\r\n", "\n")
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]


def rule(step: str, name: str, *, off: Optional[Callable] = None) -> Callable[[Callable], Callable]:
    """Register a rule function under ``step`` and a unique ``name``; the function is returned wrapped so that it can be
    turned off by name (see the module's docstring); ``off`` gives what it returns then."""
    if step not in STEPS:
        raise ValueError(f"rule {name!r}: step must be one of {', '.join(STEPS)}, got {step!r}")
    if off is None:
        if step not in _OFF_DEFAULT:
            raise ValueError(f"rule {name!r}: a {step} rule must say what it returns when off (off=...)")
        off = _OFF_DEFAULT[step]

    def register(func: Callable) -> Callable:
        if name in _RULES:
            raise ValueError(f"rule {name!r} is registered twice ({_RULES[name].func.__module__} and {func.__module__})")

        @functools.wraps(func)
        def run(*args, **kwargs):
            if name in (_off if _off is not None else off_names()):
                return off(*args, **kwargs)
            return func(*args, **kwargs)

        run.rule = _RULES[name] = Rule(step, name, func, off, run)
        return run

    return register


def off_names() -> frozenset[str]:
    """The rules turned off by ``FACTARCHIVE_RULES_OFF`` (read once, at the first call; :func:`refresh` reads again)."""
    global _off
    if _off is None:
        names = frozenset(n.strip() for n in os.environ.get(ENV, "").split(",") if n.strip())
        if names:
            _load()  # every rule registered, to know an unknown name
        unknown = sorted(names - set(_RULES))
        if unknown:
            raise KeyError(f"{ENV}: no registered rule named {', '.join(unknown)} (known: {', '.join(sorted(_RULES))})")
        _off = names
    return _off


def refresh() -> frozenset[str]:
    """Read ``FACTARCHIVE_RULES_OFF`` again (after changing it in this process, as ``--ablate-each`` does)."""
    global _off
    _off = None
    return off_names()


def _load() -> None:
    """Import the modules that register rules, so that the registry is complete whoever asks first."""
    from . import entities, mentions  # noqa: F401  (mentions imports candidates, cues, filters)


def registered(step: str) -> list[Rule]:
    """The rules of one step, in registration order."""
    if step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(STEPS)}, got {step!r}")
    _load()
    return [r for r in _RULES.values() if r.step == step]


def table() -> list[tuple[str, str, str]]:
    """(step, name, version) of every registered rule, step by step in ``STEPS`` order, then registration order."""
    return [(r.step, r.name, r.version) for step in STEPS for r in registered(step)]


__all__ = ["ENV", "STEPS", "Rule", "off_names", "refresh", "registered", "rule", "source_version", "table"]
