#!/usr/bin/env bash
# `actionpack demo` at scale in a small heap (issue 10): 200,000 invoices under -Xmx128m must
# finish with exit 0 and its summary line; before, the batches held every row and ran out of
# memory with nothing on the terminal. Prints the time taken and the load, for the record.
#   tui/src/test/e2e/demo-scale.sh [JAR]     # exit 0 = pass, 1 = fail
set -euo pipefail
JAR=${1:-tui/target/actionpack.jar}
[ -f "$JAR" ] || { echo "FAIL: $JAR not found: build it first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" HOME="$WORK"
start=$(date +%s)
set +e
out=$(java -Xmx128m -jar "$JAR" demo --accounts 1000 --invoices 200000 --db "$WORK/scale.db" 2>"$WORK/err")
code=$?
set -e
took=$(( $(date +%s) - start ))
if [ "$code" -ne 0 ] || ! grep -q "Generated 1,000 accounts and 200,000 invoices" <<<"$out"; then
    echo "FAIL: demo exited $code" >&2; echo "$out" >&2; cat "$WORK/err" >&2; exit 1
fi
[ ! -s "$WORK/err" ] || { echo "FAIL: demo wrote to stderr:" >&2; cat "$WORK/err" >&2; exit 1; }
echo "PASS: demo --accounts 1000 --invoices 200000 under -Xmx128m in ${took} s (load:$(uptime | sed 's/.*load average://'))"
