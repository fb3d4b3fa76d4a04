"""Small RDF datasets in the shape of docs/architecture.md, for tests and benchmarks.

`DatasetBuilder` writes exactly the terms `kg.rdf` emits (partnerships with SKOS
concepts, countries with ISO3 and group, organizations with a home country, evidence
with Web Annotation selectors), so analysis can be tested without the extractor.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.namespaces import (
    KGO,
    LINK_CLASSES,
    OA,
    ORG,
    REFERENCE_GRAPH,
    SCHEMA,
    concept_iri,
    document_iri,
    entity_iri,
    evidence_iri,
    graph_iri,
)


def _concept(scheme: str, notation: str) -> URIRef:
    return URIRef(concept_iri(scheme, notation))


def _date_literal(date: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(date), XSD.date)
    return Literal(date, datatype=datatype)


class DatasetBuilder:
    """Build a `rdflib.Dataset` (union default graph) one entity or partnership at a time."""

    def __init__(self, ds: Dataset | None = None) -> None:
        self.ds = ds if ds is not None else Dataset(default_union=True)
        self.reference = self.ds.graph(URIRef(REFERENCE_GRAPH))

    def country(
        self, iso3: str, label: str, *, south: bool | None = None, aliases: Sequence[str] = ()
    ) -> URIRef:
        """Add a country ``kg:country/<ISO3>`` to the reference graph."""
        iri = URIRef(entity_iri(f"country/{iso3}"))
        g = self.reference
        g.add((iri, RDF.type, SCHEMA.Country))
        g.add((iri, RDFS.label, Literal(label, lang="en")))
        g.add((iri, KGO.iso3, Literal(iso3)))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias, lang="en")))
        if south is not None:
            group = "global-south" if south else "global-north"
            g.add((iri, KGO.countryGroup, _concept("group", group)))
        return iri

    def organization(
        self,
        key: str,
        label: str,
        *,
        home: str | None = None,
        doc_id: str = "doc.txt",
        aliases: Sequence[str] = (),
    ) -> URIRef:
        """Add an organization ``kg:organization/<key>`` with an optional home country ISO3."""
        iri = URIRef(entity_iri(f"organization/{key}"))
        g = self.ds.graph(URIRef(graph_iri(doc_id)))
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, RDFS.label, Literal(label, lang="en")))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias, lang="en")))
        if home is not None:
            g.add((iri, KGO.homeCountry, URIRef(entity_iri(f"country/{home}"))))
        return iri

    def partnership(
        self,
        key: str,
        partners: Iterable[URIRef],
        *,
        countries: Iterable[str] = (),
        mechanism: str = "cooperation",
        kind: str = "bilateral",
        status: str = "agreed",
        link_class: str = "unclassified",
        date: str | None = None,
        confidence: float = 0.5,
        doc_id: str = "doc.txt",
        quote: str = "",
        start: int = 0,
        funders: Iterable[URIRef] = (),
    ) -> URIRef:
        """Add a partnership ``kg:partnership/<key>`` to the named graph of ``doc_id``."""
        iri = URIRef(entity_iri(f"partnership/{key}"))
        g = self.ds.graph(URIRef(graph_iri(doc_id)))
        self._document(doc_id)
        g.add((iri, RDF.type, KGO.Partnership))
        for partner in partners:
            g.add((iri, KGO.partner, partner))
        for iso3 in countries:
            g.add((iri, KGO.involvesCountry, URIRef(entity_iri(f"country/{iso3}"))))
        for funder in funders:
            g.add((iri, SCHEMA.funder, funder))
        for prop, scheme, value in (
            (KGO.mechanism, "mechanism", mechanism),
            (KGO.kind, "kind", kind),
            (KGO.status, "status", status),
            (KGO.linkClass, "link-class", link_class),
        ):
            concept = _concept(scheme, value)
            g.add((iri, prop, concept))
            self.reference.add((concept, SKOS.notation, Literal(value)))
        if date is not None:
            g.add((iri, DCTERMS.date, _date_literal(date)))
        g.add((iri, KGO.confidence, Literal(str(confidence), datatype=XSD.decimal)))
        doc = URIRef(document_iri(doc_id))
        g.add((iri, PROV.wasDerivedFrom, doc))
        self._evidence(g, iri, doc_id, quote, start)
        return iri

    def _document(self, doc_id: str) -> None:
        doc = URIRef(document_iri(doc_id))
        g = self.ds.graph(URIRef(graph_iri(doc_id)))
        g.add((doc, RDF.type, KGO.Document))
        g.add((doc, DCTERMS.identifier, Literal(doc_id)))

    @staticmethod
    def _evidence(g: Graph, iri: URIRef, doc_id: str, quote: str, start: int) -> None:
        end = start + len(quote)
        ev = URIRef(evidence_iri(doc_id, start, end))
        text_sel = URIRef(evidence_iri(doc_id, start, end, "quote"))
        pos_sel = URIRef(evidence_iri(doc_id, start, end, "position"))
        doc = URIRef(document_iri(doc_id))
        g.add((iri, KGO.evidence, ev))
        g.add((ev, RDF.type, KGO.Evidence))
        g.add((ev, OA.hasSource, doc))
        g.add((ev, OA.hasSelector, text_sel))
        g.add((text_sel, RDF.type, OA.TextQuoteSelector))
        g.add((text_sel, OA.exact, Literal(quote)))
        g.add((ev, OA.hasSelector, pos_sel))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(start)))
        g.add((pos_sel, OA.end, Literal(end)))


def random_dataset(
    n_countries: int, n_partnerships: int, *, seed: int = 0, ds: Dataset | None = None
) -> Dataset:
    """A random dataset of ``n_partnerships`` among ``n_countries`` (for benchmarks).

    Pass ``ds`` to fill a dataset over another store (e.g. Oxigraph through oxrdflib).
    """
    rng = random.Random(seed)
    b = DatasetBuilder(ds)
    countries = [f"C{i:05d}" for i in range(n_countries)]
    for i, iso3 in enumerate(countries):
        b.country(iso3, f"Country {i}", south=rng.random() < 0.7)
    for i in range(n_partnerships):
        size = rng.choice((1, 2, 2, 2, 3))
        members = rng.sample(countries, min(size, n_countries))
        partners = [URIRef(entity_iri(f"country/{c}")) for c in members]
        b.partnership(
            f"p{i}",
            partners,
            countries=members,
            link_class=rng.choice(LINK_CLASSES),
            date=str(2000 + rng.randrange(25)),
            doc_id=f"doc{i % 50}.txt",
            quote=f"sentence {i}",
            start=100 * i,
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

    Iran has 3 partner countries and 5 partnerships with them (4 distinct links: two
    South-South, one triangular, one North-South); Turkey is reference data only.
    Pass ``ds`` to fill a dataset over another store.
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
    dchq = b.organization("dchq", "Drug Control Headquarters", home="IRN", doc_id="a.txt")
    rows = [
        ("p1", ["IRN", "AFG"], "meeting", "south-south", "2018", "a.txt"),
        ("p2", ["IRN", "PAK"], "agreement", "south-south", "2019-06", "a.txt"),
        ("p3", ["IRN", "AFG", "NOR"], "technical-assistance", "triangular", "2019", "b.txt"),
        ("p4", ["IRN", "NOR"], "funding", "north-south", "2020-03-01", "b.txt"),
        ("p5", ["NOR", "JPN"], "meeting", "north-north", "2020", "b.txt"),
        ("p7", ["AFG", "PAK"], "meeting", "south-south", None, "c.txt"),
    ]
    for index, (key, members, mechanism, link_class, date, doc) in enumerate(rows):
        kind = "bilateral" if len(members) == 2 else "triangular"
        b.partnership(
            key,
            [c[m] for m in members],
            countries=members,
            mechanism=mechanism,
            kind=kind,
            link_class=link_class,
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
