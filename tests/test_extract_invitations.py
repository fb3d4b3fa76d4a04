"""Invitations and requests nobody has answered, invitations still to be sent, and requests
still being assessed: the invitee is nobody's partner yet, whoever else the sentence links."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no reply, said in the next sentence
            "Morocco\n\nThe Moroccan Ministry of Interior invited the Algerian authorities to a "
            "technical meeting on border security. No reply had been received by the end of the "
            "year.",
            set(),
        ),
        (  # … or in the same one
            "Papua New Guinea has invited the Federated States of Micronesia to join a joint "
            "patrol; no reply has been received so far.",
            set(),
        ),
        (
            "The Trinidad and Tobago Coast Guard's request to the Venezuelan authorities for a "
            "technical meeting, sent in January, has not been answered.",
            set(),
        ),
        (  # a decision to invite is no act with the invitee, nor between the inviters
            "Kazakhstan and Uzbekistan decided to invite the Kyrgyz Republic to join the "
            "information exchange. The Kyrgyz side has not yet responded to the invitation.",
            set(),
        ),
        (  # an invitation still to be sent
            "Ghana and Côte d'Ivoire signed a memorandum in March. Both sides said they would "
            "invite Togolese investigators to the next review meeting.",
            {("CIV", "GHA")},
        ),
        (  # a request still being assessed
            "Brazil trained Paraguayan chemists in 2025. Argentina has since asked to join the "
            "initiative; the request is still being assessed by both agencies.",
            {("BRA", "PRY")},
        ),
    ],
)
def test_an_unanswered_invitation_links_nobody(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # answered, or taken up: the invitation is history
            "Thailand invited Lao officials to a study visit in Bangkok, which took place in May.",
            {("LAO", "THA")},
        ),
        (  # the reply that has not come is another matter than the invitation
            "Peru invited Bolivian prosecutors to a course in Lima in March. Brazil has not yet "
            "signed the protocol.",
            {("BOL", "PER")},
        ),
        (  # an unanswered request leaves the rest of the sentence's links standing
            "Japan funded scanners for Ghana and Togo, while the request to Benin has not been "
            "answered.",
            {("GHA", "JPN"), ("JPN", "TGO")},
        ),
    ],
)
def test_an_invitation_taken_up_still_links(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the next sentence's unanswered request is another one
            "Germany approached the Netherlands about forming a joint investigation team, and the "
            "team was established in May. A request to Belgium to join has not been answered.",
            {("DEU", "NLD")},
        ),
        (  # "no reply … from Burundi": not the invitees'
            "The Kenyan police invited officers from Uganda and Tanzania to a training course in "
            "Nairobi, which 30 officers attended. No reply was received from Burundi, which had "
            "also been contacted.",
            {("KEN", "TZA"), ("KEN", "UGA")},
        ),
        (  # invited by someone: an invitation taken up
            "Spain, invited by Morocco, joined the joint patrol in the Strait of Gibraltar. There "
            "was no response from the smugglers' vessel when it was hailed.",
            {("ESP", "MAR")},
        ),
        (
            "Acting on a request to Panama from the United States, Panamanian authorities carried "
            "out a controlled delivery with US agents. Several questions from the press went "
            "unanswered.",
            {("PAN", "USA")},
        ),
    ],
)
def test_a_reply_missing_elsewhere_leaves_the_invitation(text: str, expected: set) -> None:
    assert country_pairs(text) == expected
