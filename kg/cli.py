"""The `kg` command line: thin Typer commands over the pipeline's functions.

User errors (kg.errors.KgError) print one line on stderr and exit 1, with no traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from kg import __version__
from kg.errors import KgError

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("build")
GRAPH_FILE = "graph.trig"

err_console = Console(stderr=True)


class _Group(TyperGroup):
    """Command group that turns user errors into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if exc.details:
                click.echo(exc.details.rstrip(), err=True)
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))


def _fail(message: str) -> None:
    click.echo(f"kg: error: {message.splitlines()[0] if message else 'failed'}", err=True)
    raise click.exceptions.Exit(1)


app = typer.Typer(
    cls=_Group,
    name="kg",
    help="Build and query a knowledge graph of cooperation partnerships read from reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """kg reads reports and answers: who cooperates with whom, how, since when, and says who?"""


# -- shared options ---------------------------------------------------------------------------

Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summaries.")]
StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Store to read: memory | rdflib | oxigraph:PATH | sparql:URL. "
        "Default: the last build's graph file.",
    ),
]
GraphOpt = Annotated[
    Path | None,
    typer.Option("--graph", "-g", help="Graph file to read (TriG, N-Quads, Turtle, JSON-LD)."),
]


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=True,
    )


def _read_all(paths: Sequence[Path]) -> tuple[list[Any], int]:
    """Read every document under ``paths``; a broken one is reported on one line and skipped,
    so the others are still processed. Exits 1 when none is readable."""
    from kg.pipeline import read_documents

    skipped: list[str] = []

    def skip(path: Path, error: Exception) -> None:
        click.echo(f"kg: error: {error}", err=True)
        skipped.append(str(path))

    documents = read_documents(paths, on_skip=skip)
    if not documents:
        raise click.exceptions.Exit(1)
    return documents, len(skipped)


def _extract_all(
    paths: Sequence[Path], quiet: bool, jobs: int | None = None
) -> tuple[list[Any], int]:
    """Extract every readable document under ``paths``, with a progress bar; also returns
    the number skipped, so the command can end with status 1."""
    from kg.pipeline import extract_documents

    documents, skipped = _read_all(paths)
    with _progress(quiet) as progress:
        task = progress.add_task("Extracting", total=len(documents))
        extractions = extract_documents(
            documents, jobs=jobs, progress=lambda n: progress.advance(task, n)
        )
    return extractions, skipped


def _exit_if_skipped(skipped: int, quiet: bool) -> None:
    if skipped:
        if not quiet:
            click.echo(f"kg: {skipped} document(s) skipped; the others were processed", err=True)
        raise click.exceptions.Exit(1)


def _read_dataset(graph: Path | None, store: str | None) -> Any:
    """The dataset a reading command works on: --graph, --store, or the last build."""
    from kg.store import load_dataset, open_store

    if graph is not None and store is not None:
        raise KgError("give either --graph or --store, not both")
    if store is not None and not store.startswith(("memory", "rdflib")):
        return open_store(store).dataset
    path = graph or DEFAULT_OUT / GRAPH_FILE
    if not path.exists():
        hint = "" if graph else " (run `kg build` first, or pass --graph FILE)"
        raise KgError(f"{path}: no such graph file{hint}")
    return load_dataset(path, store=store or "memory")


def _print_table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]]) -> None:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(str(column))
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console().print(table)


# -- commands ---------------------------------------------------------------------------------


@app.command()
def build(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Report files or folders. Default: data/raw/.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    store: Annotated[
        str, typer.Option(help="Store: memory | rdflib | oxigraph:PATH | sparql:URL.")
    ] = "memory",
    fmt: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="Graph files: trig, nquads, turtle, jsonld (repeat)."),
    ] = None,
    validate: Annotated[bool, typer.Option(help="Check the graph with the SHACL shapes.")] = True,
    jobs: Annotated[int | None, typer.Option(help="Extraction processes (default: cores).")] = None,
    quiet: Quiet = False,
) -> None:
    """Build the graph, the HTML page and the analysis report from reports.

    Example: [bold]kg build data/raw --out build[/bold] writes build/graph.trig (one named
    graph per document), build/graph.ttl (merged), build/graph.html, build/extractions.json
    and build/analysis/.
    """
    from kg.pipeline import DEFAULT_FORMATS, build_documents, check_formats

    formats = fmt or list(DEFAULT_FORMATS)
    check_formats(formats)
    documents, skipped = _read_all(paths or [DEFAULT_RAW])
    with _progress(quiet) as progress:
        task = progress.add_task("Extracting", total=len(documents))
        result = build_documents(
            documents,
            out,
            store=store,
            formats=formats,
            validate=validate,
            jobs=jobs,
            progress=lambda n: progress.advance(task, n),
            stage=lambda name: progress.update(task, description=name),
        )
    if not quiet:
        _print_build_summary(result)
    _exit_if_skipped(skipped, quiet)


def _print_build_summary(result: Any) -> None:
    stats = result.stats
    rows = [("documents", stats["documents"])]
    rows += [(f"entities: {t}", n) for t, n in sorted(stats["entities"].items())]
    rows += [("partnerships", stats["partnerships"]), ("triples", stats["triples"])]
    _print_table("kg build", ("what", "count"), rows)
    for line in _written_lines(result.written):
        typer.echo(line)


def _written_lines(paths: Sequence[Path]) -> list[str]:
    """One line per file, except one per folder for a report's many files."""
    lines: list[str] = []
    folders: dict[Path, list[Path]] = {}
    for path in paths:
        folders.setdefault(path.parent, []).append(path)
    top = min(folders, key=lambda folder: len(folder.parts))
    for folder, files in folders.items():
        if folder == top or len(files) == 1:
            lines += [f"wrote {path}" for path in files]
        else:
            lead = next((f for f in files if f.suffix == ".md"), files[0])
            lines.append(f"wrote {len(files)} files in {folder}/ ({lead.name}, …)")
    return lines


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json | table", case_sensitive=False)
    ] = "table",
    quiet: Quiet = False,
) -> None:
    """Print what was read from each report: entities, links with evidence, figures.

    Example: [bold]kg extract data/raw/001_44401cf42fd5c947.txt --format json[/bold]
    """
    from kg.extract import extraction_record

    if fmt not in ("json", "table"):
        raise KgError(f"unknown format {fmt!r}: use json or table")
    extractions, skipped = _extract_all(paths, quiet)
    records = [extraction_record(ext) for ext in extractions]
    if fmt == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    else:
        for record in records:
            _print_record(record)
    _exit_if_skipped(skipped, quiet)


