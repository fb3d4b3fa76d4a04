"""Acts cancelled, called off, declined, withdrawn from, unconfirmed or that never came about
link nobody; the clauses of the same sentence that did happen keep their links."""

import pytest
from test_extract_support import country_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # considered, then stepped back from: nothing happened
            "The Swedish International Development Cooperation Agency had considered funding the "
            "Kenyan component but decided not to take part.",
            set(),
        ),
        (  # offered, then withdrawn
            "Norway had offered to finance training for Ghanaian customs officers but withdrew "
            "from the project in 2025.",
            set(),
        ),
        (  # withdrawn from, with a subject of its own
            "Italy withdrew from the joint investigation team with Albania in May.",
            set(),
        ),
        (  # cancelled, in the active voice
            "Due to the floods, Gabon cancelled the joint patrol with Cameroon.",
            set(),
        ),
        (  # a row of a table whose status is "cancelled"
            "Projects\n\n- Niger — study visit of magistrates to Belgium — cancelled\n"
            "- Benin — training of customs officers by Dutch experts — completed",
            {("BEN", "NLD")},
        ),
        (  # an act that did not take place
            "The exchange of liaison officers between Chile and Argentina did not take place.",
            set(),
        ),
        (  # an invitation not confirmed, and a donation that never materialized
            "Ecuadorian officers, who were invited by the Peruvian police to the exercise, have "
            "not yet confirmed their attendance, while a donation to Bolivia, planned for 2022, "
            "did not materialize.",
            set(),
        ),
    ],
)
def test_an_act_that_did_not_happen_links_nobody(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the cancelled course is another clause's
            "Spain trained Moroccan customs officers in May; a second course with Algerian "
            "officers was cancelled.",
            {("ESP", "MAR")},
        ),
        (  # … after ", and"
            "Spain trained Moroccan customs officers in May, and a second course with Algerian "
            "officers was called off.",
            {("ESP", "MAR")},
        ),
        (  # called off with no subject of its own, after an act that happened
            "Gabon trained Zambian rangers in March but called off the joint patrol with Cameroon.",
            {("GAB", "ZMB")},
        ),
        (  # withdrawn from after funding: the funding happened
            "Norway financed training for Ghanaian customs officers in 2023 but withdrew from "
            "the project in 2025.",
            {("GHA", "NOR")},
        ),
        (  # only the course that never came about is out
            "The Colombian police trained Peruvian officers in June, while a similar course for "
            "Bolivian officers did not materialize.",
            {("COL", "PER")},
        ),
    ],
)
def test_what_did_happen_keeps_its_link(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


def test_boats_heading_for_a_country_make_it_no_partner() -> None:
    """A destination of a route is a place, not an actor of the sentence's link."""
    text = (
        "The vessel, heading for Spain, was intercepted by the Moroccan navy with help from "
        "French liaison officers."
    )
    assert country_pairs(text) == {("FRA", "MAR")}


def test_a_row_postponed_links_nobody() -> None:
    """A table row whose last field is its status: "— postponed" is no act (yet)."""
    text = (
        "Activities\n\n- Togo — mentoring of port officers by Spanish customs — postponed\n"
        "- Benin — training of customs officers by Dutch experts — completed"
    )
    assert country_pairs(text) == {("BEN", "NLD")}


def test_what_was_cancelled_beside_a_link_is_no_act_of_it() -> None:
    """Cancelled flights are no cooperation: the police who went on exchanging keep theirs."""
    text = (
        "Ferries between Tunisia and Italy were cancelled during the storm, but the two "
        "countries' coast guards continued to exchange information on smuggling."
    )
    assert country_pairs(text) == {("ITA", "TUN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a debt cancelled is no activity: the agreement under which it was stays a link
            "Cameroon\n\nFrance cancelled 50 million euros of Cameroonian debt under a "
            "debt-conversion agreement signed with Cameroon in 2020.",
            {("CMR", "FRA")},
        ),
        (  # what was cancelled comes last: the sharing happened
            "Netherlands\n\nThe Dutch police shared with Belgium the licence plates they had "
            "cancelled.",
            {("BEL", "NLD")},
        ),
        (  # "cancelled" as an adjective of what was exchanged
            "France\n\nFrance and Tunisia exchanged records of cancelled residence permits.",
            {("FRA", "TUN")},
        ),
        (  # cancelled in a fronted clause, whose subject goes on to act in the main one
            "Senegal\n\nAfter Senegal called off a national drill, its coast guard carried out a "
            "joint patrol with the coast guard of the Gambia.",
            {("GMB", "SEN")},
        ),
        (  # … while the partner of the fronted cancellation stays out
            "Senegal\n\nAfter Senegal called off the joint patrol with the Gambia, its navy "
            "trained Mauritanian officers.",
            {("MRT", "SEN")},
        ),
        (  # called off, then held after all
            "Chile\n\nThe joint exercise of Chile and Argentina, called off in April, was "
            "rescheduled and held in June.",
            {("ARG", "CHL")},
        ),
        (  # postponed, then it went ahead
            "Italy\n\nThe secondment of judges between Italy and Albania was postponed to 2020 "
            "and went ahead in May.",
            {("ALB", "ITA")},
        ),
        (  # postponed, and not held yet: still nothing
            "Chile\n\nThe joint exercise of Chile and Argentina was postponed to 2022 and will "
            "not be rescheduled.",
            set(),
        ),
    ],
)
def test_what_was_cancelled_is_an_activity_not_held_later(text: str, expected: set) -> None:
    assert country_pairs(text) == expected


def test_headed_for_the_first_time_is_led_not_a_route() -> None:
    """ "headed for the second time by Germany": led by it, not a destination."""
    text = (
        "Namibia\n\nThe course, headed for the second time by Germany, trained Namibian customs "
        "officers."
    )
    assert country_pairs(text) == {("DEU", "NAM")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the wisher goes on to receive
            "Paraguay\n\nParaguay expressed interest in the initiative and in June received "
            "equipment from Brazil.",
            {("BRA", "PRY")},
        ),
        (  # … or to conclude
            "Bhutan\n\nBhutan expressed interest in the project in April and concluded a "
            "memorandum with Bangladesh in July.",
            {("BGD", "BTN")},
        ),
        (  # an interest in going on with what already runs
            "Liberia\n\nLiberia expressed interest in continuing the Swedish-funded mentoring of "
            "Liberian prosecutors, which started in 2016.",
            {("LBR", "SWE")},
        ),
        (  # a wish alone is still no act
            "Paraguay\n\nParaguay expressed interest in joint patrols with Brazil.",
            set(),
        ),
    ],
)
def test_a_wisher_that_acts_keeps_its_link(text: str, expected: set) -> None:
    assert country_pairs(text) == expected
