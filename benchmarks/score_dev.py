#!/usr/bin/env python3
"""Write claims-jsonl for a corpus folder without the store, to score extraction early.

usage: score_dev.py CORPUS_DIR [--only ID,ID] [--skip-shows "Show A,Show B"] [--only-shows ...]

Documents are built the way ingest builds them (``nextseason.ingest.read_path``), so the
``show``/``season`` labels of the corpus never reach extraction. One line per article, in
the exchange format of spec/claims.md; pipe it to ``shared/eval/score_claims.py``.
The show filters only choose which articles to print (for a held-out split); they use the
corpus labels after extraction, never as input to it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from nextseason.extract import extract_claims
from nextseason.ingest import read_path
from nextseason.models import Document
from nextseason.settings import DEFAULT


def load_documents(corpus: Path) -> list[Document]:
    documents = [d for d in read_path(corpus / "articles.jsonl", DEFAULT) if isinstance(d, Document)]
    return documents


def labels(corpus: Path) -> dict[str, str]:
    shows = {}
    with open(corpus / "articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            shows[row["id"]] = row.get("show") or ""
    return shows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--only", default="", help="comma-separated article ids")
    parser.add_argument("--skip-shows", default="", help="comma-separated shows to leave out of the output")
    parser.add_argument("--only-shows", default="", help="comma-separated shows to keep in the output")
    args = parser.parse_args(argv)
    only = {i for i in args.only.split(",") if i}
    skip = {s for s in args.skip_shows.split(",") if s}
    keep = {s for s in args.only_shows.split(",") if s}
    shows = labels(args.corpus) if (skip or keep) else {}
    for document in load_documents(args.corpus):
        if only and document.doc_id not in only:
            continue
        show = shows.get(document.doc_id, "")
        if (skip and show in skip) or (keep and show not in keep):
            continue
        claims = extract_claims(document, DEFAULT)
        row = {"doc_id": document.doc_id, "claims": [c.to_exchange() for c in claims]}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
