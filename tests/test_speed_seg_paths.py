"""Shortcuts of relation reading (per segment) change nothing it finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract import cues, extract, extraction_record, lists
from kg.extract.link_drafts import Drafter
from kg.types import Document

#: Words of the shortcuts' cues in mixed case, and letters that fold to ASCII ones.
WORDS = [
    *("Trafficking", "routes", "bordering", "forensic laboratory", "Lake Chad is shared by"),
    *("coast of", "ports in", "containers from", "than", "ſmuggling", "\u212aetamine", "İllicit"),
    *("Funded by", "funding from", "with support from the", "through", "has provided USD 2m"),
    *("is the main donor", "-funded", "granted by", "Thanks to the", "Donors:", "offered by"),
    *("With funding from", "KABUL, 3 May - With", "During", "Nairobi – In cooperation with"),
    *("Kenya", "Japan", "UNODC", "the EU", "Uganda", "officers", "trained", "met", "and"),
]
SEPARATORS = [" ", ", ", ". ", "; ", "\n", "-", " - ", " — ", " (", ") "]
TEXTS = st.lists(st.sampled_from(WORDS + SEPARATORS), max_size=30).map("".join)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("drug trafficking routes from Kenya, than Uganda; ſmuggling İllicit Lake Chad is shared")
def test_negative_words_start_where_they_did(text: str) -> None:
    """``WORD_START`` before ``NEGATIVE_WORD`` skips no place a negative word starts."""
    quick = cues.NEGATIVE_WORD.pattern.pattern
    assert quick.startswith(cues.WORD_START)
    plain = re.compile(quick[len(cues.WORD_START) :], re.IGNORECASE)
    for subject in (text, text.lower()):
        found = _spans(list(cues.NEGATIVE_WORD.finditer(subject)))
        assert found == _spans(list(plain.finditer(subject)))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("KABUL, 3 May - With funding from the EU")
@example("Nairobi – In cooperation with the EU")
def test_undated_fronted_phrases_are_found_as_before(text: str) -> None:
    """A span with no dash is tried without a dateline: found as with one."""
    assert lists._fronted(text) == bool(lists._FRONTED.match(text))


SENTENCES = [
    "Japan, through JICA, and UNODC launched a project in Kenya.",
    "The laboratory in Uganda was funded by Japan, and the second office by Norway.",
    "With support from the EU, Kenya and Uganda held a joint operation.",
    "Kenya has provided USD 2 million to UNODC for Uganda.",
    "Officers from Kenya and Uganda were trained by Japan.",
    "Drug trafficking routes from Kenya reach Uganda.",
    "Japan is the main donor of the programme in Kenya.",
    "Kenya and Uganda met in Nairobi to discuss cooperation.",
    "Thanks to the generous contribution of Japan, Kenya trained officers from Uganda.",
    "Donors: Japan, Norway and the EU.",
    "KABUL, 3 May - With funding from the EU, UNODC and Kenya trained officers.",
    "A Japan-funded course for Kenya and Uganda was held in Nairobi.",
    "The equipment was handed over to Kenya with assistance of Norway.",
    "Kenya signed an agreement with Uganda and Tanzania.",
]


def _record(text: str) -> object:
    doc = Document("t.txt", text, "0" * 64, "A report")
    return extraction_record(extract(doc))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
def test_sentences_that_cannot_give_read_as_before(sentences: list[str]) -> None:
    """Skipping the giving cues on sentences with none of their words finds the same links."""
    text = "Kenya\n\n" + " ".join(sentences) + "\n"
    quick = _record(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(Drafter, "_may_give", lambda self, seg: True)
        assert _record(text) == quick
