"""The donor's side of a report: each recipient with its donor, each guest with its host, not
with each other; interest, invitations and consultations that came to no act link nobody."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # recipients spelled out after a colon, each with an amount
            "Sida funded four national components: Kenya (SEK 20 million), Uganda (SEK 12 "
            "million) and Rwanda (SEK 9 million).",
            {("KEN", "SWE"), ("RWA", "SWE"), ("SWE", "UGA")},
        ),
        (  # guests of a host's training cycles held at its school
            "In 2023 the Kenya Ports Authority hosted three training sessions at its school in "
            "Mombasa for Ugandan and Rwandan customs officers.",
            {("KEN", "RWA"), ("KEN", "UGA")},
        ),
        (  # a list that acts together after a colon stays a clique
            "Kenya, Uganda and Rwanda agreed on three points: they will exchange information.",
            {("KEN", "RWA"), ("KEN", "UGA"), ("RWA", "UGA")},
        ),
    ],
)
def test_recipients_and_guests_link_with_their_donor_or_host_only(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


WRITTEN_ANSWER = (
    "Written answer\n\n"
    "The Norwegian Agency for Development Cooperation (Norad) spent NOK 90 million on drug "
    "control assistance in 2023. The largest {who} were as follows:\n"
    "- Ghana: NOK 20 million, for the port control unit in Tema;\n"
    "- Senegal: NOK 12 million, supporting the Senegalese customs' container profiling;\n"
    "- Cabo Verde: NOK 8 million, for maritime surveillance.\n"
)


def test_the_recipients_of_a_list_are_funded_by_the_spender_before_it() -> None:
    assert country_pairs(WRITTEN_ANSWER.format(who="recipients")) == {
        ("GHA", "NOR"),
        ("NOR", "SEN"),
        ("CPV", "NOR"),
    }


@pytest.mark.parametrize(
    "text",
    [
        WRITTEN_ANSWER.format(who="trafficking routes"),  # not recipients
        WRITTEN_ANSWER.replace("The Norwegian", "UNODC and the Norwegian"),  # no one donor
    ],
)
def test_a_list_of_other_things_or_of_no_one_donor_links_nobody(text: str) -> None:
    assert not {p for p in country_pairs(text) if "NOR" in p}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # interest shown, nothing committed
            "Mobilise funding for the Tajik component; the review notes that Norway expressed "
            "interest at a donor meeting in Dushanbe, but no commitment has been made.",
            set(),
        ),
        (  # an experience cited, no exchange planned
            "Thailand's experience with crop substitution was cited as a model by the Myanmar "
            "delegation, though no formal exchange is planned.",
            set(),
        ),
        (  # invited but absent: neither the invitee nor the observer links
            "The Board met twice. Mongolia attended the 2022 and 2023 meetings as an observer; "
            "Nepal was invited but did not attend.",
            set(),
        ),
        (  # those consulted without funding are nobody's partners
            "Consultation without funding (Malawi, Zambia) gave useful advice but no lasting "
            "results.",
            set(),
        ),
        (  # a closing view of the act names no party to it
            "The minister recalled that Spain had already supported Morocco: in 2022, AECID and "
            "Morocco's Ministry of Interior signed a memorandum on port control, which the "
            "Spanish side regards as the model for the Senegalese project.",
            {("ESP", "MAR")},
        ),
    ],
)
def test_what_came_to_no_act_links_nobody(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the interest carried on with what goes on
            "Norway expressed interest in continuing the training of Kenyan officers.",
            {("KEN", "NOR")},
        ),
        (  # an exchange that is planned
            "Thailand shared its experience with crop substitution with the Myanmar delegation, "
            "and a formal exchange is planned.",
            {("MMR", "THA")},
        ),
        (  # the absent invitee goes, the signatories stay
            "Nepal and Bhutan signed a memorandum; India was invited but did not take part.",
            {("BTN", "NPL")},
        ),
        (  # "without funding from donors" with no names in parentheses: the training stands
            "Kenya trained Ugandan and Rwandan officers without funding from donors (2023).",
            {("KEN", "RWA"), ("KEN", "UGA")},
        ),
        (  # a relative clause of an act, not of a view, keeps its actor
            "In 2022, AECID and Morocco's Ministry of Interior signed a memorandum on port "
            "control, which the Senegalese customs joined as a third party in 2023.",
            {("ESP", "MAR"), ("ESP", "SEN"), ("MAR", "SEN")},
        ),
    ],
)
def test_near_misses_keep_their_links(text: str, expected: set) -> None:
    assert country_pairs(text) == expected
