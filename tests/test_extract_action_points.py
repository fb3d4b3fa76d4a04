"""Action points and outcome statements: each row of a status table is a record of its own
(a postponed or cancelled measure links nobody), and a sum announced or pledged by a donor
for the bodies of several countries links the donor with each, not the recipients."""

import pytest
from test_extract_support import country_pairs, run

from kg.extract.sentences import segments

_TABLE = (
    "FOLLOW-UP NOTE\n\n| No. | Measure | Status | Remarks |\n|---|---|---|---|\n"
    "| 1 | Training of customs officers | Carried out | 15 Malian and 8 Nigerien officers "
    "trained at the Royal Gendarmerie school in Rabat, at the expense of Morocco |\n"
    "| 2 | Radios for border posts | Carried out | 40 radios donated by the Embassy of Japan "
    "were delivered to the National Police of Niger in May |\n"
    "| 3 | Course for Malian officers at the Spanish Guardia Civil academy | Postponed | "
    "Moved to 2026 at the request of the Spanish side |\n"
    "| 4 | Joint patrol with the Algerian Gendarmerie | Not carried out | No reply from "
    "Algiers |\n"
)


def test_table_rows_are_sentences_of_their_own() -> None:
    rows = [s for s in segments(_TABLE) if s.text.startswith("|")]
    assert len(rows) == 6
    assert all(s.kind == "sentence" for s in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # host and payer with each guest; a donor with its recipient; not the other rows
            _TABLE,
            {("MAR", "MLI"), ("MAR", "NER"), ("JPN", "NER")},
        ),
        (  # a cancelled row links nobody; a carried-out one does
            "FOLLOW-UP NOTE\n\n| No. | Measure | Status |\n|---|---|---|\n"
            "| 1 | Study visit of Ecuadorian prosecutors to Colombia | Cancelled |\n"
            "| 2 | Exchange of liaison officers between Peru and Bolivia | Carried out |\n",
            {("BOL", "PER")},
        ),
    ],
)
def test_status_table(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # pledged "by" a donor "of" a sum: recipients are not each other's partners
            "Outcome\n\n3. Ministers welcomed the pledge by Australia of AUD 2 million over two "
            "years for the Fiji Police Force and the Royal Solomon Islands Police Force to "
            "upgrade their forensic laboratories.",
            {("AUS", "FJI"), ("AUS", "SLB")},
        ),
        (
            "Outcome\n\nThe Netherlands announced EUR 1.5 million for the Aruba Police Force "
            "and the Suriname Police Corps.",
            {("ABW", "NLD"), ("NLD", "SUR")},
        ),
        (  # a sum seized, not given
            "Outcome\n\nThe Council noted the seizure by Ecuador of USD 4 million in cash bound "
            "for Peru and Colombia.",
            set(),
        ),
        (  # an announcement of no sum
            "Outcome\n\nMinisters welcomed the announcement by Spain of a new coastal radar for "
            "Senegal and Mauritania.",
            set(),
        ),
        (  # millions of tablets are no sum
            "Outcome\n\nThe Brazilian police announced seizures of 4 million tablets destined "
            "for Paraguay and Bolivia.",
            set(),
        ),
    ],
)
def test_announced_sums(text: str, expected: set[tuple[str, str]]) -> None:
    assert country_pairs(text) == expected


def _programmes(text: str) -> set[str]:
    return {e.label for e in run(text).entities if e.type == "Programme"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # who funds or leads a programme is not part of its name
            "Note\n\nSupport under the EU-funded SEACOAST Caribbean project is pending.",
            {"SEACOAST Caribbean project"},
        ),
        (
            "Note\n\nThe UNODC-led Container Control Programme opened two port units.",
            {"Container Control Programme"},
        ),
        (  # a country's modifier still tells the programme's country, outside its name
            "Note\n\nThe Swiss-funded Border Management Programme trained officers.",
            {"Border Management Programme"},
        ),
    ],
)
def test_funder_modifier_outside_programme_name(text: str, expected: set[str]) -> None:
    assert _programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a sum confiscated or fined is no gift
            "The Guardia di Finanza of Italy announced the confiscation of EUR 800,000 in cash "
            "from an Albanian smuggling ring.",
            set(),
        ),
        (
            "Portugal announced EUR 2 million in penalties against a Brazilian airline for "
            "customs violations.",
            set(),
        ),
        (  # a sum given over some years for a purpose
            "Norway announced NOK 10 million over two years for police reform in Liberia.",
            {("LBR", "NOR")},
        ),
        (  # postponed, but the remarks say it was held after all
            "Follow-up\n| Measure | Status | Remarks |\n| --- | --- | --- |\n"
            "| Joint patrol of Finnish and Estonian border guards | Postponed | Took place in "
            "March 2023 instead |",
            {("EST", "FIN")},
        ),
        (
            "Follow-up\n| Measure | Status | Remarks |\n| --- | --- | --- |\n"
            "| Joint patrol of Finnish and Estonian border guards | Postponed | Moved to 2024 |",
            set(),
        ),
    ],
)
def test_sums_not_given_and_postponed_acts_held_later(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert country_pairs(text) == expected
