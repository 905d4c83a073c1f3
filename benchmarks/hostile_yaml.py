"""What hostile YAML costs, and what loading fact sheets costs with the alias check (issue 18).

1. The alias bomb of issue 18 (N levels of anchors, each a list of nine references to the one before) in a
   Markdown seed's front matter, read by the Markdown reader; and, for comparison, what the old code did with
   it (``yaml.safe_load``, then an error message quoting ``{value!r}``): time and peak RSS, each in its own
   process under an address-space limit so the old path fails instead of taking the machine down.
2. Loading every fact sheet of an archive: ``yamlsafe.load`` against plain ``yaml.load(CSafeLoader)``
   (the loader before issue 18), median of several passes over the same texts.

    .venv/bin/python benchmarks/hostile_yaml.py                      # synthetic 2,000-article archive
    .venv/bin/python benchmarks/hostile_yaml.py --archive DIR        # a real archive (e.g. an extracted BBC one)
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MEMORY_LIMIT_GB = 4


def bomb_seed(levels: int) -> str:
    names = "abcdefghijklmnopqrstuvwxyz"
    lines = ["---", "title: Council approves new bridge", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip(names[:levels - 1], names[1:levels]):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    lines += [f"author: *{names[levels - 1]}", "---", "The council met.", ""]
    return "\n".join(lines)


_CHILD = r"""
import resource, sys, time
from pathlib import Path
limit = int(sys.argv[3]) << 30
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
path, how = Path(sys.argv[1]), sys.argv[2]
start = time.perf_counter()
try:
    if how == "new":
        from factarchive.readers import SeedError, read_seed
        try:
            read_seed(path, path.parent)
        except SeedError as exc:
            message = str(exc)
    else:  # the reader before issue 18: safe_load, then the message quotes the value in full
        import yaml
        text = path.read_text("utf-8").split("---\n")[1]
        value = yaml.safe_load(text)["author"]
        message = f"front matter: field 'author' expected text, got {value!r}"
    outcome = f"error message of {len(message):,} characters"
except MemoryError:
    outcome = "MemoryError"
print(f"{time.perf_counter() - start:.2f}\t{outcome}")
"""


def measure_bomb(levels: int, how: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bomb.md"
        path.write_text(bomb_seed(levels), "utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(path), how, str(MEMORY_LIMIT_GB)], cwd=ROOT,
                              capture_output=True, text=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB; the largest child so far
        size = len(path.read_bytes())
    seconds, _, outcome = proc.stdout.strip().partition("\t")
    if proc.returncode:
        outcome = f"killed or failed (status {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}"
    rss = f"{peak / 1024:,.0f} MB" if peak > before else "(below an earlier run's peak)"
    return f"{how:>4} reader, {levels} levels ({size} bytes): {seconds or '?'} s, peak RSS {rss}, {outcome}"


def sheet_texts(archive: Path | None, articles: int) -> list[str]:
    from factarchive.archive import dump, sheet_files

    if archive is not None:
        return [p.read_text("utf-8") for p in sheet_files(archive)]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from site_pages import synthetic_archive

    return [dump(s) for s in synthetic_archive(articles)]


def time_loads(texts: list[str], passes: int) -> tuple[float, float, float, int]:
    import yaml

    from factarchive import yamlsafe

    def one(load) -> float:
        start = time.perf_counter()
        for text in texts:
            load(text)
        return time.perf_counter() - start

    plain = lambda t: yaml.load(t, Loader=yaml.CSafeLoader)  # noqa: E731 - the loader before issue 18
    # The worst case: every sheet holds an '&' or a '*' somewhere in its text, so every one gets the event check.
    checked_always = lambda t: yamlsafe.load(t + "# & *\n")  # noqa: E731
    old, new, worst = [], [], []
    for _ in range(passes):  # interleaved, so drift on a shared machine hits all three alike
        old.append(one(plain))
        new.append(one(yamlsafe.load))
        worst.append(one(checked_always))
    checked = sum(1 for t in texts if "&" in t or "*" in t)
    return statistics.median(old), statistics.median(new), statistics.median(worst), checked


def main(argv: list[str] | None = None) -> int:
    """Print the cost of the alias bomb (old and new reader) and of loading an archive's sheets."""
    p = argparse.ArgumentParser(description=main.__doc__)
    p.add_argument("--archive", type=Path, help="a real archive's sheets instead of the synthetic archive")
    p.add_argument("--articles", type=int, default=2000, help="size of the synthetic archive (default: %(default)s)")
    p.add_argument("--passes", type=int, default=5, help="load passes, median reported (default: %(default)s)")
    p.add_argument("--old-levels", type=int, default=8, help="bomb levels for the old reader (9 took 9.3 GB; default: %(default)s)")
    args = p.parse_args(argv)

    print(f"alias bomb (each child limited to {MEMORY_LIMIT_GB} GB of address space):")
    for levels, how in ((9, "new"), (12, "new"), (args.old_levels - 1, "old"), (args.old_levels, "old")):  # new first: peak RSS is a running max
        print("  " + measure_bomb(levels, how))

    texts = sheet_texts(args.archive, args.articles)
    old, new, worst, checked = time_loads(texts, args.passes)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"loading {len(texts):,} fact sheets ({mb:.1f} MB; {checked:,} hold '&' or '*' and get the event check), "
          f"median of {args.passes} passes:")
    print(f"  yaml.load(CSafeLoader) {old:.2f} s, yamlsafe.load {new:.2f} s ({(new / old - 1) * 100:+.1f} %), "
          f"yamlsafe.load with the event check on every sheet {worst:.2f} s ({(worst / old - 1) * 100:+.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
