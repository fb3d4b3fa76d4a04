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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an exchange after the course, in the main clause
            "Prosecutors from Chile and Argentina, who attended the same course, afterwards "
            "exchanged information on a money-laundering case.",
            {("ARG", "CHL")},
        ),
        (  # a memorandum signed besides attending
            "Customs officers from Ghana and Togo attended a seminar on risk profiling and "
            "signed a memorandum on joint border controls.",
            {("GHA", "TGO")},
        ),
        (  # an agreement in a relative clause
            "Investigators from Peru and Ecuador, whose services concluded a cooperation "
            "agreement in 2018, completed a course on cybercrime.",
            {("ECU", "PER")},
        ),
        (  # a joint exercise is done together, not attended
            "Coast guards from Croatia and Slovenia participated in a joint training exercise "
            "at sea and later exchanged patrol schedules.",
            {("HRV", "SVN")},
        ),
        (  # near miss: the course's topic is no act of its guests
            "Officers from Ghana and Togo attended a seminar on cross-border cooperation.",
            set(),
        ),
        (  # near miss: what describes the course is no act of its guests either
            "Analysts from Chile and Argentina completed a course on asset recovery, organized "
            "by UNODC under a project funded by the European Union.",
            set(),
        ),
    ],
)
def test_attendance_silences_only_the_pairing_it_gives(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected


def test_each_donor_named_later_for_the_course_links_with_each_guest() -> None:
    text = (
        "Judges from Malawi and Zambia followed a workshop on wildlife crime. The workshop was "
        "funded by Sweden and Finland."
    )
    assert country_pairs(text) == {
        ("FIN", "MWI"),
        ("FIN", "ZMB"),
        ("MWI", "SWE"),
        ("SWE", "ZMB"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contributions from Norway and Denmark to the prison reform programme in Kenya were "
            "renewed, while the planned Irish contribution was cancelled.",
            {("DNK", "KEN"), ("KEN", "NOR")},
        ),
        (
            "The contribution of Sweden to the forensic laboratory in Ghana was renewed, but a "
            "contribution from Finland was cancelled.",
            {("GHA", "SWE")},
        ),
    ],
)
def test_a_cancelled_contribution_takes_out_only_its_own_donor(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected
