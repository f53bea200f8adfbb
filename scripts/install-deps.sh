#!/usr/bin/env bash
# Installs what building and testing sitegen needs on Debian (run as root; idempotent):
# cmark-gfm's development packages (the Markdown library) and its CLI (the benchmark's floor), and
# zlib's (deflate and CRC-32 for the ZIP bundles and spreadsheets) and OpenSSL's (SHA-256 of the
# published files).
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm zlib1g-dev libssl-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi
