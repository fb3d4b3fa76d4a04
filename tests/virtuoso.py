"""Start a real Virtuoso for the tests: its own database in a temporary folder, 127.0.0.1 only.

``python tests/virtuoso.py`` starts one by hand and prints its endpoint until interrupted.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BINARY = "virtuoso-t"
PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VAD_DIR = "/usr/share/virtuoso-opensource-7/vad"
STARTUP_SECONDS = 60
#: Well above anything a test reads: Virtuoso's default (10,000) silently truncates results.
MAX_ROWS = 1_000_000


@dataclass(frozen=True)
class Virtuoso:
    """A running server: its HTTP base URL, default account and process id."""

    url: str
    pid: int
    user: str = "dba"
    password: str = "dba"

    @property
    def sparql(self) -> str:
        """The query endpoint, as a ``sparql:`` store spec takes it."""
        return f"{self.url}/sparql"


def missing() -> str | None:
    """Why a Virtuoso cannot be started here (a reason to skip), or None when it can."""
    install = "DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource"
    if shutil.which(BINARY) is None:
        return f"{BINARY} is not installed ({install})"
    if not PACKAGED_INI.is_file():
        return f"{PACKAGED_INI} is missing ({install})"
    return None


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_ini(folder: Path, sql_port: int, http_port: int, max_rows: int = MAX_ROWS) -> Path:
    """The packaged ini with the database in ``folder`` and both ports on loopback."""
    db = folder / "db"
    db.mkdir(parents=True, exist_ok=True)
    settings = {
        "Database": {
            "DatabaseFile": db / "virtuoso.db",
            "ErrorLogFile": db / "virtuoso.log",
            "LockFile": db / "virtuoso.lck",
            "TransactionFile": db / "virtuoso.trx",
            "xa_persistent_file": db / "virtuoso.pxa",
        },
        "TempDatabase": {
            "DatabaseFile": db / "virtuoso-temp.db",
            "TransactionFile": db / "virtuoso-temp.trx",
        },
        "Parameters": {
            "ServerPort": f"127.0.0.1:{sql_port}",
            "DirsAllowed": f"., {db}, {VAD_DIR}",
            "NumberOfBuffers": 10000,
            "MaxDirtyBuffers": 6000,
        },
        "HTTPServer": {"ServerPort": f"127.0.0.1:{http_port}"},
        "URIQA": {"DefaultHost": f"127.0.0.1:{http_port}"},
        "SPARQL": {"ResultSetMaxRows": max_rows},
        "Plugins": {"Load1": None, "Load2": None, "Load3": None, "Load5": None},
    }
    ini = folder / "virtuoso.ini"
    ini.write_text(_rewrite(PACKAGED_INI.read_text("utf-8"), settings), "utf-8")
    return ini


def _rewrite(text: str, settings: dict[str, dict[str, object]]) -> str:
    """Set (or, for None, drop) keys per section; keys a section lacks are appended to it."""
    out: list[str] = []
    section = ""
    pending: dict[str, object] = {}
    for line in [*text.splitlines(), "[end]"]:
        header = re.fullmatch(r"\s*\[([^\]]+)\]\s*", line)
        if header:
            out += [f"{k} = {v}" for k, v in pending.items() if v is not None]
            section = header.group(1)
            pending = dict(settings.get(section, {}))
        key = re.match(r"\s*([A-Za-z_0-9]+)\s*=", line)
        if key and key.group(1) in pending:
            value = pending.pop(key.group(1))
            if value is not None:
                out.append(f"{key.group(1)} = {value}")
            continue
        out.append(line)
    return "\n".join(out[:-1]) + "\n"


@contextmanager
def running(folder: Path, max_rows: int = MAX_ROWS) -> Iterator[Virtuoso]:
    """A Virtuoso serving from ``folder`` until the block ends (stopped by its PID)."""
    http_port = free_port()
    ini = write_ini(folder, free_port(), http_port, max_rows)
    log = (folder / "stdout.log").open("wb")
    process = subprocess.Popen(
        [BINARY, "-f", "-c", str(ini)],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        _wait_online(process, folder / "db" / "virtuoso.log", folder / "stdout.log")
        yield Virtuoso(f"http://127.0.0.1:{http_port}", process.pid)
    finally:
        _stop(process)
        log.close()


def _wait_online(process: subprocess.Popen[bytes], *logs: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        text = " ".join(p.read_text("utf-8", "replace") for p in logs if p.exists())
        if "Server online" in text:
            return
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {process.returncode}: {text[-2000:]}")
        time.sleep(0.2)
    raise RuntimeError(f"virtuoso-t not online after {STARTUP_SECONDS} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, running(Path(tmp)) as server:
        print(f"sparql:{server.sparql}  (pid {server.pid}, Ctrl-C stops it)", flush=True)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
