"""Courses told of across sentences: guests named before their host, a host named before its
guests, the course's donor named later; guests are never each other's partners for it."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # guests first, the host in the next sentence
            "Judges from Ghana and Togo followed a week-long course on asset forfeiture in "
            "Abuja. The course was hosted by Nigeria under its judicial cooperation programme.",
            {("GHA", "NGA"), ("NGA", "TGO")},
        ),
        (  # … or the body that gave it
            "Twelve prosecutors from Ecuador and Bolivia completed a training on money laundering. "
            "The training was delivered by the Federal Police of Brazil.",
            {("BOL", "BRA"), ("BRA", "ECU")},
        ),
        (  # the course's donor named later, the organizer an international body
            "Customs officers from Jordan and Iraq completed a workshop on risk profiling. The "
            "workshop was organized by UNODC under a project funded by Australia.",
            {("AUS", "IRQ"), ("AUS", "JOR")},
        ),
        (  # a host first, its guests in the next sentence
            "The Spanish Guardia Civil will host a course on container profiling in Madrid. The "
            "one-week course will train officers from Senegal, Gambia and Guinea.",
            {("ESP", "GMB"), ("ESP", "GIN"), ("ESP", "SEN")},
        ),
    ],
)
def test_a_course_told_across_sentences_links_its_host_or_donor_with_each_guest(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors from Kenya and Uganda attended a course on cybercrime in Nairobi.",
        "Twenty magistrates from Chile and Peru followed a course on terrorism financing cases.",
        # a meeting's host is still nobody's partner
        "Judges from Ghana and Togo followed a course in Abuja. The meeting was hosted by Nigeria.",
    ],
)
def test_guests_attending_a_course_are_not_each_others_partners(text: str) -> None:
    assert country_pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a host named in the sentence itself
            "Judges from Ghana and Togo followed a course hosted by the Nigerian Judicial "
            "Institute.",
            {("GHA", "NGA"), ("NGA", "TGO")},
        ),
        (  # a donor of the guests, named before them
            "With funding from Japan, judges from Ghana and Togo attended a course in Accra.",
            {("GHA", "JPN"), ("JPN", "TGO")},
        ),
    ],
)
def test_an_attended_course_with_its_own_host_or_donor_keeps_their_links(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= country_pairs(text)


def test_the_course_is_the_one_told_of_last_not_the_reports_country() -> None:
    text = (
        "Indonesia: results of the year\n\n"
        "Indonesia reported record seizures of methamphetamine. Indonesia also opened two new "
        "border posts.\n\n"
        "In a separate activity, 40 officers of the Philippine Coast Guard completed a boarding "
        "course in Manila. The course was funded by the Government of Japan and delivered by "
        "UNODC."
    )
    pairs_ = country_pairs(text)
    assert ("JPN", "PHL") in pairs_
    assert ("IDN", "JPN") not in pairs_


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A trainer from Belgium had been scheduled to teach one module. The Belgian "
            "contribution was cancelled in May and the module will be given by Dutch police "
            "experts.",
            set(),
        ),
        (  # not cancelled
            "The Belgian contribution to the Dutch course was increased in May.",
            {("BEL", "NLD")},
        ),
    ],
)
def test_a_cancelled_contribution_is_no_link(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected
