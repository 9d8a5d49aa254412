#!/usr/bin/env bash
# The schema's migrations are append-only from the frozen baseline (ADR 0008):
#   scripts/migrations.sh add NAME   adds a migration to both providers' sets (a branch may re-add its own until it lands)
#   scripts/migrations.sh freeze     records every migration not yet in src/Fazhi/Migrations/frozen.sha256 (run when it lands on main)
#   scripts/migrations.sh check      verifies that no frozen migration was edited or removed
#   scripts/migrations.sh fixture    rebuilds the upgrade test's baseline database (the demo at the newest frozen migration)
set -euo pipefail
cd "$(dirname "$0")/.."
MIG=src/Fazhi/Migrations
FROZEN=$MIG/frozen.sha256
ef() { dotnet tool restore >/dev/null; dotnet dotnet-ef "$@" --project src/Fazhi --startup-project src/Fazhi; }
case "${1:-}" in
  add)
    name=${2:?usage: migrations.sh add NAME}
    ef migrations add "$name" --context SqliteAppDbContext --output-dir Migrations/Sqlite
    ef migrations add "$name" --context PostgresAppDbContext --output-dir Migrations/Postgres
    echo "added; once it is on main, run: scripts/migrations.sh freeze"
    ;;
  freeze)
    touch "$FROZEN"
    (cd "$MIG" && for f in $(ls Sqlite/2*.cs Postgres/2*.cs | sort); do
      grep -q "  $f\$" frozen.sha256 || sha256sum "$f" >> frozen.sha256
    done)
    echo "frozen: $(wc -l < "$FROZEN") files"
    ;;
  check)
    (cd "$MIG" && sha256sum --quiet -c frozen.sha256) && echo "frozen migrations unchanged"
    ;;
  fixture)
    # The demo on a database created by the migrations up to the newest frozen one: what a town upgrading from the
    # last release has. Run it only right after a freeze, on a commit whose model equals the frozen migrations.
    out=tests/Fazhi.IntegrationTests/Fixtures/Baseline
    tmp=$(mktemp -d)
    dotnet build src/Fazhi -c Release >/dev/null
    Fazhi__DataDirectory="$tmp" dotnet src/Fazhi/bin/Release/net10.0/Fazhi.dll demo --reset >"$tmp/demo.log"
    mkdir -p "$out"
    gzip -9 -n -c "$tmp/fazhi.db" > "$out/fazhi.db.gz"
    cp "$tmp/field-encryption.key" "$out/field-encryption.key"
    for p in Sqlite Postgres; do ls "$MIG/$p"/2*.cs | grep -v Designer | sort | tail -1 | xargs -n1 basename | sed 's/\.cs$//' > "$out/$p.migration"; done
    rm -rf "$tmp"
    echo "baseline fixture written to $out"
    ;;
  *) echo "usage: scripts/migrations.sh add NAME | freeze | check | fixture" >&2; exit 2 ;;
esac
