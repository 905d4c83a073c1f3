"""Atomic, change-aware file writes shared by both halves."""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

TEMP_SUFFIX = ".tmp"


@lru_cache(maxsize=1)
def _umask() -> int:
    # The only portable way to read the umask is to set it; done once, before any thread starts writing.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str | bytes, *, durable: bool = True) -> bool:
    """Write ``data`` to ``path`` atomically; skip the write when the bytes are unchanged.

    The data goes to a temporary file in the same folder and is renamed over
    ``path``, so a reader (or a build killed mid-write) sees either the old file
    or the new one, never a truncated one. ``durable`` also fsyncs the file
    before the rename, so the record survives a power cut too: the archive needs
    that; generated pages, which a rebuild remakes, do not (fsync was half the
    time of page generation). Returns True when the file was (re)written.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    try:
        # Size first: most changed files differ in length, and reading is the slow part.
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False  # unchanged files keep their mtime: live preview stays quiet
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        # mkstemp makes the file 0600; a fact sheet or page is as readable as any file the user makes.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete the temporary files a killed run of :func:`write_atomic` left in ``folder``.

    Only names of write_atomic's own shape (``.<name>.<random>.tmp``) are touched.
    Returns what was removed, sorted.
    """
    removed = []
    for path in sorted(Path(folder).glob(f".*{TEMP_SUFFIX}")):
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
