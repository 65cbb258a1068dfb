/* Reading WardPlan's CSV tables into memory: RFC 4180 fields with CRLF line ends, after an optional BOM. */
#ifndef FLOOR_CSV_H
#define FLOOR_CSV_H
#include "floor_common.h"

typedef struct { const char *bytes; size_t length; } Field;

typedef struct {
    char name[256];
    int is_csv;
    int bom;
    char *raw;            /* a file that is not a table: its bytes */
    size_t raw_length;
    char *text;           /* the unquoted field bytes, one after another */
    Field *fields;
    size_t field_count, field_capacity;
    size_t *row_ends;     /* index of the first field of the next row */
    size_t row_count, row_capacity;
} Table;

static void add_field(Table *t, const char *bytes, size_t length) {
    if (t->field_count == t->field_capacity) {
        t->field_capacity = t->field_capacity ? t->field_capacity * 2 : 1024;
        t->fields = xrealloc(t->fields, t->field_capacity * sizeof(Field));
    }
    t->fields[t->field_count++] = (Field){bytes, length};
}

static void end_row(Table *t) {
    if (t->row_count == t->row_capacity) {
        t->row_capacity = t->row_capacity ? t->row_capacity * 2 : 1024;
        t->row_ends = xrealloc(t->row_ends, t->row_capacity * sizeof(size_t));
    }
    t->row_ends[t->row_count++] = t->field_count;
}

/* Parses RFC 4180 CSV with CRLF line ends (as WardPlan writes it). */
static void parse_csv(Table *t, char *data, size_t length) {
    size_t i = 0;
    if (length >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB && (unsigned char)data[2] == 0xBF) {
        t->bom = 1;
        i = 3;
    }
    t->text = xmalloc(length + 1);
    char *out = t->text;
    while (i < length) {
        /* one row */
        for (;;) {
            char *start = out;
            if (data[i] == '"') {
                i++;
                for (;;) {
                    if (i >= length) die(t->name, "unterminated quoted field");
                    if (data[i] == '"') {
                        if (i + 1 < length && data[i + 1] == '"') { *out++ = '"'; i += 2; continue; }
                        i++;
                        break;
                    }
                    *out++ = data[i++];
                }
            } else {
                while (i < length && data[i] != ',' && data[i] != '\r') *out++ = data[i++];
            }
            add_field(t, start, (size_t)(out - start));
            *out++ = 0; /* each field NUL-terminated: the input has a separator byte after every field */
            if (i < length && data[i] == ',') { i++; continue; }
            if (i + 1 < length && data[i] == '\r' && data[i + 1] == '\n') { i += 2; break; }
            if (i >= length) break;
            die(t->name, "unexpected byte after a field");
        }
        end_row(t);
    }
}

#endif
