"""Money in figures: magnitudes, currencies, exact values (issue 11, "Money"), on invented sentences."""

from __future__ import annotations

import pytest

from factarchive.extract import figure_reading, figures
from factarchive.model import Figure

from .extraction_helpers import figures_of


def money(text, value, unit, evidence, value_max=None, qualifier=None, period=None, reported_by=None):
    return Figure(id="", value=value, text=text, value_max=value_max, unit=unit, qualifier=qualifier,
                  period=period, reported_by=reported_by, evidence=(evidence,))


@pytest.mark.parametrize("text, value, unit", [
    ("£9m", 9_000_000, "GBP"),
    ("$80m", 80_000_000, "USD"),
    ("€1.2bn", 1_200_000_000, "EUR"),
    ("£3.5 billion", 3_500_000_000, "GBP"),
    ("190 million US dollars", 190_000_000, "USD"),
    ("US$2 trillion", 2_000_000_000_000, "USD"),
    ("Rs 40 crore", 400_000_000, "INR"),
    ("Rs 5 lakh", 500_000, "INR"),
    ("$50k", 50_000, "USD"),
    ("300mn yuan", 300_000_000, "CNY"),
    ("60 million Taiwan dollars", 60_000_000, "TWD"),
    ("8.2 trillion dollars", 8_200_000_000_000, "USD"),
    ("billions of dollars", 2_000_000_000, "USD"),
    ("one trillion won", 1_000_000_000_000, "KRW"),
    ("two and a half trillion yen", 2_500_000_000_000, "JPY"),
    ("1bn CFA francs", 1_000_000_000, "XOF"),
])
def test_magnitude_suffixes_and_words_give_the_full_amount_in_iso_4217(text, value, unit):
    parsed = figures.parse_value(text)
    assert (parsed.value, parsed.unit) == (value, unit)
    assert type(parsed.value) is int


def test_values_are_exact_decimals_not_float_noise():
    assert figures.parse_value("8.2 trillion").value == 8_200_000_000_000
    assert figures.parse_value("$0.3m").value == 300_000
    assert figures.parse_value("1.1 to 1.3 billion") == figures.Value(1_100_000_000, None, None, 1_300_000_000)
    assert figures.parse_value("2.675 million euros") == figures.Value(2_675_000, None, "EUR", None)


def test_a_sign_before_the_number_and_a_suffix_after_it_are_one_amount(nlp):
    s = "The firm paid £9m for the site in 2004."
    assert figures_of(nlp, s) == [money("£9m", 9_000_000, "GBP", s, period="in 2004")]
    s = "Profits rose to $80m."
    assert figures_of(nlp, s) == [money("$80m", 80_000_000, "USD", s)]


def test_a_suffix_m_before_a_plural_it_counts_is_millions_and_before_a_race_or_a_singular_is_metres(nlp):
    s = "About 2.5m people watched the show."
    assert figures_of(nlp, s) == [Figure(id="", value=2_500_000, text="About 2.5m", counts="people", qualifier="about",
                                         evidence=(s,))]
    s = "The firm cut 1.5m jobs."
    assert figures_of(nlp, s) == [Figure(id="", value=1_500_000, text="1.5m", counts="jobs", evidence=(s,))]
    s = "The software runs many of the 1.4m cash machines in operation."  # the plural after its modifier
    assert figures_of(nlp, s) == [Figure(id="", value=1_400_000, text="1.4m", counts="cash machines", evidence=(s,))]
    s = "She won the 100m hurdles in 12.5 seconds."
    assert [(f.value, f.text, f.unit) for f in figures_of(nlp, s)][:1] == [(100, "100m", "m")]
    s = "Jackson won the 400m in Athens."
    assert [(f.value, f.text, f.unit) for f in figures_of(nlp, s)] == [(400, "400m", "m")]
    s = "The 800m runners were slow, and she took two 5,000m titles."  # what a race gives: no millions
    assert [f.value for f in figures_of(nlp, s)] == [800, 5000]


def test_amounts_written_in_words_after_the_number_are_listed(nlp):
    s = "Exports reached 190 million US dollars in 2004."
    assert figures_of(nlp, s) == [money("190 million US dollars", 190_000_000, "USD", s, period="in 2004")]


def test_an_amount_the_model_tags_as_a_date_or_nothing_is_still_money(nlp):
    s = "The project cost Rs 40 crore."
    assert figures_of(nlp, s) == [money("Rs 40 crore", 400_000_000, "INR", s)]
    s = "The carmaker paid its partner Fiat 7.5bn euros to end the deal."
    assert figures_of(nlp, s) == [money("7.5bn euros", 7_500_000_000, "EUR", s)]


def test_a_currency_name_is_the_unit_not_what_is_counted(nlp):
    s = "The bank lent 500 million pesos."
    assert figures_of(nlp, s) == [money("500 million pesos", 500_000_000, "MXN", s)]


