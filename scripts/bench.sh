#!/usr/bin/env bash
# Measures sitegen on this machine and writes BENCHMARKS.md (run it with `make bench`).
#
# In one run: the default site; synthetic content at 1x, 10x and 100x Cali's size (wall time,
# CPU time, pages per second, peak memory); sitegen, Hugo and the cmark-gfm command-line tool on
# the same 10,000 Markdown pages on a RAM disk, and sitegen on the disk against the disk's floor
# (bench/floor.c making the same folders and files); how long `sitegen serve` takes to show a change at 1x; and how
# long reading one Cuadro 1S takes at 1x, 10x and 100x as UTF-8 CSV, Windows-1252 CSV, mixed CSV
# and workbook, beside openpyxl on the same workbook ("Lectura del Cuadro 1S").
# Generated content and outputs go to .bench/ (git-ignored). Needs hyperfine, hugo, cmark-gfm, cc
# (bash ../shared/tools/install.sh installs them) and python3; openpyxl from the checkers' venv
# (OPENPYXL_PYTHON, default $HOME/.cache/sitegen-tools/venv/bin/python) for the workbook comparison.
#
# BENCH_ONLY=read runs only the Cuadro 1S reading part, BENCH_ONLY=pages only the 10,000 pages (RAM
# disk, disk and floor) and BENCH_ONLY=100x only the 100x build; each prints its table and targets
# (BENCHMARKS.md is left as it is). BENCH_RUNS sets the number of runs (the read part does at most 3 at 10x and 100x, and
# openpyxl, which takes minutes there, runs once at 100x).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
B=$ROOT/.bench
RUNS=${BENCH_RUNS:-5}
ONLY=${BENCH_ONLY:-}
OPENPYXL_PYTHON=${OPENPYXL_PYTHON:-$HOME/.cache/sitegen-tools/venv/bin/python}
mkdir -p "$B"
log() { printf 'bench: %s\n' "$*" >&2; }
TOOLS="hyperfine hugo cmark-gfm python3 cc /usr/bin/time"
[ "$ONLY" = read ] && TOOLS=python3
[ "$ONLY" = 100x ] && TOOLS="hyperfine python3 /usr/bin/time"
for tool in $TOOLS; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (bash ../shared/tools/install.sh)" >&2; exit 1; }
done

log "release build"
swift build -c release --product sitegen >&2
SITEGEN=$ROOT/.build/release/sitegen
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# Reading one Cuadro 1S alone: the same cut in each shape it arrives in, 1x/10x/100x.
read_bench() {
    local s
    for s in 1 10 100; do
        [ -f "$B/variants-${s}x/xlsx/informes-1s/2025-T1.xlsx" ] \
            || python3 scripts/generate-scale.py --scale "$s" --variants "$B/variants-${s}x" >&2
        [ -f "$B/contracts-${s}x-utf8/contratos/secop-ii.csv" ] \
            || python3 scripts/generate-scale.py --scale "$s" --contracts-only --out "$B/contracts-${s}x-utf8" >&2
        [ -f "$B/contracts-${s}x-cp1252/contratos/secop-ii.csv" ] \
            || python3 scripts/generate-scale.py --scale "$s" --contracts-only --contracts-cp1252 --out "$B/contracts-${s}x-cp1252" >&2
    done
    log "reading the Cuadro 1S: UTF-8, Windows-1252 and mixed CSV, workbook; openpyxl on the same workbook; the contracts"
    python3 scripts/bench_read.py "$SITEGEN" "$B" "$OPENPYXL_PYTHON" \
        "$RUNS" "$([ "$RUNS" -lt 3 ] && echo "$RUNS" || echo 3)" "$([ "$RUNS" -lt 3 ] && echo "$RUNS" || echo 3)" 1 \
        > "$B/read.json"
}
if [ "$ONLY" = read ]; then
    read_bench
    python3 scripts/bench_report.py --read "$B"
    exit 0
fi

