#!/usr/bin/env bash
# OpenSSH smoke test of `actionpack serve` with the real app: the OpenSSH client, in tmux at 80x24,
# signs in to the served console as the demo account's Global admin and reads it as an admin would.
#
# Usage (from the repository root, after `mvn -B verify` built the fat jar):
#   bash tui/src/test/ssh/openssh-smoke.sh tui/target/actionpack.jar
#
# What it does, everything under one temporary folder (XDG_DATA_HOME points there, so the
# database, host key, authorized keys and log are the app's defaults inside it) removed at the end:
#  1. `java -jar JAR demo` fills a new database with the demo account;
#  2. generates an ed25519 key whose comment is the demo Global admin's email, writes it to the
#     default authorized_keys (DATA_DIR/authorized_keys);
#  2b. puts a plugin jar whose reportTypes() calls System.exit in the default plugins folder;
#  3. starts `java -jar JAR serve --listen 127.0.0.1:0` (a free loopback port, which it prints);
#     checks the printed host key fingerprint against ssh-keygen's and the key file's mode 600;
#  4. `ssh -p PORT 127.0.0.1` in tmux 80x24: the main menu, signed in as the demo admin;
#     Enter opens Membership, which shows the demo account and its term's dates (R11, R12);
#     Reports: names the refused plugin and its System.exit call (the server and session go on);
#     runs the invoices report into `smoke-invoices.csv`, a file name (the session's
#     export folder); the screen shows the exact scp command, which then fetches it;
#  5. `q` quits: the ssh client exits with status 0 and the server logs the session's end; an
#     authorized key whose email is no user gets one line and exit status 1; OpenSSH's `scp`
#     (SFTP protocol, and legacy `scp -O`) fetches the report; `sftp` uploads, deletes and
#     renames are refused and the folder is unchanged; ssh-audit finds no [fail] (the NIST-curve
#     key exchanges, SHA-1 and encrypt-and-MAC MACs are not offered);
#  6. a second session, then SIGINT to the server (as Ctrl-C): the session is closed, the server
#     exits 0 within 10 s; then the same with SIGTERM on a restarted server.
# Needs: java 17, ssh, scp, sftp, ssh-keygen, tmux, ssh-audit (Debian: openssh-client tmux ssh-audit). Uses its own tmux socket
# and only signals the processes it started. Exit 0 on success, 1 with a one-line reason.
set -euo pipefail

JAR=${1:?usage: openssh-smoke.sh path/to/actionpack.jar}
[ -f "$JAR" ] || { echo "openssh-smoke: no jar at $JAR: build it with mvn -B -pl tui -am package" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
for tool in java javac jar ssh scp sftp ssh-keygen tmux ssh-audit; do
  command -v "$tool" >/dev/null || { echo "openssh-smoke: $tool is not installed" >&2; exit 1; }
done

export LANG=C.UTF-8 LC_ALL=C.UTF-8   # box borders need UTF-8 (BUILD-NOTES)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/actionpack-ssh-smoke.XXXXXX")
export XDG_DATA_HOME="$WORK/xdg"
DATA="$XDG_DATA_HOME/actionpack"
SOCKET_BASE="actionpack-smoke-$$"
SOCKET="$SOCKET_BASE-0"
CONNECTIONS=0
SERVER_PID=""
ADMIN=global.admin@contoso-demo.example   # DemoData.DEMO_ADMIN

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
}

cleanup() {
  for n in $(seq 0 "$CONNECTIONS"); do tmux -L "$SOCKET_BASE-$n" kill-server 2>/dev/null || true; done
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "openssh-smoke: FAIL: $*" >&2
  echo "--- server output:" >&2; cat "$WORK/server.log" >&2 || true
  echo "--- pane:" >&2; tmux -L "$SOCKET" capture-pane -p -t smoke 2>/dev/null >&2 || true
  exit 1
}

pane() { tmux -L "$SOCKET" capture-pane -p -t smoke; }

# Waits up to $2 tenths of a second for the pane to show the fixed string $1.
await_pane() {
  for _ in $(seq "${2:-200}"); do
    pane 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}

# 1. The demo database.
DAY_BEFORE=$(date +%F)
mkdir -p "$DATA"   # the served (default) database gets the demo: demo alone writes demo.db
java -jar "$JAR" --db "$DATA/actionpack.db" demo >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; fail "actionpack demo failed"; }
grep -qF "$ADMIN" "$WORK/demo.log" || fail "actionpack demo did not list $ADMIN"
DAY_AFTER=$(date +%F)

# 2. The admin's key, in the default authorized keys file with the user's email as comment.
ssh-keygen -q -t ed25519 -N '' -C "$ADMIN" -f "$WORK/id_ed25519"
cp "$WORK/id_ed25519.pub" "$DATA/authorized_keys"
# And an authorized key whose email is no user of the database.
GHOST=nobody@contoso-demo.example
ssh-keygen -q -t ed25519 -N '' -C "$GHOST" -f "$WORK/ghost_ed25519"
cat "$WORK/ghost_ed25519.pub" >>"$DATA/authorized_keys"

