#!/usr/bin/env bash
# Checks the cluster of deploy/cluster.sh end to end, on a database of its own made afresh: the
# balancer serves the pages and readiness and nothing else of the actuator; a session signed in through
# the balancer holds on both nodes; a node killed with kill -9 under load costs no GET; a node stopped
# with SIGTERM under load costs none either and finishes the print it is making; stop leaves nothing
# running. Exit status 1 when a check fails. See bench/README.md.
#
#   bench/cluster-check.sh
#   KEEP=1 bench/cluster-check.sh        leaves the cluster running (deploy/cluster.sh stop --drop ends it)
set -uo pipefail
cd "$(dirname "$0")/.."

export DB_NAME=${DB_NAME:-styr_cluster_check}
export CLUSTER_DIR=${CLUSTER_DIR:-target/cluster-check}
export LB_PORT=${LB_PORT:-18080}
read -r _ NODE2_PORT _ <<<"${NODE_PORTS:-18081 18082}"
RATE=${RATE:-50}
KEEP=${KEEP:-}
BASE=http://127.0.0.1:$LB_PORT
URLS=target/cluster-check-urls.txt
failures=0

say() { printf '== %s\n' "$*" >&2; }
check() { # check WHAT COMMAND...
  if "${@:2}"; then say "ok: $1"; else say "FAIL: $1"; failures=$((failures + 1)); fi
}
code() { curl -s -o /dev/null --max-time 30 -w '%{http_code}' "${@:2}" "$BASE$1"; }
cluster() { deploy/cluster.sh "$@"; }

# load SECONDS OUT: GETs of the public pages and API at RATE per second through the balancer.
load() {
  java -cp target/test-classes se.styr.bench.load.LoadGenerator --rate "$RATE" --connections 10 \
    --duration "$1s" --warmup 0 --out "$2.json" "@$URLS" >"$2.txt" 2>&1
}
no_errors() { grep -q ', 0 errors, 0 dropped' "$1.txt" || { cat "$1.txt" >&2; return 1; }; }

[[ -d target/test-classes/se/styr/bench/load ]] || ./mvnw -q -o test-compile || exit 2
cluster stop --drop >/dev/null 2>&1
cluster start || exit 2
printf '%s\n' "$BASE/" "$BASE/api/plans" "$BASE/api/plans/3/versions/1" >"$URLS"

check "the balancer serves the start page" test "$(code /)" = 200
check "the balancer serves readiness" test "$(code /actuator/health/readiness)" = 200
check "the balancer refuses the actuator's other paths" test "$(code /actuator/env)" = 404
check "a redirect names the balancer's address" \
  test "$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/admin")" = "$BASE/login"

# Signing in through the balancer: the one-time password changed, the form, then the administration
# page, each request to the next node in turn.
. bench/sign-in.sh
signed_in_everywhere() {
  local jar=$CLUSTER_DIR/cookies.txt password i
  password="check-$RANDOM-$RANDOM-$RANDOM"
  rm -f "$jar"
  change_password "$jar" "$BASE" "$(one_time_password "$CLUSTER_DIR"/node*.log)" "$password"
  sign_in_admin "$jar" "$BASE" "$password" || return 1
  for i in 1 2 3 4; do
    [[ $(code /admin/users -b "$jar") == 200 ]] || return 1
  done
}
check "a session signed in through the balancer holds on every node" signed_in_everywhere

say "load at $RATE/s for 20 s; node1 killed with kill -9 after 5 s"
load 20 "$CLUSTER_DIR/kill" &
sleep 5
cluster kill-node 1
wait
check "no GET failed while node1 was killed" no_errors "$CLUSTER_DIR/kill"
cluster start-node 1

say "load at $RATE/s for 20 s; node2 stopped with SIGTERM after 5 s, while it prints a document"
load 20 "$CLUSTER_DIR/drain" &
sleep 5
curl -s -o "$CLUSTER_DIR/print.pdf" -w '%{http_code}' --max-time 60 \
  "http://127.0.0.1:$NODE2_PORT/api/plans/4/versions/1/document?format=pdf" >"$CLUSTER_DIR/print.code" &
printing=$!
sleep 0.3
cluster stop-node 2
wait "$printing"
wait
check "no GET failed while node2 drained" no_errors "$CLUSTER_DIR/drain"
check "the print node2 was making when stopped was delivered whole" \
  bash -c "[[ \$(<'$CLUSTER_DIR/print.code') == 200 && \$(head -c 5 '$CLUSTER_DIR/print.pdf') == %PDF- ]] && tail -c 1024 '$CLUSTER_DIR/print.pdf' | grep -q '%%EOF'"
cluster start-node 2
cluster status

if [[ -n $KEEP ]]; then
  say "the cluster keeps running (KEEP=1): deploy/cluster.sh stop --drop ends it"
else
  pids="$(cat "$CLUSTER_DIR"/*.pid 2>/dev/null) $(head -1 "$CLUSTER_DIR/pg/data/postmaster.pid" 2>/dev/null)"
  state=$(cd "$CLUSTER_DIR" && pwd)
  cluster stop --drop
  none_left() {
    local p
    # A process that ended but whose parent (this script's shell, for the replica's server) has not
    # yet reaped it is a zombie: gone, though kill -0 still finds it.
    for p in $pids; do
      [[ $(ps -o stat= -p "$p" 2>/dev/null) == [^Z]* ]] && { say "pid $p still runs"; return 1; }
    done
    ! ps -eo args | grep -v grep | grep -qF -- "$state"
  }
  check "nothing the cluster started still runs" none_left
  check "the primary still runs" psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -XAtqc 'select 1' -o /dev/null
fi
((failures == 0)) && say "all checks passed" || say "$failures check(s) failed"
((failures == 0))
