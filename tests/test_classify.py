"""Global South / North groups and link classes, from cited lists."""

from __future__ import annotations

import countrygroups
import pytest

from kg.classify import CLASSIFICATION, country_group, link_class, northern, southern


def test_lists_are_disjoint_and_cited() -> None:
    assert not southern() & northern()
    assert len(northern()) == 31 and "NOR" in northern() and "EUU" not in northern()
    assert CLASSIFICATION.south.version == countrygroups.__version__
    assert CLASSIFICATION.north.url.startswith("https://www.oecd.org/")
    assert "g77.org" in CLASSIFICATION.south.url


@pytest.mark.parametrize(
    ("iso3", "group"),
    [("IRN", "global-south"), ("AFG", "global-south"), ("NOR", "global-north"), ("ARM", None)],
)
def test_country_group(iso3: str, group: str | None) -> None:
    assert country_group(iso3) == group


@pytest.mark.parametrize(
    ("countries", "multilateral", "expected"),
    [
        (["IRN", "AFG"], False, "south-south"),
        (["IRN", "AFG", "PAK"], False, "south-south"),
        (["IRN", "AFG"], True, "triangular"),
        (["IRN", "AFG", "NOR"], False, "triangular"),
        (["IRN", "NOR"], False, "north-south"),
        (["IRN", "NOR"], True, "north-south"),
        (["IRN", "NOR", "ESP"], False, "north-south"),
        (["NOR", "ESP"], True, "north-north"),
        (["IRN", "ARM"], False, "unclassified"),
        (["IRN"], True, "unclassified"),
        ([], False, "unclassified"),
        (["IRN", "IRN"], False, "unclassified"),
    ],
)
def test_link_class(countries: list[str], multilateral: bool, expected: str) -> None:
    assert link_class(countries, multilateral=multilateral) == expected
