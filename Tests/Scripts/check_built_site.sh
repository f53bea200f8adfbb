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

# The page kinds this theme adds, whatever the sample above picked: home (map), agenda, search,
# 404, territory dashboards, a project ficha and a "Qué cambió" page, at both widths.
KEY=()
for page in index.html 404.html agenda/index.html buscar/index.html territorios/comuna-01/index.html \
    territorios/pichinde/index.html territorios/ciudad/index.html; do
  [[ -f "$SITE/$page" ]] && KEY+=("$SITE/$page")
done
KEY+=($(find "$SITE/informes" -path '*/cambios/index.html' 2>/dev/null | sort | head -1))
KEY+=($(find "$SITE/proyectos" -name index.html 2>/dev/null | sort | sed -n '2p'))
for width in 1280 390; do
  if "$H/venv/bin/python" "$TOOLS/axe_check.py" --width "$width" "${KEY[@]}" >"$OUT/axe-key-$width.log" 2>&1; then
    echo "PASS  accessibility of ${#KEY[@]} key pages at $width px (axe, serious+)"
  else
    echo "FAIL  accessibility of key pages at $width px (axe, serious+) -> $OUT/axe-key-$width.log"; fail=1
  fi
done

# The same output under a sub-path: every relative link must still resolve.
ROOT="$(mktemp -d)"
mkdir -p "$ROOT/sub/path"
cp -R "$SITE/." "$ROOT/sub/path/"
rm -f "$OUT/serve-sub.url"
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
