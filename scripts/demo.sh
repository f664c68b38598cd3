#!/usr/bin/env bash
# Set up nextseason and run the main job on the sample articles that ship with it.
#   bash scripts/demo.sh
# Installs the package into .venv, ingests samples/ into a fresh SQLite file
# (demo/nextseason.db; no server), and prints what it found.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip's own chatter goes to a log; it is shown only when the install fails
.venv/bin/python -m pip install -q -e . >.venv/demo-install.log 2>&1 || { cat .venv/demo-install.log; exit 1; }

mkdir -p demo
rm -f demo/nextseason.db demo/nextseason.db-wal demo/nextseason.db-shm
export NEXTSEASON_DB="sqlite:///$PWD/demo/nextseason.db"
ns=.venv/bin/nextseason
export COLUMNS=${COLUMNS:-120}  # tables read better than at 80 columns when piped

$ns ingest samples/
echo
$ns articles
echo
$ns status "The Lantern Keepers" --season 2
echo
echo "Try: NEXTSEASON_DB=$NEXTSEASON_DB $ns timeline \"The Lantern Keepers\" --season 2"
echo "     NEXTSEASON_DB=$NEXTSEASON_DB $ns serve"
