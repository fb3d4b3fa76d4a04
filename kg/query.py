"""SPARQL over a kg dataset: shipped queries, parameters bound as RDF terms, tabular results.

Parameters never touch the query text: each ``NAME=VALUE`` becomes an RDF term bound to the
variable ``?NAME`` (rdflib ``initBindings``; Oxigraph substitutes it before evaluation). The
query must select that variable. A value becomes:

- ``IRN`` (three capital letters) → the country IRI ``kg:country/IRN``;
- ``organization/unodc`` (an entity key) → that entity's IRI;
- ``https://…`` or ``<https://…>`` → that IRI;
- ``2019`` (an integer) → ``xsd:integer``;
- anything else → a plain string literal.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from pyparsing import ParseException
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result
from rdflib.term import Identifier, Node, Variable

from kg.errors import KgError, QueryError
from kg.namespaces import PREFIXES, entity_iri
from kg.rdf import from_ox, to_ox

QUERIES_DIR = Path(__file__).parent / "queries"

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ISO3 = re.compile(r"[A-Z]{3}")
_KEY = re.compile(r"(country|organization|programme|agreement|place|person|partnership)/[^\s<>\"]+")
_IRI = re.compile(r"<?(https?://[^\s<>\"{}|\\^`]+)>?")
_INTEGER = re.compile(r"-?\d{1,18}")


@dataclass(frozen=True)
class QueryResult:
    """Columns and rows of plain Python values (IRIs as str, numbers as int/float)."""

    columns: list[str]
    rows: list[tuple]

    def to_df(self) -> pd.DataFrame:
        """The result as a DataFrame, one column per variable."""
        return pd.DataFrame(self.rows, columns=self.columns)

    def to_csv(self) -> str:
        """The result as CSV text with a header line."""
        return self.to_df().to_csv(index=False, lineterminator="\n")

    def to_tsv(self) -> str:
        """The result as tab-separated text with a header line."""
        return self.to_df().to_csv(index=False, sep="\t", lineterminator="\n")

    def to_json(self) -> str:
        """The result as a JSON list of objects, one per row."""
        records = [dict(zip(self.columns, row, strict=True)) for row in self.rows]
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def shipped_queries() -> dict[str, Path]:
    """The queries shipped with kg: name → .rq file."""
    return {path.stem: path for path in sorted(QUERIES_DIR.glob("*.rq"))}


def query_description(path: Path) -> str:
    """The leading comment of a shipped query: what it answers and its parameters."""
    lines = path.read_text("utf-8").splitlines()
    comment = [line.lstrip("# ").rstrip() for line in lines if line.startswith("#")]
    return " ".join(line for line in comment if line)


def resolve_query(query: str) -> str:
    """SPARQL text from a shipped query name, a path to a .rq file, or SPARQL text itself."""
    shipped = shipped_queries()
    if query in shipped:
        return shipped[query].read_text("utf-8")
    if query.endswith(".rq") or Path(query).is_file():
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text("utf-8")
    if re.fullmatch(r"[\w.-]+", query):
        raise QueryError(f"unknown query {query!r}: shipped queries are {', '.join(shipped)}")
    return query


def bind_value(value: str) -> Identifier:
    """The RDF term a parameter value stands for (see the module docstring)."""
    if _ISO3.fullmatch(value):
        return URIRef(entity_iri(f"country/{value}"))
    if _KEY.fullmatch(value):
        return URIRef(entity_iri(value))
    iri = _IRI.fullmatch(value)
    if iri:
        return URIRef(iri.group(1))
    if _INTEGER.fullmatch(value):
        return Literal(int(value))
    return Literal(value)


def run_query(ds: Dataset | Graph, query: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run SPARQL ``query`` over ``ds`` with ``params`` bound to variables; QueryError if bad."""
    bindings = _bindings(params or {})
    namespaces = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    try:
        if isinstance(ds.store, OxigraphStore) and isinstance(ds, Dataset) and ds.default_union:
            return _run_oxigraph(ds, query, namespaces, bindings)
        if isinstance(ds.store, OxigraphStore):
            return _tabulate(ds.query(query, initNs=namespaces, initBindings=bindings))
        prepared = prepareQuery(query, initNs=namespaces)
        _check_params(prepared, bindings)
        result = _tabulate(ds.query(query, initNs=namespaces, initBindings=bindings))
        return _drop_empty_groups(result, set(bindings)) if _groups(prepared.algebra) else result
    except KgError:  # a bad query, or a store that cannot answer (StoreError), as it is
        raise
    except ParseException as exc:
        where = f"(line {exc.lineno}, column {exc.col})"
        raise QueryError(f"bad query: {_one_line(exc.msg)} {where}") from exc
    except SyntaxError as exc:
        raise QueryError(f"bad query: {_one_line(exc)}") from exc
    except RuntimeError as exc:
        if "does not contains variable" in str(exc):
            raise QueryError(_unselected(bindings)) from exc
        raise QueryError(f"query failed: {_one_line(exc)}") from exc
    except Exception as exc:  # any other evaluation error of either engine, as one line
        raise QueryError(f"query failed: {type(exc).__name__}: {_one_line(exc)}") from exc


