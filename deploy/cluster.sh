#!/usr/bin/env bash
# Styr as a cluster on one machine, for trying it and for the fault tests under bench/: the existing
# PostgreSQL as primary, a streaming replica made from it, two app nodes and HAProxy in front of them.
# Stops all it started and nothing else (never the primary). See docs/deployment.md and bench/README.md.
#
#   deploy/cluster.sh start          database, replica, nodes, balancer (each only if not running yet)
#   deploy/cluster.sh status         what runs; exit status 1 when something is down
#   deploy/cluster.sh stop           balancer, nodes (SIGTERM: they drain), replica; keeps the database
#   deploy/cluster.sh stop --drop    the same, then drops the database (also: clean)
#   deploy/cluster.sh restart-node N   stop node N with SIGTERM (it drains) and start it again
#   deploy/cluster.sh stop-node N      stop node N with SIGTERM;  start-node N  start it again
#   deploy/cluster.sh kill-node N      kill -9 node N (start-node N brings it back)
#   deploy/cluster.sh stop-replica | start-replica
#   deploy/cluster.sh restart-primary   pg_ctlcluster restart of the primary (root or postgres only)
#
# Environment (defaults in brackets):
#   CLUSTER_DIR [target/cluster]  state: logs, PIDs, haproxy.cfg, the replica's data (owned by postgres)
#   DB_HOST [127.0.0.1] DB_PORT [5432] DB_ADMIN [postgres]   the primary and a superuser on it
#   DB_NAME [styr_cluster]         created with the app's roles (postgresql-roles.sql) when missing
#   DB_OWNER [styr_owner] DB_USER [styr_app]   the app's roles; STYR_DB_PASSWORD, STYR_DB_OWNER_PASSWORD
#   PG_BIN [/usr/lib/postgresql/15/bin]   pg_ctl and pg_basebackup of the primary's version
#   PG_CLUSTER [15/main]           the primary as pg_ctlcluster knows it (restart-primary only)
#   REPLICA_PORT [5433] REPLICA_SLOT [styr_cluster_replica]
#   NODE_PORTS ["18081 18082"]     one node per port: node1, node2, ...
#   LB_PORT [18080] STATS_PORT [18090]   the balancer and its statistics page (loopback only)
#   NODE_MAXCONN [3]               requests a node works on at once; HAProxy queues the rest
#   JAR [target/styr.jar]  APP_OPTS [-XX:+UseParallelGC] (JVM options)  APP_ARGS (more arguments of every node)
#   WAIT [180]                     seconds to wait for anything to come up
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CLUSTER_DIR=${CLUSTER_DIR:-target/cluster}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_ADMIN=${DB_ADMIN:-postgres}
DB_NAME=${DB_NAME:-styr_cluster}
DB_OWNER=${DB_OWNER:-styr_owner}
DB_USER=${DB_USER:-styr_app}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_CLUSTER=${PG_CLUSTER:-15/main}
REPLICA_PORT=${REPLICA_PORT:-5433}
REPLICA_SLOT=${REPLICA_SLOT:-styr_cluster_replica}
NODE_PORTS=${NODE_PORTS:-18081 18082}
LB_PORT=${LB_PORT:-18080}
STATS_PORT=${STATS_PORT:-18090}
NODE_MAXCONN=${NODE_MAXCONN:-3}
JAR=${JAR:-target/styr.jar}
# The throughput collector: on a few cores shared with the database G1's extra work cost the nodes
# a quarter of their CPU under load (docs/benchmarks.md, issue 18).
APP_OPTS=${APP_OPTS:--XX:+UseParallelGC}
APP_ARGS=${APP_ARGS:-}
WAIT=${WAIT:-180}

