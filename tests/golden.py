"""Regenerate the golden build: `make golden` (or `python -m tests.golden`).

Extracts ``seeds/`` into ``tests/golden/archive`` and generates the Markdown
pages from that archive into ``tests/golden/docs``. Review the diff like code:
it is exactly what changes for a newsroom's readers.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def build(seeds: Path, out: Path) -> None:
    """Extract ``seeds`` and generate pages into ``out/archive`` and ``out/docs``."""
    from factarchive.archive import load_archive
    from factarchive.extract.run import extract_seeds
    from factarchive.site.render import generate

    report = extract_seeds(seeds, out / "archive", force=True)
    if report.errors:
        raise SystemExit("\n".join(report.errors))
    sheets, problems = load_archive(out / "archive")
    if problems:
        raise SystemExit("\n".join(map(str, problems)))
    generate(sheets, out / "docs")


def main() -> int:
    shutil.rmtree(GOLDEN, ignore_errors=True)
    build(ROOT / "seeds", GOLDEN)
    print(f"golden build written to {GOLDEN.relative_to(ROOT)}/ - review it with git diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
