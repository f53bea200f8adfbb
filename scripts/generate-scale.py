#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes synthetic sitegen content at a multiple of Santiago de Cali's size, for benchmarks.

Every value this script writes is INVENTED. Only the layout is real: the 52 columns of the
Cuadro 1S form (the header row is copied from the real file in ../shared/realdata when it is
there, otherwise from the example content), Cali's 37 territories plus 99 (city-wide), and the
agency codes of the example content.

Scale 1 is about Cali's size: 290 projects, about 3,300 Cuadro 1S activity rows, 100 Markdown
pages and 800 contracts (contratos/: two thirds as SECOP II records by API name, one third as a
contracts-by-project list where one in twenty contracts funds two projects; a few name no BPIN or a
BPIN of no project). Scale 10 and 100 multiply all of them (100 gives about 29,000 projects,
330,000 rows, 10,000 pages and 80,000 contracts). The seed is fixed: two runs write identical
bytes. The contracts come from their own random generator, so the other files are the same bytes
as before they were added. --contracts-cp1252 writes them as Excel es-CO saves CSV instead
(Windows-1252, ';', CRLF, "$ 1.234.567", dd/mm/yyyy).

With --variants, the same cut (same rows, same seed) is written again as the Alcaldía's files
really arrive, each in its own content folder holding only site.yml and informes-1s/2025-T1.*:
csv-utf8 (as in the content folder), csv-cp1252 (what Excel es-CO saves as "CSV (delimitado por
comas)": Windows-1252, ';', CRLF, "$ 1.234.567", dd/mm/yyyy, decimal comma), csv-mixed (UTF-8 with
one row in fifty saved as Windows-1252) and xlsx (a workbook laid out like the real form: title
rows, the header on row 9, shared strings, dates as serial numbers with a date format, money as
numbers). The workbook is written by hand with zipfile: no third-party module is needed.

Usage:
    python3 scripts/generate-scale.py --scale 10 --out .bench/content-10x
    python3 scripts/generate-scale.py --scale 10 --variants .bench/variants-10x
    python3 scripts/generate-scale.py --pages 10000 --pages-only --out .bench/pages-10k
    python3 scripts/generate-scale.py --scale 10 --contracts-cp1252 --out .bench/content-10x-cp1252
