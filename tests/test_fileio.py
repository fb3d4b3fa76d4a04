"""Atomic writes: whole files or none, with ordinary permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.fileio import atomic_open, staged_folder, write_text


def test_write_replaces_whole_file_with_umask_permissions(tmp_path: Path) -> None:
    path = write_text(tmp_path / "sub" / "out.txt", "hello\n")
    assert path.read_text() == "hello\n"
    mask = os.umask(0o022)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in path.parent.iterdir()] == ["out.txt"]


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = write_text(tmp_path / "out.txt", "old\n")
    with pytest.raises(RuntimeError), atomic_open(path) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_staged_files_appear_only_when_the_block_succeeds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with staged_folder(out) as staging:
        write_text(staging / "graph.trig", "graph\n")
        assert not (out / "graph.trig").exists()
        write_text(out / "report.md", "report\n")
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig", "report.md"]
    assert (out / "graph.trig").read_text() == "graph\n"


def test_failed_block_drops_staged_files_and_the_folder_it_made(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(RuntimeError), staged_folder(out) as staging:
        write_text(staging / "graph.trig", "graph\n")
        raise RuntimeError("invalid graph")
    assert not out.exists()


def test_failed_block_keeps_what_the_folder_held_before(tmp_path: Path) -> None:
    old = write_text(tmp_path / "graph.trig", "old\n")
    with pytest.raises(RuntimeError), staged_folder(tmp_path) as staging:
        write_text(staging / "graph.trig", "new\n")
        raise RuntimeError("invalid graph")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]
    assert old.read_text() == "old\n"
