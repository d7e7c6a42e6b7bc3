#!/usr/bin/env bash
# OpenSSH smoke test of `actionpack serve`: the real OpenSSH client, in tmux at 80x24, connects to
# the server on loopback and must see the console's first screen; then `q` quits the console.
#
# Usage:
#   tui/src/test/ssh/openssh-smoke.sh tui/target/actionpack.jar
#       runs `java -jar JAR serve ...` (the app's command line must register ServeCommand)
#   SERVE_CLASSPATH=tui/target/test-classes tui/src/test/ssh/openssh-smoke.sh tui/target/actionpack.jar
#       runs the test main com.actionpack.tui.ssh.ServeMain (bare console, main menu) from the
#       shaded jar plus the test classes: for use before the app has `serve`.
#
# Needs: java 17, ssh, ssh-keygen, tmux. Everything it writes goes to a temporary folder that is
# removed at the end; it uses its own tmux socket and only stops the server it started.
# Checks: the server prints the host key fingerprint, which equals ssh-keygen's for the key file;
# the key file has mode 600; the tmux pane shows "Action Pack Console"; `q` ends the ssh client;
# the server logs the session's end. Exit 0 on success, 1 with a one-line reason otherwise.
set -euo pipefail

JAR=${1:?usage: openssh-smoke.sh path/to/actionpack.jar}
[ -f "$JAR" ] || { echo "openssh-smoke: no jar at $JAR: build it with mvn -pl tui -am package" >&2; exit 1; }
for tool in java ssh ssh-keygen tmux; do
  command -v "$tool" >/dev/null || { echo "openssh-smoke: $tool is not installed" >&2; exit 1; }
done

export LANG=C.UTF-8 LC_ALL=C.UTF-8   # box borders need UTF-8 (BUILD-NOTES)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/actionpack-ssh-smoke.XXXXXX")
SOCKET="actionpack-smoke-$$"
SERVER_PID=""

cleanup() {
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true      # SIGTERM: the server's shutdown hook stops it
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "openssh-smoke: FAIL: $*" >&2
  echo "--- server output:" >&2; cat "$WORK/server.log" >&2 || true
  echo "--- pane:" >&2; tmux -L "$SOCKET" capture-pane -p -t smoke 2>/dev/null >&2 || true
  exit 1
}

ssh-keygen -q -t ed25519 -N '' -C admin@contoso.example -f "$WORK/id_ed25519"
cp "$WORK/id_ed25519.pub" "$WORK/authorized_keys"

ARGS=(--listen 127.0.0.1:0 --host-key "$WORK/data/ssh_host_key" --authorized-keys "$WORK/authorized_keys")
if [ -n "${SERVE_CLASSPATH:-}" ]; then
  java -cp "$JAR:$SERVE_CLASSPATH" com.actionpack.tui.ssh.ServeMain "${ARGS[@]}" >"$WORK/server.log" 2>&1 &
else
  java -jar "$JAR" serve "${ARGS[@]}" >"$WORK/server.log" 2>&1 &
fi
SERVER_PID=$!

# Port 0 lets the server pick a free port; it prints the one it got.
PORT=""
for _ in $(seq 300); do
  PORT=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$WORK/server.log" | head -1)
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before listening"
  sleep 0.1
done
[ -n "$PORT" ] || fail "the server did not say where it listens within 30 s"

PRINTED=$(sed -n 's/^Host key ssh-ed25519 \(SHA256:[^ ]*\).*/\1/p' "$WORK/server.log" | head -1)
EXPECTED=$(ssh-keygen -lf "$WORK/data/ssh_host_key" | awk '{print $2}')
[ -n "$PRINTED" ] && [ "$PRINTED" = "$EXPECTED" ] || fail "printed host key fingerprint '$PRINTED' is not the key file's '$EXPECTED'"
MODE=$(stat -c %a "$WORK/data/ssh_host_key")
[ "$MODE" = 600 ] || fail "host key file mode is $MODE, expected 600"

tmux -L "$SOCKET" new-session -d -s smoke -x 80 -y 24 \
  "ssh -tt -p $PORT -i $WORK/id_ed25519 -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR admin@127.0.0.1; sleep 30"

SEEN=""
for _ in $(seq 200); do
  if tmux -L "$SOCKET" capture-pane -p -t smoke | grep -q "Action Pack Console"; then SEEN=yes; break; fi
  sleep 0.1
done
[ -n "$SEEN" ] || fail "the pane never showed 'Action Pack Console'"
tmux -L "$SOCKET" capture-pane -p -t smoke | grep -q "Membership" || fail "the main menu is not on screen"
echo "openssh-smoke: first screen over OpenSSH:"
tmux -L "$SOCKET" capture-pane -p -t smoke | sed -n '1,3p'

tmux -L "$SOCKET" send-keys -t smoke q
ENDED=""
for _ in $(seq 100); do
  if grep -q "Session ended" "$WORK/server.log"; then ENDED=yes; break; fi
  sleep 0.1
done
[ -n "$ENDED" ] || fail "q did not end the session"
echo "openssh-smoke: OK (port $PORT, host key $PRINTED)"
