"""Projections of the synthetic datasets (modelled by kg.rdf) into NetworkX."""

# G, H, B, F: NetworkX's capitalised names for graphs.
# ruff: noqa: N806

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest
from networkx.algorithms import bipartite
from oxrdflib import OxigraphStore
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, SKOS

from kg.analyze import (
    actor_partnership_graph,
    country_network,
    ego_network,
    full_network,
    organization_network,
)
from kg.analyze.metrics import records_timeline
from kg.analyze.projections import load_model
from kg.analyze.synthetic import DatasetBuilder, example_dataset, random_dataset
from kg.documents import document_from_text
from kg.errors import KgError
from kg.extract import extract
from kg.namespaces import KGO, REFERENCE_GRAPH, concept_iri, entity_iri, graph_iri, sparql_prefixes
from kg.rdf import add_quads, to_dataset

# rdflib's own Dataset.triples() trips its deprecation of default_context.
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")


def c(iso3: str) -> str:
    return entity_iri(f"country/{iso3}")


def o(key: str) -> str:
    return entity_iri(f"organization/{key}")


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return example_dataset()


@pytest.fixture(scope="module")
def countries(ds: Dataset) -> nx.Graph:
    return country_network(ds)


def test_country_nodes_are_the_countries_partnerships_involve(countries) -> None:
    assert set(countries) == {c(i) for i in ("IRN", "AFG", "PAK", "NOR", "JPN")}
    assert c("TUR") not in countries  # reference data only


def test_country_node_attributes_follow_the_contract(countries) -> None:
    assert countries.nodes[c("IRN")] == {
        "label": "Iran",
        "type": "Country",
        "iso3": "IRN",
        "aliases": ["Islamic Republic of Iran"],
        "global_south": True,
    }
    assert countries.nodes[c("NOR")]["global_south"] is False


def test_a_three_country_partnership_adds_three_pairs(countries) -> None:
    with_p3 = {
        frozenset((u, v))
        for u, v, records in countries.edges(data="partnerships")
        if any(r["iri"].endswith("/p3") for r in records)
    }
    assert with_p3 == {
        frozenset((c("IRN"), c("AFG"))),
        frozenset((c("IRN"), c("NOR"))),
        frozenset((c("AFG"), c("NOR"))),
    }


def test_country_edges_weight_and_aggregate_attributes(countries) -> None:
    edge = countries.edges[c("IRN"), c("NOR")]
    assert edge["weight"] == 2  # p3 and p4
    assert edge["mechanisms"] == ["funding", "technical-assistance"]
    assert edge["link_classes"] == ["north-south", "triangular"]
    assert edge["years"] == [2019, 2020]
    assert countries.edges[c("AFG"), c("PAK")]["years"] == []  # p7 is undated
    assert countries.number_of_edges() == 6
    assert dict(countries.degree(weight="weight"))[c("IRN")] == 5


def test_partnership_records_carry_evidence(countries) -> None:
    p4 = next(
        r for r in countries.edges[c("IRN"), c("NOR")]["partnerships"] if r["iri"].endswith("p4")
    )
    assert p4 == {
        "iri": entity_iri("partnership/p4"),
        "mechanism": "funding",
        "kind": "bilateral",
        "status": "agreed",
        "date": "2020-03-01",
        "link_class": "north-south",
        "confidence": 0.5,
        "quote": "IRN and NOR funding",
        "document": "b.txt",
        "start": 300,  # the fourth row of the example
        "end": 300 + len("IRN and NOR funding"),
        "reported": None,
    }


def test_organization_network_with_and_without_countries(ds) -> None:
    actors = organization_network(ds)
    assert actors.has_edge(o("unodc"), o("dchq"))
    assert actors.nodes[o("dchq")]["country"] == "IRN"
    assert actors.nodes[o("unodc")]["aliases"] == ["United Nations Office on Drugs and Crime"]
    assert c("IRN") in actors  # Iran is itself a partner of p1-p4
    only = organization_network(ds, include_countries=False)
    assert set(only) == {o("unodc"), o("dchq")}
    assert only.edges[o("unodc"), o("dchq")]["weight"] == 1


def test_actor_partnership_graph_is_bipartite(ds) -> None:
    B = actor_partnership_graph(ds)
    partnerships = {n for n, d in B.nodes(data=True) if d["bipartite"] == 1}
    assert len(partnerships) == 7
    assert bipartite.is_bipartite_node_set(B, partnerships)
    p3 = entity_iri("partnership/p3")
    assert set(B[p3]) == {c("IRN"), c("AFG"), c("NOR")}
    assert B.nodes[p3]["year"] == 2019
    assert B.nodes[p3]["type"] == "Partnership"
    assert B.edges[c("IRN"), p3]["roles"] == ["partner"]


