/* Replays a dump written by xlsx_dump.py with libxlsxwriter: the formats, sheets, cells, merges, widths,
 * heights, page setup and document properties of a WardPlan workbook. Loading (replay_load) is done before the
 * timed phase; creating formats and writing sheets (replay_formats, replay_sheet) is the timed work. */
#ifndef XLSX_REPLAY_H
#define XLSX_REPLAY_H
#include "floor_common.h"
#include <libgen.h>
#include <xlsxwriter.h>

typedef struct {
    char kind;
    int a, b, c, d, fmt;
    char *text, *text2;
    double number;
} Op;

typedef struct { char *name; Op *ops; size_t count, capacity; } DumpSheet;

typedef struct {
    char *font, *color, *bg, *numfmt, *halign, *valign;
    double size;
    int bold, italic, underline, strike, border, wrap;
} DumpFormat;

typedef struct {
    char *props[5];
    DumpFormat *formats;
    size_t format_count;
    DumpSheet *sheets;
    size_t sheet_count;
} Dump;

/* Splits a line at tabs in place, un-escaping each field; returns the number of fields. */
static int split_fields(char *line, char **fields, int max) {
    int n = 0;
    char *p = line;
    while (n < max) {
        fields[n++] = p;
        char *w = p;
        while (*p && *p != '\t') {
            if (*p == '\\' && p[1]) {
                p++;
                *w++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p;
                p++;
            } else {
                *w++ = *p++;
            }
        }
        int end = *p == 0;
        *w = 0;
        if (end) break;
        p++;
    }
    return n;
}

static void add_op(DumpSheet *s, Op op) {
    if (s->count == s->capacity) {
        s->capacity = s->capacity ? s->capacity * 2 : 256;
        s->ops = xrealloc(s->ops, s->capacity * sizeof(Op));
    }
    s->ops[s->count++] = op;
}

static Dump replay_load(const char *path) {
    Dump dump = {0};
    size_t length;
    char *data = read_file(path, &length);
    DumpSheet *sheet = NULL;
    char *line = data;
    while (line < data + length) {
        char *next = strchr(line, '\n');
        if (next) *next = 0; else next = data + length - 1;
        char *f[16];
        int n = split_fields(line, f, 16);
        char k = f[0][0];
        Op op = {.kind = k};
        if (k == 'D') {
            for (int i = 0; i < 5; i++) dump.props[i] = i + 1 < n ? f[i + 1] : "";
        } else if (k == 'F') {
            dump.formats = xrealloc(dump.formats, (dump.format_count + 1) * sizeof(DumpFormat));
            dump.formats[dump.format_count++] = (DumpFormat){
                .font = f[2], .size = atof(f[3]), .bold = atoi(f[4]), .italic = atoi(f[5]), .underline = atoi(f[6]),
                .strike = atoi(f[7]), .color = f[8], .bg = f[9], .border = atoi(f[10]), .numfmt = f[11],
                .halign = f[12], .valign = f[13], .wrap = atoi(f[14])};
        } else if (k == 'S') {
            dump.sheets = xrealloc(dump.sheets, (dump.sheet_count + 1) * sizeof(DumpSheet));
            sheet = &dump.sheets[dump.sheet_count++];
            memset(sheet, 0, sizeof *sheet);
            sheet->name = f[1];
        } else if (k == 'E' || k == 0) {
        } else if (!sheet) {
            die(path, "a cell before any sheet");
        } else {
            switch (k) {
            case 'X': op.a = atoi(f[1]); break;
            case 'W': op.a = atoi(f[1]); op.b = atoi(f[2]); op.number = atof(f[3]); break;
            case 'H': op.a = atoi(f[1]); op.number = atof(f[2]); break;
            case 'P': op.a = atoi(f[1]); op.b = atoi(f[2]); op.c = atoi(f[3]); op.d = atoi(f[4]); break;
            case 'G': op.text = f[1]; op.text2 = f[2]; op.number = 0;
                      op.a = 0; /* margins kept as text: left right top bottom */
                      op.text = xmalloc(4 * sizeof(double));
                      for (int i = 0; i < 4; i++) ((double *)op.text)[i] = atof(f[i + 1]);
                      break;
            case 'T': op.text = f[1]; break;
            case 'R': op.a = atoi(f[1]); op.b = atoi(f[2]); break;
            case 'Z': op.a = atoi(f[1]); op.b = atoi(f[2]); break;
            case 'A': op.a = atoi(f[1]); op.b = atoi(f[2]); op.c = atoi(f[3]); op.d = atoi(f[4]); break;
            case 'B': {
                lxw_row_t *rows = xmalloc((size_t)n * sizeof(lxw_row_t));
                for (int i = 1; i < n; i++) rows[i - 1] = (lxw_row_t)atoi(f[i]);
                rows[n - 1] = 0;
                op.text = (char *)rows;
                break;
            }
            case 'M': op.a = atoi(f[1]); op.b = atoi(f[2]); op.c = atoi(f[3]); op.d = atoi(f[4]); op.fmt = atoi(f[5]);
                      op.text = f[6]; break;
            case 's': op.a = atoi(f[1]); op.b = atoi(f[2]); op.fmt = atoi(f[3]); op.text = f[4]; break;
            case 'n': op.a = atoi(f[1]); op.b = atoi(f[2]); op.fmt = atoi(f[3]); op.number = atof(f[4]); break;
            case 'f': op.a = atoi(f[1]); op.b = atoi(f[2]); op.fmt = atoi(f[3]); op.text = f[4]; op.number = atof(f[5]); break;
            case 'b': op.a = atoi(f[1]); op.b = atoi(f[2]); op.fmt = atoi(f[3]); break;
            case 'L': op.a = atoi(f[1]); op.b = atoi(f[2]); op.fmt = atoi(f[3]); op.text = f[4]; op.text2 = f[5]; break;
            default: die(path, "an unknown line");
            }
            add_op(sheet, op);
        }
        line = next + 1;
    }
    return dump;
}

