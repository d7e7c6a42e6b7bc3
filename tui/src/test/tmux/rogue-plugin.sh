#!/usr/bin/env bash
# A misbehaving plugin in the real console, in tmux at 80x24: one that calls System.exit in its
# bytecode (refused at load time: the Reports screen and the log name it and the call, the other
# plugin loads), one that prints to System.out and System.err while it runs (the screen stays
# clean; the lines go to the log), and one that calls System.exit by reflection, which no
# load-time check sees (the terminal is restored, no .part file is left, the log names the plugin).
source "$(dirname "$0")/lib.sh"
need javac
step() { echo "- $*"; }
fail() { echo "FAIL: $*" >&2; screen_text >&2; exit 1; }

SPI="$(ls "$REPO_ROOT"/reports-spi/target/actionpack-reports-spi-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1)"
[ -n "$SPI" ] || { echo "FAIL: build reports-spi first" >&2; exit 1; }
DATA="$WORK/data"
PLUGINS="$WORK/plugins"
mkdir -p "$WORK/src/rogue" "$WORK/classes/META-INF/services" "$PLUGINS"
cat > "$WORK/src/rogue/Rogue.java" <<'JAVA'
package rogue;

import com.actionpack.reports.spi.*;
import java.io.*;
import java.util.List;

public final class Rogue implements ReportPlugin {
    public String name() { return "rogue"; }
    public String spiVersion() { return SPI_VERSION; }
    public List<ReportType> reportTypes() { return List.of(new Type("rogue-exits"), new Type("rogue-prints")); }

    static final class Type implements ReportType {
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
        public String title() { return id; }
        public String description() { return id; }
        public List<String> formats() { return List.of("txt"); }
        public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress,
                        ReportContext context) throws IOException {
            System.out.println("STRAY-OUT from the plugin");
            System.err.println("STRAY-ERR from the plugin");
            out.write("a line\n".getBytes());
            out.flush();
            if (id.equals("rogue-exits")) {
                try { // by reflection: a direct call would have the jar refused at load time
                    Class.forName("java.lang." + "System").getMethod("ex" + "it", int.class).invoke(null, 3);
                } catch (ReflectiveOperationException e) {
                    throw new IOException(e);
                }
            }
        }
    }
}
JAVA
javac --release 17 -cp "$SPI" -d "$WORK/classes" "$WORK/src/rogue/Rogue.java"
echo rogue.Rogue > "$WORK/classes/META-INF/services/com.actionpack.reports.spi.ReportPlugin"
jar --create --file "$PLUGINS/rogue.jar" -C "$WORK/classes" .

mkdir -p "$WORK/src/quits" "$WORK/classes-quits/META-INF/services"
cat > "$WORK/src/quits/Quits.java" <<'JAVA'
package quits;

import com.actionpack.reports.spi.*;
import java.util.List;

public final class Quits implements ReportPlugin {
    public String name() { return "quits"; }
    public String spiVersion() { return SPI_VERSION; }
    public List<ReportType> reportTypes() { System.exit(4); return List.of(); }
}
JAVA
javac --release 17 -cp "$SPI" -d "$WORK/classes-quits" "$WORK/src/quits/Quits.java"
echo quits.Quits > "$WORK/classes-quits/META-INF/services/com.actionpack.reports.spi.ReportPlugin"
jar --create --file "$PLUGINS/quits.jar" -C "$WORK/classes-quits" .

# demo writes demo.db unless it is told which database to fill: fill the default one, which
# the console below opens.
mkdir -p "$DATA/actionpack"
XDG_DATA_HOME="$DATA" java -jar "$JAR" demo --db "$DATA/actionpack/actionpack.db" >"$WORK/demo.out"
start_shell 80 24
type_line "cd '$WORK/home'; XDG_DATA_HOME='$DATA' java -jar '$JAR' --plugins '$PLUGINS' --user global.admin@contoso-demo.example; echo EXIT:\$?"

open_reports() {
    wait_for "Action Pack Console — Main menu" 20
    local first row
    first="$(screen_text | grep -n -m1 -E '^ Membership ' | cut -d: -f1)"
    row="$(screen_text | grep -n -m1 -E '^ Reports  ' | cut -d: -f1)"
    [ -n "$first" ] && [ -n "$row" ] || fail "the main menu does not list Reports"
    keys Home
    for ((i = first; i < row; i++)); do tmux send-keys -t "$SESSION" Down; done
    keys Enter
    wait_for "Action Pack Console — Reports" 20
}

# run_report ID: opens the report (listed after the built-in ones) and runs it to its default file.
run_report() {
    local id="$1" first row
    first="$(screen_text | grep -n -m1 -E '^invoices ' | cut -d: -f1)"
    row="$(screen_text | grep -n -m1 -E "^$id " | cut -d: -f1)"
    [ -n "$first" ] && [ -n "$row" ] || fail "the Reports list does not show $id"
    keys Home
    for ((i = first; i < row; i++)); do tmux send-keys -t "$SESSION" Down; done
    keys Enter
    wait_for "Report $id" 10
    keys Tab
    keys Enter
}

step "a plugin calling System.exit is refused at load: the Reports screen and the log say which and why"
open_reports
wait_for "Plugin problems (1), not loaded; the rest work" 10
wait_for "plugin quits.jar (quits.Quits): refused: quits.Quits.reportTypes calls" 5
grep -q "plugin quits.jar (quits.Quits): refused: quits.Quits.reportTypes calls System.exit, which would end the app and every session in it" \
    "$DATA/actionpack/actionpack.log" || fail "the log does not name the refused plugin and its call"

step "a plugin printing to System.out and System.err: the screen stays clean, the log has the lines"
run_report rogue-prints
wait_for "report rogue-prints: 0 rows written" 20
sleep 0.5
expect_absent "STRAY-OUT"
expect_absent "STRAY-ERR"
grep -q "stdout: STRAY-OUT from the plugin" "$DATA/actionpack/actionpack.log" || fail "no STRAY-OUT in the log"
grep -q "STRAY-ERR from the plugin" "$DATA/actionpack/actionpack.log" || fail "no STRAY-ERR in the log"

step "a plugin calling System.exit by reflection: the terminal is restored, no .part file, the log names it"
keys Escape
wait_for "Action Pack Console — Reports"
run_report rogue-exits
wait_for "EXIT:3" 20
expect_absent "Action Pack Console"
type_line "clear; stty -a | tr ' ' '\n' | grep -xE 'icanon|echo' | tr '\n' ' '; echo MODES-\$((40+2))"
wait_for "icanon echo MODES-42" 5
left="$(find "$WORK/home" -name '*.part' | wc -l)"
[ "$left" -eq 0 ] || fail "$left .part file(s) left in $WORK/home"
ls "$WORK/home"/rogue-exits* >/dev/null 2>&1 && fail "a report file was left for the exited run"
grep -q "report rogue-exits of plugin 'rogue' (rogue.jar) was running" "$DATA/actionpack/actionpack.log" \
    || fail "the log does not name the plugin: $(tail -5 "$DATA/actionpack/actionpack.log")"
echo "rogue-plugin.sh: ok"
