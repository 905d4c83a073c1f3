"""The registry of extraction rules: every rule once, with a version derived from its source, and the switch that
turns a rule off for measurement (``FACTARCHIVE_RULES_OFF``), with what each step does with an off rule."""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest

from factarchive.extract import candidates, cues, rules

from .extraction_helpers import mentions_of, mentions_tagged, resolved


@pytest.fixture(scope="module")
def nlp():
    from factarchive.extract.pipeline import warm_up

    return warm_up()


def test_the_table_lists_every_registered_rule_once_by_step():
    table = rules.table()
    names = [name for _, name, _ in table]
    assert len(names) == len(set(names))
    assert [step for step, _, _ in table] == sorted((step for step, _, _ in table), key=rules.STEPS.index)
    for step in rules.STEPS:
        assert [r.name for r in rules.registered(step)] == [name for s, name, _ in table if s == step]


def test_each_call_site_runs_the_rules_of_its_step_and_scope_in_registration_order():
    def names(step, scope):
        return [r.name for r in rules.registered(step, scope)]

    assert names("find", "block") == [
        "dateline_place", "spelled_out_acronyms", "model_entities", "missed_places", "described_orgs", "missed_people",
        "company_names", "joined_names", "party_affiliations", "hyphenated_places", "bracketed_given_names",
        "institution_names", "road_names", "names_across_particle", "adjacent_people", "bodies_across_link",
        "bracketed_companies", "bodies_across_and", "partners_before_ampersand", "programme_after_broadcaster"]
    assert names("clean", "entity") == ["split_pair", "place_possessor", "split_list"]
    assert names("clean", "block") == ["work_title_tokens", "subheading", "team_sheet"]
    assert names("clean", "span") == [
        "company_possessive", "share_after_name", "leading_article", "titled_possessor", "spaced_dash_inside_name", "verb_inside_name", "leading_weekday",
        "honorific_name", "possessor_inside_person",
        "organisation_possessive", "leading_gerund_or_lower_case", "trailing_words", "name_of_a_name", "trailing_score", "company_form_after_comma", "abbreviation_full_stop",
        "untagged_words_before_body", "demonym_before_name", "party_after_person", "campaign_slogan", "title_before_person", "title_inside_person", "given_name_before", "hyphenated_given_name", "name_after_particle", "leader_or_country_government", "regnal_number_after_person", "office_role",
        "people_not_person", "common_word_person", "plural_of_a_title", "plural_noun_not_person", "acronym_not_person", "title_not_name", "institution_word_last", "honorific_before", "politician_seat",
        "numbered_unit", "holiday", "people_as_organisation", "demonym_as_organisation", "event_head", "place_words", "party_members", "country_after_qualifier",
        "facility_noun", "player_in_team_sheet", "listed_with_places", "region_of_a_continent", "listed_with_bodies", "seat_of_a_member", "listed_with_peoples", "group_not_a_people", "state_abbreviation", "type_letter_after", "latin_binomial", "player_in_sheet_sentence", "common_noun_opening_sentence", "demonym_adjective", "adjective_not_place", "nothing_left",
        "work_title", "era_after_year", "wire_slug", "legal_form_alone", "title_before_a_person", "date_or_event_word", "time_zone", "portfolio_before_title", "portfolio_after_title", "glued_to_a_number",
        "music_genre", "title_alone",
        "common_word_organisation", "generic_words_organisation", "clean_name", "no_name_letters", "digits_in_person", "compass_region", "article_before_person", "word_alone_in_sentence",
        "firm_noun_opening_name", "currency_word_alone", "adjective_made_of_a_name"]
    assert names("vote", "block") == ["score_line"]
    assert sorted(names("vote", "span")) == sorted([
        "described_as_org", "org_noun_before_words", "body_of_a_kind", "alias_of_org", "employer", "which_follows", "plural_subject", "plural_relative", "school_member", "band_member", "side_before_name", "web_service", "thing_votes", "product_votes", "described_as_work", "club_votes",
        "credited_source", "locative", "settlement_of", "city_before_state", "described_as_person", "speaker", "side_in_sheet", "head_of_body",
        "band_noun_before", "member_after_band", "plural_verb_after", "version_of_product", "sequel_number", "work_of_a_series", "work_listed_after_kind", "work_noun_or_part", "club_words_around",
        "programme_of_broadcaster", "staff_of_a_body", "its_own_subject", "firm_noun_opening_sentence"])
    assert names("vote", "name") == [
        "award_name", "model_label", "thing_cues", "product_not_body", "product_in_many_sentences", "described_work", "product_shape", "product_model_word", "country_or_state", "titled_person", "joining_word", "institution_of", "club_of_place",
        "club_named_for_its_place", "institution_cues", "coined_word_body", "body_named_like_person", "firm_noun_before_name", "firm_staff_employer", "band_in_a_sentence", "firm_of_a_country", "gazetteer_place", "city_not_person", "settlement", "thing_placed_by_the_model", "initials_no_place", "name_words", "work_breaks_a_tie"]
    assert names("link", "mentions") == ["split_joined_surnames", "with_province", "capital_only_by_position", "pair_named_apart", "surname_inside_other_name"]
    # figures: the numbers found, then each number's bounds, then what it is (figure_spans.py, figure_rules.py)
    assert names("find", "figure") == [
        "model_numbers", "lengths_of_time", "vote_counts", "two_counts_in_one", "counts_in_dates", "numbers_taken_as_dates",
        "changes_from_to", "alternatives_apart", "scaled_alternatives_joined", "fractions_the_model_missed", "fractions_of_amounts", "currency_amounts", "parallel_amounts", "measures_with_unit", "numbers_glued_to_units", "qualified_numbers", "ranges_between", "ranges_tagged_apart", "counts_the_model_missed"]
    assert names("clean", "number") == [
        "article_before_scale", "several_before_vague", "currency_before", "qualifier_cut_in_two", "qualifier_before", "fraction_after_numerator",
        "measure_before_hyphen_word", "magnitude_and_currency_after", "currency_after_of", "speed_after_slash", "span_past_full_stop", "sentence_full_stop",
        "owned_percent"]
    assert names("clean", "figure") == [
        "currency_of_parallel_amount", "millions_of_an_audience", "weight_in_pounds", "country_currency", "percent_unit", "quantity_unit_word", "what_it_counts", "counted_inside_the_span", "share_of_a_group", "denominator_of_share", "age_not_a_count", "age_range_first_end", "metres_printed_after", "members_of_a_group", "counted_before_a_verb", "votes_counted",
        "counted_noun_form", "slash_not_a_fraction", "rank_or_list_marker", "result_or_score", "number_in_name", "number_naming_an_index", "number_word_in_name", "name_of_a_reporter", "bare_year",
        "length_of_time_alone", "length_of_time_hyphenated", "length_of_time_beside", "age_of_a_name", "hour_not_a_count", "code_not_a_count", "round_not_a_count", "half_named_by_rank", "one_as_article", "number_names_thing_before", "unit_printed_after",
        "counts_a_length_of_time", "measure_counted", "temperature_in_degrees", "counted_by_its_level", "multiplier_counts_times", "counted_as_the_number_before", "size_of_a_group", "counted_by_its_antecedent", "sentence_words_not_printed", "period_of_figure", "reported_by",
        "rate_of_figure"]
    # every vote rule of a block or a span gives one field of the mention
    fields = {r.field for r in rules.registered("vote", "span") + rules.registered("vote", "block")}
    assert fields == {"institution", "band", "thing", "club", "provenance", "locative", "settlement", "titled", "speaker", "table", "service",
                      "work", "product"}


