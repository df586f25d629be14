#!/usr/bin/env bash
# Cold start of Styr, whole processes measured side by side in one run (issue 11): the largest seed
# plan printed to PDF by a fresh `bin/styr print` against LibreOffice converting the same plan's DOCX,
# plain `java -jar` for reference, and the web application from launch to its first page served, on
# present data and on an empty data folder (the five seed plans imported at start). The kinds take
# turns (A, B, C, ... A, B, C, ...), RUNS rounds; medians of wall and CPU time (user + sys of the
# whole process tree). See bench/README.md.
#
#   bench/start.sh                 7 rounds
#   RUNS=5 bench/start.sh
set -euo pipefail
export LC_NUMERIC=C                    # decimal points in the figures
cd "$(dirname "$0")/.."

RUNS=${RUNS:-7}
PLAN=${PLAN:-demo/sodertalje-omsorgsnamnden-2025.yaml}
PORT=${PORT:-18090}
LIMIT=${LIMIT:-120}                    # seconds a single run may take before it counts as failed
OUT=${OUT:-target/bench-start}
JAR=target/styr.jar
if [[ -n ${JAVA_HOME:-} ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi   # bin/styr picks the same

say() { printf '== %s\n' "$*" >&2; }
fail() { printf 'start.sh: %s\n' "$*" >&2; exit 2; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

command -v curl >/dev/null || fail "curl is needed"
command -v python3 >/dev/null || fail "python3 is needed (for the summary)"
command -v timeout >/dev/null || fail "timeout (coreutils) is needed"
SOFFICE=$(command -v soffice || true)
[[ -n $SOFFICE ]] || say "soffice is missing: LibreOffice is not measured (apt-get install -y --no-install-recommends libreoffice-writer-nogui)"

if [[ ! -f $JAR ]]; then
  say "building $JAR"
  ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package
fi
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
say "preparing the launcher (bin/styr; nothing to do when already prepared for this jar)"
STYR_PREPARE_ONLY=1 bin/styr || fail "bin/styr could not prepare its fast start"

CLK=$(getconf CLK_TCK)
exec {pause}<> <(:)                    # `read -t` on it sleeps without starting a process
nap() { read -r -t "$1" -u "$pause" || true; }

# cli LABEL COMMAND...: runs a command to its end; records wall and CPU seconds (bash's `time`
# counts every descendant process that was waited for: soffice.bin under soffice, the JVM).
cli() {
  local label=$1 times status=0
  shift
  times=$( { TIMEFORMAT='%R %U %S'; time timeout "$LIMIT" "$@" > "$OUT/$label.out" 2>&1; } 2>&1 ) || status=$?
  if ((status != 0)); then
    say "$label failed (exit $status; see $OUT/$label.out)"
    printf '%s\tfailed\t\n' "$label" >> "$OUT/runs.tsv"
    return
  fi
  read -r wall user sys <<< "${times##*$'\n'}"
  printf '%s\t%s\t%s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" >> "$OUT/runs.tsv"
}

# web LABEL DATA_DIR: starts the web application with `bin/styr` and asks for the start page until it
# answers 200 with the five seed plans on it; records the seconds from launch to that answer and the
# CPU seconds the process (and its finished children) had used by then, then stops it.
web() {
  local label=$1 data=$2 start now pid code stat cpu wall
  # The loop starts no process (bash's clock, builtins only): it must not take the processor from the
  # application it waits for.
  start=$EPOCHREALTIME
  bin/styr --server.port="$PORT" --styr.data-dir="$data" > "$OUT/$label.log" 2>&1 &
  pid=$!
  code=
  while :; do
    now=$EPOCHREALTIME
    if (( ${now//[.,]/} - ${start//[.,]/} > LIMIT * 1000000 )) || ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    # Trying the port starts no process (the redirection of a builtin); curl only once it is open.
    if : 2> /dev/null 3<> "/dev/tcp/127.0.0.1/$PORT"; then
      code=$(curl -s -o "$OUT/$label.html" -w '%{http_code}' --max-time "$LIMIT" "http://127.0.0.1:$PORT/" || true)
      [[ $code == 200 ]] && break
    fi
    nap 0.01
  done
  now=$EPOCHREALTIME
  stat=$(< "/proc/$pid/stat") || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ $code != 200 ]]; then
    say "$label: no start page within $LIMIT s (see $OUT/$label.log)"
    printf '%s\tfailed\t\n' "$label" >> "$OUT/runs.tsv"
    return
  fi
  local seeds=0 name
  for name in Ale Lerum Smedjebacken Södertälje Trollhättan; do
    grep -q "$name" "$OUT/$label.html" && seeds=$((seeds + 1))
  done
  if ((seeds != 5)); then
    say "$label: the start page showed $seeds of the five seed plans"
    printf '%s\tfailed\t\n' "$label" >> "$OUT/runs.tsv"
    return
  fi
  # /proc/PID/stat after the name: fields 12-15 are utime, stime, cutime, cstime in clock ticks.
  read -r -a f <<< "${stat##*)}"
  cpu=$(echo "scale=2; (${f[11]} + ${f[12]} + ${f[13]} + ${f[14]}) / $CLK" | bc)
  wall=$(echo "${now/,/.} - ${start/,/.}" | bc)
  printf '%s\t%.2f\t%s\n' "$label" "$wall" "$cpu" >> "$OUT/runs.tsv"
}

say "the DOCX for LibreOffice, the warm LibreOffice profile and the data folder of the second starts"
bin/styr print "$PLAN" --format docx --out "$OUT/plan.docx" > /dev/null
if [[ -n $SOFFICE ]]; then
  "$SOFFICE" -env:UserInstallation="file://$OUT/lo-warm" --headless --norestore --convert-to pdf \
    --outdir "$OUT/lo" "$OUT/plan.docx" > /dev/null 2>&1
fi
web first-start-setup "$OUT/data-present"
: > "$OUT/runs.tsv"
: > "$OUT/load.txt"

LOAD_BEFORE=$(load)
say "$RUNS rounds; load average before: $LOAD_BEFORE"
for ((i = 1; i <= RUNS; i++)); do
  say "round $i of $RUNS (load $(load))"
  load | cut -d ' ' -f 1 >> "$OUT/load.txt"
  cli styr-print bin/styr print "$PLAN" --format pdf --out "$OUT/styr.pdf"
  if [[ -n $SOFFICE ]]; then
    cli lo-warm "$SOFFICE" -env:UserInstallation="file://$OUT/lo-warm" --headless --norestore \
      --convert-to pdf --outdir "$OUT/lo" "$OUT/plan.docx"
    rm -rf "$OUT/lo-fresh"
    cli lo-fresh "$SOFFICE" -env:UserInstallation="file://$OUT/lo-fresh" --headless --norestore \
      --convert-to pdf --outdir "$OUT/lo" "$OUT/plan.docx"
  fi
  cli java-jar-print "$JAVA" -jar "$JAR" print "$PLAN" --format pdf --out "$OUT/java-jar.pdf"
  web web-second-start "$OUT/data-present"
  rm -rf "$OUT/data-empty"
  web web-first-start "$OUT/data-empty"
done
LOAD_AFTER=$(load)

# Medians and ratios; the targets of issue 11.
JDK=$("$JAVA" -version 2>&1 | head -n 2 | tail -n 1)
python3 - "$OUT/runs.tsv" "$RUNS" "$LOAD_BEFORE" "$LOAD_AFTER" "$(nproc)" "$JDK" <<'EOF' | tee "$OUT/summary.txt"
import statistics, sys
path, runs, before, after, cores, jdk = sys.argv[1:]
rows = {}
failed = {}
for line in open(path, encoding="utf-8"):
    label, wall, cpu = line.rstrip("\n").split("\t")
    if wall == "failed":
        failed[label] = failed.get(label, 0) + 1
    else:
        rows.setdefault(label, []).append((float(wall), float(cpu)))
med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in rows.items()}
names = {
    "styr-print": "Styr print to PDF, bin/styr (cold process)",
    "lo-warm": "LibreOffice DOCX to PDF, warm profile",
    "lo-fresh": "LibreOffice DOCX to PDF, fresh profile",
    "java-jar-print": "Styr print to PDF, plain java -jar",
    "web-second-start": "web app, launch to first page, data present",
    "web-first-start": "web app, launch to first page, empty data (import)",
}
rounds = [float(x) for x in open(path.replace("runs.tsv", "load.txt")) if x.strip()]
print(f"{jdk}; {runs} rounds; {cores} cores")
print(f"load average (1, 5, 15 min) before {before}, after {after}; 1-min at the rounds' starts {min(rounds):.2f} to {max(rounds):.2f}")
print(f"{'':52} {'runs':>4} {'wall s':>7} {'CPU s':>7}   walls")
for key, name in names.items():
    if key in rows:
        walls = " ".join(f"{w:.2f}" for w, _ in rows[key])
        extra = f"  ({failed[key]} failed)" if key in failed else ""
        print(f"{name:52} {len(rows[key]):4} {med[key][0]:7.2f} {med[key][1]:7.2f}   {walls}{extra}")
    elif key in failed:
        print(f"{name:52} all {failed[key]} runs failed")
ok = True
def check(text, passed):
    global ok
    ok = ok and passed
    print(f"{text}: {'met' if passed else 'NOT met'}")
if "styr-print" in med:
    s = med["styr-print"]
    for lo in ("lo-warm", "lo-fresh"):
        if lo in med:
            w, c = med[lo][0] / s[0], med[lo][1] / s[1]
            check(f"{names[lo]} / Styr: wall {w:.2f}x, CPU {c:.2f}x (target >= 2x both)", w >= 2 and c >= 2)
    if "java-jar-print" in med:
        j = med["java-jar-print"]
        print(f"plain java -jar / bin/styr: wall {j[0] / s[0]:.2f}x, CPU {j[1] / s[1]:.2f}x")
if "web-second-start" in med:
    check(f"web second start {med['web-second-start'][0]:.2f} s (target <= 3 s)", med["web-second-start"][0] <= 3)
if "web-first-start" in med:
    check(f"web first start {med['web-first-start'][0]:.2f} s (target <= 5 s)", med["web-first-start"][0] <= 5)
if failed:
    ok = False
sys.exit(0 if ok else 1)
EOF
