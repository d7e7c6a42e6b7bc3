#!/usr/bin/env bash
# SSH load benchmark against the real app (issues 6 and 15): the server started as a user starts
# it, `bin/actionpack serve` (the documented command, with the JVM options bin/actionpack gives
# serve and the class-data archive), over a new demo database, driven by SshLoadBench --connect.
# Prints `uptime` before and after (the machine's load matters on 2 shared cores), the server
# JVM's actual options, the benchmark's figures, and the server's RSS/heap.
#
# Usage (from the repository root):
#   mvn -B -q -pl tui,bench -am package -DskipTests
#   bash bench/ssh-real-app.sh [--sessions 20] [--seconds 30] [--idle 200]
# Environment: SERVER_JVM_ARGS (e.g. "-Xmx96m") go to the server JVM the way a user adds options,
# through JDK_JAVA_OPTIONS (bin/actionpack then leaves out its own option of the same kind).
# Everything goes to a temporary folder (XDG_DATA_HOME) that is removed at the end; only the
# server it started is stopped (SIGTERM).
set -euo pipefail

JAR=tui/target/actionpack.jar
BENCH_JAR=bench/target/actionpack-bench-0.1.0-SNAPSHOT.jar
for f in "$JAR" "$BENCH_JAR" bench/target/classpath.txt; do
  [ -f "$f" ] || { echo "ssh-real-app: $f is missing: mvn -B -q -pl tui,bench -am package -DskipTests" >&2; exit 1; }
done
ADMIN=global.admin@contoso-demo.example   # DemoData.DEMO_ADMIN
WORK=$(mktemp -d "${TMPDIR:-/tmp}/actionpack-ssh-bench.XXXXXX")
export XDG_DATA_HOME="$WORK/xdg"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$XDG_DATA_HOME/actionpack"   # serve opens the default database: the demo goes there
java -jar "$JAR" --db "$XDG_DATA_HOME/actionpack/actionpack.db" demo >/dev/null
ssh-keygen -q -t ed25519 -N '' -C "$ADMIN" -f "$WORK/id_ed25519"
cp "$WORK/id_ed25519.pub" "$XDG_DATA_HOME/actionpack/authorized_keys"

# Only the server gets them (not the benchmark's own JVM, nor jcmd).
SERVER_OPTIONS="${JDK_JAVA_OPTIONS:-}${JDK_JAVA_OPTIONS:+${SERVER_JVM_ARGS:+ }}${SERVER_JVM_ARGS:-}"
# bin/actionpack execs java: $! is the server JVM.
JDK_JAVA_OPTIONS="$SERVER_OPTIONS" ACTIONPACK_JAR="$JAR" bin/actionpack serve --listen 127.0.0.1:0 --max-sessions 250 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
PORT=""
for _ in $(seq 300); do
  PORT=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$WORK/server.log" | head -1)
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || { cat "$WORK/server.log" >&2; echo "ssh-real-app: the server did not start" >&2; exit 1; }

echo "server: bin/actionpack serve${SERVER_OPTIONS:+ with JDK_JAVA_OPTIONS=\"$SERVER_OPTIONS\"} (pid $SERVER_PID, port $PORT, demo database)"
echo "server JVM: $(jcmd "$SERVER_PID" VM.command_line 2>/dev/null | sed -n 's/^jvm_args: //p')"
echo "uptime before: $(uptime)"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$BENCH_JAR:$(cat bench/target/classpath.txt)" com.actionpack.bench.ssh.SshLoadBench \
  --connect "127.0.0.1:$PORT" --key "$WORK/id_ed25519" --pid "$SERVER_PID" "$@"
echo "uptime after:  $(uptime)"
