#!/usr/bin/env python3
"""Writes BENCHMARKS.md from the measurements scripts/bench.sh left in .bench/ (stdlib only).

Usage: bench_report.py BENCH_DIR LOAD_BEFORE LOAD_AFTER HUGO_PAGES > BENCHMARKS.md
       bench_report.py --read BENCH_DIR   (only the "Lectura del Cuadro 1S" section and its targets)
"""

import json
import os
import re
import subprocess
import sys

READ_SOURCES = [("csv-utf8", "UTF-8 CSV (`,`)"), ("csv-cp1252", "Windows-1252 CSV (`;`, Excel es-CO)"),
                ("csv-mixed", "mixed UTF-8/Windows-1252 CSV"), ("xlsx", "workbook, sitegen"),
                ("openpyxl", "workbook, openpyxl `read_only`")]


def read_report(folder):
    """The "Lectura del Cuadro 1S" section and its targets, from read.json; None without it."""
    path = os.path.join(folder, "read.json")
    if not os.path.exists(path):
        return None
    data = json.load(open(path))
    scales = data["scales"]
    def medians(kind):
        return {(key, s): min(scales[s][kind][key]) if scales[s].get(kind, {}).get(key) else None
                for s in scales for key, _ in READ_SOURCES}

    median, cpu = medians("times"), medians("cpu")

    def cell(key, s):
        m = median[(key, s)]
        if m is None:
            return "—"
        errors = scales[s]["errors"].get(key, 0)
        size = scales[s]["files"].get(key if key != "openpyxl" else "xlsx", 0) / 1e6
        return "%.3f s, CPU %s (%.1f MB)%s" % (m, "%.3f s" % cpu[(key, s)] if cpu[(key, s)] else "—", size,
                                               " **%d errors**" % errors if errors > 0 else "")

    def growth(key, a, b):
        if not cpu[(key, a)] or not cpu[(key, b)]:
            return None
        return cpu[(key, b)] / cpu[(key, a)]

    lines = ["## Lectura del Cuadro 1S", "",
             "Reading one Cuadro 1S source alone: the same synthetic cut at each scale "
             "(`generate-scale.py --variants`) saved four ways, each read with `sitegen check --timings` "
             "(the time sitegen's reader took on that source: decoding, parsing, checking every value; "
             "process start not included), and the same workbook read with openpyxl "
             "(`load_workbook(read_only=True)` iterating every row's values, timed in its process after "
             "`import openpyxl`). Runs are interleaved; each figure is the fastest of %s runs at 1×/10×/100× "
             "(openpyxl: %s), the run least slowed by the machine's other work. "
             "Each cell: the read's wall time, CPU time (of the read alone, on both sides) and "
             "the file's size. Growth is the CPU time at ×10 the rows over the CPU time before (linear: ×10; "
             "CPU time, as wall time on this shared machine depends on the other load)." %
             ("/".join(str(scales[s]["runs"]) for s in ("1", "10", "100")),
              "/".join(str(len(scales[s]["times"].get("openpyxl", []))) for s in ("1", "10", "100"))), "",
             "| source | 1× | 10× | 100× | growth 1×→10× | growth 10×→100× |",
             "|---|---:|---:|---:|---:|---:|"]
    worst_growth = 0.0
    for key, label in READ_SOURCES:
        g1, g2 = growth(key, "1", "10"), growth(key, "10", "100")
        if key != "openpyxl":
            worst_growth = max([worst_growth] + [g for g in (g1, g2) if g is not None])
        lines.append("| %s | %s | %s | %s | %s | %s |" % (
            label, cell(key, "1"), cell(key, "10"), cell(key, "100"),
            "×%.1f" % g1 if g1 else "—", "×%.1f" % g2 if g2 else "—"))
    ratios = []
    for s in ("1", "10", "100"):
        cp, utf, book, py = (median[(k, s)] for k in ("csv-cp1252", "csv-utf8", "xlsx", "openpyxl"))
        ratios.append("%s×: Windows-1252/UTF-8 = %s, openpyxl/sitegen on the workbook = %s" % (
            s, "%.2f" % (cp / utf) if cp and utf else "—", "%.2f" % (py / book) if py and book else "—"))
    lines += ["", "Ratios: " + "; ".join(ratios) + ".", ""]
    if not data.get("openpyxl"):
        lines += ["openpyxl was not found (OPENPYXL_PYTHON), so the workbook comparison is missing.", ""]
    def compare(slow, fast):
        """A target's measure: CPU time when recorded (steadier), else wall time; and its text."""
        kind = cpu if cpu[(slow, "100")] and cpu[(fast, "100")] else median
        a, b = kind[(slow, "100")], kind[(fast, "100")]
        if not a or not b:
            return None, "not measured"
        return a / b, "%s %.3f s / %.3f s = %.2f (wall %.2f)" % (
            "CPU" if kind is cpu else "wall", a, b, a / b,
            (median[(slow, "100")] or 0) / (median[(fast, "100")] or 1))

    cp_ratio, cp_text = compare("csv-cp1252", "csv-utf8")
    py_ratio, py_text = compare("openpyxl", "xlsx")
    failed = [k for s in scales for k, e in scales[s]["errors"].items() if e > 0]
    targets = [
        ("100× Cuadro 1S: the Windows-1252 `;` CSV read within 1.5× of the UTF-8 read", cp_text,
         cp_ratio is not None and cp_ratio <= 1.5),
        ("100× workbook: sitegen at least 3× faster than openpyxl `read_only`", py_text,
         py_ratio is not None and py_ratio >= 3 and "xlsx" not in failed),
        ("No Cuadro 1S read grows faster than linearly from 1× to 10× to 100×",
         "worst growth ×%.1f for ×10 the rows (CPU)" % worst_growth, 0 < worst_growth <= 10.5),
    ]
    errors = [(k, s) for s in scales for k, e in scales[s]["errors"].items() if e > 0]
    if errors:
        lines += ["Sources sitegen refused (errors): %s. Their times are of a read that stopped early." %
                  ", ".join("%s at %s×" % (k, s) for k, s in errors), ""]
    return "\n".join(lines), targets


