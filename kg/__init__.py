"""kg: a knowledge graph of international cooperation partnerships read from reports.

The pipeline, one module per stage: documents → extract → rdf → store → analyze → viz;
``kg.cli`` is a thin Typer layer over these functions.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
