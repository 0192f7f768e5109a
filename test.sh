#!/usr/bin/env bash
# Runs every test of Ouroboros on a fresh Debian machine with the .NET SDK.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi

# Nothing to install with apt-get yet: SQLite ships inside SQLitePCLRaw.bundle_e_sqlite3, tests need no network.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Ouroboros.slnx -c Release --nologo -v quiet
dotnet test Ouroboros.slnx -c Release --no-build --nologo -v quiet "$@"