def test_funders_get_a_funder_role() -> None:
    b = DatasetBuilder()
    nor = b.country("NOR", "Norway", south=False)
    unodc = b.organization("unodc", "UNODC")
    p = b.partnership("f", [unodc, nor], countries=["NOR"], mechanism="funding", funders=[nor])
    B = actor_partnership_graph(b.ds)
    assert B.edges[str(nor), str(p)]["roles"] == ["partner", "funder"]
    assert B.edges[str(unodc), str(p)]["roles"] == ["partner"]


def test_full_network_is_a_typed_multigraph(ds) -> None:
    F = full_network(ds)
    assert isinstance(F, nx.MultiDiGraph)
    p3 = entity_iri("partnership/p3")
    assert set(F[p3][c("IRN")]) == {"kgo:partner", "kgo:involvesCountry"}
    assert F.nodes[p3]["type"] == "Partnership"
    assert F.has_edge(o("dchq"), c("IRN"), key="kgo:homeCountry")
    types = {d["type"] for _, d in F.nodes(data=True)}
    assert types == {"Country", "Organization", "Partnership", "Document"}


def test_empty_dataset_gives_empty_graphs() -> None:
    empty = Dataset(default_union=True)
    assert len(country_network(empty)) == 0
    assert len(organization_network(empty)) == 0
    assert len(actor_partnership_graph(empty)) == 0
    assert len(full_network(empty)) == 0


def test_partner_without_reference_data_gets_a_fallback_node() -> None:
    b = DatasetBuilder()
    b.partnership("x", [], countries=["IRN", "XKX"])
    G = country_network(b.ds)
    assert G.nodes[c("XKX")] == {
        "label": "XKX",
        "type": "Country",
        "aliases": [],
        "iso3": "XKX",
        "global_south": None,
    }


@pytest.mark.parametrize("name", ["IRN", "irn", "Iran", c("IRN")])
def test_ego_network_by_iso3_label_or_iri(countries, name: str) -> None:
    ego = ego_network(countries, name)
    assert set(ego) == {c("IRN"), c("AFG"), c("PAK"), c("NOR")}
    assert ego.graph["center"] == c("IRN")


def test_ego_network_radius_two_reaches_japan(countries) -> None:
    assert c("JPN") in ego_network(countries, "IRN", radius=2)
    assert set(ego_network(countries, "JPN")) == {c("JPN"), c("NOR")}


def test_ego_network_of_directed_graph_walks_both_ways(ds) -> None:
    ego = ego_network(full_network(ds), "IRN")
    assert entity_iri("partnership/p1") in ego  # p1 → IRN is an in-edge of Iran


def test_ego_network_unknown_country_is_a_user_error(countries) -> None:
    with pytest.raises(KgError, match="ZZZ"):
        ego_network(countries, "ZZZ")


@pytest.mark.parametrize(
    "project", [country_network, organization_network, actor_partnership_graph, full_network]
)
def test_oxigraph_store_gives_the_same_networks(ds, project) -> None:
    on_oxigraph = project(example_dataset(Dataset(OxigraphStore(), default_union=True)))
    on_rdflib = project(ds)
    assert list(on_oxigraph.nodes(data=True)) == list(on_rdflib.nodes(data=True))
    assert list(on_oxigraph.edges(data=True)) == list(on_rdflib.edges(data=True))


PAIR_COUNTS_QUERY = (
    sparql_prefixes()
    + """
SELECT ?a ?b (COUNT(DISTINCT ?p) AS ?n) WHERE {
  ?p a kgo:Partnership ; kgo:involvesCountry ?a, ?b .
  FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b"""
)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_country_edge_weights_equal_a_sparql_count_of_shared_partnerships(seed: int) -> None:
    ds = random_dataset(8, 40, seed=seed)
    expected = {(str(a), str(b)): int(n) for a, b, n in ds.query(PAIR_COUNTS_QUERY)}
    G = country_network(ds)
    found = {tuple(sorted((u, v))): w for u, v, w in G.edges(data="weight")}
    assert found == expected


# -- the synthetic datasets are kg.rdf's model ----------------------------------------------


def test_synthetic_datasets_conform_to_the_shapes() -> None:
    from kg.validate import validate

    for ds in (example_dataset(), random_dataset(300, 100, seed=3)):
        result = validate(ds)
        assert result.conforms, result.text


