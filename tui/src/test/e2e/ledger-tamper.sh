#!/usr/bin/env bash
# R23 with the real jar, as an attacker on the host would try it: sqlite3 and sha256sum, no key.
# An audit entry is edited and every later hash recomputed (and the head rewritten), which the
# plain hash chain cannot tell from the truth; `audit verify` must still fail, naming the row.
# Then: the newest rows deleted and the head rewritten; the key missing; another key.
#   tui/src/test/e2e/ledger-tamper.sh [JAR]     # exit 0 = pass, 1 = fail
# Needs: java 17, sqlite3, sha256sum (Debian: sqlite3 coreutils).
set -euo pipefail
JAR=${1:-tui/target/actionpack.jar}
[ -f "$JAR" ] || { echo "FAIL: $JAR not found: build it first" >&2; exit 1; }
for tool in java sqlite3 sha256sum; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool not found" >&2; exit 1; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" HOME="$WORK"
unset ACTIONPACK_LEDGER_KEY ACTIONPACK_DB
KEY="$WORK/data/actionpack/ledger.key"
fail() { echo "FAIL: $*" >&2; exit 1; }

# verify DB EXPECTED_CODE PATTERN: runs `audit verify`, checks its exit code and that its output matches.
verify() {
    set +e
    out=$(java -jar "$JAR" audit verify --db "$1" 2>&1)
    code=$?
    set -e
    [ "$code" -eq "$2" ] || fail "audit verify on $1 exited $code, not $2: $out"
    grep -qE "$3" <<<"$out" || fail "audit verify on $1 said '$out', not /$3/"
}

# The attacker's tool: recompute every row hash of a ledger and its head with sha256sum, by
# LedgerChain's published rule (SHA-256 of the previous hash, a newline, then name=quote(value)
# and a newline for each non-NULL column but row_hash and row_seal, in column order).
recompute() {
    local db=$1 table=$2 prev="" content hash id count=0
    local expr
    expr=$(sqlite3 "$db" "SELECT group_concat('CASE WHEN \"' || name || '\" IS NULL THEN '''' ELSE ''' || name
        || '='' || quote(\"' || name || '\") || char(10) END', ' || ') FROM (SELECT name FROM pragma_table_info('$table')
        WHERE name NOT IN ('row_hash', 'row_seal') ORDER BY cid)")
    for id in $(sqlite3 "$db" "SELECT id FROM $table ORDER BY id"); do
        content=$(sqlite3 "$db" "SELECT $expr || 'x' FROM $table WHERE id = $id")
        content=${content%x}
        hash=$(printf '%s\n%s' "$prev" "$content" | sha256sum | cut -d' ' -f1)
        sqlite3 "$db" ".dbconfig enable_trigger off" "UPDATE $table SET row_hash = '$hash' WHERE id = $id" >/dev/null
        prev=$hash
        count=$((count + 1))
    done
    sqlite3 "$db" "UPDATE ledger_heads SET row_count = $count, last_id = (SELECT max(id) FROM $table),
        last_hash = '$prev' WHERE ledger = '$table'"
}

java -jar "$JAR" demo >/dev/null 2>"$WORK/err" || fail "demo failed: $(cat "$WORK/err")"
DEMO="$WORK/data/actionpack/demo.db"
[ -f "$KEY" ] || fail "no ledger key was made at $KEY"
[ "$(stat -c %a "$KEY")" = 600 ] || fail "the ledger key is mode $(stat -c %a "$KEY"), not 600"
verify "$DEMO" 0 '^ok: 1 invoices and credit notes, 1 redemptions, [0-9]+ audit entries'
cp "$DEMO" "$WORK/clean.db"

# 1. Edit audit entry 3, recompute every hash after it and the head: the plain chain is whole again.
sqlite3 "$DEMO" ".dbconfig enable_trigger off" "UPDATE audit_log SET actor = 'mallory@example.com' WHERE id = 3" >/dev/null
recompute "$DEMO" audit_log
verify "$DEMO" 1 'audit entries: row 3 \(.*\) does not match its seal'

# 2. Delete the newest two audit entries and rewrite the head to match what is left.
cp "$WORK/clean.db" "$WORK/tail.db"
sqlite3 "$WORK/tail.db" ".dbconfig enable_trigger off" "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)" >/dev/null
recompute "$WORK/tail.db" audit_log
verify "$WORK/tail.db" 1 'audit entries: its head .* does not match its seal'

# 3. No key: one line, exit 3, and no new key is made. 4. Another key: the same.
mv "$KEY" "$WORK/saved.key"
verify "$WORK/clean.db" 3 '^actionpack: The ledgers of .* are sealed with the ledger key [0-9a-f]{16} .*there is no key at'
[ ! -e "$KEY" ] || fail "a new key was made for a sealed database"
(umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$KEY"; echo >>"$KEY")
verify "$WORK/clean.db" 3 'but the key at .* is [0-9a-f]{16}'
mv "$WORK/saved.key" "$KEY"
verify "$WORK/clean.db" 0 '^ok:'
echo "PASS: ledger-tamper: a recomputed chain, a deleted tail, a missing and a wrong key are each found by audit verify"
