# Shared helpers for the tmux scripts: source it, do not run it.
# Drives the real jar in a detached tmux session and reads the pane back as text.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
JAR="${ACTIONPACK_JAR:-$REPO_ROOT/tui/target/actionpack.jar}"
SESSION="actionpack-$$"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

need() {
    command -v "$1" >/dev/null 2>&1 || { echo "SKIP: $1 is not installed" >&2; exit 77; }
}

need tmux
need java
[ -f "$JAR" ] || { echo "FAIL: $JAR not found: build it first (mvn -B -q -pl tui -am verify)" >&2; exit 1; }

WORK="$(mktemp -d)"
# A tmux server of our own: another script's `tmux kill-server` on the shared default socket
# would otherwise end this run's session half way.
export TMUX_TMPDIR="$WORK/tmux"
mkdir -p "$TMUX_TMPDIR"
cleanup() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# start_shell COLS ROWS: a plain bash in tmux, so that what the app leaves behind can be checked.
start_shell() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    tmux new-session -d -s "$SESSION" -x "$1" -y "$2" \
        "env -i PATH='$PATH' HOME='$WORK/home' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='$ ' bash --norc --noprofile"
    tmux set-option -t "$SESSION" status off >/dev/null
    mkdir -p "$WORK/home"
}

screen_text() {
    tmux capture-pane -p -t "$SESSION"
}

# wait_for TEXT [SECONDS]: until the pane shows TEXT.
wait_for() {
    local text="$1" timeout="${2:-15}" waited=0
    until screen_text | grep -qF -- "$text"; do
        sleep 0.05
        waited=$((waited + 1))
        if [ "$waited" -ge $((timeout * 20)) ]; then
            echo "FAIL: waited ${timeout}s for: $text" >&2
            screen_text >&2
            exit 1
        fi
    done
}

# expect_line ROW TEXT: row (1-based) contains TEXT.
expect_line() {
    local row="$1" text="$2" line
    line="$(screen_text | sed -n "${row}p")"
    case "$line" in
        *"$text"*) ;;
        *) echo "FAIL: row $row should contain '$text' but is: '$line'" >&2; screen_text >&2; exit 1 ;;
    esac
}

expect_absent() {
    if screen_text | grep -qF -- "$1"; then
        echo "FAIL: screen should not show: $1" >&2
        screen_text >&2
        exit 1
    fi
}

keys() {
    tmux send-keys -t "$SESSION" "$@"
    sleep 0.25
}

type_line() {
    tmux send-keys -t "$SESSION" -l "$1"
    tmux send-keys -t "$SESSION" Enter
}
