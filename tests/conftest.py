"""Shared fixtures: the seed, its fact sheet (extracted once per session), a built demo site."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Debian's chromium, driven by Playwright (`make browser` installs it); as root it needs --no-sandbox.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_75226d2b7b98da07.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def seed_article():
    from factarchive.readers import read_seed

    return read_seed(SEED, SEEDS)


@pytest.fixture(scope="session")
def seed_sheet(seed_article):
    from factarchive.extract.pipeline import extract

    return next(extract([(seed_article, "seed")]))


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory):
    """seeds/ -> archive -> docs -> site, built once with the real CLI into a temp folder."""
    from factarchive.cli import main

    out = tmp_path_factory.mktemp("demo")
    seeds = out / "seeds"
    shutil.copytree(SEEDS, seeds)
    status = main(["--seeds", str(seeds), "--archive", str(out / "archive"), "--docs-dir", str(out / "docs"),
                   "--site-dir", str(out / "site"), "--config", str(ROOT / "mkdocs.yml")])
    assert status == 0
    return out


def run_cli(*args: str, cwd: Path | None = None):
    """Run build.py in a subprocess; returns the CompletedProcess (text output)."""
    import subprocess

    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], capture_output=True, text=True, cwd=cwd or ROOT)


@pytest.fixture(scope="session")
def nlp():
    """The extraction's model, loaded and warmed once for every rule test."""
    from factarchive.extract.pipeline import warm_up

    return warm_up()


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium for one test module (the browser tests)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def rules_off(monkeypatch):
    """Turn extraction rules off by name for one test (``FACTARCHIVE_RULES_OFF``); every rule is on again after it."""
    from factarchive.extract import rules

    def turn_off(*names: str) -> None:
        monkeypatch.setenv(rules.ENV, ",".join(names))
        rules.refresh()

    yield turn_off
    monkeypatch.delenv(rules.ENV, raising=False)
    rules.refresh()
