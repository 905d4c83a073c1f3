"""Small pure helpers every page uses: a number as a page prints it, a long list cut into pages, a pager.

Split out of render.py so that the page modules (render, figure_pages) share them without importing each other.
"""

from __future__ import annotations

from typing import Any, Optional

PAGER_WINDOW = 2  # page links either side of the current one
DECIMALS = 3  # a figure shows at most this many decimals (1/3 -> "0.333"); below 1, this many significant digits




def format_number(value: Any) -> str:
    """2980 -> "2,980"; 1.50 -> "1.5"; 1/3 -> "0.333"; 0.000123456 -> "0.000123"."""
    if isinstance(value, float) and not value.is_integer():
        if abs(value) >= 1:
            text = f"{value:,.{DECIMALS}f}"
        else:  # keep DECIMALS significant digits of a small fraction, not only its leading zeros
            text = f"{float(f'{value:.{DECIMALS}g}'):.{DECIMALS + 12}f}"
        return text.rstrip("0").rstrip(".")
    return f"{int(value):,}"


def pager(paths: list[str], current: int) -> list[tuple[Any, Optional[str], bool]]:
    """(label, path or None for a gap, is current) for a line of page links: first, last and a window around ``current``."""
    shown = {1, len(paths)} | set(range(max(1, current - PAGER_WINDOW), min(len(paths), current + PAGER_WINDOW) + 1))
    out: list[tuple[Any, Optional[str], bool]] = []
    for n in range(1, len(paths) + 1):
        if n in shown:
            out.append((n, paths[n - 1], n == current))
        elif out and out[-1][1] is not None:
            out.append(("…", None, False))
    return out


def chunks(items: list, first: int, rest: int) -> list[list]:
    """``items`` cut into pages: ``first`` on page 1, then ``rest`` each; always at least one page."""
    pages = [items[:first]]
    pages += [items[i:i + rest] for i in range(first, len(items), rest)]
    return pages
