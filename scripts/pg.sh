# Start / stop a throwaway PostgreSQL cluster on 127.0.0.1 (sourced by scripts/test.sh).
# Sets NEXTSEASON_TEST_PG to its URL when it runs.
pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)"
}

pg_start() {
  local bin; bin=$(pg_bin)
  [ -x "$bin/initdb" ] || return 1
  PG_DIR=$(mktemp -d /tmp/nextseason-pg.XXXXXX)
  local port=$(( 20000 + RANDOM % 20000 ))
  local run_as=()
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$PG_DIR" 2>/dev/null || { useradd -r postgres 2>/dev/null; chown -R postgres "$PG_DIR"; }
    run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null || return 1
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
      -o "-h 127.0.0.1 -p $port -k $PG_DIR -F" start >/dev/null || { cat "$PG_DIR/log"; return 1; }
  export NEXTSEASON_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
  PG_BIN=$bin
  echo "PostgreSQL running for tests at $NEXTSEASON_TEST_PG"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  local run_as=()
  [ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
  "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
