"""Project cards and programme pages: "Donor:" and "Beneficiaries:" lines, recipients that
"receive" sums, secondments of officers, and what "the two agencies" and "all three
countries" refer to in a sentence about one country's own bodies."""

import pytest
from test_extract_support import country_pairs

CARD = (
    "Partners and donors\n\n"
    "Project: Gulf of Guinea Anti-Trafficking Units\n"
    "Donor: Germany (2023–2025)\n"
    "Beneficiaries: Benin, Togo\n"
    "Implementing partner: UNODC\n\n"
    "Project: West African Forensic Network\n"
    "Donor: to be confirmed\n"
    "Beneficiaries: Sierra Leone, Liberia\n"
)


def test_a_donor_line_funds_the_beneficiaries_line_of_its_card() -> None:
    assert country_pairs(CARD) == {("BEN", "DEU"), ("DEU", "TGO")}


def test_a_beneficiaries_line_of_another_card_has_no_donor() -> None:
    text = "Projects\n\nDonor: Germany\n\nBeneficiaries: Benin, Togo\n"
    assert country_pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # recipients of sums, each on its own
            "Under a grant from Japan, Cambodia and Lao PDR will receive USD 1.3 million and USD "
            "1.1 million respectively for new border offices.",
            {("JPN", "KHM"), ("JPN", "LAO")},
        ),
        (
            "In Albania, the National Crime Agency (NCA) has two officers seconded to the "
            "Albanian State Police in Tirana.",
            {("ALB", "GBR")},
        ),
        (  # one prosecutor seconded to a UN office is no link with it
            "A Canadian prosecutor seconded to UNODC facilitated an exercise for judges from "
            "Chad and Niger, in N'Djamena.",
            set(),
        ),
        (  # analysts sent to Europol by two countries: no link between them
            "Analysts were seconded to Europol from Spain and Portugal.",
            set(),
        ),
        (  # an exchange: each receives the other's
            "Peru and Bolivia receive each other's liaison officers under the 2019 agreement.",
            {("BOL", "PER")},
        ),
        (  # "the two largest donors" who sign with each other are partners
            "Japan and Norway, the two largest donors, signed a memorandum to coordinate their "
            "assistance.",
            {("JPN", "NOR")},
        ),
        (  # a semicolon is no contrast: "all three countries" are the donor's
            "Partner countries: Benin, Niger and Nigeria.\nJapan is the donor; it financed border "
            "equipment for all three countries.",
            {("BEN", "JPN"), ("JPN", "NER"), ("JPN", "NGA")},
        ),
        (  # a proposal to host is no visit yet
            "Indonesia's National Narcotics Board has proposed to host a follow-up visit for "
            "Timorese investigators in 2026, but no agreement has yet been reached.",
            set(),
        ),
    ],
)
def test_recipients_secondments_and_proposals(text: str, expected: set) -> None:
    assert country_pairs(text) == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize(
    "second",
    [
        # "the two agencies": the two just named, both Ghana's
        "In Ghana, the Ghana Revenue Authority and the Narcotics Control Commission signed a "
        "memorandum on joint profiling, clarifying the roles of the two agencies.",
        # the group named in a later clause of contrast is not the act's
        "In Ghana, the Ghana Revenue Authority and the Ghana Police Service signed a national "
        "procedure, but budgets remain short in all three countries.",
    ],
)
def test_one_countrys_bodies_refer_to_themselves(second: str) -> None:
    first = "Nigeria, Togo and Benin signed a memorandum. Nigeria and Togo then exchanged data. "
    assert country_pairs("News\n\n" + first + second) == {
        ("BEN", "NGA"),
        ("BEN", "TGO"),
        ("NGA", "TGO"),
    }
