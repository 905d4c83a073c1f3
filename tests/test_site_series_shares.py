"""A share ("almost half of the population": 0.5 of what it counts) is never a point of a series of counts of the same
thing, nor compared with them for a disagreement; shares of one thing are a series of their own. Hand-built sheets."""

from __future__ import annotations

from dataclasses import replace

from factarchive.model import Figure
from factarchive.site import render, urls
from factarchive.site.catalog import gather
from factarchive.site.series import is_share, series_key
from tests.sheet_helpers import article


def _people(sheet_id: str, value: float, text: str, published: str = "2020-03-02"):
    """An invented article saying how many people, or what part of them, shop online."""
    said = f"{text} people shop online."
    sheet = article(sheet_id, f"Shopping {sheet_id}", published=published)
    return replace(sheet, figures=(Figure(id="f-0000aaaa", value=value, text=text, counts="people", evidence=(said,)),))


def test_a_fraction_of_what_it_counts_is_a_share_and_keys_its_own_series():
    half = Figure(id="f-1", value=0.5, text="half", counts="people")
    assert (is_share(half), series_key(half)) == (True, "people--share")
    assert series_key(replace(half, value=18_000_000, text="18m")) == "people"
    # Not a share: a measure ("0.5 kg"), a rate, a range that reaches a whole count, nothing counted, zero.
    assert series_key(replace(half, unit="kg")) == "people-kg"
    assert series_key(replace(half, per="day")) == "people--per-day"
    assert (is_share(replace(half, value_max=2)), is_share(replace(half, value_max=0.75))) == (False, True)
    assert series_key(replace(half, counts=None)) is None
    assert is_share(replace(half, value=0)) is False


def test_shares_and_counts_of_one_thing_are_separate_series_and_never_disagree():
    catalog = gather([_people("a", 0.5, "Half of all"), _people("b", 18_000_000, "18m"), _people("c", 0.667, "Two-thirds of"),
                      _people("d", 20_000_000, "20m")])
    assert {key: [s.id for s, _ in item.points] for key, item in catalog.series.items()} == {
        "people": ["b", "d"], "people--share": ["a", "c"]}
    # The same day: 18m and 20m disagree, 0.5 and 0.667 disagree, a share never with a count.
    assert {key: [[(s.id, f.value) for s, f in d.points] for d in found] for key, found in catalog.disagreements.items()} == {
        "people": [[("b", 18_000_000), ("d", 20_000_000)]], "people--share": [[("a", 0.5), ("c", 0.667)]]}
    files = render.build_pages(catalog).files
    share = urls.series("people--share")
    assert [line for line in files[share].splitlines() if line.startswith(("# ", "A share"))] == [
        "# people (share)", "A share of people, reported in 2 articles; oldest first."]
    assert [line for line in files["figures.md"].splitlines() if line.startswith("| [people]")] == [
        f"| [people]({urls.series('people')}) |  | 2 |", f"| [people]({share}) | share | 2 |"]
