#!/usr/bin/env bash
# Builds Saatava and runs the whole system locally on the embedded PostgreSQL:
# gateway (Camunda engine, Cockpit, API), simulators (credit bureau, print house, court, ...) and all workers
# in one JVM. Data lives under ./var (database, letter outbox, logs). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

: "${SAATAVA_ADMIN_USER:=admin}"
: "${SAATAVA_ADMIN_PASSWORD:=admin}"
export SAATAVA_ADMIN_USER SAATAVA_ADMIN_PASSWORD
export SAATAVA_GATEWAY_USER="${SAATAVA_GATEWAY_USER:-$SAATAVA_ADMIN_USER}"
export SAATAVA_GATEWAY_PASSWORD="${SAATAVA_GATEWAY_PASSWORD:-$SAATAVA_ADMIN_PASSWORD}"

# E-mailed letters (debtors who consented) go to the simulators' mail server, unless SPRING_MAIL_HOST names a real
# SMTP server; then the workers use it as it is configured (SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, ...).
: "${SAATAVA_SIMULATORS_SMTP_PORT:=3025}"
export SAATAVA_SIMULATORS_SMTP_PORT
worker_mail=()
if [ -z "${SPRING_MAIL_HOST:-}" ]; then
  worker_mail=(SPRING_MAIL_HOST=localhost SPRING_MAIL_PORT="$SAATAVA_SIMULATORS_SMTP_PORT")
  mail_info="http://localhost:8090/mail-server/v1/messages   (SMTP localhost:$SAATAVA_SIMULATORS_SMTP_PORT)"
else
  mail_info="sent to $SPRING_MAIL_HOST:${SPRING_MAIL_PORT:-25}"
fi

if [ "${SKIP_BUILD:-}" != "1" ]; then
  echo "Building (tests skipped; run ./mvnw verify for them)..."
  ./mvnw -q -B install -DskipTests
fi

mkdir -p var/logs
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping Saatava..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
# Ctrl-C or a TERM is a requested stop; any other exit (a service died, a start failed) also stops the rest.
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

start() { # name jar [NAME=value ...: environment of this process only]
  echo "Starting $1 (log: var/logs/$1.log)"
  env "${@:3}" java ${JAVA_OPTS:-} -jar "$2" >"var/logs/$1.log" 2>&1 &
  pids+=("$!")
}

wait_for_port() { # name port seconds
  for _ in $(seq 1 "$3"); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "$1 exited; see var/logs/"; exit 1; }
    done
    sleep 1
  done
  echo "$1 did not open port $2 within $3 s; see var/logs/"; exit 1
}

jar() { ls $1 2>/dev/null | grep -v -- '-sources\|-javadoc' | head -1; }

start simulators "$(jar 'simulators/target/saatava-simulators-*-exec.jar')"
start gateway "$(jar 'gateway/target/saatava-gateway-*-exec.jar')"
wait_for_port gateway 8080 180
start workers "$(jar 'workers/launcher/target/saatava-worker-launcher-*-exec.jar')" ${worker_mail[@]+"${worker_mail[@]}"}
wait_for_port simulators 8090 60
wait_for_port workers 8081 120

cat <<INFO

Saatava is running.
  Cockpit, Tasklist, Admin:  http://localhost:8080/camunda   (user: $SAATAVA_ADMIN_USER, password: $SAATAVA_ADMIN_PASSWORD)
  Creditor API:              http://localhost:8080/api/v1
  API documentation:         http://localhost:8080/api/docs
  Simulators:                http://localhost:8090
  Letter PDFs:               $(pwd)/var/outbox
  Printed letters:           http://localhost:8090/print-house/v1/jobs
  E-mailed letters:          $mail_info
  Logs:                      $(pwd)/var/logs
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}" || true
echo "A Saatava process stopped unexpectedly; see var/logs/."
exit 1
