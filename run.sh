#!/usr/bin/env bash
# Runs Orleans.Clinical locally: Azurite (storage), one silo, the gateway on http://127.0.0.1:5080.
# Needs only the .NET 10 SDK and Node.js 20. Ctrl-C or SIGTERM stops everything.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
data="$root/.data"
gateway_url="${GATEWAY_URL:-http://127.0.0.1:5080}"
mkdir -p "$data/azurite" "$data/logs"

pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  # Azurite under a script sometimes ignores the first SIGTERM.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  exit 0
}
trap stop INT TERM EXIT

wait_for() { # url-or-port, what, seconds
  local target=$1 what=$2 deadline=$((SECONDS + $3))
  until { if [[ $target == http* ]]; then curl -fsS -o /dev/null "$target" 2>/dev/null; else (exec 3<>"/dev/tcp/127.0.0.1/$target") 2>/dev/null; fi; }; do
    if (( SECONDS > deadline )); then echo "$what did not become ready; see $data/logs" >&2; exit 1; fi
    sleep 0.2
  done
}

# Secrets of this machine's local deployment, made once and kept out of git.
if [ ! -f "$data/secrets.env" ]; then
  umask 077
  {
    echo "Privacy__PseudonymKey=$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
    echo "Auth__SigningKey=$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
  } > "$data/secrets.env"
fi
set -a; . "$data/secrets.env"; set +a

if [ ! -x deploy/local/node_modules/.bin/azurite ]; then
  echo "Installing Azurite (first run)..."
  npm ci --prefix deploy/local --no-audit --no-fund --loglevel=error
fi

echo "Building..."
dotnet build deploy/local/run.slnf -c Release -v quiet -nologo

deploy/local/node_modules/.bin/azurite --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 \
  --tableHost 127.0.0.1 --tablePort 10002 --location "$data/azurite" --silent --skipApiVersionCheck --loose \
  > "$data/logs/azurite.log" 2>&1 &
pids+=($!)
wait_for 10000 Azurite 60

export Storage__ConnectionString="UseDevelopmentStorage=true"
(cd silo/bin/Release/net10.0 && exec dotnet Orleans.Clinical.Silo.dll) > "$data/logs/silo.log" 2>&1 &
pids+=($!)
wait_for 30000 "The silo" 120

(cd gateway/bin/Release/net10.0 && Auth__DevTokens=true exec dotnet Orleans.Clinical.Gateway.dll --urls "$gateway_url") > "$data/logs/gateway.log" 2>&1 &
pids+=($!)
wait_for "$gateway_url/ready" "The gateway" 120

cat <<TXT

Orleans.Clinical is running at $gateway_url (WebSocket: ${gateway_url/http/ws}/clinical-assistance)
Logs: .data/logs/   Stop: Ctrl-C

A development token:
  curl -s -X POST $gateway_url/auth/token -H 'Content-Type: application/json' -d '{"user":"dr-lee","roles":["clinician"]}'

TXT
wait -n "${pids[@]}" || true
echo "A process stopped; see .data/logs." >&2
