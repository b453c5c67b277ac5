/* The workbook benchmark's reference (issue 19): the C library libxlsxwriter, in its
 * constant-memory mode, writing a CSV's every row to one sheet, every cell as a string.
 *
 *     xlsxwriter_reference IN.csv OUT.xlsx
 *
 * IN.csv is UTF-8 (a leading byte order mark is skipped) with RFC 4180 quoting: a quoted field
 * may hold commas, line breaks and doubled quotes. The header row is written as the sheet's
 * first row, like the data. Empty fields are left out, as SkillLadder's writer leaves them out.
 *
 * Built on its own, never linked with skl_core or QuaZip: libxlsxwriter carries its own minizip
 * whose functions share names with QuaZip's, and one process cannot hold both. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

/* A growing byte buffer, holding one field at a time. */
struct field
{
    char *bytes;
    size_t size;
    size_t capacity;
};

static void field_push(struct field *field, char c)
{
    if (field->size + 1 >= field->capacity) {
        field->capacity = field->capacity ? field->capacity * 2 : 256;
        field->bytes = realloc(field->bytes, field->capacity);
        if (!field->bytes) {
            fputs("xlsxwriter_reference: out of memory\n", stderr);
            exit(3);
        }
    }
    field->bytes[field->size++] = c;
}

static int write_field(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, struct field *field)
{
    lxw_error error = LXW_NO_ERROR;
    field->bytes[field->size] = '\0';
    if (field->size > 0)
        error = worksheet_write_string(sheet, row, col, field->bytes, NULL);
    field->size = 0;
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "xlsxwriter_reference: row %u column %u: %s\n", (unsigned)row + 1,
            (unsigned)col + 1, lxw_strerror(error));
        return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: xlsxwriter_reference IN.csv OUT.xlsx\n", stderr);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        perror(argv[1]);
        return 3;
    }
    static char buffer[1 << 20];
    setvbuf(in, buffer, _IOFBF, sizeof buffer);

    lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
    lxw_workbook *book = workbook_new_opt(argv[2], &options);
    if (!book) {
        fprintf(stderr, "xlsxwriter_reference: cannot create %s\n", argv[2]);
        return 3;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, NULL);

    /* Skip a UTF-8 byte order mark. */
    int c = getc_unlocked(in);
    if (c == 0xEF) {
        if (getc_unlocked(in) != 0xBB || getc_unlocked(in) != 0xBF) {
            fputs("xlsxwriter_reference: a broken byte order mark\n", stderr);
            return 1;
        }
        c = getc_unlocked(in);
    }

    struct field field = { NULL, 0, 0 };
    field_push(&field, '\0');
    field.size = 0;
    lxw_row_t row = 0;
    lxw_col_t col = 0;
    int quoted = 0; /* inside a quoted field */
    int started = 0; /* the current row has a character */
    int ok = 1;
    for (; c != EOF && ok; c = getc_unlocked(in)) {
        if (quoted) {
            if (c == '"') {
                int next = getc_unlocked(in);
                if (next == '"') {
                    field_push(&field, '"');
                } else {
                    quoted = 0;
                    if (next == EOF)
                        break;
                    ungetc(next, in);
                }
            } else {
                field_push(&field, (char)c);
            }
            continue;
        }
        started = 1;
        if (c == '"') {
            quoted = 1;
        } else if (c == ',') {
            ok = write_field(sheet, row, col++, &field);
        } else if (c == '\n') {
            ok = write_field(sheet, row++, col, &field);
            col = 0;
            started = 0;
        } else if (c != '\r') {
            field_push(&field, (char)c);
        }
    }
    if (ok && (started || field.size > 0))
        ok = write_field(sheet, row++, col, &field);
    if (quoted) {
        fputs("xlsxwriter_reference: the file ends inside a quoted field\n", stderr);
        ok = 0;
    }
    fclose(in);
    free(field.bytes);

    lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        fprintf(stderr, "xlsxwriter_reference: %s\n", lxw_strerror(closed));
        return 3;
    }
    if (!ok)
        return 1;
    printf("%u rows\n", (unsigned)row);
    return 0;
}
