#!/usr/bin/env bash
# End-to-end journey of a newcomer in the real fat jar, in a real terminal (tmux, 80x24, UTF-8):
# first-run setup, enrollment, operator appointed from the host, verification, order by wire
# (instructions on the order, then cancelled), a card typed and confirmed but not charged, then a
# second wire order whose funds the operator records (paid, the term's timeline), provisioning,
# download the invoice (received by wire, paid), choose MAPS, redeem a benefit, export a CSV
# report, quit.
# It checks the screens and the files the console wrote.
#
#   mvn -B package -DskipTests            # builds tui/target/actionpack.jar (this script builds nothing)
#   tui/src/test/tmux/journey.sh          # exit 0 = pass, 1 = fail, 77 = tmux/java missing
#
# From .ci/run (after `mvn -B verify` has built the jar):
#   tui/src/test/tmux/journey.sh || { rc=$?; [ "$rc" -eq 77 ] || exit "$rc"; }
#
# ACTIONPACK_JAR=/path/to/actionpack.jar overrides the jar. Every screen it checks is saved as
# text under $JOURNEY_LOG (default ${TMPDIR:-/tmp}/journey): NN-name.txt, failure.txt on a failure,
# plus the invoice and the CSV it read back. It only polls (bounded), it never sleeps long.

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LOG="${JOURNEY_LOG:-${TMPDIR:-/tmp}/journey}"
rm -rf "$LOG"
mkdir -p "$LOG"
DATA="$WORK/data"
RUN="XDG_DATA_HOME='$DATA' java -jar '$JAR'"
ADMIN="ann@contoso.example"
# R4a: operators are back-office users added from the host, never the partner's own admin.
OPS="olga@backoffice.example"
SHOT=0
STARTED=$(date +%s%N)
STEP_STARTED=$STARTED
TIMINGS=""

on_exit() {
    local code=$?
    if [ "$code" -ne 0 ]; then
        tmux capture-pane -p -t "$SESSION" >"$LOG/failure.txt" 2>/dev/null || true
        echo "journey: screens are in $LOG" >&2
    fi
    cleanup
}
trap on_exit EXIT

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

step() {
    if [ -n "${STEP_NAME:-}" ]; then
        TIMINGS+="$(printf '  %6d ms  %s' "$(ms_since "$STEP_STARTED")" "$STEP_NAME")"$'\n'
    fi
    STEP_NAME="$*"
    STEP_STARTED=$(date +%s%N)
    echo "- $*"
}

fail() {
    echo "FAIL: $*" >&2
    screen_text >&2
    exit 1
}

# shot NAME: saves the pane as NN-NAME.txt, and reads it for cut text: a line that reaches
# column 80 must end with an ellipsis (or a window frame), else its end was cut off; and a
# window squeezed to the screen's width (its right frame in column 80) whose text runs into that
# frame (a letter or digit right before it) had a word cut there. (A window narrower than the
# screen is as wide as its text, so text may touch its frame.)
shot() {
    SHOT=$((SHOT + 1))
    local file line inner
    file="$LOG/$(printf '%02d' "$SHOT")-$1.txt"
    screen_text >"$file"
    while IFS= read -r line; do
        [ "${#line}" -ge 80 ] || continue
        case "$line" in
            *…|*┐|*┘|*┤) ;;
            *│)
                inner="${line%│}"
                case "$inner" in
                    *[[:alnum:]]) fail "a word cut at the right edge on screen $1: [$line]" ;;
                esac ;;
            *) fail "cut text on screen $1: [$line]" ;;
        esac
    done <"$file"
}

# The pane's line that shows the selection marker of a sheet ("> ...").
selected_line() {
    screen_text | grep -m1 -E '^> ' || true
}

# select_line TEXT [MAX]: presses Down, as someone reading the screen would, until the
# selected line ("> ...") contains TEXT. Each press waits (bounded) for the marker to move.
select_line() {
    local text="$1" max="${2:-40}" presses=0 before waited
    until selected_line | grep -qF -- "$text"; do
        [ "$presses" -lt "$max" ] || fail "no selectable line with '$text' after $max Down presses"
        before="$(selected_line)"
        tmux send-keys -t "$SESSION" Down
        presses=$((presses + 1))
        waited=0
        while [ "$(selected_line)" = "$before" ] && [ "$waited" -lt 40 ]; do
            sleep 0.05
            waited=$((waited + 1))
        done
    done
}