def query_df(ds: Dataset | Graph, query: str, params: dict[str, str] | None = None) -> pd.DataFrame:
    """Run a query (name, file or text) and return its result as a pandas DataFrame."""
    return run_query(ds, resolve_query(query), params).to_df()


def _bindings(params: dict[str, str]) -> dict[str, Identifier]:
    for name in params:
        if not _NAME.fullmatch(name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    return {name: bind_value(value) for name, value in params.items()}


def _check_params(prepared: Any, bindings: dict[str, Identifier]) -> None:
    """Refuse parameters the query does not select (Oxigraph can bind only those)."""
    selected = {str(v) for v in prepared.algebra.get("PV", [])}
    if any(name not in selected for name in bindings):
        raise QueryError(_unselected(bindings, selected))


def _unselected(bindings: dict[str, Identifier], selected: set[str] | None = None) -> str:
    names = sorted(n for n in bindings if selected is None or n not in selected)
    listed = ", ".join(f"?{n}" for n in names)
    return f"parameter {listed}: the query must select the variable (SELECT {listed} …)"


def _tabulate(result: Result) -> QueryResult:
    if result.type == "ASK":
        return QueryResult(["ask"], [(bool(result.askAnswer),)])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = [tuple(_value(t) for t in triple) for triple in result.graph or ()]
        return QueryResult(["subject", "predicate", "object"], sorted(rows, key=str))
    columns = [str(v) for v in result.vars or []]
    rows = [tuple(_value(b.get(Variable(c))) for c in columns) for b in result.bindings]
    return QueryResult(columns, rows)


def _run_oxigraph(
    ds: Dataset, query: str, namespaces: dict[str, str], bindings: dict[str, Identifier]
) -> QueryResult:
    """The query on the pyoxigraph store itself, as oxrdflib would run it, without making an
    rdflib term of every value first (most of the time of a query of thousands of rows)."""
    store = ds.store
    assert isinstance(store, OxigraphStore)  # the caller checked
    prefixes = {prefix: str(ns) for prefix, ns in store.namespaces()} | namespaces
    result = store._inner.query(
        query,
        use_default_graph_as_union=True,
        prefixes=prefixes,
        substitutions={ox.Variable(k): to_ox(v) for k, v in bindings.items()},
    )
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(["ask"], [(bool(result),)])
    if isinstance(result, ox.QueryTriples):
        triples = {(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result}
        rows = [tuple(_value(term) for term in triple) for triple in triples]
        return QueryResult(["subject", "predicate", "object"], sorted(rows, key=str))
    columns = [v.value for v in result.variables]
    return QueryResult(columns, [tuple(_ox_value(t) for t in solution) for solution in result])


_PLAIN = {
    "http://www.w3.org/2001/XMLSchema#string",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
}


def _ox_value(term: Any) -> Any:
    """``_value`` of a pyoxigraph term: IRIs and strings directly, other literals through rdflib."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    if isinstance(term, ox.Literal) and term.datatype.value in _PLAIN:
        return term.value
    return _value(from_ox(term))


def _groups(node: object) -> bool:
    """True when a parsed query's algebra groups solutions (GROUP BY or an aggregate)."""
    if isinstance(node, CompValue):
        return node.name == "Group" or any(_groups(v) for v in node.values())
    if isinstance(node, list):
        return any(_groups(v) for v in node)
    return False


def _drop_empty_groups(result: QueryResult, params: set[str]) -> QueryResult:
    """Drop rows holding nothing but parameters: rdflib's answer to grouping no solutions
    (Oxigraph, like the SPARQL spec, gives no row)."""
    keep = [
        row
        for row in result.rows
        if any(v is not None and c not in params for c, v in zip(result.columns, row, strict=True))
    ]
    return QueryResult(result.columns, keep)


def _value(term: Node | None) -> Any:
    """A result term as a plain value: IRI → str, number → int/float, other literal → str."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool | int | float):
            return value
        if isinstance(value, Decimal):
            return float(value)
    return str(term)


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())
