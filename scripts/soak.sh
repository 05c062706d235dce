#!/usr/bin/env bash
# The long variant of the crash-under-load test: the same test (Killing_services_under_load) with a duration,
# plus the fault tests too long for every ./test.sh run (Losing_the_database_under_load, and the graceful broker stop of
# Restarting_the_broker_under_load; its broker-kill variant runs in ./test.sh, and here too).
# Usage: scripts/soak.sh [seconds, default 600] [seed]
# Partners keep posting while gateway, job matching and signals are SIGKILLed in random order and restarted,
# until the duration is up; then every accepted request's effects are counted (lost and duplicated must be 0).
# The leak scan runs after the tests, as after every system test run.
# Prints the RELIABILITY lines (the figures for docs/reliability.md); the full log path is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
export HUB_SOAK_SECONDS=$seconds HUB_LONG_TESTS=1
[ -n "${2:-}" ] && export HUB_CHAOS_SEED=$2
log=$(mktemp /tmp/hub-soak.XXXXXX.log)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build Hub.sln -c Release >"$log" 2>&1 || { tail -n 30 "$log"; exit 1; }
set +e
dotnet test tests/Hub.SystemTests -c Release --no-build \
  --filter "FullyQualifiedName~Killing_services_under_load|FullyQualifiedName~Losing_the_database_under_load|FullyQualifiedName~Restarting_the_broker_under_load" \
  --logger "console;verbosity=detailed" >>"$log" 2>&1
status=$?
set -e
grep -E "chaos seed|SIGKILL|traffic stopped|stopping|starting|RELIABILITY|LEAK SCAN|Passed |Failed |Error Message" "$log" | sed 's/^ *//' || true
echo "Full log: $log"
exit "$status"