if sys.argv[1] == "--read":
    section = read_report(sys.argv[2])
    if section is None:
        sys.exit("bench_report: no read.json in %s" % sys.argv[2])
    print(section[0])
    for name, measured, ok in section[1]:
        print("- %s: %s, %s" % (name, measured, "**met**" if ok else "**missed**"))
    sys.exit(0)

B, LOAD_BEFORE, LOAD_AFTER, HUGO_PAGES = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "?"


def hyperfine(name):
    with open(os.path.join(B, name + ".json")) as f:
        r = json.load(f)["results"][0]
    return {"mean": r["mean"], "stddev": r.get("stddev") or 0.0, "min": r["min"],
            "cpu": r["user"] + r["system"], "runs": len(r["times"])}


def peak(name):
    """Peak RSS in MB, wall seconds and the sitegen summary line of one /usr/bin/time -v run."""
    text = open(os.path.join(B, name + ".time")).read()
    out = open(os.path.join(B, name + ".out")).read()
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    pages = re.search(r"sitegen: (\d+) pages, (\d+) datasets, (\d+) files", out)
    return {"mb": kb / 1024, "pages": int(pages.group(1)) if pages else 0,
            "files": int(pages.group(3)) if pages else 0}


def cpu_model():
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "?"


def mem_total():
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            return "%.1f GB" % (int(line.split()[1]) / 1024 / 1024)
    return "?"


def secs(x):
    return "%.2f s" % x if x < 10 else "%.1f s" % x


rows = []
scales = {}
for name, label in [("default", "default site (`content/`)"), ("scale-1x", "1× Cali (synthetic)"),
                    ("scale-10x", "10×"), ("scale-100x", "100×")]:
    h, p = hyperfine(name), peak(name)
    scales[name] = (h, p)
    rows.append("| %s | %d | %d | %s ± %s | %s | %s | %.0f | %.0f MB |" % (
        label, p["pages"], p["files"], secs(h["mean"]), secs(h["stddev"]), secs(h["min"]), secs(h["cpu"]),
        p["pages"] / h["mean"], p["mb"]))

sg, hugo, cmark = hyperfine("pages-sitegen"), hyperfine("pages-hugo"), hyperfine("pages-cmark")
sgp = peak("pages-sitegen")
serve = json.load(open(os.path.join(B, "serve.json")))

d, s1, s10, s100 = (scales[k][0] for k in ("default", "scale-1x", "scale-10x", "scale-100x"))
growth = s100["mean"] / s10["mean"]
growth_cpu = s100["cpu"] / s10["cpu"]
mem100 = scales["scale-100x"][1]["mb"]
serve_worst = max(serve["markdown"]["visible"]["median_ms"], serve["csv"]["visible"]["median_ms"])


def verdict(ok):
    return "**met**" if ok else "**missed**"


targets = [
    ("Default site builds in under 1 s", "%s (mean wall)" % secs(d["mean"]), d["mean"] < 1),
    ("100× in under 60 s", "%s (mean wall)" % secs(s100["mean"]), s100["mean"] < 60),
    ("100× peak memory under 2 GB", "%.0f MB" % mem100, mem100 < 2048),
    ("Time grows no faster than linearly from 10× to 100×",
     "×%.1f wall, ×%.1f CPU for ×10 the content" % (growth, growth_cpu), min(growth, growth_cpu) <= 10.5),
    ("10,000 pages: at most ½ of Hugo's time", "sitegen/Hugo = %.2f" % (sg["mean"] / hugo["mean"]),
     sg["mean"] <= hugo["mean"] / 2),
    ("10,000 pages: at most 2× the cmark-gfm CLI's time", "sitegen/cmark-gfm = %.2f" % (sg["mean"] / cmark["mean"]),
     sg["mean"] <= 2 * cmark["mean"]),
    ("serve: a change visible in under 300 ms at 1×",
     "median %.0f ms (Markdown page), %.0f ms (CSV row)" % (serve["markdown"]["visible"]["median_ms"],
                                                           serve["csv"]["visible"]["median_ms"]),
     serve_worst < 300),
]

