"""Rates: what one value of a figure is per ("$1,300 a week": per week). Being written."""

from __future__ import annotations

from typing import Optional


def rate_per(doc, start: int, end: int, unit: Optional[str], counts: Optional[str]) -> Optional[str]:
    """What one value of the figure at ``start:end`` is per, or None."""
    return None
