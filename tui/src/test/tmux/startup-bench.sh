#!/usr/bin/env bash
# Start-to-first-drawn-screen of the console in tmux (80x24), against a Java hello world
# measured the same way in the same run. Prints the figures and their ratios; asserts nothing.
#
#   tui/src/test/tmux/startup-bench.sh [RUNS]     # default 7 runs of each, interleaved
#
# What is timed, each from exec to its first screen's text:
#   - bin/actionpack (the README's run command: the jar with the class-data archive that
#     `mvn package` records) signed in on an existing database (the demo account) -> "Main menu";
#   - the same on a new database, as on the very first run after a build -> the first-run form;
#   - plain `java -jar` on the existing database, without the archive, for comparison.
# Each run: a shell in tmux writes the clock (ns) and execs the program; this script polls the
# pane every ~10 ms until the text appears. Polling adds up to ~10-15 ms to every figure alike.
# Beside the wall time it prints the CPU time (user + system) the app's JVM had used when its
# first screen appeared, against the hello world's whole CPU time: on a machine shared with
# other work the CPU times move far less than the wall times.
# ACTIONPACK_JAR=/path overrides the jar; it builds nothing itself. `uptime` is printed before
# and after: the ratios, not the milliseconds, are what compares between runs.

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need javac

RUNS="${1:-7}"
LAUNCHER="$REPO_ROOT/bin/actionpack"
echo "uptime before: $(uptime)"
[ -f "${JAR%.jar}.jsa" ] || echo "note: no class-data archive ${JAR%.jar}.jsa: bin/actionpack runs without it"
mkdir -p "$WORK/hello"
cat >"$WORK/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac -d "$WORK/hello" "$WORK/hello/Hello.java"

# time_first_screen MARKER DATA_DIR COMMAND...: milliseconds from exec to MARKER on screen.
time_first_screen() {
    local marker="$1" data="$2"; shift 2
    local start_file="$WORK/start"
    rm -f "$start_file"
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    tmux new-session -d -s "$SESSION" -x 80 -y 24 \
        "env LANG=C.UTF-8 XDG_DATA_HOME='$data' XDG_CACHE_HOME='$WORK/cache' ACTIONPACK_JAR='$JAR' sh -c 'date +%s%N > $start_file; $*; sleep 30'"
    local deadline=$(( $(date +%s) + 60 ))
    until screen_text 2>/dev/null | grep -qF -- "$marker"; do
        sleep 0.01
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "FAIL: no '$marker' on screen after 60 s" >&2
            screen_text >&2 || true
            exit 1
        fi
    done
    local seen
    seen="$(date +%s%N)"
    # The JVM's CPU time so far (clock ticks of 10 ms), when it is still there to ask.
    local pane java cpu=""
    pane="$(tmux display -p -t "$SESSION" '#{pane_pid}' 2>/dev/null || true)"
    java="$(pgrep -P "$pane" java 2>/dev/null | head -1 || true)"
    if [ -n "$java" ]; then
        cpu="$(awk '{print ($14 + $15) * 10}' "/proc/$java/stat" 2>/dev/null || true)"
    fi
    echo "$(( (seen - $(cat "$start_file")) / 1000000 )) ${cpu:-0}"
    tmux kill-session -t "$SESSION" 2>/dev/null || true
}

# hello_cpu: the hello world's whole CPU time in ms (it ends at once, so timed as a process).
hello_cpu() {
    /usr/bin/time -f '%U %S' -o "$WORK/hello.time" java -cp "$WORK/hello" Hello >/dev/null
    awk '{printf "%d\n", ($1 + $2) * 1000}' "$WORK/hello.time"
}

median() {
    sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

# An existing database (the demo account), as a returning admin has: the console opens it,
# checks its schema version and reads the signed-in user before the first screen.
mkdir -p "$WORK/data/actionpack"
XDG_DATA_HOME="$WORK/data" java -jar "$JAR" --db "$WORK/data/actionpack/actionpack.db" demo >/dev/null
USER_ARGS="--user global.admin@contoso-demo.example"

hello=()
hello_cpus=()
launcher=()
launcher_cpus=()
first=()
first_cpus=()
plain=()
plain_cpus=()
# One warm-up of each: the first JVM start reads the jar from a cold page cache.
time_first_screen "Hello, world" "$WORK/data" "java -cp $WORK/hello Hello" >/dev/null
time_first_screen "Main menu" "$WORK/data" "$LAUNCHER $USER_ARGS" >/dev/null
for run in $(seq "$RUNS"); do
    read -r ms _ <<<"$(time_first_screen "Hello, world" "$WORK/data" "java -cp $WORK/hello Hello")"
    hello+=("$ms"); hello_cpus+=("$(hello_cpu)")
    read -r ms cpu <<<"$(time_first_screen "Main menu" "$WORK/data" "$LAUNCHER $USER_ARGS")"
    launcher+=("$ms"); launcher_cpus+=("$cpu")
    read -r ms cpu <<<"$(time_first_screen "First run" "$WORK/new-$run" "$LAUNCHER")"
    first+=("$ms"); first_cpus+=("$cpu")
    read -r ms cpu <<<"$(time_first_screen "Main menu" "$WORK/data" "java -jar $JAR $USER_ARGS")"
    plain+=("$ms"); plain_cpus+=("$cpu")
done

hello_median="$(printf '%s\n' "${hello[@]}" | median)"
hello_cpu_median="$(printf '%s\n' "${hello_cpus[@]}" | median)"
report() { # LABEL MEDIAN_OF_HELLO VALUES...
    local label="$1" h="$2"; shift 2
    local m
    m="$(printf '%s\n' "$@" | median)"
    awk -v l="$label" -v v="$*" -v m="$m" -v h="$h" \
        'BEGIN { printf "%-50s %s  (median %d, %.1fx hello world)\n", l, v, m, m / h }'
}
echo "runs:                                              $RUNS each, interleaved (after one warm-up)"
echo "java hello world, ms:                              ${hello[*]}  (median $hello_median)"
report "bin/actionpack, existing database, ms:" "$hello_median" "${launcher[@]}"
report "bin/actionpack, new database (first run), ms:" "$hello_median" "${first[@]}"
report "java -jar (no archive), existing database, ms:" "$hello_median" "${plain[@]}"
echo "CPU time (user + system) at the first screen:"
echo "java hello world (whole run), CPU ms:              ${hello_cpus[*]}  (median $hello_cpu_median)"
report "bin/actionpack, existing database, CPU ms:" "$hello_cpu_median" "${launcher_cpus[@]}"
report "bin/actionpack, new database (first run), CPU ms:" "$hello_cpu_median" "${first_cpus[@]}"
report "java -jar (no archive), existing database, CPU ms:" "$hello_cpu_median" "${plain_cpus[@]}"
echo "uptime after: $(uptime)"
