"""Forms in which an actor is named: a body's code in brackets, its own-language name in
brackets, a capital standing for its government, staff joining another country's body, and
information passed on to a body after a drug named as its topic."""

import pytest
from test_extract_support import country_pairs

_UNIT = (
    "Monthly bulletin\n\nThe Lao Anti-Drug Investigation Bureau (K02) and the National Police "
    "of Thailand signed a memorandum in May. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the code bound in brackets names the unit later, and acts for its country
            _UNIT + "Since then, the Japanese National Police Agency has seconded an adviser to "
            "the K02 office in Vientiane. A joint investigation conducted by K02 with the Myanmar "
            "Police Force led to six arrests.",
            {("LAO", "THA"), ("JPN", "LAO"), ("LAO", "MMR")},
        ),
        (  # a code of something else, never bound, names nobody
            _UNIT + "Objective A05 of the plan covers seizures reported in Myanmar.",
            {("LAO", "THA")},
        ),
    ],
)
def test_a_unit_code_in_brackets_names_the_unit(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the registry body's own-language name in brackets: the same office, not the issuer's
            "Embassy of Norway in Albania\n\nThe Federal Police Office of the Republic of "
            "Austria (Bundeskriminalamt, BK) trained 20 Albanian investigators in Graz.",
            {("ALB", "AUT")},
        ),
        (  # not in brackets after a name: the bare registry name is still read as before
            "Embassy of Norway in Albania\n\nThe Bundeskriminalamt of Germany trained 20 "
            "Albanian investigators in Wiesbaden.",
            {("ALB", "DEU")},
        ),
    ],
)
def test_a_name_in_brackets_is_the_body_before_it(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nOttawa has funded the Jamaica Constabulary Force's port unit since 2020.",
            {("CAN", "JAM")},
        ),
        (  # after an opening phrase
            "News\n\nIn 2022, Canberra signed a memorandum with the Royal Solomon Islands Police "
            "Force.",
            {("AUS", "SLB")},
        ),
        (  # a host of a meeting is no partner
            "News\n\nCanberra hosted a meeting on maritime security with the Royal Solomon "
            "Islands Police Force.",
            set(),
        ),
        (  # a place of training
            "News\n\nOfficers of the Royal Solomon Islands Police Force were trained in Canberra.",
            set(),
        ),
        (  # a large city that is not the capital stands for no government
            "News\n\nMelbourne has funded the Royal Solomon Islands Police Force since 2020.",
            set(),
        ),
        (  # a place on a route, not the subject
            "News\n\nHeroin trafficked through Islamabad funded the Royal Solomon Islands "
            "Police Force.",
            set(),
        ),
    ],
)
def test_a_capital_as_subject_stands_for_its_government(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nTwo Ghanaian investigators joined the Economic and Financial Crimes "
            "Commission of Nigeria in March for a year.",
            {("GHA", "NGA")},
        ),
        (  # joining an event the other country's body organizes is no placement
            "News\n\nA Ghanaian prosecutor joined the webinar organized by the Economic and "
            "Financial Crimes Commission of Nigeria.",
            set(),
        ),
    ],
)
def test_staff_joining_another_countrys_body(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a drug named as the topic of the information, not its route
            "Weekly notes\n\nColombia's Anti-Narcotics Police forwarded intelligence on a cocaine "
            "shipment to the Panamanian authorities.",
            {("COL", "PAN")},
        ),
        (
            "Weekly notes\n\nThe Moldovan Border Police relayed information about a heroin "
            "consignment to Romania last week.",
            {("MDA", "ROU")},
        ),
        (  # told to the press; the country after is the drug's destination
            "Weekly notes\n\nThe Serbian police passed information to journalists on cocaine "
            "shipped to Croatia.",
            set(),
        ),
        (  # a route, no information
            "Weekly notes\n\nCocaine passed from Serbia to Croatia in containers.",
            set(),
        ),
    ],
)
def test_information_passed_on_to_a_body(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the "to" of a movement inside the information; then the sender's own unit
            "Weekly notes\n\nThe Ghanaian Narcotics Control Commission passed information on a "
            "yacht sailing to Spain to its central unit in Accra.",
            set(),
        ),
        (  # past the movement's destination, the one the information is passed to
            "Weekly notes\n\nThe Peruvian police forwarded intelligence on couriers flying to the "
            "Netherlands to the Royal Netherlands Marechaussee.",
            {("NLD", "PER")},
        ),
        (  # a press office is the press
            "Weekly notes\n\nThe Albanian State Police relayed information about a van headed to "
            "Greece to the press office of the Ministry of Interior in Tirana.",
            set(),
        ),
        (  # not passed on
            "Weekly notes\n\nThe Ecuadorian police did not pass the information to their "
            "Colombian counterparts before the ship sailed.",
            set(),
        ),
        (  # passed on; what did not happen came after
            "Weekly notes\n\nThe Ecuadorian police passed the information to their Colombian "
            "counterparts, but the ship was never found.",
            {("COL", "ECU")},
        ),
    ],
)
def test_information_passed_on_past_a_movement(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the seat of the European Union's institutions stands for the Union
            "News\n\nBrussels has funded a border management project in Chad and Cameroon, "
            "implemented by UNODC.",
            set(),
        ),
        (  # a person named like a capital, signing for another body
            "News\n\nLima signed the agreement with the Bolivian Special Force to Fight Drug "
            "Trafficking on behalf of the Ecuadorian National Police.",
            {("BOL", "ECU")},
        ),
        (  # shares of a statistic are no giving
            "News\n\nBishkek contributed 15 per cent of the region's opium seizures, while Astana "
            "contributed 9 per cent.",
            set(),
        ),
        (
            "News\n\nIn 2021, Madrid funded 40 per cent of the cocaine seizures reported with the "
            "Moroccan Royal Gendarmerie.",
            set(),
        ),
        (  # money contributed is given
            "News\n\nCopenhagen contributed EUR 2 million to the case management project of the "
            "Kenyan Judiciary.",
            {("DNK", "KEN")},
        ),
    ],
)
def test_a_capital_gives_money_or_staff_not_shares(text: str, expected: set) -> None:
    assert country_pairs(text) == expected
