"""Assemble one self-contained HTML page: our template, pyvis's vis-network, the data."""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

#: vis-network 9.1.2 as bundled by pyvis 0.3.2 (dual Apache-2.0/MIT; its licence header is kept).
VIS_DIR = ("lib", "vis-9.1.2")
_MARKER = re.compile(r"@@([A-Z_]+)@@")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=\S+$", re.M)  # a file we do not ship
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def assemble(
    payload: dict[str, Any], *, title: str, notice: str | None, meta: dict[str, Any]
) -> str:
    """The full page for ``payload``; every piece of text is escaped for where it lands."""
    data = {**payload, "meta": meta}
    parts = {
        "TITLE": html.escape(title),
        "NOTICE": _notice_html(notice),
        "VIS_CSS": _asset("pyvis", *VIS_DIR, "vis-network.css"),
        "VIS_JS": _SOURCE_MAP.sub("", _asset("pyvis", *VIS_DIR, "vis-network.min.js")),
        "PAGE_CSS": _asset("kg.viz", "static", "page.css"),
        "PAGE_JS": _asset("kg.viz", "static", "page.js"),
        "DATA": script_json(data),
    }
    template = _asset("kg.viz", "static", "page.html")
    return _MARKER.sub(lambda m: parts[m.group(1)], template)


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def _notice_html(notice: str | None) -> str:
    """The visible notice shown above an aggregated view (empty when the view is whole)."""
    if notice is None:
        return ""
    return f'<p id="notice" role="status">{html.escape(notice)}</p>'


@cache
def _asset(package: str, *parts: str) -> str:
    """Text of a file shipped inside ``package`` (cached: the vis bundle is 470 kB)."""
    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")
