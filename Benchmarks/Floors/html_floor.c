/* html_floor: the floor for WardPlan's HTML export (`wardplan export --format html --output DIR`).
 *
 *   html_floor IN_DIR OUT_DIR
 *
 * Before the timed phase it reads every page WardPlan wrote into IN_DIR and splits it into tokens: markup (tags,
 * the doctype, the inline style sheet) kept as bytes, and text — between tags and inside attribute values — with
 * its entities (&amp; &lt; &gt; &quot; &#39;) turned back into characters. The timed phase writes each page to
 * OUT_DIR with stdio, escaping every text token as WardPlan does (& < > " ' → &amp; &lt; &gt; &quot; &#39;).
 * The output is byte-identical to WardPlan's; compare.sh checks it with cmp. Prints `write_seconds S` (CPU time).
 */
#include "floor_common.h"
#include <dirent.h>
#include <sys/stat.h>

typedef struct { unsigned char text; size_t offset, length; } Token;

typedef struct {
    char name[512];
    char *bytes;      /* markup as read, text un-escaped */
    size_t used;
    Token *tokens;
    size_t count, capacity;
} Page;

static void add_token(Page *p, int text, size_t offset, size_t length) {
    if (length == 0) return;
    if (p->count && p->tokens[p->count - 1].text == text && p->tokens[p->count - 1].offset + p->tokens[p->count - 1].length == offset) {
        p->tokens[p->count - 1].length += length;
        return;
    }
    if (p->count == p->capacity) {
        p->capacity = p->capacity ? p->capacity * 2 : 4096;
        p->tokens = xrealloc(p->tokens, p->capacity * sizeof(Token));
    }
    p->tokens[p->count++] = (Token){(unsigned char)text, offset, length};
}

/* Appends src[0..n) to the page's bytes, un-escaped when `text`; adds its token. */
static void append(Page *p, const char *src, size_t n, int text) {
    size_t start = p->used;
    if (!text) {
        memcpy(p->bytes + p->used, src, n);
        p->used += n;
    } else {
        for (size_t i = 0; i < n;) {
            if (src[i] == '&') {
                static const struct { const char *entity; char c; } entities[] = {
                    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
                int found = 0;
                for (int e = 0; e < 5; e++) {
                    size_t len = strlen(entities[e].entity);
                    if (i + len <= n && memcmp(src + i, entities[e].entity, len) == 0) {
                        p->bytes[p->used++] = entities[e].c;
                        i += len;
                        found = 1;
                        break;
                    }
                }
                if (found) continue;
            }
            p->bytes[p->used++] = src[i++];
        }
    }
    add_token(p, text, start, p->used - start);
}

static void tokenize(Page *p, const char *s, size_t n) {
    p->bytes = xmalloc(n + 1);
    size_t i = 0;
    while (i < n) {
        if (s[i] != '<') {
            size_t j = i;
            while (j < n && s[j] != '<') j++;
            append(p, s + i, j - i, 1);
            i = j;
        } else if (n - i >= 6 && strncmp(s + i, "<style", 6) == 0) {
            const char *end = memmem(s + i, n - i, "</style>", 8);
            size_t j = end ? (size_t)(end - s) + 8 : n;
            append(p, s + i, j - i, 0);
            i = j;
        } else {
            /* a tag: markup, with each attribute value "…" as text */
            size_t j = i;
            while (j < n && s[j] != '>') {
                if (s[j] == '"') {
                    append(p, s + i, j + 1 - i, 0);
                    size_t k = j + 1;
                    while (k < n && s[k] != '"') k++;
                    append(p, s + j + 1, k - j - 1, 1);
                    i = k;
                    j = k + 1;
                    continue;
                }
                j++;
            }
            if (j < n) j++;
            append(p, s + i, j - i, 0);
            i = j;
        }
    }
}

static void write_escaped(FILE *f, const char *s, size_t n) {
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *entity;
        size_t len;
        switch (s[i]) {
        case '&': entity = "&amp;"; len = 5; break;
        case '<': entity = "&lt;"; len = 4; break;
        case '>': entity = "&gt;"; len = 4; break;
        case '"': entity = "&quot;"; len = 6; break;
        case '\'': entity = "&#39;"; len = 5; break;
        default: continue;
        }
        fwrite_unlocked(s + run, 1, i - run, f);
        fwrite_unlocked(entity, 1, len, f);
        run = i + 1;
    }
    fwrite_unlocked(s + run, 1, n - run, f);
}

static int by_name(const void *a, const void *b) { return strcmp(((const Page *)a)->name, ((const Page *)b)->name); }

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: html_floor IN_DIR OUT_DIR\n"); return 2; }
    DIR *dir = opendir(argv[1]);
    if (!dir) die(argv[1], strerror(errno));
    Page *pages = NULL;
    size_t count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.') continue;
        pages = xrealloc(pages, (count + 1) * sizeof(Page));
        Page *p = &pages[count++];
        memset(p, 0, sizeof *p);
        snprintf(p->name, sizeof p->name, "%s", entry->d_name);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        size_t length;
        char *data = read_file(path, &length);
        tokenize(p, data, length);
        free(data);
    }
    closedir(dir);
    qsort(pages, count, sizeof(Page), by_name);

    double cpu = cpu_seconds(), wall = wall_seconds();
    if (mkdir(argv[2], 0777) != 0) die(argv[2], strerror(errno));
    size_t bytes = 0;
    for (size_t k = 0; k < count; k++) {
        Page *p = &pages[k];
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[2], p->name);
        FILE *f = fopen(path, "wb");
        if (!f) die(path, strerror(errno));
        setvbuf(f, NULL, _IOFBF, 1 << 16);
        for (size_t t = 0; t < p->count; t++) {
            const Token *token = &p->tokens[t];
            if (token->text) write_escaped(f, p->bytes + token->offset, token->length);
            else fwrite_unlocked(p->bytes + token->offset, 1, token->length, f);
        }
        bytes += (size_t)ftell(f);
        if (fclose(f) != 0) die(path, strerror(errno));
    }
    report(cpu, wall);
    printf("bytes %zu\nfiles %zu\n", bytes, count);
    return 0;
}
