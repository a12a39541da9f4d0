#!/usr/bin/env bash
# Runs every test of Orleans.Clinical: unit, analysis quality thresholds, a two-silo Orleans cluster on Azurite,
# and the end-to-end suite (Azurite, silo and gateway processes, real WebSocket clients). The tests start and
# stop what they need. Needs only the .NET 10 SDK and Node.js 20.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x deploy/local/node_modules/.bin/azurite ]; then
  echo "Installing Azurite (deploy/local, pinned in package-lock.json)..."
  npm ci --prefix deploy/local --no-audit --no-fund --loglevel=error
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Orleans.Clinical.slnx -c Release -nologo -v quiet
dotnet test Orleans.Clinical.slnx -c Release --no-build -nologo --blame-hang-timeout 5m

echo
echo "Analysis quality on the labelled dev data (thresholds are enforced by the tests above):"
dotnet run -c Release --no-build --project tests/Orleans.Clinical.Evaluation -- all
