"""Cross-article resolution, on inline fact sheets."""

from __future__ import annotations

from factarchive.model import Actor, Extractor, FactSheet
from factarchive.resolve import Link, links, resolve_archive

EXTRACTOR = Extractor(version="test", model="test", stages=())


def sheet(sheet_id: str, *actors: Actor) -> FactSheet:
    return FactSheet(id=sheet_id, title=sheet_id, seed=f"{sheet_id}.txt", content_hash="0" * 64,
                     extractor=EXTRACTOR, actors=actors)


def person(name: str, *aliases: str, role: str | None = None) -> Actor:
    from factarchive.slug import slug

    return Actor(id=slug(name), name=name, kind="person", aliases=aliases, role=role, mentions=1)


def org(name: str, *aliases: str) -> Actor:
    from factarchive.slug import slug

    return Actor(id=slug(name), name=name, kind="organization", aliases=aliases, mentions=1)


def test_same_full_name_in_two_articles_needs_no_link():
    sheets = [sheet("a", person("Tony Blair")), sheet("b", person("Tony Blair"))]
    assert resolve_archive(sheets) == {}


def test_surname_with_shared_role_links_to_the_only_person_of_that_name():
    sheets = [
        sheet("a", person("Tony Blair", "Blair", role="Prime Minister")),
        sheet("b", person("Blair", role="Prime Minister")),
    ]
    assert links(sheets) == (
        Link("blair", "tony-blair", "person", "surname",
             'both are "prime minister" (the only person named Blair in the archive)', ("b",)),
    )


def test_surname_with_shared_context_links():
    sheets = [
        sheet("a", person("Tony Blair"), person("Gordon Brown"), org("Labour Party")),
        sheet("b", person("Blair"), person("Gordon Brown"), org("Labour Party")),
    ]
    assert resolve_archive(sheets) == {"blair": "tony-blair"}
    assert links(sheets)[0].evidence == "named beside gordon-brown, labour-party in both (the only person named Blair in the archive)"


def test_regression_surname_without_evidence_is_not_merged():
    """A later article's "Blair" may be someone else: no role, no shared company, no link."""
    sheets = [
        sheet("a", person("Tony Blair"), org("Labour Party")),
        sheet("b", person("Blair"), org("Royal Ballet")),
    ]
    assert resolve_archive(sheets) == {}


def test_surname_shared_by_two_people_is_not_merged_on_evidence_that_fits_both():
    sheets = [
        sheet("a", person("Tony Blair"), person("Gordon Brown"), org("Labour Party")),
        sheet("b", person("Cherie Blair"), person("Gordon Brown"), org("Labour Party")),
        sheet("c", person("Blair"), person("Gordon Brown"), org("Labour Party")),
    ]
    assert resolve_archive(sheets) == {}


def test_surname_shared_by_two_people_links_where_the_role_points_to_one():
    sheets = [
        sheet("a", person("Tony Blair", role="Prime Minister")),
        sheet("b", person("Cherie Blair")),
        sheet("c", person("Blair", role="Prime Minister")),
    ]
    assert links(sheets) == (
        Link("blair", "tony-blair", "person", "surname",
             'both are "prime minister" (1 other person named Blair without it)', ("c",)),
    )


def test_names_in_many_articles_are_no_evidence():
    """Beside "Labour" and "Gordon Brown" in every article, anyone named Frost would be David Frost."""
    everywhere = (person("Gordon Brown"), org("Labour Party"))
    sheets = [sheet(f"n{i}", *everywhere) for i in range(4)]
    sheets += [sheet("a", person("David Frost"), *everywhere), sheet("b", person("Frost"), *everywhere)]
    assert resolve_archive(sheets) == {}


def test_fuller_name_links_the_shorter_form():
    sheets = [sheet("a", person("George W. Bush")), sheet("b", person("George Bush"))]
    assert links(sheets) == (
        Link("george-bush", "george-w-bush", "person", "fuller name",
             '"George Bush" is "George W. Bush" without a middle name', ("b",)),
    )