mkdir -p "$CLUSTER_DIR"
STATE=$(cd "$CLUSTER_DIR" && pwd)
[[ $JAR == /* ]] || JAR=$ROOT/$JAR
PGDIR=$STATE/pg                 # owned by postgres: the replica's data, socket and log
REPLICA_DATA=$PGDIR/data
REPLICA_LOG=$PGDIR/replica.log
HAPROXY_PID=$STATE/haproxy.pid
HAPROXY_CFG=$STATE/haproxy.cfg
HAPROXY_LOG=$STATE/haproxy.log
read -r -a PORTS <<<"$NODE_PORTS"
PRIMARY_JDBC="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"
REPLICA_JDBC="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB_NAME"

say() { printf 'cluster: %s\n' "$*" >&2; }
fail() { printf 'cluster: ERROR: %s\n' "$*" >&2; exit 2; }
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is missing${2:+ ($2)}"; }

# The same commands as the postgres OS user (who owns the replica's files).
as_postgres() {
  if [[ $(id -un) == postgres ]]; then
    "$@"
  elif [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -n -u postgres -- "$@"
  else
    fail "the replica runs as the postgres user: run this as root, as postgres, or with password-less sudo"
  fi
}
# Root's commands (installing HAProxy, a line in the primary's pg_hba.conf).
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -n -- "$@"
  else
    return 1
  fi
}

psql_primary() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_replica() { psql -h 127.0.0.1 -p "$REPLICA_PORT" -U "$DB_ADMIN" -X -q -v ON_ERROR_STOP=1 "$@"; }

# Whether something listens on a loopback port.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
who_listens() { ss -ltnpH "sport = :$1" 2>/dev/null | sed 's/.*users:((\(.*\)))/\1/' | head -1; }

# wait_for SECONDS WHAT COMMAND...: runs COMMAND every half second until it succeeds.
wait_for() {
  local seconds=$1 what=$2 deadline
  shift 2
  deadline=$((SECONDS + seconds))
  until "$@"; do
    ((SECONDS < deadline)) || { say "$what: not within $seconds s"; return 1; }
    sleep 0.5
  done
}

# pid_alive PIDFILE [PATTERN]: the PID in the file, if that process runs (and its command line has PATTERN).
pid_alive() {
  local pid
  [[ -f $1 ]] || return 1
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -z ${2:-} ]] || tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2" || return 1
  echo "$pid"
}

# stop_pid PIDFILE PATTERN NAME SECONDS [SIGNAL]: the signal (TERM; - for none) to the process whose
# command line has PATTERN, then up to SECONDS, then SIGKILL.
stop_pid() {
  local file=$1 pattern=$2 name=$3 seconds=$4 signal=${5:-TERM} pid
  if pid=$(pid_alive "$file" "$pattern"); then
    if [[ $signal != - ]]; then # "-": sent already
      say "stopping $name (pid $pid, SIG$signal)"
      kill -s "$signal" "$pid" 2>/dev/null || true
    fi
    if ! wait_for "$seconds" "$name to stop" bash -c "! kill -0 $pid 2>/dev/null"; then
      say "killing $name (pid $pid) with SIGKILL"
      kill -9 "$pid" 2>/dev/null || true
      wait_for 10 "$name to die" bash -c "! kill -0 $pid 2>/dev/null" || true
    fi
  fi
  rm -f "$file"
}

http_code() { curl -s -o /dev/null --max-time "${2:-3}" -w '%{http_code}' "$1" 2>/dev/null || true; }

# ---------------------------------------------------------------------------------------------------
# The primary and the database

check_primary() {
  psql_primary -d postgres -Atc 'select 1' >/dev/null 2>&1 \
    || fail "the primary does not answer at $DB_HOST:$DB_PORT as $DB_ADMIN (start it: pg_ctlcluster ${PG_CLUSTER/\// } start)"
  [[ $(psql_primary -d postgres -Atc 'select pg_is_in_recovery()') == f ]] \
    || fail "$DB_HOST:$DB_PORT is itself a standby, not a primary"
}

ensure_database() {
  if [[ -z $(psql_primary -d postgres -Atc "select 1 from pg_database where datname = '$DB_NAME'") ]]; then
    say "creating database $DB_NAME on the primary ($DB_HOST:$DB_PORT)"
    psql_primary -d postgres -c "create database \"$DB_NAME\"" >/dev/null
  fi
  # Creates only what is missing (the roles are the whole server's, shared with other databases).
  psql_primary -d "$DB_NAME" -f "$ROOT/src/main/resources/db/setup/postgresql-roles.sql" >/dev/null
}

# Replication from the primary: wal_level and max_wal_senders (PostgreSQL's defaults allow it; changing
# them needs a restart, which this script does not do), and a pg_hba.conf line for replication
# connections from loopback (added and reloaded if missing).
ensure_replication_allowed() {
  local wal_level senders hba line
  wal_level=$(psql_primary -d postgres -Atc 'show wal_level')
  senders=$(psql_primary -d postgres -Atc 'show max_wal_senders')
  [[ $wal_level == replica || $wal_level == logical ]] \
    || fail "the primary has wal_level=$wal_level; set wal_level = replica in its postgresql.conf and restart it"
  ((senders >= 1)) || fail "the primary has max_wal_senders=0; set it to 10 in its postgresql.conf and restart it"
  can_replicate && return
  hba=$(psql_primary -d postgres -Atc 'show hba_file')
  line="host replication all 127.0.0.1/32 trust"
  say "the primary refuses replication connections from 127.0.0.1: adding \"$line\" to $hba and reloading it"
  as_root sh -c "printf '%s\n' '# Added by Styr deploy/cluster.sh: a streaming replica on this machine' '$line' >> '$hba'" \
    || fail "cannot write $hba (run as root, or add \"$line\" to it yourself and reload PostgreSQL)"
  psql_primary -d postgres -Atc 'select pg_reload_conf()' >/dev/null
  wait_for 10 "replication connections to be allowed" can_replicate \
    || fail "the primary still refuses replication connections; see $hba"
}
can_replicate() {
  psql "host=$DB_HOST port=$DB_PORT user=$DB_ADMIN dbname=postgres replication=true" -X -q -Atc 'IDENTIFY_SYSTEM' \
    >/dev/null 2>&1
}

# ---------------------------------------------------------------------------------------------------
# The replica

replica_running() { as_postgres "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" status >/dev/null 2>&1; }
replica_reads() { [[ $(psql_replica -d "$DB_NAME" -Atc 'select pg_is_in_recovery()' 2>/dev/null) == t ]]; }

make_replica() {
  local slot
  [[ -x $PG_BIN/pg_ctl ]] || fail "$PG_BIN/pg_ctl is missing (set PG_BIN to the primary's PostgreSQL binaries)"
  need pg_basebackup "Debian: postgresql-client"
  if [[ ! -d $PGDIR ]]; then
    as_root install -d -m 700 -o postgres -g postgres "$PGDIR" || as_postgres mkdir -m 700 "$PGDIR"
  fi
  as_postgres test -w "$PGDIR" \
    || fail "the postgres user cannot reach $PGDIR (a folder above it is closed to it); set CLUSTER_DIR elsewhere, e.g. /tmp/styr-cluster"
  slot=$(psql_primary -d postgres -Atc "select active from pg_replication_slots where slot_name = '$REPLICA_SLOT'")
  if [[ $slot == t ]]; then
    fail "replication slot $REPLICA_SLOT on the primary is in use by another standby; set REPLICA_SLOT"
  elif [[ $slot == f ]]; then
    say "dropping the stale replication slot $REPLICA_SLOT (its replica is gone)"
    psql_primary -d postgres -Atc "select pg_drop_replication_slot('$REPLICA_SLOT')" >/dev/null
  fi
  as_postgres rm -rf "$REPLICA_DATA"
  say "making the replica: pg_basebackup of $DB_HOST:$DB_PORT into $REPLICA_DATA (slot $REPLICA_SLOT)"
  as_postgres pg_basebackup -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" -D "$REPLICA_DATA" -R -X stream \
    -C -S "$REPLICA_SLOT" --checkpoint=fast >"$STATE/basebackup.log" 2>&1 \
    || { cat "$STATE/basebackup.log" >&2; fail "pg_basebackup failed"; }
  # Debian keeps the configuration in /etc, so the copied data folder has none: the replica's own.
  local max_connections
  max_connections=$(psql_primary -d postgres -Atc 'show max_connections')
  as_postgres tee "$REPLICA_DATA/postgresql.conf" >/dev/null <<EOF
# The streaming replica of deploy/cluster.sh (primary_conninfo and primary_slot_name are in
# postgresql.auto.conf, written by pg_basebackup -R).
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGDIR'
hot_standby = on
# The primary learns which rows the replica's queries still read, so replay cancels none of them.
hot_standby_feedback = on
# A standby needs at least the primary's.
max_connections = $max_connections
cluster_name = 'styr-replica'
hba_file = '$REPLICA_DATA/pg_hba.conf'
ident_file = '$REPLICA_DATA/pg_ident.conf'
EOF
  as_postgres tee "$REPLICA_DATA/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
  as_postgres touch "$REPLICA_DATA/pg_ident.conf"
}

start_replica() {
  if [[ -f $REPLICA_DATA/standby.signal ]] && replica_running; then
    say "the replica already runs (port $REPLICA_PORT)"
  else
    # A replica whose slot is gone (a stop --drop, or the primary's slot removed) is made afresh.
    if [[ ! -f $REPLICA_DATA/standby.signal || -z $(psql_primary -d postgres -Atc \
        "select 1 from pg_replication_slots where slot_name = '$REPLICA_SLOT'") ]]; then
      make_replica
    fi
    port_taken "$REPLICA_PORT" && fail "port $REPLICA_PORT (the replica's) is taken by $(who_listens "$REPLICA_PORT"); set REPLICA_PORT"
    say "starting the replica on 127.0.0.1:$REPLICA_PORT"
    STARTED+=(replica)
    as_postgres "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -l "$REPLICA_LOG" -w -t "$WAIT" start >/dev/null 9>&- \
      || { tail -20 "$REPLICA_LOG" >&2; fail "the replica did not start; its log is $REPLICA_LOG"; }
  fi
  wait_for "$WAIT" "the replica to accept reads of $DB_NAME" replica_reads \
    || { tail -20 "$REPLICA_LOG" >&2; fail "the replica does not serve $DB_NAME; its log is $REPLICA_LOG"; }
}

stop_replica() {
  if [[ -f $REPLICA_DATA/PG_VERSION ]] && replica_running; then
    say "stopping the replica"
    as_postgres "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -m fast -w -t 60 stop >/dev/null \
      || say "the replica did not stop within 60 s; see $REPLICA_LOG"
  fi
}

# Stopped, and its slot and data removed: the slot would keep the primary's WAL for a replica that is
# not running. The next start makes it afresh (a few seconds).
drop_replica() {
  stop_replica
  if psql_primary -d postgres -Atc 'select 1' >/dev/null 2>&1 \
      && [[ $(psql_primary -d postgres -Atc "select active from pg_replication_slots where slot_name = '$REPLICA_SLOT'") == f ]]; then
    say "dropping replication slot $REPLICA_SLOT on the primary"
    psql_primary -d postgres -Atc "select pg_drop_replication_slot('$REPLICA_SLOT')" >/dev/null
  fi
  if [[ -d $PGDIR ]]; then as_postgres rm -rf "$REPLICA_DATA"; fi
}

# ---------------------------------------------------------------------------------------------------
# The app's nodes

node_port() {
  [[ $1 =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= ${#PORTS[@]})) || fail "no node $1 (nodes 1 to ${#PORTS[@]})"
  echo "${PORTS[$1 - 1]}"
}
node_ready() { [[ $(http_code "http://127.0.0.1:$1/actuator/health/readiness") == 200 ]]; }

ensure_jar() {
  need java "a JDK 17 or newer"
  if [[ ! -f $JAR ]]; then
    say "building $JAR"
    (cd "$ROOT" && { ./mvnw -o -q package -DskipTests || ./mvnw -q package -DskipTests; }) || fail "the build failed"
  fi
}

start_node() {
  local n=$1 port pid
  port=$(node_port "$n")
  if pid=$(pid_alive "$STATE/node$n.pid" "server.port=$port"); then
    say "node$n already runs (pid $pid, port $port)"
  else
    port_taken "$port" && fail "port $port (node$n's) is taken by $(who_listens "$port"); set NODE_PORTS"
    say "starting node$n on 127.0.0.1:$port (log $STATE/node$n.log)"
    # A session of its own, so that it outlives this script and a terminal's signals.
    # shellcheck disable=SC2086 # APP_OPTS and APP_ARGS are lists of words
    (cd "$STATE" && export STYR_DB_URL=$PRIMARY_JDBC STYR_DB_OWNER=$DB_OWNER STYR_DB_USER=$DB_USER \
      && exec setsid java $APP_OPTS -jar "$JAR" --spring.profiles.active=postgres \
        --server.address=127.0.0.1 --server.port="$port" \
        --styr.replica.url="$REPLICA_JDBC" --styr.data-dir="$STATE/data" --styr.demo.load=true \
        --styr.shutdown.drain-delay=3s \
        $APP_ARGS </dev/null >>"$STATE/node$n.log" 2>&1 9>&-) &
    echo $! >"$STATE/node$n.pid"
    STARTED+=("node$n")
  fi
}

wait_node() {
  local n=$1 port
  port=$(node_port "$n")
  wait_for "$WAIT" "node$n to be ready" node_up_or_gone "$n" "$port" \
    || { tail -30 "$STATE/node$n.log" >&2; fail "node$n is not ready; its log is $STATE/node$n.log"; }
  pid_alive "$STATE/node$n.pid" >/dev/null \
    || { tail -30 "$STATE/node$n.log" >&2; fail "node$n stopped; its log is $STATE/node$n.log"; }
  say "node$n is ready"
  # HAProxy takes it into the pool after two good checks.
  if pid_alive "$HAPROXY_PID" haproxy >/dev/null; then
    wait_for 30 "HAProxy to take node$n in" in_pool "node$n" && say "node$n is in HAProxy's pool"
  fi
}
in_pool() {
  curl -s --max-time 3 "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, -v node="$1" '
    $1 == "styr" && $2 == node && $18 == "UP" { up = 1 } END { exit !up }'
}
node_up_or_gone() { node_ready "$2" || ! pid_alive "$STATE/node$1.pid" >/dev/null; }

# A node stopped with SIGTERM stops taking requests, answers those it has (up to 20 s) and leaves.
stop_node() { stop_pid "$STATE/node$1.pid" "server.port=$(node_port "$1")" "node$1" 40; }

kill_node() {
  local pid
  pid=$(pid_alive "$STATE/node$1.pid" "server.port=$(node_port "$1")") || fail "node$1 does not run"
  say "killing node$1 (pid $pid) with SIGKILL"
  kill -9 "$pid"
  wait_for 10 "node$1 to die" bash -c "! kill -0 $pid 2>/dev/null" || true
  rm -f "$STATE/node$1.pid"
}

# ---------------------------------------------------------------------------------------------------
# HAProxy

ensure_haproxy() {
  command -v haproxy >/dev/null && return
  say "HAProxy is missing: installing Debian's package"
  as_root sh -c 'apt-get install -y --no-install-recommends haproxy || { apt-get update && apt-get install -y --no-install-recommends haproxy; }' >&2 \
    || fail "HAProxy is missing and cannot be installed here (needs root or password-less sudo): apt-get install haproxy"
  command -v haproxy >/dev/null || fail "HAProxy is still missing after apt-get install haproxy"
}

write_haproxy_cfg() {
  local servers='' i
  for i in "${!PORTS[@]}"; do
    servers+="    server node$((i + 1)) 127.0.0.1:${PORTS[$i]}"$'\n'
  done
  awk -v servers="${servers%$'\n'}" -v state="$STATE" -v lb="127.0.0.1:$LB_PORT" -v stats="127.0.0.1:$STATS_PORT" \
    -v maxconn="$NODE_MAXCONN" '
    $0 == "@SERVERS@" { print servers; next }
    { gsub(/@STATE_DIR@/, state); gsub(/@LB_BIND@/, lb); gsub(/@STATS_BIND@/, stats); gsub(/@NODE_MAXCONN@/, maxconn); print }
  ' "$ROOT/deploy/haproxy.cfg" >"$HAPROXY_CFG"
  haproxy -c -q -f "$HAPROXY_CFG" || fail "HAProxy refuses $HAPROXY_CFG"
}

start_haproxy() {
  local pid
  if pid=$(pid_alive "$HAPROXY_PID" haproxy); then
    say "HAProxy already runs (pid $pid)"
    return
  fi
  ensure_haproxy
  port_taken "$LB_PORT" && fail "port $LB_PORT (the balancer's) is taken by $(who_listens "$LB_PORT"); set LB_PORT"
  port_taken "$STATS_PORT" && fail "port $STATS_PORT (HAProxy's statistics) is taken by $(who_listens "$STATS_PORT"); set STATS_PORT"
  write_haproxy_cfg
  say "starting HAProxy on 127.0.0.1:$LB_PORT (log $HAPROXY_LOG)"
  (exec setsid haproxy -db -f "$HAPROXY_CFG" </dev/null >>"$HAPROXY_LOG" 2>&1 9>&-) &
  echo $! >"$HAPROXY_PID"
  STARTED+=(haproxy)
  wait_for 30 "the balancer to serve" balancer_ready \
    || { tail -20 "$HAPROXY_LOG" >&2; fail "the balancer does not serve; its log is $HAPROXY_LOG"; }
}
balancer_ready() { [[ $(http_code "http://127.0.0.1:$LB_PORT/actuator/health/readiness") == 200 ]]; }

# A soft stop: HAProxy stops listening and finishes the requests it has (hard-stop-after 30 s).
stop_haproxy() { stop_pid "$HAPROXY_PID" haproxy HAProxy 35 USR1; rm -f "$STATE/haproxy.sock"; }

# ---------------------------------------------------------------------------------------------------
# Commands

# What this run started, stopped again (in reverse) when it fails or is interrupted.
STARTED=()
undo_on_failure() {
  local status=$? i
  trap - EXIT INT TERM
  if ((status != 0 && ${#STARTED[@]} > 0)); then
    say "failed: stopping what this run started (${STARTED[*]})"
    for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
      case ${STARTED[$i]} in
        haproxy) stop_haproxy ;;
        node*) stop_node "${STARTED[$i]#node}" ;;
        replica) drop_replica ;;
      esac
    done
  fi
  exit "$status"
}
trap undo_on_failure EXIT
trap 'exit 130' INT TERM

lock() {
  exec 9>"$STATE/.lock"
  flock -w 300 9 || fail "another deploy/cluster.sh holds $STATE/.lock"
}

start() {
  need curl; need psql "Debian: postgresql-client"; need ss "Debian: iproute2"; need setsid; need flock
  ensure_jar
  ensure_haproxy
  check_primary
  ensure_database
  ensure_replication_allowed
  start_replica
  # One after the other: the first start on an empty database migrates it and stores the demo plans.
  local n
  for n in $(seq "${#PORTS[@]}"); do
    start_node "$n"
    wait_node "$n"
  done
  start_haproxy
  local once
  once=$(cat "$STATE"/node*.log 2>/dev/null | sed -n 's/.*one-time password: *\([^ ]*\).*/\1/p' | tail -1)
  cat <<EOF

Styr runs as a cluster:
  balancer   http://127.0.0.1:$LB_PORT/   (round robin over ${#PORTS[@]} nodes; readiness http://127.0.0.1:$LB_PORT/actuator/health/readiness)
  statistics http://127.0.0.1:$STATS_PORT/  (which node is up, requests per node; add ;csv for a script)
  nodes      $(for p in "${PORTS[@]}"; do printf 'http://127.0.0.1:%s/ ' "$p"; done)
  primary    $PRIMARY_JDBC
  replica    $REPLICA_JDBC
  logs       $STATE/node*.log, $HAPROXY_LOG, $REPLICA_LOG
${once:+  admin      one-time password $once (printed by the first start on a new database)
}  stop       deploy/cluster.sh stop   (stop --drop also drops database $DB_NAME)
EOF
}

stop() {
  local n
  stop_haproxy
  # All nodes at once: each finishes its requests (up to 20 s) and exits.
  local pid
  for n in $(seq "${#PORTS[@]}"); do
    if pid=$(pid_alive "$STATE/node$n.pid" "server.port=${PORTS[$n - 1]}"); then
      say "stopping node$n (pid $pid, SIGTERM)"
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  for n in $(seq "${#PORTS[@]}"); do stop_pid "$STATE/node$n.pid" "server.port=${PORTS[$n - 1]}" "node$n" 40 -; done
  drop_replica
  if [[ ${1:-} == --drop ]]; then
    say "dropping database $DB_NAME on the primary"
    PGOPTIONS="-c client_min_messages=warning" psql_primary -d postgres -c "drop database if exists \"$DB_NAME\" with (force)" >/dev/null
    rm -rf "$STATE/data" "$STATE"/node*.log "$STATE/haproxy.log" "$STATE/haproxy.cfg" "$STATE/basebackup.log"
    if [[ -d $PGDIR ]]; then as_root rm -rf "$PGDIR" || as_postgres rm -rf "$REPLICA_DATA" "$REPLICA_LOG"; fi
  fi
  say "stopped (the primary at $DB_HOST:$DB_PORT still runs${1:+; database $DB_NAME dropped})"
}

status() {
  local ok=0 n port pid lag
  if pid=$(pid_alive "$HAPROXY_PID" haproxy); then
    echo "balancer  running (pid $pid), http://127.0.0.1:$LB_PORT/ answers $(http_code "http://127.0.0.1:$LB_PORT/actuator/health/readiness") on readiness"
    curl -s --max-time 3 "http://127.0.0.1:$STATS_PORT/;csv" \
      | awk -F, '$1 == "styr" && $2 != "BACKEND" && $2 != "FRONTEND" {
          printf "  %s %s (%s requests so far, last check: %s)\n", $2, $18, $8, $37 }' || true
  else
    echo "balancer  stopped"; ok=1
  fi
  for n in $(seq "${#PORTS[@]}"); do
    port=${PORTS[$n - 1]}
    if pid=$(pid_alive "$STATE/node$n.pid" "server.port=$port"); then
      echo "node$n     running (pid $pid), readiness $(http_code "http://127.0.0.1:$port/actuator/health/readiness") at 127.0.0.1:$port"
    else
      echo "node$n     stopped"; ok=1
    fi
  done
  if [[ -f $REPLICA_DATA/PG_VERSION ]] && replica_running; then
    lag=$(psql_replica -d postgres -Atc "select case
        when pg_last_wal_receive_lsn() is null then 'not streaming'
        when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 'caught up with what it received'
        else 'replaying, ' || pg_size_pretty(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())) || ' received and not yet replayed'
        end" 2>/dev/null || echo '?')
    echo "replica   running at 127.0.0.1:$REPLICA_PORT, $lag"
  else
    echo "replica   stopped"; ok=1
  fi
  if psql_primary -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    echo "primary   running at $DB_HOST:$DB_PORT; slot $REPLICA_SLOT: $(psql_primary -d postgres -Atc \
      "select coalesce((select case when active then 'streaming' else 'inactive' end || ', holds ' || pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) || ' of WAL' from pg_replication_slots where slot_name = '$REPLICA_SLOT'), 'none')")"
  else
    echo "primary   not answering at $DB_HOST:$DB_PORT"; ok=1
  fi
  return $ok
}

