"""Ages and rates on the pages (Actor.age, Figure.per): a person's age beside their name on the article that
states it, an age per article on their entity page, and a rate's value read with what it is per, never as a total."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from factarchive.model import Actor, Extractor, FactSheet, Figure
from factarchive.site import render, urls
from factarchive.site.catalog import gather

EXTRACTOR = Extractor(version="test", model="none", stages=(("test", "1"),))
SAID = "Jane Doe, 63, earns $1,300 a week."


def _sheet(sheet_id: str, published: str, age: Optional[int], per: str = "week") -> FactSheet:
    return FactSheet(
        id=sheet_id, title=f"Pay story {sheet_id}", seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
        outlet="Test Wire", published=published,
        actors=(Actor(id="jane-doe", name="Jane Doe", kind="person", age=age, mentions=1, evidence=(SAID,)),
                Actor(id="acme", name="Acme", kind="organization", mentions=1, evidence=("Acme pays.",))),
        figures=(Figure(id="f-1", value=1300, text="$1,300", unit="USD", per=per, counts="pay", evidence=(SAID,)),
                 Figure(id="f-2", value=40, text="40", counts="workers", evidence=("Acme has 40 workers.",))))


def _lines(page: str, start: str) -> list[str]:
    return [line for line in page.splitlines() if line.startswith(start)]


def test_article_page_gives_the_age_beside_the_name_and_the_rate_with_what_it_is_per():
    catalog = gather([_sheet("a", "2020-03-01", 63), _sheet("b", "2021-03-01", None)])
    files = render.build_pages(catalog).files
    # The series' pages, as the catalog keys them.
    pay, workers = (urls.series(catalog.figure_series[("a", f)]) for f in ("f-1", "f-2"))
    assert _lines(files["articles/2c/a.md"], "| <a id=") == [
        '| <a id="actor-jane-doe"></a>[Jane Doe](../../entities/18/jane-doe.md), 63 | person |  | 1 |',
        '| <a id="actor-acme"></a>[Acme](../../entities/af/acme.md) | organisation |  | 1 |',
        f'| <a id="f-1"></a>**1,300** USD per week | pay ([in 2 articles over time](../../{pay})) '
        '| $1,300 |  | Jane Doe, 63, earns $1,300 a week. |',
        f'| <a id="f-2"></a>**40** | workers ([in 2 articles over time](../../{workers})) | 40 |  '
        '| Acme has 40 workers. |',
    ]
    # The article that states no age shows none.
    assert _lines(files["articles/e5/b.md"], '| <a id="actor-jane-doe">') == [
        '| <a id="actor-jane-doe"></a>[Jane Doe](../../entities/18/jane-doe.md) | person |  | 1 |']
    # Wherever the figure is listed: the entity page, the figures of its unit, the series.
    assert _lines(files["entities/18/jane-doe.md"], "- **1,300**") == [
        "- **1,300** USD pay per week · [Pay story b](../../articles/e5/b.md#f-1)",
        "- **1,300** USD pay per week · [Pay story a](../../articles/2c/a.md#f-1)"]
    assert _lines(files["browse/figures/unit-usd.md"], "| 1,300") == [
        "| 1,300 per week | pay | $1,300 |  | 2020-03-01 | [Pay story a](../../articles/2c/a.md#f-1) |",
        "| 1,300 per week | pay | $1,300 |  | 2021-03-01 | [Pay story b](../../articles/e5/b.md#f-1) |"]
    # A series of rates says per what in its title and in the figures index (all its points are per one thing).
    assert _lines(files[pay], "# ") == ["# pay (USD per week)"]
    assert _lines(files["figures.md"], "| [pay]") == [f"| [pay]({pay}) | USD per week | 2 |"]
    assert _lines(files[workers], "# ") == ["# workers"]
    assert [line for line in _lines(files[pay], "| <a id=") if "1,300" in line] == [
        '| <a id="point-a-f-1"></a>2020-03-01 | 1,300 per week | $1,300 |  |  | [Pay story a](../../articles/2c/a.md#f-1) |',
        '| <a id="point-b-f-1"></a>2021-03-01 | 1,300 per week | $1,300 |  |  | [Pay story b](../../articles/e5/b.md#f-1) |']


def test_a_rate_from_an_article_is_escaped():
    hostile = "<script>alert(1)</script> *week*"
    files = render.build_pages(gather([_sheet("a", "2020-03-01", 63, per=hostile)])).files
    row = _lines(files["articles/2c/a.md"], '| <a id="f-1">')[0]
    assert "<script>" not in row and "*week*" not in row
    assert row.startswith('| <a id="f-1"></a>**1,300** USD per &#60;script&#62;alert')


def test_entity_page_gives_each_article_its_own_age():
    """Ages differ across years: one per article, the article's, never one age for the person (through the
    catalog's mention rows, as a build reads them)."""
    catalog = gather([_sheet("a", "2020-03-01", 63), _sheet("b", "2021-03-01", 64), _sheet("c", "2022-03-01", None)])
    assert [(m.article.id, m.age) for m in catalog.entities["jane-doe"].mentions] == [("c", None), ("b", 64), ("a", 63)]
    page = render.build_pages(catalog).files["entities/18/jane-doe.md"]
    assert [line.split(" <details")[0] for line in _lines(page, "- **[Pay story")] == [
        "- **[Pay story c](../../articles/52/c.md)** · 2022-03-01 · Test Wire",
        "- **[Pay story b](../../articles/e5/b.md)** · 2021-03-01 · Test Wire · aged 64",
        "- **[Pay story a](../../articles/2c/a.md)** · 2020-03-01 · Test Wire · aged 63"]
    assert "aged" not in page.split("## Articles")[0]  # no age in the summary


def test_reports_of_a_rate_that_disagree_say_per_what():
    """Two articles, one day, two weekly pay figures: the disagreement's heading, on the series and article pages,
    and the figures index's line say "per week", as the series' title does."""
    a, b = _sheet("a", "2020-03-01", 63), _sheet("b", "2020-03-01", None)
    b = replace(b, figures=(replace(b.figures[0], value=1500, text="$1,500"), b.figures[1]))
    catalog = gather([a, b])
    files = render.build_pages(catalog).files
    pay = urls.series(catalog.figure_series[("a", "f-1")])
    heading = "**pay (USD per week), 2020-03-01, about Jane Doe:** 2 reports, values from 1,300 to 1,500"
    assert _lines(files[pay], '<a id="disagree-') == ['<a id="disagree-2020-03-01-jane-doe"></a>' + heading]
    for page in ("articles/2c/a.md", "articles/e5/b.md"):  # an article page has no anchor of the day: none links there
        assert _lines(files[page], "**pay") == [heading]
    assert _lines(files["figures.md"], "- [pay") == [  # link text escaped: it reads "pay (USD per week)"
        f"- [pay &#40;USD per week&#41;]({pay}#disagree-2020-03-01-jane-doe): 2020-03-01 (Jane Doe)"]
