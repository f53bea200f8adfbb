#!/usr/bin/env bash
# Screenshots for the README: builds the default content and captures, at phone width (390 px), a
# territory page and the ficha of that territory's first project, into docs/.
#   bash scripts/screenshots.sh [TERRITORY_SLUG]      (default comuna-06)
# Needs the checkers installed by ../shared/tools/install.sh (headless Chromium + Selenium).
set -euo pipefail
cd "$(dirname "$0")/.."
TERRITORY="${1:-comuna-06}"
H="${SITEGEN_TOOLS_HOME:-$HOME/.cache/sitegen-tools}"
TOOLS="${SITEGEN_SHARED_TOOLS:-$(cd .. && pwd)/shared/tools}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
swift build --product sitegen >/dev/null
.build/debug/sitegen build --content content --output "$WORK/site" >/dev/null
PAGE="$WORK/site/territorios/$TERRITORY/index.html"
PROJECT="$(grep -o 'proyectos/BP[0-9A-Za-z]*/index.html' "$PAGE" | head -1)"
[[ -n "$PROJECT" ]] || { echo "no project linked from $PAGE" >&2; exit 1; }
"$H/venv/bin/python" "$TOOLS/screenshot.py" "$PAGE" "$WORK/site/$PROJECT" -o "$WORK/shots" --widths 390 >/dev/null
mkdir -p docs
mv "$(ls "$WORK"/shots/*territorios_"$TERRITORY"_index.html_390.png)" docs/territorio.png
mv "$(ls "$WORK"/shots/*proyectos_*_390.png)" docs/ficha-proyecto.png
echo "docs/territorio.png ($TERRITORY) and docs/ficha-proyecto.png (${PROJECT%/index.html})"