# open_workspace NAME: from the main menu, goes to the top (Home), down to NAME's row as read
# from the menu itself, Enter, and waits for that workspace's title.
open_workspace() {
    local name="$1" first row
    wait_for "Action Pack Console — Main menu"
    first="$(screen_text | grep -n -m1 -E '^Membership ' | cut -d: -f1 || true)"
    row="$(screen_text | grep -n -m1 -E "^$name +[A-Z]" | cut -d: -f1 || true)"
    [ -n "$first" ] && [ -n "$row" ] || fail "the main menu does not list $name"
    keys Home
    for ((i = first; i < row; i++)); do tmux send-keys -t "$SESSION" Down; done
    keys Enter
    wait_for "Action Pack Console — $name" 20
}

# start_as EMAIL: at the shell prompt, starts the console signed in as EMAIL.
start_as() {
    type_line "clear; $RUN --user $1; echo EXIT:\$?"
    wait_for "Action Pack Console — Main menu" 30
    wait_for "$1" 10   # the header may be drawn a moment after the title (loaded machine)
    expect_line 1 "$1"
}

# reopen_as EMAIL: quits the console (q) and starts it again signed in as EMAIL.
reopen_as() {
    keys q
    wait_for "EXIT:0" 15
    start_as "$1"
}

# clear_and_type TEXT: empties the focused one-line field (the cursor starts at its end) and types.
clear_and_type() {
    tmux send-keys -t "$SESSION" -N 100 BSpace
    tmux send-keys -t "$SESSION" -l "$1"
}

# expect_focus TEXT: TEXT starts right after the focus colour (blue background) is switched on,
# as the theme draws the focused button; an unfocused one only has its first letter so.
# Polls (bounded): the key that moves the focus may still be on its way.
expect_focus() {
    local waited=0
    until tmux capture-pane -p -e -t "$SESSION" | grep -qF -- $'\e[44m'"$1"; do
        sleep 0.05
        waited=$((waited + 1))
        [ "$waited" -lt 200 ] || fail "'$1' should have the focus"
    done
}

check_terminal_modes() {
    type_line "clear; stty -a | tr ' ' '\n' | grep -xE 'icanon|echo' | tr '\n' ' '; echo MODES-\$((40+2))"
    wait_for "icanon echo MODES-42" 5
}

start_shell 80 24

# ---------------------------------------------------------------------------------------------
step "1. first run on an empty database: the setup form, then signed in"
type_line "cd '$WORK' && clear && $RUN; echo EXIT:\$?"
wait_for "Action Pack Console — First run: create the partner account" 30
wait_for "Global admin name:"
shot first-run-empty
for value in "Contoso Ltd" "1 Main St" "Seattle" "98101" "US" "Ann Admin" "$ADMIN" "+1 206 555 0100" \
    "$ADMIN" "Ann Admin"; do
    tmux send-keys -t "$SESSION" -l "$value"
    tmux send-keys -t "$SESSION" Tab
done
wait_for "Global admin name:     Ann Admin"
expect_focus "<Create account>"
shot first-run-filled
keys Enter
wait_for "Action Pack Console — Main menu" 20
wait_for "Audit "
expect_line 1 "$ADMIN"
shot signed-in-main-menu

# ---------------------------------------------------------------------------------------------
step "2a. enrollment from Account and users"
open_workspace "Account and users"
wait_for "Verification: PENDING"
wait_for "AI Cloud Partner Program: not enrolled"
select_line "[Enroll]"
shot account-before-enroll
keys Enter
wait_for "Enrollment is recorded"
expect_focus "<Cancel>"
keys Tab
expect_focus "<Enroll>"
keys Enter
wait_for "AI Cloud Partner Program: enrolled on"
wait_for "joined the AI Cloud Partner Program"
shot account-enrolled

step "2b. quit; the host adds a back-office operator; reopen as the operator"
keys q
wait_for "EXIT:0" 15
type_line "clear; $RUN operator add $OPS --name 'Olga Ops'; echo ADD:\$?"
wait_for "ADD:0" 30
wait_for "$OPS is an operator (Olga Ops, back office)."
shot operator-added
start_as "$OPS"
shot reopened-as-operator

