"""The row-by-row JSON writer of report tables gives json's own indented text."""

import math
from typing import Any

import pytest

from kg.analyze.report import _json, _records_json

CASES: list[list[dict[Any, Any]]] = [
    [],
    [{}],
    [
        {
            "int": 1,
            "none": None,
            "bools": True,
            "false": False,
            "float": 1.5,
            "tiny": 1e-7,
            "zero": -0.0,
            "big": 10**20,
            "text": 'quote " newline \n separator \u2028 é <&>',
            "nan": math.nan,
            "inf": math.inf,
            "-inf": -math.inf,
        }
    ],
    [{"a": 1}, {"b": "2", "c": None}],
    [{"list": [1, 2]}],  # not a plain cell: written by json itself
    [{1: "int key"}],
]


@pytest.mark.parametrize("records", CASES)
def test_records_json_matches_json(records: list[dict[Any, Any]]) -> None:
    assert _records_json(records) == _json(records)