"""

import argparse
import csv
import datetime
import io
import itertools
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

SEED = 20251126
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
REAL_HEADER_FILE = os.path.join(
    REPO, "..", "shared", "realdata",
    "Juanpgm__proyectos_cali_alcaldia_etl__DERIVED_CUADRO_1S_I_Trimestre_2025_territorial.csv")
EXAMPLE_HEADER_FILE = os.path.join(REPO, "content", "informes-1s", "2025-T1.csv")

PROJECTS_PER_SCALE = 290
CONTRACTS_PER_SCALE = 800
PAGES_PER_SCALE = 100

CORREGIMIENTOS = list(range(51, 66))
TERRITORIES = list(range(1, 23)) + CORREGIMIENTOS + [99]

AGENCIES = [
    ("4112", "Secretaría de Gobierno"),
    ("4132", "Departamento Administrativo de Planeación"),
    ("4133", "Departamento Administrativo de Gestión del Medio Ambiente"),
    ("4143", "Secretaría de Educación"),
    ("4145", "Secretaría de Salud Pública"),
    ("4146", "Secretaría de Bienestar Social"),
    ("4148", "Secretaría de Cultura"),
    ("4151", "Secretaría de Infraestructura"),
    ("4152", "Secretaría de Movilidad"),
    ("4161", "Secretaría de Seguridad y Justicia"),
    ("4162", "Secretaría del Deporte y la Recreación"),
    ("4171", "Secretaría de Desarrollo Económico"),
    ("4173", "Secretaría de Desarrollo Territorial y Participación Ciudadana"),
]

VERBS = ["Construir", "Mejorar", "Fortalecer", "Implementar", "Adecuar", "Dotar", "Apoyar", "Realizar",
         "Capacitar", "Mantener", "Rehabilitar", "Acompañar"]
OBJECTS = ["la infraestructura educativa", "los espacios deportivos", "las vías terciarias",
           "los procesos de participación", "la red de bibliotecas", "los parques del barrio",
           "la atención en salud", "las organizaciones comunitarias", "el alumbrado público",
           "los emprendimientos locales", "la gestión del riesgo", "la seguridad alimentaria"]
PLACES = ["del sector", "de las veredas", "del barrio", "de la comuna", "del corregimiento", "de la ciudad"]
LINES = [("61", "Cali Inteligente y Próspera"), ("62", "Cali Renovada y Sostenible"),
         ("63", "Cali con Buen Gobierno"), ("64", "Cali Segura y en Paz")]
WORDS = ("la comunidad participa en el seguimiento de los proyectos de inversión con información "
         "clara sobre presupuesto avance y responsables de cada actividad en su territorio durante "
         "el trimestre se realizaron reuniones visitas de obra y mesas de trabajo con los líderes").split()


def territory_name(code):
    names = {51: "Navarro", 52: "El Hormiguero", 53: "Pance", 54: "La Buitrera", 55: "Villacarmelo",
             56: "Los Andes", 57: "Pichindé", 58: "La Leonera", 59: "Felidia", 60: "El Saladito",
             61: "La Elvira", 62: "La Castilla", 63: "La Paz", 64: "Montebello", 65: "Golondrinas",
             99: "Santiago de Cali"}
    return names.get(code, "Comuna %d" % code)


def read_header():
    for path in (REAL_HEADER_FILE, EXAMPLE_HEADER_FILE):
        if os.path.exists(path):
            with open(path, encoding="utf-8", newline="") as f:
                header = next(csv.reader(f))
            if len(header) == 52:
                return header
    sys.exit("generate-scale: no Cuadro 1S header found (../shared/realdata or content/informes-1s)")


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return (" ".join(words)).capitalize() + "."


def frac(x):
    return ("%.4f" % x).rstrip("0").rstrip(".") if x else "0"


def money(n):
    return "$ -" if n == 0 else str(n)


def excel_serial(day_of_year):
    # 2025-01-01 is Excel serial 45658.
    return str(45658 + day_of_year)


def cuadro_rows(rng, scale):
    """Yields the 52-column rows of one cut, project by project."""
    for index in range(PROJECTS_PER_SCALE * scale):
        agency_code, agency_name = AGENCIES[index % len(AGENCIES)]
        line_code, line_name = LINES[index % len(LINES)]
        level2 = line_code + "%02d" % (1 + index % 5)
        level3 = level2 + "%03d" % (1 + index % 7)
        bp = "BP%08d" % (26000000 + index)
        bpin = "2024760%06d" % (10000 + index)
        name = "%s %s %s" % (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(PLACES))
        # Most projects stay in one territory; one in ten reaches a second one.
        first = TERRITORIES[index % len(TERRITORIES)]
        territories = [first] if index % 10 else [first, TERRITORIES[(index * 7 + 3) % len(TERRITORIES)]]
        territories = sorted(set(territories))
        activities = rng.randint(6, 17)
        project_progress = rng.randint(0, 100) / 100
        for number in range(activities):
            territory = territories[number % len(territories)]
            r = [""] * 52
            r[0] = agency_code
            r[1], r[2] = line_code, line_name
            r[3], r[4] = level2, "Línea estratégica " + level2
            r[5], r[6] = level3, "Programa " + level3
            r[7], r[8], r[9] = bpin, bp, "%s en %s" % (name, territory_name(territory))
            r[10] = "%s%07d" % (bp, 1010100 + number)
            r[11] = "%s %s" % (rng.choice(VERBS), rng.choice(OBJECTS))
            r[12] = "V1 = " + sentence(rng, 6)
            r[13] = frac(round(1 / activities, 4))
            progress = rng.randint(0, 100) / 100
            r[14] = frac(progress)
            r[15] = sentence(rng, rng.randint(0, 30)) if rng.random() < 0.7 else ""
            if rng.random() < 0.1:
                r[15] += "\n" + sentence(rng, 12)
            r[22] = level3 + "0002"
            r[23] = "Meta: " + sentence(rng, 10)
            r[24], r[25] = "32020%02d" % (index % 40), "Servicio de " + rng.choice(OBJECTS)[4:]
            r[26] = "1"
            r[27] = str(rng.randint(1, 500))
            r[28] = "1"
            r[29] = str(rng.randint(0, 100))
            r[31] = frac(progress)
            r[41] = frac(project_progress)
            r[42] = str(territory)
            initial = rng.randint(0, 400) * 1_000_000 + rng.randint(0, 999) * 1000
            modified = initial + rng.choice([0, 0, 0, rng.randint(1, 50) * 1_000_000])
            executed = int(modified * rng.randint(0, 100) / 100)
            obligated = int(executed * rng.randint(0, 100) / 100)
            paid = int(obligated * rng.randint(0, 100) / 100)
            r[43], r[44], r[45], r[46], r[47] = (money(initial), money(modified), money(executed),
                                                 money(obligated), money(paid))
            start = rng.randint(0, 120)
            r[48] = excel_serial(start)
            r[49] = "12/31/2025" if rng.random() < 0.5 else excel_serial(start + rng.randint(30, 240))
            r[50] = agency_name
            r[51] = "Subdirección " + str(1 + index % 4)
            yield r


def markdown_page(rng, number):
    """A GFM page of a few kilobytes: headings, lists, a table, links, emphasis, a task list."""
    title = "%s %s (%d)" % (rng.choice(VERBS), rng.choice(OBJECTS), number)
    parts = ["---", 'title: "%s"' % title, 'summary: "%s"' % sentence(rng, 12),
             "date: \"2025-%02d-%02d\"" % (1 + number % 12, 1 + number % 28), "---", "",
             "## Contexto", "", sentence(rng, 60), "", sentence(rng, 45) + " Más en https://www.cali.gov.co/ y "
             "en [el plan](https://example.org/plan/%d).\n" % number,
             "## Objetivos", ""]
    for _ in range(rng.randint(3, 6)):
        parts.append("- **%s** %s" % (rng.choice(VERBS), sentence(rng, 14)))
    parts += ["", "## Presupuesto por fase", "", "| Fase | Valor | Avance |", "|---|---:|---:|"]
    for phase in ("Inicial", "Modificado", "Ejecutado", "Pagado"):
        parts.append("| %s | $ %s | %d %% |" % (phase, "{:,}".format(rng.randint(1, 900) * 1_000_000).replace(",", "."),
                                                rng.randint(0, 100)))
    parts += ["", "## Seguimiento", "", "- [x] %s" % sentence(rng, 8), "- [ ] %s" % sentence(rng, 8), "",
              "> %s" % sentence(rng, 25), "", "El dato ~~anterior~~ fue *corregido* en el corte `2025-T2`.", "",
              sentence(rng, 80), ""]
    return "\n".join(parts)


def write_pages(rng, out, count, sections=("paginas", "planes")):
    for section in sections:
        os.makedirs(os.path.join(out, section), exist_ok=True)
    for number in range(count):
        section = sections[number % len(sections)]
        path = os.path.join(out, section, "pagina-%05d.md" % number)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(markdown_page(rng, number))


# --- the same cut as the Alcaldía's files arrive (--variants) ---------------------------------

MONEY_COLUMNS = range(43, 48)
FRACTION_COLUMNS = (13, 14, 31, 41)
NUMBER_COLUMNS = (0, 26, 27, 28, 29, 42)
DATE_COLUMNS = (48, 49)
FORM_CODE = "MEDE01.03.01.P01.F05"
HEADER_ROW = 9


def serial_of(text):
    """The Excel serial number of a date cell written as a serial or as m/d/yyyy."""
    if "/" not in text:
        return int(text)
    month, day, year = (int(part) for part in text.split("/"))
    return (datetime.date(year, month, day) - datetime.date(1899, 12, 30)).days


def excel_csv_row(row):
    """A row as Excel es-CO saves it: "$ 1.234.567", dd/mm/yyyy, decimal comma."""
    out = list(row)
    for i in MONEY_COLUMNS:
        if out[i] != "$ -":
            out[i] = "$ " + "{:,}".format(int(out[i])).replace(",", ".")
    for i in FRACTION_COLUMNS:
        out[i] = out[i].replace(".", ",")
    for i in DATE_COLUMNS:
        day = datetime.date(1899, 12, 30) + datetime.timedelta(days=serial_of(out[i]))
        out[i] = "%02d/%02d/%04d" % (day.day, day.month, day.year)
    return out


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


LETTERS = [column_letters(i) for i in range(52)]

STYLES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="_-&quot;$&quot;\\ * #,##0_-;\\-&quot;$&quot;\\ * #,##0_-;_-&quot;$&quot;\\ * &quot;-&quot;_-;_-@_-"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""
STYLE_DATE_BUILTIN, STYLE_DATE_CUSTOM, STYLE_MONEY, STYLE_BOLD = 1, 2, 3, 4

WORKBOOK_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>
""" % FORM_CODE,
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
""",
    "xl/styles.xml": STYLES_XML,
}


class SharedStrings:
    """The workbook's shared-string table, in order of first use."""

    def __init__(self):
        self.index = {}
        self.uses = 0

    def cell(self, ref, text, style=0):
        self.uses += 1
        number = self.index.setdefault(text, len(self.index))
        s = ' s="%d"' % style if style else ""
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s, number)

    def xml(self):
        yield ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
               % (self.uses, len(self.index)))
        for text in self.index:
            space = ' xml:space="preserve"' if text != text.strip() else ""
            yield "<si><t%s>%s</t></si>" % (space, escape(text))
        yield "</sst>"


