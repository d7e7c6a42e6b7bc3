#!/usr/bin/env bash
# Runs the shell blocks of docs/plugins.md marked <!-- guide-e2e --> exactly as written, in a
# temporary folder, as a newcomer would: get the SDK from the clone, build the example plugin
# from the starter pom (its tests use the test kit), install it and run it from the CLI.
#
# Usage: bash tui/src/test/sdk/guide.sh /abs/path/actionpack.jar
#
# Isolation, not changes to the commands: `mvn` installs into a private local repository (never
# the shared ~/.m2) that reads already-downloaded artifacts from ~/.m2 first and Maven Central
# for the rest; `actionpack` is the given jar; the app's data lives in the temporary folder.
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/../../../.." && pwd)"
jar="${1:?usage: guide.sh /abs/path/actionpack.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/settings.xml" <<XML
<settings>
  <profiles>
    <profile>
      <id>seed</id>
      <repositories><repository><id>seed</id><url>file://$HOME/.m2/repository</url></repository></repositories>
      <pluginRepositories><pluginRepository><id>seed</id><url>file://$HOME/.m2/repository</url></pluginRepository></pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>seed</activeProfile></activeProfiles>
</settings>
XML

# The guide's commands, in order, from the marked blocks.
awk '/<!-- guide-e2e -->/ {mark=1; next}
     mark && /^```sh$/ {inblock=1; next}
     inblock && /^```$/ {inblock=0; mark=0; next}
     inblock {print}' "$repo_root/docs/plugins.md" > "$work/guide-commands.sh"
if [ "$(grep -c . "$work/guide-commands.sh")" -lt 8 ]; then
  echo "guide.sh: found too few guide commands in docs/plugins.md:" >&2
  cat "$work/guide-commands.sh" >&2
  exit 1
fi

cat > "$work/run.sh" <<SH
set -euo pipefail
mvn() { command mvn -s "$work/settings.xml" -Dmaven.repo.local="$work/m2" "\$@"; }
actionpack() { java -jar "$jar" "\$@"; }
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
cd "$work"
ln -s "$repo_root" actionpack
set -x
SH
cat "$work/guide-commands.sh" >> "$work/run.sh"

echo "guide.sh: running the guide's commands from docs/plugins.md"
bash "$work/run.sh" > "$work/out.txt" 2> "$work/err.txt" || {
  echo "guide.sh: FAILED; the commands' output:" >&2
  cat "$work/out.txt" "$work/err.txt" >&2
  exit 1
}

# The installed SDK has its sources and Javadoc jars.
for kind in "" -sources -javadoc; do
  f="$work/m2/com/actionpack/actionpack-reports-spi/0.1.0-SNAPSHOT/actionpack-reports-spi-0.1.0-SNAPSHOT$kind.jar"
  [ -f "$f" ] || { echo "guide.sh: missing $f" >&2; exit 1; }
done
# The example's tests ran (surefire wrote its report) and the plugin ran from the CLI.
ls "$work/my-plugin/target/surefire-reports/"*InvoiceTotalsReportTest.txt >/dev/null
grep -q "Tests run: 3, Failures: 0, Errors: 0" "$work/my-plugin/target/surefire-reports/"*InvoiceTotalsReportTest.txt
grep -q "^invoice-totals .*invoice-totals-plugin-1.0.0.jar" "$work/out.txt" || {
  echo "guide.sh: report list did not show the plugin:" >&2; cat "$work/out.txt" >&2; exit 1; }
grep -q "^currency	invoices	credit_notes	total$" "$work/out.txt" || {
  echo "guide.sh: the report did not run:" >&2; cat "$work/out.txt" "$work/err.txt" >&2; exit 1; }
grep -qE "^[A-Z]{3}	[0-9]+	[0-9]+	-?[0-9]+(\.[0-9]+)?$" "$work/out.txt" || {
  echo "guide.sh: no currency total in the report:" >&2; cat "$work/out.txt" >&2; exit 1; }
echo "guide.sh: ok (SDK installed with sources and Javadoc, example built and tested, plugin ran)"
