#!/usr/bin/env bash
# Installs the external checkers the tests run (Nu HTML checker, linkchecker, axe in headless
# Chromium, frictionless, rdflib, the Project Open Data and schema.org checks, Hugo for the
# benchmark) from ../shared/tools, plus openpyxl to read the spreadsheets back and strace for the
# swap's kill test. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
# strace holds a build right after its renames in the atomic-swap kill test (AtomicSwapKillTests).
if ! command -v strace >/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends strace
fi
tools=../shared/tools/install.sh
if [ ! -f "$tools" ]; then
  echo "install-test-tools: $tools not found; the checker tests will say they were skipped" >&2
  exit 0
fi
bash "$tools"
venv="${SITEGEN_TOOLS_HOME:-$HOME/.cache/sitegen-tools}/venv"
"$venv/bin/python" -c "import openpyxl" 2>/dev/null || "$venv/bin/python" -m pip install -q openpyxl
# CKAN's own RDF parser (ckanext-dcat 2.4 on CKAN 2.11) in a venv of its own, for PortalImportTests
# (Tests/Scripts/ckan_parse.py): CKAN's pins clash with the checkers' venv.
ckan="${SITEGEN_TOOLS_HOME:-$HOME/.cache/sitegen-tools}/ckan-venv"
if ! "$ckan/bin/python" -c "import ckanext.dcat.processors" 2>/dev/null; then
  python3 -m venv "$ckan"
  "$ckan/bin/python" -m pip install -q -r scripts/ckan-requirements.txt
fi
