"""SHACL validation: built graphs conform; broken ones do not, with a readable report."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns
from test_rdf import sample

from kg.namespaces import KGO, OA, graph_iri
from kg.rdf import serialize, to_dataset
from kg.store import load_dataset
from kg.validate import Engine, validate

LINK = URIRef("https://kg.example.org/id/partnership/a.txt-1")
#: The compiled engine and the pyshacl reference must pass the same tests.
ENGINES = pytest.mark.parametrize("engine", ["sparql", "pyshacl"])


@ENGINES
def test_built_graph_conforms_in_every_store(tmp_path: Path, engine: Engine) -> None:
    for store in ("memory", "rdflib", f"oxigraph:{tmp_path / 'ox'}"):
        ds = to_dataset([sample("a.txt"), sample("b.txt")], store=store)
        result = validate(ds, engine=engine)
        assert result.conforms, result.text
        assert result.violations == 0


def test_merged_file_conforms(tmp_path: Path) -> None:
    path = serialize(to_dataset([sample("a.txt"), sample("b.txt")]), tmp_path / "g.ttl", "turtle")
    assert validate(load_dataset(path)).conforms


@ENGINES
def test_violations_are_counted_and_readable(engine: Engine) -> None:
    ds = to_dataset([sample()])
    graph = ds.graph(URIRef(graph_iri("a.txt")))
    for partner in list(graph.objects(LINK, KGO.partner))[1:]:
        graph.remove((LINK, KGO.partner, partner))
    position = next(s for s in graph.subjects(ns.RDF.type, OA.TextPositionSelector))
    graph.remove((position, OA.start, None))
    graph.add((position, OA.start, Literal(-5)))
    graph.remove((LINK, KGO.evidence, None))
    result = validate(ds, engine=engine)
    assert not result.conforms
    assert result.violations >= 3
    lines = result.text.splitlines()
    assert len(lines) == result.violations
    assert all(line.startswith(f"<{graph_iri('a.txt')}>: ") for line in lines)
    assert any("at least two partners" in line for line in lines)
    assert any("has evidence" in line for line in lines)
    assert any("oa:start is one non-negative integer" in line for line in lines)


@ENGINES
def test_country_with_bad_code_fails(engine: Engine) -> None:
    ds = to_dataset([sample()])
    ref = ds.graph(URIRef("https://kg.example.org/id/graph/reference"))
    iran = URIRef("https://kg.example.org/id/country/IRN")
    ref.remove((iran, KGO.iso3, None))
    ref.add((iran, KGO.iso3, Literal("ir")))
    result = validate(ds, engine=engine)
    assert result.violations == 1
    assert "three capital letters" in result.text


def test_validation_of_many_documents_stays_fast() -> None:
    ds = to_dataset([sample(f"{i:03}.txt") for i in range(50)])
    started = time.perf_counter()
    assert validate(ds).conforms
    assert time.perf_counter() - started < 30


def test_every_class_in_the_graph_has_a_shape() -> None:
    from rdflib.namespace import SH

    from kg.validate import shapes_graph

    targets = set(shapes_graph().objects(None, SH.targetClass))
    ds = to_dataset([sample()])
    used = {o for _, _, o, _ in ds.quads((None, ns.RDF.type, None, None))}
    assert used <= targets, used - targets


@ENGINES
def test_long_reports_are_capped(engine: Engine) -> None:
    ds = to_dataset([sample(f"{i:03}.txt") for i in range(30)])
    for i in range(30):
        graph = ds.graph(URIRef(graph_iri(f"{i:03}.txt")))
        graph.remove((None, KGO.confidence, None))
    result = validate(ds, engine=engine)
    assert result.violations == 90
    lines = result.text.splitlines()
    assert len(lines) == 51 and lines[-1] == "… and 40 more"
