#!/usr/bin/env bash
# Adds a migration to both providers' sets: scripts/migrations.sh add NAME
#   or regenerates the single initial migration (only before the first release): scripts/migrations.sh reset
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
ef() { dotnet dotnet-ef "$@" --project src/Fazhi --startup-project src/Fazhi; }
case "${1:-}" in
  add)
    name=${2:?usage: migrations.sh add NAME}
    ef migrations add "$name" --context SqliteAppDbContext --output-dir Migrations/Sqlite
    ef migrations add "$name" --context PostgresAppDbContext --output-dir Migrations/Postgres
    ;;
  reset)
    rm -rf src/Fazhi/Platform/Data/Migrations src/Fazhi/Migrations
    ef migrations add Initial --context SqliteAppDbContext --output-dir Migrations/Sqlite
    ef migrations add Initial --context PostgresAppDbContext --output-dir Migrations/Postgres
    ;;
  *) echo "usage: scripts/migrations.sh add NAME | reset" >&2; exit 2 ;;
esac
