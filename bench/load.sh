#!/usr/bin/env bash
# Load benchmark (issue 17): the production jar on PostgreSQL with the demo data and a queue of work
# (600 requisitions waiting for approval, 600 applicants waiting for screening), then
# health.staffing.load.LoadBenchmark against it: live heap per signed-in session on the job board and the
# org chart, then N = 50, 100, 200 concurrent users following their journeys. Prints every figure with the
# load average; run it on an idle machine (2 cores: the driver shares them with the portal and PostgreSQL).
#
#   ./mvnw -Pproduction package -DskipTests && bench/load.sh [--users=50,100,200] [--phase-seconds=180]
#       [--warmup-seconds=45] [--memory-sessions=100] [--think=1]
#
# Needs PostgreSQL on 127.0.0.1:5432 with the role and database of the benchmarks (portal / portal_bench);
# uses its own schema "load", dropped and created here. PORTAL_JAVA_OPTS goes to the portal's JVM
# (e.g. -Xmx512m). Java 25 from /usr/lib/jvm/temurin-25-jdk-amd64 unless JAVA is set.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=$(ls target/leadership-staffing-portal-*.jar | grep -v original | head -1)
WORK=target/load
PORT=18090
MANAGEMENT=18091
QUEUE=${LOAD_QUEUE:-600}
export PGPASSWORD=${PGPASSWORD:-portal}
[ -d target/test-classes/health/staffing/load ] || { echo "compile the driver first: ./mvnw test-compile" >&2; exit 1; }

psql -h 127.0.0.1 -U portal -d portal_bench -qtAc \
  "set client_min_messages = warning; drop schema if exists load cascade; create schema load"
rm -rf "$WORK" && mkdir -p "$WORK"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP="$WORK/app/$(basename "$JAR")"

echo "Starting $(basename "$JAR") on PostgreSQL (schema load, demo data, a queue of $QUEUE) …"
# shellcheck disable=SC2086 # PORTAL_JAVA_OPTS holds several options
"$JAVA" ${PORTAL_JAVA_OPTS:-} -jar "$APP" --spring.profiles.active=demo --server.port=$PORT \
  --management.server.port=$MANAGEMENT \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/portal_bench?currentSchema=load" \
  --spring.datasource.username=portal --spring.datasource.password="$PGPASSWORD" --spring.flyway.schemas=load \
  --portal.demo.history=false --portal.demo.load-queue="$QUEUE" --portal.mail.enabled=false \
  --portal.job-alerts.schedule=false --logging.level.root=warn > "$WORK/portal.log" 2>&1 &
PORTAL=$!
trap 'kill -TERM $PORTAL 2>/dev/null || true; wait $PORTAL 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$MANAGEMENT/actuator/health/readiness" 2>/dev/null; do
  kill -0 $PORTAL 2>/dev/null || { echo "the portal stopped; log:" >&2; tail -40 "$WORK/portal.log" >&2; exit 1; }
  sleep 1
done
# The schema and its queue are minutes old: give PostgreSQL's planner their statistics now, as autovacuum
# would later, or the phases measure plans made on guesses (p95 up to 3 s instead of 0.6 s at 1,000 users).
psql -h 127.0.0.1 -U portal -d portal_bench -qtAc "do \$\$ declare t record; begin
  for t in select tablename from pg_tables where schemaname = 'load' loop execute format('analyze load.%I', t.tablename);
  end loop; end \$\$"
echo "Ready. $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

CLASSPATH="target/test-classes:$(ls "$WORK"/app/lib/jackson-*.jar | tr '\n' ':')"
"$JAVA" -cp "$CLASSPATH" health.staffing.load.LoadBenchmark --pid=$PORTAL --jcmd="$(dirname "$JAVA")/jcmd" \
  --base="http://127.0.0.1:$PORT" --metrics="http://127.0.0.1:$MANAGEMENT/actuator/prometheus" "$@"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
