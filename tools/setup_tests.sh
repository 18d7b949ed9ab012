#!/bin/sh
# Installs what the test suite needs on a fresh machine: a virtual environment .venv with the Python
# packages, and Debian's chromium for the browser tests and kaleido's PNG/SVG export (as root or with sudo).
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
echo "Dépendances de test installées dans .venv (chromium : $(command -v chromium || echo absent))."
