#!/usr/bin/env bash
# Runs the intake benchmark end to end: builds the gateway and the benchmark, starts the gateway on a fresh embedded
# PostgreSQL in a temporary directory (its own ports, so a running ./run.sh is not disturbed), runs
# fi.saatava.bench.IntakeBenchmark against it, prints the machine and the load during the run, and stops the gateway.
#
#   bench/run.sh [benchmark options, e.g. --claims 2000 --clients 8 --batch 20000]
#
# Environment: SKIP_BUILD=1 (jars already built), GATEWAY_OPTS (extra gateway arguments, e.g.
# "--saatava.batches.workers=3"), JAVA_OPTS (gateway JVM options; default -Xmx1g), BENCH_PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${BENCH_PORT:-18080}"
work="$(mktemp -d -t saatava-bench.XXXXXX)"
gateway_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null && wait "$gateway_pid" 2>/dev/null || true
  rm -rf "$work/postgres"
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != "1" ]; then
  echo "Building the gateway and the benchmark (tests skipped)..."
  ./mvnw -q -B install -DskipTests
  ./mvnw -q -B -f bench/pom.xml package
fi
gateway_jar="$(ls gateway/target/saatava-gateway-*-exec.jar)"

echo "Starting the gateway on port $port (log: $work/gateway.log)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx1g} -jar "$gateway_jar" --server.port="$port" \
  --saatava.embedded-postgres.data-directory="$work/postgres" --saatava.embedded-postgres.port=0 \
  ${GATEWAY_OPTS:-} >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 300); do
  if curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$gateway_pid" 2>/dev/null || { echo "The gateway exited; see $work/gateway.log"; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health" >/dev/null || { echo "The gateway did not start"; exit 1; }

# The 1-minute load average every 5 s while the benchmark runs: other work on the machine skews the result.
( while true; do cut -d' ' -f1 /proc/loadavg; sleep 5; done ) >"$work/load" &
sampler_pid=$!

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)," \
  "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- gateway || echo ' (gateway modified)')"
echo "Before: $(uptime)"
java -jar bench/target/saatava-bench.jar --url "http://localhost:$port" "$@"
echo "After:  $(uptime)"
kill "$sampler_pid"
sampler_pid=""
sort -n "$work/load" | awk '{ v[NR] = $1; s += $1 } END { if (NR) printf "Load (1-min average, every 5 s): min %s, mean %.1f, max %s\n", v[1], s / NR, v[NR] }'
grep -m1 -o 'PostgreSQL [0-9.]*' "$work/gateway.log" || true
