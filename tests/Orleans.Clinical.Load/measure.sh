#!/usr/bin/env bash
# Reproduces the figures of docs/performance.md on this machine:
#   1. time from ./run.sh to a ready gateway (GET /ready = 200),
#   2. latency of one client (input -> emergency_alert, input -> clinical_synthesis),
#   3. RSS of silo, gateway and Azurite with 100 open sessions.
# Usage: tests/Orleans.Clinical.Load/measure.sh   (stops what it started)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
url=http://127.0.0.1:5080
mkdir -p .data
dotnet build tests/Orleans.Clinical.Load -c Release -v quiet -nologo

started=$(date +%s%N)
./run.sh > .data/measure-run.log 2>&1 &
run=$!
trap 'kill -TERM $run 2>/dev/null; wait $run 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "$url/ready" 2>/dev/null; do
  kill -0 $run 2>/dev/null || { echo "run.sh stopped; see .data/measure-run.log" >&2; exit 1; }
  sleep 0.1
done
echo "run.sh to ready: $(( ($(date +%s%N) - started) / 1000000 )) ms"

load() { dotnet tests/Orleans.Clinical.Load/bin/Release/net10.0/Orleans.Clinical.Load.dll --url "$url" "$@"; }
load --sessions 1 --inputs 10 > /dev/null   # warm-up: first activations, JIT
echo "== one client, 20 inputs (alternating emergency / routine; the default burst limit is 20) =="
load --sessions 1 --inputs 20
pids="silo=$(pgrep -f Orleans.Clinical.Silo.dll | head -1),gateway=$(pgrep -f Orleans.Clinical.Gateway.dll | head -1),azurite=$(pgrep -f 'azurite --blobHost' | head -1)"
echo "== 100 sessions open at once, 4 inputs each =="
load --sessions 100 --inputs 4 --pids "$pids"
