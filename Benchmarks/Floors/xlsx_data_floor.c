/* xlsx_data_floor: the floor for WardPlan's data workbook (`wardplan export --format xlsx --layout data`).
 *
 *   xlsx_data_floor INITIATIVES.csv COLUMNS SUMMARY.dump OUT.xlsx
 *
 * Before the timed phase it reads the データ sheet's cells from WardPlan's initiatives.csv of the same dataset
 * (exported with --no-formula-guard, so text is as the workbook holds it; its columns are the データ sheet's),
 * COLUMNS (one line per column: `n` or `s` and the width WardPlan gives it) and xlsx_dump.py's dump of WardPlan's
 * 集計 sheet. The timed phase writes what WardPlan writes, in libxlsxwriter's constant_memory mode: the 集計 and
 * データ sheets in that order, the header row in bold 游ゴシック 10, text cells in 游ゴシック 10, numbers with the
 * number format "0" (empty cells are not written), column widths, a frozen header, an autofilter, A4 landscape one
 * page wide with the header repeated and page numbers in the footer, the 集計 sheet replayed, the document
 * properties; then closes the workbook. Prints `write_seconds S` (CPU time).
 */
#include "floor_csv.h"
#include "xlsx_replay.h"

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: xlsx_data_floor INITIATIVES.csv COLUMNS SUMMARY.dump OUT.xlsx\n"); return 2; }
    Table table = {0};
    snprintf(table.name, sizeof table.name, "%s", argv[1]);
    size_t length;
    char *csv = read_file(argv[1], &length);
    parse_csv(&table, csv, length);
    if (table.row_count == 0) die(argv[1], "no header row");
    size_t columns = table.row_ends[0];

    char *spec = read_file(argv[2], &length);
    char *kinds = xmalloc(columns);
    double *widths = xmalloc(columns * sizeof(double));
    char *line = spec;
    for (size_t c = 0; c < columns; c++) {
        if (!*line) die(argv[2], "fewer columns than the table has");
        kinds[c] = line[0];
        widths[c] = atof(line + 2);
        line = strchr(line, '\n');
        if (!line) die(argv[2], "a line without its end");
        line++;
    }
    /* Numbers parsed ahead, as WardPlan has its integers ahead of writing. */
    double *numbers = xmalloc(table.field_count * sizeof(double));
    char **texts = xmalloc(table.field_count * sizeof(char *));
    size_t first = columns;
    for (size_t r = 1; r < table.row_count; r++) {
        size_t end = table.row_ends[r];
        if (end - first != columns) die(argv[1], "a row with another number of fields");
        for (size_t j = first; j < end; j++) {
            Field *f = &table.fields[j];
            texts[j] = (char *)f->bytes;
            if (kinds[j - first] == 'n' && f->length) numbers[j] = strtod(f->bytes, NULL);
        }
        first = end;
    }
    Dump summary = replay_load(argv[3]);
    if (summary.sheet_count != 1) die(argv[3], "the dump should hold the 集計 sheet alone");

    double cpu = cpu_seconds(), wall = wall_seconds();
    lxw_format **formats;
    lxw_workbook *wb = replay_workbook(argv[4], LXW_TRUE, &summary, &formats);
    lxw_format *header = workbook_add_format(wb), *text = workbook_add_format(wb), *number = workbook_add_format(wb);
    lxw_format *all[] = {header, text, number};
    for (int i = 0; i < 3; i++) {
        format_set_font_name(all[i], "游ゴシック");
        format_set_font_size(all[i], 10);
        format_set_align(all[i], LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_bold(header);
    format_set_num_format(number, "0");

    lxw_worksheet *summary_sheet = workbook_add_worksheet(wb, summary.sheets[0].name);
    if (!summary_sheet) die(argv[4], "cannot add the sheets");
    /* Past Excel's 1,048,576 rows (header included) the table goes on in データ2, データ3, … as WardPlan's does. */
    const size_t rows_per_sheet = 1048576;
    int sheets = 0;
    lxw_worksheet *ws = NULL;
    size_t row = 0;
    first = columns;
    for (size_t r = 1; r <= table.row_count; r++) {
        if (ws && (row >= rows_per_sheet || r == table.row_count)) {
            check(worksheet_autofilter(ws, 0, 0, (lxw_row_t)(row > 1 ? row - 1 : 0), (lxw_col_t)(columns - 1)), "autofilter");
            ws = NULL;
        }
        if (r == table.row_count) break;
        if (!ws) {
            char name[64];
            if (++sheets == 1) snprintf(name, sizeof name, "データ");
            else snprintf(name, sizeof name, "データ%d", sheets);
            ws = workbook_add_worksheet(wb, name);
            if (!ws) die(argv[4], "cannot add the sheets");
            for (size_t c = 0; c < columns; c++) {
                check(worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL), "set_column");
                check(worksheet_write_string(ws, 0, (lxw_col_t)c, table.fields[c].bytes, header), "write header");
            }
            worksheet_freeze_panes(ws, 1, 0);
            worksheet_set_landscape(ws);
            worksheet_set_paper(ws, 9);
            worksheet_fit_to_pages(ws, 1, 0);
            worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
            check(worksheet_repeat_rows(ws, 0, 0), "repeat_rows");
            check(worksheet_set_footer(ws, "&C&P / &N"), "set_footer");
            row = 1;
        }
        size_t end = table.row_ends[r];
        for (size_t j = first; j < end; j++) {
            if (table.fields[j].length == 0) continue;
            lxw_col_t c = (lxw_col_t)(j - first);
            if (kinds[c] == 'n') check(worksheet_write_number(ws, (lxw_row_t)row, c, numbers[j], number), "write_number");
            else check(worksheet_write_string(ws, (lxw_row_t)row, c, texts[j], text), "write_string");
        }
        first = end;
        row++;
    }
    replay_sheet(summary_sheet, &summary.sheets[0], formats);
    check(workbook_close(wb), "workbook_close");
    report(cpu, wall);
    printf("rows %zu\n", table.row_count);
    return 0;
}
