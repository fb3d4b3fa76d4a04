"""Property: any text extracts without error and every offset round-trips."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import document_from_text
from kg.extract import extract, extraction_record

WORDS = st.sampled_from(
    [
        "Iran",
        "Afghan",
        "and",
        "the",
        "UNODC",
        "Police",
        "Ministry",
        "of",
        "Interior",
        "(DCHQ)",
        "signed",
        "a",
        "memorandum",
        "with",
        "Japan",
        ",",
        ".",
        "\n",
        "\n\n",
        "- ",
        "funded",
        "by",
        "Operation",
        "TARCET",
        "Programme",
        "2011-2014",
        "’s",
        '"',
        "between",
        "Niger",
        "kg",
        "of",
        "heroin",
        "seized",
        "12",
        "US$",
        "million",
        "Kabul",
        "visit",
        "to",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_extracts_and_offsets_round_trip(text: str) -> None:
    doc = document_from_text("h.txt", text)
    record = extraction_record(extract(doc))
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert doc.text[m["start"] : m["end"]] == m["text"]
    for item in [*record["links"], *record["facts"]]:
        ev = item["evidence"]
        assert doc.text[ev["start"] : ev["end"]] == ev["text"]
