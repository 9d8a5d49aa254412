# ticket-import [ROWS]: a year of an older queue system's log (ROWS rows, default 100,000, 500 tickets a working day)
# imported through POST /api/services/queue/tickets/import with progress as server-sent events, as the tickets page
# does; then the figures it feeds are read back and compared with the values the generated file implies.
ROWS=${1:-100000}
TOWN=441900197   # 西岭镇: seeded with the regions, holds no ticket before the import
tok() { app_cli token create --login "$1" --scope '*' | sed -n 's/^令牌（只显示这一次）：//p'; }
app_cli user add --region $TOWN --role service_center --login bench-hall >/dev/null
app_cli user add --region $TOWN --role leader --login bench-leader >/dev/null
HALL=$(tok bench-hall); LEADER=$(tok bench-leader)

# The file: 1 ticket in 8 waited 45 minutes, the rest 10, so the mean wait is 14.375 → 14.4 and the overtime rate 12.5 %.
python3 - "$ROWS" "$WORK/tickets.csv" <<'PY'
import sys, datetime
rows, path = int(sys.argv[1]), sys.argv[2]
day = datetime.date(2022, 1, 4)
with open(path, "w", encoding="utf-8") as f:
    f.write("营业日,号码,取号时间,叫号时间,窗口号,状态,来源\n")
    for i in range(rows):
        if i and i % 500 == 0:
            day += datetime.timedelta(days=1)
        issued = datetime.datetime.combine(day, datetime.time(8, 30)) + datetime.timedelta(seconds=i % 500 * 50)
        wait = 45 if i % 8 == 0 else 10
        called = issued + datetime.timedelta(minutes=wait)
        f.write(f"{day:%Y-%m-%d},A{i % 500 + 1:03d},{issued:%Y-%m-%d %H:%M:%S},{called:%Y-%m-%d %H:%M:%S},{1 + i % 9},已叫号,导入\n")
PY
SIZE_MB=$(du -m "$WORK/tickets.csv" | cut -f1)
YEAR_END=$(tail -1 "$WORK/tickets.csv" | cut -c1-4)

start=$(now_ms)
curl -sS -N -H "Authorization: Bearer $HALL" -H "Accept: text/event-stream" -F "file=@$WORK/tickets.csv;filename=tickets.csv" \
  "$BASE/api/services/queue/tickets/import" >"$WORK/events.txt"
elapsed=$(( $(now_ms) - start ))
grep -q "\"imported\":$ROWS" "$WORK/events.txt" || { echo "the import did not finish:"; tail -5 "$WORK/events.txt"; tail -20 "$WORK/app.log"; exit 1; }
progress_events=$(grep -c '^event: progress' "$WORK/events.txt")

figure() { curl -fsS -H "Authorization: Bearer $LEADER" "$BASE/api/metrics/$1?region=$TOWN&year=$YEAR_END" | python3 -c 'import json,sys; print(json.load(sys.stdin)["value"])'; }
tickets=$(figure services.tickets); wait_avg=$(figure services.avg_wait_minutes); overtime=$(figure services.wait_overtime_rate)
expected_overtime=$(python3 -c "print(round(($ROWS + 7) // 8 * 100 / $ROWS, 1))")
check="right"
[ "$tickets" = "$ROWS" ] || check="WRONG (services.tickets $tickets ≠ $ROWS)"
python3 -c "import sys; sys.exit(0 if abs(float('$overtime') - $expected_overtime) < 0.05 else 1)" || check="WRONG (wait_overtime_rate $overtime ≠ $expected_overtime)"
rate=$(python3 -c "print(round($ROWS / ($elapsed / 1000)))")
seconds=$(python3 -c "print(round($elapsed / 1000, 1))")

[ -f "$RESULTS" ] || cat >"$RESULTS" <<'MD'
# Benchmark: ticket-log import (bench/run ticket-import)

A year of an older queue system's log imported as CSV through the tickets page's endpoint (checked whole, then written
in one transaction, progress as server-sent events); the figures read back afterwards. Appended by each run.

| Date (UTC) | Commit | Provider | Machine | Rows | File | Seconds | Rows/s | Progress events | Peak RSS | Figures |
|---|---|---|---|---|---|---|---|---|---|---|
MD
line="| $(date -u '+%Y-%m-%d %H:%M') | $COMMIT | $PROVIDER | $MACHINE | $ROWS | $SIZE_MB MB | $seconds | $rate | $progress_events | $(peak_mb) MB | $check: tickets $tickets, mean wait $wait_avg min, overtime $overtime % |"
echo "$line" >>"$RESULTS"
echo "$line"
[ "$check" = "right" ]
