"""Numbers in words: a compound of tens and units is one number, not a range ("thirty-five million")."""

from __future__ import annotations

import pytest

from factarchive.extract.figures import parse_value


@pytest.mark.parametrize("text, value, value_max", [
    ("thirty-five million", 35_000_000, None),
    ("Twenty-one thousand", 21_000, None),
    ("forty-five", 45, None),
    ("twenty-one to thirty million", 21_000_000, 30_000_000),
    ("5-10", 5, 10),
])
def test_tens_and_units_joined_by_a_hyphen_are_one_number(text, value, value_max):
    parsed = parse_value(text)
    assert (parsed.value, parsed.value_max) == (value, value_max)
