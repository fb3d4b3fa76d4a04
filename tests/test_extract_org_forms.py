"""Organization name forms: offices placed in a city or region, and the shapes of unseen names
(commas inside a name, abbreviations, names in other languages, acronym-only bodies)."""

import pytest
from test_extract_support import country_pairs, entities

ORG = "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya: border security\n\nThe UNODC Programme Office in Mombasa trained port officers.",
        "Peru: coca crops\n\nThe survey was run by the UNODC Country Office for the Andean Region.",
        "Chad: prisons\n\nThe UNDP Country Office in N'Djamena delivered equipment to the prison.",
    ],
)
def test_an_office_in_a_city_or_region_is_the_body_itself(text: str) -> None:
    orgs = entities(text, ORG)
    assert not any(key.startswith("organization/un") and "-" in key for key in orgs), orgs
    assert any(key in ("organization/unodc", "organization/undp") for key in orgs)


def test_an_office_in_a_country_or_unplaced_stays_a_country_office() -> None:
    assert "organization/unodc-ken" in entities(
        "Tanzania: ports\n\nThe UNODC Programme Office in Kenya trained port officers.", ORG
    )
    assert "organization/unodc-ken" in entities(
        "Kenya: ports\n\nThe UNODC Programme Office trained port officers.", ORG
    )


def test_an_office_in_a_city_adds_no_country_to_a_link() -> None:
    text = (
        "Austrian embassy release\n\nAustria funded the training of Moldovan border guards, "
        "delivered by the UNODC Programme Office in Chisinau."
    )
    assert country_pairs(text) == {("AUT", "MDA")}
