"""The store contract, run against every store; loading graph files; bad specs and files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef
from test_rdf import TEXT, sample

from kg.errors import KgError, StoreError
from kg.namespaces import graph_iri
from kg.rdf import dataset_stats, serialize, to_dataset
from kg.store import Store, load_dataset, open_store

STORES = ("memory", "rdflib", "oxigraph", "sparql")


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    spec = request.param
    if spec == "oxigraph":
        spec = f"oxigraph:{tmp_path / 'ox'}"
    if spec == "sparql":
        spec = request.getfixturevalue("sparql_spec")
    with open_store(spec) as opened:
        yield opened


def test_add_lists_documents(store: Store) -> None:
    store.add(sample("b.txt"))
    store.add(sample("a.txt"))
    assert store.documents() == ["a.txt", "b.txt"]


def test_readding_replaces_nothing_duplicated_nothing_lost(store: Store) -> None:
    store.add(sample("a.txt"))
    store.add(sample("b.txt"))
    before = dataset_stats(store.dataset)
    store.add(sample("a.txt"))
    assert dataset_stats(store.dataset) == before
    store.add(sample("a.txt", TEXT.replace("Kerman", "Tehran")))
    after = dataset_stats(store.dataset)
    assert after["partnerships"] == before["partnerships"]
    assert store.documents() == ["a.txt", "b.txt"]


def test_remove_drops_one_document(store: Store) -> None:
    store.add(sample("a.txt"))
    store.add(sample("b.txt"))
    store.remove("a.txt")
    assert store.documents() == ["b.txt"]
    graph = store.dataset.graph(URIRef(graph_iri("a.txt")))
    assert next(iter(graph.triples((None, None, None))), None) is None
    assert dataset_stats(store.dataset)["partnerships"] == 3
    with pytest.raises(StoreError, match=r"no document 'a\.txt'"):
        store.remove("a.txt")


def test_same_serialization_from_every_store(store: Store, tmp_path: Path) -> None:
    store.add(sample("a.txt"))
    expected = serialize(to_dataset([sample("a.txt")], store="rdflib"), tmp_path / "r.trig", "trig")
    got = serialize(store.dataset, tmp_path / "s.trig", "trig")
    assert got.read_bytes() == expected.read_bytes()


def test_close_twice_and_use_as_context_manager(store: Store) -> None:
    with store as same:
        assert same is store
    store.close()
    assert store.closed


def test_oxigraph_store_persists(tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'db'}"
    first = open_store(spec)
    first.add(sample("a.txt"))
    first.close()
    again = open_store(spec)
    assert again.documents() == ["a.txt"]
    again.add(sample("b.txt"))
    assert again.documents() == ["a.txt", "b.txt"]
    again.close()


@pytest.mark.parametrize(
    "spec", ["sparkle", "oxigraph:", "postgres://x", "memory:x", "sparql:", "sparql:ftp://x/sparql"]
)
def test_unknown_store_spec(spec: str) -> None:
    with pytest.raises(StoreError) as err:
        open_store(spec)
    assert "\n" not in str(err.value) and "unknown store" in str(err.value)


def test_oxigraph_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(StoreError, match="not a folder"):
        open_store(f"oxigraph:{path}")


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "jsonld"])
@pytest.mark.parametrize("spec", ["memory", "rdflib"])
def test_load_round_trip(tmp_path: Path, fmt: str, spec: str) -> None:
    suffix = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "jsonld": ".jsonld"}[fmt]
    built = to_dataset([sample("a.txt"), sample("b.txt")])
    path = serialize(built, tmp_path / f"g{suffix}", fmt)
    loaded = load_dataset(path, store=spec)
    stats = dataset_stats(loaded)
    assert stats["documents"] == 2 and stats["partnerships"] == 6
    if fmt in ("trig", "nquads"):
        again = serialize(loaded, tmp_path / f"again{suffix}", fmt)
        assert again.read_bytes() == path.read_bytes()


def test_malformed_turtle_is_one_line_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "x.ttl"
    path.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n')
    with pytest.raises(KgError) as err:
        load_dataset(path)
    message = str(err.value)
    assert message.startswith(f"{path}: line 3: ") and "\n" not in message


@pytest.mark.parametrize("name", ["missing.ttl", "graph.xml"])
def test_missing_or_unknown_graph_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(KgError, match=name):
        load_dataset(tmp_path / name)
