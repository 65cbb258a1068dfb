#!/usr/bin/env python3
"""Prints, per sheet of a workbook, a digest of every cell value as openpyxl reads it (read-only mode, values
only; formulas as their text) and the number of non-empty cells: compare.sh compares WardPlan's workbook and the
floor's by these lines.

    xlsx_values.py BOOK.xlsx
"""
import hashlib
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
for sheet in book.worksheets:
    digest = hashlib.sha256()
    cells = 0
    for row_index, row in enumerate(sheet.iter_rows(values_only=True)):
        for column, value in enumerate(row):
            if value is None:
                continue
            cells += 1
            digest.update(f"{row_index}:{column}:{type(value).__name__}:{value}\x00".encode())
    print(f"{sheet.title}\t{cells}\t{digest.hexdigest()}")
