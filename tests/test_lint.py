"""House style, checked: ruff and ``mypy --strict`` are clean on the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed: it is part of the 'test' extra")
    return str(found)


def test_ruff_is_clean_on_the_package() -> None:
    done = subprocess.run([_tool("ruff"), "check", "src", "--output-format", "concise"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-4000:]


@pytest.mark.slow
def test_mypy_strict_is_clean_on_the_package() -> None:
    done = subprocess.run([_tool("mypy"), "--strict", "src/nextseason"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
