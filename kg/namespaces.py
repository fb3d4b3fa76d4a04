"""The one place IRIs are minted, and the prefix table every serialization binds.

IRIs are deterministic functions of stable keys, so rebuilding the same inputs gives
byte-identical graphs and small diffs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://kg.example.org/"

#: Instances: entities, partnerships, documents, named graphs.
KG = Namespace(BASE + "id/")
#: The kg ontology (classes and properties not found in reused vocabularies).
KGO = Namespace(BASE + "ontology#")

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
TIME = Namespace("http://www.w3.org/2006/time#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgo": KGO,
    "org": ORG,
    "prov": Namespace(str(PROV)),
    "schema": SCHEMA,
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "oa": OA,
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
    "wd": WD,
    "time": TIME,
    "sh": SH,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every entry of the prefix table, for shipped and user queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))


def slug(text: str, max_length: int = 60) -> str:
    """A lowercase ASCII slug of ``text``; empty input gives a short hash instead."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    return s or "h" + hashlib.sha1(text.encode()).hexdigest()[:10]


def short_hash(*parts: object, length: int = 12) -> str:
    """A stable hex digest of ``parts``, for keys of things that have no name."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def entity_iri(key: str) -> str:
    """IRI of an entity or partnership key such as ``country/IRN``."""
    return str(KG) + quote(key, safe="/-_.~")


def document_iri(doc_id: str) -> str:
    """IRI of a source document, from its id (file name)."""
    return str(KG) + "document/" + quote(doc_id, safe="-_.~")


def graph_iri(doc_id: str) -> str:
    """IRI of the named graph holding one document's assertions."""
    return str(KG) + "graph/" + quote(doc_id, safe="-_.~")


REFERENCE_GRAPH = str(KG) + "graph/reference"