print("""# Benchmarks

Written by `make bench` (`scripts/bench.sh`); every number below comes from one run of it on the
machine described here. Content at 1×/10×/100× is synthetic (`scripts/generate-scale.py`: invented
values in the official 52-column Cuadro 1S layout; 1× ≈ Cali: 290 projects, ≈3,300 activity rows,
100 Markdown pages). Wall times are hyperfine means ± standard deviation (and the fastest run); CPU is
user + system time per run; peak memory is the maximum resident set size from `/usr/bin/time -v`.

## Machine

| | |
|---|---|
| CPU | %s, %s cores (`nproc`) |
| Memory | %s |
| Load average (1, 5, 15 min) | before: %s; after: %s |
| Swift | %s |
| Hugo | %s |
| cmark-gfm | %s |
| hyperfine | %s |
""" % (cpu_model(), run("nproc"), mem_total(), LOAD_BEFORE, LOAD_AFTER,
       run("swift", "--version").splitlines()[0] if run("swift", "--version") else "?",
       run("hugo", "version"), run("cmark-gfm", "--version").splitlines()[0], run("hyperfine", "--version")))

# Only the load before counts: by the end the benchmark's own runs keep both cores busy.
if float(LOAD_BEFORE.split()[0]) > 1.0:
    print("**The machine was busy when this run started** (one-minute load average above 1 on 2 cores),"
          " so wall times may be inflated and noisy; CPU times are steadier.\n")

print("## sitegen by size\n")
print("| content | pages | files | wall (mean ± sd) | fastest | CPU | pages/s | peak memory |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
print("\n".join(rows))
print("""
## 10,000 Markdown pages: sitegen, Hugo and the cmark-gfm floor

The same 10,000 generated pages (≈%.0f KB of Markdown each, with tables, lists, links, task lists),
rendered with equally minimal templates (`bench/sitegen-theme/`, `bench/hugo/`), both writing into a
RAM folder (`/dev/shm`; on this disk deleting and re-creating 10,000 folders costs more than either
tool). sitegen also makes its usual territory pages and (empty) datasets; Hugo makes its home and
section list. cmark-gfm is the command-line tool turning the same Markdown, concatenated in one
file, into HTML: the floor.

| tool | pages out | wall (mean ± sd) | fastest | CPU | vs sitegen |
|---|---:|---:|---:|---:|---:|
| sitegen | %d | %s ± %s | %s | %s | 1.00 |
| Hugo %s | %d | %s ± %s | %s | %s | %.2f |
| cmark-gfm (Markdown only) | — | %s ± %s | %s | %s | %.2f |

sitegen takes %.2f× Hugo's time and %.2f× cmark-gfm's (peak memory %.0f MB).

## serve: from saving a file to the change being served (1×)

`scripts/bench_serve.py` starts `sitegen serve` on the 1× content, saves a change and measures until
the server tells open tabs to reload (the long-poll answers) and until the page it serves shows the
change (what the reloaded tab receives). Nine changes of each kind:

| change | reload sent (median / max) | change served (median / max) |
|---|---:|---:|
| one Markdown page | %.0f / %.0f ms | %.0f / %.0f ms |
| one Cuadro 1S row | %.0f / %.0f ms | %.0f / %.0f ms |
""" % (os.path.getsize(os.path.join(B, "pages-10k-bodies.md")) / 10000 / 1024,
       sgp["pages"], secs(sg["mean"]), secs(sg["stddev"]), secs(sg["min"]), secs(sg["cpu"]),
       run("hugo", "version").split()[1] if run("hugo", "version") else "", HUGO_PAGES,
       secs(hugo["mean"]), secs(hugo["stddev"]), secs(hugo["min"]), secs(hugo["cpu"]), hugo["mean"] / sg["mean"],
       secs(cmark["mean"]), secs(cmark["stddev"]), secs(cmark["min"]), secs(cmark["cpu"]), cmark["mean"] / sg["mean"],
       sg["mean"] / hugo["mean"], sg["mean"] / cmark["mean"], sgp["mb"],
       serve["markdown"]["event"]["median_ms"], serve["markdown"]["event"]["max_ms"],
       serve["markdown"]["visible"]["median_ms"], serve["markdown"]["visible"]["max_ms"],
       serve["csv"]["event"]["median_ms"], serve["csv"]["event"]["max_ms"],
       serve["csv"]["visible"]["median_ms"], serve["csv"]["visible"]["max_ms"]))

read_section = read_report(B)
if read_section is not None:
    print(read_section[0])
    targets += read_section[1]

print("## Targets\n")
print("| target | measured | |")
print("|---|---|---|")
for name, measured, ok in targets:
    print("| %s | %s | %s |" % (name, measured, verdict(ok)))
print()
NOTES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "NOTES.md")
if os.path.exists(NOTES):
    print(open(NOTES, encoding="utf-8").read().strip())
