#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes synthetic sitegen content at a multiple of Santiago de Cali's size, for benchmarks.

Every value this script writes is INVENTED. Only the layout is real: the 52 columns of the
Cuadro 1S form (the header row is copied from the real file in ../shared/realdata when it is
there, otherwise from the example content), Cali's 37 territories plus 99 (city-wide), and the
agency codes of the example content.

Scale 1 is about Cali's size: 290 projects, about 3,300 Cuadro 1S activity rows and 100 Markdown
pages. Scale 10 and 100 multiply all three (100 gives about 29,000 projects, 330,000 rows and
10,000 pages). The seed is fixed: two runs write identical bytes.

Usage:
    python3 scripts/generate-scale.py --scale 10 --out .bench/content-10x
    python3 scripts/generate-scale.py --pages 10000 --pages-only --out .bench/pages-10k
"""

import argparse
import csv
import os
import random
import sys

SEED = 20251126
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
REAL_HEADER_FILE = os.path.join(
    REPO, "..", "shared", "realdata",
    "Juanpgm__proyectos_cali_alcaldia_etl__DERIVED_CUADRO_1S_I_Trimestre_2025_territorial.csv")
EXAMPLE_HEADER_FILE = os.path.join(REPO, "content", "informes-1s", "2025-T1.csv")

PROJECTS_PER_SCALE = 290
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


SITE_YML = """title: "Sitio sintético para medir sitegen"
description: "Datos inventados a escala, solo para pruebas de rendimiento."
base_url: "https://example.org/escala/"
language: "es-CO"
example_data: true
date: "2025-07-15"
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=1, help="multiple of Cali's size (1, 10, 100)")
    parser.add_argument("--out", required=True, help="content folder to write (created)")
    parser.add_argument("--pages", type=int, help="number of Markdown pages (default 100 × scale)")
    parser.add_argument("--pages-only", action="store_true", help="write only Markdown pages (for the Hugo comparison)")
    args = parser.parse_args()
    rng = random.Random(SEED + args.scale)
    os.makedirs(args.out, exist_ok=True)
    pages = args.pages if args.pages is not None else PAGES_PER_SCALE * args.scale
    if args.pages_only:
        write_pages(rng, args.out, pages, sections=("paginas",))
        return
    with open(os.path.join(args.out, "site.yml"), "w", encoding="utf-8") as f:
        f.write(SITE_YML)
    os.makedirs(os.path.join(args.out, "informes-1s"), exist_ok=True)
    rows = 0
    with open(os.path.join(args.out, "informes-1s", "2025-T1.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(read_header())
        for row in cuadro_rows(rng, args.scale):
            writer.writerow(row)
            rows += 1
    write_pages(rng, args.out, pages)
    print("generate-scale: %s: %d projects, %d activity rows, %d pages"
          % (args.out, PROJECTS_PER_SCALE * args.scale, rows, pages))


if __name__ == "__main__":
    main()
