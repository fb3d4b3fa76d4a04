"""Hand-built cooperation networks (docs/architecture.md, "Networks") for the viz tests."""

from __future__ import annotations

import random

import networkx as nx

BASE = "https://kg.example.org/id/"
HOSTILE_QUOTE = '<script>window.__pwned = "script"</script> signed a memorandum'
HOSTILE_IMG = "<img src=x onerror=\"window.__pwned = 'img'\"> funded the project"
HOSTILE_LABEL = "<b onmouseover=\"window.__pwned='label'\">Evil</b> Agency"


def partnership(
    n: int, mechanism: str, link_class: str, date: str | None, quote: str, doc: str = "r1.txt"
) -> dict[str, object]:
    """One partnership dict as the analyze projections hand it over."""
    return {
        "iri": f"{BASE}partnership/{n:04d}",
        "mechanism": mechanism,
        "kind": "bilateral",
        "status": "agreed",
        "date": date,
        "link_class": link_class,
        "confidence": 0.8,
        "quote": quote,
        "document": f"{BASE}document/{doc}",
        "start": 0,
        "end": len(quote),
    }


def add_link(graph: nx.Graph, u: str, v: str, *partnerships: dict[str, object]) -> None:
    """Add an edge carrying ``partnerships`` with its summary attributes."""
    graph.add_edge(
        BASE + u,
        BASE + v,
        weight=len(partnerships),
        partnerships=list(partnerships),
        mechanisms=sorted({str(p["mechanism"]) for p in partnerships}),
        link_classes=sorted({str(p["link_class"]) for p in partnerships}),
        years=sorted({int(str(p["date"])[:4]) for p in partnerships if p["date"]}),
    )


def country(graph: nx.Graph, iso3: str, label: str, south: bool | None) -> None:
    """Add a country node."""
    graph.add_node(
        f"{BASE}country/{iso3}",
        label=label,
        type="Country",
        iso3=iso3,
        aliases=[],
        global_south=south,
    )


def sample_graph() -> nx.Graph:
    """Five nodes, five edges, three link classes, four mechanisms, hostile document text.

    Iran–Afghanistan (south-south, 2 partnerships), Germany–Afghanistan (north-south,
    undated), UNODC–Iran (training, 2020), Germany–Brazil–Afghanistan as triangular
    (Brazil–Afghanistan, 2022), and the "Evil Agency" with hostile markup in its name.
    """
    graph = nx.Graph()
    country(graph, "IRN", "Iran", True)
    country(graph, "AFG", "Afghanistan", True)
    country(graph, "DEU", "Germany", False)
    country(graph, "BRA", "Brazil", True)
    graph.add_node(
        BASE + "organization/unodc",
        label="UNODC",
        type="Organization",
        country=None,
        aliases=["United Nations Office on Drugs and Crime", "ONUDC"],
    )
    graph.add_node(
        BASE + "organization/evil",
        label=HOSTILE_LABEL,
        type="Organization",
        country="IRN",
        aliases=["<svg onload=\"window.__pwned='alias'\">"],
    )
    add_link(
        graph,
        "country/IRN",
        "country/AFG",
        partnership(1, "agreement", "south-south", "2019-05", HOSTILE_QUOTE),
        partnership(2, "joint-operation", "south-south", "2021", "A joint operation."),
    )
    add_link(
        graph,
        "country/DEU",
        "country/AFG",
        partnership(3, "funding", "north-south", None, HOSTILE_IMG),
    )
    add_link(
        graph,
        "organization/unodc",
        "country/IRN",
        partnership(4, "training", "unclassified", "2020", "UNODC trained officers."),
    )
    add_link(
        graph,
        "country/BRA",
        "country/AFG",
        partnership(
            5, "training", "triangular", "2022", "Brazil, with German funds, trained Afghan police."
        ),
    )
    add_link(
        graph,
        "organization/evil",
        "country/IRN",
        partnership(
            6,
            "meeting",
            "unclassified",
            "2018",
            "They met.</script><script>window.__pwned='json'</script>",
        ),
    )
    return graph


def synthetic_graph(nodes: int, *, seed: int = 1, edges_per_node: int = 2) -> nx.Graph:
    """A scale-free network of countries and organizations with dated partnerships."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, edges_per_node, seed=seed)
    mechanisms = ["agreement", "funding", "training", "meeting", "joint-operation"]
    classes = ["south-south", "north-south", "triangular", "unclassified"]
    graph = nx.Graph()
    for n in shape:
        if n % 4 == 0:
            country(graph, f"C{n:05d}", f"Country {n}", n % 8 == 0)
        else:
            graph.add_node(
                f"{BASE}organization/o{n:05d}",
                label=f"Organization {n}",
                type="Organization",
                country=f"C{(n // 4) * 4:05d}",
                aliases=[],
            )
    names = list(graph)
    for i, (u, v) in enumerate(shape.edges()):
        found = [
            partnership(
                i * 10 + k,
                rng.choice(mechanisms),
                rng.choice(classes),
                str(rng.randint(2005, 2024)),
                f"Partnership {i}.{k} between {u} and {v}.",
            )
            for k in range(rng.randint(1, 3))
        ]
        add_link(graph, names[u][len(BASE) :], names[v][len(BASE) :], *found)
    return graph
