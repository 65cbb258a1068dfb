/* xlsx_forms_floor: the floor for WardPlan's form workbook (`wardplan export --format xlsx --layout forms`).
 *
 *   xlsx_forms_floor BOOK.dump OUT.xlsx
 *
 * BOOK.dump is xlsx_dump.py's dump of WardPlan's own workbook (目次, 集計, 様式1/2/3 per plan): loaded before the
 * timed phase. The timed phase creates the workbook (not constant_memory, as WardPlan's forms), its formats, every
 * sheet with its cells, merges, widths, heights, page setup, links and document properties, and closes it.
 * Prints `write_seconds S` (CPU time).
 */
#include "xlsx_replay.h"

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: xlsx_forms_floor BOOK.dump OUT.xlsx\n"); return 2; }
    Dump dump = replay_load(argv[1]);

    double cpu = cpu_seconds(), wall = wall_seconds();
    lxw_format **formats;
    lxw_workbook *wb = replay_workbook(argv[2], LXW_FALSE, &dump, &formats);
    for (size_t i = 0; i < dump.sheet_count; i++) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, dump.sheets[i].name);
        if (!ws) die(dump.sheets[i].name, "cannot add the sheet");
        replay_sheet(ws, &dump.sheets[i], formats);
    }
    check(workbook_close(wb), "workbook_close");
    report(cpu, wall);
    printf("sheets %zu\n", dump.sheet_count);
    return 0;
}
