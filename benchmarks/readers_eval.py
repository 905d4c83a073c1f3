"""How well the HTML reader reads real article pages: headline, date, byline, captions, body text.

Run from the repository root::

    .venv/bin/python benchmarks/readers_eval.py [--corpus ../shared/corpus] [--show-misses]

Two test sets from ``../shared/corpus/html`` (third-party pages, not in the repository):

* ``newspaper4k-0.9.6``: the English pages that have expected metadata (``metadata/*.json``:
  ``title``, ``publish_date``) and expected text (``txt/*.txt``); the non-English ones are
  counted separately: the reader must refuse them.
* ``scrapinghub_aeb``: the 100 English news pages of ``SELECTED_english_news.txt``, with the
  article body of ``ground-truth.json``. That benchmark has no headline or date labels, so the
  headline and date are compared with what the page itself declares (``MANIFEST.tsv``: its
  og:title or ``<title>``, cut at 90 characters, and its published date), marked "declared";
  a declared title that is the headline plus " | Site name" counts as agreeing.

A third, ``trafilatura-0.9.3``: the English pages of trafilatura's test cache whose author,
title or date trafilatura's own test suite asserts (``tests/metadata_tests.py::test_pages`` of
adbar/trafilatura, copied into ``TRAFILATURA_GOLD`` below: names and titles only).

Prints, per set: headline exact-match accuracy, publication-date accuracy (exact YYYY-MM-DD
and within a day, over pages that have one), byline accuracy (the people of
``Article.authors`` equal the expected authors, order and case aside; a page with none
expected must give none), mean body token F1, where the dates came from
(``Article.published_source``), and pages read per second.

Bylines: scrapinghub's ground truth has no authors (``articleBody`` and ``url`` only), so the
byline gold is newspaper4k's ``authors`` and trafilatura's test suite. newspaper4k's are its own
regression output, not checked by a person: on 6 of its 13 English pages they are not the people
the page credits (an editor from a meta tag, a desk, a site name, a Facebook address, the
authors of the linked stories). Those pages are scored twice: "as labelled", and "checked"
against ``NEWSPAPER4K_CHECKED``, which gives for each the credit the page prints and why.

Headlines: newspaper4k's expected title and scrapinghub's declared one are what the page
*declares* (``<title>``/og:title), which often differs from the headline it prints. So a second
figure, "title or printed", also accepts one of the page's own ``<h1>`` texts that shares most
of its words with the declared title (issue 17: the printed headline is what a reader cites).

Captions (``--captions``, all three sets plus ``wire/agency_html``): precision on the pages that
have teasers, i.e. a ``<figure>``/``<img>`` inside a link to another page. A caption the reader
returns is counted wrong when its text is the alt text or caption of such a linked figure, or
the text of a link: that is a teaser for another story, not what a photo of this one shows.

Body table (``--body-table``): every page's body token F1 and the words the reader kept, to compare two
versions of the reader page by page. Audit (``--audit NEW.json [--audit-against OLD.json]``): every saved
page under ``html/`` (all three sets and the rest) through the reader; with an earlier audit, the refusals,
dates and other-stories lists that changed and the bodies that changed, largest change in words first.

Exits 0 and says so when the corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factarchive.readers.common import SeedError  # noqa: E402
from factarchive.readers import html_page  # noqa: E402
from factarchive.readers.html_page import read_html  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter:
    """Lower-cased word tokens, as a multiset."""
    return Counter(TOKEN.findall(text.casefold()))


def token_f1(got: str, expected: str) -> float:
    """F1 of the word-token multisets of two texts (1.0 = same words, same counts)."""
    a, b = tokens(got), tokens(expected)
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


SITE_SUFFIX = re.compile(r"^\s*(?:[|–—:-]|--)\s")


def same_title(got: str, expected: str, cut: int | None = None, site_suffix: bool = False) -> bool:
    """Exact match after collapsing whitespace (and cutting both to ``cut`` characters).

    With ``site_suffix``, a declared title may also be the headline plus the
    site's name ("Headline | ZDNet"): what a page's ``<title>`` says.
    """
    got, expected = " ".join(got.split()), " ".join(expected.split())
    if cut:
        got, expected = got[:cut], expected[:cut]
    if got == expected:
        return True
    return site_suffix and expected.startswith(got) and SITE_SUFFIX.match(expected[len(got):]) is not None


def within_a_day(got: str | None, expected: str) -> bool:
    """True if ``got`` (YYYY-MM-DD) is ``expected``'s day or the day before or after (time zones)."""
    from datetime import date

    if not got:
        return False
    try:
        return abs((date.fromisoformat(got[:10]) - date.fromisoformat(expected[:10])).days) <= 1
    except ValueError:
        return False


