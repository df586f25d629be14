#!/usr/bin/env bash
# Open-loop load test of Styr on PostgreSQL: starts the app on a fresh database holding the demo
# plans, warms it up, loads the pages and API of the largest plan at a constant rate and prints
# latency percentiles; target/load.json holds them all. Exit status 1 when a request failed or the
# p99 exceeds P99_MS. See bench/README.md.
#
#   bench/load.sh                              500 requests/s, 50 connections, 30 s
#   RATE=200 DURATION=60s bench/load.sh
#   URLS='/api/plans/{id} /plans/{id}/versions/{version}' bench/load.sh
#   SIGN_IN=1 bench/load.sh                    the same pages signed in as the administrator
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/sign-in.sh

RATE=${RATE:-500}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}                  # a separate run first, so the JIT has compiled the hot paths
P99_MS=${P99_MS:-50}
PORT=${PORT:-18080}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_ADMIN=${DB_ADMIN:-postgres}         # a superuser: drops and creates the database and the roles
DB_OWNER=${DB_OWNER:-styr_owner}       # the app's roles (db/setup/postgresql-roles.sql): migrations
DB_USER=${DB_USER:-styr_app}           # and the application's own
DB_NAME=${DB_NAME:-styr_load}          # dropped and created afresh on every run
URLS=${URLS:-}                         # paths instead of those in URLS_FILE, separated by spaces
URLS_FILE=${URLS_FILE:-bench/load-urls.txt}
PLAN=${PLAN:-}                         # a plan key such as 0181/omsorgsnamnden/2025; default the largest
HEADERS=${HEADERS:-}                   # extra request headers, separated by newlines
SIGN_IN=${SIGN_IN:-}                   # SIGN_IN=1 signs in as the administrator and sends the session cookie
PREPARE=${PREPARE:-}                   # a bash file sourced once the app is up (and signed in): may set URLS
APP_OPTS=${APP_OPTS:-}                 # JVM options of the app, e.g. -Xmx1g
APP_ARGS=${APP_ARGS:-}                 # more arguments of the app, e.g. --spring.datasource.hikari.maximum-pool-size=20
JFR=${JFR:-}                           # JFR=1 records the app, start to end, into target/load.jfr
# The recording starts with the app and is written when it stops: started by jcmd just before the
# measured run, it slowed the app for the whole run (p99 20 s, 937 of 3000 requests failed, where
# 16 ms without). Thymeleaf's and Spring's stacks are deeper than JFR's default of 64 frames, which
# cut off what a sample was for.
[[ -n $JFR ]] && APP_OPTS="-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=settings=profile,filename=$PWD/target/load.jfr $APP_OPTS"
OUT=${OUT:-target/load.json}

BASE=http://127.0.0.1:$PORT
APP_LOG=target/load-app.log
APP_PID=
NOTE=

say() { printf '== %s\n' "$*" >&2; }
fail() { printf 'load.sh: %s\n' "$*" >&2; exit 2; }
COOKIE=                                # the session's cookie header once signed in
# fetch PATH [CURL OPTIONS]: a GET as the load sends it (with the session cookie when signed in).
fetch() { curl -s --max-time 10 ${COOKIE:+-H "$COOKIE"} "${@:2}" "$BASE$1"; }
status_of() { fetch "$1" -o /dev/null -w '%{http_code}' || true; }
size_of() { fetch "$1" -o /dev/null -w '%{size_download}' || echo 0; }

mvn() { ./mvnw -q -o "$@" || { say "offline build failed; trying online"; ./mvnw -q "$@"; }; }

stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start_app() {
  [[ $(status_of /) == 000 ]] || fail "something already answers on port $PORT"
  say "starting the app on port $PORT${*:+ ($*)}"
  # shellcheck disable=SC2086 # APP_OPTS and APP_ARGS are lists of words
  STYR_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" STYR_DB_OWNER=$DB_OWNER STYR_DB_USER=$DB_USER \
    java $APP_OPTS -jar target/styr.jar --spring.profiles.active=postgres --server.port="$PORT" "$@" $APP_ARGS \
    >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$APP_LOG" >&2; fail "the app stopped; its log is $APP_LOG"; }
    code=$(status_of /api/plans)
    # Ready once the demo plans are stored (they are, after start-up) or the API is locked.
    if [[ $code == 200 && $(curl -s "$BASE/api/plans" | grep -o '"planId"' | wc -l) -ge 5 ]] \
        || [[ $code != 000 && $code != 200 && $code != 5* ]]; then
      return
    fi
    sleep 0.5
  done
  fail "the app did not answer within 2 minutes; its log is $APP_LOG"
}

# A new database with the app's two roles (created if missing, as in production: the owner runs the
# migrations, the application signs in as a role that owns nothing; trust authentication, no password).
fresh_database() {
  say "creating database $DB_NAME afresh on $DB_HOST:$DB_PORT"
  psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "drop database if exists $DB_NAME with (force)" -c "create database $DB_NAME" >/dev/null
  if [[ $DB_OWNER == styr_owner && $DB_USER == styr_app ]]; then
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" -d "$DB_NAME" -v ON_ERROR_STOP=1 -q \
      -f src/main/resources/db/setup/postgresql-roles.sql >/dev/null
  fi
}

# Signs in as the administrator the first start created: its one-time password from the app's log
# changed to a new one (as the first sign-in demands), then the sign-in form; keeps the session's
# cookie in COOKIE, for the checks here and as a header of every request of the load.
sign_in() {
  local jar=target/load-cookies.txt once password
  once=$(one_time_password "$APP_LOG")
  [[ -n $once ]] || fail "no one-time password of admin in $APP_LOG"
  password="load-$RANDOM-$RANDOM-$RANDOM"
  rm -f "$jar"
  change_password "$jar" "$BASE" "$once" "$password"
  sign_in_admin "$jar" "$BASE" "$password" || fail "signing in as admin failed"
  COOKIE="Cookie: $(awk '$6 == "JSESSIONID" {print $6 "=" $7}' "$jar")"
  [[ $COOKIE == *JSESSIONID=?* ]] || fail "signing in gave no session cookie"
  HEADERS="${HEADERS:+$HEADERS$'\n'}$COOKIE"
  NOTE="${NOTE:+$NOTE; }signed in"
  say "signed in as admin"
}

# The plan to load, as "id version": PLAN if given, else the plan whose version and tables are largest.
choose_plan() {
  local best='' best_size=-1 line id key version size
  while read -r line || [[ -n $line ]]; do
    id=$(sed -n 's/.*"planId":\([0-9]*\).*/\1/p' <<<"$line")
    key=$(sed -n 's/.*"planKey":"\([^"]*\)".*/\1/p' <<<"$line")
    [[ -z $id ]] && continue
    # The latest decided version; decided versions are public and never change.
    version=$(curl -s "$BASE/api/plans/$id" | grep -o '"number":[0-9]*,"status":"DECIDED"' | tail -1 | grep -o '[0-9]*' | head -1)
    [[ -z $version ]] && version=$(sed -n 's/.*"latestVersion":\([0-9]*\).*/\1/p' <<<"$line")
    if [[ -n $PLAN ]]; then
      [[ $key == "$PLAN" ]] && { say "plan $key: id $id, version $version"; echo "$id $version"; return; }
      continue
    fi
    size=$(( $(size_of "/api/plans/$id/versions/$version") + $(size_of "/api/plans/$id/versions/$version/tables") ))
    if (( size > best_size )); then best="$id $version"; best_size=$size; fi
    say "plan $key: id $id, version $version, $size bytes of version and tables"
  done < <(curl -s "$BASE/api/plans" | sed 's/},{/}\n{/g')
  [[ -n $best ]] || fail "no plan${PLAN:+ $PLAN} in $BASE/api/plans"
  echo "$best"
}

# 1. The app's jar and the generator.
if [[ ! -f target/styr.jar ]]; then
  say "building target/styr.jar"
  mvn package -DskipTests
fi
say "compiling the load generator"
mvn test-compile

