"""Small RDF datasets in the shape of docs/architecture.md, for tests and benchmarks.

`DatasetBuilder` collects the values the extractor hands to `kg.rdf` — a `kg.types.Document`
per document, the `Entity` values it names, `Partnership` and `Fact` values with their
`Evidence` — and models each document with `kg.rdf.model`, loading the graphs with
`kg.rdf.add_document_graphs`. Every document graph (partnerships, organizations, evidence,
documents) is therefore exactly what a build writes, and a change to the model changes these
datasets too. Analysis can be tested without the extractor, but not without the model.

The one thing written here is the reference graph (`reference_triples`): `kg.rdf`'s own
(ISO 3166-1 countries, the classification, the SKOS concepts), except for the countries
declared with `DatasetBuilder.country`, whose label, names and South/North group the caller
chooses — an extraction cannot say those. Note that `kg.rdf` computes a partnership's link
class from `kg.classify` (G77 and OECD DAC lists), not from these chosen groups.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import Dataset, URIRef

from kg.namespaces import KG, KGO, REFERENCE_GRAPH, concept_iri, entity_iri
from kg.rdf import (
    Triple,
    add_document_graphs,
    add_triples,
    classification_iri,
    country_triples,
    model,
    reference_countries,
)
from kg.rdf import reference_triples as kg_reference_triples
from kg.types import Document, Entity, Evidence, Extraction, Fact, Partnership


@dataclass(frozen=True)
class ReferenceCountry:
    """A country whose reference statements a test chooses: ``south`` True puts it in the
    Global South, False in the North, None in neither group."""

    iso3: str
    label: str
    south: bool | None = None
    aliases: tuple[str, ...] = ()


def reference_triples(countries: Iterable[ReferenceCountry] = ()) -> list[Triple]:
    """`kg.rdf.reference_triples()` with ``countries`` in place of its statements about them.

    Each chosen country gets the statements `kg.rdf.country_triples` makes (type, label, ISO3
    code, names), with the group it is given instead of the one `kg.classify` gives.
    """
    chosen = {URIRef(entity_iri(f"country/{c.iso3}")): c for c in countries}
    out = [t for t in kg_reference_triples() if t[0] not in chosen]
    for node, c in chosen.items():
        out += [
            t
            for t in country_triples(c.iso3, c.label, c.aliases)
            if t[1] not in (KGO.countryGroup, KGO.classifiedBy)
        ]
        if c.south is not None:
            group = "global-south" if c.south else "global-north"
            out.append((node, KGO.countryGroup, URIRef(concept_iri("group", group))))
            out.append((node, KGO.classifiedBy, classification_iri()))
    return out


@dataclass
class _Document:
    """What the builder knows of one document so far."""

    entities: dict[str, None] = field(default_factory=dict)  # keys, in the order named
    partnerships: list[Partnership] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    spans: list[tuple[int, str]] = field(default_factory=list)  # (start, quote) of evidence
    end: int = 0  # where the next quote without a chosen offset goes


class DatasetBuilder:
    """Build a `rdflib.Dataset` (union default graph) one entity or partnership at a time.

    Methods return the IRIs of what they add; `ds` models the documents with `kg.rdf` (again
    after further additions: a document's graph is replaced as a whole). A document's text is
    its quotes at their offsets with spaces between, so ``text[start:end] == quote``.
    """

    def __init__(self, ds: Dataset | None = None) -> None:
        self._ds = ds if ds is not None else Dataset(default_union=True)
        self._countries: dict[str, ReferenceCountry] = {}
        self._entities: dict[str, Entity] = {}  # by key
        self._keys: dict[str, str] = {}  # entity IRI -> key
        self._documents: dict[str, _Document] = {}
        self._changed: set[str] = set()  # documents to model again
        self._reference_changed = True

    @property
    def ds(self) -> Dataset:
        """The dataset, holding every document added so far as `kg.rdf` models it, and the
        reference graph of `reference_triples` (in place of any the dataset had)."""
        if self._reference_changed:
            graph = self._ds.graph(URIRef(REFERENCE_GRAPH))
            graph.remove((None, None, None))
            add_triples(
                self._ds, URIRef(REFERENCE_GRAPH), reference_triples(self._countries.values())
            )
            self._changed = set(self._documents)  # their reference statements went too
            self._reference_changed = False
        add_document_graphs(self._ds, (model(e) for e in self.extractions(self._changed)))
        self._changed = set()
        return self._ds

    def extractions(self, doc_ids: Iterable[str] | None = None) -> list[Extraction]:
        """The extractions of the documents (all of them, or ``doc_ids``), as `kg.rdf` gets them."""
        wanted = sorted(self._documents if doc_ids is None else doc_ids)
        return [self._extraction(doc_id) for doc_id in wanted]

    def country(
        self, iso3: str, label: str, *, south: bool | None = None, aliases: Sequence[str] = ()
    ) -> URIRef:
        """A country ``kg:country/<ISO3>`` whose reference statements are chosen here (see
        `reference_triples`): ``south`` True, False or None for the South, North or neither."""
        self._countries[iso3] = ReferenceCountry(iso3, label, south, tuple(aliases))
        self._reference_changed = True
        return self._entity(Entity(f"country/{iso3}", "Country", label, iso3=iso3))

    def iso_country(self, iso3: str) -> URIRef:
        """A country of ISO 3166-1 as `kg.rdf`'s reference graph has it (names, group)."""
        if iso3 not in reference_countries():
            raise ValueError(f"{iso3} is not an ISO 3166-1 country: declare it with country()")
        return self._entity(Entity(f"country/{iso3}", "Country", iso3, iso3=iso3))

    def organization(
        self,
        key: str,
        label: str,
        *,
        home: str | None = None,
        doc_id: str | None = None,
        aliases: Sequence[str] = (),
        category: str | None = None,
    ) -> URIRef:
        """An organization ``kg:organization/<key>`` with an optional home country ISO3.

        Every document whose partnerships or facts name it states it; ``doc_id`` names it in
        that document as well."""
        iri = self._entity(
            Entity(
                f"organization/{key}",
                "Organization",
                label,
                aliases=tuple(aliases),
                country=home,
                category=category,
            )
        )
        if doc_id is not None:
            self._mention(doc_id, iri)
        return iri

    def partnership(
        self,
        key: str,
        partners: Iterable[URIRef | str],
        *,
        countries: Iterable[str] = (),
        mechanism: str = "cooperation",
        kind: str = "bilateral",
        status: str = "agreed",
        date: str | None = None,
        confidence: float = 0.5,
        doc_id: str = "doc.txt",
        quote: str = "",
        start: int | None = None,
        funders: Iterable[URIRef | str] = (),
    ) -> URIRef:
        """A partnership ``kg:partnership/<key>`` read from ``quote`` at ``start`` of ``doc_id``
        (after the document's last quote when None). Its link class is `kg.rdf`'s, from the
        ``countries``; ``partners`` and ``funders`` are IRIs this builder returned (or any
        ``kg:country/…``)."""
        participants = tuple(self._mention(doc_id, p) for p in partners)
        p = Partnership(
            key=f"partnership/{key}",
            participants=participants,
            countries=tuple(sorted(countries)),
            kind=kind,
            mechanism=mechanism,
            status=status,
            evidence=self._evidence(doc_id, quote, start),
            date=date,
            confidence=confidence,
            funders=tuple(self._mention(doc_id, f) for f in funders),
        )
        self._documents[doc_id].partnerships.append(p)
        return URIRef(entity_iri(p.key))

    def fact(
        self,
        what: str,
        quantity: float,
        unit: str,
        *,
        about: URIRef | str | None = None,
        subject: str | None = None,
        doc_id: str = "doc.txt",
        quote: str = "",
        start: int | None = None,
    ) -> None:
        """A figure ``doc_id`` gives, optionally attached to an entity ``about``."""
        key = self._mention(doc_id, about) if about is not None else None
        evidence = self._evidence(doc_id, quote, start)
        fact = Fact(what, quantity, unit, evidence, subject=subject, about=key)
        self._documents[doc_id].facts.append(fact)

    # -- internals --------------------------------------------------------------------------

    def _entity(self, entity: Entity) -> URIRef:
        iri = entity_iri(entity.key)
        self._entities[entity.key] = entity
        self._keys[iri] = entity.key
        for doc_id, doc in self._documents.items():  # a redeclared entity: model them again
            if entity.key in doc.entities:
                self._changed.add(doc_id)
        return URIRef(iri)

    def _document(self, doc_id: str) -> _Document:
        self._changed.add(doc_id)
        return self._documents.setdefault(doc_id, _Document())

    def _mention(self, doc_id: str, iri: URIRef | str) -> str:
        """Name the entity ``iri`` in ``doc_id``; its key."""
        key = self._keys.get(str(iri))
        if key is None:  # a country no method declared: the reference graph's, if any
            key = str(iri).removeprefix(str(KG))
            if not key.startswith("country/") or key == str(iri):
                raise ValueError(f"{iri}: not an entity of this builder")
            self._entity(Entity(key, "Country", key[8:], iso3=key[8:]))
        self._document(doc_id).entities[key] = None
        return key

    def _evidence(self, doc_id: str, quote: str, start: int | None) -> Evidence:
        doc = self._document(doc_id)
        at = doc.end if start is None else start
        doc.spans.append((at, quote))
        doc.end = max(doc.end, at + len(quote) + 1)
        return Evidence(doc_id, at, at + len(quote), quote)

    def _extraction(self, doc_id: str) -> Extraction:
        doc = self._documents[doc_id]
        text = _text(doc.spans)
        entities = tuple(self._entities[key] for key in doc.entities)
        document = Document(
            doc_id=doc_id,
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            title=doc_id,
        )
        return Extraction(document, entities, tuple(doc.partnerships), tuple(doc.facts))


def _text(spans: Sequence[tuple[int, str]]) -> str:
    """A text holding each ``quote`` at its ``start``, with spaces elsewhere."""
    chars = [" "] * max((start + len(quote) for start, quote in spans), default=0)
    for start, quote in spans:
        chars[start : start + len(quote)] = quote
    text = "".join(chars)
    for start, quote in spans:
        if text[start : start + len(quote)] != quote:
            raise ValueError(f"quote {quote!r} at {start} overlaps another quote")
    return text


def _made_up_codes(n: int) -> list[str]:
    """The first ``n`` three-letter codes that no ISO 3166-1 country has."""
    iso = reference_countries()
    codes = ("".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=3))
    unused = [code for code in itertools.islice(codes, n + len(iso)) if code not in iso][:n]
    if len(unused) < n:
        raise ValueError(f"at most {26**3 - len(iso)} made-up countries (three-letter codes)")
    return unused


