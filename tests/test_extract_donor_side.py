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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # nothing pledged for a later phase: the phase funded before still links
            "Norway financed the first stage of the border project in Mozambique; no pledge "
            "has been made for the next stage.",
            {("MOZ", "NOR")},
        ),
        (
            "Austria provided EUR 500,000 to Moldova in 2021, though no commitment was made "
            "for 2022.",
            {("AUT", "MDA")},
        ),
        (  # with no act before it, "no formal visit is planned" undoes the sentence's link
            "The Peruvian model was cited by the Ecuadorian delegation, though no formal visit "
            "is planned.",
            set(),
        ),
        (  # the viewers are the parties the rest of the sentence refers back to
            "The agreement, which Kenya and Tanzania regard as a milestone, was ratified by "
            "both governments in Arusha.",
            {("KEN", "TZA")},
        ),
        (  # a wish at a meeting, then an act of the same donor
            "Belgium expressed interest at the 2021 donor meeting and has since financed a "
            "shelter in Niger.",
            {("BEL", "NER")},
        ),
        (  # the wish alone
            "Belgium expressed interest at the 2021 donor meeting on the shelter in Niger.",
            set(),
        ),
        (  # acts that took place unfunded still took place
            "Two joint inspections took place without funding (Croatia and Slovenia) in 2022.",
            {("HRV", "SVN")},
        ),
        (  # those who only joined without funding are not the donor's partners
            "France funded the pilot in Senegal, while two countries took part without funding "
            "(Mali, Guinea).",
            {("FRA", "SEN")},
        ),
    ],
)
def test_negations_and_views_take_out_only_their_own_clause(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


def test_a_second_which_clause_stating_an_act_keeps_its_actor() -> None:
    pairs = country_pairs(
        "Spain trained Mauritanian fishery inspectors in 2021, which Portugal regards as "
        "exemplary and which Portugal co-funded."
    )
    assert ("MRT", "PRT") in pairs