def test_acronym_written_in_one_article_links_everywhere():
    sheets = [sheet("a", org("United Nations", "UN")), sheet("b", org("UN"))]
    assert links(sheets) == (
        Link("un", "united-nations", "organization", "alias", '"UN" is written for "United Nations" in a', ("b",)),
    )


def test_alias_claimed_by_two_entities_is_not_merged():
    sheets = [
        sheet("a", org("United Nations", "UN")),
        sheet("b", org("Union of Nurses", "UN")),
        sheet("c", org("UN")),
    ]
    assert resolve_archive(sheets) == {}


def test_links_never_cross_kinds():
    sheets = [sheet("a", org("Blair Trust", "Blair")), sheet("b", person("Blair"))]
    assert resolve_archive(sheets) == {}


def test_resolution_is_deterministic_whatever_the_order():
    sheets = [
        sheet("a", person("Tony Blair", role="Prime Minister"), org("United Nations", "UN")),
        sheet("b", person("Blair", role="Prime Minister"), org("UN")),
        sheet("c", person("George Bush"), person("George W. Bush")),
    ]
    assert resolve_archive(sheets) == resolve_archive(list(reversed(sheets))) == {
        "blair": "tony-blair", "george-bush": "george-w-bush", "un": "united-nations",
    }


def test_surname_is_decided_per_article_so_a_band_of_that_name_keeps_its_id():
    """One id "farrow": the band in two music stories, the footballer in a match report. Only the match report's
    own company points to Jed Farrow: the band's stories keep "farrow"."""
    sheets = [
        sheet("derby", person("Jed Farrow"), org("Wexham Rovers"), person("Ian Poole")),
        sheet("report", person("Farrow"), org("Wexham Rovers"), person("Ian Poole")),
        sheet("album", person("Farrow"), org("Lark Records"), person("Mo Tindle")),
        sheet("tour", person("Farrow"), org("Lark Records")),
    ]
    assert links(sheets) == (
        Link("farrow", "jed-farrow", "person", "surname",
             "named beside ian-poole, wexham-rovers in both (the only person named Farrow in the archive)",
             ("report",), ("album", "tour")),
    )
    assert resolve_archive(sheets) == {}  # not merged everywhere


def test_one_surname_links_to_two_people_in_different_articles():
    sheets = [
        sheet("a", person("Tony Blair", role="Prime Minister")),
        sheet("b", person("Mike Blair"), org("Scotland XV"), person("Rory Lamont")),
        sheet("c", person("Blair", role="Prime Minister")),
        sheet("d", person("Blair"), org("Scotland XV"), person("Rory Lamont")),
        sheet("e", person("Blair")),
    ]
    assert [(l.source, l.target, l.articles, l.kept) for l in links(sheets)] == [
        ("blair", "mike-blair", ("d",), ("e",)),
        ("blair", "tony-blair", ("c",), ("e",)),
    ]
    assert links(list(reversed(sheets))) == links(sheets)


def test_surname_evidence_of_one_article_does_not_merge_another():
    """The role in "b" is Tony Blair's; "c" says nothing of who its Blair is, so it keeps its own id."""
    sheets = [
        sheet("a", person("Tony Blair", role="Prime Minister")),
        sheet("b", person("Blair", role="Prime Minister")),
        sheet("c", person("Blair"), org("Royal Ballet")),
    ]
    (link,) = links(sheets)
    assert (link.target, link.articles, link.kept) == ("tony-blair", ("b",), ("c",))


def test_surname_articles_with_different_evidence_are_each_named():
    sheets = [
        sheet("a", person("Tony Blair", role="Prime Minister"), person("Gordon Brown"), org("Labour Party")),
        sheet("b", person("Blair", role="Prime Minister")),
        sheet("c", person("Blair"), person("Gordon Brown"), org("Labour Party")),
    ]
    (link,) = links(sheets)
    assert (link.articles, link.kept) == (("b", "c"), ())
    assert link.evidence == ('in b: both are "prime minister"; in c: named beside gordon-brown, labour-party in both '
                             "(the only person named Blair in the archive)")
    assert resolve_archive(sheets) == {"blair": "tony-blair"}