def random_dataset(
    n_countries: int, n_partnerships: int, *, seed: int = 0, ds: Dataset | None = None
) -> Dataset:
    """A random dataset of ``n_partnerships`` among ``n_countries`` (for benchmarks).

    The countries are ISO 3166-1 countries (as the reference graph has them), then, past
    the 249 of them, made-up ones (``AAA``, ``AAB``…: three letters no country has) with a
    random group (the link class of a partnership involving one is unclassified:
    `kg.classify` does not know it). A
    partnership of one country is between the country and an agency of it, since a
    partnership has at least two partners (ontology/shapes.ttl).
    Pass ``ds`` to fill a dataset over another store (e.g. Oxigraph through oxrdflib).
    """
    rng = random.Random(seed)
    b = DatasetBuilder(ds)
    iso = rng.sample(sorted(reference_countries()), min(n_countries, len(reference_countries())))
    partners = [b.iso_country(code) for code in iso]
    for code in _made_up_codes(n_countries - len(iso)):
        partners.append(b.country(code, f"Country {code}", south=rng.random() < 0.7))
    codes = [str(p).rsplit("/", 1)[1] for p in partners]
    for i in range(n_partnerships):
        size = rng.choice((1, 2, 2, 2, 3))
        members = rng.sample(range(n_countries), min(size, n_countries))
        named = [partners[m] for m in members]
        if len(members) == 1:  # a domestic link: the country and one of its agencies
            code = codes[members[0]]
            named.append(b.organization(f"agency-{code.lower()}", f"Agency of {code}", home=code))
        b.partnership(
            f"p{i}",
            named,
            countries=[codes[m] for m in members],
            kind={1: "domestic", 2: "bilateral"}.get(len(members), "triangular"),
            date=str(2000 + rng.randrange(25)),
            doc_id=f"doc{i % 50}.txt",
            quote=f"sentence {i}",
        )
    return b.ds


