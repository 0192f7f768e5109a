#!/usr/bin/env bash
# CLI restart-to-trading as a user sees it: `ouroboros run` SIGKILLed from outside after KILL_AFTER seconds (the
# documented OUROBOROS_CRASH_INJECTION variables are refused by the configuration loader), then restarted with
# --days (slices done + 1) so that it stops right after its first new slice; prints restart_to_trading_ms and wall time.
cd "$(dirname "$0")/.." && mkdir -p "${OUT:-/tmp/ouroboros-restart-cli}"
for rep in "$@"; do
  db=${OUT:-/tmp/ouroboros-restart-cli}/rep$rep.db; rm -f $db*
  ./ouroboros run --db $db --json > ${OUT:-/tmp/ouroboros-restart-cli}/crash$rep.out 2>&1 & pid=$!
  sleep ${KILL_AFTER:-40}; kill -9 $pid; wait $pid 2>/dev/null
  done_slices=$(sqlite3 $db "select max(slices_done) from agent_checkpoints")
  echo "rep $rep load $(cut -d' ' -f1-3 /proc/loadavg) killed after ${KILL_AFTER:-40} s at checkpoint $done_slices"
  s=$(date +%s.%N); ./ouroboros run --db $db --json --days $((done_slices + 1)) > ${OUT:-/tmp/ouroboros-restart-cli}/restart$rep.out 2>${OUT:-/tmp/ouroboros-restart-cli}/restart$rep.err; rc=$?; e=$(date +%s.%N)
  echo "restart rc=$rc wall $(echo "$e - $s" | bc) s"; tail -1 ${OUT:-/tmp/ouroboros-restart-cli}/restart$rep.out
done