def sheet_row(number, row, strings):
    cells = []
    for i, value in enumerate(row):
        if value == "":
            continue
        ref = LETTERS[i] + str(number)
        if i in MONEY_COLUMNS:
            cells.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, STYLE_MONEY, "0" if value == "$ -" else value))
        elif i in DATE_COLUMNS:
            style = STYLE_DATE_BUILTIN if i == DATE_COLUMNS[0] else STYLE_DATE_CUSTOM
            cells.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, style, serial_of(value)))
        elif i in FRACTION_COLUMNS or i in NUMBER_COLUMNS:
            cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
        else:
            cells.append(strings.cell(ref, value))
    return '<row r="%d">%s</row>' % (number, "".join(cells))


def zip_entry(name):
    """A workbook part with a fixed date, so that two runs write identical bytes."""
    info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_workbook(path, header, rows):
    """The cut as an .xlsx laid out like the real form: a title block, the header on row 9.
    Returns the number of data rows."""
    strings = SharedStrings()
    titles = [(1, "ALCALDÍA DE SANTIAGO DE CALI"), (2, "SEGUIMIENTO AL PLAN DE ACCIÓN - CUADRO 1S"),
              (3, "Código: " + FORM_CODE), (5, "Corte: 31 de marzo de 2025 (datos inventados para medir sitegen)")]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in WORKBOOK_PARTS.items():
            book.writestr(zip_entry(name), text)
        with book.open(zip_entry("xl/worksheets/sheet1.xml"), "w", force_zip64=True) as sheet:
            def put(text):
                sheet.write(text.encode("utf-8"))
            put('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>')
            for number, text in titles:
                put('<row r="%d">%s</row>' % (number, strings.cell("A%d" % number, text, STYLE_BOLD)))
            put('<row r="%d">%s</row>' % (HEADER_ROW, "".join(
                strings.cell(LETTERS[i] + str(HEADER_ROW), name, STYLE_BOLD) for i, name in enumerate(header))))
            chunk = []
            count = 0
            for offset, row in enumerate(rows):
                count += 1
                chunk.append(sheet_row(HEADER_ROW + 1 + offset, row, strings))
                if len(chunk) == 2000:
                    put("".join(chunk))
                    chunk = []
            put("".join(chunk))
            put('</sheetData><mergeCells count="%d">%s</mergeCells></worksheet>' % (len(titles), "".join(
                '<mergeCell ref="A%d:L%d"/>' % (number, number) for number, _ in titles)))
        with book.open(zip_entry("xl/sharedStrings.xml"), "w", force_zip64=True) as table:
            for text in strings.xml():
                table.write(text.encode("utf-8"))
    return count


