"""Group references to countries named before ("the two sides", "both countries", "both
navies", "the four signatory countries"): the last set of exactly that many countries, in
the role the sentence gives it; none when no such set was named, or it is ambiguous."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the two sides" with no link told before: the two countries named
            "Report\n\nOfficials of Zambia and Malawi opened a border liaison office at Mwami. "
            "Under the new procedures, the two sides will share data on suspicious cargo and "
            "hold joint patrols.",
            {("MWI", "ZMB")},
        ),
        (  # the last link is one country's own: "both countries" are still the two named
            "Report\n\nOfficials of Benin and Niger opened a border liaison office at "
            "Malanville. The Nigerien Customs Service met the Nigerien National Police in Gaya. "
            "The office was funded by Germany, which has supported border posts in both "
            "countries.",
            {("BEN", "DEU"), ("DEU", "NER")},
        ),
        (  # "both navies": bodies of two countries, each funded by the donor
            "Report\n\nBoarding teams of the Kenya Navy and the Tanzania Navy completed a joint "
            "exercise off Mombasa. The course was funded by Norway, which pays for the training "
            "of both navies.",
            {("KEN", "TZA"), ("KEN", "NOR"), ("NOR", "TZA")},
        ),
        (  # "the four signatory countries": each with the donor, not with each other again
            "Report\n\nThe interior ministers of Chad, Niger, Mali and Burkina Faso signed the "
            "Niamey Declaration on border security. Canada will fund a course for the judges of "
            "the four signatory countries.",
            {
                ("BFA", "MLI"),
                ("BFA", "NER"),
                ("BFA", "TCD"),
                ("MLI", "NER"),
                ("MLI", "TCD"),
                ("NER", "TCD"),
                ("BFA", "CAN"),
                ("CAN", "MLI"),
                ("CAN", "NER"),
                ("CAN", "TCD"),
            },
        ),
    ],
)
def test_a_group_reference_takes_the_countries_named_before(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no earlier set of two countries: one country and a UN office
        "Report\n\nOfficials of Chile met UNODC in Santiago. The two sides agreed to share data "
        "on precursor seizures.",
        # ambiguous: three countries named after the two
        "Report\n\nOfficials of Zambia and Malawi opened a border liaison office at Mwami. "
        "Delegates of Angola, Namibia and Botswana were also present. The two sides will share "
        "data on suspicious cargo.",
        # a set of the wrong size
        "Report\n\nOfficials of Ghana and Togo opened a border liaison office at Aflao. Japan "
        "funds training in all three countries.",
        # named in another section
        "Report\n\nOfficials of Ghana and Togo opened a border liaison office at Aflao.\n\n"
        "Next steps\n\nThe two sides will share data on suspicious cargo.",
    ],
)
def test_a_group_reference_without_one_fitting_set_links_nobody(text: str) -> None:
    assert country_pairs(text) == set()


def test_a_wish_to_join_is_no_link_with_the_two_sides() -> None:
    text = (
        "Report\n\nFiji and Samoa ran a joint patrol in March. Tonga has expressed interest in "
        "joining a second patrol, which remains under discussion with both sides."
    )
    assert country_pairs(text) == {("FJI", "WSM")}


def test_an_interest_told_in_a_relative_clause_keeps_the_act() -> None:
    text = (
        "Report\n\nFiji and Samoa signed a memorandum on maritime patrols. Tonga, which had "
        "expressed interest in the patrols, received training from Fijian officers."
    )
    assert ("FJI", "TON") in country_pairs(text)


def test_a_donor_to_both_agencies_leaves_them_the_pair_of_later_sentences() -> None:
    text = (
        "Report\n\nThe drug control agencies of Kyrgyzstan and Tajikistan held a joint exercise "
        "with the support of UNODC. Radios used by both agencies were funded by Finland. Kazakh "
        "instructors later trained the two agencies in vehicle searches."
    )
    assert country_pairs(text) == {
        ("KGZ", "TJK"),
        ("FIN", "KGZ"),
        ("FIN", "TJK"),
        ("KAZ", "KGZ"),
        ("KAZ", "TJK"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the two ministers" after a visit: the two visitors, not the host's last guest
            "Visit\n\nMinisters of Niger and Benin visited Togo in June. In Lomé the two "
            "ministers signed a bilateral protocol on customs data.",
            {("BEN", "TGO"), ("NER", "TGO"), ("BEN", "NER")},
        ),
        (  # near miss: after a host and its guests, "the two sides" is not the guests
            "Training\n\nJordan hosted a course for officers from Iraq and Lebanon. The two "
            "sides agreed to hold a second course in Beirut.",
            {("IRQ", "JOR"), ("JOR", "LBN")},
        ),
        (  # a statistic's countries are no set for "the three signatory countries"
            "Declaration\n\nArrests in 2023 were reported by Peru, Chile, Bolivia and Ecuador. "
            "The ministers of Peru, Chile and Bolivia signed the Arica Declaration. Spain will "
            "fund training for the prosecutors of the four signatory countries.",
            {("BOL", "CHL"), ("BOL", "PER"), ("CHL", "PER")},
        ),
        (  # nor for "the two sides"
            "Office\n\nOfficials of Senegal and Mauritania opened a border liaison office at "
            "Rosso. Mali and Guinea reported higher cannabis seizures last year. The two sides "
            "will exchange passenger data.",
            {("MRT", "SEN")},
        ),
        (  # a donor in its own relative clause gives to "both countries", not pairs them
            "Posts\n\nOfficials of Senegal and Mauritania opened a border liaison office at "
            "Rosso. Norway, which finances border posts in both countries, paid for the radios.",
            {("NOR", "SEN"), ("MRT", "NOR")},
        ),
    ],
)
def test_group_references_need_a_set_that_acts(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected
