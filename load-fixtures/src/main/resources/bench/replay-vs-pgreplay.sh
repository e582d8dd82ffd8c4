#!/usr/bin/env bash
# Replay vs pgreplay on the same workload, timed-mode schedule lag, replay heap for a large capture.
# Needs: PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin), pgbench, psql, pgreplay,
# python3, the shaded jar, root (initdb runs as the postgres user). Everything binds to 127.0.0.1.
# Run through the benchmark entry point, which sets J to the jar it runs from (see docs/BENCHMARKS.md):
#   RUNS=3 nice java -cp cli/target/scry-cluster.jar io.scry.fixtures.bench.Benchmarks replay-vs-pgreplay [a|b|c ...]
set -euo pipefail
J=$(realpath "${J:-cli/target/scry-cluster.jar}")
RUNS=${RUNS:-3}
SECONDS_CAPTURED=${SECONDS_CAPTURED:-10}
LAG_RATE=${LAG_RATE:-2000}
BIG=${BIG:-1000000}
BIG_RUNS=${BIG_RUNS:-1}
LIVE_EVERY=${LIVE_EVERY:-0}
PGREPLAY_SPEED=${PGREPLAY_SPEED:-100}
PARTS=${*:-a b c}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/initdb" ] || { echo "no initdb in $PGBIN: install postgresql-15 or set PGBIN" >&2; exit 2; }
W=$(mktemp -d /tmp/replaybench.XXXX); chmod 755 "$W"
PGP=${PGP:-25432}
export PGHOST=127.0.0.1 PGPORT=$PGP PGUSER=postgres
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
echo "workdir $W; $(nproc) cores; $(java -version 2>&1 | head -1); $(pgreplay -v 2>&1 | head -1)"

# --- PostgreSQL 15 writing a csvlog of every statement (pgreplay's requirements) ---------------
mkdir "$W/pg" "$W/log"; chown postgres "$W/pg" "$W/log"
runuser -u postgres -- "$PGBIN/initdb" -D "$W/pg" -A trust -U postgres --locale=C >/dev/null
cat >>"$W/pg/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PGP
unix_socket_directories = '$W/pg'
max_connections = 100
logging_collector = on
log_destination = 'csvlog'
log_directory = '$W/log'
log_min_messages = error
log_min_error_statement = log
log_connections = off
log_disconnections = off
log_statement = 'none'
lc_messages = 'C'
CONF
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg" -w -l "$W/log/pg.out" start >/dev/null
psql -qc 'CREATE DATABASE bench' postgres
pgbench -q -i -s 1 bench >/dev/null 2>&1
psql -qAtc 'SELECT version()' postgres

logging() { # on|off: statement and connection logging for the capture only
  local stmt=none; [ "$1" = on ] && stmt=all
  psql -qc "ALTER SYSTEM SET log_statement = '$stmt'" -c "ALTER SYSTEM SET log_connections = $1" \
       -c "ALTER SYSTEM SET log_disconnections = $1" -c 'SELECT pg_reload_conf()' postgres >/dev/null
  sleep 1
}

# Capture NAME PGBENCH-ARGS...: pgbench through the scry proxy while PostgreSQL logs the same
# traffic; leaves $W/NAME (segments) and $W/NAME.csv (the csvlog of exactly this traffic).
capture() {
  local name=$1; shift
  rm -f "$W"/log/*.csv "$W"/log/*.log
  psql -qAtc 'SELECT pg_rotate_logfile()' postgres >/dev/null
  logging on
  java -jar "$J" proxy --listen 127.0.0.1:26432 --upstream "postgres://postgres@127.0.0.1:$PGP/bench" \
       --capture-dir "$W/$name" >"$W/$name.proxy.out" 2>&1 &
  local proxy=$!; PIDS+=("$proxy")
  until pg_isready -q -h 127.0.0.1 -p 26432; do sleep 0.5; done
  sleep 1
  PGPORT=26432 pgbench -n "$@" bench | grep -E '^(tps|number of transactions actually)'
  sleep 1; kill "$proxy"; wait "$proxy" || true
  logging off
  cat "$W"/log/*.csv >"$W/$name.csv"
  echo "capture $name: $(grep -c 'statement: ' "$W/$name.csv") logged statements"
}

# Two local clusters (1 and 2 workers), each its own JVM with its coordinator and workers.
start_local() { # WORKERS|NAME PORT [extra JVM options]
  local workers=$1 port=$2; shift 2
  mkdir -p "$W/local$workers"
  java "$@" -jar "$J" local --workers "${workers/big/2}" --http "127.0.0.1:$port" --store "$W/local$workers/store" \
       >"$W/local$workers/out" 2>"$W/local$workers/err" &
  PIDS+=("$!")
  until grep -q 'job API' "$W/local$workers/out" 2>/dev/null; do sleep 1; done
}
submit() { # PORT CAPTURE DB MODE... -> "statements wallSeconds lagP50 lagP99 errors"
  local port=$1 cap=$2 db=$3; shift 3
  java -jar "$J" submit --coordinator "http://127.0.0.1:$port" --capture "$cap" \
      --target "postgres://postgres:postgres@127.0.0.1:$PGP/$db" "$@" --wait --format json 2>/dev/null | tail -1 |
    python3 -c 'import json,sys; p=json.load(sys.stdin)["phases"][0]; l=p["scheduleLag"]; print(p["statements"], p["wallSeconds"], l["p50Ms"], l["p99Ms"], p["errors"])'
}
fresh() { psql -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE bench_tmpl" postgres; }
rate() { python3 -c 'import sys; print(round(float(sys.argv[1]) / float(sys.argv[2])))' "$1" "$2"; }

pgreplay_run() { # CSV [extra options] -> "statements seconds"
  fresh bench
  local t0 t1 out; t0=$(date +%s.%N)
  out=$(pgreplay -c -j "${@:2}" -h 127.0.0.1 -p "$PGP" "$1" 2>&1)
  t1=$(date +%s.%N)
  echo "$out" >>"$W/pgreplay.out"
  local n; n=$(echo "$out" | sed -n 's/^Statements: *\([0-9]*\).*/\1/p;s/^SQL statements executed: *\([0-9]*\).*/\1/p' | head -1)
  echo "${n:-?} $(python3 -c "print(round($t1 - $t0, 3))")"
}

