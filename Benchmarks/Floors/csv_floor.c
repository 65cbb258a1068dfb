/* csv_floor: the floor for WardPlan's CSV export.
 *
 *   csv_floor IN_DIR OUT_DIR
 *
 * Reads every file of WardPlan's CSV export folder IN_DIR into memory (CSV tables parsed into fields; other files,
 * datapackage.json, kept as bytes), then — the timed phase — writes the same files into OUT_DIR with stdio: the BOM,
 * RFC 4180 quoting (a field holding '"', ',', or a line break — CR, LF, VT, FF, NEL, LS, PS, as Swift's
 * Character.isNewline — is quoted with inner quotes doubled), CRLF line ends, and the formula guard (a text field
 * starting with = + - @ TAB CR gets a leading apostrophe; fields that are integers are numbers and never guarded).
 * The output is byte-identical to WardPlan's; compare.sh checks it with cmp. Prints `write_seconds S` (CPU time).
 */
#include "floor_csv.h"
#include <dirent.h>
#include <sys/stat.h>

static int is_integer(const char *s, size_t n) {
    size_t i = 0;
    if (n > 0 && s[0] == '-') i = 1;
    if (i == n) return 0;
    for (; i < n; i++) if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int needs_quotes(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == ',' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) return 1;
        if (c == 0xC2 && i + 1 < n && s[i + 1] == 0x85) return 1;                                  /* NEL */
        if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) return 1; /* LS, PS */
    }
    return 0;
}

static void write_field(FILE *f, const Field *field) {
    const char *s = field->bytes;
    size_t n = field->length;
    int guard = n > 0 && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
                && !is_integer(s, n);
    if (!needs_quotes((const unsigned char *)s, n)) {
        if (guard) putc_unlocked('\'', f);
        fwrite_unlocked(s, 1, n, f);
        return;
    }
    putc_unlocked('"', f);
    if (guard) putc_unlocked('\'', f);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') {
            fwrite_unlocked(s + run, 1, i + 1 - run, f);
            putc_unlocked('"', f);
            run = i + 1;
        }
    }
    fwrite_unlocked(s + run, 1, n - run, f);
    putc_unlocked('"', f);
}

static int by_name(const void *a, const void *b) { return strcmp(((const Table *)a)->name, ((const Table *)b)->name); }

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: csv_floor IN_DIR OUT_DIR\n"); return 2; }
    const char *in = argv[1], *out = argv[2];

    /* Reading (not timed). */
    DIR *dir = opendir(in);
    if (!dir) die(in, strerror(errno));
    Table *tables = NULL;
    size_t count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.') continue;
        tables = xrealloc(tables, (count + 1) * sizeof(Table));
        Table *t = &tables[count++];
        memset(t, 0, sizeof *t);
        snprintf(t->name, sizeof t->name, "%s", entry->d_name);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", in, entry->d_name);
        size_t length;
        char *data = read_file(path, &length);
        size_t name_length = strlen(t->name);
        t->is_csv = name_length > 4 && strcmp(t->name + name_length - 4, ".csv") == 0;
        if (t->is_csv) { parse_csv(t, data, length); free(data); }
        else { t->raw = data; t->raw_length = length; }
    }
    closedir(dir);
    qsort(tables, count, sizeof(Table), by_name);

    /* Writing (timed). */
    double cpu = cpu_seconds(), wall = wall_seconds();
    if (mkdir(out, 0777) != 0) die(out, strerror(errno));
    size_t bytes = 0;
    for (size_t k = 0; k < count; k++) {
        Table *t = &tables[k];
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", out, t->name);
        FILE *f = fopen(path, "wb");
        if (!f) die(path, strerror(errno));
        setvbuf(f, NULL, _IOFBF, 1 << 16);
        if (!t->is_csv) {
            fwrite_unlocked(t->raw, 1, t->raw_length, f);
        } else {
            if (t->bom) fwrite_unlocked("\xEF\xBB\xBF", 1, 3, f);
            size_t field = 0;
            for (size_t r = 0; r < t->row_count; r++) {
                size_t end = t->row_ends[r];
                for (size_t j = field; j < end; j++) {
                    if (j > field) putc_unlocked(',', f);
                    write_field(f, &t->fields[j]);
                }
                fwrite_unlocked("\r\n", 1, 2, f);
                field = end;
            }
        }
        bytes += (size_t)ftell(f);
        if (fclose(f) != 0) die(path, strerror(errno));
    }
    report(cpu, wall);
    printf("bytes %zu\nfiles %zu\n", bytes, count);
    return 0;
}
