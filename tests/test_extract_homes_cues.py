"""Actors whose home or cue was not read: a national body's seat ("the … Unit (AHTU) in
Nairobi"), an intelligence unit's disclosure to a foreign one, an interviewee's "we
exchange", and a donor named in a relative clause of what it funds."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body defined with its seat: the city's country is its home
            "Ministry of Interior of Kenya\n\nPress release\n\n"
            "Officers of the Counter-Trafficking Unit (CTU) in Nairobi took part in the raid. "
            "The CTU also exchanged information with the Ethiopian Federal Police on two "
            "suspects.",
            {("ETH", "KEN")},
        ),
        (  # the seat right after the name
            "Zambia bulletin\n\n"
            "The Financial Crimes Directorate in Lusaka exchanged information with the "
            "Tanzanian Police Force on a laundering case.",
            {("TZA", "ZMB")},
        ),
        (  # a town no gazetteer knows, but the dateline names: the report's country's
            "Mozambique customs news\n\nNacala, 4 May — Officers of the Container Control "
            "Unit (CCU) of Nacala completed a study visit hosted by the South African Revenue "
            "Service.",
            {("MOZ", "ZAF")},
        ),
        (  # the same unit under no dateline: its home stays unknown
            "Mozambique customs news\n\nOfficers of the Container Control Unit (CCU) of Nacala "
            "completed a study visit hosted by the South African Revenue Service.",
            set(),
        ),
        (  # a city of another country than the report's: often a venue, so no home
            "Jamaica Constabulary Force bulletin\n\n"
            "The Financial Investigations Bureau in Port of Spain exchanged information with the "
            "Colombian National Police.",
            set(),
        ),
        (  # an office in a city is often another's representation: no home from the city
            "Zambia bulletin\n\n"
            "The Drug Liaison Office in Lusaka exchanged information with the Tanzanian "
            "Police Force on a laundering case.",
            set(),
        ),
        (  # nor is a joint body the country's where it sits
            "Zambia bulletin\n\n"
            "The Joint Analysis Centre in Lusaka exchanged information with the Tanzanian "
            "Police Force on a laundering case.",
            set(),
        ),
        (  # a list of countries after "in" is no seat (though Mali is a Guinean prefecture)
            "Regional bulletin\n\n"
            "The Border Intelligence Units in Mali and Senegal exchanged information with the "
            "Ghana Police Service. The review meeting took place in Guinea.",
            {("GHA", "MLI"), ("GHA", "SEN")},
        ),
    ],
)
def test_seat_of_a_national_body(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FIU bulletin\n\nIn May the Financial Intelligence Centre of Namibia made a "
            "spontaneous disclosure to the Financial Intelligence Agency of Botswana about a "
            "suspected fraud.",
            {("BWA", "NAM")},
        ),
        (
            "FIU bulletin\n\nThe Financial Intelligence Centre of Namibia disclosed two "
            "suspicious transaction reports to the Financial Intelligence Agency of Botswana.",
            {("BWA", "NAM")},
        ),
        (  # a disclosure to a body at home links nobody
            "FIU bulletin\n\nThe Financial Intelligence Centre of Namibia disclosed two "
            "suspicious transaction reports to the Namibian Police Force.",
            set(),
        ),
    ],
)
def test_disclosure_to_a_foreign_unit(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an interview with a body of the country the title names: "we" are that country
            "Four questions to the Tanzania Police Force\n\n"
            "Commissioner Amina Said heads the Marine Police Unit of the Tanzania Police Force. "
            "She spoke to our newsletter about smuggling.\n\n"
            "Q: Who are your partners?\n"
            "A: We exchange intelligence every week with our colleagues in Mozambique.",
            {("MOZ", "TZA")},
        ),
        (  # an interview with an adviser of an international office: "we" stay unknown
            "Four questions to a UNODC maritime adviser\n\n"
            "Dr Amina Said advises the UNODC Global Maritime Crime Programme. She spoke to our "
            "newsletter about smuggling.\n\n"
            "Q: Who are your partners?\n"
            "A: We exchange intelligence every week with our colleagues in Mozambique.",
            set(),
        ),
    ],
)
def test_interviewee_we_exchange(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the donor in one relative clause, the recipient in another
            "Liberia news\n\nA third shipment of radios, which Norway has also funded and "
            "which is destined for the Sierra Leone Police, arrived in March.",
            {("NOR", "SLE")},
        ),
        (
            "Liberia news\n\nThe consignment, which Norway financed, was handed to the Sierra "
            "Leone Police in March.",
            {("NOR", "SLE")},
        ),
        (  # a shipment's origin, funded by someone else, stays a place of trafficking
            "Liberia news\n\nCocaine consignments from Colombia funded by criminal groups "
            "were seized by the Sierra Leone Police.",
            set(),
        ),
    ],
)
def test_donor_in_a_relative_clause(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a disclosure to the press is no exchange with a foreign unit
        "Belgium\n\nAfter the disclosure to the French media of the recordings, Belgian police "
        "detained two men.",
        # nor is a disclosure that was not made
        "Austria\n\nNo disclosure was made to the Austrian FIU by the German authorities in 2021.",
        # a place of origin before "financed" is no giver
        "Pakistan\n\nHeroin smuggled from Afghanistan financed armed groups in Pakistan.",
    ],
)
def test_no_disclosure_or_giver_of_that_kind(text: str) -> None:
    assert country_pairs(text) == set()
