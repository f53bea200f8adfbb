#!/usr/bin/env bash
# Runs every external checker on a built site: ../shared/tools/check_site.sh (Nu HTML checker,
# linkchecker, axe at 1280 px, ...), axe again at 390 px, and linkchecker over the same output served
# under a sub-path (/sub/path/). One PASS/FAIL line per check; exit 1 if any failed.
#   bash Tests/Scripts/check_built_site.sh SITE_DIR LOG_DIR
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="${SITEGEN_SHARED_TOOLS:-$(cd "$HERE/../../.." && pwd)/shared/tools}"
H="${SITEGEN_TOOLS_HOME:-$HOME/.cache/sitegen-tools}"
SITE="$(cd "${1:?usage: check_built_site.sh SITE_DIR LOG_DIR}" && pwd)"
OUT="$(mkdir -p "${2:?usage: check_built_site.sh SITE_DIR LOG_DIR}" && cd "$2" && pwd)"
export SE_OFFLINE=true PATH="$H/venv/bin:$PATH"
fail=0

bash "$TOOLS/check_site.sh" "$SITE" "$OUT" || fail=1

if "$H/venv/bin/python" "$TOOLS/axe_check.py" --dir "$SITE" --width 390 --sample "${AXE_SAMPLE:-200}" \
    --json "$OUT/axe-390.json" >"$OUT/axe-390.log" 2>&1; then
  echo "PASS  accessibility at 390 px (axe, serious+)"
else
  echo "FAIL  accessibility at 390 px (axe, serious+) -> $OUT/axe-390.log"; fail=1
fi

# The same output under a sub-path: every relative link must still resolve.
ROOT="$(mktemp -d)"
mkdir -p "$ROOT/sub/path"
cp -R "$SITE/." "$ROOT/sub/path/"
"$H/venv/bin/python" "$TOOLS/serve.py" "$ROOT" 0 >"$OUT/serve-sub.url" 2>/dev/null &
SPID=$!
trap 'kill $SPID 2>/dev/null; rm -rf "$ROOT"' EXIT
for _ in $(seq 50); do [[ -s "$OUT/serve-sub.url" ]] && break; sleep 0.1; done
URL="$(head -1 "$OUT/serve-sub.url")sub/path/index.html"
if linkchecker -f "$TOOLS/linkcheckerrc" --no-status --no-warnings "$URL" >"$OUT/linkchecker-sub.log" 2>&1; then
  echo "PASS  links under /sub/path/ (linkchecker)"
else
  echo "FAIL  links under /sub/path/ (linkchecker) -> $OUT/linkchecker-sub.log"; fail=1
fi
exit $fail