step "2c. the operator verifies the account"
open_workspace "Operator"
wait_for "Verification queue"
wait_for "Verification queue"
screen_text | grep -qE '^[> ] 4000001 +Contoso Ltd +US$' || fail "the queue's row: PartnerID, legal name, country"
select_line "Contoso Ltd"
shot operator-queue
keys Enter
wait_for "Action Pack Console — Verification of 4000001"
select_line "[Verify]"
shot verification
keys Enter
wait_for "Note (optional):"
keys Enter
wait_for "Contoso Ltd is VERIFIED."
shot verified
keys Escape
reopen_as "$ADMIN"

# ---------------------------------------------------------------------------------------------
step "3a. Membership: buy now, agreement, order by wire; the order shows where to pay; cancelled"
open_workspace "Membership"
wait_for "Verification: VERIFIED"
wait_for "<Buy now>"
wait_for "No current membership."
shot membership-offer
keys b
wait_for "Action Pack Console — Buy: Microsoft Action Pack subscrip…"  # shortened to keep the user (HeaderBar)
expect_line 1 "$ADMIN"
wait_for "Accept agreement & place order"
wait_for "USD 475.00"
shot purchase-pane
keys Space
wait_for "[x] I accept the agreement above"
keys Tab
expect_focus "<Accept agreement & place order>"
keys Enter
wait_for "Action Pack Console — Payment"
wait_for "Amount to pay: USD 475.00"
wait_for "<o> Credit card"
# First by wire transfer: the order waits for the transfer and keeps showing where to pay.
keys Down Space
wait_for "<o> Wire transfer"
keys Tab
expect_focus "<Proceed>"
keys Enter
wait_for "Place the order for USD 475.00 and pay it by wire transfer"
keys Tab
keys Enter
wait_for "Wire transfer instructions" 20
wait_for "Reference to quote:"
shot wire-instructions
keys Escape
wait_for "Action Pack Console — Membership"
keys Escape
open_workspace "Bills and payments"
wait_for "AWAITING_PAYMENT"
shot bills-wire-awaiting
keys Enter
wait_for "Pay to (bank details, amount and the reference to quote):"
wait_for "Reference to quote:"
shot wire-order-instructions
select_button() { local waited=0; until tmux capture-pane -p -e -t "$SESSION" | grep -qF -- $'\e[44m'"$1"; do
    tmux send-keys -t "$SESSION" Tab; sleep 0.1; waited=$((waited + 1)); [ "$waited" -lt 15 ] || fail "no button $1"; done; }
select_button "<Cancel this unpaid order...>"
keys Enter
wait_for "cannot be undone"
keys Tab
keys Enter
wait_for "is cancelled."
shot wire-cancelled
keys Escape

step "3b. buy again: a card typed and confirmed but not charged, then a wire order after all"
open_workspace "Membership"
wait_for "<Buy now>"
keys b
wait_for "Accept agreement & place order"
keys Space
wait_for "[x] I accept the"
keys Enter   # Enter on the checkbox places the order, as the footer says
wait_for "Action Pack Console — Payment"
wait_for "<o> Credit card"
keys Tab
tmux send-keys -t "$SESSION" -l "4111 1111 1111 1111"
keys Tab
tmux send-keys -t "$SESSION" -l "12/39"
keys Tab
tmux send-keys -t "$SESSION" -l "123"
wait_for "Security code (CVV): ***"
wait_for "Card number:         **** **** **** 1111"
wait_for "Expiry (MM/YY):      12/39"
expect_absent "4111 1111"
shot payment-filled
keys Tab
expect_focus "<Proceed>"
keys Enter
wait_for "Charge USD 475.00 to the card ending 1111"
expect_focus "<Cancel>"
shot payment-confirm
keys Enter   # Cancel: nothing is charged, the form keeps its input
wait_for "Card number:         **** **** **** 1111"
expect_absent "Charge USD 475.00"
# Back up to the methods (CVV, expiry, number, then the list) and pay by wire transfer instead.
keys BTab BTab BTab BTab
keys Down Space
wait_for "<o> Wire transfer"
keys Tab
expect_focus "<Proceed>"
keys Enter
wait_for "Place the order for USD 475.00 and pay it by wire transfer"
keys Tab
keys Enter
wait_for "Wire transfer instructions" 20
wait_for "Reference to quote:"
ORDER="$(screen_text | grep -o -m1 -E 'AP-[0-9]+')"
[ -n "$ORDER" ] || fail "no order number on the wire instructions"
echo "  order $ORDER"
keys Escape
wait_for "Action Pack Console — Membership"
keys Escape

