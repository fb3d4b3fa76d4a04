"""Tests of the country gazetteer: names, demonyms, traps, offsets and speed."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.countries import (
    TERRITORIES,
    all_countries,
    country_info,
    find_countries,
    iso3_for_name,
)


def codes(text: str) -> list[str]:
    return [m.iso3 for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Islamic Republic of Iran", ["IRN"]),
        ("IR of Iran and I.R. of Iran", ["IRN", "IRN"]),
        ("Iran's readiness", ["IRN"]),
        ("funding from the Kingdom of Norway", ["NOR"]),
        ("the Russian Federation and the Republic of Korea", ["RUS", "KOR"]),
        ("United Arab Emirates, Viet Nam, Vietnam", ["ARE", "VNM", "VNM"]),
        ("Türkiye and Turkey", ["TUR", "TUR"]),
        ("the Government of Japan", ["JPN"]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Niger and Nigeria, Nigerien and Nigerian
        ("Niger and Nigeria", ["NER", "NGA"]),
        ("Nigerien and Nigerian police", ["NER", "NGA"]),
        ("the Niger Delta", []),
        # the Guineas
        ("Guinea, Guinea-Bissau and Equatorial Guinea", ["GIN", "GNB", "GNQ"]),
        ("Guinea Bissau and Papua New Guinea", ["GNB", "PNG"]),
        ("the island of New Guinea", []),
        ("piracy in the Gulf of Guinea", []),
        # a city named "Port of <Country>"; with an article, the country's port
        ("a summit in Port of Spain with Guyana", ["GUY"]),
        ("flights from Port-of-Spain to Madrid", []),
        ("containers checked at the Port of Singapore", ["SGP"]),
        # Dominica and the Dominican Republic
        ("Dominica and the Dominican Republic", ["DMA", "DOM"]),
        ("Dominican authorities", ["DOM"]),
        # the Congos
        ("Congo and the Republic of the Congo", ["COG", "COG"]),
        ("the Democratic Republic of the Congo", ["COD"]),
        ("DR Congo, the DRC and the Democratic Republic of Congo", ["COD", "COD", "COD"]),
        ("Congolese police", []),
        ("the DRC: Congo and Congolese police", ["COD", "COD", "COD"]),
        ("forests of the Congo Basin", []),
        # the Sudans
        ("Sudan and South Sudan", ["SDN", "SSD"]),
        ("South Sudanese and Sudanese officials", ["SSD", "SDN"]),
        # Türkiye, not the bird
        ("a turkey for dinner", []),
        ("TURKEY AND IRAN", ["TUR", "IRN"]),
        ("IRAN AND SPAIN", ["IRN", "ESP"]),
        # Georgia, not the US state
        ("Tbilisi, Georgia", ["GEO"]),
        ("a conference in Atlanta, Georgia", []),
        ("Savannah, Georgia, USA", ["USA"]),
        ("the University of Georgia, Atlanta", []),
        ("Georgian customs", ["GEO"]),
        # Jordan and Chad as people
        ("Michael Jordan visited Amman.", []),
        ("Jordan Smith, the coordinator, said so.", []),
        ("Chad Smith met Mr. Jordan.", []),
        ("Jordan and Chad signed an agreement.", ["JOR", "TCD"]),
        ("Iraq, Jordan and Lebanon", ["IRQ", "JOR", "LBN"]),
        ("the Hashemite Kingdom of Jordan", ["JOR"]),
        ("Jordan Customs seized 2 kg of heroin.", ["JOR"]),
        ("the Israel Defense Forces and the Kenya Wildlife Service", ["ISR", "KEN"]),
        ("In Chad, the programme trained police.", ["TCD"]),
        ("Jordan Hosts Regional Meeting", ["JOR"]),
        # a person named in a title-case line, with a role after the surname
        ("Submitted by Chad Okafor (Committee Member)\n", []),
        ("Tabled by Israel Mbeki, Member for Northfield\n", []),
        ("Georgia Signs Border Accord (Update)\n", ["GEO"]),
        ("fishing on Lake Chad", []),
        # a sea or a city named after a country, also in capitals or a signature line
        ("PIRACY IN THE GULF OF GUINEA - ANNUAL REVIEW", []),
        ("Prepared by the field office, Kuwait City, 3 May", []),
        ("a meeting in Guatemala City with Guatemala", ["GTM"]),
        # parts of another state are not countries; self-governing territories are
        ("boats from Aruba, Curaçao and Guadeloupe", ["ABW", "CUW"]),
        ("the Puerto Rico Police and the Cayman Islands", ["CYM"]),
        ("patrols off French Guiana and American Samoa", []),
        ("Hong Kong, China and Macao, China", ["HKG", "MAC"]),
        # alone, Korea is the Republic of Korea in these reports (the DPRK is named as such)
        ("Korea", ["KOR"]),
        ("the Republic of Korea and South Korea", ["KOR", "KOR"]),
        ("Democratic People's Republic of Korea, North Korea, DPRK", ["PRK", "PRK", "PRK"]),
        ("Korean experts", ["KOR"]),
        ("the DPRK and Korea", ["PRK", "PRK"]),
        ("the Korea International Cooperation Agency", ["KOR"]),
        ("the Republic of Korea and the Korea International Cooperation Agency", ["KOR", "KOR"]),
        ("North Korea and Korean workers", ["PRK", "PRK"]),
        ("the DPRK and the Republic of Korea: Korean talks", ["PRK", "KOR"]),
        ("the Republics of Korea and Indonesia", ["KOR", "IDN"]),
        # India and the Indian Ocean
        ("India and the Indian Ocean", ["IND"]),
        ("Indian officials", ["IND"]),
        # American
        ("American and Brazilian experts", ["USA", "BRA"]),
        ("Latin American and South American countries", []),
        ("the Inter-American Drug Abuse Control Commission", []),
        ("Central Asian countries", []),
        # Mali, Oman, Romania
        ("Mali and Malian troops", ["MLI", "MLI"]),
        ("Omani and Romanian officers", ["OMN", "ROU"]),
        ("Romania", ["ROU"]),
        # New Mexico, New Jersey
        ("New Mexico and New Jersey", []),
        ("New Zealand", ["NZL"]),
        # currencies and languages
        ("US$ 2 million and 300 US dollars", []),
        ("the United States and the US", ["USA", "USA"]),
        ("Spanish-speaking countries", []),
        ("the Organization of Arabic Language States and the Arabic Speaking Union", []),
        ("French-Language Schools in Mali", ["MLI"]),
        ("materials translated into Spanish, French and Russian.", []),
        ("in Iranian and Afghan prisons", ["IRN", "AFG"]),
        ("the Spanish police", ["ESP"]),
        ("HELP US GROW", []),
        ("Family Reunion Programme on Réunion", []),  # and Réunion is a territory of France
    ],
)
def test_traps(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afghans and Iranians", ["AFG", "IRN"]),
        ("Iraqis, Pakistanis and Japanese", ["IRQ", "PAK", "JPN"]),
        ("Afghan and Iranian drug control forces", ["AFG", "IRN"]),
        ("Côte d'Ivoire, Cote d’Ivoire and Ivory Coast", ["CIV", "CIV", "CIV"]),
        ("Czechia, Cabo Verde, Eswatini, the Holy See", ["CZE", "CPV", "SWZ", "VAT"]),
        ("Laos, Bolivia, Tanzania, Syria, Russia", ["LAO", "BOL", "TZA", "SYR", "RUS"]),
        ("the State of Palestine and Kosovo", ["PSE", "XKX"]),
        ("St. Lucia and Trinidad & Tobago", ["LCA", "TTO"]),
    ],
)
def test_other_forms(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_lowercase_is_not_a_mention() -> None:
    assert codes("iran, chad and the iranian delegation") == []


def test_coordinated_plural() -> None:
    text = "the Triangular Initiative among the Islamic Republics of Afghanistan, Iran and Pakistan"
    got = [(m.text, m.iso3, m.form) for m in find_countries(text)]
    assert got == [
        ("Afghanistan", "AFG", "plural"),
        ("Iran", "IRN", "plural"),
        ("Pakistan", "PAK", "plural"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Participants from the Islamic Republics of Iran, Afghanistan, Pakistan and Central "
            "Asian countries",
            [("IRN", "plural"), ("AFG", "plural"), ("PAK", "plural")],
        ),
        ("the Governments of Japan and Norway", [("JPN", "plural"), ("NOR", "plural")]),
        (
            "Spain and the Kingdoms of Morocco and Jordan",
            [("ESP", "name"), ("MAR", "plural"), ("JOR", "plural")],
        ),
        ("the Republic of Iraq and Iran", [("IRQ", "name"), ("IRN", "name")]),
    ],
)
def test_plural_members(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.iso3, m.form) for m in find_countries(text)] == expected


def test_demonym_form() -> None:
    (m,) = find_countries("the Iranian Drug Control Headquarters")
    assert (m.text, m.iso3, m.form) == ("Iranian", "IRN", "demonym")


def test_longest_match_is_one_mention() -> None:
    (m,) = find_countries("UNODC in the Islamic Republic of Iran.")
    assert (m.text, m.iso3, m.form) == ("Islamic Republic of Iran", "IRN", "name")


def test_reference_data() -> None:
    iran = country_info("IRN")
    assert (iran.name, iran.wikidata, iran.official_name) == (
        "Iran",
        "Q794",
        "Islamic Republic of Iran",
    )
    assert "Iranian" in iran.demonyms
    assert [c.iso3 for c in all_countries()] == sorted(c.iso3 for c in all_countries())
    with pytest.raises(KeyError):
        country_info("XYZ")


def test_iso3_for_name() -> None:
    assert iso3_for_name("the Netherlands") == "NLD"
    assert iso3_for_name("IRANIAN") == "IRN"
    assert iso3_for_name("Atlantis") is None
    assert iso3_for_name("Korea") == "KOR"
    assert iso3_for_name("Indian Ocean") is None
    assert iso3_for_name("Türkiye") == iso3_for_name("turkey") == "TUR"


SURFACES = sorted({s for c in all_countries() for s in (c.name, *c.aliases, *c.demonyms)})
GLUE = st.sampled_from([" ", ", ", " and ", "'s ", "-", "\n", "the ", "New ", " Smith", ". ", "é"])


def check_mentions(text: str) -> None:
    mentions = find_countries(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.start < a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert all(m.form in {"name", "demonym", "plural"} for m in mentions)
    assert all(country_info(m.iso3).iso3 == m.iso3 for m in mentions)


@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    check_mentions(text)


def test_unicode_case_folding_does_not_confuse_matching() -> None:
    assert codes("Ruſsia, İran, Pakı") == []
    assert codes("TÜRKIYE and CÔTE D'IVOIRE") == ["TUR", "CIV"]


@given(st.lists(st.one_of(st.sampled_from(SURFACES), GLUE, st.text(max_size=3)), max_size=30))
def test_country_salad_round_trips(parts: list[str]) -> None:
    check_mentions("".join(parts))


def test_every_name_alias_and_demonym_is_found() -> None:
    missed = [
        (c.iso3, s)
        for c in all_countries()
        for s in (c.name, *c.aliases, *c.demonyms)
        if codes(f"They met with {s} on Monday.") != ([] if c.iso3 in TERRITORIES else [c.iso3])
    ]
    assert missed == []


def test_repeated_text_gives_repeated_mentions() -> None:
    """Matching is position-independent: a text repeated n times yields n times the mentions."""
    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(raw.glob("*.txt"))) + "\n"
    once = find_countries(text)
    thrice = find_countries(text * 3)
    assert len(thrice) == 3 * len(once) > 0
    assert [m.iso3 for m in thrice[len(once) : 2 * len(once)]] == [m.iso3 for m in once]


def test_a_name_hyphenated_across_a_line_break_is_found_with_its_offsets() -> None:
    text = "Training was given by the Kyr-\ngyz Republic and the Repub-\nlic of Moldova."
    found = find_countries(text)
    assert [m.iso3 for m in found] == ["KGZ", "MDA"]
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]
    assert found[0].text == "Kyr-\ngyz Republic"
