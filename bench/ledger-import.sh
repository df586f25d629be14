#!/usr/bin/env bash
# A whole ledger import end to end against PostgreSQL (issue 15): a generated SIE 4 file of 1,000,000
# rows (se.styr.bench.SieFiles, cost centres as Lerum's demo plan maps them) posted to the running
# app's REST endpoint into Lerum's demo delårsrapport (read, checked, mapped, summed, stored in one
# transaction), against PostgreSQL's COPY of the same rows into a table in the same run. Target: at
# least 140,000 rows/s and at least half of COPY's rate. Runs bench/load.sh's set-up (fresh database,
# the app on it, signed in as the administrator) with this file as its PREPARE hook, which measures and
# then stops, so no load runs. Results in target/ledger-import.json. See bench/README.md.
#
#   bench/ledger-import.sh
#   ROWS=200000 bench/ledger-import.sh
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  cd "$(dirname "$0")/.." || exit 2
  export SIGN_IN=1 PREPARE=bench/ledger-import.sh DB_NAME=${DB_NAME:-styr_ledger}
  exec timeout "${LIMIT:-900}" bench/load.sh
fi

# Sourced by bench/load.sh once the app is up and signed in (fetch, say, fail, COOKIE at hand).
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
FILE=target/ledger-$ROWS.se
CSV=target/ledger-$ROWS.csv
say "writing $FILE ($ROWS rows)"
java -cp target/test-classes:target/classes se.styr.bench.SieFiles "$FILE" "$ROWS" || fail "cannot write $FILE"
BYTES=$(stat -c %s "$FILE")

# Lerum's plan, version 2, and its delårsrapport 2024.
LERUM=$(fetch /api/plans | sed 's/},{/}\n{/g' | grep '"planKey":"1441/' | sed -n 's/.*"planId":\([0-9]*\).*/\1/p' | head -1)
[[ -n $LERUM ]] || fail "no Lerum plan among the demo plans"
OCCASION=$(fetch "/api/plans/$LERUM/versions/2/follow-ups" | sed 's/},{/}\n{/g' | grep '"key":"delar-2024"' | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1)
[[ -n $OCCASION ]] || fail "no delar-2024 occasion of Lerum's plan"
ADDRESS=/api/plans/$LERUM/versions/2/follow-ups/$OCCASION

etag() { fetch "$ADDRESS" -D - -o /dev/null | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *//p'; }
csrf_token() { fetch "/plans/$LERUM/versions/2/followup/$OCCASION" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

import_once() {
  local tag start end code
  tag=$(etag)
  start=$(date +%s.%N)
  code=$(curl -s -o target/ledger-import-answer.json -w '%{http_code}' --max-time 600 ${COOKIE:+-H "$COOKIE"} \
    -H "X-CSRF-TOKEN: $(csrf_token)" -H "If-Match: $tag" -H 'Content-Type: application/octet-stream' \
    --data-binary "@$FILE" "$BASE$ADDRESS/ledger?file=$(basename "$FILE")")
  end=$(date +%s.%N)
  [[ $code == 200 ]] || { cat target/ledger-import-answer.json >&2; fail "the import answered $code"; }
  echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}

# COPY's rate on the same rows: account, objects, amount, date, text of every #TRANS.
awk -F' ' '$1 == "#TRANS" { match($0, /\{[^}]*\}/); objects = substr($0, RSTART + 1, RLENGTH - 2);
  rest = substr($0, RSTART + RLENGTH + 1); split(rest, f, " "); gsub(/"/, "", objects);
  text = rest; sub(/^[^"]*"/, "", text); sub(/"$/, "", text);
  printf "%s,\"%s\",%s,%s,\"%s\"\n", $2, objects, f[1], f[2], text }' "$FILE" > "$CSV"
copy_once() {
  psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" -d "$DB_NAME" -v ON_ERROR_STOP=1 -q \
    -c "drop table if exists ledger_copy" \
    -c "create table ledger_copy (account varchar(20), objects varchar(100), amount numeric(21,2), day date, text varchar(200))" >/dev/null
  local start end
  start=$(date +%s.%N)
  psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" -d "$DB_NAME" -v ON_ERROR_STOP=1 -q \
    -c "\\copy ledger_copy from '$PWD/$CSV' with (format csv)" >/dev/null
  end=$(date +%s.%N)
  echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}

say "warming up: one import"
import_once >/dev/null
IMPORTS=() COPIES=()
for run in $(seq "$RUNS"); do
  IMPORTS+=("$(import_once)")
  COPIES+=("$(copy_once)")
  say "run $run: import ${IMPORTS[-1]} s, COPY ${COPIES[-1]} s"
done
python3 - "$ROWS" "$BYTES" "${IMPORTS[*]}" "${COPIES[*]}" <<'PY' | tee target/ledger-import.json
import json, statistics, sys
rows, size = int(sys.argv[1]), int(sys.argv[2])
imports = [float(x) for x in sys.argv[3].split()]
copies = [float(x) for x in sys.argv[4].split()]
imp, cop = statistics.median(imports), statistics.median(copies)
result = {"rows": rows, "bytes": size, "import_seconds": imports, "copy_seconds": copies,
          "import_rows_per_s": round(rows / imp), "copy_rows_per_s": round(rows / cop),
          "import_share_of_copy": round(cop / imp, 2),
          "target_met": rows / imp >= 140000 and cop / imp >= 0.5}
print(json.dumps(result, indent=2))
PY
exit 0
