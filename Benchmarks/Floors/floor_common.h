/* Shared helpers of the C floors: reading whole files, CPU time, and byte buffers. */
#ifndef FLOOR_COMMON_H
#define FLOOR_COMMON_H
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *what, const char *detail) {
    fprintf(stderr, "error: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) die("out of memory", NULL);
    return p;
}

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) die("out of memory", NULL);
    return p;
}

/* The whole file in memory (NUL-terminated); its length in *length. */
static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) die(path, strerror(errno));
    size_t capacity = 1 << 20, used = 0;
    char *data = xmalloc(capacity + 1);
    size_t n;
    while ((n = fread(data + used, 1, capacity - used, f)) > 0) {
        used += n;
        if (used == capacity) { capacity *= 2; data = xrealloc(data, capacity + 1); }
    }
    if (ferror(f)) die(path, strerror(errno));
    fclose(f);
    data[used] = 0;
    *length = used;
    return data;
}

/* CPU time of the process (user + system), in seconds: what the floors report for their writing phase. */
static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double wall_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Reports the timed phase as compare.sh reads it. */
static void report(double cpu_start, double wall_start) {
    printf("write_seconds %.6f\n", cpu_seconds() - cpu_start);
    printf("write_wall_seconds %.6f\n", wall_seconds() - wall_start);
    fflush(stdout);
}
#endif
