"""An office's plural before the first of several names ("Presidents George Bush and Bill Clinton", "Justices Ruth
Ginsburg and Elena Kagan") and a job title ("Administrator Jim Bridenstine") are no part of the name. Invented sentences,
the model's tags given by hand."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_plural_office_before_a_name_is_a_title(nlp):
    tagged = mentions_tagged(nlp, ("Presidents Tom Hale and Jack Dorn met Justices Ann Bell and Mary Lowe.",
                                   [("Presidents Tom Hale", "PERSON"), ("Jack Dorn", "PERSON"), ("Justices Ann Bell", "PERSON"),
                                    ("Mary Lowe", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person"), ("Jack Dorn", "person"),
                                                                   ("Ann Bell", "person"), ("Mary Lowe", "person")]


def test_an_administrator_before_a_name_is_a_title(nlp):
    tagged = mentions_tagged(nlp, ("Administrator Jim Brady said the launch would go ahead.", [("Administrator Jim Brady", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Jim Brady", "person")]


def test_a_name_the_model_cut_after_a_plural_office_is_not_extended_over_it(nlp):
    tagged = mentions_tagged(nlp, ("She was a law clerk to liberal Justices Ann Bell and Mary Lowe.",
                                   [("Ann Bell", "PERSON"), ("Mary Lowe", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Ann Bell", "person"), ("Mary Lowe", "person")]
