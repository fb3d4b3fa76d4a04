"""The compiled SPARQL engine gives pyshacl's results, on the bundled reports and on broken copies.

Each mutation breaks one constraint kind of ontology/shapes.ttl (in a document's graph, the
reference graph or the default graph); both engines must then report the same lines, and at
least one (so a mutation that stopped breaking anything fails the test instead of passing).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.pipeline import extract_documents, read_documents
from kg.rdf import ox_quads, serialize, to_dataset
from kg.store import load_dataset, new_dataset
from kg.validate import ValidationResult, shapes_graph, validate
from kg.validate.compiled import UnsupportedShapeError, compile_shapes, has_subclasses, run
from kg.validate.report import sorted_lines

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
REFERENCE = "graph:reference"
DOC0 = "graph:000_0b9db81cab794cbc.txt"  # the first bundled report's graph


@pytest.fixture(scope="module")
def bundled() -> list[ox.Quad]:
    """The quads of the graph built from the bundled reports."""
    return list(ox_quads(to_dataset(extract_documents(read_documents([RAW])))))


def fresh(quads: list[ox.Quad]) -> Dataset:
    ds = new_dataset(OxigraphStore())
    ds.store._inner.extend(quads)
    return ds


def normalized(result: ValidationResult) -> Counter[str]:
    """Report lines, with the members of ``not in list [...]`` sorted: pyshacl lists them from
    a Python set, in an order that changes from one process to the next."""

    def sort_list(match: re.Match[str]) -> str:
        return "not in list [" + ", ".join(sorted(match.group(1).split(", "))) + "]"

    return Counter(re.sub(r"not in list \[(.*)\]", sort_list, line) for line in result.lines)


def assert_same(data: Dataset | Graph, **kwargs: object) -> ValidationResult:
    fast = validate(data, engine="sparql", **kwargs)  # type: ignore[arg-type]
    slow = validate(data, engine="pyshacl", **kwargs)  # type: ignore[arg-type]
    assert normalized(fast) == normalized(slow)
    assert (fast.conforms, fast.violations) == (slow.conforms, slow.violations)
    assert len(fast.lines) == fast.violations
    return fast


def first(cls: str, graph: str = "doc") -> str:
    """A subquery binding ?g and ?x to the first instance of ``cls`` in a document's graph
    (``graph="doc"``) or in the reference graph."""
    where = f"FILTER(?g != {REFERENCE})" if graph == "doc" else f"FILTER(?g = {REFERENCE})"
    return (
        f"{{ SELECT ?g ?x WHERE {{ GRAPH ?g {{ ?x a {cls} }} {where} }} ORDER BY ?g ?x LIMIT 1 }}"
    )


def change(
    cls: str, delete: str = "", insert: str = "", where: str = "", graph: str = "doc"
) -> str:
    """A SPARQL update on the first ``cls`` (``?x``) in its graph ``?g``."""
    return (
        f"DELETE {{ GRAPH ?g {{ {delete} }} }} INSERT {{ GRAPH ?g {{ {insert} }} }} "
        f"WHERE {{ {first(cls, graph)} OPTIONAL {{ GRAPH ?g {{ {where} }} }} }}"
    )


LINK, EVIDENCE, DOC = "kgo:Partnership", "kgo:Evidence", "kgo:Document"
SPECIAL_IS_A_PARTNERSHIP = "kgo:Special rdfs:subClassOf kgo:Partnership"
POSITION, QUOTE, COUNTRY = "oa:TextPositionSelector", "oa:TextQuoteSelector", "schema:Country"

#: name: (SPARQL update, whether the result breaks the shapes)
MUTATIONS: dict[str, tuple[str, bool]] = {
    # sh:minCount, sh:maxCount
    "no evidence": (change(LINK, "?x kgo:evidence ?e", "", "?x kgo:evidence ?e"), True),
    "one partner": (
        change(LINK, "?x kgo:partner ?o", "?x kgo:partner country:IRN", "?x kgo:partner ?o"),
        True,
    ),
    "two mechanisms": (
        change(LINK, insert="?x kgo:mechanism mechanism:funding, mechanism:donation"),
        True,
    ),
    "two dates": (
        change(LINK, insert='?x dcterms:date "2001"^^xsd:gYear, "2002"^^xsd:gYear'),
        True,
    ),
    "no source": (change(EVIDENCE, "?x oa:hasSource ?s", "", "?x oa:hasSource ?s"), True),
    "no document identifier": (
        change(DOC, "?x dcterms:identifier ?i", "", "?x dcterms:identifier ?i"),
        True,
    ),
    "two titles": (change(DOC, insert='?x dcterms:title "Another title"'), True),
    "no end": (change(POSITION, "?x oa:end ?e", "", "?x oa:end ?e"), True),
    "two starts": (change(POSITION, insert="?x oa:start 1"), True),
    "one classification source": (
        change(
            "kgo:Classification",
            "?x prov:wasDerivedFrom ?d",
            "",
            "?x prov:wasDerivedFrom ?d",
            graph="ref",
        ),
        True,
    ),
    "country without label": (
        change(COUNTRY, "?x rdfs:label ?l", "", "?x rdfs:label ?l", graph="ref"),
        True,
    ),
    "two iso3": (change(COUNTRY, insert='?x kgo:iso3 "ZZZ"', graph="ref"), True),
    # sh:datatype (with language tags, ill-typed and plain literals)
    "confidence as text": (
        change(LINK, "?x kgo:confidence ?c", '?x kgo:confidence "0.5"', "?x kgo:confidence ?c"),
        True,
    ),
    "confidence as double": (
        change(
            LINK,
            "?x kgo:confidence ?c",
            '?x kgo:confidence "0.5"^^xsd:double',
            "?x kgo:confidence ?c",
        ),
        True,
    ),
    "ill-typed fact value": (
        change(
            "kgo:Fact",
            "?x schema:value ?v",
            '?x schema:value "lots"^^xsd:decimal',
            "?x schema:value ?v",
        ),
        True,
    ),
    "quote with a language tag": (
        change(QUOTE, "?x oa:exact ?e", '?x oa:exact "a quote"@en', "?x oa:exact ?e"),
        True,
    ),
    "iso3 with a language tag": (
        change(COUNTRY, "?x kgo:iso3 ?i", '?x kgo:iso3 "IRN"@en', "?x kgo:iso3 ?i", graph="ref"),
        True,
    ),
    "page as text": (change(EVIDENCE, insert='?x kgo:page "3"'), True),
    "fact value as text": (
        change("kgo:Fact", "?x schema:value ?v", '?x schema:value "260"', "?x schema:value ?v"),
        True,
    ),
    "organization label tagged": (
        change("org:Organization", insert='?x rdfs:label "Org"@fr'),
        True,
    ),
    "category a number": (change("org:Organization", insert="?x kgo:category 5"), True),
    # sh:nodeKind
    "partner a literal": (change(LINK, insert='?x kgo:partner "IRN"'), True),
    "country IRI as text": (
        change(LINK, insert='?x kgo:involvesCountry "https://kg.example.org/id/country/IRN"'),
        True,
    ),
    "url a literal": (change(DOC, insert='?x schema:url "https://example.org/report.pdf"'), True),
    "sameAs a literal": (change(COUNTRY, insert='?x owl:sameAs "Q794"', graph="ref"), True),
    "blank-node partnership": (
        f"INSERT DATA {{ GRAPH {DOC0} {{ [] a kgo:Partnership }} }}",
        True,
    ),
    # sh:class (in the same graph only, through rdfs:subClassOf, never a literal)
    "evidence untyped": (
        change(LINK, insert="?x kgo:evidence <https://kg.example.org/id/evidence/nowhere>"),
        True,
    ),
    "evidence a literal": (change(LINK, insert='?x kgo:evidence "ev"'), True),
    "document of another graph": (
        "DELETE { GRAPH ?g { ?x prov:wasDerivedFrom ?d } } "
        "INSERT { GRAPH ?g { ?x prov:wasDerivedFrom ?other } } "
        f"WHERE {{ {first(LINK)} GRAPH ?g {{ ?x prov:wasDerivedFrom ?d }} "
        "GRAPH ?h { ?other a kgo:Document } FILTER(?h != ?g) }",
        True,
    ),
    "software agent untyped": (
        change(
            "prov:Activity",
            "?x prov:wasAssociatedWith ?a",
            "?x prov:wasAssociatedWith <https://kg.example.org/id/agent/x>",
            "?x prov:wasAssociatedWith ?a",
        ),
        True,
    ),
    "evidence of a subclass": (
        change(
            EVIDENCE,
            "?x a kgo:Evidence",
            "?x a kgo:QuotedEvidence . kgo:QuotedEvidence rdfs:subClassOf kgo:Evidence",
        ),
        False,
    ),
    "partnership of a subclass": (
        change(LINK, insert=f"kg:x a kgo:Special . {SPECIAL_IS_A_PARTNERSHIP}"),
        True,
    ),
    "subclass stated in another graph": (
        change(LINK, insert="kg:x a kgo:Special")
        + f" ; INSERT DATA {{ GRAPH {REFERENCE} {{ {SPECIAL_IS_A_PARTNERSHIP} }} }}",
        False,
    ),
    # sh:in (IRIs and literals)
    "unknown mechanism": (
        change(
            LINK, "?x kgo:mechanism ?m", "?x kgo:mechanism mechanism:bribery", "?x kgo:mechanism ?m"
        ),
        True,
    ),
    "kind as text": (
        change(LINK, "?x kgo:kind ?k", '?x kgo:kind "bilateral"', "?x kgo:kind ?k"),
        True,
    ),
    "unknown country group": (
        change(
            COUNTRY,
            "?x kgo:countryGroup ?c",
            "?x kgo:countryGroup group:middle",
            "?x kgo:countryGroup ?c",
            graph="ref",
        ),
        True,
    ),
    # sh:pattern
    "country by name": (change(LINK, insert="?x kgo:involvesCountry country:Iran"), True),
    "iso3 lowercase": (
        change(COUNTRY, "?x kgo:iso3 ?i", '?x kgo:iso3 "ir"', "?x kgo:iso3 ?i", graph="ref"),
        True,
    ),
    "sha256 uppercase": (
        change(DOC, "?x kgo:sha256 ?s", '?x kgo:sha256 "' + "A" * 64 + '"', "?x kgo:sha256 ?s"),
        True,
    ),
    "home country by name": (
        change("org:Organization", insert="?x kgo:homeCountry country:Iran"),
        True,
    ),
    "format not a media type": (
        change(DOC, "?x dcterms:format ?f", '?x dcterms:format "PDF"', "?x dcterms:format ?f"),
        True,
    ),
    # sh:minInclusive, sh:maxInclusive
    "confidence above one": (
        change(LINK, "?x kgo:confidence ?c", "?x kgo:confidence 1.5", "?x kgo:confidence ?c"),
        True,
    ),
    "confidence below zero": (
        change(LINK, "?x kgo:confidence ?c", "?x kgo:confidence -0.1", "?x kgo:confidence ?c"),
        True,
    ),
    "negative start": (
        change(POSITION, "?x oa:start ?s", "?x oa:start -5", "?x oa:start ?s"),
        True,
    ),
    "page zero": (change(EVIDENCE, insert="?x kgo:page 0"), True),
    "no pages": (change(DOC, insert="?x schema:numberOfPages 0"), True),
    # sh:minLength
    "empty quote": (change(QUOTE, "?x oa:exact ?e", '?x oa:exact ""', "?x oa:exact ?e"), True),
    # sh:lessThan
    "start equals end": (
        change(POSITION, "?x oa:start ?s", "?x oa:start ?e", "?x oa:start ?s . ?x oa:end ?e"),
        True,
    ),
    "start after end": (change(POSITION, "?x oa:end ?e", "?x oa:end 1", "?x oa:end ?e"), True),
    "start as text": (
        change(POSITION, "?x oa:start ?s", '?x oa:start "10"', "?x oa:start ?s"),
        True,
    ),
    # sh:or of datatypes
    "partnership date a dateTime": (
        change(LINK, insert='?x dcterms:date "2020-05-01T00:00:00"^^xsd:dateTime'),
        True,
    ),
    "document date as text": (
        change(DOC, "?x dcterms:date ?d", '?x dcterms:date "May 2020"', "?x dcterms:date ?d"),
        True,
    ),
    "ill-typed date": (change(LINK, insert='?x dcterms:date "2020-02-30"^^xsd:date'), True),
    # sh:qualifiedValueShape with sh:qualifiedMinCount / sh:qualifiedMaxCount
    "quote selector untyped": (change(QUOTE, "?x a oa:TextQuoteSelector"), True),
    "two position selectors": (
        change(
            EVIDENCE,
            insert="?x oa:hasSelector kg:extra . kg:extra a oa:TextPositionSelector ; "
            "oa:start 1 ; oa:end 2",
        ),
        True,
    ),
    # several targets, one focus node; node-level nodeKind; the default graph
    "programme that is also a place": (
        f"INSERT DATA {{ GRAPH {DOC0} {{ programme:p a schema:Project, schema:Place }} }}",
        True,
    ),
    "statement in the default graph": (
        'INSERT DATA { partnership:stray a kgo:Partnership ; kgo:confidence "x" }',
        True,
    ),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_engines_agree_on_a_broken_copy(bundled: list[ox.Quad], name: str) -> None:
    update, broken = MUTATIONS[name]
    ds = fresh(bundled)
    before = set(ds.store._inner)
    ds.store._inner.update(PROLOGUE + update)
    assert set(ds.store._inner) != before, "the mutation changed nothing"
    result = assert_same(ds)
    assert result.conforms is not broken, result.text


def test_engines_agree_on_the_bundled_reports(bundled: list[ox.Quad]) -> None:
    assert assert_same(fresh(bundled)).conforms


def test_every_mutation_at_once(bundled: list[ox.Quad]) -> None:
    ds = fresh(bundled)
    for update, _ in MUTATIONS.values():
        ds.store._inner.update(PROLOGUE + update)
    result = assert_same(ds)
    assert result.violations > len(MUTATIONS)
    assert any(line.startswith("default graph: ") for line in result.lines)
    assert any(line.startswith(f"<{PREFIXES['graph']}reference>: ") for line in result.lines)


def test_probes_hide_no_violation(bundled: list[ox.Quad]) -> None:
    """A rule skipped because its probes were false would have found nothing: every mutation
    at once gives the same report with the probes as with every rule run in full."""
    ds = fresh(bundled)
    for update, _ in MUTATIONS.values():
        ds.store._inner.update(PROLOGUE + update)
    store, shapes = ds.store._inner, shapes_graph()
    rules = compile_shapes(shapes, subclasses=has_subclasses(store))
    assert sum(bool(rule.probes) for rule in rules) > len(rules) / 2
    probed = sorted_lines(run(store, rules, None, shapes))
    unprobed = sorted_lines(run(store, [replace(r, probes=()) for r in rules], None, shapes))
    assert probed == unprobed
    assert len(probed) > len(MUTATIONS)


def test_every_store_gives_the_same_report(bundled: list[ox.Quad], tmp_path: Path) -> None:
    ds = fresh(bundled)
    for name in ("one partner", "unknown mechanism", "iso3 lowercase", "empty quote"):
        ds.store._inner.update(PROLOGUE + MUTATIONS[name][0])
    path = serialize(ds, tmp_path / "broken.trig", "trig")
    expected = validate(ds, engine="pyshacl")
    assert expected.violations >= 4
    for store in ("memory", "rdflib", f"oxigraph:{tmp_path / 'ox'}"):
        loaded = load_dataset(path, store=store)
        assert normalized(validate(loaded)) == normalized(expected), store
        loaded.close()


def test_a_lone_graph_is_validated_as_one(bundled: list[ox.Quad]) -> None:
    ds = fresh(bundled)
    ds.store._inner.update(PROLOGUE + MUTATIONS["no source"][0])
    ds.store._inner.update(PROLOGUE + MUTATIONS["no end"][0])
    graph = Graph()  # rdflib's default prefixes: default messages use them for data nodes
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for s, p, o in ds.graph(URIRef(f"{PREFIXES['graph']}000_0b9db81cab794cbc.txt")):
        graph.add((s, p, o))
    result = assert_same(graph)
    assert result.violations == 2
    assert all(line.startswith("graph: ") for line in result.lines)


EXTRA_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kgo: <https://kg.example.org/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/shapes#> .

ex:Quote a sh:NodeShape ; sh:targetObjectsOf oa:hasSelector ;
    sh:property [ sh:path oa:exact ; sh:maxLength 40 ; sh:pattern "^the" ; sh:flags "i" ] .
ex:Position a sh:NodeShape ; sh:targetSubjectsOf oa:start ;
    sh:property [ sh:path oa:start ; sh:minExclusive 500 ; sh:maxExclusive 2000 ;
                  sh:lessThanOrEquals oa:start ] ;
    sh:property [ sh:path oa:end ; sh:class kgo:Evidence, kgo:Document ] .
ex:Labelled a sh:NodeShape ; sh:targetClass kgo:Partnership ;
    sh:property [ sh:path kgo:partner ; sh:maxCount 2 ; sh:minCount 3 ] ;
    sh:property [ sh:path kgo:confidence ; sh:in ( 0.75 "high" ) ; sh:minLength 0 ] .
"""


