"""The RDF stage: model, named graphs, determinism, formats and counts."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns

from kg.errors import KgError
from kg.graphtext import write_jsonld
from kg.namespaces import (
    KGO,
    OA,
    REFERENCE_GRAPH,
    concept_iri,
    document_iri,
    entity_iri,
    graph_iri,
)
from kg.rdf import (
    FORMATS,
    add_extraction,
    concept_triples,
    dataset_stats,
    date_literal,
    decimal_literal,
    serialize,
    to_dataset,
)
from kg.types import (
    LINK_KINDS,
    MECHANISMS,
    STATUSES,
    Document,
    Entity,
    Evidence,
    Extraction,
    Fact,
    Mention,
    Partnership,
)

TEXT = (
    "Iran and Afghanistan signed a memorandum of understanding with UNODC in 2019. "
    "Norway funded the Kerman centre. "
    "Iran and Pakistan met under the Triangular Initiative."
)
IRN = URIRef("https://kg.example.org/id/country/IRN")


def sample(doc_id: str = "a.txt", text: str = TEXT) -> Extraction:
    """A hand-built extraction: an agreement IRN–AFG with UNODC, NOR funding in IRN, and an
    IRN–PAK meeting under a programme."""
    doc = Document(doc_id, text, "0" * 64, title="A report", date="2020-05")
    first, second = text.index(" Norway"), text.index(" Iran and Pakistan")
    ev1 = Evidence(doc_id, 0, first, text[:first])
    ev2 = Evidence(doc_id, first + 1, second, text[first + 1 : second])
    ev3 = Evidence(doc_id, second + 1, len(text), text[second + 1 :])
    entities = (
        Entity(
            "country/IRN",
            "Country",
            "Iran",
            aliases=("Iran", "Islamic Republic of Iran"),
            iso3="IRN",
            same_as=("http://www.wikidata.org/entity/Q794",),
            mentions=(Mention(0, 4, "Iran"),),
        ),
        Entity("country/AFG", "Country", "Afghanistan", iso3="AFG"),
        Entity("country/NOR", "Country", "Norway", iso3="NOR"),
        Entity("country/PAK", "Country", "Pakistan", iso3="PAK"),
        Entity("programme/triangular-initiative", "Programme", "Triangular Initiative"),
        Entity("organization/unodc", "Organization", "UNODC", category="un-body"),
        Entity("organization/kerman-centre", "Organization", "Kerman centre", country="IRN"),
    )
    links = (
        Partnership(
            f"partnership/{doc_id}-1",
            ("country/IRN", "country/AFG", "organization/unodc"),
            ("AFG", "IRN"),
            "bilateral",
            "agreement",
            "agreed",
            ev1,
            date="2019",
            confidence=0.9,
        ),
        Partnership(
            f"partnership/{doc_id}-2",
            ("country/NOR", "organization/kerman-centre"),
            ("IRN", "NOR"),
            "bilateral",
            "funding",
            "completed",
            ev2,
            funders=("country/NOR",),
        ),
        Partnership(
            f"partnership/{doc_id}-3",
            ("country/IRN", "country/PAK"),
            ("IRN", "PAK"),
            "bilateral",
            "meeting",
            "ongoing",
            ev3,
            programme="programme/triangular-initiative",
        ),
    )
    facts = (Fact("funding", 1000.0, "USD", ev2, about="organization/kerman-centre"),)
    return Extraction(doc, entities, links, facts)


def build(path: Path, store: str = "memory", fmt: str = "trig") -> bytes:
    ds = to_dataset([sample("b.txt"), sample("a.txt")], store=store)
    return serialize(ds, path, fmt).read_bytes()


def test_partnership_model() -> None:
    ds = to_dataset([sample()])
    g = ds.graph(URIRef(graph_iri("a.txt")))
    p = URIRef("https://kg.example.org/id/partnership/a.txt-1")
    assert (p, ns.RDF.type, KGO.Partnership) in g
    assert set(g.objects(p, KGO.involvesCountry)) == {IRN, URIRef(str(IRN)[:-3] + "AFG")}
    assert g.value(p, KGO.mechanism) == URIRef(concept_iri("mechanism", "agreement"))
    assert g.value(p, KGO.linkClass) == URIRef(concept_iri("link-class", "triangular"))
    date = Literal("2019", datatype=ns.XSD.gYear)
    assert g.value(p, URIRef("http://purl.org/dc/terms/date")) == date
    evidence = g.value(p, KGO.evidence)
    assert g.value(evidence, OA.hasSource) == URIRef(document_iri("a.txt"))
    quotes = [s for s in g.objects(evidence, OA.hasSelector) if g.value(s, OA.exact)]
    assert str(g.value(quotes[0], OA.exact)).startswith("Iran and Afghanistan")


def test_countries_live_in_the_reference_graph() -> None:
    ds = to_dataset([sample()])
    ref = ds.graph(URIRef(REFERENCE_GRAPH))
    assert str(ref.value(IRN, KGO.iso3)) == "IRN"
    assert ref.value(IRN, KGO.countryGroup) == URIRef(concept_iri("group", "global-south"))
    assert (IRN, ns.RDF.type, None) not in ds.graph(URIRef(graph_iri("a.txt")))


@pytest.mark.parametrize(("n", "cls"), [(1, "triangular"), (2, "north-south"), (3, "south-south")])
def test_link_classes(n: int, cls: str) -> None:
    ds = to_dataset([sample()])
    p = URIRef(f"https://kg.example.org/id/partnership/a.txt-{n}")
    assert ds.value(p, KGO.linkClass) == URIRef(concept_iri("link-class", cls))


def test_readding_replaces_the_document_graph() -> None:
    ds = to_dataset([sample()])
    before = dataset_stats(ds)
    add_extraction(ds, sample())
    assert dataset_stats(ds) == before
    shorter = sample(text=TEXT.replace("Kerman", "Tehran"))
    add_extraction(ds, shorter)
    quotes = {str(o) for o in ds.graph(URIRef(graph_iri("a.txt"))).objects(None, OA.exact)}
    assert any("Tehran" in q for q in quotes) and not any("Kerman" in q for q in quotes)


def test_stats() -> None:
    stats = dataset_stats(to_dataset([sample("a.txt"), sample("b.txt")]))
    assert stats["documents"] == 2
    assert stats["partnerships"] == 6
    assert stats["entities"]["Country"] == 4
    assert stats["entities"]["Programme"] == 1
    assert stats["entities"]["Organization"] == 2
    assert stats["triples"] > 1000


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_parses_with_pyoxigraph(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"graph.{fmt}"
    build(path, fmt=fmt)
    parse_format = {"trig": "TRIG", "nquads": "N_QUADS", "turtle": "TURTLE", "jsonld": "JSON_LD"}
    quads = list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, parse_format[fmt])))
    assert len(quads) > 1000
    assert not any(isinstance(q.subject, ox.BlankNode) for q in quads)
    names = {q.graph_name for q in quads}
    if fmt in ("trig", "nquads"):
        assert ox.NamedNode(graph_iri("a.txt")) in names and ox.NamedNode(REFERENCE_GRAPH) in names
    else:
        assert names == {ox.DefaultGraph()}


def test_builds_are_byte_identical_across_stores_and_input_order(tmp_path: Path) -> None:
    first = build(tmp_path / "1.trig")
    assert build(tmp_path / "2.trig", store="rdflib") == first
    ds = to_dataset([sample("a.txt"), sample("b.txt")])
    assert serialize(ds, tmp_path / "3.trig", "trig").read_bytes() == first


def test_builds_are_byte_identical_across_processes(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_rdf import build; "
        "from pathlib import Path; build(Path(sys.argv[2]), fmt=sys.argv[3])"
    )
    here = str(Path(__file__).parent)
    for fmt in ("trig", "turtle"):
        outputs = []
        for seed in ("1", "2"):
            out = tmp_path / f"{seed}.{fmt}"
            env = {"PYTHONHASHSEED": seed, "PATH": ""}
            subprocess.run([sys.executable, "-c", script, here, str(out), fmt], check=True, env=env)
            outputs.append(out.read_bytes())
        assert outputs[0] == outputs[1]


def test_prefixes_are_only_kg_prefixes(tmp_path: Path) -> None:
    text = build(tmp_path / "g.ttl", fmt="turtle").decode()
    declared = {line.split()[1] for line in text.splitlines() if line.startswith("@prefix")}
    assert {"kgo:", "schema:", "country:", "mechanism:"} <= declared
    assert "brick:" not in declared and "foaf:" not in declared
    assert "\\" not in text  # no escaped local names such as kg:country\\/IRN


def test_serialize_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="unknown graph format"):
        serialize(to_dataset([]), tmp_path / "x.xml", "rdfxml")
    assert not (tmp_path / "x.xml").exists()


def test_literals() -> None:
    assert date_literal("2019-03").datatype == ns.XSD.gYearMonth
    assert date_literal("2019-03-02").datatype == ns.XSD.date
    with pytest.raises(ValueError, match="not YYYY"):
        date_literal("March 2019")
    assert str(decimal_literal(0.9)) == "0.9" and str(decimal_literal(1000.0)) == "1000"


def test_concepts_cover_every_closed_term() -> None:
    subjects = {str(s) for s, _, _ in concept_triples()}
    from kg.namespaces import CONCEPT_SCHEMES

    for scheme, terms in CONCEPT_SCHEMES.items():
        assert {concept_iri(scheme, t) for t in terms} <= subjects


def test_every_kgo_term_used_is_declared_in_the_ontology() -> None:
    import re

    from rdflib import Graph

    from kg.query import shipped_queries
    from kg.rdf import ontology_file

    ontology = Graph().parse(ontology_file("kg.ttl"))
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(KGO))}
    ds = to_dataset([sample()])
    used = {str(t) for q in ds.quads() for t in q[:3] if str(t).startswith(str(KGO))}
    for path in shipped_queries().values():
        used |= {str(KGO) + name for name in re.findall(r"kgo:(\w+)", path.read_text())}
    assert used <= declared, used - declared


# -- property: any well-formed extraction gives a conforming, parseable, stable graph -----------

NAMES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
KEYS = st.from_regex(r"organization/[a-z0-9][a-z0-9-]{0,11}", fullmatch=True)


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    printable = st.characters(blacklist_categories=("Cs", "Cc"))
    doc_id = draw(st.text(printable, min_size=1, max_size=12))
    text = draw(st.text(min_size=20, max_size=200))
    orgs = draw(st.lists(st.tuples(KEYS, NAMES), min_size=2, max_size=4, unique_by=lambda o: o[0]))
    countries = draw(st.lists(st.sampled_from(["IRN", "AFG", "NOR", "ARM", "PAK"]), unique=True))
    entities = [Entity(k, "Organization", label, aliases=(label + "!",)) for k, label in orgs]
    entities += [Entity(f"country/{c}", "Country", c, iso3=c) for c in countries]
    links = []
    for i in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 2))
        end = draw(st.integers(start + 1, len(text)))
        keys = draw(st.lists(st.sampled_from([e.key for e in entities]), min_size=2, unique=True))
        links.append(
            Partnership(
                f"partnership/{i}",
                tuple(keys),
                tuple(sorted(k[8:] for k in keys if k.startswith("country/"))),
                draw(st.sampled_from(LINK_KINDS)),
                draw(st.sampled_from(MECHANISMS)),
                draw(st.sampled_from(STATUSES)),
                Evidence(doc_id, start, end, text[start:end]),
                date=draw(st.sampled_from([None, "2019", "2019-03", "2019-03-02"])),
                confidence=draw(st.floats(0, 1)),
            )
        )
    doc = Document(doc_id, text, "f" * 64, title=draw(NAMES))
    return Extraction(doc, tuple(entities), tuple(links))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_any_extraction_conforms_and_round_trips(extraction: Extraction) -> None:
    import tempfile

    from kg.store import load_dataset
    from kg.validate import validate

    ds = to_dataset([extraction])
    result = validate(ds)
    assert result.conforms, result.text
    with tempfile.TemporaryDirectory() as tmp:
        first = serialize(ds, Path(tmp) / "a.trig", "trig")
        again = serialize(load_dataset(first, store="rdflib"), Path(tmp) / "b.trig", "trig")
        assert first.read_bytes() == again.read_bytes()


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_merged_formats_hold_every_statement_of_the_union_once(tmp_path: Path, fmt: str) -> None:
    # a.txt and b.txt have the same text, hence the same extraction activity and entities
    ds = to_dataset([sample("a.txt"), sample("b.txt"), sample("c.txt", text=TEXT + " Peru.")])
    named = serialize(ds, tmp_path / "all.nq", "nquads")
    union = {q.triple for q in ox.parse(path=str(named), format=ox.RdfFormat.N_QUADS)}
    merged = serialize(ds, tmp_path / f"merged.{fmt}", fmt)
    parse_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.JSON_LD
    triples = [q.triple for q in ox.parse(path=str(merged), format=parse_format)]
    assert set(triples) == union
    assert len(triples) == len(union)  # statements the documents share are written once


def test_country_links_and_official_names_live_in_the_reference_graph() -> None:
    ds = to_dataset([sample("a.txt"), sample("b.txt")])
    wikidata = URIRef("http://www.wikidata.org/entity/Q794")
    holders = {str(g.identifier) for g in ds.graphs() if (IRN, ns.OWL.sameAs, wikidata) in g}
    assert holders == {REFERENCE_GRAPH}
    official = Literal("Islamic Republic of Iran")
    doc_graph = ds.graph(URIRef(graph_iri("a.txt")))
    assert (IRN, ns.SKOS.altLabel, official) not in doc_graph
    assert (IRN, ns.SKOS.altLabel, official) in ds.graph(URIRef(REFERENCE_GRAPH))


def test_jsonld_is_compacted_with_the_prefix_table_and_reads_back_the_same() -> None:
    ex, kg_node = ox.NamedNode("http://example.org/x"), ox.NamedNode(entity_iri("country/IRN"))
    label, note = ox.NamedNode(str(ns.RDFS.label)), ox.NamedNode("http://example.org/note")
    triples = [
        ox.Triple(
            kg_node, ox.NamedNode(str(ns.RDF.type)), ox.NamedNode("https://schema.org/Country")
        ),
        ox.Triple(kg_node, label, ox.Literal("Iran", language="en")),
        ox.Triple(kg_node, label, ox.Literal('say "hi"\n<script>alert(1)</script>')),
        ox.Triple(kg_node, note, ox.Literal("12", datatype=ox.NamedNode(str(ns.XSD.integer)))),
        ox.Triple(ex, note, ox.BlankNode("b1")),
        ox.Triple(kg_node, note, ex),  # the subject again after another: a second node object
    ]
    out = io.BytesIO()
    write_jsonld(triples, out)
    document = json.loads(out.getvalue())
    assert document["@context"]["country"] == entity_iri("country/")
    ids = [node["@id"] for node in document["@graph"]]
    assert ids == ["country:IRN", "http://example.org/x", "country:IRN"]
    assert document["@graph"][0]["@type"] == "schema:Country"
    assert document["@graph"][0]["http://example.org/note"] == {
        "@value": "12",
        "@type": "xsd:integer",
    }
    read = ox.parse(out.getvalue(), format=ox.RdfFormat.JSON_LD)
    assert {t.triple for t in read if not isinstance(t.object, ox.BlankNode)} == {
        t for t in triples if not isinstance(t.object, ox.BlankNode)
    }
    graph = Graph().parse(data=out.getvalue().decode(), format="json-ld")
    assert (URIRef(kg_node.value), ns.RDFS.label, Literal("Iran", lang="en")) in graph
    assert len(graph) == len(triples)


def test_jsonld_refuses_an_iri_that_would_read_as_a_compact_iri() -> None:
    odd = ox.NamedNode("country:IRN")  # scheme "country" is a prefix of the table
    with pytest.raises(KgError, match="compact IRI"):
        write_jsonld([ox.Triple(odd, odd, odd)], io.BytesIO())