# --- content -------------------------------------------------------------------------------
[ -d content ] || python3 scripts/generate_example_content.py >&2
for s in 1 10 100; do
    case "$ONLY" in pages) continue ;; 100x) [ "$s" = 100 ] || continue ;; esac
    # Content generated before the contracts were added is made again.
    [ -f "$B/content-${s}x/contratos/secop-ii.csv" ] || { rm -rf "$B/content-${s}x"; python3 scripts/generate-scale.py --scale "$s" --out "$B/content-${s}x" >&2; }
done
PAGES=$B/pages-10k
if [ ! -f "$PAGES/site.yml" ]; then
    rm -rf "$PAGES" "$B/hugo-site" "$B/pages-10k-bodies.md"
    python3 scripts/generate-scale.py --pages 10000 --pages-only --out "$PAGES" >&2
    printf 'title: "Comparación"\nbase_url: "https://example.org/escala/"\ndate: "2025-07-15"\n' > "$PAGES/site.yml"
fi
# Hugo reads the same files; cmark-gfm gets their Markdown bodies alone, in one file.
if [ ! -d "$B/hugo-site/content" ]; then
    mkdir -p "$B/hugo-site/content"
    cp -r bench/hugo/. "$B/hugo-site/"
    cp -r "$PAGES/paginas" "$B/hugo-site/content/paginas"
fi
if [ ! -f "$B/pages-10k-bodies.md" ]; then
    python3 - "$PAGES/paginas" "$B/pages-10k-bodies.md" <<'EOF'
