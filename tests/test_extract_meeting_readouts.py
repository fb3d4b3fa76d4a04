"""Readouts of calls, visits and commissions: whom "the two ministers" and "the Parties" are,
what a pair only welcomes, routes, and proposals merely noted or discussed."""

import pytest
from test_extract_support import country_pairs

_LETTERHEAD = "Ministry of Foreign Affairs\nRepublic of Kenya\n\nPRESS RELEASE\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a letterhead's country issues it: the call is with Uganda, not Uganda and Ethiopia
            _LETTERHEAD + "Minister speaks with Ugandan counterpart and travels to Addis Ababa\n\n"
            "Nairobi, 4 May 2025 – The Cabinet Secretary held a telephone call with the Minister "
            "of Foreign Affairs of Uganda, during which the two ministers agreed that their police "
            "forces will exchange liaison officers.",
            {("KEN", "UGA")},
        ),
        (  # after talks with one country, "the two ministers" are the issuer and that country
            _LETTERHEAD + "Ugandan and Ethiopian officials signed a memorandum on border posts.\n\n"
            "On Monday, the Cabinet Secretary travelled to Kampala and held talks with his "
            "Ugandan counterpart. In the presence of the two ministers, the two police services "
            "signed a memorandum on controlled deliveries.",
            {("ETH", "UGA"), ("KEN", "UGA")},
        ),
    ],
)
def test_the_two_ministers_are_the_issuer_and_the_one_it_met(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a report by no country's body: the last two countries named
            "Regional Bulletin\n\nUganda and Ethiopia signed a memorandum on border posts. The two "
            "sides agreed to exchange liaison officers.",
            {("ETH", "UGA")},
        ),
        (  # no talks: "both countries" a donor supports are the two named before
            _LETTERHEAD + "Officials of Uganda and Ethiopia opened a border liaison office at "
            "Moyale. The office was funded by Japan, which has supported border posts in both "
            "countries.",
            {("ETH", "JPN"), ("JPN", "UGA")},
        ),
        (  # the sentence names both sides itself
            _LETTERHEAD + "The Minister of Tanzania and the Minister of Uganda met in Arusha, and "
            "the two ministers signed a protocol on joint patrols.",
            {("TZA", "UGA")},
        ),
    ],
)
def test_the_two_ministers_otherwise_as_before(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the pair welcomes a gift it takes no part in
            "Report\n\nPeru and Bolivia signed a memorandum on border security. The two sides "
            "welcomed the delivery of two scanners to the Customs of Bolivia, financed by a "
            "grant from the Government of Korea.",
            {("BOL", "PER"), ("BOL", "KOR")},
        ),
        (  # near miss: what it welcomes names one country, the pair is the other side
            "Report\n\nPeru and Bolivia signed a memorandum on border security. The two sides "
            "welcomed the training of 20 Bolivian officers at the police college in Cusco.",
            {("BOL", "PER")},
        ),
        (  # near miss: the pair does, not welcomes
            "Report\n\nPeru and Bolivia signed a memorandum on border security. The two sides "
            "agreed to hold a joint exercise with Chile in May.",
            {("BOL", "PER"), ("BOL", "CHL"), ("CHL", "PER")},
        ),
    ],
)
def test_a_pair_that_only_welcomes_takes_no_part(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a route
            "Report\n\nMorocco and Spain signed a protocol on joint patrols. They noted that "
            "shipments are increasingly being routed through Mauritania.",
            {("ESP", "MAR")},
        ),
        (  # a proposal merely noted
            "Report\n\nA proposal by the Ghanaian side to hold a joint exercise with the "
            "participation of Togo in 2026 was noted.",
            set(),
        ),
        (  # a proposal discussed
            "Report\n\nThe delegations discussed a proposal for a trilateral Kenyan-Ugandan-"
            "Somali patrol mechanism.",
            set(),
        ),
        (  # near miss: discussed and approved
            "Report\n\nA proposal by Ghana to hold a joint exercise with Togo was discussed and "
            "approved.",
            {("GHA", "TGO")},
        ),
        (  # near miss: noted, then signed
            "Report\n\nGhana and Togo noted the proposal and signed a memorandum on joint patrols.",
            {("GHA", "TGO")},
        ),
    ],
)
def test_routes_and_proposals_only_noted_link_nobody(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an offer declined
            "Report\n\nHe added that an offer by Austria to host a study visit for Slovenian "
            "customs officers had been declined for the time being.",
            set(),
        ),
        (  # near miss: the visit took place, another offer was declined
            "Report\n\nAustria hosted a study visit for Slovenian customs officers in May. A "
            "second offer by Hungary was declined.",
            {("AUT", "SVN")},
        ),
    ],
)
def test_a_declined_offer_links_nobody(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "we" in the quotes of a paragraph that opens with its speaker
            "Summary\n\nPortugal's Minister of Internal Administration, Mr. Rui Costa, spoke "
            'next. "In March we signed a protocol with Morocco on joint patrols," he said.',
            {("MAR", "PRT")},
        ),
        (
            'Summary\n\nThe Danish Minister of Justice spoke next. "Last year we trained 40 '
            'Estonian prosecutors," she said.',
            {("DNK", "EST")},
        ),
        (  # near miss: the paragraph opens with no speaker
            'Summary\n\nSeveral speakers took the floor. "In March we signed a protocol with '
            'Morocco on joint patrols," one of them said.',
            set(),
        ),
        (  # near miss: "we" outside any quotation
            "Summary\n\nPortugal's Minister of Internal Administration spoke next. Earlier, we "
            "signed a protocol with Morocco on joint patrols.",
            set(),
        ),
    ],
)
def test_we_in_a_quote_is_the_speakers_country(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the counterpart and the place visited are the subject's partners, not each other's
            "Foreign Minister meets Kenyan counterpart and pays working visit to Kampala\n\nText.",
            set(),
        ),
        (  # near miss: two counterparts of one meeting
            "Foreign Minister meets Kenyan counterpart and the Ugandan Minister of Interior in "
            "Kampala\n\nText.",
            {("KEN", "UGA")},
        ),
        (  # near miss: the subject is named
            "Report\n\nThe Ugandan Minister met his Kenyan counterpart and signed a memorandum on "
            "joint patrols.",
            {("KEN", "UGA")},
        ),
    ],
)
def test_a_counterpart_is_the_subjects_partner(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the talks the figures were presented at are no act of the sentence
            "Report\n\nAccording to figures presented during the talks, Peruvian authorities "
            "seized 30 tonnes of cocaine in 2024, while the largest single seizure in the region, "
            "8 tonnes, was made in Ecuador.",
            set(),
        ),
        (  # nor the workshop
            "Report\n\nAccording to figures presented at the workshop, the police of Peru and "
            "Ecuador seized a combined 61 tonnes of cocaine in 2025.",
            set(),
        ),
        (  # near miss: the act itself is stated after the source
            "Report\n\nAccording to the report, Peru and Ecuador held a joint operation in May.",
            {("ECU", "PER")},
        ),
    ],
)
def test_a_fronted_source_states_no_act(text: str, expected: set) -> None:
    assert country_pairs(text) == expected