def test_a_rule_of_a_scope_with_a_fixed_signature_is_refused_without_what_it_needs():
    with pytest.raises(ValueError, match="scope is one of"):
        rules.rule("find", "probe_scope", scope="span")
    with pytest.raises(ValueError, match="must name the field"):
        rules.rule("vote", "probe_field", scope="span")


def test_a_version_is_eight_hex_digits_of_the_functions_source():
    for _, name, version in rules.table():
        assert re.fullmatch(r"[0-9a-f]{8}", version), name
    assert candidates.missed_places.rule.version == rules.source_version(candidates.missed_places.rule.func)


def _module(tmp_path, name: str, body: str):
    path = tmp_path / f"{name}.py"
    path.write_text("from factarchive.extract.rules import rule\n\n\n" + body, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # inspect.getsource finds the file through the module
    spec.loader.exec_module(module)
    return module


def test_a_version_changes_when_the_functions_source_does(tmp_path):
    try:
        one = _module(tmp_path, "rules_probe_one", '@rule("find", "probe_one")\ndef probe(doc):\n    return []\n')
        two = _module(tmp_path, "rules_probe_two", '@rule("find", "probe_two")\ndef probe(doc):\n    return [doc]\n')
        same = _module(tmp_path, "rules_probe_same", '@rule("find", "probe_same")\ndef probe(doc):\n    return []\n')
        assert one.probe.rule.version != two.probe.rule.version
        assert rules.source_version(one.probe.rule.func) != rules.source_version(same.probe.rule.func)  # the decorator line is source too
        assert ("find", "probe_one", one.probe.rule.version) in rules.table()
        with pytest.raises(ValueError, match="registered twice"):
            _module(tmp_path, "rules_probe_again", '@rule("find", "probe_one")\ndef probe(doc):\n    return []\n')
        with pytest.raises(ValueError, match="step must be one of"):
            rules.rule("guess", "probe_guess")
    finally:
        for name in ("probe_one", "probe_two", "probe_same"):
            rules._RULES.pop(name, None)
        for name in ("rules_probe_one", "rules_probe_two", "rules_probe_same", "rules_probe_again"):
            sys.modules.pop(name, None)


def test_an_unknown_rule_name_is_an_error(rules_off):
    with pytest.raises(KeyError, match="no registered rule named no_such_rule"):
        rules_off("no_such_rule")


def test_an_off_find_rule_finds_nothing(nlp, rules_off):
    sentence = "The president flew to Mar-a-Lago on Friday with aides."
    assert resolved(mentions_of(nlp, sentence)) == [("Mar-a-Lago", "place", ["Mar-a-Lago"])]
    rules_off("hyphenated_places")
    assert candidates.hyphenated_places(nlp(sentence)) == []
    assert resolved(mentions_of(nlp, sentence)) == []


def test_an_off_clean_rule_lets_every_name_through(nlp, rules_off):
    sentence = "Rain fell across the Northeast on Friday, and snow fell in Denver."
    assert resolved(mentions_of(nlp, sentence)) == [("Denver", "place", ["Denver"])]
    rules_off("compass_region", "clean_name", "split_pair")
    doc = nlp("Anders Aukland and Erling Jevne skied.")
    pair = doc.char_span(0, len("Anders Aukland and Erling Jevne"), label="ORG")
    assert candidates.split_pair(pair) == [pair]  # a rule that splits returns its input whole
    assert resolved(mentions_of(nlp, sentence)) == [("Northeast", "place", ["Northeast"]), ("Denver", "place", ["Denver"])]


def test_the_name_as_printed_stands_when_clean_name_is_off(nlp, rules_off):
    sentence = "Officials said (Dietmar) Hamann would play."
    assert [m.text for m in mentions_of(nlp, sentence) if m.label == "person"] == ["Dietmar Hamann"]
    rules_off("clean_name")
    assert [m.text for m in mentions_of(nlp, sentence) if m.label == "person"] == ["Dietmar) Hamann"]


def test_an_off_vote_rule_gives_no_votes(nlp, rules_off):
    sentence = "Qradio, which was started last year, hired Tom Hale."
    doc = nlp(sentence)
    assert cues.which_follows(doc, 1) is True  # the helper the rule calls
    tagged = mentions_tagged(nlp, (sentence, [("Qradio", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Qradio", 1), ("Tom Hale", 0)]
    rules_off("which_follows")
    assert cues._which_follows.rule.name == "which_follows" and cues._which_follows(doc, None) == 0
    tagged = mentions_tagged(nlp, (sentence, [("Qradio", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Qradio", 0), ("Tom Hale", 0)]


def test_the_entity_links_run_in_their_registered_order():
    from factarchive.extract import entities

    assert [f.rule.name for f in entities._links()] == ["initial_and_surname", "surname_before_vote", "province_word", "one_country",
                                                         "short_personal_name", "firm_named_for_person", "given_name_alone", "acronym",
                                                         "surname_with_s"]


def test_an_off_link_rule_leaves_the_names_apart(nlp, rules_off):
    paragraphs = ("President Recep Tayyip Erdogan spoke in Ankara on Monday.", "Erdogan said the talks would go on.")
    assert resolved(mentions_of(nlp, *paragraphs)) == [
        ("Recep Tayyip Erdogan", "person", ["Erdogan", "Recep Tayyip Erdogan"]), ("Ankara", "place", ["Ankara"])]
    rules_off("short_personal_name")  # the surname is still joined before the vote
    assert resolved(mentions_of(nlp, *paragraphs)) == [
        ("Recep Tayyip Erdogan", "person", ["Erdogan", "Recep Tayyip Erdogan"]), ("Ankara", "place", ["Ankara"])]
    rules_off("short_personal_name", "surname_before_vote")
    assert resolved(mentions_of(nlp, *paragraphs)) == [
        ("Recep Tayyip Erdogan", "person", ["Recep Tayyip Erdogan"]), ("Ankara", "place", ["Ankara"]),
        ("Erdogan", "person", ["Erdogan"])]


def test_an_off_vote_rule_of_a_name_adds_no_votes(rules_off):
    from factarchive.extract import entities

    from .extraction_helpers import mention

    oscar = [mention("Oscar", "person", 1, "PERSON"), mention("Oscar", "person", 2, "PERSON")]
    assert entities._vote("oscar", oscar, frozenset()) == "thing"  # an award's name alone outvotes every mention
    rules_off("award_name")
    assert entities._vote("oscar", oscar, frozenset()) == "person"
    rules_off("award_name", "model_label")  # no votes at all: a tie, which the model's labels break
    assert entities._vote("oscar", oscar, frozenset()) == "person"
