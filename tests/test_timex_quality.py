"""Quality gate for the temporal engine: TempEval-3 scores must stay at or above the floors pinned
in tests/floors/timex.json (lowering a floor is an explicit, reviewed change). The scorer runs as
a subprocess on the shared files, exactly as a person would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED

from nextseason.extract.timex.te3 import tag_directory

TE3 = SHARED / "benchmarks" / "tempeval3"
SCORER = SHARED / "eval" / "score_timex.py"
FLOORS = json.loads((Path(__file__).parent / "floors" / "timex.json").read_text())
SETS = {"tbaq": (TE3 / "tbaq-cleaned", TE3 / "tbaq-cleaned"),
        "platinum": (TE3 / "te3-platinum-input", TE3 / "te3-platinum")}


@pytest.mark.parametrize("name", sorted(SETS))
def test_timex_tempeval_scores_stay_above_the_floors(name: str, tmp_path: Path) -> None:
    inputs, gold = SETS[name]
    if not (inputs.is_dir() and SCORER.is_file()):
        pytest.skip(f"shared benchmark data absent ({inputs})")
    out = tmp_path / f"{name}.jsonl"
    out.write_text("".join(json.dumps(row) + "\n" for row in tag_directory(inputs)))
    scores = {}
    gold_dirs = sorted(p for p in gold.iterdir() if p.is_dir()) or [gold]
    for gold_dir in gold_dirs:  # tbaq keeps its gold in two folders; score them together
        run = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(out), "--json"],
                             capture_output=True, text=True, check=True)
        scores[gold_dir.name] = json.loads(run.stdout)
    gold_n = sum(s["gold"] for s in scores.values())
    relaxed = sum(s["relaxed"]["recall"] * s["gold"] for s in scores.values()) / gold_n
    system_n = sum(s["system"] for s in scores.values())
    precision = sum(s["relaxed"]["precision"] * s["system"] for s in scores.values()) / system_n
    relaxed_f1 = 2 * precision * relaxed / (precision + relaxed)
    value_acc = sum(s["value_accuracy"] * s["relaxed"]["recall"] * s["gold"] for s in scores.values()) / (
        relaxed * gold_n)
    floor = FLOORS[name]
    assert relaxed_f1 >= floor["relaxed_f1"], (name, relaxed_f1)
    assert value_acc * relaxed_f1 >= floor["value_f1"], (name, value_acc * relaxed_f1)


def test_timex_te3_reader_sees_the_text_the_scorer_sees() -> None:
    inputs = TE3 / "te3-platinum-input"
    if not (inputs.is_dir() and SCORER.is_file()):
        pytest.skip("shared benchmark data absent")
    from nextseason.extract.timex.te3 import read_timeml, te3_files

    run = subprocess.run([sys.executable, str(SCORER), str(inputs), "--text-of", str(inputs)],
                         capture_output=True, text=True, check=True)
    expected = {row["doc"]: row["text"] for row in map(json.loads, run.stdout.splitlines())}
    seen = {doc.name: doc.text for doc in map(read_timeml, te3_files(inputs))}
    assert seen == expected