def _print_record(record: dict[str, Any]) -> None:
    labels = {e["id"]: e["label"] for e in record["entities"]}
    _print_table(
        f"{record['document']} — entities",
        ("type", "label", "code", "mentions"),
        (
            (e["type"], e["label"], e.get("iso3") or e.get("country") or "", len(e["mentions"]))
            for e in record["entities"]
        ),
    )
    _print_table(
        f"{record['document']} — links",
        ("participants", "countries", "kind", "mechanism", "status", "date", "evidence"),
        (
            (
                "; ".join(labels.get(p, p) for p in link["participants"]),
                " ".join(link["countries"]),
                link["kind"],
                link["mechanism"],
                link["status"],
                link["date"] or "",
                link["evidence"]["text"][:100],
            )
            for link in record["links"]
        ),
    )


@app.command()
def query(
    query_text: Annotated[
        str | None,
        typer.Argument(metavar="QUERY", help="A shipped query name, a .rq file, or SPARQL."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="NAME=VALUE, bound as an RDF term (repeatable)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | csv | tsv | json")] = "table",
    graph: GraphOpt = None,
    store: StoreOpt = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List shipped queries.")] = False,
) -> None:
    """Run a SPARQL query over the graph.

    Examples: [bold]kg query partners --param country=IRN[/bold];
    [bold]kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv[/bold]
    """
    from kg.query import query_description, resolve_query, run_query, shipped_queries

    if list_queries:
        rows = ((name, query_description(path)) for name, path in shipped_queries().items())
        _print_table("shipped queries", ("name", "what it answers"), rows)
        return
    if query_text is None:
        raise KgError("give a QUERY: a shipped query name (see --list), a .rq file or SPARQL")
    if fmt not in ("table", "csv", "tsv", "json"):
        raise KgError(f"unknown format {fmt!r}: use table, csv, tsv or json")
    params = dict(_split_param(p) for p in param or [])
    result = run_query(_read_dataset(graph, store), resolve_query(query_text), params)
    if fmt == "table":
        compacted = ([_compact(v) for v in row] for row in result.rows)
        _print_table(f"{len(result.rows)} rows", result.columns, compacted)
    else:
        writers = {"csv": result.to_csv, "tsv": result.to_tsv, "json": result.to_json}
        sys.stdout.write(writers[fmt]())


def _compact(value: Any) -> Any:
    """An IRI written with the prefix table (kg:country/IRN), for readable tables."""
    from kg.namespaces import PREFIXES

    if isinstance(value, str) and value.startswith("http"):
        for prefix, namespace in PREFIXES.items():
            if value.startswith(str(namespace)):
                return f"{prefix}:{value[len(str(namespace)) :]}"
    return value


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise KgError(f"--param {text!r}: expected NAME=VALUE")
    return name.strip(), value


@app.command()
def analyze(
    graph: GraphOpt = None,
    store: StoreOpt = None,
    country: Annotated[str | None, typer.Option(help="Focus on one country (ISO3).")] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table | markdown | json | csv")
    ] = "table",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the full report into this folder.")
    ] = None,
) -> None:
    """Network analysis: central countries and organizations, brokers, South-South share.

    Example: [bold]kg analyze --country IRN --out build/analysis[/bold]
    """
    from kg.analyze import analyze as run_analysis
    from kg.analyze import headline_tables, write_report

    if fmt not in ("table", "markdown", "json", "csv"):
        raise KgError(f"unknown format {fmt!r}: use table, markdown, json or csv")
    analysis = run_analysis(_read_dataset(graph, store), country=_iso3(country))
    tables = headline_tables(analysis)
    for name, df in tables.items():
        if fmt == "table":
            _print_table(name, df.columns, df.itertuples(index=False))
        elif fmt == "markdown":
            typer.echo(f"## {name}\n\n{df.to_markdown(index=False)}\n")
        elif fmt == "csv":
            typer.echo(f"# {name}\n{df.to_csv(index=False)}")
    if fmt == "json":
        payload = {name: df.to_dict(orient="records") for name, df in tables.items()}
        typer.echo(json.dumps(payload, indent=1, default=str))
    if out is not None:
        for path in write_report(analysis, out):
            err_console.print(f"wrote {path}")


