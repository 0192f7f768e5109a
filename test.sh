#!/usr/bin/env bash
# Runs every test of Ouroboros on a fresh Debian machine with the .NET SDK.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi

# SQLite ships inside SQLitePCLRaw.bundle_e_sqlite3 and the tests need no network. The market calendars read time
# zones (and their daylight-saving rules) from the tz database, which slim Debian images lack: install tzdata then.
if [ ! -e /usr/share/zoneinfo/America/New_York ]; then
  echo "test.sh: installing tzdata (the market calendars need the tz database)" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq tzdata >/dev/null
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Ouroboros.slnx -c Release --nologo -v quiet
dotnet test Ouroboros.slnx -c Release --no-build --nologo -v quiet "$@"