static uint8_t halign_of(const char *name) {
    if (!strcmp(name, "left")) return LXW_ALIGN_LEFT;
    if (!strcmp(name, "center")) return LXW_ALIGN_CENTER;
    if (!strcmp(name, "right")) return LXW_ALIGN_RIGHT;
    if (!strcmp(name, "fill")) return LXW_ALIGN_FILL;
    if (!strcmp(name, "justify")) return LXW_ALIGN_JUSTIFY;
    if (!strcmp(name, "centerContinuous")) return LXW_ALIGN_CENTER_ACROSS;
    if (!strcmp(name, "distributed")) return LXW_ALIGN_DISTRIBUTED;
    return LXW_ALIGN_NONE;
}

static uint8_t valign_of(const char *name) {
    if (!strcmp(name, "top")) return LXW_ALIGN_VERTICAL_TOP;
    if (!strcmp(name, "center")) return LXW_ALIGN_VERTICAL_CENTER;
    if (!strcmp(name, "justify")) return LXW_ALIGN_VERTICAL_JUSTIFY;
    if (!strcmp(name, "distributed")) return LXW_ALIGN_VERTICAL_DISTRIBUTED;
    return LXW_ALIGN_NONE; /* bottom, the default */
}

/* One libxlsxwriter format per dumped format; index 0 (the workbook's default) is NULL. */
static lxw_format **replay_formats(lxw_workbook *wb, const Dump *dump) {
    lxw_format **formats = xmalloc((dump->format_count + 1) * sizeof(lxw_format *));
    formats[0] = NULL;
    for (size_t i = 1; i < dump->format_count; i++) {
        const DumpFormat *d = &dump->formats[i];
        lxw_format *f = workbook_add_format(wb);
        format_set_font_name(f, d->font);
        format_set_font_size(f, d->size);
        if (d->bold) format_set_bold(f);
        if (d->italic) format_set_italic(f);
        if (d->underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
        if (d->strike) format_set_font_strikeout(f);
        if (d->color[0] != '-') format_set_font_color(f, (lxw_color_t)strtoul(d->color, NULL, 16));
        if (d->bg[0] != '-') format_set_bg_color(f, (lxw_color_t)strtoul(d->bg, NULL, 16));
        if (d->border) format_set_border(f, LXW_BORDER_THIN);
        if (d->wrap) format_set_text_wrap(f);
        if (d->numfmt[0]) format_set_num_format(f, d->numfmt);
        uint8_t h = halign_of(d->halign), v = valign_of(d->valign);
        if (h) format_set_align(f, h);
        if (v) format_set_align(f, v);
        formats[i] = f;
    }
    return formats;
}

static void check(lxw_error error, const char *what) {
    if (error) die(what, lxw_strerror(error));
}

static void replay_sheet(lxw_worksheet *ws, const DumpSheet *sheet, lxw_format **formats) {
    int fit = 0;
    for (size_t i = 0; i < sheet->count; i++) {
        const Op *op = &sheet->ops[i];
        switch (op->kind) {
        case 'X': fit = op->a; break;
        case 'W': check(worksheet_set_column(ws, (lxw_col_t)op->a, (lxw_col_t)op->b, op->number, NULL), "set_column"); break;
        case 'H': check(worksheet_set_row(ws, (lxw_row_t)op->a, op->number, NULL), "set_row"); break;
        case 'P':
            if (op->a) worksheet_set_landscape(ws);
            worksheet_set_paper(ws, (uint8_t)op->b);
            if (fit) worksheet_fit_to_pages(ws, (uint16_t)op->c, (uint16_t)op->d);
            break;
        case 'G': {
            const double *m = (const double *)op->text;
            worksheet_set_margins(ws, m[0], m[1], m[2], m[3]);
            break;
        }
        case 'T': check(worksheet_set_footer(ws, op->text), "set_footer"); break;
        case 'R': check(worksheet_repeat_rows(ws, (lxw_row_t)op->a, (lxw_row_t)op->b), "repeat_rows"); break;
        case 'Z': worksheet_freeze_panes(ws, (lxw_row_t)op->a, (lxw_col_t)op->b); break;
        case 'A': check(worksheet_autofilter(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, (lxw_row_t)op->c, (lxw_col_t)op->d), "autofilter"); break;
        case 'B': check(worksheet_set_h_pagebreaks(ws, (lxw_row_t *)op->text), "pagebreaks"); break;
        case 'M':
            check(worksheet_merge_range(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, (lxw_row_t)op->c, (lxw_col_t)op->d, op->text,
                                        formats[op->fmt]), "merge_range");
            break;
        case 's': check(worksheet_write_string(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, op->text, formats[op->fmt]), "write_string"); break;
        case 'n': check(worksheet_write_number(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, op->number, formats[op->fmt]), "write_number"); break;
        case 'f':
            check(worksheet_write_formula_num(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, op->text, formats[op->fmt], op->number),
                  "write_formula_num");
            break;
        case 'b': check(worksheet_write_blank(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, formats[op->fmt]), "write_blank"); break;
        case 'L':
            check(worksheet_write_url_opt(ws, (lxw_row_t)op->a, (lxw_col_t)op->b, op->text, formats[op->fmt], op->text2, NULL),
                  "write_url");
            break;
        }
    }
}

static void replay_properties(lxw_workbook *wb, const Dump *dump) {
    if (!dump->props[0]) return;
    lxw_doc_properties properties = {0};
    properties.title = dump->props[0];
    properties.subject = dump->props[1];
    properties.author = dump->props[2];
    properties.keywords = dump->props[3];
    properties.company = dump->props[4];
    check(workbook_set_properties(wb, &properties), "set_properties");
}

/* A new workbook at `path`, its temporary files beside it, with the dump's formats (into `formats`) and document
   properties: how both XLSX floors begin writing. */
static lxw_workbook *replay_workbook(const char *path, uint8_t constant_memory, const Dump *dump, lxw_format ***formats) {
    static char folder[4096];
    snprintf(folder, sizeof folder, "%s", path);
    lxw_workbook_options options = {.constant_memory = constant_memory, .tmpdir = dirname(folder)};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    if (!wb) die(path, "cannot create the workbook");
    *formats = replay_formats(wb, dump);
    replay_properties(wb, dump);
    return wb;
}
#endif
