"""A person's age where the article states it ("Jane Doe, 63,", "a 63-year-old", "aged 63"): ``Actor.age``.

(Being written; the stage ``ages`` in ``versions.py`` hashes this file.)
"""

from __future__ import annotations
