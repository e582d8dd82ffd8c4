#!/usr/bin/env bash
# Replay cluster benchmark: stress replay of a pgbench -S capture with 1 and 2 workers.
# Run through the benchmark entry point, which sets J to the jar it runs from (see docs/BENCHMARKS.md):
#   CAPTURE=/tmp/capture nice java -cp cli/target/scry-cluster.jar io.scry.fixtures.bench.Benchmarks replay-cluster
set -euo pipefail
J=${J:-cli/target/scry-cluster.jar}
CAPTURE=${CAPTURE:?set CAPTURE to a directory of segment files}
RUNS=${RUNS:-3}
for W in 1 2; do
  STORE=$(mktemp -d)
  nice java -Xmx512m -jar "$J" local --workers "$W" --http 127.0.0.1:18090 --store "$STORE" >"$STORE/local.out" 2>"$STORE/local.err" &
  LOCAL=$!
  until grep -q 'job API' "$STORE/local.out" 2>/dev/null; do sleep 1; done
  export PGHOST=127.0.0.1 PGPORT=$(sed -n 4p "$STORE/control-db/postmaster.pid") PGUSER=postgres
  psql -qc 'CREATE DATABASE bench' postgres
  pgbench -q -i -s 1 bench >/dev/null 2>&1
  for R in $(seq 1 "$RUNS"); do
    OUT=$(nice java -jar "$J" submit --coordinator http://127.0.0.1:18090 --token-file "$STORE/api-token" --capture "$CAPTURE" \
        --target "postgres://postgres:postgres@127.0.0.1:$PGPORT/bench" --stress --wait --format json 2>/dev/null | tail -1)
    python3 -c 'import json,sys; p=json.loads(sys.argv[1])["phases"][0]; print(sys.argv[2], "workers run", sys.argv[3], p["statements"], "statements", round(p["wallSeconds"],2), "s", round(p["statements"]/p["wallSeconds"]), "stmt/s")' "$OUT" "$W" "$R"
  done
  kill "$LOCAL"; wait "$LOCAL" || true
  rm -rf "$STORE"
done