import os, sys
folder, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(os.listdir(folder)):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        f.write(text.split("\n---\n", 1)[1] + "\n")
EOF
fi
# sitegen's minimal theme: the default templates, with page and section as small as Hugo's.
rm -rf "$B/theme-minimal" && mkdir -p "$B/theme-minimal/templates"
cp themes/default/templates/*.mustache "$B/theme-minimal/templates/"
cp bench/sitegen-theme/templates/*.mustache "$B/theme-minimal/templates/"
cp -r themes/default/i18n "$B/theme-minimal/"

# --- measurements --------------------------------------------------------------------------
# A previous run's output on this disk is moved aside into $TRASH before each run, not deleted,
# and the trash is deleted at the end: ext4 passes over the inodes freed in the last half minute
# when it makes new files, so deleting 40,000 files just before a run charged the 100x build about
# 10 s of kernel CPU (perf: recently_deleted under mkdir) that no real build pays. It needs room for
# a few copies of the outputs (about 8 GB). Outputs on the RAM disk are deleted (tmpfs is not ext4).
TRASH=$B/trash
if [ -d "$TRASH" ]; then rm -rf "$TRASH"; sync; sleep 35; fi
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
clear_cmd() { # the command that clears the output folders given
    local out cmd=true
    for out in "$@"; do
        case "$out" in
            "$B"/*) cmd="$cmd; if [ -e $out ]; then mv $out $TRASH/\$(date +%s%N); fi" ;;
            *) cmd="$cmd; rm -rf $out" ;;
        esac
    done
    printf '%s' "$cmd"
}
# hyperfine: mean and standard deviation of wall time, plus user and system CPU time.
hf() { # name runs output command...: the output folder is cleared before each run (not timed),
    # so clearing the previous run's output never overlaps the next run (as Hugo's is cleared too).
    local name=$1 runs=$2 out=$3; shift 3
    # shellcheck disable=SC2086
    hyperfine --style none --warmup 1 --runs "$runs" --prepare "$(clear_cmd $out)" --export-json "$B/$name.json" "$@" >&2
}
# Peak memory (KB) and the pages count sitegen prints, from one run under /usr/bin/time -v.
peak() { # name output command... (the output folder is cleared first, as in hf)
    local name=$1 out=$2; shift 2
    bash -c "$(clear_cmd "$out")"
    /usr/bin/time -v "$@" > "$B/$name.out" 2> "$B/$name.time"
}

scale_100x() {
    log "100x"
    bash -c "$(clear_cmd "$B/out-100x")"
    hyperfine --style none --runs 1 --export-json "$B/scale-100x.json" \
        "$SITEGEN build --content $B/content-100x --output $B/out-100x" >&2
    peak scale-100x "$B/out-100x" "$SITEGEN" build --content "$B/content-100x" --output "$B/out-100x"
    bash -c "$(clear_cmd "$B/out-100x")"
}
if [ "$ONLY" = 100x ]; then
    scale_100x
    python3 scripts/bench_report.py --100x "$B"
    exit 0
fi

# The 10,000 Markdown pages: sitegen, Hugo and cmark-gfm on a RAM disk; then sitegen on this disk
# against the floor, bench/floor.c making the same folders and files of the same sizes.
pages_bench() {
    log "10,000 Markdown pages: sitegen, hugo, cmark-gfm"
    # On a RAM folder: on this disk deleting and re-creating 10,000 folders costs more than the
    # tools themselves (system time grew run after run), which would compare disks.
    local R=${BENCH_RAM_DIR:-/dev/shm}/sitegen-bench-$$
    mkdir -p "$R"
    hf pages-sitegen "$RUNS" "$R/sitegen" "$SITEGEN build --content $PAGES --theme $B/theme-minimal --output $R/sitegen"
    peak pages-sitegen "$R/sitegen" "$SITEGEN" build --content "$PAGES" --theme "$B/theme-minimal" --output "$R/sitegen"
    hf pages-hugo "$RUNS" "$R/hugo $B/hugo-site/resources" \
        "hugo --quiet --source $B/hugo-site --destination $R/hugo"
    hf pages-cmark "$RUNS" "$B/cmark-none" \
        "cmark-gfm --smart -e table -e strikethrough -e autolink -e tagfilter -e tasklist $B/pages-10k-bodies.md > /dev/null"
    find "$R/hugo" -name index.html | wc -l > "$B/pages-hugo.count"
    log "10,000 pages on disk: sitegen and the floor (the same folders and files, nothing else)"
    cc -O2 -o "$B/floor" bench/floor.c
    python3 bench/manifest.py "$R/sitegen" > "$B/pages-10k.manifest"
    hf floor-ram "$RUNS" "$R/floor" "$B/floor $B/pages-10k.manifest $R/floor"
    rm -rf "$R"
    hf pages-disk "$RUNS" "$B/out-pages-disk" \
        "$SITEGEN build --content $PAGES --theme $B/theme-minimal --output $B/out-pages-disk"
    hf floor-disk "$RUNS" "$B/floor-disk" "$B/floor $B/pages-10k.manifest $B/floor-disk"
    bash -c "$(clear_cmd "$B/out-pages-disk" "$B/floor-disk")"
}
if [ "$ONLY" = pages ]; then
    pages_bench
    python3 scripts/bench_report.py --pages "$B"
    exit 0
fi

log "default site"
hf default "$RUNS" "$B/out-default" "$SITEGEN build --content content --output $B/out-default"
peak default "$B/out-default" "$SITEGEN" build --content content --output "$B/out-default"
for s in 1 10; do
    log "${s}x"
    hf "scale-${s}x" "$([ "$s" = 1 ] && echo "$RUNS" || echo 3)" "$B/out-${s}x" \
        "$SITEGEN build --content $B/content-${s}x --output $B/out-${s}x"
    peak "scale-${s}x" "$B/out-${s}x" "$SITEGEN" build --content "$B/content-${s}x" --output "$B/out-${s}x"
done
scale_100x
pages_bench

log "serve: time from saving a file to the change being served (1x)"
python3 scripts/bench_serve.py "$SITEGEN" "$B/content-1x" "$B/serve" --runs 9 > "$B/serve.json"

read_bench

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
log "writing BENCHMARKS.md"
# The run before this one, for the "not slower" targets.
[ -f BENCHMARKS.md ] && cp BENCHMARKS.md "$B/previous-BENCHMARKS.md"
python3 scripts/bench_report.py "$B" "$LOAD_BEFORE" "$LOAD_AFTER" > BENCHMARKS.md
cat BENCHMARKS.md
