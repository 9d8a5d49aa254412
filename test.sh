#!/usr/bin/env bash
# The project's one test command: installs what the tests need, then runs every lane and prints
# "N passed, N failed" summed over all lanes. In CI (CI=true) a failed or skipped lane exits non-zero.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
OUT="$ROOT/test-artifacts"
rm -rf "$OUT"; mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. What the lanes need, from Debian's packages (idempotent; skipped when present).
bash scripts/install-test-deps.sh || { echo "installing test dependencies failed"; echo "0 passed, 1 failed"; exit 1; }

total_passed=0; total_failed=0; problems=()

# 2. Formatting and the build, once for all lanes.
if ! dotnet format Fazhi.slnx --verify-no-changes >"$OUT/format.log" 2>&1; then
  problems+=("dotnet format found unformatted files (see test-artifacts/format.log)"); cat "$OUT/format.log" | tail -20
  total_failed=$((total_failed + 1))
fi
if ! dotnet build Fazhi.slnx -c Release >"$OUT/build.log" 2>&1; then
  grep -E " error " "$OUT/build.log" | sort -u | head -40
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# Runs one lane; adds its counts to the totals. A lane that ran nothing counts as a failure.
# Each lane has a time limit (LANE_TIMEOUT, default 45 minutes) so that a hung lane fails with its name instead of
# eating the whole CI budget; every lane prints how long it took.
lane() {
  local name=$1; shift
  echo "== lane: $name ($(date -u +%H:%M:%S))"
  local started=$SECONDS
  timeout --kill-after=30s "${LANE_TIMEOUT:-45m}" bash -c '"$@"' _ "$@" >"$OUT/$name.log" 2>&1
  local rc=$?
  [ "$rc" -eq 124 ] && problems+=("lane $name did not finish within ${LANE_TIMEOUT:-45m}")
  local counters f p s t
  counters=$(grep -o '<Counters [^>]*>' "$OUT/$name.trx" 2>/dev/null | head -1)
  attr() { echo "$counters" | sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p"; }
  t=$(attr total); p=$(attr passed); f=$(attr failed); s=$(attr executed)
  t=${t:-0}; p=${p:-0}; f=${f:-0}; s=$(( t - ${s:-0} ))
  grep -E "^\s+Failed Fazhi\." "$OUT/$name.log" | head -30
  echo "   $name: $p passed, $f failed, $s skipped (exit $rc) in $((SECONDS - started)) s"
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
  if [ "$p" -eq 0 ]; then problems+=("lane $name ran no test"); total_failed=$((total_failed + 1)); tail -30 "$OUT/$name.log";
  elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then problems+=("lane $name exited $rc"); total_failed=$((total_failed + 1)); tail -30 "$OUT/$name.log"; fi
  if [ "$s" -gt 0 ]; then problems+=("lane $name skipped $s test(s)"); fi
}

run_tests() { dotnet test "$2" -c Release --no-build --logger "console;verbosity=normal" --logger "trx;LogFileName=$1.trx" --results-directory "$OUT" "${@:3}"; }
export -f run_tests; export OUT

lane unit run_tests unit tests/Fazhi.UnitTests
FAZHI_PD_SCAN="$OUT/personal-data-scan-sqlite.txt" FAZHI_TEST_PROVIDER=Sqlite lane integration-sqlite run_tests integration-sqlite tests/Fazhi.IntegrationTests

# 3. A throwaway PostgreSQL on a free loopback port under a temporary directory.
PGTMP=$(mktemp -d /tmp/fazhi-pg.XXXXXX); chmod 755 "$PGTMP"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
chown postgres "$PGTMP"
stop_pg() { su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGTMP/data -m fast stop" >/dev/null 2>&1; rm -rf "$PGTMP"; }
trap stop_pg EXIT
if su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGTMP/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >"$OUT/pg-init.log" 2>&1 \
  && su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGTMP/data -l $PGTMP/pg.log -w -o '-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off' start" >"$OUT/pg-start.log" 2>&1; then
  FAZHI_PD_SCAN="$OUT/personal-data-scan-postgres.txt" FAZHI_TEST_PROVIDER=Postgres FAZHI_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50" \
    lane integration-postgres run_tests integration-postgres tests/Fazhi.IntegrationTests
  pg_lane_ran=1
else
  cat "$OUT/pg-init.log" "$OUT/pg-start.log" | tail -20
  problems+=("PostgreSQL could not be started: the postgres lane did not run"); total_failed=$((total_failed + 1))
fi

# 4. Browser tests: the real executable, driven through Debian's Chromium.
FAZHI_APP_DLL="$ROOT/src/Fazhi/bin/Release/net10.0/Fazhi.dll" FAZHI_ARTIFACTS="$OUT" lane browser run_tests browser tests/Fazhi.BrowserTests

# 5. Personal data never reaches a log: the synthetic ID numbers that the petition and mediation tests register in
#    clear must not appear in any output of the integration and browser lanes (the app's log lines included).
for id in 11010519491231002X 440524188001010014 110105194912310021; do
  if grep -q "$id" "$OUT"/integration-*.log "$OUT"/browser.log 2>/dev/null; then
    problems+=("the clear ID number $id appears in a test log"); total_failed=$((total_failed + 1))
  fi
done

# 6. Nor a response: every HTTP response of the integration lanes was copied and scanned for a clear ID number
#    (tests/Fazhi.IntegrationTests/Infrastructure/PersonalDataScan.cs); each finding, recorded masked, is a failure.
#    Each integration lane that ran must have written its scan: a missing file is a problem, not a pass.
scans=("$OUT/personal-data-scan-sqlite.txt")
[ -n "${pg_lane_ran:-}" ] && scans+=("$OUT/personal-data-scan-postgres.txt")
for scan in "${scans[@]}"; do
  [ -f "$scan" ] || { problems+=("no personal-data scan was written: $(basename "$scan")"); total_failed=$((total_failed + 1)); continue; }
  echo "   $(basename "$scan" .txt): $(grep '^SCANNED' "$scan" | tail -1)"
  found=$(grep -c '^FOUND' "$scan")
  if [ "$found" -gt 0 ]; then
    grep '^FOUND' "$scan" | head -10
    problems+=("$found clear ID number(s) in test responses (see $(basename "$scan"))"); total_failed=$((total_failed + found))
  fi
  grep -q '^SCANNED' "$scan" || problems+=("$(basename "$scan") has no totals line (the test process did not exit normally)")
done

echo
for p in "${problems[@]}"; do echo "problem: $p"; done
echo "$total_passed passed, $total_failed failed"
if [ "$total_failed" -gt 0 ]; then exit 1; fi
if [ "${CI:-}" = "true" ] && [ ${#problems[@]} -gt 0 ]; then exit 1; fi
exit 0
