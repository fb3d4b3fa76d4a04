"""Speeches and statements: the speaker's country is "we", "our country" and "us", when the
title says whose words they are and names that country alone."""

import pytest
from test_extract_support import country_pairs

SPEECH = (
    "Speech by the Minister of Internal Affairs of the Republic of Moldova at the Conference on "
    "Drug Trafficking in the Black Sea Region\n\nIstanbul, 14 November\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In March, our ministry signed a memorandum with Romania on the exchange of "
            "information.",
            {("MDA", "ROU")},
        ),
        (
            "Between Georgia, Ukraine and our country, we have decided to set up a trilateral "
            "liaison channel on precursors.",
            {("GEO", "MDA"), ("GEO", "UKR"), ("MDA", "UKR")},
        ),
        ("Poland will fund new scanners for our customs posts next year.", {("MDA", "POL")}),
        (  # partners thanked are no act; "our partners" is not the speaker
            "I want to thank our partners in the region for their support.",
            set(),
        ),
    ],
)
def test_a_speech_speaks_for_its_country(sentence: str, expected: set) -> None:
    assert country_pairs(SPEECH + sentence) == expected


def test_a_title_naming_two_countries_leaves_we_unresolved() -> None:
    text = (
        "Speech by the Ambassador of Japan to the Republic of Moldova\n\n"
        "Poland will fund new scanners for our customs posts next year."
    )
    assert country_pairs(text) == set()


def test_someone_quoted_in_news_is_not_the_report() -> None:
    text = (
        "Moldova and Romania sign memorandum\n\nChisinau - Moldova and Romania signed a "
        'memorandum on drug shipments. "Poland will fund new scanners for our customs posts," '
        "said the Romanian minister."
    )
    assert ("MDA", "POL") not in country_pairs(text)


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (  # "our support" is no body of the speaker's
            "Speech by the Minister of Internal Affairs of Moldova",
            "Turkey has asked for our support in investigating the network.",
            set(),
        ),
        (  # guests "with us today" are not the speaker's partners
            "Speech by the Minister of Interior of Serbia",
            "Hungary and Austria, who are with us today, signed a police cooperation agreement "
            "last year.",
            {("AUT", "HUN")},
        ),
    ],
)
def test_a_speech_names_its_country_only_as_a_party(
    title: str, sentence: str, expected: set
) -> None:
    assert country_pairs(f"{title}\n\n{sentence}") == expected