# ---------------------------------------------------------------------------------------------
step "3c. Operator: record the wire funds (R8), then provision the benefits now (R16)"
reopen_as "$OPS"
open_workspace "Operator"
wait_for "Wire orders awaiting payment"
select_line "$ORDER"
selected_line | grep -qE "^> $ORDER +4000001 +USD 475\.00 +[0-9-]{10} +none yet\$" || fail "the wire order's row: $(selected_line)"
shot operator-wire-awaiting
keys Enter
wait_for "Record USD 475.00 received by wire transfer for order"
wait_for "$ORDER (PartnerID 4000001)"
expect_focus "<Cancel>"
keys Tab
expect_focus "<Record USD 475.00 received>"
shot record-funds-confirm
keys Enter
wait_for "Order $ORDER paid: membership term 1 started"
shot funds-recorded
select_line "4000001" 60
selected_line | grep -qE '^> 4000001 +1 +[0-9-]{10} [0-9:]{5} UTC$' || fail "the provisioning row: $(selected_line)"
wait_for "Benefits being provisioned"
shot provisioning-pending
keys Enter
wait_for "Provision benefits now"
expect_focus "<Cancel>"
keys Tab
expect_focus "<Provision now>"
keys Enter
wait_for "are available now."
shot provisioned
keys Escape
reopen_as "$ADMIN"

step "3d. Membership: active from the day the funds were recorded (the term's timeline)"
open_workspace "Membership"
wait_for "ACTIVE since"
wait_for "@ today "
screen_text | grep -qE '^ [0-9-]{10} \[[|=~@-]+\] [0-9-]{10}$' || fail "no one-line term timeline"
screen_text | grep -qE '\[@' || fail "today is not marked at the start of the term"
shot membership-active
keys Escape

# ---------------------------------------------------------------------------------------------
step "4. Bills and payments: the wire invoice is paid; d downloads it; Enter opens its order"
open_workspace "Bills and payments"
wait_for "PAID"
INVOICE="$(screen_text | grep -E 'INV-[0-9]+.*PAID' | grep -o -m1 -E 'INV-[0-9]+' | head -1)"
[ -n "$INVOICE" ] || fail "no paid invoice in Bills and payments"
echo "  invoice $INVOICE"
shot bills
keys Tab
keys d
wait_for "Download $INVOICE"
wait_for "Save the document to:"
wait_for "$WORK/home/$INVOICE.txt"   # the suggestion is in the user's $HOME, as for reports
clear_and_type "$WORK/invoice.txt"
wait_for "$WORK/invoice.txt"
shot download-prompt
keys Enter
wait_for "Saved $WORK/invoice.txt"
shot downloaded
[ -f "$WORK/invoice.txt" ] || fail "no invoice file at $WORK/invoice.txt"
cp "$WORK/invoice.txt" "$LOG/invoice.txt"
grep -qF "$INVOICE" "$WORK/invoice.txt" || fail "the invoice file does not name $INVOICE"
grep -qF "USD 475.00" "$WORK/invoice.txt" || fail "the invoice file does not say USD 475.00"
grep -qE "Wire transfer received on [0-9-]{10} \(paid\)" "$WORK/invoice.txt" \
    || fail "the invoice file does not say the wire transfer was received: $(cat "$WORK/invoice.txt")"
# Enter on the invoice opens its order, as the footer says: paid, by wire, on the day received.
keys Enter
wait_for "Action Pack Console — Order $ORDER"
wait_for "$INVOICE"
wait_for "Funds received on "
# The invoice's payment terms may wrap inside their column: read the words across lines.
screen_text | tr -s ' \n' '  ' | grep -qE "$INVOICE [0-9-]{10} PAID +USD 475\.00 Wire transfer received on [0-9-]{10} \(paid\)" \
    || fail "the order's invoice should be PAID, 'Wire transfer received on D (paid)'"
expect_absent "Pay to (bank details"
shot invoice-order
keys Escape
wait_for "Action Pack Console — Bills and payments"
keys Escape

