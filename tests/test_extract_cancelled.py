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
