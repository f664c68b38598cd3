"""Quality gate: extraction scores on the dev and seed corpora may not fall below pinned floors.

The corpora are read where they are (shared/corpus); extraction runs through
benchmarks/score_dev.py and scoring through shared/eval/score_claims.py, both as
subprocesses, exactly as a person would run them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEV, ROOT, SEEDS, SHARED

FLOORS = json.loads((ROOT / "tests" / "floors" / "claims.json").read_text(encoding="utf-8"))
SCORER = SHARED / "eval" / "score_claims.py"
VALIDATOR = SHARED / "eval" / "validate_claims.py"


def _extract(corpus: Path, out: Path) -> Path:
    with out.open("w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_dev.py"), str(corpus)],
                       check=True, stdout=handle, cwd=ROOT, timeout=600)
    return out


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    if not SCORER.exists() or not (DEV / "gold.jsonl").exists():
        pytest.skip("shared corpus or scorer missing")
    folder = tmp_path_factory.mktemp("claims")
    return {name: _extract(corpus, folder / f"{name}.jsonl") for name, corpus in (("dev", DEV), ("seeds", SEEDS))}


def _score(corpus: Path, output: Path) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), str(corpus / "gold.jsonl"), str(output), "--json"],
                            check=True, capture_output=True, text=True, timeout=300)
    return json.loads(result.stdout)


@pytest.mark.parametrize("name, corpus", [("dev", DEV), ("seeds", SEEDS)])
def test_claim_file_is_valid_exchange_format(outputs, name, corpus):
    result = subprocess.run([sys.executable, str(VALIDATOR), str(corpus / "articles.jsonl"), str(outputs[name])],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:]


@pytest.mark.parametrize("name, corpus", [("dev", DEV), ("seeds", SEEDS)])
def test_scores_stay_above_floors(outputs, name, corpus):
    score = _score(corpus, outputs[name])
    floors = FLOORS[name]
    measured = {
        "strict_f1": score["strict"]["overall"]["f1"],
        "lenient_f1": score["lenient"]["overall"]["f1"],
        "certainty_accuracy": score["certainty_accuracy"] or 0.0,
    }
    for kind, floor in floors.get("strict_f1_by_kind", {}).items():
        measured[f"strict_f1_{kind}"] = score["strict"][kind]["f1"]
        assert score["strict"][kind]["f1"] >= floor, f"{name} {kind}: {score['strict'][kind]['f1']} < {floor}"
    for key in ("strict_f1", "lenient_f1", "certainty_accuracy"):
        assert measured[key] >= floors[key], f"{name} {key}: {measured[key]} < {floors[key]}"
