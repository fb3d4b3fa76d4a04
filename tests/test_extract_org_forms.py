"""Organization name forms: offices placed in a city or region, and the shapes of unseen names
(commas inside a name, abbreviations, names in other languages, acronym-only bodies)."""

import pytest
from test_extract_support import country_pairs, entities

ORG = "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya: border security\n\nThe UNODC Programme Office in Mombasa trained port officers.",
        "Peru: coca crops\n\nThe survey was run by the UNODC Country Office for the Andean Region.",
        "Chad: prisons\n\nThe UNDP Country Office in N'Djamena delivered equipment to the prison.",
    ],
)
def test_an_office_in_a_city_or_region_is_the_body_itself(text: str) -> None:
    orgs = entities(text, ORG)
    assert not any(key.startswith("organization/un") and "-" in key for key in orgs), orgs
    assert any(key in ("organization/unodc", "organization/undp") for key in orgs)


def test_an_office_in_a_country_or_unplaced_stays_a_country_office() -> None:
    assert "organization/unodc-ken" in entities(
        "Tanzania: ports\n\nThe UNODC Programme Office in Kenya trained port officers.", ORG
    )
    assert "organization/unodc-ken" in entities(
        "Kenya: ports\n\nThe UNODC Programme Office trained port officers.", ORG
    )


def test_an_office_in_a_city_adds_no_country_to_a_link() -> None:
    text = (
        "Austrian embassy release\n\nAustria funded the training of Moldovan border guards, "
        "delivered by the UNODC Programme Office in Chisinau."
    )
    assert country_pairs(text) == {("AUT", "MDA")}


@pytest.mark.parametrize(
    ("text", "key", "country"),
    [
        (
            "Analysts of TRACFIN, the French financial intelligence unit, met Belgian "
            "counterparts in Lille.",
            "organization/tracfin",
            "FRA",
        ),
        (
            "Investigators of the Polícia Judiciária seized 2 tonnes of cocaine in Lisbon, "
            "Portugal.",
            "organization/policia-judiciaria-prt",
            "PRT",
        ),
        (
            "Chemists of Health Canada analysed samples seized by the Jamaica Constabulary Force.",
            "organization/health-canada",
            "CAN",
        ),
    ],
)
def test_listed_national_bodies_are_found_by_their_own_names(
    text: str, key: str, country: str
) -> None:
    org = entities(text, ORG)[key]
    assert org.country == country


def test_a_listed_portuguese_named_police_of_another_country_is_not_portugals() -> None:
    orgs = entities(
        "Portugal trained officers of the Polícia Judiciária of Cabo Verde in Praia.", ORG
    )
    assert "organization/policia-judiciaria-prt" not in orgs
    assert any(o.country == "CPV" for o in orgs.values())


def _mentions(text: str) -> set[str]:
    return {m.text for o in entities(text, ORG).values() for m in o.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chile\n\nThe detainees were taken before the Guarantee Court No. 7 of Santiago.",
            "Guarantee Court No. 7",
        ),
        (
            "Argentina\n\nThe Federal Criminal Court No 3 of Rosario ordered the seizure.",
            "Federal Criminal Court No 3",
        ),
    ],
)
def test_a_name_ending_in_no_goes_on_to_its_number(text: str, name: str) -> None:
    mentions = _mentions(text)
    assert name in mentions and not any(m.endswith(" No") for m in mentions)


def test_a_number_after_a_sentence_end_is_not_part_of_a_name() -> None:
    text = "Peru\n\nThe cases went to the Anti-Drug Directorate. No 3 of them were closed."
    assert "Anti-Drug Directorate" in _mentions(text)


def test_a_listed_two_word_field_spelled_by_the_acronym_is_part_of_the_name() -> None:
    text = (
        "Regional digest\n\nNepalese officers completed a course at the Institute of Customs, "
        "Excise Duties and Narcotics (ICEN) in Dhaka, Bangladesh."
    )
    assert "Institute of Customs, Excise Duties and Narcotics" in _mentions(text)


def test_two_capitalized_words_after_a_comma_without_an_acronym_are_not_a_field() -> None:
    text = "Ghana\n\nThe Ministry of Justice, Ama Owusu and Kofi Boateng attended the meeting."
    mentions = _mentions(text)
    assert "Ministry of Justice" in mentions
    assert not any("Owusu" in m for m in mentions)