for part in $PARTS; do case $part in
a)
  echo "== (a) stress replay: scry (1 and 2 workers) vs pgreplay -j, same capture, fresh copies"
  capture stress -S -M simple -c 4 -j 2 -T "$SECONDS_CAPTURED"
  psql -qc 'ALTER DATABASE bench RENAME TO bench_tmpl' postgres
  start_local 1 18091; start_local 2 18092
  for R in $(seq 1 "$RUNS"); do
    uptime
    # -j only skips time when every connection is idle; -s also compresses the busy schedule.
    for OPTS in "" "-s $PGREPLAY_SPEED"; do
      read -r pn ps < <(pgreplay_run "$W/stress.csv" $OPTS)
      echo "run $R pgreplay -j $OPTS: $pn statements $ps s $(rate "$pn" "$ps") stmt/s"
    done
    for WK in 1 2; do
      fresh "scry_w$WK"
      read -r n s _ _ e < <(submit "1809$WK" "$W/stress" "scry_w$WK" --stress)
      echo "run $R scry $WK worker(s): $n statements $s s $(rate "$n" "$s") stmt/s errors $e"
    done
  done
  psql -qc 'ALTER DATABASE bench_tmpl RENAME TO bench' postgres 2>/dev/null || { fresh bench; }
  ;;
b)
  echo "== (b) timed replay at 1x of a ${LAG_RATE}/s capture: schedule lag"
  capture timed -S -M simple -c 4 -j 2 -R "$LAG_RATE" -T "$SECONDS_CAPTURED"
  psql -qc 'DROP DATABASE IF EXISTS bench_tmpl' -c 'CREATE DATABASE bench_tmpl TEMPLATE bench' postgres
  pgrep -f "local --workers 2 --http 127.0.0.1:18092" >/dev/null || start_local 2 18092
  for R in $(seq 1 "$RUNS"); do
    uptime
    fresh scry_timed
    read -r n s p50 p99 e < <(submit 18092 "$W/timed" scry_timed --speed 1)
    echo "run $R timed 1x, 2 workers: $n statements $s s ($(rate "$n" "$s") stmt/s) lag p50 $p50 ms p99 $p99 ms errors $e"
  done
  ;;
c)
  echo "== (c) heap: stress replay of $BIG synthetic statements, coordinator + 2 workers in one -Xmx512m JVM"
  java -cp "$J" io.scry.fixtures.bench.WriteSyntheticCapture "$W/big" "$BIG" 16
  du -sh "$W/big"
  psql -qc 'DROP DATABASE IF EXISTS bench_tmpl' -c 'CREATE DATABASE bench_tmpl TEMPLATE bench' postgres
  start_local big 18093 -Xmx512m "-Xlog:gc:file=$W/gc.log:uptime" -XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$W"
  JVM=${PIDS[-1]}
  if [ "$LIVE_EVERY" -gt 0 ]; then # live heap now and then: the histogram forces a full GC first
    (while sleep "$LIVE_EVERY"; do
       echo "$(date -u +%T) live heap $(jcmd "$JVM" GC.class_histogram 2>/dev/null | tail -1)"; done) &
    PIDS+=("$!")
  fi
  for R in $(seq 1 "$BIG_RUNS"); do
    uptime
    fresh scry_big
    echo "$(date -u +%T) replay starts"
    read -r n s _ _ e < <(submit 18093 "$W/big" scry_big --stress)
    echo "$(date -u +%T) run $R big stress: $n statements $s s $(rate "$n" "$s") stmt/s errors $e"
  done
  python3 - "$W/gc.log" <<'PY'
import re, sys
# Peak heap figures from a JDK 17 -Xlog:gc log: before any pause, after young/mixed pauses, and the
# lowest heap after each marking cycle's mixed collections (the closest figure to the live set).
before = young_after = 0; mixed_lows = []; cur = None; committed = 0; full = 0
for line in open(sys.argv[1]):
    m = re.search(r'Pause (.*?) (\d+)M->(\d+)M\((\d+)M\)', line)
    if not m: continue
    kind, b, a, c = m[1], int(m[2]), int(m[3]), int(m[4])
    before = max(before, b); committed = max(committed, c)
    if 'Full' in kind: full += 1
    if kind.startswith('Young (Mixed)'):
        cur = a if cur is None else min(cur, a)
    elif cur is not None:
        mixed_lows.append(cur); cur = None
    if kind.startswith('Young'): young_after = max(young_after, a)
if cur is not None: mixed_lows.append(cur)
print(f"peak used {before} MB, peak committed {committed} MB, max after young/mixed {young_after} MB, "
      f"heap after each marking cycle's mixed GCs {mixed_lows} MB, full GCs {full}")
PY
  grep -c OutOfMemoryError "$W/localbig/err" || true
  ;;
esac; done
