#!/usr/bin/env bash
# End-to-end test of bot/telegram against the telegram-test-api emulator.
# Needs node and npm; installs the pinned emulator, then runs the Go test.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
E2E_EMULATOR=1 go test -count=1 -timeout 120s -v "$@" .
