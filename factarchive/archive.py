"""The archive, as the rest of the package has always imported it: one YAML fact sheet per article.

Two modules do the work: :mod:`factarchive.contract` (the schema, reading and
writing a sheet: what both halves share) and :mod:`factarchive.store` (the
extractor's manifest, machine copies and permanent ids). New code imports from
those; this module keeps ``factarchive.archive.<name>`` working.
"""

from __future__ import annotations

from .contract import (CORRECTIONS, ID_PATTERN, MACHINE_DIR, OUTSIDE_ARCHIVE, RESERVED_IDS, SHEET_SUFFIX,
                       ArchiveError, ArchiveProblem, archive_of, checked_id, dump, header_keys, load, load_archive,
                       load_yaml, parse, read_text, schema, schema_message, sheet_files, sheet_listing, sheet_path,
                       validate)
from .store import (MANIFEST, MAX_ID_LENGTH, KnownSheet, assign_ids, flush_to_disk, hand_edited, known_sheets,
                    machine_path, read_manifest, record_machine, write_machine, write_manifest, write_sheet)

__all__ = [
    "CORRECTIONS", "ID_PATTERN", "MACHINE_DIR", "MANIFEST", "MAX_ID_LENGTH", "OUTSIDE_ARCHIVE", "RESERVED_IDS",
    "SHEET_SUFFIX", "ArchiveError", "ArchiveProblem", "KnownSheet", "archive_of", "assign_ids", "checked_id", "dump",
    "flush_to_disk", "hand_edited", "header_keys", "known_sheets", "load", "load_archive", "load_yaml",
    "machine_path", "parse", "read_manifest", "read_text", "record_machine", "schema", "schema_message",
    "sheet_files", "sheet_listing", "sheet_path", "validate", "write_machine", "write_manifest", "write_sheet",
]
