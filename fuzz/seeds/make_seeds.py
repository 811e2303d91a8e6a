#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets (csv_pool/, xlsx_pool/, ods_pool/) next to this script.

Seeds are small valid inputs (and a few broken ones) that the fuzzer mutates: without them it
would spend most of its time discovering what a CSV header or a zip file looks like.
The bombs of issue 25 (a few kilobytes describing gigabytes) are seeds too, so that every run
checks that they are still refused within the fuzzer's memory limit (`-rss_limit_mb`).
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


def ods_rows(text):
    rows = []
    for line in text.splitlines():
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in line.split(",")
        )
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    return "".join(rows)


def ods_content(rows):
    """The content.xml of a spreadsheet whose first table holds `rows` (table:table-row elements)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    )


def ods(text, compression=zipfile.ZIP_STORED, rows=None):
    content = ods_content(ods_rows(text) if rows is None else rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
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
            compression,
        )
        z.writestr(zipfile.ZipInfo("content.xml", date), content, compression)
    return out.getvalue()


# Issue 25's bombs, as rows of an ODS table.
REPEATED_CELL = (
    '<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
    "<text:p>x</text:p></table:table-cell>"
)
BOMBS = {
    # 1,000 rows of one cell repeated 16,384 times: the 1,553-byte file took a server
    # from 436 MB to 2.4 GB; with 2,000 rows (2,879 bytes) it killed a 4 GB server.
    "columns": f"<table:table-row>{REPEATED_CELL}</table:table-row>" * 1000,
    "columns_2000": f"<table:table-row>{REPEATED_CELL}</table:table-row>" * 2000,
    # A row of 900 numbers repeated a million times.
    "rows": '<table:table-row table:number-rows-repeated="1000000">'
    '<table:table-cell table:number-columns-repeated="900" office:value-type="float" '
    'office:value="1"/></table:table-row>',
    # A trillion spaces in one cell.
    "spaces": '<table:table-row><table:table-cell office:value-type="string"><text:p>'
    '<text:s text:c="1000000000000"/></text:p></table:table-cell></table:table-row>',
    # Runs of empty cells and rows are free: a valid table in a sheet "as large as Excel's".
    "empty_runs": ods_rows(PEOPLE).replace(
        "</table:table-row>",
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    )
    + '<table:table-row table:number-rows-repeated="1048000">'
    '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
}

# Cells that read in every way calamine reads them.
TRICKY = ods_rows("id,gender,age,note") + (
    "<table:table-row>"
    '<table:table-cell office:value-type="string"><text:p>p1</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string" office:string-value="female"/>'
    '<table:table-cell office:value-type="float" office:value="3"><text:p>3,0</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><office:annotation><text:p>n</text:p>'
    '</office:annotation><text:p>a<text:s text:c="2"/>&amp;<text:tab/>&#233;</text:p>'
    "<text:p>b<text:line-break/>c</text:p></table:table-cell></table:table-row>"
    '<table:table-row table:number-rows-repeated="2">'
    '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>'
    '<table:covered-table-cell table:number-columns-repeated="2" office:value-type="date" '
    'office:date-value="2024-03-01"/></table:table-row>'
)


def lying_xlsx():
    """A workbook whose shared strings claim 4 GiB (declared sizes must not be trusted)."""
    data = bytearray(xlsx(PEOPLE, zipfile.ZIP_STORED))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as src:
            for info in src.infolist():
                z.writestr(info, src.read(info.filename))
        info = zipfile.ZipInfo("xl/sharedStrings.xml", (2024, 1, 1, 0, 0, 0))
        z.writestr(info, "<sst/>")
    data = bytearray(out.getvalue())
    name = b"xl/sharedStrings.xml"
    for sig, size_at, len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        at = 0
        while (at := data.find(sig, at)) >= 0:
            length = int.from_bytes(data[at + len_at : at + len_at + 2], "little")
            if data[at + name_at : at + name_at + length] == name:
                data[at + size_at : at + size_at + 4] = (0xFFFFFFFE).to_bytes(4, "little")
            at += 4
    return bytes(data)


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
    for name, rows in BOMBS.items():
        xlsx_seeds[f"bomb_{name}.ods"] = ods(None, zipfile.ZIP_DEFLATED, rows)
    xlsx_seeds["lying_sizes.xlsx"] = lying_xlsx()
    xlsx_seeds["legacy.xls"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    for name, data in xlsx_seeds.items():
        (HERE / "xlsx_pool" / name).write_bytes(data)
    ods_seeds = {"people": ods_rows(PEOPLE), "tricky": TRICKY}
    ods_seeds.update({f"bomb_{name}": rows for name, rows in BOMBS.items()})
    # Unpacked, the content must stay small: 100 rows are enough to pass the column limit.
    del ods_seeds["bomb_columns_2000"]
    ods_seeds["bomb_columns"] = f"<table:table-row>{REPEATED_CELL}</table:table-row>" * 100
    (HERE / "ods_pool").mkdir(exist_ok=True)
    for name, rows in ods_seeds.items():
        (HERE / "ods_pool" / f"{name}.xml").write_text(ods_content(rows))
    # A line of 5,000 fields.
    wide = PEOPLE + "p9,male,old" + ",x" * 5000 + "\n"
    (HERE / "csv_pool" / "bomb_wide").write_bytes(FEATURES.encode() + b"\xff" + wide.encode())


if __name__ == "__main__":
    main()