def example_dataset(ds: Dataset | None = None) -> Dataset:
    """Seven partnerships among five countries whose metrics are worked out by hand.

    ============  =====================  ===========  ============
    partnership   countries              link class   date
    ============  =====================  ===========  ============
    p1 meeting    IRN, AFG               south-south  2018
    p2 agreement  IRN, PAK               south-south  2019-06
    p3 tech. as.  IRN, AFG, NOR          triangular   2019
    p4 funding    IRN, NOR               north-south  2020-03-01
    p5 meeting    NOR, JPN               north-north  2020
    p6 training   IRN (UNODC, DCHQ)      unclassified 2021
    p7 meeting    AFG, PAK               south-south  (undated)
    ============  =====================  ===========  ============

    The link classes are `kg.rdf`'s (from `kg.classify`); the country groups of the
    reference graph are chosen to agree with them. Iran has 3 partner countries and 5
    partnerships with them (4 distinct links: two South-South, one triangular, one
    North-South); Turkey is reference data only. Pass ``ds`` to fill a dataset over
    another store.
    """
    b = DatasetBuilder(ds)
    c = {
        "IRN": b.country("IRN", "Iran", south=True, aliases=["Islamic Republic of Iran"]),
        "AFG": b.country("AFG", "Afghanistan", south=True),
        "PAK": b.country("PAK", "Pakistan", south=True),
        "NOR": b.country("NOR", "Norway", south=False),
        "JPN": b.country("JPN", "Japan", south=False),
        "TUR": b.country("TUR", "Türkiye", south=True),
    }
    unodc = b.organization("unodc", "UNODC", aliases=["United Nations Office on Drugs and Crime"])
    dchq = b.organization("dchq", "Drug Control Headquarters", home="IRN")
    rows = [
        ("p1", ["IRN", "AFG"], "meeting", "2018", "a.txt"),
        ("p2", ["IRN", "PAK"], "agreement", "2019-06", "a.txt"),
        ("p3", ["IRN", "AFG", "NOR"], "technical-assistance", "2019", "b.txt"),
        ("p4", ["IRN", "NOR"], "funding", "2020-03-01", "b.txt"),
        ("p5", ["NOR", "JPN"], "meeting", "2020", "b.txt"),
        ("p7", ["AFG", "PAK"], "meeting", None, "c.txt"),
    ]
    for index, (key, members, mechanism, date, doc) in enumerate(rows):
        kind = "bilateral" if len(members) == 2 else "triangular"
        b.partnership(
            key,
            [c[m] for m in members],
            countries=members,
            mechanism=mechanism,
            kind=kind,
            date=date,
            doc_id=doc,
            quote=f"{' and '.join(members)} {mechanism}",
            start=100 * index,
        )
    b.partnership(
        "p6",
        [unodc, dchq],
        countries=["IRN"],
        mechanism="training",
        kind="domestic",
        date="2021",
        doc_id="a.txt",
        quote="UNODC trained DCHQ staff",
        start=1000,
    )
    return b.ds
