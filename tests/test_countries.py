"""Tests of the country gazetteer: names, demonyms, traps, offsets and speed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.countries import all_countries, country_info, find_countries, iso3_for_name


def codes(text: str) -> list[str]:
    return [m.iso3 for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Islamic Republic of Iran", ["IRN"]),
        ("IR of Iran and I.R. of Iran", ["IRN", "IRN"]),
        ("Iran's readiness", ["IRN"]),
        ("funding from the Kingdom of Norway", ["NOR"]),
        ("the Russian Federation and the Republic of Korea", ["RUS", "KOR"]),
        ("United Arab Emirates, Viet Nam, Vietnam", ["ARE", "VNM", "VNM"]),
        ("Türkiye and Turkey", ["TUR", "TUR"]),
        ("the Government of Japan", ["JPN"]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_longest_match_is_one_mention() -> None:
    (m,) = find_countries("UNODC in the Islamic Republic of Iran.")
    assert (m.text, m.iso3, m.form) == ("Islamic Republic of Iran", "IRN", "name")


def test_reference_data() -> None:
    iran = country_info("IRN")
    assert (iran.name, iran.wikidata, iran.official_name) == ("Iran", "Q794", "Islamic Republic of Iran")
    assert "Iranian" in iran.demonyms
    assert [c.iso3 for c in all_countries()] == sorted(c.iso3 for c in all_countries())
    with pytest.raises(KeyError):
        country_info("XYZ")


def test_iso3_for_name() -> None:
    assert iso3_for_name("the Netherlands") == "NLD"
    assert iso3_for_name("IRANIAN") == "IRN"
    assert iso3_for_name("Atlantis") is None


@given(st.text())
def test_offsets_round_trip(text: str) -> None:
    mentions = find_countries(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
