"""Countries a sentence names together without their cooperating: the beneficiaries a
programme's team serves, spelled out after a colon; the country a regional office sits in,
which is no beneficiary of the funds its report tells of; and where goods were ordered from."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a team's programme countries: each served on its own
            "Leaflet\n\nThe Andean team works from an office in Lima and supports four programme "
            "countries: Bolivia, Ecuador, Paraguay and Peru.",
            set(),
        ),
        (
            "Fact sheet\n\nThe regional project assists three beneficiary countries: Benin, Togo "
            "and Ghana.",
            set(),
        ),
        (
            "Fact sheet\n\nThe project's beneficiary countries are: Benin, Togo and Ghana.",
            set(),
        ),
        (  # a donor's body serving them: each paired with the donor, not with each other
            "Release\n\nThe Norwegian embassy supports three beneficiary countries: Benin, Togo "
            "and Ghana.",
            {("BEN", "NOR"), ("GHA", "NOR"), ("NOR", "TGO")},
        ),
        (  # near miss: a colon list that signs is a clique
            "Note\n\nThree countries signed the joint declaration: Benin, Togo and Ghana.",
            {("BEN", "GHA"), ("BEN", "TGO"), ("GHA", "TGO")},
        ),
        (  # near miss: served countries that then act jointly
            "Note\n\nThe programme supports three countries: Benin, Togo and Ghana, which "
            "conducted a joint operation in May.",
            {("BEN", "GHA"), ("BEN", "TGO"), ("GHA", "TGO")},
        ),
    ],
)
def test_served_countries_after_a_colon(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


_BODY = (
    "\n\nThe office in Senegal supported Senegalese customs in 2024. The port control units of "
    "the UNODC-WCO Container Control Programme (CCP) seized 3 tons. In the CCP's West African "
    "component, funded by Norway and Sweden, 41 port officers were certified as trainers."
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("UNODC Regional Office for West and Central Africa\nAnnual report 2024", set()),
        ("UNODC Regional Section for the Sahel\nYear in review", set()),
        (  # near miss: a country office's report is about its country
            "UNODC Programme Office in Senegal\nAnnual report 2024",
            {("NOR", "SEN"), ("SEN", "SWE")},
        ),
    ],
)
def test_regional_office_seat_is_no_beneficiary(title: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(title + _BODY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # where drugs were ordered: an origin, not a party to the meeting
            "Communique\n\nAll delegations reported growing quantities of pills ordered online "
            "from Belgium and Spain.",
            set(),
        ),
        (
            "Note\n\nParticipants noted that most precursors seized in the region had been "
            "imported from Chile and Peru.",
            set(),
        ),
        (  # near miss: the exchanging partners keep their link, the origin joins nobody
            "Note\n\nThe Kenyan police exchanged intelligence with the Ugandan police on "
            "tablets bought online from Poland.",
            {("KEN", "UGA")},
        ),
        (  # near miss: a donor named after the origin is no origin
            "Note\n\nGhana imported scanners from India with funding from Canada.",
            {("CAN", "GHA")},
        ),
        (  # near miss: training from a country is no origin of goods
            "Note\n\nThe Kenyan police received training from Germany and France on darknet "
            "investigations.",
            {("DEU", "KEN"), ("FRA", "KEN")},
        ),
    ],
)
def test_origin_of_goods_is_no_partner(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected
