#!/usr/bin/env bash
# Load through the balancer against two nodes (issue 18): starts the cluster of deploy/cluster.sh on a
# database of its own (PostgreSQL primary and streaming replica, two app nodes, HAProxy), signs in, and
# runs three open-loop loads through HAProxy:
#   (a) the public mix (bench/load-urls.txt on the largest decided plan) at 500 requests/s over 50
#       connections: p99 < 50 ms, no failure;
#   (b) a signed-in mix, every virtual user a session of its own: 80 % GETs of a draft's pages (and the
#       open follow-up occasion's page), 20 % writes (budget figures with a note in the draft's tables,
#       forecasts with a comment of the open occasion's areas) at 200 requests/s: p99 < 100 ms, no
#       failure;
#   (c) the same mix while node1 is killed with kill -9 a third into the run and started again: no
#       failed read (the balancer retries GETs); failed writes counted and reported.
# Stops the cluster and drops its database at the end (also on failure or Ctrl-C). Exit status 0 when
# every target is met, 1 when one is missed, 2 when something could not be set up; 0 with a message
# ("skipped") when a tool it needs is missing. Bounded in time (about 15 minutes). See bench/README.md.
#
#   bench/cluster-load.sh
#   APP_OPTS=-Xmx768m APP_ARGS=--spring.datasource.hikari.maximum-pool-size=8 bench/cluster-load.sh
#   RUNS=b bench/cluster-load.sh           only the signed-in mix (any of a, b, c)
set -uo pipefail
cd "$(dirname "$0")/.."

# The cluster: a database, folder and ports of its own, so that it runs beside bench/cluster-check.sh's.
export DB_NAME=${DB_NAME:-styr_cluster_load}
export CLUSTER_DIR=${CLUSTER_DIR:-target/cluster-load}
export LB_PORT=${LB_PORT:-28080}
export NODE_PORTS=${NODE_PORTS:-28081 28082}
export STATS_PORT=${STATS_PORT:-28090}
export REPLICA_PORT=${REPLICA_PORT:-5434}
export REPLICA_SLOT=${REPLICA_SLOT:-styr_cluster_load_replica}
export APP_OPTS=${APP_OPTS:--XX:+UseParallelGC}   # JVM options of each node (deploy/cluster.sh's)
export APP_ARGS=${APP_ARGS:-}          # more arguments of each node (Hikari pool, Tomcat threads)
export WAIT=${WAIT:-180}

RUNS=${RUNS:-abc}                      # which runs: a (public), b (signed in), c (signed in, node1 killed)
PUBLIC_RATE=${PUBLIC_RATE:-500}
PUBLIC_P99_MS=${PUBLIC_P99_MS:-50}
MIX_RATE=${MIX_RATE:-200}
MIX_P99_MS=${MIX_P99_MS:-100}
WRITE_SHARE=${WRITE_SHARE:-0.2}
CONNECTIONS=${CONNECTIONS:-50}
SESSIONS=${SESSIONS:-16}               # virtual users: user 0 enters forecasts, users 1.. budget figures
FOLLOWUP_AREAS=${FOLLOWUP_AREAS:-4}    # areas of the open occasion whose forecasts user 0 enters
GENTLE=${GENTLE:-60s}                  # a separate run at a fifth of the rate, then
WARMUP=${WARMUP:-120s}                 # one at the full rate, before each measured run
DURATION=${DURATION:-30s}
KILL_DURATION=${KILL_DURATION:-60}     # seconds of run (c); node1 is killed a third into it
KILL_RATE=${KILL_RATE:-$MIX_RATE}      # run (c)'s rate
KEEP=${KEEP:-}                         # KEEP=1 leaves the cluster running (and OWN_BUSY_FILE there)
PLAN=${PLAN:-1441/stod-och-omsorgsnamnden/2024}   # the signed-in mix's plan: one with an open occasion
BUSY_FILE=${BUSY_FILE:-/tmp/styr-cluster-busy}    # someone else's cluster run: waited for (BUSY_WAIT s)
BUSY_WAIT=${BUSY_WAIT:-1800}
OWN_BUSY_FILE=${OWN_BUSY_FILE:-/tmp/styr-cluster-load-busy}   # present while this script's cluster runs
OUT=${OUT:-target/cluster-load}

