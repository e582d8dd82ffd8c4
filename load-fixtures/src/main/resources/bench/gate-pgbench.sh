#!/usr/bin/env bash
# The CI gate on real pgbench captures: a TPC-B capture (pgbench's default script, 8 clients) and a
# select-only capture (4 clients, prepared), both taken through scry-cluster proxy, then
# ci test-migration with a no-op migration in stress and timed mode. Prints each gate's verdict,
# its replays' times and its wall time and peak RSS.
# Needs: PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin), pgbench, psql, root (initdb runs
# as the postgres user), the shaded jar. Everything binds to 127.0.0.1.
#   java -cp cli/target/scry-cluster.jar io.scry.fixtures.bench.Benchmarks gate-pgbench
set -euo pipefail
J=$(realpath "${J:-cli/target/scry-cluster.jar}")
TPCB_SECONDS=${TPCB_SECONDS:-30}
SELECT_TRANSACTIONS=${SELECT_TRANSACTIONS:-50000}
SCALE=${SCALE:-10}
MODES=${MODES:-stress timed}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/initdb" ] || { echo "no initdb in $PGBIN: install postgresql-15 or set PGBIN" >&2; exit 2; }
W=$(mktemp -d /tmp/gatebench.XXXX); chmod 755 "$W"
PGP=${PGP:-25532}
PROXY_PORT=$((PGP + 1))
export PGHOST=127.0.0.1 PGUSER=postgres
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
echo "workdir $W; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"

mkdir "$W/pg"; chown postgres "$W/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$W/pg" -A trust -U postgres --locale=C >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg" -l "$W/pg/server.log" \
  -o "-p $PGP -k $W/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
createdb -p "$PGP" bank
pgbench -p "$PGP" -i -q -s "$SCALE" bank 2>&1 | tail -1

capture() { # name, pgbench options...
  local name=$1; shift
  java -jar "$J" proxy --listen "127.0.0.1:$PROXY_PORT" --upstream "postgres://127.0.0.1:$PGP/bank" --upstream-sslmode disable \
    --capture-dir "$W/cap-$name" --proxy-id p1 >"$W/proxy-$name.log" 2>&1 &
  local proxy=$!; PIDS+=("$proxy")
  until pg_isready -q -p "$PROXY_PORT"; do sleep 0.2; done
  pgbench -p "$PROXY_PORT" "$@" bank 2>&1 | grep -E "processed|tps"
  kill "$proxy"; wait "$proxy" 2>/dev/null || true
  java -jar "$J" capture inspect "$W/cap-$name" | grep -E "statements|sessions|completeness|time span"
}
capture tpcb -c 8 -T "$TPCB_SECONDS"
capture select -S -M prepared -c 4 -t "$SELECT_TRANSACTIONS"

for name in tpcb select; do
  for mode in $MODES; do
    echo "== $name, $mode; load $(cut -d' ' -f1-3 /proc/loadavg)"
    set +e
    /usr/bin/time -f "%e s wall, %M KB max RSS" java -jar "$J" ci test-migration "$W/cap-$name" \
      --shadow "postgres://postgres@127.0.0.1:$PGP/bank" --mode "$mode" --format terminal,json \
      --report-dir "$W/report-$name-$mode" -- psql -X -q -c 'SELECT 1' \
      >"$W/$name-$mode.out" 2>"$W/$name-$mode.err"
    echo "exit $?"
    set -e
    grep -E "^scry: (capture|warm-up|round)" "$W/$name-$mode.err" || true
    tail -1 "$W/$name-$mode.err"
    head -1 "$W/$name-$mode.out"
  done
done
