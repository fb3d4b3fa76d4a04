"""Short names a text defines with "hereinafter" name the entity they are defined for."""

from test_extract_support import entities

ORG = "Organization"


def _mentions(text: str) -> dict[str, list[str]]:
    return {e.label: [m.text for m in e.mentions] for e in entities(text, ORG).values()}


def test_hereinafter_with_a_dash_binds_later_uses_of_the_short_name() -> None:
    text = (
        "The State Customs Committee of Armenia (hereinafter - the Committee) met the Swiss "
        "Federal Customs Committee in Bern. The Committee thanked its Swiss colleagues, and "
        "officers of the Committee visited Geneva."
    )
    found = _mentions(text)
    armenian = next(v for k, v in found.items() if "Armenian" in k)
    assert armenian.count("Committee") == 2
    assert all("Committee" not in v for k, v in found.items() if "Swiss" in k)


def test_quoted_and_referred_to_as_short_names() -> None:
    text = (
        'The National Agency for Border Control of Ghana (hereinafter "the Agency") and the '
        "Ministry of Interior of Togo (hereinafter referred to as the Ministry) signed a "
        "protocol. The Agency trained 40 officers, and the Ministry hosted them."
    )
    found = _mentions(text)
    assert found["Ghanaian National Agency for Border Control"][-1] == "Agency"
    assert found["Togolese Ministry of Interior"][-1] == "Ministry"


def test_a_multi_word_short_name_and_a_longer_name_it_opens() -> None:
    text = (
        "The Regional Anti-Fraud Coordination Office of Peru (hereinafter the Fraud Office) "
        "met. The Fraud Office of the Treasury was absent, but the Fraud Office reported."
    )
    found = _mentions(text)
    peruvian = next(v for k, v in found.items() if "Peruvian" in k)
    assert peruvian.count("Fraud Office") == 1


def test_no_definition_leaves_bare_references_as_they_were() -> None:
    text = "The Federal Office of Police of Austria met. The Office trained 12 officers."
    found = _mentions(text)
    assert found == {
        "Austrian Federal Office of Police": ["Federal Office of Police of Austria", "Office"]
    }


def test_an_acronym_a_text_gives_a_registry_body_names_it_later() -> None:
    text = (
        "Jordan's Anti-Narcotics Department (AND) met Iraqi officers in Aqaba. In May, the AND "
        "and the Iraqi General Directorate of Narcotics Affairs seized 3 tonnes of captagon."
    )
    found = _mentions(text)
    assert found["Anti-Narcotics Department"].count("AND") == 2  # "(AND)", "the AND"


def test_an_acronym_spelled_like_a_word_is_the_word_in_a_capitals_heading() -> None:
    text = (
        "The Alcohol and Narcotics Department (AND) of Ghana trained officers.\n\n"
        "SEIZURES AND ARRESTS\n\n"
        "The AND and customs seized cannabis and heroin. Police, AND and army met."
    )
    (body,) = [v for k, v in _mentions(text).items() if "Alcohol" in k]
    assert body.count("AND") == 3  # "(AND)", "The AND", "Police, AND and"


def test_hereinafter_binds_no_plural_instrument_or_pair_short_name() -> None:
    text = (
        "The Ministry of Internal Affairs of Georgia and the State Security Service of Armenia "
        "(hereinafter the Parties) signed a protocol. The Parties agreed to exchange data."
    )
    assert all("Parties" not in v for v in _mentions(text).values())
    text = (
        "A Memorandum of Understanding between the National Police of Colombia and the Public "
        "Ministry of Peru (hereinafter the Memorandum) was signed. Under the Memorandum, "
        "Ecuador joins as observer."
    )
    assert all("Memorandum" not in v for v in _mentions(text).values())
    text = (
        "The Drug Control Agency of Tajikistan (hereinafter the Agency) met Uzbek officers. "
        "The Agency later trained Afghan officers."
    )
    (agency,) = _mentions(text).values()
    assert agency.count("Agency") == 1


def test_bracketed_acronym_binds_to_a_registry_body_only_when_it_spells_it() -> None:
    text = (
        "The European Union (EMPACT) supports Spain and Morocco. EMPACT meetings were held in "
        "The Hague."
    )
    assert _mentions(text)["European Union"] == ["European Union"]
