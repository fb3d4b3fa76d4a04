"""Open a kg page in Debian's headless Chromium through Playwright, with the network cut off.

Shared by the browser tests and ``benchmarks/bench_viz.py``. Playwright drives the
system Chromium (``/usr/bin/chromium``); it never downloads a browser of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


@dataclass
class PageRun:
    """An open page with what it asked of the network and what it complained about."""

    page: object  # playwright.sync_api.Page (kept untyped: playwright is a dev dependency)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def open_page(path: Path, *, width: int = 1280, height: int = 800) -> Iterator[PageRun]:
    """Load ``path`` from disk; every request that is not to a local scheme is aborted."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            context = browser.new_context(offline=True, viewport={"width": width, "height": height})
            page = context.new_page()
            run = PageRun(page)
            _watch(run, page, path.resolve().as_uri())
            page.goto(path.resolve().as_uri())
            yield run
        finally:
            browser.close()


def _watch(run: PageRun, page: object, own_url: str) -> None:
    """Record requests other than the page itself, block remote ones, collect errors."""

    def on_route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()  # type: ignore[attr-defined]
        else:
            run.blocked.append(url)
            route.abort()  # type: ignore[attr-defined]

    def on_request(request: object) -> None:
        if request.url != own_url:  # type: ignore[attr-defined]
            run.requests.append(request.url)  # type: ignore[attr-defined]

    def on_console(message: object) -> None:
        if message.type == "error":  # type: ignore[attr-defined]
            run.errors.append(message.text)  # type: ignore[attr-defined]

    page.route("**/*", on_route)  # type: ignore[attr-defined]
    page.on("request", on_request)  # type: ignore[attr-defined]
    page.on("console", on_console)  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: run.errors.append(str(error)))  # type: ignore[attr-defined]


def wait_stable(run: PageRun, timeout_ms: float = 60_000) -> None:
    """Wait until the page's layout has settled (physics stopped, or first draw)."""
    run.page.wait_for_function("window.kg && window.kg.stable === true", timeout=timeout_ms)  # type: ignore[attr-defined]