BASE=http://127.0.0.1:$LB_PORT
NODES=$(wc -w <<<"$NODE_PORTS")
say() { printf '== %s\n' "$*" >&2; }
fail() { printf 'cluster-load.sh: %s\n' "$*" >&2; exit 2; }
skip() { printf 'cluster-load.sh: skipped: %s\n' "$*" >&2; exit 0; }

for tool in java curl psql pg_basebackup haproxy python3 timeout; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing (the cluster needs haproxy, psql, pg_basebackup; the script java, curl, python3)"
done
python3 -c 'import yaml' 2>/dev/null || skip "python3's yaml module is missing (Debian: python3-yaml)"
mkdir -p "$OUT"

if [[ -e $BUSY_FILE ]]; then
  say "waiting for $BUSY_FILE to go (another cluster run; at most $BUSY_WAIT s)"
  deadline=$((SECONDS + BUSY_WAIT))
  while [[ -e $BUSY_FILE ]]; do
    ((SECONDS < deadline)) || fail "$BUSY_FILE is still there after $BUSY_WAIT s"
    sleep 30
  done
fi

say "compiling the load generators"
./mvnw -q -o test-compile >"$OUT/compile.log" 2>&1 || { tail -20 "$OUT/compile.log" >&2; fail "test-compile failed"; }

cluster() { deploy/cluster.sh "$@"; }
finish() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $KEEP ]]; then
    say "the cluster keeps running (KEEP=1): deploy/cluster.sh stop --drop (with the same settings) ends it; then rm $OWN_BUSY_FILE"
    exit "$status"
  fi
  say "stopping the cluster and dropping $DB_NAME"
  timeout 180 deploy/cluster.sh stop --drop >"$OUT/stop.log" 2>&1 || say "stopping failed: see $OUT/stop.log"
  rm -f "$OWN_BUSY_FILE"
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM
touch "$OWN_BUSY_FILE"
cluster stop --drop >/dev/null 2>&1
say "starting the cluster (${APP_OPTS:+APP_OPTS=$APP_OPTS }${APP_ARGS:+APP_ARGS=$APP_ARGS})"
timeout 600 deploy/cluster.sh start >"$OUT/start.log" 2>&1 || { tail -30 "$OUT/start.log" >&2; fail "the cluster did not start"; }

# ---------------------------------------------------------------------------------------------------
# Signing in: the one-time password changed once, then one session per virtual user (each its own
# sign-in, its cookie, and the CSRF token a signed-in page carries in <meta name="csrf-token">).

. bench/sign-in.sh
once=$(one_time_password "$CLUSTER_DIR"/node*.log)
[[ -n $once ]] || fail "no one-time password of admin in $CLUSTER_DIR/node*.log"
PASSWORD="load-$RANDOM-$RANDOM-$RANDOM"
jar=$OUT/cookies.txt
rm -f "$jar"
change_password "$jar" "$BASE" "$once" "$PASSWORD"
api() { curl -s --max-time 60 -u "admin:$PASSWORD" "$@"; }
[[ $(api -o /dev/null -w '%{http_code}' "$BASE/api/plans") == 200 ]] || fail "admin's new password is refused"

# sign_in: a new session; prints "cookie".
sign_in() {
  sign_in_admin "$jar" "$BASE" "$PASSWORD" || return 1
  awk '$6 == "JSESSIONID" {print $6 "=" $7}' "$jar"
}

# ---------------------------------------------------------------------------------------------------
# (a)'s URLs: bench/load-urls.txt on the largest plan's latest decided version, as bench/load.sh picks.

