"""Shared fixtures: a real Virtuoso, started once per session on 127.0.0.1 when installed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress

import pytest
from virtuoso import Virtuoso, missing, running

from kg.errors import StoreError
from kg.namespaces import REFERENCE_GRAPH
from kg.store import SparqlStore, open_store


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A Virtuoso with its own database in a temporary folder, stopped after the session."""
    reason = missing()
    if reason:
        pytest.skip(reason)
    with running(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture
def sparql_spec(virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``sparql:URL`` of the session's Virtuoso, credentials set; emptied after the test."""
    monkeypatch.setenv("KG_SPARQL_USER", virtuoso.user)
    monkeypatch.setenv("KG_SPARQL_PASSWORD", virtuoso.password)
    spec = f"sparql:{virtuoso.sparql}"
    yield spec
    with open_store(spec) as store:
        assert isinstance(store, SparqlStore)
        for doc_id in store.documents():
            store.remove(doc_id)
        with suppress(StoreError):  # no reference graph when nothing was added
            store.endpoint.delete_graph(REFERENCE_GRAPH)
