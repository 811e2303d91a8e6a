#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets (csv_pool/, xlsx_pool/) next to this script.

Seeds are small valid inputs (and a few broken ones) that the fuzzer mutates: without them it
would spend most of its time discovering what a CSV header or a zip file looks like.
Run: python3 fuzz/seeds/make_seeds.py
"""

import io
import pathlib
import zipfile

HERE = pathlib.Path(__file__).parent

FEATURES = """feature,value,min,max,min_flex,max_flex
gender,female,1,2,0,3
gender,male,1,2,,
age,young,0,3,,
age,old,0,3,,
"""

PEOPLE = """id,gender,age,address,household
p1,female,young,1 Main St,
p2,male,old,1 main st,h1
p3,female,old,,h1
p4,male,young,2 Main St,
"""

OLD_FEATURES = """category,name,suggest min,suggest max,min,max
Gender,Female,,,1,2
Gender,Male,,,1,2
Age,Young,,,0,3.0
Age,Old,,,0,3
"""

BROKEN_PEOPLE = """id,gender,age,address
p1,robot,young,1 Main St
p1,male,,x
p3,"female,old
p4,male,young,2 Main St,extra
"""


def csv_seeds():
    both = lambda f, p: f.encode() + b"\xff" + p.encode()
    return {
        "plain": both(FEATURES, PEOPLE),
        "semicolons_crlf": both(FEATURES.replace(",", ";"), PEOPLE.replace(",", ";")).replace(
            b"\n", b"\r\n"
        ),
        "bom_tabs": b"\xef\xbb\xbf"
        + both(OLD_FEATURES, "\ufeff" + PEOPLE.replace(",", "\t")),
        "broken": both(FEATURES.replace("0,3", "3,0"), BROKEN_PEOPLE),
        "people_only": PEOPLE.encode(),
    }


def cell_ref(row, col):
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"


def xlsx(text, compression, stray=None):
    """A workbook of `text` (CSV without quotes); `stray` is a (row, column, text) cell far off."""
    rows = []
    for r, line in enumerate(text.splitlines()):
        cells = []
        for c, value in enumerate(line.split(",")):
            if value == "":
                continue
            ref = cell_ref(r, c)
            try:
                float(value)
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            except ValueError:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
        rows.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    if stray:
        row, col, value = stray
        ref = cell_ref(row, col)
        rows.append(f'<row r="{row + 1}"><c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c></row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{"".join(rows)}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, content in files.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), content, compression)
    return out.getvalue()


def ods(text):
    rows = []
    for line in text.splitlines():
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in line.split(",")
        )
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f'{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        date = (2024, 1, 1, 0, 0, 0)
        z.writestr(zipfile.ZipInfo("mimetype", date), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(
            zipfile.ZipInfo("META-INF/manifest.xml", date),
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        z.writestr(zipfile.ZipInfo("content.xml", date), content)
    return out.getvalue()


def main():
    for name, data in csv_seeds().items():
        (HERE / "csv_pool" / name).write_bytes(data)
    xlsx_seeds = {
        "people_stored.xlsx": xlsx(PEOPLE, zipfile.ZIP_STORED),
        "people_deflated.xlsx": xlsx(PEOPLE, zipfile.ZIP_DEFLATED),
        "features_stored.xlsx": xlsx(FEATURES, zipfile.ZIP_STORED),
        "broken_stored.xlsx": xlsx(BROKEN_PEOPLE, zipfile.ZIP_STORED),
        "people.ods": ods(PEOPLE),
        # Two cells far apart: once enough to make the reader ask for 550 GB.
        "stray_cell_stored.xlsx": xlsx(PEOPLE, zipfile.ZIP_STORED, (1_048_575, 16_383, "x")),
    }
    for name, data in xlsx_seeds.items():
        (HERE / "xlsx_pool" / name).write_bytes(data)


if __name__ == "__main__":
    main()
