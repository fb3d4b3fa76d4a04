"""Errors a user can cause; the CLI prints their message on one line and exits non-zero."""


class KgError(Exception):
    """A user-facing error (bad path, bad input, bad query): no traceback is shown.

    ``details`` is optional longer text (e.g. a SHACL report) printed before the one line.
    """

    def __init__(self, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.details = details


class DocumentError(KgError):
    """A document could not be read as text."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be run."""


class StoreError(KgError):
    """A store specification is unknown or the store cannot be reached."""
