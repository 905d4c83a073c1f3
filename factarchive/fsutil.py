"""Atomic, change-aware file writes, and folder listings that stay inside their folder, shared by both halves."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

TEMP_SUFFIX = ".tmp"
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
# Temporary names: this process's id and a counter, unique among live writers without
# mkstemp's random names (mkstemp, fchmod and a buffered file object were most of the
# Python time of writing 31,000 pages).
_SERIAL = itertools.count()


def _unchanged(path: str, payload: bytes) -> bool:
    if os.path.islink(path):
        return False  # never read through a link: the write replaces the link itself with a file
    try:
        # Size first: most changed files differ in length, and reading is the slow part.
        if os.stat(path).st_size != len(payload):
            return False
        with open(path, "rb") as fh:
            return fh.read() == payload
    except FileNotFoundError:
        return False


def _create_temp(folder: str, name: str) -> tuple[int, str]:
    """A new, empty temporary file next to ``name``, readable as the umask allows; (fd, path)."""
    while True:
        tmp = os.path.join(folder, f".{name[:40]}.{os.getpid()}-{next(_SERIAL)}{TEMP_SUFFIX}")
        try:
            # Mode 0o666 under the umask: a fact sheet or page is as readable as any file the user makes.
            return os.open(tmp, _NEW_FILE, 0o666), tmp
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)  # the first file of a new folder; then try again
        except FileExistsError:
            pass  # left by a killed run whose process id was ours: never reuse it, take the next number


class OutsideFolder(OSError):
    """A path that, its links followed, leads outside the folder it was listed or written in."""


def inside(path: Path | str, root: Path | str) -> bool:
    """True when ``path``, every link on the way followed, is ``root`` or inside it (``root``'s own links followed too)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))
    except (OSError, ValueError):  # a link loop, an unreadable folder, a NUL in the name
        return False


def list_files(root: Path | str, pattern: str = "*", *, recursive: bool = True) -> tuple[list[Path], list[Path]]:
    """(files under ``root`` whose name matches ``pattern``, links that lead outside ``root``), each sorted.

    A file link is listed when it leads to a file inside ``root`` and returned
    as outside when it does not. Folder links are never descended: one leading
    inside is walked under its real path anyway, one leading outside is
    returned as outside (whatever its name), so nothing outside ``root`` is read
    through a listing, whatever a contributor links to.
    """
    import fnmatch

    root = Path(root)
    files: list[Path] = []
    outside: list[Path] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # vanished or unreadable mid-walk: nothing in it is listed
        for entry in entries:
            path = folder / entry.name
            try:
                is_link, is_dir = entry.is_symlink(), entry.is_dir()
            except OSError:
                continue
            if is_link and not inside(path, root):
                if is_dir or fnmatch.fnmatch(entry.name, pattern):
                    outside.append(path)
            elif is_dir:
                if recursive and not is_link:
                    folders.append(path)
            elif entry.is_file() and fnmatch.fnmatch(entry.name, pattern):
                files.append(path)
    return sorted(files), sorted(outside)


def write_atomic(path: Path | str, data: str | bytes, *, durable: bool = True, root: Path | str | None = None) -> bool:
    """Write ``data`` to ``path`` atomically; skip the write when the bytes are unchanged.

    The data goes to a temporary file in the same folder and is renamed over
    ``path``, so a reader (or a build killed mid-write) sees either the old file
    or the new one, never a truncated one. ``durable`` also fsyncs the file
    before the rename, so the record survives a power cut too: the archive needs
    that; generated pages, which a rebuild remakes, do not (fsync was half the
    time of page generation). With ``root``, a folder on the way that is a link
    leading outside ``root`` raises :class:`OutsideFolder` instead of writing
    there (a link at ``path`` itself is replaced, never written through).
    Returns True when the file was (re)written.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = os.fspath(path)
    if root is not None and not inside(os.path.dirname(path) or ".", root):
        raise OutsideFolder(f"{path}: its folder leads outside {os.fspath(root)}; not written")
    if _unchanged(path, payload):
        return False  # unchanged files keep their mtime: live preview stays quiet
    folder, name = os.path.split(path)
    fd, tmp = _create_temp(folder or ".", name)
    try:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
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

    Only names of write_atomic's own shape (``.<name>.<pid>-<n>.tmp``, or
    ``.<name>.<random>.tmp``) are touched. Returns what was removed, sorted.
    """
    removed = []
    for path in sorted(Path(folder).glob(f".*{TEMP_SUFFIX}")):
        if path.is_file() and not path.is_symlink():  # a link is not ours: unlinking it is harmless, but leave it
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
