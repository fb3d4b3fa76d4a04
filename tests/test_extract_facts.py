"""Figures: seizures by substance, funding amounts with currency, people trained or served."""

from test_extract_support import run


def facts(text: str) -> list[tuple]:
    return [(f.what, f.quantity, f.unit, f.subject) for f in run(text).facts]


def test_seizures_by_substance_in_both_word_orders() -> None:
    text = (
        "About 58383 kg of various types of narcotic drugs were seized. The highest seized "
        "type was Opium with 47767 kg, followed by 5637 kg of Hashish and 304 kg of other "
        "substances."
    )
    assert set(facts(text)) == {
        ("seizure", 58383.0, "kg", "all"),
        ("seizure", 47767.0, "kg", "opium"),
        ("seizure", 5637.0, "kg", "hashish"),
        ("seizure", 304.0, "kg", "other"),
    }


def test_tons_and_decimals() -> None:
    text = "The operation led to the seizure of 2.5 tons of cocaine and 1,200 kg of heroin."
    assert set(facts(text)) == {
        ("seizure", 2.5, "t", "cocaine"),
        ("seizure", 1200.0, "kg", "heroin"),
    }


def test_quantities_without_a_seizure_are_not_seizures() -> None:
    assert facts("Afghanistan produced 6,800 tons of opium in 2021.") == []


def test_funding_amounts_with_currency() -> None:
    text = (
        "Japan contributed US$ 2.5 million and Iran provided 150 billion rials; EUR 300,000 more."
    )
    assert [f[:3] for f in facts(text)] == [
        ("funding", 2_500_000.0, "USD"),
        ("funding", 150_000_000_000.0, "IRR"),
        ("funding", 300_000.0, "EUR"),
    ]


def test_people_trained_and_served() -> None:
    assert facts("UNODC held training courses for 122 experts from various institutions.") == [
        ("trained", 122.0, "people", "experts")
    ]
    assert facts("The centre has provided services to more than 260 recovered women.") == [
        ("served", 260.0, "people", "women")
    ]


def test_fact_evidence_round_trips() -> None:
    text = "Title\n\nPolice seized 40 kg of heroin in Karachi."
    (fact,) = run(text).facts
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_figures_are_attached_to_the_first_actor_or_the_reports_country() -> None:
    text = "Kenya\n\nKenyan police seized 40 kg of heroin. About 2 tons of cannabis were seized."
    assert [f.about for f in run(text).facts] == ["country/KEN", "country/KEN"]
    text = "Pakistan's Anti-Narcotics Force seized 2,300 kg of hashish in Balochistan."
    assert [f.about for f in run(text).facts] == ["organization/anf"]