def test_other_constraints_agree(bundled: list[ox.Quad]) -> None:
    shapes = Graph().parse(data=EXTRA_SHAPES, format="turtle")
    result = assert_same(fresh(bundled), shapes=shapes)
    assert result.violations > 10


@pytest.mark.parametrize(
    ("feature", "turtle"),
    [
        (
            "sh:hasValue",
            "ex:S sh:targetClass kgo:Partnership ; "
            "sh:property [ sh:path kgo:kind ; sh:hasValue 1 ] .",
        ),
        ("sh:targetNode", "ex:S sh:targetNode kgo:x ; sh:nodeKind sh:IRI ."),
        ("sh:node", "ex:S sh:targetClass kgo:Partnership ; sh:node ex:T ."),
        (
            "sh:qualifiedValueShapesDisjoint",
            "ex:S sh:targetClass kgo:Evidence ; sh:property [ sh:path oa:hasSelector ; "
            "sh:qualifiedValueShape [ sh:class oa:X ] ; sh:qualifiedMinCount 1 ; "
            "sh:qualifiedValueShapesDisjoint true ] .",
        ),
    ],
)
def test_unsupported_features_are_refused_or_fall_back(
    bundled: list[ox.Quad], feature: str, turtle: str, caplog: pytest.LogCaptureFixture
) -> None:
    prefixes = (
        "".join(f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in ("sh", "kgo", "oa"))
        + "@prefix ex: <https://example.org/shapes#> .\n"
    )
    shapes = Graph().parse(data=prefixes + turtle, format="turtle")
    with pytest.raises(UnsupportedShapeError, match=feature):
        compile_shapes(shapes)
    ds = fresh(bundled)
    with pytest.raises(KgError, match=feature):
        validate(ds, engine="sparql", shapes=shapes)
    with caplog.at_level(logging.WARNING, logger="kg.validate"):
        assert validate(ds, shapes=shapes) == validate(ds, engine="pyshacl", shapes=shapes)
    assert feature in caplog.text and "pyshacl" in caplog.text


