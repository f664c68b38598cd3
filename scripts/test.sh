#!/usr/bin/env bash
# Set up everything the test suite needs, then run the whole suite.
#   bash scripts/test.sh [pytest args]
# Installs the package with its test extras into .venv, Debian's postgresql and chromium
# (when running as root and they are missing), starts a throwaway PostgreSQL on 127.0.0.1,
# and runs pytest. Exits non-zero when any test fails or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# pip's chatter goes to a log, shown only when the install fails
.venv/bin/python -m pip install -q --upgrade pip >.venv/test-install.log 2>&1 || true
.venv/bin/python -m pip install -q -e '.[test,postgres,bench,parquet,spark]' >>.venv/test-install.log 2>&1 \
  || { cat .venv/test-install.log; echo "!!! installing the package and its test extras failed !!!"; exit 1; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ] && [ "$(id -u)" = 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}"
  apt-get update -qq >/dev/null || echo "!!! apt-get update failed !!!"
  for pkg in "${need_apt[@]}"; do  # one at a time: a missing chromium must not block postgresql
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null \
      || echo "!!! apt-get install $pkg failed !!!"
  done
fi

# real-browser tests (tests/test_browser.py) drive Debian's chromium through Playwright's
# executable_path (never `playwright install`); their screenshots go to artifacts/screenshots/
if command -v chromium >/dev/null 2>&1; then
  mkdir -p artifacts/screenshots
else
  echo "!!! chromium is not installed: the browser tests will be SKIPPED !!!"
fi

# a throwaway PostgreSQL on 127.0.0.1 for the Postgres half of the store contract tests
source scripts/pg.sh
pg_start || echo "!!! PostgreSQL could not start: the Postgres store tests will be SKIPPED !!!"
trap pg_stop EXIT

set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "pytest ran no tests: failing" >&2
  exit 1
fi
exit $rc
