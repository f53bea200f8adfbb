#!/usr/bin/env bash
# Fuzzes the tabular readers with libFuzzer: the CSV reader (decoding, parsing, values) and the
# workbook reader (ZIP, inflate, XML tokenizer, cells), then the Cuadro 1S / execution / territory
# readers and the dataset writers. Builds from a clean clone with the Swift toolchain, zlib and
# libcrypto (the CDeflate and CCrypto system modules of Sources/).
# Usage: scripts/fuzz-csv.sh [seconds=600] [extra libFuzzer flags...]
# Builds .build/fuzz/fuzz-csv with `swiftc -sanitize=fuzzer,address`, seeds the corpus from the
# test fixtures, then runs; exits non-zero (leaving crash-* files in .build/fuzz) on a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
out=.build/fuzz
mkdir -p "$out/corpus"
# Every OpenData source, with the module maps of its C libraries.
sources=(Fuzz/CSVFuzzTarget.swift $(find Sources/OpenData -name '*.swift' | sort))
swiftc -parse-as-library -module-name OpenData -sanitize=fuzzer,address -O -g -use-ld=lld \
  -I Sources/CDeflate -I Sources/CCrypto -lz -lcrypto \
  "${sources[@]}" -o "$out/fuzz-csv"
# Seeds: every small CSV in the fixture corpus and the example content.
for dir in Tests/Fixtures content; do
  if [ -d "$dir" ]; then find "$dir" -type f -name '*.csv' -size -64k; fi
done | while read -r f; do
  cp "$f" "$out/corpus/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1).csv"
done
# Small crafted workbooks and sheet XML (Fuzz/make_xlsx_seeds.py; invented data).
python3 Fuzz/make_xlsx_seeds.py "$out/corpus"
# and the first 4 KB of each real CSV in ../shared/realdata, when present (never stored in the repo).
for f in ../shared/realdata/*.csv; do
  if [ -f "$f" ]; then head -c 4096 "$f" > "$out/corpus/real-$(basename "$f")"; fi
done
cd "$out"
exec ./fuzz-csv -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 "$@" corpus
