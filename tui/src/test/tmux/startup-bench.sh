#!/usr/bin/env bash
# Start-to-first-drawn-screen of the console in tmux (80x24), against a Java hello world
# measured the same way in the same run. Prints the figures; asserts nothing.
#
#   tui/src/test/tmux/startup-bench.sh [RUNS]     # default 7 runs of each, alternating
#
# Each run: a shell in tmux writes the clock (ns) and execs the program; this script polls the
# pane every ~10 ms until the first screen's text appears. Polling adds up to ~10-15 ms to
# both figures alike. ACTIONPACK_JAR=/path overrides the jar; it builds nothing itself.

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need javac

RUNS="${1:-7}"
# Other processes skew every figure: the load average is printed with them.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$WORK/hello"
cat >"$WORK/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac -d "$WORK/hello" "$WORK/hello/Hello.java"

# time_first_screen MARKER COMMAND...: milliseconds from exec to MARKER on screen.
time_first_screen() {
    local marker="$1"; shift
    local start_file="$WORK/start"
    rm -f "$start_file"
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    tmux new-session -d -s "$SESSION" -x 80 -y 24 \
        "env LANG=C.UTF-8 XDG_DATA_HOME='$WORK/data' sh -c 'date +%s%N > $start_file; $*; sleep 30'"
    local deadline=$(( $(date +%s) + 30 ))
    until screen_text 2>/dev/null | grep -qF -- "$marker"; do
        sleep 0.01
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "FAIL: no '$marker' on screen after 30 s" >&2
            exit 1
        fi
    done
    local seen
    seen="$(date +%s%N)"
    echo $(( (seen - $(cat "$start_file")) / 1000000 ))
    tmux kill-session -t "$SESSION" 2>/dev/null || true
}

median() {
    sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

# An existing database (the demo account), as a returning admin has: the console opens it,
# checks its migrations and reads the signed-in user before the first screen.
mkdir -p "$WORK/data/actionpack"
XDG_DATA_HOME="$WORK/data" java -jar "$JAR" --db "$WORK/data/actionpack/actionpack.db" demo >/dev/null
APP="-jar $JAR --user global.admin@contoso-demo.example"

# ACTIONPACK_CDS=1 adds a run with an AppCDS archive (dumped once here on a quit console):
# what a launcher script passing -XX:SharedArchiveFile would get.
CDS_ARCHIVE="$WORK/actionpack.jsa"
if [ "${ACTIONPACK_CDS:-0}" = 1 ]; then
    tmux new-session -d -s "$SESSION" -x 80 -y 24 \
        "env LANG=C.UTF-8 XDG_DATA_HOME='$WORK/data' java -XX:ArchiveClassesAtExit=$CDS_ARCHIVE $APP"
    wait_for "Main menu" 30
    tmux send-keys -t "$SESSION" q
    while tmux has-session -t "$SESSION" 2>/dev/null; do sleep 0.1; done
    sleep 1
fi

hello=()
console=()
cold=()
cds=()
# One warm-up of each: the first JVM start reads the jar from a cold page cache.
time_first_screen "Hello, world" "java -cp $WORK/hello Hello" >/dev/null
time_first_screen "Main menu" "java $APP" >/dev/null
for _ in $(seq "$RUNS"); do
    hello+=("$(time_first_screen "Hello, world" "java -cp $WORK/hello Hello")")
    console+=("$(time_first_screen "Main menu" "java $APP")")
    cold+=("$(time_first_screen "Main menu" "java -Dactionpack.warmup=false $APP")")
    if [ -f "$CDS_ARCHIVE" ]; then
        cds+=("$(time_first_screen "Main menu" "java -XX:SharedArchiveFile=$CDS_ARCHIVE $APP")")
    fi
done

hello_median="$(printf '%s\n' "${hello[@]}" | median)"
console_median="$(printf '%s\n' "${console[@]}" | median)"
cold_median="$(printf '%s\n' "${cold[@]}" | median)"
echo "runs:                               $RUNS each, interleaved (after one warm-up)"
echo "load average before:                $LOAD_BEFORE"
echo "java hello world, ms:               ${hello[*]}  (median $hello_median)"
echo "console first screen, ms:           ${console[*]}  (median $console_median)"
echo "  same without the warm-up thread:  ${cold[*]}  (median $cold_median)"
if [ "${#cds[@]}" -gt 0 ]; then
    echo "  same with an AppCDS archive:      ${cds[*]}  (median $(printf '%s\n' "${cds[@]}" | median))"
fi
awk -v c="$console_median" -v h="$hello_median" 'BEGIN { printf "ratio console / hello world:        %.1f\n", c / h }'
echo "load average after:                 $(cut -d' ' -f1-3 /proc/loadavg)"
