"""The same article under two names: by bytes, by URL, by headline and text.

A newsroom's folders hold copies (the BBC corpus: 98 byte-identical files and
two stories saved twice); each is extracted once and the copy is a notice
naming both files, never an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import yaml

from .. import archive as archive_mod
from .. import yamlsafe
from ..archive import KnownSheet
from ..readers import SeedError, read_seed
from ..readers.common import content_hash


def _normal_url(url: Optional[str]) -> Optional[str]:
    """The URL that names an article, or None: a site's root (a template's og:url) names no article."""
    if not url:
        return None
    url = url.strip().split("#", 1)[0].rstrip("/")
    return url if urlsplit(url).path.strip("/") else None


def _text_key(title: str, paragraphs) -> str:
    """The headline and body with whitespace normalised, hashed: equal for the same article under two names."""
    return content_hash(" ".join(" ".join((title, *paragraphs)).split()).encode("utf-8"))


class SeenArticles:
    """The articles already taken, by bytes, URL and text, to recognise the same one under another name.

    An up-to-date seed is not parsed, so its URL and headline are read from the
    extractor's own copy of its sheet (only once a new article is there to
    compare), and the seed itself is read again only when a headline matches.
    """

    def __init__(self, seeds: Path, archive: Path):
        self.seeds, self.archive = seeds, archive
        self.by_hash: dict[str, str] = {}
        self.by_url: dict[str, str] = {}
        self.by_text: dict[str, str] = {}
        self.priors: list[KnownSheet] = []  # up-to-date seeds, not parsed
        self.prior_titles: Optional[dict[str, list[KnownSheet]]] = None

    def add_prior(self, prior: KnownSheet) -> None:
        self.by_hash.setdefault(prior.content_hash, prior.seed)
        self.priors.append(prior)

    def add(self, article) -> None:
        self.by_hash.setdefault(article.content_hash, article.seed)
        if (url := _normal_url(article.url)) is not None:
            self.by_url.setdefault(url, article.seed)
        self.by_text.setdefault(_text_key(article.title, article.paragraphs), article.seed)

    def _load_priors(self) -> None:
        self.prior_titles = {}
        for prior in self.priors:
            try:
                data = yamlsafe.load(archive_mod.machine_path(self.archive, prior.id).read_text("utf-8"))
                title, url = data.get("title") or "", data.get("url")
            except (OSError, UnicodeDecodeError, ValueError, AttributeError, yaml.YAMLError):
                continue  # no machine copy to compare with: the bytes are still compared
            if (url := _normal_url(url)) is not None:
                self.by_url.setdefault(url, prior.seed)
            self.prior_titles.setdefault(" ".join(str(title).split()), []).append(prior)

    def _read_priors_titled(self, title: str) -> None:
        if self.prior_titles is None:
            self._load_priors()
        for prior in self.prior_titles.pop(" ".join(title.split()), ()):
            try:
                self.add(read_seed(self.seeds / prior.seed, self.seeds))
            except (SeedError, OSError):
                continue

    def same_as(self, article) -> Optional[str]:
        """A notice naming the seed already taken that holds this article, or None."""
        if self.priors:
            self._read_priors_titled(article.title)
        path = self.seeds / article.seed
        if (other := self.by_hash.get(article.content_hash)) is not None:
            return f"{path}: same bytes as {self.seeds / other}; extracted once, from {self.seeds / other}"
        url = _normal_url(article.url)
        if url is not None and (other := self.by_url.get(url)) is not None:
            return (f"{path}: same article as {self.seeds / other} (same URL, {url}); "
                    f"extracted once, from {self.seeds / other}")
        if (other := self.by_text.get(_text_key(article.title, article.paragraphs))) is not None:
            return (f"{path}: same article as {self.seeds / other} (same headline and text); "
                    f"extracted once, from {self.seeds / other}")
        return None