# 2b. A plugin that would end the server the moment its report types are asked for: refused
# before it loads, so the sessions below go on (the SPI jar is the one the build made).
SPI=$(ls "$(dirname "$JAR")"/../../reports-spi/target/actionpack-reports-spi-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1)
[ -n "$SPI" ] || fail "no reports-spi jar beside the build: run mvn -B verify first"
mkdir -p "$WORK/quits/src/quits" "$WORK/quits/classes/META-INF/services" "$DATA/plugins"
cat >"$WORK/quits/src/quits/Quits.java" <<'JAVA'
package quits;

import com.actionpack.reports.spi.*;
import java.util.List;

public final class Quits implements ReportPlugin {
    public String name() { return "quits"; }
    public String spiVersion() { return SPI_VERSION; }
    public List<ReportType> reportTypes() { System.exit(4); return List.of(); }
}
JAVA
javac --release 17 -cp "$SPI" -d "$WORK/quits/classes" "$WORK/quits/src/quits/Quits.java"
echo quits.Quits >"$WORK/quits/classes/META-INF/services/com.actionpack.reports.spi.ReportPlugin"
jar --create --file "$DATA/plugins/quits.jar" -C "$WORK/quits/classes" .

# 3. The server, on a free loopback port.
start_server() {
  : >"$WORK/server.log"
  # Job control on: a background job of a script otherwise starts with SIGINT ignored, and the
  # JVM then keeps ignoring it (as it should), which is not what Ctrl-C in a terminal does.
  set -m
  java -jar "$JAR" serve --listen 127.0.0.1:0 >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  set +m
  PORT=""
  for _ in $(seq 300); do
    PORT=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$WORK/server.log" | head -1)
    [ -n "$PORT" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before listening"
    sleep 0.1
  done
  fail "the server did not say where it listens within 30 s"
}
start_server

PRINTED=$(sed -n 's/^Host key ssh-ed25519 \(SHA256:[^ ]*\).*/\1/p' "$WORK/server.log" | head -1)
EXPECTED=$(ssh-keygen -lf "$DATA/ssh_host_key" | awk '{print $2}')
[ -n "$PRINTED" ] && [ "$PRINTED" = "$EXPECTED" ] || fail "printed host key fingerprint '$PRINTED' is not the key file's '$EXPECTED'"
MODE=$(stat -c %a "$DATA/ssh_host_key")
[ "$MODE" = 600 ] || fail "host key file mode is $MODE, expected 600"
grep -qF "(2 keys)" "$WORK/server.log" || fail "the server did not read the two authorized keys"

# 4. The admin connects. The pane's command records ssh's exit status for step 5.
connect() {
  # Each connection in a tmux server of its own: killing one and starting the next on the same
  # socket at once races.
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  CONNECTIONS=$((CONNECTIONS + 1))
  SOCKET="$SOCKET_BASE-$CONNECTIONS"
  rm -f "$WORK/ssh.status"
  tmux -L "$SOCKET" new-session -d -s smoke -x 80 -y 24 \
    "ssh -tt -p $PORT -i $WORK/id_ed25519 -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR admin@127.0.0.1; echo \$? > $WORK/ssh.status; sleep 60"
  await_pane "Choose a workspace" || fail "the pane never showed the main menu"
}
connect
pane | head -1 | grep -qF "Main menu" || fail "the title bar does not say Main menu"
pane | head -1 | grep -qF "$ADMIN" || fail "the title bar does not show the signed-in user $ADMIN"
pane | grep -qF "Membership" || fail "the main menu does not list Membership"
echo "openssh-smoke: main menu over OpenSSH, signed in as $ADMIN"

# The demo order was paid by card today (when `demo` ran): the term's dates follow (R11, R12).
tmux -L "$SOCKET" send-keys -t smoke Enter
await_pane "Membership end (anniversary):" || fail "Membership does not show the membership's dates"
pane | grep -qF "Contoso Demo Partners" || fail "Membership does not show the demo account"
PAID=$(pane | sed -n 's/.*: ACTIVE since \([0-9-]*\).*/\1/p' | head -1)
[ "$PAID" = "$DAY_BEFORE" ] || [ "$PAID" = "$DAY_AFTER" ] || fail "the term is not ACTIVE since the day demo ran ($DAY_BEFORE): '$PAID'"
END=$(date -d "$PAID +365 days" +%F)
CLOSES=$(date -d "$END +30 days" +%F)
pane | grep -qF "Membership end (anniversary): $END" || fail "Membership does not show the anniversary $END"
pane | grep -qF "Renewal window:               $END to $CLOSES" || fail "Membership does not show the renewal window $END to $CLOSES"
pane | grep -qF "Benefits end:                 $CLOSES" || fail "Membership does not show the benefits end $CLOSES"
pane | grep -qF "Benefit pack:                 MAPS" || fail "Membership does not show the MAPS pack"
echo "openssh-smoke: Membership shows the demo term: active since $PAID, anniversary $END, benefits end $CLOSES"

# The Reports workspace writes into the session's export folder, by file name, and says how to fetch it.
tmux -L "$SOCKET" send-keys -t smoke Escape
await_pane "Choose a workspace" || fail "Esc did not go back to the main menu"
for _ in 1 2 3 4 5 6; do tmux -L "$SOCKET" send-keys -t smoke Down; done
tmux -L "$SOCKET" send-keys -t smoke Enter
await_pane "Report types" || fail "the Reports workspace did not open"
await_pane "plugin quits.jar (quits.Quits): refused: quits.Quits.reportTypes calls" \
  || fail "the Reports workspace does not name the refused plugin and its call"
grep -qF "plugin quits.jar (quits.Quits): refused: quits.Quits.reportTypes calls System.exit" "$DATA/actionpack.log" \
  || fail "the log does not name the refused plugin and its call"
kill -0 "$SERVER_PID" || fail "the server ended"
echo "openssh-smoke: a plugin calling System.exit is refused before it loads; the server and the session go on"
tmux -L "$SOCKET" send-keys -t smoke Enter
await_pane "A file name only" || fail "the report form does not ask for a file name"
# A partner's Account is fixed (R4), not a field: From, To, Status, then File.
pane | grep -qF "your account (fixed for your role)" || fail "the partner's Account is not shown fixed"
for _ in 1 2 3; do tmux -L "$SOCKET" send-keys -t smoke Tab; done
tmux -L "$SOCKET" send-keys -t smoke C-u
tmux -L "$SOCKET" send-keys -t smoke -l "smoke-invoices.csv"
tmux -L "$SOCKET" send-keys -t smoke Tab Enter
SCP_LINE="scp -P $PORT 127.0.0.1:smoke-invoices.csv ."
await_pane "Fetch it with: $SCP_LINE" 300 || fail "the report screen did not show '$SCP_LINE'"
EXPORTS="$DATA/exports/4000002/$ADMIN"
[ -f "$EXPORTS/smoke-invoices.csv" ] || fail "the report is not in the export folder $EXPORTS"
echo "openssh-smoke: a report written in the session is in its export folder; the screen says: $SCP_LINE"

# 5. q quits the console: ssh exits 0, the server logs the end of the session.
tmux -L "$SOCKET" send-keys -t smoke q
for _ in $(seq 100); do [ -s "$WORK/ssh.status" ] && break; sleep 0.1; done
[ -s "$WORK/ssh.status" ] || fail "q did not end the ssh client"
[ "$(cat "$WORK/ssh.status")" = 0 ] || fail "ssh exited with status $(cat "$WORK/ssh.status") after q, expected 0"
ENDED=""
for _ in $(seq 100); do grep -q "Session ended" "$DATA/actionpack.log" "$WORK/server.log" 2>/dev/null && { ENDED=yes; break; }; sleep 0.1; done
[ -n "$ENDED" ] || fail "the server did not log the end of the session"
echo "openssh-smoke: q quit the console, ssh exit status 0"

# The key whose email is no user: one line, exit status 1, no screen.
set +e
ssh -tt -p "$PORT" -i "$WORK/ghost_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no \
  -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ghost@127.0.0.1 </dev/null >"$WORK/ghost.out" 2>&1
GHOST_STATUS=$?
set -e
grep -qF "There is no user $GHOST in this database." "$WORK/ghost.out" || fail "the key of $GHOST did not get its one line: $(cat "$WORK/ghost.out")"
[ "$GHOST_STATUS" = 1 ] || fail "ssh with the key of $GHOST exited $GHOST_STATUS, expected 1"
echo "openssh-smoke: the key of $GHOST (no such user) got one line and exit status 1"

# OpenSSH's scp fetches the report with the very command the screen showed (SFTP protocol), and
# with the legacy scp protocol; sftp shows the folder read-only.
SSH_OPTS=(-i "$WORK/id_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no
  -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR)
mkdir -p "$WORK/fetched"
# shellcheck disable=SC2086 # the screen's command, split into its words, our key options first
(cd "$WORK/fetched" && scp "${SSH_OPTS[@]}" ${SCP_LINE#scp } >/dev/null 2>"$WORK/scp.err") || fail "scp failed: $(cat "$WORK/scp.err")"
cmp -s "$WORK/fetched/smoke-invoices.csv" "$EXPORTS/smoke-invoices.csv" || fail "scp fetched another content"
head -1 "$WORK/fetched/smoke-invoices.csv" | grep -q '^number,kind,' || fail "the fetched report has no CSV header"
scp -O -P "$PORT" "${SSH_OPTS[@]}" "127.0.0.1:smoke-invoices.csv" "$WORK/fetched/legacy.csv" 2>"$WORK/scp.err" \
  || fail "scp -O (legacy protocol) failed: $(cat "$WORK/scp.err")"
cmp -s "$WORK/fetched/legacy.csv" "$EXPORTS/smoke-invoices.csv" || fail "scp -O fetched another content"
echo "openssh-smoke: OpenSSH scp fetched the report (SFTP and legacy scp protocols)"
BEFORE=$(cd "$DATA" && find . | sort)
for batch in "put $WORK/fetched/legacy.csv upload.csv" "rm smoke-invoices.csv" "rename smoke-invoices.csv x.csv" \
             "mkdir sub" "chmod 777 smoke-invoices.csv" "get ../../../actionpack.db $WORK/fetched/db"; do
  if echo "$batch" | sftp -b - -P "$PORT" "${SSH_OPTS[@]}" 127.0.0.1 >"$WORK/sftp.out" 2>&1; then
    fail "sftp '$batch' was not refused: $(cat "$WORK/sftp.out")"
  fi
done
[ "$(cd "$DATA" && find . | sort)" = "$BEFORE" ] || fail "an sftp command changed the data folder"
[ ! -e "$WORK/fetched/db" ] || fail "sftp fetched the database from outside the export folder"
echo "ls" | sftp -b - -P "$PORT" "${SSH_OPTS[@]}" 127.0.0.1 >"$WORK/sftp.out" 2>&1 || fail "sftp ls failed: $(cat "$WORK/sftp.out")"
grep -qF "smoke-invoices.csv" "$WORK/sftp.out" || fail "sftp ls does not list the report: $(cat "$WORK/sftp.out")"
echo "openssh-smoke: sftp lists the folder; upload, rm, rename, mkdir and '..' are refused, nothing changed"

# ssh-audit, an independent auditor of SSH servers: no [fail], and the banner names no library.
ssh-audit -n -p "$PORT" 127.0.0.1 >"$WORK/ssh-audit.out" 2>&1 || true
grep -qF "(gen) banner: SSH-2.0-" "$WORK/ssh-audit.out" || fail "ssh-audit did not run: $(cat "$WORK/ssh-audit.out")"
! grep -F "[fail]" "$WORK/ssh-audit.out" >&2 || fail "ssh-audit reports [fail] (above)"
! grep -i "(gen) banner:.*sshd" "$WORK/ssh-audit.out" >&2 || fail "the version banner names the SSH library"
! grep -E "\[warn\] using (weak|encrypt-and-MAC)" "$WORK/ssh-audit.out" >&2 || fail "ssh-audit warns of weak MACs (above)"
echo "openssh-smoke: ssh-audit finds no [fail] and no weak MAC; $(grep -F '(gen) banner' "$WORK/ssh-audit.out")"

# 6. Ctrl-C (SIGINT) and SIGTERM stop the server cleanly, with a session open.
# A script started as a background job (`cmd &` from another script, nohup ... &) inherits
# SIGINT ignored, and neither bash nor the JVM may undo that: the server then rightly ignores
# SIGINT, so only SIGTERM can be checked, and the line says so.
SIGNALS="INT TERM"
if [ -n "$(trap -p INT)" ]; then
  echo "openssh-smoke: SIGINT is ignored by whoever started this script (a background job?): checking SIGTERM only"
  SIGNALS="TERM"
fi
first_signal=true
for signal in $SIGNALS; do
  $first_signal || start_server
  first_signal=false
  connect
  kill -s "$signal" "$SERVER_PID"
  STATUS=""
  for _ in $(seq 100); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      set +e; wait "$SERVER_PID"; STATUS=$?; set -e
      break
    fi
    sleep 0.1
  done
  [ -n "$STATUS" ] || fail "the server did not stop within 10 s of SIG$signal"
  # The JVM exits 130/143 on SIGINT/SIGTERM after its shutdown hooks ran: that is the clean way out.
  case "$STATUS" in 0|130|143) ;; *) fail "the server exited with status $STATUS on SIG$signal";; esac
  SERVER_PID=""
  ! grep -q "Exception" "$WORK/server.log" || fail "the server printed an exception while stopping on SIG$signal"
  for _ in $(seq 50); do [ -s "$WORK/ssh.status" ] && break; sleep 0.1; done
  [ -s "$WORK/ssh.status" ] || fail "the open ssh session did not end when the server stopped on SIG$signal"
  echo "openssh-smoke: SIG$signal stopped the server (exit $STATUS) and closed the open session"
done

echo "openssh-smoke: OK (host key $PRINTED)"
