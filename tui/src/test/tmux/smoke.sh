#!/usr/bin/env bash
# End-to-end smoke test of the real fat jar in a real terminal (tmux, 80x24, UTF-8).
#
#   mvn -B -q -pl tui -am verify          # builds tui/target/actionpack.jar
#   tui/src/test/tmux/smoke.sh            # exit 0 = pass, 1 = fail, 77 = tmux/java missing
#
# ACTIONPACK_JAR=/path/to/actionpack.jar overrides the jar. It builds nothing itself.

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

step() { echo "- $*"; }

# Line editing and echo are back on: the shell prints "icanon echo MODES-42" (the marker is
# computed so that the typed command itself never matches).
check_terminal_modes() {
    type_line "clear; stty -a | tr ' ' '\n' | grep -xE 'icanon|echo' | tr '\n' ' '; echo MODES-\$((40+2))"
    wait_for "icanon echo MODES-42" 5
}
DATA="$WORK/data"
RUN="java -jar '$JAR'"

step "command line: --version, a bad --as-of date, and no terminal"
version="$(java -jar "$JAR" --version)"
[[ "$version" =~ ^actionpack\ [0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "FAIL: --version said '$version'" >&2; exit 1; }
set +e
XDG_DATA_HOME="$DATA" java -jar "$JAR" --as-of 2026-02-30 >"$WORK/out" 2>"$WORK/err"
code=$?
XDG_DATA_HOME="$DATA" java -jar "$JAR" </dev/null >/dev/null 2>"$WORK/err2"
code2=$?
set -e
[ "$code" -eq 2 ] || { echo "FAIL: bad date exit code $code, want 2" >&2; exit 1; }
[ "$(wc -l <"$WORK/err")" -eq 1 ] || { echo "FAIL: bad date should be one line:" >&2; cat "$WORK/err" >&2; exit 1; }
grep -q "is not a date: write it as YYYY-MM-DD" "$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
[ "$code2" -ne 0 ] && [ "$(wc -l <"$WORK/err2")" -eq 1 ] && grep -q "needs an interactive terminal" "$WORK/err2" \
    || { echo "FAIL: without a terminal:" >&2; cat "$WORK/err2" >&2; exit 1; }

step "console at 80x24: title, banner, footer (on the demo database)"
# The demo into the default database (demo alone writes <data dir>/demo.db): the console below opens it.
mkdir -p "$DATA/actionpack"
XDG_DATA_HOME="$DATA" java -jar "$JAR" --db "$DATA/actionpack/actionpack.db" demo >"$WORK/demo.out" \
    || { echo "FAIL: actionpack demo:" >&2; cat "$WORK/demo.out" >&2; exit 1; }
USER_EMAIL="global.admin@contoso-demo.example"
start_shell 80 24
type_line "XDG_DATA_HOME='$DATA' $RUN --user $USER_EMAIL --as-of 2027-03-01; echo EXIT:\$?"
wait_for "Action Pack Console — Main menu"
expect_line 1 "$USER_EMAIL"
expect_line 2 "Preview as of 2027-03-01"
expect_line 24 "?  Help"
expect_line 24 "q  Quit"

step "navigate into a workspace and back"
keys Down Down Enter
wait_for "Action Pack Console — Benefits"
wait_for "Benefit pack: MAPS"
wait_for "Esc  Back"
expect_line 24 "Esc  Back"
keys Escape
wait_for "Action Pack Console — Main menu"

step "help lists the keys and closes"
keys '?'
wait_for "Help — Main menu"
wait_for "Quit at once"
# The help is a table (widget.Table): each key, then what it does, in line.
screen_text | grep -qE 'Ctrl-C +Quit at once' || { echo "FAIL: help does not list Ctrl-C" >&2; exit 1; }
keys Escape
sleep 0.3
expect_absent "Help — Main menu"

step "resize to 120x40 and back"
tmux resize-window -t "$SESSION" -x 120 -y 40
sleep 0.5
expect_line 40 "?  Help"
tmux resize-window -t "$SESSION" -x 80 -y 24
sleep 0.5
expect_line 24 "?  Help"

step "q quits and the terminal is restored"
keys q
wait_for "EXIT:0"
expect_absent "Action Pack Console"
check_terminal_modes

step "Ctrl-C quits at once and restores the terminal"
type_line "clear; XDG_DATA_HOME='$DATA' $RUN; echo EXIT:\$?"
wait_for "Action Pack Console — Sign in"
keys C-c
wait_for "EXIT:0"
check_terminal_modes

step "SIGTERM ends it and the terminal is restored"
type_line "clear; sh -c 'echo \$\$ > \"$WORK/pid\"; exec env XDG_DATA_HOME=\"$DATA\" java -jar \"$JAR\"'; echo EXIT:\$?"
wait_for "Action Pack Console — Sign in"
kill -TERM "$(cat "$WORK/pid")"
wait_for "EXIT:143"
check_terminal_modes

step "NO_COLOR: no colour codes, selection in reverse video"
type_line "clear; NO_COLOR=1 XDG_DATA_HOME='$DATA' $RUN; echo EXIT:\$?"
wait_for "Action Pack Console — Sign in"
styled="$(tmux capture-pane -p -e -t "$SESSION")"
if grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]' <<<"$styled"; then
    echo "FAIL: colour codes with NO_COLOR set" >&2
    exit 1
fi
grep -qE $'\e\\[([0-9;]*;)?7[;m]' <<<"$styled" || { echo "FAIL: no reverse video with NO_COLOR" >&2; exit 1; }
keys q
wait_for "EXIT:0"

step "logs went to the data directory, not the terminal"
[ -f "$DATA/actionpack/actionpack.log" ] || { echo "FAIL: no log file in $DATA/actionpack" >&2; exit 1; }

echo "PASS: tmux smoke test"