restart_primary() {
  need pg_ctlcluster "Debian: postgresql-common"
  say "restarting the primary ($PG_CLUSTER)"
  as_root pg_ctlcluster "${PG_CLUSTER%%/*}" "${PG_CLUSTER#*/}" restart \
    || as_postgres pg_ctlcluster "${PG_CLUSTER%%/*}" "${PG_CLUSTER#*/}" restart \
    || fail "could not restart the primary"
  wait_for "$WAIT" "the primary to answer" bash -c "psql -h '$DB_HOST' -p '$DB_PORT' -U '$DB_ADMIN' -d postgres -XAtc 'select 1' >/dev/null 2>&1"
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case $command in
  start) lock; start ;;
  stop) lock; [[ -z ${1:-} || $1 == --drop ]] || fail "stop takes only --drop"; stop "${1:-}" ;;
  clean) lock; stop --drop ;;
  status) status ;;
  start-node) lock; start_node "${1:?start-node N}"; wait_node "$1" ;;
  stop-node) lock; node_port "${1:?stop-node N}" >/dev/null; stop_node "$1" ;;
  restart-node) lock; node_port "${1:?restart-node N}" >/dev/null; stop_node "$1"; start_node "$1"; wait_node "$1" ;;
  kill-node) lock; node_port "${1:?kill-node N}" >/dev/null; kill_node "$1" ;;
  stop-replica) lock; stop_replica ;;
  start-replica) lock; start_replica ;;
  restart-primary) lock; restart_primary ;;
  *) sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0" >&2; exit 2 ;;
esac
