"""What every benchmark does last: print its verdicts and write its results as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def finish(results: dict[str, Any], json_path: Path | None) -> None:
    """Print ``results["verdicts"]``; write ``results`` to ``json_path`` when one is given."""
    print("\n".join(results["verdicts"]))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
