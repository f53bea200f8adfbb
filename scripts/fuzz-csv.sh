#!/usr/bin/env bash
# Fuzzes the CSV reader (decoding, parsing, values, the Cuadro 1S / execution / territory readers
# and the dataset writers) with libFuzzer.
# Usage: scripts/fuzz-csv.sh [seconds=600] [extra libFuzzer flags...]
# Builds .build/fuzz/fuzz-csv with `swiftc -sanitize=fuzzer,address`, seeds the corpus from the
# test fixtures, then runs; exits non-zero (leaving crash-* files in .build/fuzz) on a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
out=.build/fuzz
mkdir -p "$out/corpus"
# Every OpenData source but XLSX/ (which needs ZIPFoundation).
sources=(Fuzz/CSVFuzzTarget.swift $(find Sources/OpenData -name '*.swift' -not -path '*/XLSX/*' | sort))
swiftc -parse-as-library -module-name OpenData -sanitize=fuzzer,address -O -g -use-ld=lld \
  "${sources[@]}" -o "$out/fuzz-csv"
# Seeds: every small CSV in the fixture corpus and the example content.
for dir in Tests/Fixtures content; do
  if [ -d "$dir" ]; then find "$dir" -type f -name '*.csv' -size -64k; fi
done | while read -r f; do
  cp "$f" "$out/corpus/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1).csv"
done
# and the first 4 KB of each real CSV in ../shared/realdata, when present (never stored in the repo).
for f in ../shared/realdata/*.csv; do
  if [ -f "$f" ]; then head -c 4096 "$f" > "$out/corpus/real-$(basename "$f")"; fi
done
cd "$out"
exec ./fuzz-csv -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 "$@" corpus
