#!/usr/bin/env python3
"""Writes the input files of the bad-input fixture corpus (one content folder per case).

Each case folder holds `content/` (what `sitegen check` reads), `expected.txt` (the exact lines
`sitegen check` prints, written by hand after review, not by this script) and optionally
`checks.txt` (what the built site must or must not contain). Run from anywhere; idempotent.
All data here is invented.
"""
import io, os, shutil, struct, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))

CUADRO = ["Cód centro gestor", "Cód BPIN", "Cód BP", "Nombre BP", "Cód Actividad", "Nombre Actividad",
          "Ponderación de Actividad", "% de Avance Actividad\nTrimestre I", "Explicación Actividad Trim I",
          "Comuna", "Presupuesto Inicial", "Presupuesto Modificado", "Ejecución", "Obligado", "Pagos",
          "Fecha Inicio", "Fecha Fin", "Nombre Centro Gestor"]

def row(**over):
    base = {"Cód centro gestor": "4145", "Cód BPIN": "2024760010001", "Cód BP": "BP26000001",
            "Nombre BP": "Proyecto de ejemplo", "Cód Actividad": "BP260000011010101",
            "Nombre Actividad": "Actividad de ejemplo", "Ponderación de Actividad": "1",
            "% de Avance Actividad\nTrimestre I": "0.25", "Explicación Actividad Trim I": "Avance normal",
            "Comuna": "6", "Presupuesto Inicial": "$ 1.000.000", "Presupuesto Modificado": "$ 1.200.000",
            "Ejecución": "$ 600.000", "Obligado": "$ -", "Pagos": "$ -", "Fecha Inicio": "45658",
            "Fecha Fin": "12/31/2025", "Nombre Centro Gestor": "Secretaría de Salud Pública"}
    base.update(over)
    return [base[h] for h in CUADRO]

def csv(rows, sep=","):
    def q(v):
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in (sep, '"', "\n", "\r")) else v
    return "".join(sep.join(q(v) for v in r) + "\r\n" for r in rows)

def cuadro(*rows, header=CUADRO):
    return csv([header] + list(rows))

EJEC = ["Centro Gestor", "Nombre Centro Gestor", "BPIN", "BP", "Nombre BP", "Programa Presupuestal", "Nombre Actividad",
        " Fondo ", " Nombre Fondo  ", " Origen ", " COMUNA ", " VIGENCIA ", " PPTO INICIAL ", " PPTO. MODIFICADO ",
        " TOTAL ACUMULADO CDP ", " TOTAL ACUMULADO RPC ", " TOTAL ACUMUL OBLIGAC ", " PAGOS ", " EJECUCION "]

def ejec_row(**over):
    base = {"Centro Gestor": "4145", "Nombre Centro Gestor": "Secretaría de Salud Pública", "BPIN": "2024760010001",
            "BP": "BP26000001", "Nombre BP": "Proyecto de ejemplo", "Programa Presupuestal": "BP260000011010101",
            "Nombre Actividad": "Actividad de ejemplo", " Fondo ": "121000", " Nombre Fondo  ": "Ingresos corrientes",
            " Origen ": "Territorio", " COMUNA ": "COMUNA 6", " VIGENCIA ": "Actual", " PPTO INICIAL ": " 44.893.000 ",
            " PPTO. MODIFICADO ": " 44.893.000 ", " TOTAL ACUMULADO CDP ": " -   ", " TOTAL ACUMULADO RPC ": " -   ",
            " TOTAL ACUMUL OBLIGAC ": " -   ", " PAGOS ": " -   ", " EJECUCION ": " -   "}
    base.update(over)
    return [base[h] for h in EJEC]

def ejec(*rows, header=EJEC):
    return "\ufeff" + csv([header] + list(rows), sep=";")


SECOP = ["id_contrato", "referencia_del_contrato", "c_digo_bpin", "estado_contrato", "proveedor_adjudicado", "tipodocproveedor",
         "documento_proveedor", "valor_del_contrato", "fecha_de_firma", "urlproceso"]

def secop_row(**over):
    base = {"id_contrato": "CO1.PCCNTR.1", "referencia_del_contrato": "4145.010.26.1.001-2025", "c_digo_bpin": "2024760010001",
            "estado_contrato": "En ejecución", "proveedor_adjudicado": "Constructora Ejemplo S.A.S.", "tipodocproveedor": "NIT",
            "documento_proveedor": "901234567", "valor_del_contrato": "1000000", "fecha_de_firma": "2025-02-03",
            "urlproceso": "https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.1"}
    base.update(over)
    return [base[h] for h in SECOP]