def write_variants(folder, scale):
    """The cut of `--scale` (the same rows as the content folder's 2025-T1.csv) in each shape."""
    def rows():  # the rows again for each file, instead of all of them in memory at 100x
        return cuadro_rows(random.Random(SEED + scale), scale)
    header = read_header()
    paths = {}
    for variant, ext in (("csv-utf8", "csv"), ("csv-cp1252", "csv"), ("csv-mixed", "csv"), ("xlsx", "xlsx")):
        os.makedirs(os.path.join(folder, variant, "informes-1s"), exist_ok=True)
        with open(os.path.join(folder, variant, "site.yml"), "w", encoding="utf-8") as f:
            f.write(SITE_YML)
        paths[variant] = os.path.join(folder, variant, "informes-1s", "2025-T1." + ext)
    with open(paths["csv-utf8"], "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows())
    with open(paths["csv-cp1252"], "w", encoding="cp1252", errors="replace", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows():
            writer.writerow(excel_csv_row(row))
    with open(paths["csv-mixed"], "wb") as f:
        for number, row in enumerate(itertools.chain([header], rows())):
            line = io.StringIO()
            csv.writer(line, lineterminator="\n").writerow(row)
            f.write(line.getvalue().encode("cp1252" if number % 50 == 49 else "utf-8", errors="replace"))
    count = write_workbook(paths["xlsx"], header, rows())
    print("generate-scale: %s: %d activity rows as UTF-8, Windows-1252 and mixed CSV and as a workbook"
          % (folder, count))


SITE_YML = """title: "Sitio sintético para medir sitegen"
description: "Datos inventados a escala, solo para pruebas de rendimiento."
base_url: "https://example.org/escala/"
language: "es-CO"
example_data: true
date: "2025-07-15"
"""


SECOP_HEADER = ["nombre_entidad", "proceso_de_compra", "id_contrato", "referencia_del_contrato", "estado_contrato",
                "descripcion_del_proceso", "tipo_de_contrato", "modalidad_de_contratacion", "fecha_de_firma",
                "fecha_de_inicio_del_contrato", "fecha_de_fin_del_contrato", "tipodocproveedor", "documento_proveedor",
                "proveedor_adjudicado", "valor_del_contrato", "valor_pagado", "c_digo_bpin", "urlproceso",
                "objeto_del_contrato"]
BY_PROJECT_HEADER = ["bpin", "cod_contrato", "cod_proceso", "nombre_proyecto", "descripcion_contrato", "estado_contrato",
                     "codigo_proveedor", "proveedor", "url_contrato", "fecha_actualizacion"]
CONTRACT_TYPES = [("Obra", "Licitación pública"), ("Prestación de servicios", "Contratación directa"),
                  ("Interventoría", "Concurso de méritos abierto"), ("Suministros", "Selección abreviada de menor cuantía")]
CONTRACT_STATUS = ["En ejecución", "Modificado", "terminado", "Cerrado"]


def write_contracts(folder, scale, cp1252=False):
    """Writes contratos/secop-ii.csv and contratos/por-proyecto.csv joined by BPIN to the projects of
    cuadro_rows, from a random generator of their own. Returns the number of contracts."""
    rng = random.Random(SEED + 7919 * scale)
    projects = PROJECTS_PER_SCALE * scale
    total = CONTRACTS_PER_SCALE * scale
    os.makedirs(os.path.join(folder, "contratos"), exist_ok=True)
    options = dict(encoding="cp1252", errors="replace") if cp1252 else dict(encoding="utf-8")
    delimiter, ending = (";", "\r\n") if cp1252 else (",", "\n")

    def bpin():
        draw = rng.random()
        if draw < 0.02:
            return rng.choice(["0", "", "No Definido"])
        if draw < 0.03:
            return "2023760%06d" % rng.randint(0, 999999)  # in no cut
        return "2024760%06d" % (10000 + rng.randrange(projects))

    def amount(value):
        return "$ {:,}".format(value).replace(",", ".") if cp1252 else str(value)

    def day(date):
        return date.strftime("%d/%m/%Y") if cp1252 else date.isoformat()

    secop = total * 2 // 3
    with open(os.path.join(folder, "contratos", "secop-ii.csv"), "w", newline="", **options) as f:
        writer = csv.writer(f, delimiter=delimiter, lineterminator=ending)
        writer.writerow(SECOP_HEADER)
        for number in range(secop):
            kind, modality = rng.choice(CONTRACT_TYPES)
            value = rng.randint(5, 2000) * 1000000
            signed = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
            start = signed + datetime.timedelta(days=rng.randint(1, 30))
            end = start + datetime.timedelta(days=rng.randint(30, 365))
            supplier = rng.randrange(2000 * scale)
            person = supplier % 5 == 0
            text = sentence(rng, rng.randint(6, 20))
            writer.writerow([
                "DISTRITO DE EJEMPLO", "CO1.BDOS.%d" % (9000000 + number), "CO1.PCCNTR.%d" % (9000000 + number),
                "%s.010.26.1.%06d-2025" % (AGENCIES[number % len(AGENCIES)][0], number), rng.choice(CONTRACT_STATUS),
                text, kind, modality, day(signed), day(start), day(end),
                "Cédula de Ciudadanía" if person else "NIT", "%d" % (10000000 + supplier) if person else "9%08d" % supplier,
                "Proveedor de ejemplo %d" % supplier, amount(value), amount(rng.choice([0, value // 2, value])), bpin(),
                "https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.%d" % (9000000 + number),
                text])
    with open(os.path.join(folder, "contratos", "por-proyecto.csv"), "w", newline="", **options) as f:
        writer = csv.writer(f, delimiter=delimiter, lineterminator=ending)
        writer.writerow(BY_PROJECT_HEADER)
        for number in range(total - secop):
            order = 200000 + number
            supplier = rng.randrange(2000 * scale)
            text = sentence(rng, rng.randint(4, 12))
            status = rng.choice(["Emitida", "Aceptada", "Cerrada"])
            for _ in range(2 if number % 20 == 0 else 1):
                writer.writerow([bpin(), str(order), "", "Proyecto de ejemplo", text, status,
                                 "9%08d" % supplier if supplier % 5 else "%d" % (10000000 + supplier), "Proveedor de ejemplo %d" % supplier,
                                 "https://www.colombiacompra.gov.co/tienda-virtual-del-estado-colombiano/ordenes-compra/%d" % order,
                                 day(datetime.date(2025, 6, 30))])
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=1, help="multiple of Cali's size (1, 10, 100)")
    parser.add_argument("--out", help="content folder to write (created)")
    parser.add_argument("--variants", help="folder for the cut as CSV in each encoding and as a workbook (created)")
    parser.add_argument("--pages", type=int, help="number of Markdown pages (default 100 × scale)")
    parser.add_argument("--pages-only", action="store_true", help="write only Markdown pages (for the Hugo comparison)")
    parser.add_argument("--contracts-cp1252", action="store_true",
                        help="write the contracts in Windows-1252 with ';' (as Excel es-CO saves CSV)")
    parser.add_argument("--contracts-only", action="store_true",
                        help="write only contratos/ and site.yml (for timing the contracts reader)")
    args = parser.parse_args()
    if args.variants:
        write_variants(args.variants, args.scale)
        return
    if not args.out:
        parser.error("--out or --variants is required")
    rng = random.Random(SEED + args.scale)
    os.makedirs(args.out, exist_ok=True)
    pages = args.pages if args.pages is not None else PAGES_PER_SCALE * args.scale
    if args.pages_only:
        write_pages(rng, args.out, pages, sections=("paginas",))
        return
    with open(os.path.join(args.out, "site.yml"), "w", encoding="utf-8") as f:
        f.write(SITE_YML)
    if args.contracts_only:
        contracts = write_contracts(args.out, args.scale, cp1252=args.contracts_cp1252)
        print("generate-scale: %s: %d contracts" % (args.out, contracts))
        return
    os.makedirs(os.path.join(args.out, "informes-1s"), exist_ok=True)
    rows = 0
    with open(os.path.join(args.out, "informes-1s", "2025-T1.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(read_header())
        for row in cuadro_rows(rng, args.scale):
            writer.writerow(row)
            rows += 1
    write_pages(rng, args.out, pages)
    contracts = write_contracts(args.out, args.scale, cp1252=args.contracts_cp1252)
    print("generate-scale: %s: %d projects, %d activity rows, %d pages, %d contracts"
          % (args.out, PROJECTS_PER_SCALE * args.scale, rows, pages, contracts))


if __name__ == "__main__":
    main()
