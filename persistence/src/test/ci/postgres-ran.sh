#!/usr/bin/env bash
# After `mvn -B verify` (#16): the PostgreSQL half of the suite ran for real and skipped nothing.
# Each @OnBothBackends class reports its PostgreSQL run as invocation [2]; the multi-host tests
# run on PostgreSQL only. Exits 1 naming what is missing.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
fail=0
check() { # report file, what must appear in it
  local report=$1 wanted=$2
  if [ ! -f "$report" ]; then
    echo "postgres-ran: no report $report (the test did not run)"; fail=1; return
  fi
  if ! grep -q "$wanted" "$report"; then
    echo "postgres-ran: $report has no $wanted"; fail=1
  fi
  if grep -Eq '<skipped|skipped="[1-9]' "$report"; then
    echo "postgres-ran: $report skipped tests"; fail=1
  fi
  if grep -Eq '<(failure|error)[ >]' "$report"; then
    echo "postgres-ran: $report has failures"; fail=1
  fi
}
p=persistence/target/surefire-reports
for suite in flows.CoreFlowsTest db.RepositoryRoundTripTest db.AppendOnlyAndPagingTest billing.InvoicePagesTest \
    reports.JooqReportDataTest reports.RenewalsDueTest demo.DemoDataTest queues.OperatorQueuesTest \
    flows.OfficeActivationTest concurrency.RaceForOneOrderTest concurrency.TwoProcessRaceTest \
    concurrency.CrashDuringPurchasesTest; do
  check "$p/TEST-com.actionpack.persistence.$suite.xml" '()\[2\]"'
done
check "$p/TEST-com.actionpack.persistence.concurrency.InvoiceNumbersOnTwoHostsTest.xml" 'name="gaplessAcrossHosts"'
check "$p/TEST-com.actionpack.persistence.db.PostgresBackendTest.xml" 'testcase'
check tui/target/surefire-reports/TEST-com.actionpack.tui.app.TwoHostsOnPostgresTest.xml 'name="killOneHostMidPurchase"'
check tui/target/surefire-reports/TEST-com.actionpack.tui.app.CommandsOnBothBackendsTest.xml 'name="auditAndOperators"'
if [ "$fail" -ne 0 ]; then
  exit 1
fi
echo "postgres-ran: the PostgreSQL half ran, nothing skipped"
