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

from kg.types import LINK_KINDS, MECHANISMS, STATUSES

BASE = "https://kg.example.org/"

#: Instances: entities, partnerships, documents, named graphs.
KG = Namespace(BASE + "id/")
_IRI_SAFE_KEY = re.compile(r"[A-Za-z0-9/_.~-]*")  # characters quote() keeps in keys
_IRI_SAFE_ID = re.compile(r"[A-Za-z0-9_.~-]*")  # characters quote() keeps in document ids
#: The kg ontology (classes and properties not found in reused vocabularies).
KGO = Namespace(BASE + "ontology#")
#: SKOS concepts (mechanisms, kinds, statuses, link classes, country groups).
CONCEPT = Namespace(BASE + "concept/")

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
TIME = Namespace("http://www.w3.org/2006/time#")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Kinds of instance whose IRIs are ``kg:<kind>/<local name without slash>``.
INSTANCE_KINDS: tuple[str, ...] = (
    "country",
    "organization",
    "programme",
    "agreement",
    "place",
    "person",
    "partnership",
    "document",
    "graph",
)

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgo": KGO,
    "concept": CONCEPT,
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
    # Instance IRIs by kind, so serializations read ``country:IRN`` rather than escaped
    # ``kg:country\/IRN`` and queries can write ``country:IRN``.
    **{kind: Namespace(f"{KG}{kind}/") for kind in INSTANCE_KINDS},
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
    if _IRI_SAFE_KEY.fullmatch(key):  # most keys: quote() would return them as they are
        return f"{KG}{key}"
    return str(KG) + quote(key, safe="/-_.~")


def _quoted_id(doc_id: str) -> str:
    """A document id escaped for an IRI; most ids (``000123_report.txt``) need no escape,
    and checking that is cheaper than quote() on every evidence span."""
    return doc_id if _IRI_SAFE_ID.fullmatch(doc_id) else quote(doc_id, safe="-_.~")


def document_iri(doc_id: str) -> str:
    """IRI of a source document, from its id (file name)."""
    return f"{KG}document/{_quoted_id(doc_id)}"


def graph_iri(doc_id: str) -> str:
    """IRI of the named graph holding one document's assertions."""
    return f"{KG}graph/{_quoted_id(doc_id)}"


REFERENCE_GRAPH = str(KG) + "graph/reference"


# -- SKOS concepts and evidence IRIs (the RDF model of kg.rdf) ---------------------------------

#: Classes of a link by the development status of the countries it joins (see kg.classify).
LINK_CLASSES: tuple[str, ...] = (
    "south-south",
    "north-south",
    "triangular",
    "north-north",
    "unclassified",
)
#: Groups a country can be classified into (see kg.classify).
COUNTRY_GROUPS: tuple[str, ...] = ("global-south", "global-north")


#: Concept scheme name → its closed list of notations.
CONCEPT_SCHEMES: dict[str, tuple[str, ...]] = {
    "mechanism": MECHANISMS,
    "kind": LINK_KINDS,
    "status": STATUSES,
    "link-class": LINK_CLASSES,
    "group": COUNTRY_GROUPS,
}


#: Concepts by scheme, so ``mechanism:funding`` and ``link-class:south-south`` read well.
PREFIXES.update({scheme: Namespace(f"{CONCEPT}{scheme}/") for scheme in CONCEPT_SCHEMES})


def concept_iri(scheme: str, notation: str) -> str:
    """IRI of a SKOS concept such as ``concept/mechanism/funding``; unknown terms raise."""
    if notation not in CONCEPT_SCHEMES.get(scheme, ()):
        raise ValueError(f"{notation!r} is not a term of the {scheme!r} concept scheme")
    return f"{CONCEPT}{scheme}/{notation}"


def evidence_iri(doc_id: str, start: int, end: int, part: str = "") -> str:
    """IRI of the evidence span ``start:end`` of a document, or of one of its selectors."""
    iri = f"{KG}evidence/{_quoted_id(doc_id)}/{start}-{end}"
    return iri + (f"/{part}" if part else "")
