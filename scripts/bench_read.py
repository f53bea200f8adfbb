#!/usr/bin/env python3
"""Times reading one Cuadro 1S source alone, for the "Lectura del Cuadro 1S" part of BENCHMARKS.md.

For each scale, the same cut (scripts/generate-scale.py --variants) is read as a UTF-8 CSV, as the
Windows-1252 ';' CSV Excel es-CO saves, as a mixed UTF-8/Windows-1252 CSV and as a workbook, with
`sitegen check --timings` (the time sitegen's own reader took on that source: decode, parse,
validate). The same workbook is read with openpyxl (`load_workbook(read_only=True)`, every row's
values), timed inside its own process the same way (after `import openpyxl`, as sitegen's time
starts after the process has started). CPU seconds of each read are recorded too. Runs are interleaved, so a busy machine slows
both sides alike. Writes JSON to stdout (stdlib only).

openpyxl, much slower, runs at most OPENPYXL_RUNS_100X times at 100x (with the first sitegen runs).

The contracts reader is timed the same way ("contracts"): the synthetic contracts of each scale
(`generate-scale.py --contracts-only`, with --contracts-cp1252 for the Windows-1252 ';' copy, in
BENCH_DIR/contracts-Nx-utf8 and -cp1252), both layouts (SECOP II records and the contracts-by-project
list), each file's read as `sitegen check --timings` prints it.

Usage: bench_read.py SITEGEN BENCH_DIR OPENPYXL_PYTHON RUNS_1X RUNS_10X RUNS_100X OPENPYXL_RUNS_100X > read.json
"""

import json
import os
import re
import subprocess
import sys

SITEGEN, B, OPENPYXL_PYTHON = sys.argv[1], sys.argv[2], sys.argv[3]
RUNS = {1: int(sys.argv[4]), 10: int(sys.argv[5]), 100: int(sys.argv[6])}
OPENPYXL_RUNS = {1: RUNS[1], 10: RUNS[10], 100: min(RUNS[100], int(sys.argv[7]))}
VARIANTS = ["csv-utf8", "csv-cp1252", "csv-mixed", "xlsx"]
OPENPYXL_READ = """
import sys, time
import openpyxl
start, cpu = time.perf_counter(), time.process_time()
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        rows += 1
        cells += sum(1 for value in row if value is not None)
book.close()
print("%.6f %.6f %d %d" % (time.perf_counter() - start, time.process_time() - cpu, rows, cells))
"""


def source(scale, variant):
    folder = os.path.join(B, "variants-%dx" % scale, variant)
    name = "2025-T1.xlsx" if variant == "xlsx" else "2025-T1.csv"
    return folder, os.path.join(folder, "informes-1s", name)


def sitegen_read(folder):
    """Seconds sitegen took to read the folder's one Cuadro 1S source, wall and CPU (as
    `--timings` prints them), and the error count of the check."""
    done = subprocess.run([SITEGEN, "check", "--timings", "--content", folder],
                          capture_output=True, text=True, check=False)
    times = re.findall(r"informes-1s/\S+\s+([0-9.]+) s(?:\s+CPU ([0-9.]+) s)?$", done.stderr, re.M)
    errors = re.search(r"(\d+) error\(s\)", done.stderr)
    if not times:
        sys.exit("bench_read: no timing from sitegen check on %s:\n%s" % (folder, done.stderr[-2000:]))
    wall, cpu = times[0]
    return float(wall), float(cpu) if cpu else None, int(errors.group(1)) if errors else -1


CONTRACT_FILES = {"secop-ii": "SECOP II", "por-proyecto": "by project"}


def contracts_read(folder):
    """Seconds (wall, CPU) sitegen took on each contracts file of the folder, by file name."""
    done = subprocess.run([SITEGEN, "check", "--timings", "--content", folder],
                          capture_output=True, text=True, check=False)
    found = {name: (float(wall), float(cpu)) for name, wall, cpu in
             re.findall(r"contratos/(\S+)\.csv\s+([0-9.]+) s\s+CPU ([0-9.]+) s$", done.stderr, re.M)}
    if set(found) != set(CONTRACT_FILES):
        sys.exit("bench_read: no contracts timing from sitegen check on %s:\n%s" % (folder, done.stderr[-2000:]))
    return found


def contracts(result):
    """The contracts part: each scale, encoding and layout, fastest wall and CPU of the runs."""
    part = {}
    for scale, runs in RUNS.items():
        for encoding in ("utf8", "cp1252"):
            folder = os.path.join(B, "contracts-%dx-%s" % (scale, encoding))
            times = {name: [] for name in CONTRACT_FILES}
            for _ in range(runs):
                for name, value in contracts_read(folder).items():
                    times[name].append(value)
            for name, values in times.items():
                part["%s|%s|%d" % (name, encoding, scale)] = {
                    "wall": min(v[0] for v in values), "cpu": min(v[1] for v in values), "runs": runs,
                    "bytes": os.path.getsize(os.path.join(folder, "contratos", name + ".csv"))}
        print("bench_read: contracts %dx done" % scale, file=sys.stderr)
    result["contracts"] = part


def openpyxl_read(path):
    done = subprocess.run([OPENPYXL_PYTHON, "-c", OPENPYXL_READ, path], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None, None, None
    seconds, cpu, rows, cells = done.stdout.split()
    return float(seconds), float(cpu), {"rows": int(rows), "cells": int(cells)}


def main():
    has_openpyxl = os.path.exists(OPENPYXL_PYTHON) and subprocess.run(
        [OPENPYXL_PYTHON, "-c", "import openpyxl"], capture_output=True, check=False).returncode == 0
    result = {"openpyxl": has_openpyxl, "scales": {}}
    for scale, runs in RUNS.items():
        entry = {"runs": runs, "files": {}, "times": {v: [] for v in VARIANTS + ["openpyxl"]},
                 "cpu": {v: [] for v in VARIANTS + ["openpyxl"]}, "errors": {}}
        for variant in VARIANTS:
            folder, path = source(scale, variant)
            entry["files"][variant] = os.path.getsize(path)
        for run in range(runs):
            for variant in VARIANTS:
                seconds, cpu, errors = sitegen_read(source(scale, variant)[0])
                entry["times"][variant].append(seconds)
                if cpu is not None:
                    entry["cpu"][variant].append(cpu)
                entry["errors"][variant] = errors
            if has_openpyxl and run < OPENPYXL_RUNS[scale]:
                seconds, cpu, counts = openpyxl_read(source(scale, "xlsx")[1])
                if seconds is not None:
                    entry["times"]["openpyxl"].append(seconds)
                    entry["cpu"]["openpyxl"].append(cpu)
                    entry["openpyxl_counts"] = counts
            print("bench_read: %dx: %s" % (scale, ", ".join(
                "%s %.3f s" % (k, v[-1]) for k, v in entry["times"].items() if v)), file=sys.stderr)
        result["scales"][str(scale)] = entry
    contracts(result)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
