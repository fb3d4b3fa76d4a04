"""Atomic writes: whole files or none, with ordinary permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.fileio import atomic_open, write_text


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