def test_the_shipped_shapes_compile_to_a_rule_per_constraint_group() -> None:
    rules = compile_shapes(shapes_graph())
    assert len(rules) >= 57  # at least one per property shape
    assert all("GRAPH ?g" in rule.query(True) for rule in rules)


def test_unknown_engine_is_refused(bundled: list[ox.Quad]) -> None:
    with pytest.raises(KgError, match="unknown validation engine"):
        validate(fresh(bundled), engine="fast")  # type: ignore[arg-type]


PATH_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kgo: <https://kg.example.org/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ex: <https://example.org/shapes#> .

ex:Cited a sh:NodeShape ; sh:targetClass kgo:Document ;
    sh:property [ sh:path [ sh:inversePath prov:wasDerivedFrom ] ; sh:minCount 30 ] .
ex:Sourced a sh:NodeShape ; sh:targetClass kgo:Partnership ;
    sh:property [ sh:path ( kgo:evidence oa:hasSource ) ; sh:class kgo:Evidence ] ;
    sh:property [ sh:path [ sh:alternativePath ( kgo:partner kgo:involvesCountry ) ] ;
                  sh:maxCount 2 ] .
"""


def test_complex_paths_agree_but_for_their_label(bundled: list[ox.Quad]) -> None:
    def unlabelled(result: ValidationResult) -> Counter[str]:
        """Lines without the result path: pyshacl writes a complex one as a blank node id."""
        return Counter(re.sub(r"^(\S+: <[^>]*>) \S+: ", r"\1 ", line) for line in result.lines)

    shapes = Graph().parse(data=PATH_SHAPES, format="turtle")
    ds = fresh(bundled)
    fast = validate(ds, engine="sparql", shapes=shapes)
    slow = validate(ds, engine="pyshacl", shapes=shapes)
    assert unlabelled(fast) == unlabelled(slow)
    for expected in ("Less than 30 values", "More than 2 values", "does not have class"):
        assert any(expected in line for line in fast.lines), expected
