"""Benchmark: page generation against the MkDocs build, on a synthetic archive of realistic shape or a real one.

    python benchmarks/site_pages.py --articles 2225
    python benchmarks/site_pages.py --archive /tmp/bbc/archive --no-mkdocs

The archive is made up (seeded, so every run sees the same one): entities drawn
with a long-tailed popularity like a newsroom's (a few in hundreds of articles,
most in one or two), ~20 facts and a few figures and captions per article. It
prints seconds per phase; it asserts nothing (benchmarks are not tests).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factarchive.model import Actor, Caption, Coordinates, Extractor, FactSheet, Figure, Location

WORDS = ("minister government said people would year new market plans party election court police "
         "company shares growth report talks deal council city money schools health workers prices").split()
NOUNS = ("people", "jobs", "vehicles", "votes", "troops", "homes", "patients", "seats", "shares", "refugees")


def _sentence(rng: random.Random, name: str) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 28))
    words.insert(rng.randrange(len(words)), name)
    return " ".join(words).capitalize() + "."


def synthetic_archive(n_articles: int, seed: int = 5) -> list[FactSheet]:
    """``n_articles`` fact sheets with shared entities, dates over two years, figures and captions."""
    return list(iter_synthetic_archive(n_articles, seed))


def iter_synthetic_archive(n_articles: int, seed: int = 5) -> Iterator[FactSheet]:
    """``synthetic_archive``'s sheets one at a time (the same ones): 100,000 need not be in memory at once."""
    rng = random.Random(seed)
    kinds = ("person", "organization", "country", "group")
    pool = [(f"entity-{i}", f"Entity {i}", kinds[i % 4]) for i in range(max(50, n_articles * 4))]
    places = [(f"place-{i}", f"Place {i}", Coordinates(lat=round(rng.uniform(-60, 70), 5), lon=round(rng.uniform(-180, 180), 5)))
              for i in range(max(20, n_articles // 4))]
    # Top entity in about a quarter of the articles, most in one or two (like UK politics in the BBC set).
    weights = [1 / (i + 10) for i in range(len(pool))]
    place_weights = [1 / (i + 5) for i in range(len(places))]
    extractor = Extractor(version="bench", model="none", stages=(("bench", "1"),))
    for n in range(n_articles):
        chosen = {e[0]: e for e in rng.choices(pool, weights, k=18)}
        actors = tuple(
            Actor(id=eid, name=name, kind=kind, aliases=(name.split()[-1],) if kind == "person" else (),
                  role="Minister" if kind == "person" and rng.random() < 0.3 else None,
                  mentions=rng.randint(1, 6), evidence=tuple(_sentence(rng, name) for _ in range(rng.randint(1, 4))))
            for eid, name, kind in sorted(chosen.values())
        )
        where = {p[0]: p for p in rng.choices(places, place_weights, k=4)}
        said = {pid: [_sentence(rng, name)] for pid, name, _ in sorted(where.values())}
        figures = [
            Figure(id=f"f{i + 1}", value=rng.randint(2, 5000), text="some", counts=rng.choice(NOUNS),
                   reported_by="officials", evidence=(_sentence(rng, "officials"),))
            for i in range(rng.randint(2, 8))
        ]
        # Each day's articles tell a few stories, each in one place (a disagreement is two reports of one story:
        # site.series): half of a day's articles are its big story, the rest three smaller ones, and an article's
        # even-numbered figures are "officials in <its story's place>" (that place's sentence), its odd ones name
        # no one. Made from what is drawn anyway (no draw more), so the rest of the archive is as it was.
        day = 1 + n % 28
        block = n // 28  # the articles of one day are one a block
        story = 0 if block % 2 == 0 else 1 + (block // 2) % 3
        home = places[(story + 4 * day) % len(places)]
        if home[0] not in where:
            where[home[0]] = home
            said[home[0]] = []
        for i in range(0, len(figures), 2):
            first = figures[i].evidence[0]
            sentence = (first.replace("officials", f"officials in {home[1]}", 1) if "officials" in first
                        else first.replace("Officials", f"Officials in {home[1]}", 1))
            figures[i] = Figure(id=figures[i].id, value=figures[i].value, text="some", counts=figures[i].counts,
                                reported_by="officials", evidence=(sentence,))
            said[home[0]].append(sentence)
        locations = tuple(
            Location(id=pid, name=name, kind="city", coordinates=coords, mentions=len(said[pid]),
                     evidence=tuple(said[pid]))
            for pid, name, coords in sorted(where.values())
        )
        figures = tuple(figures)
        images = tuple(Caption(id=f"c{i + 1}", caption=_sentence(rng, "Pictured"), credit="AFP") for i in range(rng.randint(0, 3)))
        yield FactSheet(
            id=f"article-{n:05d}", title=" ".join(rng.choices(WORDS, k=8)).capitalize(), seed=f"{n}.txt",
            content_hash=f"{n:064x}", extractor=extractor, outlet="BBC",
            published=f"{2004 + n * 2 // n_articles}-{1 + (n * 24 // n_articles) % 12:02d}-{day:02d}",
            actors=actors, locations=locations, figures=figures, images=images,
        )


def varied_archive(n_articles: int, seed: int = 7) -> list[FactSheet]:
    """``synthetic_archive`` with what real archives hold and pages must cope with: the browser tests' archive.

    About one article in eight undated and one with an impossible date (0001-01-01); figures in USD and
    per cent beside counts; two articles a day apart giving different counts of one thing for one day; places
    close together (a cluster on the map) and across the 180° meridian; "Read more" headlines of articles in
    the archive; a name spelt with both apostrophes; a very long unbroken word in a headline.
    """
    from dataclasses import replace

    rng = random.Random(seed)
    sheets = synthetic_archive(n_articles, seed)
    out = []
    for n, sheet in enumerate(sheets):
        published = sheet.published
        if n % 8 == 3:
            published = None
        elif n == 5:
            published = "0001-01-01"
        figures = list(sheet.figures)
        if n % 5 == 0:
            figures.append(Figure(id="f91", value=rng.randint(1, 900) * 10 ** rng.randint(3, 9), text="$ some", unit="USD",
                                  counts="in aid", evidence=(_sentence(rng, "dollars"),)))
        if n % 7 == 0:
            figures.append(Figure(id="f92", value=round(rng.uniform(0.1, 99), 1), text="some per cent", unit="%",
                                  counts="turnout", evidence=(_sentence(rng, "per cent"),)))
        locations = list(sheet.locations)
        if n in (10, 11, 12):  # three reports of one toll for one day: 12, 15 and 9,000,000 (an error), about one place
            said = _sentence(rng, "killed in Idlib")
            figures.append(Figure(id="f93", value=(12, 15, 9_000_000)[n - 10], text="some", counts="people killed",
                                  reported_by=("police", "a hospital", "state media")[n - 10], period="on Monday",
                                  period_date="2005-03-07", evidence=(said,)))
            locations.append(Location(id="idlib", name="Idlib", kind="city", mentions=1, evidence=(said,)))
        if n % 9 == 0:  # near neighbours: one cluster on the map
            locations.append(Location(id=f"near-{n % 4}", name=f"Suburb {n % 4}", kind="city",
                                      coordinates=Coordinates(lat=51.5 + (n % 4) * 0.05, lon=-0.12 + (n % 4) * 0.05),
                                      mentions=1, evidence=(_sentence(rng, "Suburb"),)))
        if n % 11 == 0:
            locations.append(Location(id="suva", name="Suva", kind="city", coordinates=Coordinates(lat=-18.14, lon=178.44),
                                      mentions=1, evidence=(_sentence(rng, "Suva"),)))
        actors = list(sheet.actors)
        if n % 6 == 0:
            spelling = "Trump\u2019s" if n % 12 else "Trump's"
            actors.append(Actor(id="trump", name="Donald Trump", kind="person", aliases=(spelling, "trump's"),
                                role="President", mentions=2, evidence=(_sentence(rng, spelling),)))
        title = sheet.title
        if n == 7:
            title = "Supercalifragilisticexpialidocious" * 3 + " headline"
        related = (sheets[n - 1].title, "A headline the archive does not hold") if n else ()
        out.append(replace(sheet, published=published, figures=tuple(figures), title=title, related=related,
                           locations=tuple(sorted(locations, key=lambda loc: loc.id)),
                           actors=tuple(sorted(actors, key=lambda a: a.id))))
    return out


def _clock() -> tuple[float, float, float]:
    """Wall, user CPU and system CPU seconds: file creation shows up as system time."""
    cpu = os.times()
    return time.perf_counter(), cpu.user, cpu.system


def _since(start: tuple[float, float, float]) -> str:
    wall, user, system = (now - then for now, then in zip(_clock(), start))
    return f"{wall:.2f} s (user {user:.2f}, sys {system:.2f})"


def main(argv: list[str] | None = None) -> int:
    """Print the time of each phase of page generation, for a synthetic archive or a real one."""
    from factarchive import archive
    from factarchive.site.catalog import gather
    from factarchive.site.mkdocs_build import run_mkdocs
    from factarchive.site.render import SiteOptions, build_pages, write_pages

    p = argparse.ArgumentParser(description=main.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="examples:\n  python benchmarks/site_pages.py --articles 2225\n"
                                       "  python benchmarks/site_pages.py --archive /tmp/bbc/archive --no-mkdocs")
    p.add_argument("--articles", type=int, default=2225, help="size of the synthetic archive (default: %(default)s)")
    p.add_argument("--archive", type=Path, help="time a real archive instead (e.g. one `benchmarks/run.py --keep` left)")
    p.add_argument("--no-mkdocs", action="store_true", help="skip the MkDocs build")
    p.add_argument("--offline", action="store_true", help="time the offline build")
    p.add_argument("--varied", action="store_true", help="use varied_archive (undated articles, units, clusters...)")
    args = p.parse_args(argv)
    root = Path(__file__).resolve().parents[1]
    work = Path(tempfile.mkdtemp(prefix="factarchive-bench-"))
    try:
        source = args.archive
        if source is None:
            source = work / "archive"
            source.mkdir()
            for sheet in (varied_archive if args.varied else synthetic_archive)(args.articles):
                (source / f"{sheet.id}.yaml").write_text(archive.dump(sheet), "utf-8")
        start = _clock()
        loaded, problems = archive.load_archive(source)
        t_load = time.perf_counter() - start[0]
        print(f"load_archive {_since(start)}: {len(loaded)} fact sheets, {len(problems)} left out")
        start = _clock()
        catalog = gather(loaded)
        t_gather = time.perf_counter() - start[0]
        print(f"gather {_since(start)}: {len(catalog.entities)} entities")
        options = SiteOptions(directory_urls=not args.offline)
        # As `build.py site` does: each page written to a new docs/ as soon as it is rendered.
        start = _clock()
        written, _ = write_pages(build_pages(catalog, options, docs=work / "docs"), work / "docs")
        t_pages = time.perf_counter() - start[0]
        md = sum(1 for _ in (work / "docs").rglob("*.md"))
        print(f"render+write {_since(start)}: {written} files, {md} pages, {md / max(1, len(loaded)):.2f} pages per article")
        start = _clock()
        rewritten, _ = write_pages(build_pages(catalog, options, docs=work / "docs"), work / "docs")
        print(f"render+write again, nothing changed {_since(start)}: {rewritten} files rewritten")
        generation = t_load + t_gather + t_pages
        print(f"page generation (load+gather+render+write) {generation:.2f} s, {md / generation:.0f} pages/s")
        if not args.no_mkdocs:
            t = time.perf_counter()
            result = run_mkdocs(root / "mkdocs.yml", work / "docs", work / "site", offline=args.offline)
            t_mkdocs = time.perf_counter() - t
            if not result.ok:
                print(result.output[-3000:], file=sys.stderr)
                return 1
            print(f"mkdocs build {t_mkdocs:.2f} s | page generation = {100 * generation / t_mkdocs:.1f}% of it")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