def secop(*rows, header=SECOP):
    return csv([header] + list(rows))

PAGE = "---\ntitle: \"Acerca\"\n---\n\n# Acerca\n\nTexto.\n"

def xlsx(parts, encrypt_flag=False):
    """A small workbook from {part path: text}, with fixed dates so the bytes never change."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts.items():
            z.writestr(zipfile.ZipInfo(path, date_time=(2025, 1, 1, 0, 0, 0)), text, compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(out.getvalue())
    if encrypt_flag:
        # Set the "encrypted" flag of every entry, in its local header and in the central directory.
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            while at >= 0:
                data[at + offset] |= 1
                at = data.find(signature, at + 4)
    return bytes(data)

WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="inlineStr"><is><t>Cód BP</t></is></c></row></sheetData></worksheet>')

def workbook(sheet=SHEET, **extra):
    return {"xl/workbook.xml": WORKBOOK, "xl/_rels/workbook.xml.rels": RELS, "xl/worksheets/sheet1.xml": sheet, **extra}

# A billion laughs: entities that would expand to gigabytes if any reader expanded them.
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')

def damaged_crc():
    data = bytearray(xlsx(workbook()))
    # Flip one CRC-32 byte of the sheet's central directory record: the bytes inflate, the sum differs.
    at = data.find(b"PK\x01\x02", data.find(b"xl/worksheets/sheet1.xml") + 1)
    while data[at + 46:at + 46 + 24] != b"xl/worksheets/sheet1.xml":
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 16] ^= 0xFF
    return bytes(data)


CASES = {
    "unreadable-file": {"informes-1s/2025-T1.csv/": None},
    "binary-csv": {"informes-1s/2025-T1.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"},
    "binary-markdown": {"paginas/acerca.md": b"\x00\x01\x02\x03binario"},
    "utf16-csv": {"informes-1s/2025-T1.csv": "\ufeff".encode("utf-16-le") + cuadro(row()).encode("utf-16-le")},
    "bom-then-invalid-utf8": {"ejecucion/2025-03.csv": b"\xef\xbb\xbfCentro Gestor;BP\r\n4145;BP\xff\xfe\r\n"},
    "mixed-utf8-windows1252": {"informes-1s/2025-T1.csv":
        cuadro(row()).encode("utf-8") + "4145,,BP26000002,Proyecto,BP260000021010101,Actividad,1,0.5,Explicación,6,$ 1,$ 1,$ 1,$ 1,$ 1,45658,45700,Secretaría\r\n".encode("cp1252")},
    "windows1252-semicolon-crlf": {"informes-1s/2025-T1.csv": cuadro(row(**{"Comuna": "PICHINDÉ", "Nombre BP": "Señalización en Pichindé"})).replace(",", ";").encode("cp1252")},
    "empty-csv": {"informes-1s/2025-T1.csv": b""},
    "truncated-csv": {"informes-1s/2025-T1.csv": cuadro(row(), row(**{"Cód Actividad": "BP260000011010102", "Explicación Actividad Trim I": "Avance, con coma y\nsalto de línea"})).split("salto")[0].encode()},
    "truncated-xlsx": {"informes-1s/2025-T1.xlsx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"},
    "no-header": {"informes-1s/2025-T1.csv": "Informe de seguimiento\r\nsin encabezado,de columnas\r\n"},
    "missing-columns-cuadro": {"informes-1s/2025-T1.csv": csv([[h for h in CUADRO if h not in ("Comuna", "Pagos")]] + [[v for h, v in zip(CUADRO, row()) if h not in ("Comuna", "Pagos")]])},
    "missing-columns-ejecucion": {"ejecucion/2025-03.csv": "\ufeff" + csv([[h for h in EJEC if h.strip() not in ("PAGOS", "Origen")]] + [[v for h, v in zip(EJEC, ejec_row()) if h.strip() not in ("PAGOS", "Origen")]], sep=";")},
    "execution-other-year-columns": {"ejecucion/2024-12.csv": "\ufeff" + csv([[h for h in EJEC if h.strip() not in ("TOTAL ACUMULADO RPC", "TOTAL ACUMULADO CDP", "BPIN")] + ["NUEVA COLUMNA"]] + [[v for h, v in zip(EJEC, ejec_row(**{" PPTO. MODIFICADO ": " 50.000.000 ", " EJECUCION ": "-1.234"})) if h.strip() not in ("TOTAL ACUMULADO RPC", "TOTAL ACUMULADO CDP", "BPIN")] + ["x"]], sep=";")},
    "unknown-territory-cuadro": {"informes-1s/2025-T1.csv": cuadro(row(Comuna="Comuna 23"), row(**{"Cód Actividad": "BP260000011010102", "Comuna": ""}))},
    "unknown-territory-ejecucion": {"ejecucion/2025-03.csv": ejec(ejec_row(**{" COMUNA ": "EL HORMIGUERITO"}), ejec_row(**{" COMUNA ": "SANTIAGO DE CALI", " Origen ": "Organismo"}))},
    "unknown-territory-name": {"informes-1s/2024-T3.csv": cuadro(row(Comuna="ZONA LADERA"), row(**{"Cód Actividad": "BP260000011010102", "Comuna": "COMUNA 06"}))},
    "territory-name-clash": {"territorios.csv": "codigo,tipo,nombre,alias\r\n6,comuna,Comuna 6,\r\n53,corregimiento,Pance,\r\n98,agregado,Zona rural,PANCE;Rural\r\n97,agregado,ZONA-RURAL,\r\n"},
    "aggregate-territory": {"territorios.csv": "codigo,tipo,nombre,alias\r\n6,comuna,Comuna 6,\r\n57,corregimiento,Pichindé,\r\n98,agregado,Zona rural,Área rural\r\n",
                            "informes-1s/2024-T3.csv": cuadro(row(Comuna="ZONA RURAL", **{"Cód BP": "BP26000098"}), row(**{"Cód Actividad": "BP260000011010102", "Comuna": "COMUNA 06"}),
                                                              row(**{"Cód Actividad": "BP260000011010103", "Comuna": "PICHINDE"}), row(**{"Cód Actividad": "BP260000011010104", "Comuna": "área rural", "Cód BP": "BP26000098"}))},
    "unknown-territory-front-matter": {"diagnosticos/comuna-40.md": "---\ntitle: \"Diagnóstico\"\nterritory: \"Comuna 40\"\n---\n\nTexto.\n"},
    "broken-front-matter-yaml": {"paginas/acerca.md": "---\ntitle: \"Acerca\nsummary: [sin cerrar\n---\n\nTexto.\n"},
    "unclosed-front-matter": {"planes/plan.md": "---\ntitle: Plan\n\nTexto sin cierre.\n"},
    "front-matter-not-mapping": {"paginas/acerca.md": "---\n- uno\n- dos\n---\n\nTexto.\n"},
    "unknown-front-matter-key": {"paginas/acerca.md": "---\ntitulo: \"Acerca del sitio\"\ntitle: \"About\"\nterritrio: \"6\"\nautor: \"Alcaldía\"\n---\n\nTexto.\n"},
    "link-to-missing-page": {"paginas/como-participar.md": PAGE, "paginas/acerca.md": "---\ntitle: Acerca\n---\n\nVea [cómo participar](../como-participar/index.html),\nel [plan](../../planes/no-existe/index.html) y [fuente](../como-participar.md).\n"},
    "link-to-missing-territory": {"paginas/acerca.md": "---\ntitle: Acerca\n---\n\n[Comuna 6](../../territorios/comuna-06/index.html) y\n[Comuna 40](../../territorios/comuna-40/index.html).\n\n```\n[no se revisa](../../territorios/comuna-99/index.html)\n```\n"},
    "bp-with-slash": {"informes-1s/2025-T1.csv": cuadro(row(**{"Cód BP": "BP26/../../etc"}))},
    "bp-dot-dot": {"informes-1s/2025-T1.csv": cuadro(row(**{"Cód BP": ".."}))},
    "bp-control-characters": {"ejecucion/2025-03.csv": ejec(ejec_row(BP="BP2600\x1b[31m0001"))},
    "markdown-file-name-trick": {"paginas/salir%2F..%2F.md": PAGE, "paginas/con espacio.md": PAGE, "paginas/.oculto.md": PAGE},
    "bad-cut-file-names": {"informes-1s/2025-T5.csv": cuadro(row()), "ejecucion/marzo.csv": ejec(ejec_row())},
    "same-cut-twice": {"informes-1s/2025-T1.csv": cuadro(row()), "informes-1s/2025-t1.xlsx": b"PK\x03\x04"},
    "bad-values-are-warnings": {"informes-1s/2025-T1.csv": cuadro(row(**{"Presupuesto Inicial": "mil pesos", "% de Avance Actividad\nTrimestre I": "bastante",
                                                                        "Fecha Inicio": "3011/2025", "Fecha Fin": "3/4/2025", "Ponderación de Actividad": "uno"}))},
    "repeated-and-shifted-rows": {"informes-1s/2025-T1.csv": cuadro(row(), row(), row(**{"Presupuesto Inicial": "$ 5"}),
                                                                     [""] + row(**{"Cód Actividad": "BP260000011010109"}))},
    "contracts-without-key-columns": {"informes-1s/2025-T1.csv": cuadro(row()),
                                      "contratos/otro.csv": csv([["nombre", "valor", "fecha"], ["Contrato de ejemplo", "1000", "2025-01-01"]])},
    "contracts-bad-values": {"informes-1s/2025-T1.csv": cuadro(row()),
                             "contratos/secop.csv": secop(secop_row(**{"c_digo_bpin": "BP-26000001", "valor_del_contrato": "mucho",
                                                                        "fecha_de_firma": "31/02/2025", "urlproceso": "ftp://ejemplo.gov.co/proceso"}),
                                                          secop_row(**{"id_contrato": "", "referencia_del_contrato": ""}))},
    "contracts-conflict": {"informes-1s/2025-T1.csv": cuadro(row()),
                           "contratos/a-secop.csv": secop(secop_row()),
                           "contratos/b-secop.csv": secop(secop_row(**{"estado_contrato": "Terminado", "c_digo_bpin": "2024760010002"}))},
    "xss-markdown": {"paginas/acerca.md": "---\ntitle: \"<img src=x onerror=alert(1)>\"\nsummary: \"</title><script>alert(2)</script>\"\n---\n\n<script>alert(3)</script>\n\n[clic](javascript:alert(4)) <a href=\"#\" onclick=\"alert(5)\">x</a>\n"},
    "xss-csv": {"informes-1s/2025-T1.csv": cuadro(row(**{"Nombre BP": "<script>alert(\"bp\")</script>", "Nombre Actividad": "\"><img src=x onerror=alert(1)>",
                                                       "Explicación Actividad Trim I": "</td><script>alert(2)</script>", "Nombre Centro Gestor": "Salud & <b>Cía</b>"}))},
    "formula-cells": {"informes-1s/2025-T1.csv": cuadro(row(**{"Nombre Actividad": "=HYPERLINK(\"http://evil.example\",\"x\")", "Nombre BP": "+57 300 000",
                                                             "Explicación Actividad Trim I": "@SUM(A1:A9)", "Presupuesto Inicial": "-1.234"}),
                                                         row(**{"Cód Actividad": "BP260000011010102", "Nombre Actividad": "\tTab", "Explicación Actividad Trim I": "-2+3"})),
                      "ejecucion/2025-03.csv": ejec(ejec_row(**{"Nombre Actividad": "=1+2", " PPTO. MODIFICADO ": "-1.234"}))},
    "xlsx-dtd": {"informes-1s/2025-T1.xlsx": xlsx(workbook(LAUGHS))},
    "xlsx-zip-bomb": {"informes-1s/2025-T1.xlsx": xlsx(workbook("<worksheet>" + " " * (64 << 20) + "</worksheet>"))},
    "xlsx-encrypted": {"informes-1s/2025-T1.xlsx": xlsx(workbook(), encrypt_flag=True)},
    "xlsx-office-encrypted": {"informes-1s/2025-T1.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
                              + "EncryptionInfo".encode("utf-16-le") + bytes(512)},
    "xlsx-damaged-crc": {"informes-1s/2025-T1.xlsx": damaged_crc()},
}

def main():
    for name, files in CASES.items():
        content = os.path.join(HERE, name, "content")
        if os.path.isdir(content):
            shutil.rmtree(content)
        os.makedirs(content)
        for path, data in files.items():
            target = os.path.join(content, path)
            if path.endswith("/"):
                os.makedirs(target, exist_ok=True)
                open(os.path.join(target, ".keep"), "w").close()
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    print(len(CASES), "cases")

if __name__ == "__main__":
    main()
