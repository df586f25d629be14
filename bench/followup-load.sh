#!/usr/bin/env bash
# The signed-in page of the largest demo follow-up occasion under load (issue 14): p99 < 50 ms at
# 100 requests/s over 50 connections against PostgreSQL. Runs bench/load.sh signed in as the
# administrator (signed-in pages are not cached), with this file as its PREPARE hook: once the app is
# up, it lists the follow-up occasions of every demo plan's versions and loads the one whose page is
# largest. See bench/README.md.
#
#   bench/followup-load.sh
#   JFR=1 DURATION=60s bench/followup-load.sh
#   OCCASION=/plans/4/versions/1/followup/3 bench/followup-load.sh     another page
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  cd "$(dirname "$0")/.." || exit 2
  export RATE=${RATE:-100} CONNECTIONS=${CONNECTIONS:-50} SIGN_IN=1 PREPARE=bench/followup-load.sh
  export OUT=${OUT:-target/followup-load.json}
  exec bench/load.sh
fi

# Sourced by bench/load.sh (its functions fetch, size_of, say and fail at hand): sets URLS.
if [[ -z ${OCCASION:-} ]]; then
  best_size=-1
  while read -r plan; do
    for number in $(fetch "/api/plans/$plan" | grep -o '"number":[0-9]*' | grep -o '[0-9]*' | sort -un); do
      for occasion in $(fetch "/api/plans/$plan/versions/$number/follow-ups" | grep -o '"id":[0-9]*' | grep -o '[0-9]*'); do
        page=/plans/$plan/versions/$number/followup/$occasion
        size=$(size_of "$page")
        say "follow-up $page: $size bytes"
        if ((size > best_size)); then OCCASION=$page; best_size=$size; fi
      done
    done
  done < <(fetch /api/plans | grep -o '"planId":[0-9]*' | grep -o '[0-9]*')
  [[ -n ${OCCASION:-} ]] || fail "no demo follow-up occasion found"
fi
URLS=$OCCASION
NOTE="${NOTE:+$NOTE; }$OCCASION"