def test_builder_document_graphs_are_what_kg_rdf_models() -> None:
    b = DatasetBuilder()
    nor = b.country("NOR", "Norway", south=False)
    unodc = b.organization("unodc", "UNODC", aliases=["UN Office on Drugs and Crime"])
    b.partnership("f", [unodc, nor], countries=["NOR"], mechanism="funding", quote="NOR funds")
    b.partnership("g", [nor, b.iso_country("IRN")], countries=["IRN", "NOR"], doc_id="x.txt")
    built, modelled = b.ds, to_dataset(b.extractions(), store="rdflib")
    names = {graph_iri("doc.txt"), graph_iri("x.txt")}
    assert {str(g.identifier) for g in built.graphs() if len(g)} >= names | {REFERENCE_GRAPH}
    for name in names:
        assert isomorphic(built.graph(URIRef(name)), modelled.graph(URIRef(name))), name
    for extraction in b.extractions():  # each quote is the document's text at its offsets
        for p in extraction.partnerships:
            ev = p.evidence
            assert extraction.document.text[ev.start : ev.end] == ev.quote


def test_reference_graph_has_the_chosen_countries_in_place_of_kg_rdfs() -> None:
    ds = example_dataset()
    reference = ds.graph(URIRef(REFERENCE_GRAPH))
    iran, turkey = URIRef(c("IRN")), URIRef(c("TUR"))
    assert set(reference.objects(iran, RDFS.label)) == {Literal("Iran")}
    assert set(reference.objects(iran, SKOS.altLabel)) == {Literal("Islamic Republic of Iran")}
    south = URIRef(concept_iri("group", "global-south"))
    assert set(reference.objects(turkey, KGO.countryGroup)) == {south}  # on neither real list
    assert (URIRef(c("BRA")), KGO.iso3, Literal("BRA")) in reference  # kg.rdf's own


def test_a_partnership_without_a_date_takes_the_year_of_its_report() -> None:
    text = (
        "Regional news\n\nLUSAKA, 4 September 2023 - Police reported record seizures of heroin."
        " Zambia and Malawi signed a memorandum of understanding on drug control. In 2019,"
        " Zambia and Botswana signed an agreement on border control.\n"
    )
    extraction = extract(document_from_text("news.txt", text))
    model = load_model(to_dataset([extraction]))
    by_pair = {frozenset(r.countries): r for r in model.partnerships}
    undated = by_pair[frozenset({c("ZMB"), c("MWI")})]
    dated = by_pair[frozenset({c("ZMB"), c("BWA")})]
    assert (undated.date, undated.reported, undated.year) == (None, "2023-09-04", 2023)
    assert (dated.date, dated.reported, dated.year) == ("2019", "2023-09-04", 2019)
    assert records_timeline([r.as_dict() for r in model.partnerships])["total"].to_dict() == {
        2019: 1,
        2020: 0,
        2021: 0,
        2022: 0,
        2023: 1,
    }


REPEATED = """
@prefix id: <https://kg.example.org/id/> .
@prefix kgo: <https://kg.example.org/ontology#> .
@prefix mechanism: <https://kg.example.org/concept/mechanism/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://kg.example.org/id/graph/a> {
  <https://kg.example.org/id/partnership/p> a kgo:Partnership ; kgo:mechanism mechanism:z ;
    kgo:confidence 0.9 ; prov:wasDerivedFrom <https://kg.example.org/id/document/a> ;
    kgo:evidence <https://kg.example.org/id/evidence/1> ; kgo:partner id:country\\/AAA .
  <https://kg.example.org/id/evidence/1> oa:hasSelector <https://kg.example.org/id/evidence/1/p> .
  <https://kg.example.org/id/evidence/1/p> oa:start 10 ; oa:end 20 .
  <https://kg.example.org/id/partnership/q> a kgo:Partnership .
  mechanism:z skos:notation "b" , "a" .
  mechanism:y skos:notation "c" .
}
<https://kg.example.org/id/graph/b> {
  <https://kg.example.org/id/partnership/p> a kgo:Partnership ; kgo:mechanism mechanism:y ;
    kgo:confidence 0.75 ; kgo:evidence <https://kg.example.org/id/evidence/2> ;
    kgo:partner id:country\\/BBB .
  <https://kg.example.org/id/evidence/2> oa:hasSelector <https://kg.example.org/id/evidence/2/p> .
  <https://kg.example.org/id/evidence/2/p> oa:start 9 ; oa:end 30 .
}
"""


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_a_partnership_stated_twice_keeps_its_least_values(store: str) -> None:
    ds = Dataset(OxigraphStore(), default_union=True) if store == "Oxigraph" else None
    ds = ds or Dataset(default_union=True)
    add_quads(ds, list(ox.parse(REPEATED, format=ox.RdfFormat.TRIG)))
    (record,) = load_model(ds).partnerships  # q has no value of its own: left out
    document = entity_iri("document/a")  # not described: its IRI stands for it
    assert (record.mechanism, record.confidence, record.document) == ("a", 0.75, document)
    assert (record.start, record.end) == (10, 20)  # least row: "10" sorts before "9"
    assert record.partners == (c("AAA"), c("BBB"))
