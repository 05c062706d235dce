#!/usr/bin/env bash
# Adds a migration named $1 to every DbContext, once for PostgreSQL and once for SQLite (the two sets each context keeps,
# docs/architecture.md, Storage), then rewrites the lock files if the design project's packages changed.
# Usage: scripts/add-migration.sh AddSomething [ContextName ...]   (default: every context)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName [ContextName ...]}
shift
# context  project  folder in the project  namespace prefix
contexts=(
  "GatewayDb services/Hub.Gateway Storage/Migrations Hub.Gateway.Storage.Migrations"
  "MatchingDb services/Hub.JobMatching Storage/Migrations Hub.JobMatching.Storage.Migrations"
  "SignalsDb services/Hub.Signals Storage/Migrations Hub.Signals.Storage.Migrations"
  "OperationsDb services/Hub.Operations Storage/Migrations Hub.Operations.Storage.Migrations"
  "HousingDb services/Hub.Housing Storage/Migrations Hub.Housing.Storage.Migrations"
  "SchoolsDb services/Hub.Schools Storage/Migrations Hub.Schools.Storage.Migrations"
  "PoliceDb services/Hub.Police Storage/Migrations Hub.Police.Storage.Migrations"
  "PortalDb services/Hub.Portal Storage/Migrations Hub.Portal.Storage.Migrations"
  "Hub.Messaging.Tests.ProbeDb tests/Hub.Messaging.Tests Migrations Hub.Messaging.Tests.Migrations"
  "Hub.SystemTests.ProbeDb tests/Hub.SystemTests Migrations Hub.SystemTests.Migrations"
)
dotnet tool restore >/dev/null
dotnet build tools/Hub.MigrationsDesign -c Debug -nologo -v q
for entry in "${contexts[@]}"; do
  read -r context project folder namespace <<<"$entry"
  if (($#)) && [[ ! " $* " == *" $context "* ]]; then continue; fi
  for provider in Postgres Sqlite; do
    other=Sqlite; [ "$provider" = Sqlite ] && other=Postgres
    echo "== $context ($provider)"
    # Both sets have a snapshot class of the same name, and `dotnet ef` rewrites the first file of that name it
    # finds in the project: the other provider's set waits outside the project meanwhile.
    parked=$(mktemp -d)
    [ -d "$project/$folder/$other" ] && mv "$project/$folder/$other" "$parked/"
    set +e
    HUB_MIGRATIONS_PROVIDER=$provider dotnet ef migrations add "$name" --no-build --configuration Debug \
      --project "$project" --startup-project tools/Hub.MigrationsDesign --context "$context" \
      --output-dir "$folder/$provider" --namespace "$namespace.$provider"
    added=$?
    set -e
    [ -d "$parked/$other" ] && mv "$parked/$other" "$project/$folder/"
    rmdir "$parked"
    ((added == 0)) || exit "$added"
    # A context's first migration puts its snapshot in a folder named after the namespace; keep it beside its set.
    stray_root="$project/${namespace%%.*}"
    if [ -d "$stray_root" ]; then
      find "$stray_root" -name "*ModelSnapshot.cs" -exec mv {} "$project/$folder/$provider/" \;
      rm -r "$stray_root"
    fi
  done
done
