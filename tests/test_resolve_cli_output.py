"""How the resolution commands print JSON: indented at a terminal, compact for a program."""

from __future__ import annotations

import io
import json
import sys

import pytest

from nextseason.cli import resolve as cli_resolve

DATA = {"work": "The Glass Orchard", "season": 3, "lapsed": [{"start": "2026-01-01", "claimed_by": ["a.example"]}],
        "note": "café"}


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def _printed(monkeypatch: pytest.MonkeyPatch, tty: bool) -> str:
    stream = _Stream(tty)
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(cli_resolve.click, "echo", lambda text: stream.write(text + "\n"))
    cli_resolve._dump(DATA)
    return stream.getvalue()


def test_json_to_a_pipe_is_one_compact_line_with_the_same_content(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _printed(monkeypatch, tty=False)
    assert text.count("\n") == 1 and ": " not in text and ", " not in text.replace("The Glass", "")
    assert json.loads(text) == DATA
    assert "café" in text  # not escaped


def test_json_at_a_terminal_is_indented_with_the_same_content(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _printed(monkeypatch, tty=True)
    assert '\n  "work": "The Glass Orchard"' in text
    assert json.loads(text) == DATA
