#!/usr/bin/env bash
# Builds and runs every test of the Hub, then prints "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Rabbit").
set -euo pipefail
cd "$(dirname "$0")"

# --- Prerequisites: the tests start their own RabbitMQ, PostgreSQL and Chromium processes. ---
missing=()
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Debian's docker-compose (v1) validates docker-compose.yml without a Docker engine (Hub.Deployment.Tests).
command -v docker-compose >/dev/null || missing+=(docker-compose)
# npm fetches axe-core, the accessibility engine the portal's browser tests run in each page.
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  apt_log=$(mktemp /tmp/hub-apt.XXXXXX.log)
  echo "Installing ${missing[*]} (log: $apt_log) ..."
  # Package scripts may also start system-wide rabbitmq/postgres services on their default
  # ports; the tests never use those: each test run starts private nodes on free ports.
  if ! { "${sudo[@]}" apt-get update -qq &&
         "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1; then
    tail -n 50 "$apt_log"
    echo "Installing ${missing[*]} failed." >&2
    exit 1
  fi
fi

# --- Tests ---
solution=Hub.sln
[ -f "$solution" ] || solution=Hub.slnx
log_dir=$(mktemp -d /tmp/hub-test.XXXXXX)
log="$log_dir/dotnet-test.log"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Restore exactly the versions in the committed packages.lock.json files (locked mode): a version the registry no
# longer serves, or a lock file out of step with Directory.Packages.props, stops here with NuGet's message.
# Build everything first: `dotnet test` alone builds only test projects and their references,
# not the services that the tests start as processes from their DLLs.
run_tests() {
  local started=$SECONDS
  if ! dotnet restore "$solution" --locked-mode; then
    echo "Restore failed (the NU errors above name the package): the registry no longer serves a locked version, or a" \
      "lock file is out of step with Directory.Packages.props (docs/operations.md, Package versions)."
    return 1
  fi
  echo "Restore took $((SECONDS - started)) s (packages in ${NUGET_PACKAGES:-~/.nuget/packages})."
  # The exact axe-core of the committed package-lock.json.
  npm ci --prefix tests/Hub.Portal.BrowserTests --no-audit --no-fund --loglevel=error || return
  started=$SECONDS
  dotnet build "$solution" -c Release --no-restore || return
  echo "Build took $((SECONDS - started)) s."
  started=$SECONDS
  dotnet test "$solution" -c Release --no-build --logger "console;verbosity=normal" \
      --results-directory "$log_dir/results" "$@"
  local tested=$?
  echo "Tests took $((SECONDS - started)) s."
  return $tested
}
set +e
run_tests "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# --- Summary over all test assemblies ---
# Normal verbosity ends each assembly with "Test Run Successful." (or Failed./Aborted.) and lines
# "     Passed: N", "     Failed: N", "    Skipped: N"; minimal verbosity prints instead
# "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, ...". Both are read.
read -r passed failed skipped < <(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | awk '
  function count(label,   s) {
    if (!match($0, label ": *[0-9]+")) return 0
    s = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", s); return s + 0
  }
  /^Test Run (Successful|Failed|Aborted)\.$/ { in_block = 1; blocks++; next }
  in_block && /^ *Passed: *[0-9]+ *$/  { bp += count("Passed") }
  in_block && /^ *Failed: *[0-9]+ *$/  { bf += count("Failed") }
  in_block && /^ *Skipped: *[0-9]+ *$/ { bs += count("Skipped") }
  in_block && /^ *Total time:/         { in_block = 0 }
  /^(Passed|Failed)! +- +Failed: *[0-9]+, Passed:/ {
    mp += count("Passed"); mf += count("Failed"); ms += count("Skipped")
  }
  END { if (blocks) print bp + 0, bf + 0, bs + 0; else print mp + 0, mf + 0, ms + 0 }')

# Repeat each failure with its message at the end, where a truncated CI log still shows it.
sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | awk '
  /^  Failed [^ ]/ { failing = 1; stack = 0; print ""; print; next }
  failing && /^  Stack Trace:/ { stack = 1 }
  failing && stack && ++lines > 12 { failing = 0; lines = 0; next }
  failing && /^  (Passed|Skipped) / { failing = 0; lines = 0; next }
  failing { print }' | head -n 200
echo "Full log: $log"
if [ "$status" -ne 0 ]; then
  echo "dotnet test exited with code $status."
elif [ "$failed" -ne 0 ]; then
  status=1
elif [ $((passed + failed + skipped)) -eq 0 ]; then
  echo "No test ran."
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
