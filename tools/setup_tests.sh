#!/bin/sh
# Installs what the test suite needs on a fresh Debian machine: Python packages, and Debian's
# chromium for the browser tests and kaleido's PNG/SVG export (as root, or with sudo).
set -e
cd "$(dirname "$0")/.."
python3 -m pip install -q -r requirements.txt -r requirements-dev.txt
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
echo "Dépendances de test installées (chromium : $(command -v chromium || echo absent))."
