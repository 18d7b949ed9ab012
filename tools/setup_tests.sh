#!/bin/sh
# Installs what the test suite needs on a fresh machine: a virtual environment .venv with the Python
# packages, and Debian packages (as root or with sudo): chromium for the browser tests and kaleido's PNG/SVG
# export; Pango and DejaVu fonts for WeasyPrint's PDF context sheet; poppler-utils (pdftotext, pdftoppm) to
# read the PDFs back in tests.
set -e
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt -e .
MISSING=""
command -v chromium >/dev/null 2>&1 || MISSING="$MISSING chromium"
command -v pdftotext >/dev/null 2>&1 || MISSING="$MISSING poppler-utils"
for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || MISSING="$MISSING $pkg"
done
if [ -n "$MISSING" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
fi
echo "Dépendances de test installées dans .venv (chromium : $(command -v chromium || echo absent), pdftotext : $(command -v pdftotext || echo absent))."