def _iso3(code: str | None) -> str | None:
    if code is None:
        return None
    if len(code) != 3 or not code.isalpha():
        raise KgError(f"--country {code!r}: expected an ISO 3166-1 alpha-3 code such as IRN")
    return code.upper()


@app.command()
def viz(
    graph: GraphOpt = None,
    store: StoreOpt = None,
    view: Annotated[str, typer.Option(help="countries | organizations | full")] = "countries",
    country: Annotated[str | None, typer.Option(help="Ego view around a country (ISO3).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "build/graph.html"
    ),
) -> None:
    """Write the interactive, offline HTML page of the cooperation network.

    Example: [bold]kg viz --view countries --country IRN --out iran.html[/bold]
    """
    from kg.pipeline import network_for_view
    from kg.viz import write_html

    network = network_for_view(_read_dataset(graph, store), view, _iso3(country))
    typer.echo(f"wrote {write_html(network, out, view=view)}")


@app.command("validate")
def validate_cmd(
    path: Annotated[
        Path | None, typer.Argument(help="Graph file. Default: the last build's graph.")
    ] = None,
    engine: Annotated[
        str, typer.Option(help="auto (shapes compiled to SPARQL) | sparql | pyshacl.")
    ] = "auto",
) -> None:
    """Check a graph file against the SHACL shapes in ontology/shapes.ttl.

    Example: [bold]kg validate build/graph.trig[/bold]
    """
    from kg.validate import validate

    if engine not in ("auto", "sparql", "pyshacl"):
        raise KgError(f"unknown engine {engine!r}: use auto, sparql or pyshacl")
    result = validate(_read_dataset(path, None), engine=engine)  # type: ignore[arg-type]
    if not result.conforms:
        typer.echo(result.text, err=True)
        _fail(f"{path or DEFAULT_OUT / GRAPH_FILE}: {result.violations} SHACL violation(s)")
    typer.echo(f"{path or DEFAULT_OUT / GRAPH_FILE}: conforms to the shapes")


DEFAULT_STORE = "oxigraph:build/store"
PersistentStore = Annotated[
    str, typer.Option("--store", help="Persistent store: oxigraph:PATH (or sparql:URL).")
]


@app.command()
def add(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders to add.")],
    store: PersistentStore = DEFAULT_STORE,
    quiet: Quiet = False,
) -> None:
    """Add reports to a persistent store; re-adding a report replaces its graph.

    Example: [bold]kg add new_report.txt --store oxigraph:build/store[/bold], then
    [bold]kg query partners -p country=IRN --store oxigraph:build/store[/bold]
    """
    from kg.pipeline import check_conforms
    from kg.rdf import model
    from kg.store import open_store

    extractions, skipped = _extract_all(paths, quiet)
    graphs = [model(extraction) for extraction in extractions]
    staging = open_store("memory")
    staging.add_graphs(graphs)
    check_conforms(staging.dataset)  # nothing reaches the store unless it conforms
    with open_store(store) as opened:
        opened.add_graphs(graphs)
        count = len(opened.documents())
    if not quiet:
        typer.echo(f"added {len(extractions)} document(s) to {store}; it holds {count}")
    _exit_if_skipped(skipped, quiet)


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="Document ids (file names) to drop.")],
    store: PersistentStore = DEFAULT_STORE,
) -> None:
    """Drop documents, and everything read from them, from a persistent store.

    Example: [bold]kg remove new_report.txt --store oxigraph:build/store[/bold]
    """
    from kg.store import open_store

    with open_store(store) as opened:
        for doc_id in documents:
            opened.remove(doc_id)
        count = len(opened.documents())
    typer.echo(f"removed {len(documents)} document(s) from {store}; it holds {count}")


@app.command()
def serve(
    graph: GraphOpt = None,
    store: StoreOpt = None,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 picks a free one).")] = 8000,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 30.0,
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint on 127.0.0.1.

    Example: [bold]kg serve --port 8000[/bold], then
    [bold]curl 'http://127.0.0.1:8000/sparql?query=ASK{?s?p?o}'[/bold]
    """
    from kg.serve import make_server

    try:
        server = make_server(_read_dataset(graph, store), port, timeout=timeout)
    except OSError as exc:
        raise KgError(f"cannot listen on 127.0.0.1:{port} ({exc.strerror or exc})") from None
    with server:
        err_console.print(f"serving SPARQL at {server.url} (read-only; Ctrl-C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            err_console.print("stopped")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
