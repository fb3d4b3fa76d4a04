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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parties to a dispute are others than the issuer and the one it met
            "Ministry of Foreign Affairs of the Republic of Kenya: talks in Nairobi\n\nThe "
            "Minister received her Somali counterpart and called on the two sides of the border "
            "dispute to respect the ceasefire.",
            set(),
        ),
        (  # near miss: the two sides named by nothing else are the issuer and its guest
            "Ministry of Foreign Affairs of the Republic of Kenya: talks in Nairobi\n\nThe "
            "Minister received her Somali counterpart. The two sides signed a memorandum on "
            "border security.",
            {("KEN", "SOM")},
        ),
    ],
)
def test_a_pair_named_by_its_dispute_is_not_the_issuer(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


_TALKS = (
    "Ministry of the Interior of Ghana: joint commission\n\nThe Minister held talks with his "
    "Togolese counterpart in Lomé. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the pair stays out of the welcomed grant but signs an agreement of its own
            _TALKS + "The two sides welcomed France's grant for Benin's "
            "border posts and signed an agreement on joint patrols.",
            {("BEN", "FRA"), ("GHA", "TGO")},
        ),
        (  # also after a comma that closes what it noted
            _TALKS + "The Parties noted that Benin and Niger had started "
            "joint patrols, and concluded a protocol on the exchange of liaison officers.",
            {("BEN", "NER"), ("GHA", "TGO")},
        ),
        (  # near miss: with no comma, the noted clause's own subject signs
            _TALKS + "The Parties noted that Benin and Niger had started "
            "joint patrols and signed a protocol on the exchange of liaison officers.",
            {("BEN", "NER")},
        ),
        (  # near miss: what follows only comments, the pair does nothing of its own
            _TALKS + "The two sides welcomed France's grant for Benin's "
            "border posts and expressed the hope that it would continue.",
            {("BEN", "FRA")},
        ),
        (  # near miss: "and installed by" is the welcomed gift's, not the pair's act
            _TALKS + "The two sides welcomed the scanners donated by Japan "
            "to Benin and installed by UNODC at the port of Cotonou.",
            {("BEN", "JPN")},
        ),
    ],
)
def test_a_pair_that_welcomes_still_acts_after(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


def test_country_section_headings_are_no_letterhead() -> None:
    # country headings of a matrix head its sections; the first is no issuer's letterhead
    pairs = country_pairs(
        "Donor overview 2024\nSweden\nThe Police Authority trains border guards in Moldova.\n"
        "Finland\nThe Ministry of the Interior finances forensic laboratories in Georgia."
    )
    assert ("FIN", "GEO") in pairs
    assert ("GEO", "SWE") not in pairs


def test_a_letterhead_country_alone_issues_the_report() -> None:
    # near miss: a letterhead with no country heading after it
    text = (
        "Ministry of the Interior\nRepublic of Finland\nThe Ministry finances forensic "
        "laboratories in Georgia."
    )
    assert country_pairs(text) == {("FIN", "GEO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the body the figures come from is no party to the operations
            "Joint patrols\n\nAccording to the Italian Carabinieri, Slovenian and Croatian police "
            "conducted 12 joint patrols in 2023.",
            {("HRV", "SVN")},
        ),
        (  # near miss: a fronted document may bind the country it names
            "Joint patrols\n\nAccording to the agreement with France, Belgian police held joint "
            "patrols with the French Gendarmerie in 2023.",
            {("BEL", "FRA")},
        ),
    ],
)
def test_a_fronted_source_body_is_no_party(text: str, expected: set) -> None:
    assert country_pairs(text) == expected
