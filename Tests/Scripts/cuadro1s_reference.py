"""An independent reading of a Cuadro 1S workbook with openpyxl, for the tests that check sitegen's
figures against it. It shares no code or rule tables with sitegen.

  cuadro1s_reference.py counts WORKBOOK
      prints JSON: {"sheet", "header_row", "territories": {code: {"activities", "projects", "modified"}},
      "unknown": [comuna values it could not place]}
  cuadro1s_reference.py bps WORKBOOK
      prints JSON: the sorted list of the BP codes of the form's activity rows
  cuadro1s_reference.py excel-csv WORKBOOK OUT.csv
      writes the form's sheet as Excel in a Spanish (es-CO) locale saves "CSV (delimitado por comas)":
      Windows-1252, ';', CRLF, money "$ 1.234.567" ("$ -" for zero), dates dd/mm/yyyy, decimal comma;
      characters Windows-1252 cannot hold become '?' (after composing accents), as Excel writes them;
      prints JSON {"rows", "lossy_cells"} (how many cells lost characters)
"""
import csv
import io
import json
import re
import sys
import unicodedata

import openpyxl

CORREGIMIENTOS = {
    "navarro": 51, "el hormiguero": 52, "pance": 53, "la buitrera": 54, "villacarmelo": 55,
    "los andes": 56, "pichinde": 57, "la leonera": 58, "felidia": 59, "el saladito": 60,
    "la elvira": 61, "la castilla": 62, "la paz": 63, "montebello": 64, "golondrinas": 65,
}
MONEY = ["Presupuesto Inicial", "Presupuesto Modificado", "Ejecución", "Obligado", "Pagos"]


def fold(text):
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join(text.split())


def form_sheet(workbook):
    """The sheet named after the form, else the first whose first 40 rows hold 'Cód BP' and 'Comuna'."""
    def key(name):
        return re.sub(r"[^0-9A-Z]", "", name.upper())
    ordered = [ws for ws in workbook.worksheets if key(ws.title).find(key("MEDE01.03.01.P01.F05")) >= 0]
    ordered += [ws for ws in workbook.worksheets if ws not in ordered]
    for ws in ordered:
        for number, row in enumerate(ws.iter_rows(max_row=40, values_only=True), start=1):
            cells = [fold(c) for c in row if isinstance(c, str)]
            if "cod bp" in cells and "comuna" in cells:
                return ws, number, [c if c is None else str(c) for c in row]
    raise SystemExit("no sheet holds the Cuadro 1S header")


def territory(value):
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value)
    text = fold(value)
    if text.isdigit():
        return int(text)
    match = re.fullmatch(r"comuna (\d+)", text)
    if match:
        return int(match.group(1))
    return CORREGIMIENTOS.get(text)


def pesos(value):
    if value is None:
        return 0
    if isinstance(value, (int, float)):
        return int(value + 0.5) if value >= 0 else -int(-value + 0.5)
    text = str(value).replace("$", "").replace(" ", "").strip()
    if text in ("", "-", "N/A", "NA"):
        return 0
    return int(round(float(text.replace(".", "").replace(",", "."))))


def counts(path):
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws, header_row, header = form_sheet(workbook)
    names = [fold(h) if h else "" for h in header]
    bp, activity, comuna, modified = (names.index(fold(n)) for n in ("Cód BP", "Cód Actividad", "Comuna", "Presupuesto Modificado"))
    seen = set()
    territories = {}
    unknown = set()
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        if all(c is None or str(c).strip() == "" for c in row):
            continue
        code = territory(row[comuna])
        if code is None:
            unknown.add(str(row[comuna]))
            continue
        key = tuple("" if c is None else str(c).strip() for c in row)
        if key in seen:
            continue
        seen.add(key)
        entry = territories.setdefault(str(code), {"activities": 0, "bps": set(), "modified": 0})
        entry["activities"] += 1
        entry["bps"].add(str(row[bp]).strip())
        entry["modified"] += pesos(row[modified])
    result = {code: {"activities": e["activities"], "projects": len(e["bps"]), "modified": e["modified"]}
              for code, e in territories.items()}
    json.dump({"sheet": ws.title, "header_row": header_row, "territories": result, "unknown": sorted(unknown)}, sys.stdout)


def bps(path):
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws, header_row, header = form_sheet(workbook)
    column = [fold(h) if h else "" for h in header].index(fold("Cód BP"))
    found = set()
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        if column < len(row) and row[column] is not None and str(row[column]).strip():
            found.add(str(row[column]).strip())
    json.dump(sorted(found), sys.stdout)


def decimal_comma(value):
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",")


def excel_text(value, number_format, money):
    """A cell as Excel es-CO writes it to CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VERDADERO" if value else "FALSO"
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (int, float)):
        if money:
            amount = pesos(value)
            if amount == 0:
                return "$ -"
            digits = f"{abs(amount):,}".replace(",", ".")
            return ("-$ " if amount < 0 else "$ ") + digits
        if "%" in (number_format or ""):
            decimals = len(number_format.split(".")[1].rstrip("%")) if "." in number_format else 0
            return f"{value * 100:.{decimals}f}".replace(".", ",") + "%"
        return decimal_comma(value)
    return str(value)


def excel_csv(path, out):
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws, header_row, header = form_sheet(workbook)
    money = {index for index, name in enumerate(header) if name in MONEY}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    rows = 0
    for number, row in enumerate(ws.iter_rows(), start=1):
        money_row = number > header_row
        writer.writerow([excel_text(c.value, getattr(c, "number_format", None), money_row and i in money)
                         for i, c in enumerate(row)])
        rows += 1
    text = unicodedata.normalize("NFC", buffer.getvalue())
    lossy = 0
    for field in text.split(";"):
        try:
            field.encode("cp1252")
        except UnicodeEncodeError:
            lossy += 1
    with open(out, "wb") as f:
        f.write(text.encode("cp1252", errors="replace"))
    json.dump({"rows": rows, "lossy_cells": lossy}, sys.stdout)


if __name__ == "__main__":
    if sys.argv[1] == "counts":
        counts(sys.argv[2])
    elif sys.argv[1] == "bps":
        bps(sys.argv[2])
    elif sys.argv[1] == "excel-csv":
        excel_csv(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit("usage: cuadro1s_reference.py counts WORKBOOK | bps WORKBOOK | excel-csv WORKBOOK OUT.csv")
