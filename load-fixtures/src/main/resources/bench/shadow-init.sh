#!/usr/bin/env bash
# scry-cluster shadow init against pg_dump | psql, the same data in the same run: the orders
# fixture (ROWS orders, default 1,000,000) on a source PostgreSQL 15 with wal_level=logical, copied
# RUNS times each way (alternating, dump first) into fresh databases of a second PostgreSQL 15;
# prints each run's wall time (shadow init's includes its JVM's start), the medians and their ratio. Then the replication lag of one more
# shadow while pgbench writes RATE single-row UPDATEs a second (default 2,000) on the source for
# LAG_SECONDS: pg_stat_replication's replay_lag and the bytes not yet replayed, sampled every
# second.
# Needs: PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin), pg_dump, psql, pgbench, root
# (initdb runs as the postgres user), the shaded jar. Everything binds to 127.0.0.1.
#   java -cp cli/target/scry-cluster.jar io.scry.fixtures.bench.Benchmarks shadow-init
set -euo pipefail
J=$(realpath "${J:-cli/target/scry-cluster.jar}")
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
RATE=${RATE:-2000}
LAG_SECONDS=${LAG_SECONDS:-60}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/initdb" ] || { echo "no initdb in $PGBIN: install postgresql-15 or set PGBIN" >&2; exit 2; }
W=$(mktemp -d /tmp/shadowbench.XXXX); chmod 755 "$W"
SRC=${PGP:-25632}
SHD=$((SRC + 1))
export PGHOST=127.0.0.1 PGUSER=postgres
cleanup() {
  for port in "$SRC" "$SHD"; do
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg$port" -m fast stop >/dev/null 2>&1 || true
  done
  rm -rf "$W"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "workdir $W; $(nproc) cores; load $(load); $(java -version 2>&1 | head -1); $("$PGBIN/postgres" --version); $(pg_dump --version)"

server() { # port, settings...
  local port=$1; shift
  mkdir "$W/pg$port"; chown postgres "$W/pg$port"
  runuser -u postgres -- "$PGBIN/initdb" -D "$W/pg$port" -A trust -U postgres --locale=C >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg$port" -l "$W/pg$port/server.log" \
    -o "-p $port -k $W/pg$port -c listen_addresses=127.0.0.1 $*" start >/dev/null
}
server "$SRC" -c wal_level=logical
server "$SHD"
createdb -p "$SRC" shop
java -cp "$J" io.scry.fixtures.bench.Benchmarks fixture --rows "$ROWS" \
  --url "postgres://postgres@127.0.0.1:$SRC/shop" | tail -1
psql -X -q -p "$SRC" -d shop -Atc "SELECT 'source: ' || pg_size_pretty(pg_database_size('shop'))
  || ', ' || (SELECT count(*) FROM orders) || ' orders'"

now() { date +%s.%N; }
elapsed() { printf '%.2f' "$(echo "$(now) - $1" | bc)"; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

DUMPS=(); INITS=()
for run in $(seq 1 "$RUNS"); do
  createdb -p "$SHD" "dump$run"
  start=$(now)
  pg_dump -p "$SRC" shop | psql -X -q -v ON_ERROR_STOP=1 -p "$SHD" -d "dump$run" >/dev/null
  DUMPS+=("$(elapsed "$start")")
  echo "run $run: pg_dump | psql ${DUMPS[-1]} s (load $(load))"
  dropdb -p "$SHD" "dump$run"

  createdb -p "$SHD" "init$run"
  start=$(now)
  java -jar "$J" shadow init --source "postgres://postgres@127.0.0.1:$SRC/shop" \
    --shadow "postgres://postgres@127.0.0.1:$SHD/init$run" >"$W/init$run.log"
  INITS+=("$(elapsed "$start")")
  echo "run $run: shadow init ${INITS[-1]} s (load $(load)); $(grep '^copy:' "$W/init$run.log" | tail -1)"
  java -jar "$J" shadow drop --shadow "postgres://postgres@127.0.0.1:$SHD/init$run" >/dev/null
  dropdb -p "$SHD" "init$run"
done
dump=$(median "${DUMPS[@]}")
init=$(median "${INITS[@]}")
echo "median of $RUNS: pg_dump | psql $dump s, shadow init $init s, ratio $(echo "scale=2; $init / $dump" | bc)x"

# The lag under load: one more shadow, then RATE writes a second on the source.
createdb -p "$SHD" lag
java -jar "$J" shadow init --source "postgres://postgres@127.0.0.1:$SRC/shop" \
  --shadow "postgres://postgres@127.0.0.1:$SHD/lag" >"$W/lag-init.log"
MAXID=$(psql -X -p "$SRC" -d shop -Atc "SELECT max(id) FROM orders")
cat >"$W/write.sql" <<'SQL'
\set id random(1, :maxid)
UPDATE orders SET total = total + 0.01 WHERE id = :id;
SQL
echo "lag: $RATE writes/s for $LAG_SECONDS s (load $(load))"
pgbench -n -p "$SRC" -c 4 -j 2 -R "$RATE" -T "$LAG_SECONDS" -D maxid="$MAXID" -f "$W/write.sql" shop \
  >"$W/pgbench.log" 2>&1 &
bench=$!
: >"$W/lag.tsv"
while kill -0 "$bench" 2>/dev/null; do
  # replay_lag is NULL once the subscriber has confirmed everything sent: counted as 0, and told.
  psql -X -p "$SRC" -d shop -Atc "SELECT coalesce(extract(epoch FROM replay_lag), 0)::numeric(10,3),
    pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), replay_lag IS NULL FROM pg_stat_replication
    WHERE application_name = 'scry_lag'" >>"$W/lag.tsv" || true
  sleep 1
done
wait "$bench" || true
grep -E "^(number of transactions actually processed|tps|latency average)" "$W/pgbench.log" || cat "$W/pgbench.log"
java -jar "$J" shadow status --shadow "postgres://postgres@127.0.0.1:$SHD/lag" || true
sort -t'|' -k1 -g "$W/lag.tsv" | awk -F'|' '{ s[NR] = $1; if ($3 == "t") idle++ }
  END { if (NR == 0) { print "lag: no samples"; exit }
        printf "lag over %d samples (%d without a replay_lag: all confirmed, counted as 0): replay_lag median %s s, p95 %s s, max %s s\n", NR, idle, s[int((NR + 1) / 2)], s[int(NR * 0.95 + 0.5)], s[NR] }'
sort -t'|' -k2 -g "$W/lag.tsv" | awk -F'|' '{ b[NR] = $2 }
  END { if (NR > 0) printf "bytes not yet replayed: median %s, max %s\n", b[int((NR + 1) / 2)], b[NR] }'
java -jar "$J" shadow drop --shadow "postgres://postgres@127.0.0.1:$SHD/lag" | tail -1
echo "done; load $(load)"
