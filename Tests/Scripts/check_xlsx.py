#!/usr/bin/env python3
"""Read every .xlsx below a built site back with openpyxl and compare it with the CSV beside it.

usage: check_xlsx.py SITE
Each cell must equal the CSV field: numbers as numbers (int/float, equal value), dates as dates
(equal ISO day), text as the same text, empty as empty. The header row must be frozen and a second
sheet "Diccionario" must list every column. Exit 1 on any difference or when no .xlsx is found.
"""
import csv
import datetime
import json
import subprocess
import sys
from pathlib import Path

try:
    import openpyxl
except ImportError:  # installed into the tools venv on demand (CI does it in .ci/run)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "openpyxl"], check=True)
    import openpyxl


def same(value, text):
    if value is None:
        return text == ""
    if isinstance(value, bool):
        return False
    if isinstance(value, datetime.datetime):
        return value.time() == datetime.time(0) and value.date().isoformat() == text
    if isinstance(value, (int, float)):
        try:
            return abs(float(text) - float(value)) <= 1e-9 * max(1.0, abs(float(value)))
        except ValueError:
            return False
    return str(value) == text


def numeric(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def kind_ok(field_type, value):
    if field_type in ("integer", "number"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if field_type == "date":
        return isinstance(value, datetime.datetime)
    if field_type == "string":
        return isinstance(value, str)
    return True


def field_types(site):
    """CSV path → {column: Table Schema type}, from every datapackage.json of the site."""
    out = {}
    for package in site.rglob("datapackage.json"):
        for resource in json.loads(package.read_text(encoding="utf-8")).get("resources", []):
            if "path" in resource:
                fields = resource.get("schema", {}).get("fields", [])
                out[(package.parent / resource["path"]).resolve()] = {f["name"]: f["type"] for f in fields}
    return out


def main():
    site = Path(sys.argv[1])
    typed = field_types(site)
    books = sorted(site.rglob("*.xlsx"))
    problems, cells, numbers = [], 0, 0
    for book in books:
        csv_path = book.with_suffix(".csv")
        if not csv_path.is_file():
            problems.append(f"{book}: no CSV beside it")
            continue
        types = typed.get(csv_path.resolve())
        if types is None:
            problems.append(f"{csv_path}: described by no datapackage.json")
            types = {}
        with open(csv_path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        wb = openpyxl.load_workbook(book)
        ws = wb.worksheets[0]
        if ws.freeze_panes != "A2":
            problems.append(f"{book}: header row not frozen ({ws.freeze_panes})")
        if wb.sheetnames[1:2] != ["Diccionario"]:
            problems.append(f"{book}: no Diccionario sheet ({wb.sheetnames})")
        else:
            names = [r[0] for r in wb["Diccionario"].iter_rows(min_row=2, values_only=True)]
            if names != rows[0]:
                problems.append(f"{book}: Diccionario lists {names[:5]}…, CSV header is {rows[0][:5]}…")
        width = len(rows[0])
        got = [list(r) + [None] * (width - len(r)) for r in ws.iter_rows(values_only=True)]
        if len(got) != len(rows):
            problems.append(f"{book}: {len(got)} rows, CSV has {len(rows)}")
        for i, (xrow, crow) in enumerate(zip(got, rows), start=1):
            for j, (value, text) in enumerate(zip(xrow[:width], crow)):
                cells += 1
                if i > 1 and text and numeric(text) and isinstance(value, (int, float)):
                    numbers += 1
                if not same(value, text):
                    problems.append(f"{book}: row {i} column {rows[0][j]}: xlsx {value!r}, csv {text!r}")
                elif i > 1 and value is not None and not kind_ok(types.get(rows[0][j]), value):
                    problems.append(f"{book}: row {i} column {rows[0][j]}: {type(value).__name__} in a {types.get(rows[0][j])} column")
    for p in problems[:40]:
        print(f"ERROR {p}")
    print(f"== {len(books)} xlsx file(s), {cells} cell(s), {numbers} numeric cell(s), {len(problems)} problem(s)")
    return 1 if problems or not books else 0


if __name__ == "__main__":
    sys.exit(main())
