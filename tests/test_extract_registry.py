"""Users extend the organization registry with extra JSON files, without touching code."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_extract_support import entities

from kg.extract import registry

ORG = "Organization"
ROW = {
    "id": "sahel-drug-board",
    "label": "Sahel Drug Observatory Board",
    "acronyms": ["SDOB"],
    "aliases": [],
    "category": "drug-control-agency",
    "country": "MLI",
    "parent": None,
}


@pytest.fixture(autouse=True)
def _clean_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(registry.ENV_VAR, raising=False)
    registry.use_registry_files()
    yield
    monkeypatch.delenv(registry.ENV_VAR, raising=False)
    registry.use_registry_files()


def _write(tmp_path: Path, rows: list[dict[str, object]], name: str = "extra.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_added_file_makes_its_acronym_a_known_organization(tmp_path: Path) -> None:
    text = "The SDOB signed a memorandum with UNODC."
    assert "organization/sahel-drug-board" not in entities(text, ORG)
    registry.use_registry_files(_write(tmp_path, [ROW]))
    org = entities(text, ORG)["organization/sahel-drug-board"]
    assert org.country == "MLI"


def test_later_file_replaces_a_row_with_the_same_id(tmp_path: Path) -> None:
    registry.add_registry_file(_write(tmp_path, [ROW]))
    registry.add_registry_file(_write(tmp_path, [{**ROW, "country": "NER"}], "b.json"))
    assert registry.organizations()["sahel-drug-board"].country == "NER"
    assert "unodc" in registry.organizations()


def test_environment_variable_lists_extra_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(registry.ENV_VAR, str(_write(tmp_path, [ROW])))
    registry.clear_registry_cache()
    assert registry.by_acronym()["SDOB"] == "sahel-drug-board"


def test_curated_file_is_picked_up_when_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "CURATED", _write(tmp_path, [ROW], "organizations.json"))
    registry.clear_registry_cache()
    assert registry.CURATED in registry.registry_files()
    assert "sahel-drug-board" in registry.organizations()
