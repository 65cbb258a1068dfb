#!/usr/bin/env python3
"""Writes the column list xlsx_data_floor reads: per column of the データ sheet, `n` (integer) or `s` (text) as
WardPlan's datapackage.json types the initiatives table, and the width WardPlan gave the column in its workbook.

    data_columns.py DATAPACKAGE.json BOOK.xlsx OUT
"""
import json
import re
import sys
import zipfile

sys.path.insert(0, __import__("os").path.dirname(__file__))
from xlsx_dump import column_width  # noqa: E402

package_path, book, out_path = sys.argv[1:]
package = json.load(open(package_path, encoding="utf-8"))
resource = next(r for r in package["resources"] if r.get("path", "").endswith("initiatives.csv"))
kinds = ["n" if field["type"] in ("integer", "number") else "s" for field in resource["schema"]["fields"]]

z = zipfile.ZipFile(book)
workbook = z.read("xl/workbook.xml").decode()
rels = z.read("xl/_rels/workbook.xml.rels").decode()
rid = re.search(r'<sheet name="データ" sheetId="\d+" r:id="(rId\d+)"', workbook).group(1)
target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
with z.open("xl/" + target.group(1).lstrip("/").removeprefix("xl/")) as f:
    head = f.read(1 << 16).decode("utf-8", "ignore")
widths = {}
for m in re.finditer(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', head.split("</cols>")[0]):
    for c in range(int(m.group(1)) - 1, int(m.group(2))):
        widths[c] = column_width(float(m.group(3)))
with open(out_path, "w") as out:
    for index, kind in enumerate(kinds):
        out.write(f"{kind} {widths.get(index, 8.43):.6f}\n")
