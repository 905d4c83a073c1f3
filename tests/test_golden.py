"""The whole build against its golden copy. Regenerate with `make golden` and review the diff."""

from __future__ import annotations

from pathlib import Path

from .conftest import ROOT
from .golden import GOLDEN, build


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_build_matches_golden(tmp_path):
    build(ROOT / "seeds", tmp_path)
    got, want = _files(tmp_path), _files(GOLDEN)
    assert sorted(got) == sorted(want)
    for name in sorted(want):
        assert got[name].decode("utf-8") == want[name].decode("utf-8"), f"{name} differs from tests/golden (make golden)"


def test_build_is_deterministic(tmp_path):
    build(ROOT / "seeds", tmp_path / "one")
    build(ROOT / "seeds", tmp_path / "two")
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
