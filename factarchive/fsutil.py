"""Atomic, change-aware file writes shared by both halves."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: str | bytes) -> bool:
    """Write ``data`` to ``path`` atomically; skip the write when the bytes are unchanged.

    The data goes to a temporary file in the same folder, is flushed to disk and
    then renamed over ``path``, so a reader (or a build killed mid-write) sees
    either the old file or the new one, never a truncated one. Returns True when
    the file was (re)written.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    try:
        if path.read_bytes() == payload:
            return False  # unchanged files keep their mtime: live preview stays quiet
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
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
