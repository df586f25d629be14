#!/usr/bin/env bash
# How many wrong passwords Styr lets an attacker try (issue 12): starts Styr on a temporary data
# folder and a loopback port, then for DURATION seconds sends wrong passwords for one account as fast
# as it answers, over HTTP Basic from one address, and counts the tries Styr checked (401) against
# those it refused unchecked (429). Then the same for many accounts from the one address. Prints the
# rates; bounded by LIMIT seconds in all. See docs/security.md.
#
#   bench/signin.sh                 30 s per part
#   DURATION=10 bench/signin.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30}
LIMIT=${LIMIT:-300}
PORT=${PORT:-18091}
JAR=target/styr.jar
if [[ -n ${JAVA_HOME:-} ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
command -v curl >/dev/null || { echo "signin.sh: curl is needed" >&2; exit 2; }
[[ -f $JAR ]] || ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package

DATA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
timeout "$LIMIT" "$JAVA" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --styr.data-dir="$DATA" --styr.demo.load=false --styr.documents.warm-up=false > "$DATA/styr.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 0.2
done

# hammer NAME_PATTERN LABEL CLIENT: wrong passwords for DURATION seconds; NAME_PATTERN's %d is the
# try's number. CLIENT (a pattern too) is the client's address as a proxy on this machine reports it (Styr believes
# X-Forwarded-For from loopback), so that each part starts as a new client.
hammer() {
  local pattern=$1 client=$3 end=$((SECONDS + DURATION)) checked=0 refused=0 other=0 n=0 code
  while ((SECONDS < end)); do
    n=$((n + 1))
    # shellcheck disable=SC2059
    # shellcheck disable=SC2059
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: $(printf "$client" $((n % 250)))" \
      -u "$(printf "$pattern" "$n"):fel-lösenord-$n" \
      "http://127.0.0.1:$PORT/api/plans")
    case $code in
      401) checked=$((checked + 1)) ;;
      429) refused=$((refused + 1)) ;;
      *) other=$((other + 1)) ;;
    esac
  done
  printf '%-40s %6d tries in %3d s: %5d checked (%.2f/s), %6d refused unchecked, %d other\n' \
    "$2" "$n" "$DURATION" "$checked" "$(echo "scale=2; $checked / $DURATION" | bc)" "$refused" "$other"
}

echo "Styr $(unzip -p "$JAR" META-INF/MANIFEST.MF 2>/dev/null | sed -n 's/^Implementation-Version: //p' | tr -d '\r'); $(nproc) cores; load $(cut -d ' ' -f 1-3 /proc/loadavg)"
hammer "admin" "one account, one address" 10.9.0.1
hammer "admin" "one account, a new address each try" "10.9.1.%d"
hammer "guess-%d" "a new account each try, one address" 10.9.0.2