def test_alias_evidence_names_three_articles_that_wrote_it_and_counts_the_rest():
    """The evidence names where an article wrote both forms (not every article of the target), three at most."""
    sheets = [sheet(f"w{i}", org("Orbis Union", "OU")) for i in range(5)]
    sheets += [sheet("plain", org("Orbis Union")), sheet("short", org("OU"))]
    (link,) = links(sheets)
    assert link.evidence == '"OU" is written for "Orbis Union" in w0, w1, w2 and 2 more'
    assert link.articles == ("short",)


def test_surname_evidence_names_three_articles_of_each_and_counts_the_rest():
    """Five articles share the role, five more each their own company (no name in more than 3 of the 11 articles:
    those would be too common to count)."""
    role = "Harbour Master"
    sheets = [sheet("a", person("Ada Quill", role=role), person("Bo Renn"), org("Kestrel Dock"), person("Cy Sole"),
                    org("Marsh Rowing Club"), person("Dee Tarr"), org("Elm Press"))]
    sheets += [sheet(f"r{i}", person("Quill", role=role)) for i in range(5)]
    sheets += [sheet("s1", person("Quill"), person("Bo Renn"), org("Kestrel Dock")),
               sheet("s2", person("Quill"), person("Cy Sole"), org("Kestrel Dock")),
               sheet("s3", person("Quill"), person("Cy Sole"), org("Marsh Rowing Club")),
               sheet("s4", person("Quill"), person("Bo Renn"), org("Marsh Rowing Club")),
               sheet("s5", person("Quill"), person("Dee Tarr"), org("Elm Press"))]
    (link,) = links(sheets)
    assert link.articles == ("r0", "r1", "r2", "r3", "r4", "s1", "s2", "s3", "s4", "s5")
    assert link.evidence == (
        'in r0, r1, r2 and 2 more: both are "harbour master"; in s1: named beside bo-renn, kestrel-dock in both; '
        "in s2: named beside cy-sole, kestrel-dock in both; and 3 more articles on evidence of their own "
        "(the only person named Quill in the archive)")


def test_a_possessive_form_is_merged_into_the_plain_name_not_the_other_way():
    """One article's entity is "Tallow Board's" (an extraction's slip) and writes "Tallow Board" for it; the plain
    name, in two other articles, stays, and the possessive joins it."""
    sheets = [sheet("a", org("Tallow Board's", "Tallow Board")), sheet("b", org("Tallow Board")),
              sheet("c", org("Tallow Board"))]
    assert links(sheets) == (
        Link("tallow-boards", "tallow-board", "organization", "alias",
             '"Tallow Board\'s" is "Tallow Board" with a possessive, written for it in a', ("a",)),
    )


def test_a_shorter_form_merged_everywhere_is_no_second_person_of_the_surname():
    """"Ada Vance" is "Ada K Vance" in every article: a lone "Vance" with their role is that one person."""
    sheets = [
        sheet("a", person("Ada K Vance", role="Governor")),
        sheet("b", person("Ada Vance", role="Governor")),
        sheet("c", person("Vance", role="Governor")),
    ]
    assert links(sheets) == (
        Link("ada-vance", "ada-k-vance", "person", "fuller name", '"Ada Vance" is "Ada K Vance" without a middle name',
             ("b",)),
        Link("vance", "ada-k-vance", "person", "surname",
             'both are "governor" (the only person named Vance in the archive)', ("c",)),
    )


def test_the_company_of_a_shorter_form_merged_everywhere_is_the_fuller_names():
    sheets = [
        sheet("a", person("Ada K Vance")),
        sheet("b", person("Ada Vance"), person("Rob Tull"), org("Harbour Board")),
        sheet("c", person("Vance"), person("Rob Tull"), org("Harbour Board")),
    ]
    assert resolve_archive(sheets) == {"ada-vance": "ada-k-vance", "vance": "ada-k-vance"}
