"""The modelling writes statements as N-Triples text instead of pyoxigraph terms (for speed);
these tests hold it to the bytes Oxigraph's own terms and serializers give."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pyoxigraph as ox
import pytest
from test_rdf import sample

from kg.graphtext import PER_DOCUMENT, _formatted, graph_text, turtle_term
from kg.namespaces import graph_iri
from kg.rdf import _literal, _nquads, document_triples, model
from kg.types import Entity, Extraction, Fact, GraphText

TRICKY = 'He said "yes" \\ no\n\tthen\r\x00\x7f\ufffe\uffff é 𝄞 end'


def test_literals_are_escaped_as_oxigraph_escapes_them() -> None:
    """Every character, alone and inside text, gives the literal Oxigraph writes."""
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:  # surrogates are not text
            continue
        text = f"a{chr(code)}b"
        assert _literal(text) == str(ox.Literal(text)), hex(code)
    assert _literal(TRICKY) == str(ox.Literal(TRICKY))


def test_text_oxigraph_refuses_still_fails() -> None:
    with pytest.raises(ValueError):
        _literal("a lone surrogate \udc80")


def _terms(statements: list[tuple[str, str, str]]) -> list[tuple[Any, Any, Any]]:
    """The text statements as pyoxigraph terms (read by Oxigraph's strict parser)."""
    text = "".join(f"{s} {p} {o} .\n" for s, p, o in statements)
    return [
        (t.subject, t.predicate, t.object) for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)
    ]


def _graph_text_from_terms(name: ox.NamedNode, statements: list[tuple[Any, Any, Any]]) -> Any:
    """The graph text as kg made it from pyoxigraph terms (sorted by ``str(ox.Quad)``)."""
    quads = {str(q): q for q in (ox.Quad(s, p, o, name) for s, p, o in statements)}
    ordered = sorted(quads)
    cut = len(str(name)) + 1
    own = [quads[k].triple for k in ordered if k.startswith(PER_DOCUMENT)]
    shared = "".join(f"{k[: len(k) - cut]} .\n" for k in ordered if not k.startswith(PER_DOCUMENT))
    return (
        _formatted([quads[k] for k in ordered], ox.RdfFormat.TRIG),
        _formatted(own, ox.RdfFormat.TURTLE),
        shared.encode(),
    )


def _tricky() -> Extraction:
    """The sample report under an id that needs escaping, with text that needs escapes."""
    extraction = sample(doc_id="ré port #1.txt", text=f"{TRICKY}. " + sample().document.text)
    entities = [
        replace(e, aliases=(*e.aliases, TRICKY, "Zeta", "alpha")) for e in extraction.entities
    ]
    entities.append(Entity("country/XKX", "Country", "Kosovo", iso3="XKX"))
    entities.append(
        Entity("country/KEN", "Country", "Kenya", iso3="KEN", same_as=("http://x.org/K",))
    )
    ev = extraction.facts[0].evidence
    facts = (
        *extraction.facts,
        Fact("seizure", 12.5, TRICKY, ev, subject='hashish "resin"'),
        Fact("seizure", 0.25, "t", ev, subject="country/IRN"),
    )
    return replace(extraction, entities=tuple(entities), facts=facts)


def test_graph_text_is_what_terms_gave() -> None:
    for extraction in (sample(), _tricky()):
        statements = list(document_triples(extraction))
        name = graph_iri(extraction.document.doc_id)
        text = graph_text(name, statements * 2)  # duplicates are dropped
        expected = _graph_text_from_terms(ox.NamedNode(name), _terms(statements))
        assert (text.trig, text.own_turtle, text.shared) == expected
        assert model(extraction).text == text


def test_reference_lines_are_what_oxigraph_writes() -> None:
    graph = ox.NamedNode("https://kg.example.org/id/graph/reference")
    statements = [
        (
            "<https://kg.example.org/id/country/XKX>",
            "<http://www.w3.org/2000/01/rdf-schema#label>",
            '"Kosovo"',
        ),
        (
            "<https://kg.example.org/id/country/XKX>",
            "<http://www.w3.org/2000/01/rdf-schema#label>",
            _literal(TRICKY),
        ),
    ]
    quads = [ox.Quad(s, p, o, graph) for s, p, o in _terms(statements)]
    assert _nquads(statements, graph.value) == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert b"XKX" in model(_tricky()).reference


KG_ID = "https://kg.example.org/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
TERMS = [
    *(
        f"<{KG_ID}{local}>"
        for local in (
            "country/IRN",
            "organization/a.b",
            "organization/a.",
            "organization/.a",
            "organization/-a",
            "organization/a-",
            "organization/_a_",
            "organization/7up",
            "organization/a~b",
            "organization/a%20b",
            "organization/r%C3%A9",
            "organization/",
            "document/ré.txt",
            "document/r%C3%A9%20port.txt",
            "graph/000003_synthetic.txt",
            "evidence/x.txt/1-2/quote",
            "fact/abc",
        )
    ),
    "<http://www.wikidata.org/entity/Q42>",
    "<https://kg.example.org/ontology#Agreement>",
    "<https://kg.example.org/concept/mechanism/training>",
    "<http://example.org/elsewhere>",
    '"plain"',
    '"tagged"@en',
    *(f'"{v}"^^<{XSD}integer>' for v in ("81", "-5", "+5", "05", "5.0", "")),
    *(f'"{v}"^^<{XSD}decimal>' for v in ("940", "0.5", ".5", "5.", "-1.25")),
    *(f'"{v}"^^<{XSD}double>' for v in ("1e5", "1.0E-3", ".5e1", "1.5", "INF")),
    *(f'"{v}"^^<{XSD}boolean>' for v in ("true", "false", "1")),
    *(f'"{v}"^^<{XSD}{t}>' for v, t in (("2005", "gYear"), ("2005-03", "gYearMonth"))),
]


def test_turtle_terms_are_what_oxigraph_writes() -> None:
    """Each term as a subject-free object (and IRIs as subjects) is written as Oxigraph does."""
    node = f"<{KG_ID}x>"
    for term in TERMS:
        (triple,) = _terms([(node, node, term)])
        expected = _formatted([ox.Triple(*triple)], ox.RdfFormat.TURTLE)
        assert f"{node} {node} {turtle_term(term)} .\n".encode() == expected, term
        if term.startswith("<"):
            own = _formatted([ox.Triple(triple[2], triple[0], triple[0])], ox.RdfFormat.TURTLE)
            assert f"{turtle_term(term)} {node} {node} .\n".encode() == own, term


def test_graph_text_of_the_default_graph_is_its_turtle() -> None:
    statements = list(document_triples(sample()))
    text = graph_text(None, statements)
    quads = sorted({f"{s} {p} {o} .\n" for s, p, o in statements})
    parsed = ox.parse("".join(quads), format=ox.RdfFormat.N_TRIPLES)
    assert text.trig == _formatted(list(parsed), ox.RdfFormat.TURTLE)
    assert graph_text("http://x.org/g", []) == graph_text(None, []) == GraphText(b"")
