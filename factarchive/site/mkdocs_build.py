"""Run the static-site builder over the generated pages.

The builder is MkDocs 1.6 by default, as a subprocess, so the core never
imports it and the same ``docs/`` builds with ProperDocs or Zensical. A docs or
site folder other than ``mkdocs.yml``'s own is handled with a small config
that INHERITs the project's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

DEFAULT_EPOCH = 946684800  # 2000-01-01: a fixed build date when SOURCE_DATE_EPOCH is unset


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_mkdocs(config: Path, docs: Path, site: Path, *, strict: bool = True, offline: bool = False) -> BuildResult:
    """Build ``docs`` into ``site`` with the settings of ``config``; output captured."""
    config = Path(config).resolve()
    env = dict(os.environ)
    # Same input, same bytes: MkDocs stamps the sitemap with this date.
    env.setdefault("SOURCE_DATE_EPOCH", str(DEFAULT_EPOCH))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    if offline:
        env["FACTARCHIVE_OFFLINE"] = "true"
    # The derived config sits beside the project's, so paths relative to the
    # config file (a theme's custom_dir, say) mean the same in both.
    fd, derived = tempfile.mkstemp(prefix=".mkdocs-factarchive-", suffix=".yml", dir=config.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # JSON strings are YAML strings: paths are quoted safely whatever they hold.
            fh.write(
                f"INHERIT: {json.dumps(config.name)}\n"
                f"docs_dir: {json.dumps(str(Path(docs).resolve()))}\n"
                f"site_dir: {json.dumps(str(Path(site).resolve()))}\n"
            )
        cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", derived]
        if strict:
            cmd.append("--strict")
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=config.parent)
    finally:
        os.unlink(derived)
    return BuildResult(proc.returncode, proc.stdout + proc.stderr)