public_urls() {
  local best='' best_size=-1 id version size path code
  for id in $(curl -s "$BASE/api/plans" | grep -o '"planId":[0-9]*' | grep -o '[0-9]*'); do
    version=$(curl -s "$BASE/api/plans/$id" | grep -o '"number":[0-9]*,"status":"DECIDED"' | tail -1 | grep -o '[0-9]*' | head -1)
    [[ -n $version ]] || continue
    size=$(( $(curl -s -o /dev/null -w '%{size_download}' "$BASE/api/plans/$id/versions/$version") \
      + $(curl -s -o /dev/null -w '%{size_download}' "$BASE/api/plans/$id/versions/$version/tables") ))
    if ((size > best_size)); then best="$id $version"; best_size=$size; fi
  done
  [[ -n $best ]] || fail "no decided plan at $BASE/api/plans"
  read -r id version <<<"$best"
  say "public mix: plan $id, version $version"
  : >"$OUT/public-urls.txt"
  set -f
  for path in $(grep -v '^[[:space:]]*\(#\|$\)' bench/load-urls.txt); do
    path=${path//\{id\}/$id}
    path=${path//\{version\}/$version}
    code=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' "$BASE$path")
    if [[ $code == 200 ]]; then echo "$BASE$path" >>"$OUT/public-urls.txt"; else say "WARNING: skipping $path ($code)"; fi
  done
  set +f
  [[ -s $OUT/public-urls.txt ]] || fail "no public URL answers 200"
}

# ---------------------------------------------------------------------------------------------------
# (b) and (c)'s mix: a draft of PLAN (a revision of its latest decided version), its pages, and the
# open follow-up occasion of one of its decided versions.

prepare_mix() {
  local plan_id versions number occasion=''
  plan_id=$(api "$BASE/api/plans" | python3 -c '
import json, sys
key = sys.argv[1]
for p in json.load(sys.stdin):
    if p.get("planKey") == key:
        print(p["planId"])' "$PLAN")
  [[ -n $plan_id ]] || fail "no plan $PLAN"
  versions=$(api "$BASE/api/plans/$plan_id" | grep -o '"number":[0-9]*,"status":"DECIDED"' | grep -o '[0-9]\+' | sort -n)
  [[ -n $versions ]] || fail "plan $PLAN has no decided version"
  for number in $versions; do
    occasion=$(api "$BASE/api/plans/$plan_id/versions/$number/follow-ups" \
      | python3 -c 'import json, sys; print(next((str(o["id"]) for o in json.load(sys.stdin) if o["status"] == "OPEN"), ""))')
    if [[ -n $occasion ]]; then OCC_VERSION=$number; break; fi
  done
  [[ -n $occasion ]] || fail "plan $PLAN has no open follow-up occasion"
  local latest=${versions##*$'\n'}
  DRAFT=$(api -X POST "$BASE/api/plans/$plan_id/versions/$latest/revisions" | python3 -c 'import json, sys; print(json.load(sys.stdin)["number"])') \
    || fail "starting a revision of $PLAN version $latest failed"
  say "signed-in mix: plan $PLAN (id $plan_id), draft version $DRAFT (a revision of $latest), open occasion $occasion of version $OCC_VERSION"
  local draft=/plans/$plan_id/versions/$DRAFT
  READS=("$draft" "$draft/budget" "$draft/goals" "$draft/texts" "$draft/areas" "$draft/forecast"
    "/api/plans/$plan_id/versions/$DRAFT/tables" "/plans/$plan_id/versions/$OCC_VERSION/followup/$occasion")

  # The sessions: user 0 enters the occasion's forecasts (one lock version for the whole occasion, so
  # one writer: two people entering forecasts at once refuse each other), users 1.. one budget
  # figure each, in the draft's tables (a figure's lock is its cell: writers of different cells never
  # refuse each other).
  : >"$OUT/sessions.tsv"
  local i cookie meta
  for ((i = 0; i < SESSIONS; i++)); do
    cookie=$(sign_in) && [[ -n $cookie ]] || fail "signing in session $i failed"
    meta=$(curl -s --max-time 30 -H "Cookie: $cookie" "$BASE$draft" | python3 -c '
import re, sys
page = sys.stdin.read()
header = re.search(r"<meta name=\"csrf-header\" content=\"([^\"]+)\"", page)
token = re.search(r"<meta name=\"csrf-token\" content=\"([^\"]+)\"", page)
print(header.group(1) + "\t" + token.group(1) if header and token else "")')
    [[ -n $meta ]] || fail "the draft page of session $i has no CSRF token (not signed in?)"
    printf '%s\t%s\n' "$cookie" "$meta" >>"$OUT/sessions.tsv"
  done
  say "$SESSIONS sessions signed in"

  local checked=() path code
  for path in "${READS[@]}"; do
    code=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' -H "Cookie: $(head -1 "$OUT/sessions.tsv" | cut -f1)" "$BASE$path")
    if [[ $code == 200 ]]; then checked+=("$path"); else say "WARNING: skipping $path ($code)"; fi
  done
  ((${#checked[@]} > 0)) || fail "no page of the draft answers 200"
  printf '%s\n' "${checked[@]}" >"$OUT/reads.txt"

  local tables=/api/plans/$plan_id/versions/$DRAFT/tables
  local followup=/api/plans/$plan_id/versions/$OCC_VERSION/follow-ups/$occasion
  api "$BASE$tables" >"$OUT/tables.json"
  api "$BASE$followup/file" >"$OUT/occasion.yaml"
  python3 - "$OUT/tables.json" "$OUT/occasion.yaml" "$tables" "$followup" "$SESSIONS" "$FOLLOWUP_AREAS" \
    >"$OUT/writes.tsv" <<'EOF' || fail "no cells or areas to write"
import datetime, decimal, json, sys, yaml
tables_file, occasion_file, tables, followup, sessions, areas = sys.argv[1:7]
sessions, areas = int(sessions), int(areas)

def prefix(value):
    """The figure's digits but the last, so that {n} gives figures near it ("-30{n}" for -303)."""
    whole = int(decimal.Decimal(str(value)))
    tens = abs(whole) // 10
    return ("-" if whole < 0 else "") + (str(tens) if tens else "")

# Forecasts: the occasion's areas as its file states them, sent back whole with a new forecast and
# comment (a write replaces the area's entry).
occasion = yaml.safe_load(open(occasion_file, encoding="utf-8"))
lines = []
for entry in [a for a in occasion["economy"]["areas"] if a.get("forecast") is not None][:areas]:
    body = dict(entry)
    area = body.pop("area")
    forecast = decimal.Decimal(str(body["forecast"]))
    body["forecast"] = "@FORECAST@"
    body["comment"] = "Prognosen ses över (belastningsprov {n})."
    text = json.dumps(body, ensure_ascii=False, default=str)
    whole = int(forecast)
    text = text.replace('"@FORECAST@"', ("-" if forecast < 0 else "") + str(abs(whole)) + ".{n}")
    lines.append(f"0\tPUT follow-up forecast\t{followup}\t{followup}/areas/{area}\t{text}")
if not lines:
    sys.exit("no area of the occasion has a forecast")

# Figures: item rows (no formula, not a sum), entered columns (no formula), cells with a figure; spread
# over the tables and rows, each given to one user of 1.. in turn (at most two cells a user).
def number(value):
    """The figure as a template near it: "-30{n}" for -303, "-54.{n}" for -54.3."""
    exact = decimal.Decimal(str(value))
    if exact == exact.to_integral_value():
        return prefix(value) + "{n}"
    return ("-" if exact < 0 else "") + str(abs(int(exact))) + ".{n}"

by_table = {}
for table in json.load(open(tables_file, encoding="utf-8")):
    columns = [i for i, c in enumerate(table["columns"]) if not c.get("formula")]
    for i in columns:
        for row in table["rows"]:
            if row.get("formula") or (row.get("role") or "item").lower() != "item":
                continue
            value = row["values"][i] if i < len(row["values"]) else None
            if value and value.get("value") is not None:
                by_table.setdefault(table["key"], []).append(
                    (table["key"], row["key"], table["columns"][i]["key"], value["value"]))
spread = []
while any(by_table.values()):
    for key in list(by_table):
        if by_table[key]:
            spread.append(by_table[key].pop(0))
writers = sessions - 1
if writers < 1 or not spread:
    sys.exit(f"{len(spread)} cells to write for {writers} writers")
for i, (table, row, column, value) in enumerate(spread[: 2 * writers]):
    body = '{"value": ' + number(value) + ', "note": "Belastningsprov {n}"}'
    lines.append(f"{1 + i % writers}\tPUT budget figure\t{tables}/{table}\t{tables}/{table}/cells/{row}/{column}\t{body}")
print("\n".join(lines))
EOF
  say "writes: $(grep -c 'follow-up' "$OUT/writes.tsv") forecast areas by user 0, $(grep -c 'budget' "$OUT/writes.tsv") budget figures by users 1-$((SESSIONS - 1))"
}

# ---------------------------------------------------------------------------------------------------
# CPU: ticks of the machine and of each part, to tell where the two cores went during a run.

# proc_ticks FILE: every process's CPU ticks so far ("pid ticks command" a line), for cpu_top.
proc_ticks() {
  awk '{ i = index($0, ") "); split(substr($0, i + 2), f, " "); c = substr($0, index($0, "(") + 1, i - index($0, "(") - 1)
         gsub(/ /, "_", c); print $1, f[12] + f[13], c }' /proc/[0-9]*/stat 2>/dev/null >"$1"
}
# cpu_top BEFORE AFTER SECONDS: the processes that took the most CPU in between, in cores.
cpu_top() {
  awk -v s="$3" -v hz="$(getconf CLK_TCK)" 'NR == FNR { t[$1] = $2; next }
    { d = $2 - ($1 in t ? t[$1] : 0); if (d > 0) printf "%.2f %s %s\n", d / hz / s, $1, $3 }' "$1" "$2" \
    | sort -rn | head -8 | awk '{printf "  %s cores: pid %s (%s)\n", $1, $2, $3}'
}
ticks() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{t = $12 + $13} END {print t + 0}'; }
cpu_snapshot() { # cpu_snapshot NAME: every process's ticks in $OUT/ticks-NAME, the nodes' PIDs beside
  proc_ticks "$OUT/ticks-$1"
  cat "$CLUSTER_DIR"/node*.pid >"$OUT/pids-$1" 2>/dev/null
  awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat >"$OUT/machine-$1"
  date +%s.%N >"$OUT/time-$1"
}
# cpu_report NAME JSON: cores busy on average between snapshots NAME-0 and NAME-1, by part (a node
# killed and started again counts with its new process), and the processes that took the most.
cpu_report() {
  local generator seconds
  generator=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d.get("generatorCpuSeconds", (d.get("all") or {}).get("details", {}).get("generatorCpuSeconds", 0)))' "$2" 2>/dev/null || echo 0)
  seconds=$(awk 'NR == 1 {s = $1} NR == 2 {print $1 - s}' "$OUT/time-$1-0" "$OUT/time-$1-1")
  awk -v secs="$seconds" -v hz="$(getconf CLK_TCK)" -v n="$(nproc)" -v g="$generator" \
      -v m0="$(cat "$OUT/machine-$1-0")" -v m1="$(cat "$OUT/machine-$1-1")" -v lb="$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null)" '
    FILENAME ~ /pids-/ { node[$1] = 1; next }
    FILENAME ~ /-0$/ { before[$1] = $2; next }
    { d = $2 - ($1 in before ? before[$1] : 0); if (d <= 0) next
      if ($1 in node) nodes += d; else if ($1 == lb) haproxy += d; else if ($3 == "postgres") pg += d }
    END { t = secs * hz; m = m1 - m0
      printf "cores busy: %.2f of %d (the nodes %.2f, PostgreSQL %.2f, HAProxy %.2f, the generator %.2f, the rest %.2f)\n",
        m / t, n, nodes / t, pg / t, haproxy / t, g / secs, (m - nodes - pg - haproxy) / t - g / secs }' \
    "$OUT/pids-$1-0" "$OUT/pids-$1-1" "$OUT/ticks-$1-0" "$OUT/ticks-$1-1"
  cpu_top "$OUT/ticks-$1-0" "$OUT/ticks-$1-1" "$seconds"
}

public_load() { # public_load DURATION WARMUP OUT [P99]   (RATE=... for another rate)
  timeout 300 java -cp target/test-classes se.styr.bench.load.LoadGenerator --rate "${RATE:-$PUBLIC_RATE}" \
    --connections "$CONNECTIONS" --duration "$1" --warmup "$2" --out "$3" ${4:+--p99-ms "$4"} \
    --note "through HAProxy to $NODES node(s); $(nproc) cores" "@$OUT/public-urls.txt"
}
mix_load() { # mix_load DURATION WARMUP OUT [P99]   (RATE=... for another rate)
  timeout 300 java -cp target/test-classes se.styr.bench.load.SessionLoad --base "$BASE" --rate "${RATE:-$MIX_RATE}" \
    --connections "$CONNECTIONS" --write-share "$WRITE_SHARE" --duration "$1" --warmup "$2" --out "$3" \
    ${4:+--p99-ms "$4"} --note "signed in, through HAProxy to $NODES node(s); $(nproc) cores" \
    --sessions "$OUT/sessions.tsv" --reads "$OUT/reads.txt" --writes "$OUT/writes.tsv"
}

missed=()
say "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $RUNS == *a* ]]; then
  public_urls
  # A fifth of the rate first: cold nodes (nothing compiled by the JIT yet) are far slower, and the
  # full rate at once only queues requests.
  say "(a) public mix: warm-up $GENTLE at $((PUBLIC_RATE / 5))/s, then $WARMUP at $PUBLIC_RATE/s"
  RATE=$((PUBLIC_RATE / 5)) public_load "$GENTLE" 0 "$OUT/public-warmup-gentle.json" | grep '^achieved' || true
  public_load "$WARMUP" 0 "$OUT/public-warmup.json" | grep '^achieved' || true
  sleep 5
  say "(a) public mix: $DURATION at $PUBLIC_RATE/s over $CONNECTIONS connections"
  cpu_snapshot public-0
  public_load "$DURATION" 5s "$OUT/public.json" "$PUBLIC_P99_MS" | tee "$OUT/public.txt" || missed+=("(a) public mix")
  cpu_snapshot public-1
  cpu_report public "$OUT/public.json" | tee -a "$OUT/public.txt"
fi

if [[ $RUNS == *b* || $RUNS == *c* ]]; then
  prepare_mix
  say "(b) signed-in mix: warm-up $GENTLE at $((MIX_RATE / 5))/s, then $WARMUP at $MIX_RATE/s"
  RATE=$((MIX_RATE / 5)) mix_load "$GENTLE" 0 "$OUT/mix-warmup-gentle.json" | grep '^achieved\|^reads\|^writes' || true
  mix_load "$WARMUP" 0 "$OUT/mix-warmup.json" | grep '^achieved\|^reads\|^writes' || true
  sleep 5
fi

if [[ $RUNS == *b* ]]; then
  say "(b) signed-in mix: $DURATION at $MIX_RATE/s over $CONNECTIONS connections, $SESSIONS sessions"
  cpu_snapshot mix-0
  mix_load "$DURATION" 5s "$OUT/mix.json" "$MIX_P99_MS" | tee "$OUT/mix.txt" || missed+=("(b) signed-in mix")
  cpu_snapshot mix-1
  cpu_report mix "$OUT/mix.json" | tee -a "$OUT/mix.txt"
  sleep 5
fi

if [[ $RUNS == *c* ]] && ((NODES < 2)); then
  say "(c) skipped: killing node1 needs a second node"
elif [[ $RUNS == *c* ]]; then
  say "(c) signed-in mix for ${KILL_DURATION}s at $KILL_RATE/s; node1 killed with kill -9 after $((KILL_DURATION / 3)) s and started again"
  cpu_snapshot mix-kill-0
  RATE=$KILL_RATE mix_load "${KILL_DURATION}s" 0 "$OUT/mix-kill.json" >"$OUT/mix-kill.txt" &
  generator=$!
  sleep "$((KILL_DURATION / 3))"
  killed_at=$(date +%T.%N | cut -c1-12)
  cluster kill-node 1 2>&1 | sed 's/^/   /'
  started=$SECONDS
  timeout 240 deploy/cluster.sh start-node 1 2>&1 | sed 's/^/   /' || say "node1 did not come back within 240 s"
  say "node1 killed at $killed_at, ready and in the pool again $((SECONDS - started)) s later"
  wait "$generator"
  cat "$OUT/mix-kill.txt"
  cpu_snapshot mix-kill-1
  cpu_report mix-kill "$OUT/mix-kill.json" | tee -a "$OUT/mix-kill.txt"
  # Failed: an error (the connection cut) or a status other than 2xx. Dropped: never sent, because
  # the nodes were behind (over capacity), which (b) already counts against the cluster.
  read -r failed_reads dropped_reads failed_writes dropped_writes < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
r, w = d["reads"], d["writes"]
print(r["errors"] + r["non2xx"], r["dropped"], w["errors"] + w["non2xx"], w["dropped"])' "$OUT/mix-kill.json") \
    || fail "no figures in $OUT/mix-kill.json"
  say "(c) while node1 was killed and restarted: $failed_reads reads failed (target 0), $failed_writes writes failed; not sent (over capacity): $dropped_reads reads, $dropped_writes writes"
  ((failed_reads == 0)) || missed+=("(c) reads failed while node1 was killed")
  # HAProxy's log says which requests node1 took with it: a 502 is a request it had when it died.
  grep -E ' 50[234] ' "$CLUSTER_DIR/haproxy.log" | tail -20 >"$OUT/haproxy-5xx.txt" || true
fi

if ((${#missed[@]} == 0)); then
  say "every target met; figures in $OUT/"
  exit 0
fi
say "missed: ${missed[*]}; figures in $OUT/"
exit 1