# ---------------------------------------------------------------------------------------------
step "5. Benefits: choose MAPS (with its confirmation), redeem Azure AD Basic"
open_workspace "Benefits"
wait_for "Benefits are available since"
wait_for "Choose MAPS"
select_line "Choose MAPS"
shot benefits-choose
keys Enter
wait_for "This cannot be changed until your next renewal."
expect_focus "<Cancel>"
shot choose-maps-confirm
keys Tab
expect_focus "<Choose MAPS>"
keys Enter
wait_for "Benefit pack: MAPS"
select_line "Azure AD Basic"
# One table row per benefit: name, type, offer, the used/left bar, used, left (R19).
selected_line | grep -qE '^> Azure AD Basic +Cloud Service +5 +\[-----\] +0 +5$' \
    || fail "Azure AD Basic's row: $(selected_line)"
wait_for "MAPS in all: 39 benefits, 0 in use"
shot benefits-maps
keys Enter
wait_for "Action Pack Console — Redeem"
wait_for "Redeem Azure AD Basic"
tmux send-keys -t "$SESSION" -l "1"
keys Tab
tmux send-keys -t "$SESSION" -l "contoso.onmicrosoft.com"
wait_for "Tenant or user: contoso.onmicrosoft.com"
keys Tab
expect_focus "<Redeem>"
shot redeem-form
keys Enter
wait_for "Redeem 1 of Azure AD Basic?"
expect_focus "<Cancel>"
shot redeem-confirm
keys Tab
expect_focus "<Redeem 1>"
keys Enter
wait_for "Redeemed 1 of Azure AD Basic."
wait_for "MAPS in all: 39 benefits, 1 in use"
screen_text | grep -qE '^[> ] Azure AD Basic +Cloud Service +5 +\[#----\] +1 +4$' \
    || fail "Azure AD Basic should show 1 used, 4 left"
shot redeemed
keys Escape

# ---------------------------------------------------------------------------------------------
step "6. Reports: run invoices to a file, read it back"
open_workspace "Reports"
wait_for "Invoices and credit notes"
screen_text | grep -qE '^invoices +Invoices and credit notes ' || fail "the invoices report's row"
shot reports
keys Enter
wait_for "Action Pack Console — Report invoices"
wait_for "<Run report>"
# A partner's Account is fixed (R4): From, To, Status, then File.
wait_for "your account (fixed for your role)"
keys Tab Tab Tab
clear_and_type "$WORK/invoices.csv"
wait_for "File $WORK/invoices.csv"
keys Tab
expect_focus "<Run report>"
shot report-form
keys Enter
wait_for "Done: " 30
wait_for "written to $WORK/invoices.csv"
shot report-done
[ -f "$WORK/invoices.csv" ] || fail "no report file at $WORK/invoices.csv"
cp "$WORK/invoices.csv" "$LOG/invoices.csv"
# The cancelled wire order's invoice and the paid one's: a header and at least two rows.
[ "$(wc -l <"$WORK/invoices.csv")" -ge 3 ] || fail "invoices.csv should hold both orders' invoices: $(cat "$WORK/invoices.csv")"
head -1 "$WORK/invoices.csv" | grep -q '^number,kind,' || fail "invoices.csv header: $(head -1 "$WORK/invoices.csv")"
awk -F, -v inv="$INVOICE" '$1 == inv && /,USD,/ && /,475\.00,/ && /,PAID,/ { ok = 1 } END { exit !ok }' \
    "$WORK/invoices.csv" || fail "invoices.csv row should be $INVOICE, USD 475.00, PAID: $(sed -n 2p "$WORK/invoices.csv")"
ls "$WORK"/.*.tmp "$WORK"/*.tmp >/dev/null 2>&1 && fail "a temporary file was left in $WORK"

# ---------------------------------------------------------------------------------------------
step "7. q quits and the shell prompt is usable"
keys q
wait_for "EXIT:0" 15
expect_absent "Action Pack Console"
check_terminal_modes
shot terminal-restored
[ -f "$DATA/actionpack/actionpack.db" ] || fail "no database in $DATA/actionpack"
step "done"

echo "timings:"
printf '%s' "$TIMINGS"
echo "  total $(ms_since "$STARTED") ms; screens in $LOG"
echo "PASS: tmux journey"
