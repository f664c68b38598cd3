# Start / stop a throwaway PostgreSQL cluster on 127.0.0.1 (sourced by scripts/test.sh).
#   source scripts/pg.sh; pg_start && trap pg_stop EXIT
# Sets NEXTSEASON_TEST_PG to its URL when it runs. An already set NEXTSEASON_TEST_PG (a server
# of your own) is kept and nothing is started. As root the server runs as the 'postgres' user
# (created when missing), since PostgreSQL refuses to run as root.
pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

pg_start() {
  if [ -n "${NEXTSEASON_TEST_PG:-}" ]; then
    echo "PostgreSQL for tests: using NEXTSEASON_TEST_PG=$NEXTSEASON_TEST_PG"
    return 0
  fi
  PG_BIN=$(pg_bin) || { echo "pg.sh: no initdb found (install Debian's postgresql)" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/nextseason-pg.XXXXXX) || return 1
  PG_RUN_AS=()
  if [ "$(id -u)" = 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres \
      || { echo "pg.sh: cannot create the postgres user" >&2; return 1; }
    chown -R postgres "$PG_DIR" || return 1
    if command -v runuser >/dev/null 2>&1; then
      PG_RUN_AS=(runuser -u postgres --)
    else
      PG_RUN_AS=(setpriv --reuid=postgres --regid="$(id -g postgres)" --init-groups --)
    fi
  fi
  "${PG_RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
      >"$PG_DIR/initdb.log" 2>&1 \
    || "${PG_RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C \
      >"$PG_DIR/initdb.log" 2>&1 \
    || { echo "pg.sh: initdb failed:" >&2; cat "$PG_DIR/initdb.log" >&2; return 1; }
  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 20000 ))
    if "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $PG_DIR -F -c max_connections=200" start >/dev/null 2>&1; then
      export NEXTSEASON_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
      echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running for tests at $NEXTSEASON_TEST_PG"
      return 0
    fi
    echo "pg.sh: start on port $port failed (attempt $attempt):" >&2
    tail -n 5 "$PG_DIR/log" >&2 2>/dev/null
  done
  return 1
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  if [ -n "${PG_BIN:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
  PG_DIR=
}