# 2. A fresh database and the app on it; signed in, if asked.
fresh_database
start_app
[[ -n $SIGN_IN ]] && sign_in

# 3. The URLs: placeholders filled in, each checked to answer 200.
read -r PLAN_ID VERSION < <(choose_plan) || true
[[ -n ${VERSION:-} ]] || fail "no plan to load${PLAN:+ with key $PLAN}"
if [[ -n $PREPARE ]]; then
  # shellcheck disable=SC1090 # a file the caller names
  source "$PREPARE"
fi
if [[ -n $URLS ]]; then
  paths=$URLS
else
  paths=$(grep -v '^[[:space:]]*\(#\|$\)' "$URLS_FILE")
fi
resolved=target/load-urls.resolved.txt
: >"$resolved"
set -f # a query string's ? is not a file pattern
for path in $paths; do
  path=${path//\{id\}/$PLAN_ID}
  path=${path//\{version\}/$VERSION}
  code=$(status_of "$path")
  if [[ $code == 200 ]]; then
    echo "$BASE$path" >>"$resolved"
    say "loading $path ($(size_of "$path") bytes)"
  else
    say "WARNING: skipping $path, which answers $code"
  fi
done
set +f
[[ -s $resolved ]] || fail "no URL answers 200"

header_args=()
while IFS= read -r header; do
  [[ -n $header ]] && header_args+=(--header "$header")
done <<<"$HEADERS"

# CPU ticks so far: "machine_busy app postgres" (Linux /proc; zeros elsewhere).
cpu_ticks() {
  [[ -r /proc/stat ]] || { echo "0 0 0"; return; }
  local machine app pg=0 pid
  machine=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat)
  app=$(sed 's/.*) //' "/proc/$APP_PID/stat" | awk '{print $12+$13}')
  for pid in $(ps -u postgres -o pid= 2>/dev/null); do
    pg=$(( pg + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{t = $12 + $13} END {print t + 0}') ))
  done
  echo "$machine $app $pg"
}

generate() {
  java -cp target/test-classes se.styr.bench.load.LoadGenerator --rate "$RATE" --connections "$CONNECTIONS" \
    ${header_args[@]+"${header_args[@]}"} "$@" "@$resolved"
}

# 4. Warm-up, then the measured run.
say "load average before the warm-up: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
say "warm-up: $WARMUP at $RATE requests/s"
generate --duration "$WARMUP" --warmup 0 --out target/load-warmup.json | sed -n 's/^achieved/warm-up: achieved/p' || true
# Requests the warm-up left in the app (answered to a closed connection) must not slow the run.
sleep 5
NOTE="${NOTE:+$NOTE; }$(nproc) cores"
say "measured run: $DURATION at $RATE requests/s over $CONNECTIONS connections"
status=0
read -r machine0 app0 pg0 < <(cpu_ticks)
started=$(date +%s.%N)
generate --duration "$DURATION" --warmup 5s --p99-ms "$P99_MS" --note "$NOTE" --out "$OUT" || status=$?
read -r machine1 app1 pg1 < <(cpu_ticks)
# Cores busy on average while the generator ran (its 5 s warm-up included): is the machine the limit?
generator=$(sed -n 's/.*"generatorCpuSeconds": \([0-9.]*\).*/\1/p' "$OUT" 2>/dev/null | head -1)
awk -v s="$started" -v e="$(date +%s.%N)" -v hz="$(getconf CLK_TCK)" -v n="$(nproc)" -v g="${generator:-0}" \
    -v m=$((machine1 - machine0)) -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) 'BEGIN {
  t = (e - s) * hz
  printf "cores busy during the run: %.2f of %d (the app %.2f, PostgreSQL %.2f, the generator %.2f, the rest %.2f)\n",
    m / t, n, a / t, p / t, g * hz / t, (m - a - p - g * hz) / t }'
if [[ -n $JFR ]]; then
  say "measured run from $(date -d "@${started%.*}" +%T) to $(date +%T); the flight recording goes to target/load.jfr as the app stops (jfr print --events jdk.ExecutionSample target/load.jfr)"
fi
exit "$status"
