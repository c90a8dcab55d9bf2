#!/usr/bin/env bash
# Start-up benchmark (issue 17): how long the production jar takes until its readiness check answers 200,
# on an empty PostgreSQL schema (Flyway builds it, the first administrator and the default approval chains
# are created) and warm (the same schema again), plain and with Java's AOT cache (JEP 483/514/515) trained
# on one start. Prints each figure with the load average; run it on an idle machine.
#
#   ./mvnw -Pproduction package -DskipTests && bench/startup.sh [runs per case, default 3]
#
# Needs PostgreSQL on 127.0.0.1:5432 with the role and database of the benchmarks (portal / portal_bench);
# uses its own schema "startup", dropped and created here. Java 25 from /usr/lib/jvm/temurin-25-jdk-amd64
# unless JAVA is set.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=$(ls target/leadership-staffing-portal-*.jar | grep -v original | head -1)
WORK=target/startup
PORT=18080
MANAGEMENT=18081
export PGPASSWORD=${PGPASSWORD:-portal}
psql_bench() { psql -h 127.0.0.1 -U portal -d portal_bench -qtAc "set client_min_messages = warning; $1"; }

rm -rf "$WORK" && mkdir -p "$WORK"
# The AOT cache can only hold classes from plain jars on the class path: the documented extracted layout.
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP="$WORK/app/$(basename "$JAR")"

export SPRING_PROFILES_ACTIVE=prod
export PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/portal_bench?currentSchema=startup"
export PORTAL_DB_USERNAME=portal PORTAL_DB_PASSWORD=$PGPASSWORD
export PORTAL_ADMIN_USERNAME=ops.admin PORTAL_ADMIN_PASSWORD=a-long-first-password
export PORT MANAGEMENT PORTAL_MANAGEMENT_PORT=$MANAGEMENT PORTAL_MAIL_ENABLED=false
export SPRING_FLYWAY_SCHEMAS=startup

empty_schema() { psql_bench "drop schema if exists startup cascade; create schema startup"; }

# Starts the jar with the given JVM options, prints the seconds until readiness answered 200, stops it.
measure() {
  local log="$WORK/run.log" start ready pid
  start=$(date +%s.%N)
  "$JAVA" "$@" -jar "$APP" > "$log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$MANAGEMENT/actuator/health/readiness" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the portal stopped; log:" >&2; tail -40 "$log" >&2; exit 1; fi
    sleep 0.05
  done
  ready=$(date +%s.%N)
  kill -TERM "$pid"; wait "$pid" || true
  awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.2f", b - a }'
}

series() { # name, whether each run starts on an empty schema, JVM options...
  local name=$1 empty=$2; shift 2
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    [ "$empty" = yes ] && empty_schema
    times+=("$(measure "$@")")
  done
  printf "%-58s %s s   (load average %s)\n" "$name" "${times[*]}" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "Start-up of $(basename "$JAR") on $("$JAVA" -version 2>&1 | head -1), PostgreSQL $(psql_bench 'show server_version'),"
echo "$(nproc) cores; seconds from launch to /actuator/health/readiness = 200, $RUNS runs each"
series "empty database (migrations, first admin, approval chains)" yes -Xshare:auto
series "warm (the same database again)" no -Xshare:auto
# Training run: one start on the migrated schema records the classes it loads and links into the cache.
"$JAVA" -XX:AOTCacheOutput="$WORK/portal.aot" -Dspring.context.exit=onRefresh -jar "$APP" > "$WORK/training.log" 2>&1 || true
[ -f "$WORK/portal.aot" ] || { echo "no AOT cache written; see $WORK/training.log" >&2; exit 1; }
echo "AOT cache: $(du -m "$WORK/portal.aot" | cut -f1) MB"
series "empty database, AOT cache" yes -XX:AOTCache="$WORK/portal.aot"
series "warm, AOT cache" no -XX:AOTCache="$WORK/portal.aot"
empty_schema
