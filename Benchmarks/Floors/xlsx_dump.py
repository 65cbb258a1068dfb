#!/usr/bin/env python3
"""Dumps what a WardPlan workbook holds — sheets, cells (strings, numbers, formulas with their values, blanks),
formats, merges, column widths, row heights, page setup, print titles, footers, page breaks, frozen panes,
autofilters, internal links, document properties — into the line format xlsx_replay.h reads, so that the C floors
replay exactly WardPlan's cells with libxlsxwriter.

    xlsx_dump.py BOOK.xlsx OUT.dump [--only SHEET ...]

It reads the SpreadsheetML with a streaming XML parser rather than openpyxl: openpyxl took 219 s to load the forms
workbook of a 22k-initiative dataset (its merged cells), this takes seconds. Each line is tab-separated; text fields
escape backslash, tab, CR and LF as \\\\, \\t, \\r, \\n.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
BUILTIN_FORMATS = {0: "", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "m/d/yyyy", 49: "@"}


def esc(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def cell_ref(ref):
    m = re.match(r"\$?([A-Z]+)\$?(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def text_of(element):
    """The text of a shared string or inline string: <t>, or the <t> of each rich run."""
    return "".join(t.text or "" for t in element.iter(NS + "t"))


def column_width(xml_width):
    # libxlsxwriter writes width w (>= 1) as int((int(w * 7 + 0.5) + 5) / 7 * 256) / 256: invert it.
    pixels = round(xml_width * 7)
    return (pixels - 5) / 7 if pixels >= 12 else xml_width


def main():
    args = sys.argv[1:]
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = set(args[i + 1:])
        args = args[:i]
    book, out_path = args
    z = zipfile.ZipFile(book)
    out = open(out_path, "w", encoding="utf-8", newline="\n")

    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    workbook = ET.fromstring(z.read("xl/workbook.xml"))
    sheets = [(s.get("name"), rels[s.get(REL + "id")]) for s in workbook.iter(NS + "sheet")]
    print_titles = {}
    for name in workbook.iter(NS + "definedName"):
        if name.get("name") == "_xlnm.Print_Titles":
            m = re.search(r"\$(\d+):\$(\d+)", name.text or "")
            if m:
                print_titles[int(name.get("localSheetId"))] = (int(m.group(1)) - 1, int(m.group(2)) - 1)

    # Document properties.
    props = {}
    if "docProps/core.xml" in z.namelist():
        for element in ET.fromstring(z.read("docProps/core.xml")):
            props[element.tag.split("}")[1]] = element.text or ""
    if "docProps/app.xml" in z.namelist():
        for element in ET.fromstring(z.read("docProps/app.xml")):
            if element.tag.endswith("Company"):
                props["company"] = element.text or ""
    out.write("D\t" + "\t".join(esc(props.get(k, "")) for k in ("title", "subject", "creator", "keywords", "company")) + "\n")

    # Formats: every cellXfs entry, as the attributes libxlsxwriter sets.
    styles = ET.fromstring(z.read("xl/styles.xml"))
    numfmts = dict(BUILTIN_FORMATS)
    for nf in styles.iter(NS + "numFmt"):
        numfmts[int(nf.get("numFmtId"))] = nf.get("formatCode")
    fonts = []
    for font in styles.find(NS + "fonts"):
        def val(tag, attr="val"):
            e = font.find(NS + tag)
            return None if e is None else e.get(attr, "1")
        color = font.find(NS + "color")
        fonts.append((val("name") or "", val("sz") or "11", 1 if font.find(NS + "b") is not None else 0,
                      1 if font.find(NS + "i") is not None else 0, 1 if font.find(NS + "u") is not None else 0,
                      1 if font.find(NS + "strike") is not None else 0,
                      (color.get("rgb") or "-")[-6:] if color is not None and color.get("rgb") else "-"))
    fills = []
    for fill in styles.find(NS + "fills"):
        fg = fill.find(f"{NS}patternFill/{NS}fgColor")
        fills.append(fg.get("rgb")[-6:] if fg is not None and fg.get("rgb") else "-")
    borders = []
    for border in styles.find(NS + "borders"):
        left = border.find(NS + "left")
        borders.append(1 if left is not None and left.get("style") == "thin" else 0)
    xfs = list(styles.find(NS + "cellXfs"))
    for index, xf in enumerate(xfs):
        font = fonts[int(xf.get("fontId", 0))]
        alignment = xf.find(NS + "alignment")
        halign = alignment.get("horizontal", "-") if alignment is not None else "-"
        valign = alignment.get("vertical", "bottom") if alignment is not None else "bottom"
        wrap = 1 if alignment is not None and alignment.get("wrapText") in ("1", "true") else 0
        fields = [str(index), esc(font[0]), font[1], *map(str, font[2:6]), font[6], fills[int(xf.get("fillId", 0))],
                  str(borders[int(xf.get("borderId", 0))]), esc(numfmts.get(int(xf.get("numFmtId", 0)), "")), halign, valign,
                  str(wrap)]
        out.write("F\t" + "\t".join(fields) + "\n")

    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        with z.open("xl/sharedStrings.xml") as f:
            for _, element in ET.iterparse(f):
                if element.tag == NS + "si":
                    shared.append(text_of(element))
                    element.clear()

    for sheet_index, (name, target) in enumerate(sheets):
        if only is not None and name not in only:
            continue
        path = "xl/" + target.lstrip("/").removeprefix("xl/")
        dump_sheet(z, path, name, sheet_index, shared, print_titles, out)
    out.close()


def dump_sheet(z, path, name, sheet_index, shared, print_titles, out):
    lines = ["S\t" + esc(name)]
    cells = []
    merges = []
    links = {}
    heights = []
    with z.open(path) as f:
        for _, e in ET.iterparse(f):
            tag = e.tag[len(NS):] if e.tag.startswith(NS) else e.tag
            if tag == "c":
                row, col = cell_ref(e.get("r"))
                style = e.get("s", "0")
                kind = e.get("t", "n")
                formula = e.find(NS + "f")
                value = e.find(NS + "v")
                if formula is not None:
                    cells.append((row, col, "f", style, formula.text or "", value.text if value is not None else "0"))
                elif kind == "s":
                    cells.append((row, col, "s", style, shared[int(value.text)]))
                elif kind == "inlineStr":
                    cells.append((row, col, "s", style, text_of(e.find(NS + "is"))))
                elif kind == "str":
                    cells.append((row, col, "s", style, value.text or ""))
                elif value is not None:
                    cells.append((row, col, "n", style, value.text))
                else:
                    cells.append((row, col, "b", style))
                e.clear()
            elif tag == "row":
                if e.get("customHeight") in ("1", "true"):
                    heights.append((int(e.get("r")) - 1, e.get("ht")))
                e.clear()
            elif tag == "col":
                lines.append(f"W\t{int(e.get('min')) - 1}\t{int(e.get('max')) - 1}\t{column_width(float(e.get('width'))):.6f}")
            elif tag == "mergeCell":
                first, last = e.get("ref").split(":")
                merges.append((*cell_ref(first), *cell_ref(last)))
            elif tag == "hyperlink":
                links[cell_ref(e.get("ref"))] = e.get("location")
            elif tag == "pane" and e.get("state") == "frozen":
                lines.append(f"Z\t{int(float(e.get('ySplit', 0)))}\t{int(float(e.get('xSplit', 0)))}")
            elif tag == "pageSetUpPr":
                fit = e.get("fitToPage") in ("1", "true")
                lines.append(f"X\t{1 if fit else 0}")
            elif tag == "pageSetup":
                lines.append(f"P\t{1 if e.get('orientation') == 'landscape' else 0}\t{e.get('paperSize', '0')}\t"
                             f"{e.get('fitToWidth', '1')}\t{e.get('fitToHeight', '1')}")
            elif tag == "pageMargins":
                lines.append(f"G\t{e.get('left')}\t{e.get('right')}\t{e.get('top')}\t{e.get('bottom')}")
            elif tag == "oddFooter":
                lines.append("T\t" + esc(e.text or ""))
            elif tag == "rowBreaks":
                lines.append("B\t" + "\t".join(b.get("id") for b in e.iter(NS + "brk")))
            elif tag == "autoFilter":
                first, last = e.get("ref").split(":")
                lines.append("A\t%d\t%d\t%d\t%d" % (*cell_ref(first), *cell_ref(last)))
    if sheet_index in print_titles:
        lines.append("R\t%d\t%d" % print_titles[sheet_index])
    # Rows in order, each row's height before its cells (constant_memory workbooks take rows strictly in order).
    items = [(row, 0, 0, f"H\t{row}\t{height}") for row, height in heights]
    covered = {}
    for merge in merges:
        r1, c1, r2, c2 = merge
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                covered[(r, c)] = merge
    for order, cell in enumerate(cells):
        row, col, kind, style = cell[:4]
        merge = covered.get((row, col))
        if merge is not None:
            if (row, col) != merge[:2]:
                continue  # written by the merge
            text = cell[4] if kind == "s" else ""
            items.append((row, 1, order, "M\t%d\t%d\t%d\t%d\t%s\t%s" % (*merge, style, esc(text))))
            if kind == "s" or kind == "b":
                continue
        if (row, col) in links and kind == "s":
            line = f"L\t{row}\t{col}\t{style}\t{esc('internal:' + links[(row, col)])}\t{esc(cell[4])}"
        elif kind == "s":
            line = f"s\t{row}\t{col}\t{style}\t{esc(cell[4])}"
        elif kind == "n":
            line = f"n\t{row}\t{col}\t{style}\t{cell[4]}"
        elif kind == "f":
            line = f"f\t{row}\t{col}\t{style}\t{esc(cell[4])}\t{cell[5]}"
        else:
            line = f"b\t{row}\t{col}\t{style}"
        items.append((row, 1, order, line))
    items.sort(key=lambda item: item[:3])
    lines.extend(item[3] for item in items)
    lines.append("E")
    out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