def page_tree(path: Path):
    """The page as lxml parses it (gzipped or not), for the checks that look at its markup."""
    import gzip

    import lxml.html

    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    text = data.decode("utf-8", "replace")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return lxml.html.fromstring(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text))


def printed_headlines(tree) -> list[str]:
    """The texts of the page's ``<h1>`` headings."""
    return [" ".join(" ".join(h.itertext()).split()) for h in tree.iter("h1")]


def shares_words(a: str, b: str, share: float = 0.6) -> bool:
    """True if two titles share at least ``share`` of the shorter one's words."""
    wa, wb = set(TOKEN.findall(a.casefold())), set(TOKEN.findall(b.casefold()))
    return bool(wa and wb) and len(wa & wb) >= share * min(len(wa), len(wb))


def declared_titles(tree) -> set[str]:
    """Every headline the page declares: og:title, twitter:title, JSON-LD ``headline`` and ``<title>``, each also without a " | Site" suffix."""
    found = [m.get("content") or "" for m in tree.xpath("//meta[@property='og:title' or @name='twitter:title' "
                                                         "or @property='twitter:title']")]
    found += [" ".join(t.itertext()) for t in tree.xpath("//head/title")]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        found += [json.loads(f'"{h}"') for h in re.findall(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"', script)]
    titles = set()
    for title in found:
        title = " ".join(title.split())
        titles.add(title)
        titles.add(re.split(r"\s+(?:[|–—-]|--)\s+(?=[^|–—-]*$)", title)[0])
    return {t for t in titles if t}


def title_or_printed(got: str, declared: str, tree) -> bool:
    """The declared title, or one of the page's ``<h1>`` texts that is a printing of it or that the page declares too.

    An ``<h1>`` that is also the page's og:title, JSON-LD headline or ``<title>`` (the BBC's, whose og:title is a
    shorter social-media line) is the printed headline; one that agrees with none is a logo or a box heading.
    """
    got = " ".join(got.split())
    return same_title(got, declared, site_suffix=True) or any(
        got == h and (shares_words(h, declared) or h in declared_titles(tree)) for h in printed_headlines(tree))


def same_authors(got: tuple[str, ...] | list[str], expected: list[str]) -> bool:
    """The reader's authors are exactly the expected people (order and case aside)."""
    return {n.strip().casefold() for n in got} == {n.strip().casefold() for n in expected}


# newspaper4k's expected authors that are not the people the page credits, checked by reading each page.
NEWSPAPER4K_CHECKED = {
    "article_with_divs.html": ([], "the post author printed is 'LinkNaija', the site's own name: no person"),
    "cnn_002.html": (["Jeremy Herb", "Lauren del Valle", "Kara Scannell"],
                     "printed 'By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN'; Douglas Wood is only the meta author tag"),
    "fox13now_001.html": (["Leigh Ann Caldwell"], "the header's 'By: CNN Wire' is the agency; the story opens 'By Leigh Ann Caldwell', CNN"),
    "video_article_01.html": ([], "'National Desk', 'Print', 'on December', ...: a desk and the date line, no person"),
    "wired_001.html": (["Tom Bennett"], "the nine other names are the bylines of the linked stories"),
    "yna_co_kr.html": ([], "'www.facebook.com' is the article:author tag's Facebook address"),
}

# trafilatura's test suite (adbar/trafilatura tests/metadata_tests.py, test_pages) on the pages of its cache held in
# the corpus: the author it asserts (None where it asserts none), the title it asserts and the date where it asserts one.
TRAFILATURA_GOLD = {
    "boingboing.net.millenials.html": (["Cory Doctorow"], "Hating Millennials - the prejudice you're allowed to boast about", None),
    "nationalgeographic.co.uk.goats.html": (["Michael Hingston"], "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.", None),
    "nature.com.telescope.html": (["Elizabeth Gibney"], "Gigantic Chinese telescope opens to astronomers worldwide", None),
    "phys.org.tool.html": (["Bob Yirka"], "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking", None),
    "reuters.com.parasite.html": (["Jill Serjeant"], "'Parasite' scores historic upset at SAG awards, boosting Oscar chances", "2020-01-20"),
    "salon.com.emissions.html": (["Nathanael Johnson"], "Despite everything, U.S. emissions dipped in 2019", None),
    "scmp.com.playbook.html": (["Alice Wu"], "Carrie Lam should study Tsai Ing-wen’s playbook", None),
    "theguardian.com.academics.html": (["Richard Adams"], "Thousands of UK academics 'treated as second-class citizens'", None),
    # trafilatura asserts the author 'Wikimedia Foundation': an organisation, so no person.
    "wikimediafoundation.org.turkey.html": ([], "Access to Wikipedia restored in Turkey after more than two and a half years", None),
}


@dataclass
class Score:
    """Running totals for one test set."""

    name: str
    pages: int = 0
    titles: int = 0
    printed: int = 0
    dated: int = 0
    dates: int = 0
    near_dates: int = 0
    bylined: int = 0
    bylines: int = 0
    checked_bylines: int = 0
    with_authors: int = 0
    sources: Counter = field(default_factory=Counter)
    credits: list[str] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    bodies: list[tuple[str, float, int]] = field(default_factory=list)  # (page, body token F1, words read) per page
    refused: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def report(self, title_label: str = "title", date_label: str = "date") -> str:
        mean_f1 = sum(self.f1) / len(self.f1) if self.f1 else 0.0
        lines = [
            f"{self.name}: {self.pages} pages, {self.pages / self.seconds:.1f} pages/s" if self.seconds else self.name,
            f"  {title_label} exact: {self.titles}/{self.pages} = {self.titles / max(self.pages, 1):.1%}",
            f"  {title_label} or printed <h1>: {self.printed}/{self.pages} = {self.printed / max(self.pages, 1):.1%}",
            f"  {date_label} exact:  {self.dates}/{self.dated} = {self.dates / max(self.dated, 1):.1%} (pages with a date)",
            f"  {date_label} within a day: {self.near_dates}/{self.dated} = {self.near_dates / max(self.dated, 1):.1%}",
        ]
        if self.bylined:
            lines.append(f"  byline (author set): {self.bylines}/{self.bylined} = {self.bylines / self.bylined:.1%}")
            if self.checked_bylines != self.bylines:
                lines.append(f"  byline, labels checked: {self.checked_bylines}/{self.bylined} = "
                             f"{self.checked_bylines / self.bylined:.1%}")
        if self.f1:
            lines.append(f"  body token F1 (mean): {mean_f1:.3f}   (min {min(self.f1):.3f})")
        if self.sources:
            lines.append("  date from: " + ", ".join(f"{k} {v}" for k, v in self.sources.most_common()))
        if not self.bylined and self.credits:
            lines.append(f"  pages naming a person: {self.with_authors}/{len(self.credits)} "
                         "(no author gold in this set: review them with --list-bylines)")
        if self.refused:
            lines.append(f"  refused ({len(self.refused)}): " + "; ".join(self.refused))
        return "\n".join(lines)

    def body_table(self) -> str:
        """Every page's body token F1 and the words the reader kept, one line a page (``--body-table``)."""
        return "\n".join(f"    body {name}\t{f1:.3f}\t{words}" for name, f1, words in self.bodies)


def read(path: Path):
    """The reader's Article for a page, or the SeedError it raised."""
    try:
        return read_html(path, path.name)
    except SeedError as exc:
        return exc


def eval_newspaper4k(folder: Path, score: Score, refused_foreign: list[str]) -> None:
    """Score the English pages with expected metadata and text; check the others are refused."""
    for meta_path in sorted((folder / "metadata").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        page = folder / "html" / f"{meta_path.stem}.html"
        expected_text = folder / "txt" / f"{meta_path.stem}.txt"
        if not page.exists():
            continue
        started = time.perf_counter()
        article = read(page)
        score.seconds += time.perf_counter() - started
        if meta.get("language", "en") != "en":  # video_article_01 has no language key: a cleveland.com page
            if isinstance(article, SeedError) and "only English" in article.problem:
                refused_foreign.append(page.name)
            else:
                score.misses.append(f"{page.name}: {meta.get('language')} page not refused")
            continue
        score.pages += 1
        if isinstance(article, SeedError):
            score.refused.append(str(article.problem)[:80] + f" ({page.name})")
            score.f1.append(0.0)
            score.bodies.append((page.name, 0.0, 0))
            score.dated += bool(meta.get("publish_date"))
            continue
        printed = title_or_printed(article.title, meta["title"], page_tree(page))
        score.printed += printed
        if same_title(article.title, meta["title"]):
            score.titles += 1
        else:
            kind = "printed <h1>, declared title differs" if printed else "miss"
            score.misses.append(f"{page.name}: title {article.title!r} expected {meta['title']!r} ({kind})")
        if meta.get("publish_date"):
            score.dated += 1
            score.dates += article.published == meta["publish_date"][:10]
            if within_a_day(article.published, meta["publish_date"]):
                score.near_dates += 1
            else:
                score.misses.append(f"{page.name}: date {article.published!r} expected {meta['publish_date'][:10]!r}")
        score.sources[article.published_source or "none"] += 1
        score.bylined += 1
        labelled = meta.get("authors") or []
        checked = NEWSPAPER4K_CHECKED.get(page.name, (labelled, ""))[0]
        score.bylines += same_authors(article.authors, labelled)
        if same_authors(article.authors, checked):
            score.checked_bylines += 1
        else:
            score.misses.append(f"{page.name}: authors {list(article.authors)!r} (byline {article.byline!r}) expected {checked!r}")
        if expected_text.exists():
            f1 = token_f1("\n".join(article.paragraphs), expected_text.read_text(encoding="utf-8"))
            score.f1.append(f1)
            score.bodies.append((page.name, f1, sum(len(p.split()) for p in article.paragraphs)))
            if f1 < 0.9:
                score.misses.append(f"{page.name}: body F1 {f1:.3f}")


def eval_scrapinghub(folder: Path, score: Score) -> None:
    """Score the 100 selected English news pages: body against ground truth, headline and date against the page's own."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        manifest = {row["path"]: row for row in csv.DictReader(handle, delimiter="\t")}
    for line in (folder / "SELECTED_english_news.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rel = line.split("\t")[0]
        page = folder / rel
        key = Path(rel).name.split(".")[0]
        row = manifest.get(rel, {})
        started = time.perf_counter()
        article = read(page)
        score.seconds += time.perf_counter() - started
        score.pages += 1
        declared_date = (row.get("published") or "-")[:10]
        has_date = re.match(r"\d{4}-\d{2}-\d{2}$", declared_date) is not None
        score.dated += has_date
        if isinstance(article, SeedError):
            score.refused.append(str(article.problem)[:80] + f" ({key[:8]})")
            score.f1.append(0.0)
            score.bodies.append((key[:8], 0.0, 0))
            continue
        score.with_authors += bool(article.authors)
        score.credits.append(f"{key[:8]}: authors {list(article.authors)!r}, byline {article.byline!r}, "
                             f"date {article.published} ({article.published_source}) {row.get('url', '')[:70]}")
        declared_title = row.get("title") if row.get("title") not in (None, "", "-") else None
        if declared_title and same_title(article.title, declared_title, cut=len(declared_title), site_suffix=True):
            score.titles += 1
            score.printed += 1
        elif declared_title and title_or_printed(article.title, declared_title, page_tree(page)):
            score.printed += 1
        else:
            score.misses.append(f"{key[:8]}: title {article.title!r} page says {row.get('title')!r}")
        score.sources[article.published_source or "none"] += 1
        if has_date:
            score.dates += article.published == declared_date
            if within_a_day(article.published, declared_date):
                score.near_dates += 1
            else:
                score.misses.append(f"{key[:8]}: date {article.published!r} page says {declared_date!r}")
        f1 = token_f1("\n".join(article.paragraphs), truth[key]["articleBody"])
        score.f1.append(f1)
        score.bodies.append((key[:8], f1, sum(len(p.split()) for p in article.paragraphs)))
        if f1 < 0.9:
            score.misses.append(f"{key[:8]}: body F1 {f1:.3f} ({row.get('url', '')})")


def eval_trafilatura(folder: Path, score: Score) -> None:
    """Score the pages whose author, title and date trafilatura's test suite asserts."""
    for name, (authors, title, published) in sorted(TRAFILATURA_GOLD.items()):
        page = folder / "tests" / "cache" / name
        if not page.exists():
            continue
        started = time.perf_counter()
        article = read(page)
        score.seconds += time.perf_counter() - started
        score.pages += 1
        score.dated += published is not None
        score.bylined += 1
        if isinstance(article, SeedError):
            score.refused.append(str(article.problem)[:80] + f" ({name})")
            continue
        score.sources[article.published_source or "none"] += 1
        if same_title(article.title, title):
            score.titles += 1
            score.printed += 1
        elif title_or_printed(article.title, title, page_tree(page)):
            score.printed += 1
        else:
            score.misses.append(f"{name}: title {article.title!r} expected {title!r}")
        if published:
            score.dates += article.published == published
            if within_a_day(article.published, published):
                score.near_dates += 1
            else:
                score.misses.append(f"{name}: date {article.published!r} expected {published!r}")
        if same_authors(article.authors, authors):
            score.bylines += 1
            score.checked_bylines += 1
        else:
            score.misses.append(f"{name}: authors {list(article.authors)!r} (byline {article.byline!r}) expected {authors!r}")


# Links that open the page's own pictures (a lightbox, the photo file, the photo desk's copy): not other stories.
OWN_PICTURE_LINK = re.compile(r"^(?:#|javascript:)|\.(?:jpe?g|png|gif|webp)(?:\?|#|$)|/photos?/", re.I)


def teaser_texts(tree, strict: bool = False) -> set[str]:
    """Texts that belong to other stories: linked figures' alt text and captions, and link texts.

    ``strict`` leaves out links that open the page's own pictures (``OWN_PICTURE_LINK``, or a gallery under the
    story's own id or slug, as AP's pages link their photos).
    """
    found = set()
    canonical = tree.xpath("string(//link[@rel='canonical']/@href | //meta[@property='og:url']/@content)")
    own_ids = [part for part in re.split(r"[/?#=&.]", canonical) if len(part) >= 16]  # the story's id or slug
    for link in tree.xpath("//a[@href]"):
        href = link.get("href").strip()
        if strict and (OWN_PICTURE_LINK.search(href) or any(i in href for i in own_ids)):
            continue
        found.add(" ".join(" ".join(link.itertext()).split()))
        for img in link.xpath(".//img[@alt]"):
            found.add(" ".join(img.get("alt").split()))
    return {t for t in found if len(t.split()) >= 3}


def is_teaser(text: str, teasers: set[str], strict: bool = False) -> bool:
    """A caption that is a teaser's text, or (loose) any part of one; strict: a part of three words or more."""
    if text in teasers:
        return True
    if strict and len(text.split()) < 3:
        return False
    return any(text and text in t for t in teasers)


def _folded_start(text: str, chars: int = 30) -> str:
    return " ".join(TOKEN.findall(text.casefold()))[:chars]


def eval_captions(pages: list[Path], show_misses: bool, first_figcaptions: dict[Path, str]) -> str:
    """Caption precision on the pages that have teasers (figures inside links), and recall of each page's first figcaption.

    Precision, loose (as before issue 17): a caption that is a link's text or inside one is a teaser. Strict: links
    that open the page's own pictures are not teasers, and a caption of one or two words must equal a teaser's text.

    Recall: pages whose ``MANIFEST.tsv`` lists a first ``<figcaption>`` inside the page's ``<article>``/``<main>``.
    Counted twice:

    * every such figcaption, as printed: recalled when one of the reader's captions starts (first 30 characters of
      words) inside its text. Credits print first on some sites;
    * only the figcaptions that are a caption: the reader's own test,
      :func:`factarchive.readers.page_captions.figure_caption` (imported, not copied), on the figure that holds it.
      A figcaption that is only a credit ("Photo: Getty Images", "Courtesy Google"), a subscription prompt or a
      gallery label is no caption and not counted; a credit-only figcaption whose picture has alt text is that alt
      text, credited (what the reader returns). Recalled when the reader returns that caption's text.
    """
    from factarchive.readers.page_captions import figure_caption

    kept = wrong = strict_wrong = teaser_pages = 0
    misses = []
    recalled = recall_pages = 0
    own_recalled = own_pages = 0
    not_captions = []
    for path in pages:
        tree = page_tree(path)
        has_teasers = bool(tree.xpath("//a[@href]//img[@alt!=''] | //a[@href]//figure"))
        first = first_figcaptions.get(path)
        first_element = tree.xpath("(//figcaption)[1]")
        in_article = bool(first and first_element and first_element[0].xpath(
            "ancestor::article | ancestor::main | ancestor::*[@itemprop='articleBody']"))
        if not has_teasers and not in_article:
            continue
        article = read(path)
        if isinstance(article, SeedError):
            continue
        if in_article:
            recall_pages += 1
            own = [_folded_start(c.text) for c in article.captions]
            if any(o and o in " ".join(TOKEN.findall(first.casefold())) for o in own):
                recalled += 1
            holder = next((a for a in first_element[0].iterancestors("figure")), first_element[0])
            expected = figure_caption(holder)
            if expected is None:
                not_captions.append(f"{path.name[:24]}: {first[:60]!r}")
            else:
                own_pages += 1
                if any(" ".join(c.text.split()) == " ".join(expected.text.split()) for c in article.captions):
                    own_recalled += 1
                else:
                    misses.append(f"{path.name[:24]}: first figcaption's caption missed: {expected.text[:70]!r}")
        if not has_teasers:
            continue
        teaser_pages += 1
        teasers, strict_teasers = teaser_texts(tree), teaser_texts(tree, strict=True)
        for caption in article.captions:
            kept += 1
            wrong += is_teaser(caption.text, teasers)
            if is_teaser(caption.text, strict_teasers, strict=True):
                strict_wrong += 1
                misses.append(f"{path.name[:24]}: teaser taken as a caption: {caption.text[:70]!r}")
    lines = [f"captions on {teaser_pages} pages with teasers (figures inside links): {kept} kept, {wrong} teasers; "
             f"precision {(kept - wrong) / kept if kept else 1.0:.1%}",
             f"  strict (own-picture links and 1-2-word substrings are no teasers): {strict_wrong} teasers; "
             f"precision {(kept - strict_wrong) / kept if kept else 1.0:.1%}",
             f"  recall of the first <figcaption> in the article, every one as printed: {recalled}/{recall_pages} = "
             f"{recalled / recall_pages if recall_pages else 1.0:.1%}",
             f"  recall of the first <figcaption> in the article that is a caption (page_captions.figure_caption): "
             f"{own_recalled}/{own_pages} = {own_recalled / own_pages if own_pages else 1.0:.1%}; "
             f"not counted, no caption by the reader's test ({len(not_captions)}): " + "; ".join(not_captions)]
    if show_misses:
        lines += ["    " + m for m in misses]
    return "\n".join(lines)


def first_figcaptions(folder: Path) -> dict[Path, str]:
    """Each page's first ``<figcaption>`` text, from a corpus folder's ``MANIFEST.tsv`` ("-" where it has none)."""
    manifest = folder / "MANIFEST.tsv"
    if not manifest.exists():
        return {}
    with open(manifest, encoding="utf-8", newline="") as handle:
        return {folder / row["path"]: row["first_figcaption"] for row in csv.DictReader(handle, delimiter="\t")
                if row.get("first_figcaption") not in (None, "", "-")}


def audit_pages(folder: Path) -> dict[str, dict]:
    """Every saved page under ``folder`` through the reader: its body, other stories, date and date witness, or its refusal.

    Keyed by the page's path under ``folder``; written by ``--audit`` to compare two versions of the reader.
    """
    found: dict[str, dict] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or not path.name.lower().endswith((".html", ".htm", ".html.gz")):
            continue
        article = read(path)
        key = path.relative_to(folder).as_posix()
        if isinstance(article, SeedError):
            found[key] = {"refused": article.problem}
        else:
            found[key] = {"paragraphs": list(article.paragraphs), "related": list(article.related),
                          "published": article.published, "published_source": article.published_source}
    return found


def audit_changes(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """What changed between two audits: refusals, dates, other stories, and bodies by their change in words, largest first."""
    lines, bodies = [], []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, {}), after.get(key, {})
        if "refused" in old or "refused" in new:
            if old.get("refused") != new.get("refused"):
                lines.append(f"refused {key}: {old.get('refused')!r} -> {new.get('refused')!r}")
            continue
        for name in ("published", "published_source"):
            if old.get(name) != new.get(name):
                lines.append(f"{name} {key}: {old.get(name)} -> {new.get(name)}")
        if old.get("related") != new.get("related"):
            lines.append(f"related {key}: {len(old.get('related', []))} -> {len(new.get('related', []))} lines")
        if old.get("paragraphs") != new.get("paragraphs"):
            words = [sum(len(p.split()) for p in side.get("paragraphs", [])) for side in (old, new)]
            bodies.append((words[1] - words[0], words[0], words[1], key))
    bodies.sort(key=lambda row: (-abs(row[0]), row[3]))
    lines.append(f"{len(bodies)} bodies changed")
    lines += [f"{change:+7d} words ({was} -> {now}) {key}" for change, was, now, key in bodies]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: .venv/bin/python benchmarks/readers_eval.py --show-misses")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared corpus folder")
    parser.add_argument("--show-misses", action="store_true", help="list every page that missed, and why")
    parser.add_argument("--captions", action="store_true", help="also measure caption precision on pages with teasers")
    parser.add_argument("--audit", type=Path, metavar="JSON",
                        help="read every saved page under the corpus's html/ folder and write what the reader made of "
                             "it to JSON; with --audit-against, list what changed since an earlier audit")
    parser.add_argument("--audit-against", type=Path, metavar="JSON", help="an earlier --audit file to compare with")
    parser.add_argument("--body-table", action="store_true",
                        help="list every page's body token F1 and the words read (to compare two versions of the reader)")
    parser.add_argument("--list-bylines", action="store_true",
                        help="list every scrapinghub page's authors, credit and date source, for review by hand")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=true|false",
                        help="override one of the reader's trafilatura options, to compare (favor_recall=true)")
    args = parser.parse_args(argv)
    for option in args.option:
        name, _, value = option.partition("=")
        if name not in html_page.EXTRACT_OPTIONS:
            parser.error(f"--option {option}: expected one of {', '.join(sorted(html_page.EXTRACT_OPTIONS))}")
        html_page.EXTRACT_OPTIONS[name] = value.lower() in ("1", "true", "yes")
    print("trafilatura options:", ", ".join(f"{k}={v}" for k, v in sorted(html_page.EXTRACT_OPTIONS.items())))
    html = args.corpus / "html"
    if args.audit:
        if not html.is_dir():
            print(f"skipped: no corpus at {html}")
            return 0
        started = time.perf_counter()
        pages = audit_pages(html)
        args.audit.write_text(json.dumps(pages, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"audit: {len(pages)} pages in {time.perf_counter() - started:.1f} s -> {args.audit}")
        if args.audit_against:
            print("\n".join(audit_changes(json.loads(args.audit_against.read_text(encoding="utf-8")), pages)))
        return 0
    n4k, aeb = html / "newspaper4k-0.9.6", html / "scrapinghub_aeb"
    if not n4k.is_dir() and not aeb.is_dir():
        print(f"skipped: no corpus at {html} (newspaper4k-0.9.6, scrapinghub_aeb)")
        return 0
    if n4k.is_dir():
        score, foreign = Score("newspaper4k-0.9.6 (English pages with expected metadata)"), []
        eval_newspaper4k(n4k, score, foreign)
        print(score.report())
        print(f"  non-English pages refused: {len(foreign)} ({', '.join(foreign)})")
        if args.body_table:
            print(score.body_table())
        if args.show_misses:
            print("\n".join("    " + m for m in score.misses))
    else:
        print(f"skipped: {n4k} is absent")
    if aeb.is_dir():
        score = Score("scrapinghub_aeb (SELECTED_english_news.txt)")
        eval_scrapinghub(aeb, score)
        print(score.report(title_label="title (declared)", date_label="date (declared)"))
        if args.body_table:
            print(score.body_table())
        if args.show_misses:
            print("\n".join("    " + m for m in score.misses))
        if args.list_bylines:
            print("\n".join("    " + c for c in score.credits))
    else:
        print(f"skipped: {aeb} is absent")
    traf = html / "trafilatura-0.9.3"
    if traf.is_dir():
        score = Score("trafilatura-0.9.3 (pages with authors asserted by trafilatura's tests)")
        eval_trafilatura(traf, score)
        print(score.report())
        if args.show_misses:
            print("\n".join("    " + m for m in score.misses))
    if args.captions:
        pages = sorted((n4k / "html").glob("*.html")) if n4k.is_dir() else []
        if aeb.is_dir():
            pages += [aeb / line.split("\t")[0] for line in (aeb / "SELECTED_english_news.txt").read_text().splitlines() if line.strip()]
        pages += sorted((args.corpus / "wire" / "agency_html").glob("*.html"))
        firsts = {}
        for folder in (n4k, aeb, traf, args.corpus / "wire" / "agency_html"):
            firsts.update(first_figcaptions(folder))
        if traf.is_dir():
            pages += sorted((traf / "tests" / "cache").glob("*.html"))
        print(eval_captions(pages, args.show_misses, firsts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