def test_a_shared_currency_name_takes_the_currency_of_the_country_the_paragraph_names(nlp):
    s = "The bank in Manila lent 500 million pesos."
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == [("500 million pesos", 500_000_000, "PHP")]
    s = "Farmers in Pakistan were paid 20,000 rupees each."
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == [("20,000 rupees", 20_000, "PKR")]


def test_trillion_is_never_a_unit():
    assert figure_reading.unit_of_measure("two trillion") is None
    assert figure_reading.unit_of_measure("500,000 metric tons") == "tons"


def test_a_distance_with_m_and_no_currency_is_metres():
    assert figures.parse_value("400m") == figures.Value(400, None, "m", None)


def test_hash_before_a_number_is_the_pound_sign_of_ascii_newswire_text(nlp):
    s = "Pretax profit slid to #18.49 million from #18.98 million."
    assert figures_of(nlp, s) == [money("#18.49 million", 18_490_000, "GBP", s), money("#18.98 million", 18_980_000, "GBP", s)]
    assert figures_of(nlp, "The song went to #1 in the charts.") == []


def test_the_number_itself_is_never_dropped_while_parsing():
    assert figures.parse_value("#18.49 million") == figures.Value(18_490_000, None, "GBP", None)
    assert figures.parse_value("a record $16.7 billion") == figures.Value(16_700_000_000, None, "USD", None)


def test_a_currency_glued_to_the_number_the_model_did_not_tag(nlp):
    s = "Domestic exports fell to HK$3.87 billion in July."
    found = [f.figure for f in figures.find_figures(nlp(s))]
    assert [(f.text, f.value, f.unit) for f in found if f.unit == "HKD"] == [("HK$3.87 billion", 3870000000, "HKD")]


def test_punctuation_typed_between_two_amounts_splits_them(nlp):
    s = "The debt stood at (£227bn;331bn euros)."
    assert figures_of(nlp, s) == [money("£227bn", 227_000_000_000, "GBP", s), money("331bn euros", 331_000_000_000, "EUR", s)]
    s = "The plan cost 54bn rupees($1.2bn) in all."
    assert figures_of(nlp, s) == [money("54bn rupees", 54_000_000_000, "INR", s), money("$1.2bn", 1_200_000_000, "USD", s)]
    s = "The fund paid ($106m:£54.6m) to its owners."
    assert figures_of(nlp, s) == [money("$106m", 106_000_000, "USD", s), money("£54.6m", 54_600_000, "GBP", s)]


def test_times_and_ratios_stay_one_token(nlp):
    assert [t.text for t in nlp("It starts at 10:30; a ratio of 3:1.")] == \
        ["It", "starts", "at", "10:30", ";", "a", "ratio", "of", "3:1", "."]


def test_an_amount_without_currency_before_its_conversion_takes_the_currency_of_the_sentences_converted_amount(nlp):
    s = "The film took $28.5m (£15.2m), making a total of 204.3m (£109m)."
    assert figures_of(nlp, s) == [money("$28.5m", 28_500_000, "USD", s), money("£15.2m", 15_200_000, "GBP", s),
                                  money("204.3m", 204_300_000, "USD", s), money("£109m", 109_000_000, "GBP", s)]
    s = "The firm made 204.3m (£109m) in sales."  # no currency said: millions of one, not metres
    assert figures_of(nlp, s) == [money("204.3m", 204_300_000, None, s), money("£109m", 109_000_000, "GBP", s)]


def test_a_magnitude_word_after_a_magnitude_printed_on_the_number_is_a_slip_not_a_product():
    assert figures.parse_value("up to $4.5bn trillion") == figures.Value(4_500_000_000, "up to", "USD")
    assert figures.parse_value("1.2 thousand million dollars") == figures.Value(1_200_000_000, None, "USD")


def test_a_reading_changed_is_what_dataclasses_replace_gives_and_itself_when_nothing_changes():
    from dataclasses import replace

    from factarchive.extract.figure_reading import Reading, changed

    r = Reading(doc=None, ent=None, vote=False, start=1, shown=1, end=3, text="5m")
    assert changed(r, period="in May", unit="USD") == replace(r, period="in May", unit="USD")
    assert changed(r, period="in May").period == "in May" and r.period is None  # a copy: r stays as it was
    assert changed(r, period=None, text=r.text) is r
    with pytest.raises(TypeError, match="Reading has no field colour"):
        changed(r, colour="red")


def test_cents_of_a_named_dollar_or_of_the_euro_are_hundredths_of_it():
    assert figures.parse_value("65 Canadian cents") == figures.Value(0.65, None, "CAD", None)
    assert figures.parse_value("20 euro cents") == figures.Value(0.2, None, "EUR", None)
    assert figures.parse_value("5 cents") == figures.Value(0.05, None, "USD", None)


def test_the_cfa_franc_of_a_central_african_country_the_model_took_for_a_body(nlp):
    s = "Cameroon says corruption in its finance ministry cost it 1bn CFA francs last year."
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == [("1bn CFA francs", 1_000_000_000, "XAF")]
