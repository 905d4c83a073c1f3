"""A rate ("$1,300 a week": Figure.per) is never a point of a series of totals of the same thing, nor compared
with them for a disagreement: the series key includes what one value is per. Hand-built sheets."""

from __future__ import annotations

from dataclasses import replace

from factarchive.model import Figure
from factarchive.site.catalog import gather
from factarchive.site.series import series_key
from tests.sheet_helpers import article


def _paid(sheet_id: str, value: int, per: str | None, published: str = "2020-03-02"):
    """An invented article reporting pay of ``value`` dollars, a total or a rate ``per`` something."""
    said = f"Staff were paid ${value:,}" + (f" a {per}." if per else ".")
    sheet = article(sheet_id, f"Pay {sheet_id}", published=published)
    return replace(sheet, figures=(Figure(id="f-0000aaaa", value=value, text=f"${value:,}", unit="USD",
                                          counts="pay", per=per, evidence=(said,)),))


def test_the_key_of_a_rate_names_what_it_is_per():
    total = Figure(id="f-1", value=1300, text="$1,300", unit="USD", counts="pay")
    assert series_key(total) == "pay-usd"
    assert series_key(replace(total, per="week")) == "pay-usd--per-week"
    assert series_key(replace(total, per="Week")) == "pay-usd--per-week"
    assert series_key(replace(total, per="month")) == "pay-usd--per-month"
    # A thing whose own words say "per week" is not a rate of the figure's: it cannot take a rate's key.
    assert series_key(replace(total, counts="pay per week")) == "pay-per-week-usd"
    assert series_key(replace(total, counts=None, per="week")) is None


def test_rates_and_totals_of_one_thing_are_separate_series():
    catalog = gather([_paid("a", 1300, "week"), _paid("b", 1400, "week"), _paid("c", 60000, None),
                      _paid("d", 70000, None), _paid("e", 5000, "month")])
    assert {key: (item.article_count, [s.id for s, _ in item.points]) for key, item in catalog.series.items()} == {
        "pay-usd": (2, ["c", "d"]), "pay-usd--per-week": (2, ["a", "b"])}
    assert catalog.figure_series == {("a", "f-0000aaaa"): "pay-usd--per-week", ("b", "f-0000aaaa"): "pay-usd--per-week",
                                     ("c", "f-0000aaaa"): "pay-usd", ("d", "f-0000aaaa"): "pay-usd"}


def test_a_rate_and_a_total_on_one_day_do_not_disagree():
    # The same day, the same thing counted: $1,300 a week and $60,000 would disagree if they were one series.
    catalog = gather([_paid("a", 1300, "week"), _paid("b", 60000, None), _paid("c", 1300, "week"),
                      _paid("d", 60000, None)])
    assert catalog.disagreements == {}
    catalog = gather([_paid("a", 1300, "week"), _paid("b", 1500, "week"), _paid("c", 60000, None)])
    assert [(key, [(d.date, [(s.id, f.value) for s, f in d.points]) for d in found])
            for key, found in catalog.disagreements.items()] == [
        ("pay-usd--per-week", [("2020-03-02", [("a", 1300), ("b", 1500)])])]
