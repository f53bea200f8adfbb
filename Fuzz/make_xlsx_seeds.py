#!/usr/bin/env python3
"""Writes small crafted workbooks and worksheet XML into the fuzz corpus folder given (invented
data only, never real files): whole .xlsx files (deflated and stored) and bare sheet XML, which the
fuzz target puts into a workbook itself."""
import io, os, sys, zipfile

MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEADER = ["Cód BP", "Cód Actividad", "Comuna", "Presupuesto Modificado", "Fecha Inicio", "% de Avance Actividad\nTrimestre I"]

def sheet(rows):
    return f'<?xml version="1.0"?><worksheet {MAIN}><sheetData>{rows}</sheetData></worksheet>'

ROWS = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Cód Actividad</t></is></c></row>'
    '<row r="2"><c r="A2" s="1"><v>45658</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c>'
    '<c r="D2" t="str"><f>A1</f><v>x &amp; y</v></c><c r="E2"><v>1.5E-2</v></c></row>',
    '<row><c><v>1</v></c><c t="inlineStr"><is><r><t>ri</t></r><r><t>co</t></r><rPh><t>f</t></rPh></is></c></row><row r="9"/>',
    '<row r="3" spans="1:6">' + "".join(f'<c r="{chr(65 + i)}3" t="inlineStr"><is><t>{h.replace(chr(10), "_x000D_&#10;")}</t></is></c>' for i, h in enumerate(HEADER)) + '</row>'
    '<row r="4"><c r="A4" t="inlineStr"><is><t>BP26000001</t></is></c><c r="C4"><v>6</v></c><c r="D4"><v>1000000</v></c><c r="E4" s="2"><v>45700.25</v></c></row>',
    '<!-- c --><row r="1"><c r="XFD1"><v><![CDATA[1<2]]></v></c></row>',
]

def workbook(rows, compression):
    out = io.BytesIO()
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
        "xl/workbook.xml": f'<workbook {MAIN} xmlns:r="r"><workbookPr date1904="0"/><sheets><sheet name="MEDE01.03.01.P01.F05" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
                                      '<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="x/styles" Target="/xl/styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst {MAIN}><si><t>Cód BP</t></si></sst>',
        "xl/styles.xml": f'<styleSheet {MAIN}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet(rows),
    }
    with zipfile.ZipFile(out, "w", compression) as z:
        for path, text in parts.items():
            z.writestr(zipfile.ZipInfo(path, date_time=(2025, 1, 1, 0, 0, 0)), text, compress_type=compression)
    return out.getvalue()

def main(folder):
    os.makedirs(folder, exist_ok=True)
    for index, rows in enumerate(ROWS):
        for name, compression in (("deflated", zipfile.ZIP_DEFLATED), ("stored", zipfile.ZIP_STORED)):
            with open(os.path.join(folder, f"xlsx-{index}-{name}.xlsx"), "wb") as f:
                f.write(workbook(rows, compression))
        with open(os.path.join(folder, f"sheet-{index}.xml"), "w", encoding="utf-8") as f:
            f.write(sheet(rows))

if __name__ == "__main__":
    main(sys.argv[1])
