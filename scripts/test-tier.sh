#!/usr/bin/env bash
# Runs the test suites of one tier: unit, site or external (the swift-testing tags of
# Tests/SiteGenTests/Support/Tiers.swift). `swift test --filter` matches test IDs only, not tags, so
# the test binary lists its suites with their tags (the event stream's `_tags`) and the suites of the
# tier are passed to `swift test` by ID. Stops when a suite has no tier tag or more than one.
#   bash scripts/test-tier.sh unit
set -euo pipefail
tier="${1:?usage: test-tier.sh unit|site|external}"
case "$tier" in unit|site|external) ;; *) echo "unknown tier: $tier (unit, site or external)" >&2; exit 2 ;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."

swift build --build-tests
tests="$(swift build --show-bin-path)/sitegenPackageTests.xctest"
events="$(mktemp)"
trap 'rm -f "$events"' EXIT
"$tests" --testing-library swift-testing --list-tests --event-stream-output-path "$events" \
  --experimental-event-stream-version 1 >/dev/null

# One ID pattern per suite of the tier; the check of the tags prints what is wrong on stderr.
patterns="$(python3 - "$events" "$tier" <<'PY'
import json, re, sys
events, tier = sys.argv[1], "." + sys.argv[2]
tiers = {".unit", ".site", ".external"}
suites, functions, listed_tags = {}, [], False
for line in open(events, encoding="utf-8"):
    record = json.loads(line)
    if record.get("kind") == "test":
        test = record["payload"]
        listed_tags = listed_tags or "_tags" in test
        if test["kind"] == "suite":
            suites[test["id"]] = {t for t in test.get("_tags", []) if t in tiers}
        else:
            functions.append((test["id"], {t for t in test.get("_tags", []) if t in tiers}))
if not suites:
    sys.exit("the test binary listed no suites")
if not listed_tags:
    sys.exit("the test binary listed no tags: this toolchain's event stream lacks `_tags`")

def parent(suite):
    return suite.rsplit("/", 1)[0] if "/" in suite else None

def tiers_of(suite):
    """The suite's tier tags with those of the suites around it (tags are inherited)."""
    found = set()
    while suite is not None:
        found |= suites.get(suite, set())
        suite = parent(suite)
    return found

wrong = [f"{s}: {' '.join(sorted(tiers_of(s))) or 'no tier tag'}" for s in sorted(suites) if len(tiers_of(s)) != 1]
# A test function's ID is its suite's ID, its name and its source location.
for function, tags in functions:
    suite = function.rsplit("/", 2)[0]
    if suite not in suites:
        wrong.append(f"{function}: not inside a suite")
    elif tags and tags != tiers_of(suite):
        wrong.append(f"{function}: {' '.join(sorted(tags))} inside a {' '.join(sorted(tiers_of(suite)))} suite")
if wrong:
    sys.exit("every suite needs exactly one tier tag (.unit, .site or .external):\n  " + "\n  ".join(wrong))
chosen = [s for s in sorted(suites) if tiers_of(s) == {tier} and (parent(s) is None or tiers_of(parent(s)) != {tier})]
if not chosen:
    sys.exit(f"no suite is tagged {tier}")
print("\n".join("^" + re.escape(s) + "/" for s in chosen))
PY
)"
filters=()
while IFS= read -r pattern; do filters+=(--filter "$pattern"); done <<<"$patterns"
echo "tier $tier: $((${#filters[@]} / 2)) suites"
swift test --skip-build "${filters[@]}"
