"""The extraction rules by name: which function finds, cleans, votes or links, and its version.

Registered the way spaCy registers components (``@Language.component("name")``, ``@registry.misc("name.v1")``)::

    @rule("find", "missed_places")
    def missed_places(doc, text): ...

Steps, in the order a name passes through them:

* ``find``: a rule that proposes candidate names (spans) the model missed or mis-cut;
* ``clean``: a rule that trims, splits or drops a name, or tells a name that is no fact;
* ``vote``: a rule that reads what the sentence (or the article) says of a name and adds evidence for its type;
* ``link``: a rule that joins or splits mentions across the article ("Idlib province" with "Idlib").

Within a step, a rule's **scope** says what it is called on, and so its signature; every rule of one step and scope
has the same signature, and the place that runs them iterates the registry (:func:`active`), never a list of calls:

===========  ========  ==============================  ========================================================
step         scope     called as                       returns
===========  ========  ==============================  ========================================================
find         block     ``rule(doc, text)``             candidate spans (the model's own entities are a rule too)
clean        entity    ``rule(span)``                  the model's span, or its parts ("A and B": two people)
clean        block     ``rule(doc, block)``            a fact of the block the span rules read (its ``field``)
clean        span      ``rule(doc, cut)``              the cut, trimmed or relabelled, or None: not a name
vote         block     ``rule(doc, block)``            a fact of the block (its ``field``), for every mention
vote         span      ``rule(doc, cut)``              votes (an int or bool) for one field of the mention
vote         name      ``rule(name, votes)``           votes per type ({"place": 2}), given the votes so far
link         mentions  (each its own)                  the article's mentions, linked
link         article   ``rule(groups, decided, ...)``  the article's names and types after its links
find         figure    ``rule(doc, ents, found)``      the number spans found so far, with its own (or re-cut)
clean        number    ``rule(reading)``               the number's bounds as printed (a figure_reading.Reading)
clean        figure    ``rule(reading)``               the reading, its unit, counts, per... read, or None: no figure
===========  ========  ==============================  ========================================================

Figures pass through their own scopes: a block's numbers are found by the ``find`` rules of scope ``figure``
(:mod:`~factarchive.extract.figure_spans`: the model's numbers, and those it missed or mis-cut), then each number
through the ``clean`` rules of scope ``number`` (its bounds) and ``figure`` (what it is, or that it is none;
:mod:`~factarchive.extract.figure_rules`). A ``find``/``figure`` rule is given every span found before it, so that
one may re-cut what earlier ones found ("59% to 41%": two figures).

Rules of one step and scope run in registration order: module by module, in the order the modules are imported
(:func:`_load`), then source order. For ``find`` the order decides ties between candidates with the same bounds (the
first offered wins); for ``clean`` it is the order a name passes through; a ``vote`` rule of scope ``name`` reads the
votes of the rules before it.

A rule's version is derived, never typed: the first 8 hex digits of sha256 over the function's source
(:func:`inspect.getsource`), and over the source of the helpers it names in ``uses``, so it changes when its code
does (STYLE.md, "Versions are derived, not typed").

Turning rules off, for measurement only (``benchmarks/evaluate.py --ablate``): ``FACTARCHIVE_RULES_OFF=name1,name2``
is read at the first call of any registered rule (not at import), and again after :func:`refresh`. A rule that is off
is not run; its call returns what the rule's ``off`` gives, by default a pass-through for its step and scope: no
candidates (find; for figures, the spans found before it), the input unchanged (clean: the span whole, the cut or the
reading as given; a block fact: ``False``), no votes
(vote), and for a link rule what it declares (the mentions, or the names and types, unchanged).

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
# The scopes of each step, the first its default.
SCOPES = {"find": ("block", "figure"), "clean": ("span", "entity", "block", "number", "figure"), "vote": ("span", "block", "name"),
          "link": ("article", "mentions")}
ENV = "FACTARCHIVE_RULES_OFF"
# What an off rule returns, by step and scope, unless the rule declares its own ``off``.
_OFF_DEFAULT: dict[tuple[str, str], Callable] = {
    ("find", "block"): lambda doc, text="": [],
    ("clean", "span"): lambda doc, cut: cut,
    ("clean", "entity"): lambda span: [span],
    ("clean", "block"): lambda doc, block: False,
    ("find", "figure"): lambda doc, ents, found: found,
    ("clean", "number"): lambda reading: reading,
    ("clean", "figure"): lambda reading: reading,
    ("vote", "span"): lambda doc, cut: 0,
    ("vote", "block"): lambda doc, block: False,
    ("vote", "name"): lambda name, votes: {},
}


@dataclass(frozen=True)
class Rule:
    step: str
    name: str
    func: Callable  # the function as written (what the version hashes)
    off: Callable  # what a call returns when the rule is off
    run: Callable  # the function as registered: ``func``, or ``off`` when the rule is off
    scope: str = ""  # what it is called on (see the module's docstring)
    field: str = ""  # for a block or span fact or vote: the field of the mention it gives
    uses: tuple[Callable, ...] = ()  # helpers whose source is part of its version

    @property
    def version(self) -> str:
        return source_version(self.func, *self.uses)


_RULES: dict[str, Rule] = {}
_off: Optional[frozenset[str]] = None  # read from the environment at the first call, see refresh()
_active: dict[tuple, tuple] = {}  # (step, scope, rules off) -> what active() gave


def source_version(func: Callable, *uses: Callable) -> str:
    """Eight hex digits of sha256 over a function's source, then its helpers' (line ends normalised)."""
    source = "".join(inspect.getsource(inspect.unwrap(f)) for f in (func, *uses)).replace("\r\n", "\n")
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]


def rule(step: str, name: str, *, scope: Optional[str] = None, field: str = "", off: Optional[Callable] = None,
         uses: tuple[Callable, ...] = ()) -> Callable[[Callable], Callable]:
    """Register a rule function under ``step`` and a unique ``name``; the function is returned wrapped so that it can be
    turned off by name (see the module's docstring); ``off`` gives what it returns then. ``scope`` says what it is
    called on (default: the step's first), ``field`` which field of a mention a block or span rule gives, ``uses`` the
    helpers whose source counts in its version."""
    if step not in STEPS:
        raise ValueError(f"rule {name!r}: step must be one of {', '.join(STEPS)}, got {step!r}")
    scope = scope or SCOPES[step][0]
    if scope not in SCOPES[step]:
        raise ValueError(f"rule {name!r}: a {step} rule's scope is one of {', '.join(SCOPES[step])}, got {scope!r}")
    if scope in ("block", "span") and step in ("clean", "vote") and not field and (step, scope) != ("clean", "span"):
        raise ValueError(f"rule {name!r}: a {step} rule of scope {scope} must name the field it gives (field=...)")
    if off is None:
        if (step, scope) not in _OFF_DEFAULT:
            raise ValueError(f"rule {name!r}: a {step} rule must say what it returns when off (off=...)")
        off = _OFF_DEFAULT[(step, scope)]

    def register(func: Callable) -> Callable:
        if name in _RULES:
            raise ValueError(f"rule {name!r} is registered twice ({_RULES[name].func.__module__} and {func.__module__})")

        @functools.wraps(func)
        def run(*args, **kwargs):
            if name in (_off if _off is not None else off_names()):
                return off(*args, **kwargs)
            return func(*args, **kwargs)

        run.rule = _RULES[name] = Rule(step, name, func, off, run, scope, field, tuple(uses))
        _active.clear()
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
    from . import entities, figure_find, mentions, programme_titles, not_people  # noqa: F401  (mentions imports candidates, cues, filters;
    # figure_find imports figure_spans and figure_rules)


def registered(step: str, scope: Optional[str] = None) -> list[Rule]:
    """The rules of one step (and scope, if given), in registration order."""
    if step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(STEPS)}, got {step!r}")
    _load()
    return [r for r in _RULES.values() if r.step == step and (scope is None or r.scope == scope)]


def active(step: str, scope: str) -> tuple[tuple[Rule, Callable], ...]:
    """What a call site runs, in order: each rule of the step and scope with the function to call (the rule's own, or
    its ``off`` when it is off). Cached per set of rules off, so that a loop over names pays no lookup per call."""
    key = (step, scope, _off if _off is not None else off_names())
    found = _active.get(key)
    if found is None:
        found = _active[key] = tuple((r, r.off if r.name in key[2] else r.func) for r in registered(step, scope))
    return found


def table() -> list[tuple[str, str, str]]:
    """(step, name, version) of every registered rule, step by step in ``STEPS`` order, then registration order."""
    return [(r.step, r.name, r.version) for step in STEPS for r in registered(step)]


__all__ = ["ENV", "SCOPES", "STEPS", "Rule", "active", "off_names", "refresh", "registered", "rule", "source_version", "table"]