def test_an_academy_listing_customs_among_its_fields_takes_no_guests_country() -> None:
    text = (
        "Regional digest\n\nOfficers of the Bhutan Police completed a course at the National "
        "Academy of Customs, Excise Duties and Narcotics (NACEN)."
    )
    academy = next(o for o in entities(text, ORG).values() if "Academy" in o.label)
    assert academy.country is None and academy.category == "academia"


def test_a_headline_embassy_of_a_country_is_kept() -> None:
    text = (
        "Embassy of Norway in Kenya\n\nNorway will fund the forensic laboratory of the "
        "National Police Service for two more years."
    )
    orgs = entities(text, ORG)
    assert any(o.category == "embassy" and o.country == "NOR" for o in orgs.values())


def test_a_headline_generic_police_of_a_country_is_still_dropped() -> None:
    text = (
        "Joint Operation of the Police of Peru and Bolivia\n\nPeruvian and Bolivian officers "
        "seized 300 kg of cocaine in Desaguadero."
    )
    assert not any(o.category == "police" for o in entities(text, ORG).values())


@pytest.mark.parametrize(
    "text",
    [
        "Workshop on Police and Customs Cooperation in West Africa\n\nThe Workshop on Police and "
        "Customs Cooperation in West Africa was held in Accra.",
        "Ukraine\n\nThe conference reviewed progress in Customs Reform across the region.",
    ],
)
def test_a_head_noun_qualifying_a_topic_names_no_body(text: str) -> None:
    assert entities(text, ORG) == {}


def test_a_head_after_the_topic_still_names_a_body() -> None:
    text = "Ghana\n\nThe Customs Cooperation Unit met officers of the Ghana Revenue Authority."
    assert "Customs Cooperation Unit" in _mentions(text)


def test_a_body_whose_acronym_extends_a_registry_acronym_is_its_own() -> None:
    text = (
        "Somalia\n\nThe African Union Maritime Security Unit (AUMSU) trained Somali and "
        "Kenyan coast guards."
    )
    orgs = entities(text, ORG)
    assert "organization/au" not in orgs
    assert "African Union Maritime Security Unit" in _mentions(text)


def test_a_registry_name_followed_by_its_own_unit_keeps_the_body() -> None:
    text = "Moldova\n\nThe European Union funded the training of Moldovan border guards."
    assert "organization/eu" in entities(text, ORG)


def test_a_registry_acronym_opening_a_buildings_name_is_an_address() -> None:
    text = "Contact\n\nUNODC Regional Office, UN House, Bangkok.\n\nThe UN supported the meeting."
    orgs = entities(text, ORG)
    assert [m.text for m in orgs["organization/un"].mentions] == ["UN"]
    assert orgs["organization/un"].mentions[0].start > len("Contact\n\nUNODC Regional Office, UN")


@pytest.mark.parametrize(
    ("text", "registry_key", "foreign"),
    [
        (
            "Kenya: port report\n\nThe Port Narcotics Bureau (PNB) seized heroin in Mombasa. "
            "In May the PNB exchanged information with the Uganda Police Force.",
            "organization/lka-pnb",
            "LKA",
        ),
        (
            "Ghana: drug committee\n\nThe State Drug Committee (SDC) met in Accra. The SDC and "
            "the Ministry of Interior signed a memorandum with the Togolese police.",
            "organization/sdc",
            "CHE",
        ),
    ],
)
def test_an_acronym_the_report_spells_out_for_its_own_body_is_not_the_registrys(
    text: str, registry_key: str, foreign: str
) -> None:
    assert registry_key not in entities(text, ORG)
    assert not any(foreign in pair for pair in country_pairs(text))


@pytest.mark.parametrize(
    ("text", "key", "pair"),
    [
        (  # used without a definition
            "Bolivia\n\nThe SDC funded a workshop for Bolivian prosecutors.",
            "organization/sdc",
            ("BOL", "CHE"),
        ),
        (  # defined by the registry body's own name
            "Malaysia\n\nThe Central Narcotics Bureau (CNB) trained Malaysian officers. "
            "The CNB also funded two scanners.",
            "organization/cnb",
            ("MYS", "SGP"),
        ),
        (  # defined by a name the acronym does not spell
            "Serbia\n\nOfficers of the Federal Criminal Police Office (BKA) trained Serbian "
            "investigators.",
            "organization/bka",
            ("DEU", "SRB"),
        ),
    ],
)
def test_a_registry_acronym_the_report_does_not_redefine_keeps_its_body(
    text: str, key: str, pair: tuple[str, str]
) -> None:
    assert key in entities(text, ORG)
    assert pair in country_pairs(text)
