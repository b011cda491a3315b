#include "kb_raw_import.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { TAG_NULL = 0, TAG_INTEGER = 1, TAG_REAL = 2, TAG_TEXT = 3, TAG_BLOB = 4 };

typedef struct {
    char *insert_sql;
    int32_t columns;
    int64_t rows;
    unsigned char *bytes;  // per value: a tag byte, then 8 bytes (integer, real) or a 4-byte length and the bytes
    size_t size;
    size_t capacity;
} kb_raw_table;

struct kb_raw_rows {
    kb_raw_table *tables;
    int32_t count;
};

static int reserve(kb_raw_table *table, size_t more) {
    if (table->size + more <= table->capacity) return 1;
    size_t capacity = table->capacity ? table->capacity : 1 << 20;
    while (capacity < table->size + more) capacity *= 2;
    unsigned char *bytes = realloc(table->bytes, capacity);
    if (!bytes) return 0;
    table->bytes = bytes;
    table->capacity = capacity;
    return 1;
}

static int append_value(kb_raw_table *table, sqlite3_stmt *statement, int column) {
    int type = sqlite3_column_type(statement, column);
    switch (type) {
    case SQLITE_INTEGER: {
        if (!reserve(table, 9)) return 0;
        sqlite3_int64 value = sqlite3_column_int64(statement, column);
        table->bytes[table->size++] = TAG_INTEGER;
        memcpy(table->bytes + table->size, &value, 8);
        table->size += 8;
        return 1;
    }
    case SQLITE_FLOAT: {
        if (!reserve(table, 9)) return 0;
        double value = sqlite3_column_double(statement, column);
        table->bytes[table->size++] = TAG_REAL;
        memcpy(table->bytes + table->size, &value, 8);
        table->size += 8;
        return 1;
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        const void *data = type == SQLITE_TEXT ? (const void *)sqlite3_column_text(statement, column)
                                               : sqlite3_column_blob(statement, column);
        int32_t length = sqlite3_column_bytes(statement, column);
        if (!reserve(table, 5 + (size_t)length)) return 0;
        table->bytes[table->size++] = type == SQLITE_TEXT ? TAG_TEXT : TAG_BLOB;
        memcpy(table->bytes + table->size, &length, 4);
        table->size += 4;
        if (length > 0) memcpy(table->bytes + table->size, data, (size_t)length);
        table->size += (size_t)length;
        return 1;
    }
    default:
        if (!reserve(table, 1)) return 0;
        table->bytes[table->size++] = TAG_NULL;
        return 1;
    }
}

kb_raw_rows *kb_raw_load(const char *source_path, const char *attach_path, const char *const *select_sql,
                         const char *const *insert_sql, int32_t table_count, char *error, int32_t error_size) {
    sqlite3 *db = NULL;
    kb_raw_rows *rows = calloc(1, sizeof *rows);
    if (!rows || !(rows->tables = calloc((size_t)(table_count > 0 ? table_count : 1), sizeof *rows->tables))) {
        snprintf(error, (size_t)error_size, "out of memory");
        free(rows);
        return NULL;
    }
    rows->count = table_count;
    if (sqlite3_open_v2(source_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        snprintf(error, (size_t)error_size, "cannot open %s: %s", source_path, sqlite3_errmsg(db));
        goto fail;
    }
    if (attach_path) {
        sqlite3_stmt *attach = NULL;
        if (sqlite3_prepare_v2(db, "ATTACH DATABASE ? AS template", -1, &attach, NULL) != SQLITE_OK
            || sqlite3_bind_text(attach, 1, attach_path, -1, SQLITE_TRANSIENT) != SQLITE_OK
            || sqlite3_step(attach) != SQLITE_DONE) {
            snprintf(error, (size_t)error_size, "cannot attach %s: %s", attach_path, sqlite3_errmsg(db));
            sqlite3_finalize(attach);
            goto fail;
        }
        sqlite3_finalize(attach);
    }
    for (int32_t t = 0; t < table_count; t++) {
        kb_raw_table *table = &rows->tables[t];
        table->insert_sql = strdup(insert_sql[t]);
        sqlite3_stmt *statement = NULL;
        if (!table->insert_sql || sqlite3_prepare_v2(db, select_sql[t], -1, &statement, NULL) != SQLITE_OK) {
            snprintf(error, (size_t)error_size, "%s: %s", select_sql[t], sqlite3_errmsg(db));
            goto fail;
        }
        table->columns = sqlite3_column_count(statement);
        int code;
        while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int c = 0; c < table->columns; c++) {
                if (!append_value(table, statement, c)) {
                    snprintf(error, (size_t)error_size, "out of memory");
                    sqlite3_finalize(statement);
                    goto fail;
                }
            }
            table->rows++;
        }
        sqlite3_finalize(statement);
        if (code != SQLITE_DONE) {
            snprintf(error, (size_t)error_size, "%s: %s", select_sql[t], sqlite3_errmsg(db));
            goto fail;
        }
    }
    sqlite3_close_v2(db);
    return rows;
fail:
    sqlite3_close_v2(db);
    kb_raw_free(rows);
    return NULL;
}

int64_t kb_raw_row_count(const kb_raw_rows *rows) {
    int64_t total = 0;
    for (int32_t t = 0; t < rows->count; t++) total += rows->tables[t].rows;
    return total;
}

int64_t kb_raw_value_bytes(const kb_raw_rows *rows) {
    int64_t total = 0;
    for (int32_t t = 0; t < rows->count; t++) total += (int64_t)rows->tables[t].size;
    return total;
}

void kb_raw_free(kb_raw_rows *rows) {
    if (!rows) return;
    for (int32_t t = 0; t < rows->count; t++) {
        free(rows->tables[t].insert_sql);
        free(rows->tables[t].bytes);
    }
    free(rows->tables);
    free(rows);
}

int32_t kb_raw_insert(raw_bench_connection *connection, const kb_raw_rows *rows, const char *before, const char *after,
                      char *error, int32_t error_size) {
    sqlite3 *db = raw_bench_db(connection);
    int code = sqlite3_exec(db, "BEGIN IMMEDIATE TRANSACTION", NULL, NULL, NULL);
    if (code != SQLITE_OK) {
        snprintf(error, (size_t)error_size, "BEGIN: %s", sqlite3_errmsg(db));
        return code;
    }
    sqlite3_stmt *statement = NULL;
    if (before && (code = sqlite3_exec(db, before, NULL, NULL, NULL)) != SQLITE_OK) goto rollback;
    for (int32_t t = 0; t < rows->count; t++) {
        const kb_raw_table *table = &rows->tables[t];
        code = sqlite3_prepare_v3(db, table->insert_sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL);
        if (code != SQLITE_OK) goto rollback;
        const unsigned char *cursor = table->bytes;
        for (int64_t r = 0; r < table->rows; r++) {
            for (int c = 1; c <= table->columns; c++) {
                unsigned char tag = *cursor++;
                switch (tag) {
                case TAG_INTEGER: {
                    sqlite3_int64 value;
                    memcpy(&value, cursor, 8);
                    cursor += 8;
                    code = sqlite3_bind_int64(statement, c, value);
                    break;
                }
                case TAG_REAL: {
                    double value;
                    memcpy(&value, cursor, 8);
                    cursor += 8;
                    code = sqlite3_bind_double(statement, c, value);
                    break;
                }
                case TAG_TEXT:
                case TAG_BLOB: {
                    int32_t length;
                    memcpy(&length, cursor, 4);
                    cursor += 4;
                    code = tag == TAG_TEXT
                        ? sqlite3_bind_text64(statement, c, (const char *)cursor, (sqlite3_uint64)length, SQLITE_TRANSIENT, SQLITE_UTF8)
                        : sqlite3_bind_blob64(statement, c, cursor, (sqlite3_uint64)length, SQLITE_TRANSIENT);
                    cursor += length;
                    break;
                }
                default:
                    code = sqlite3_bind_null(statement, c);
                    break;
                }
                if (code != SQLITE_OK) goto rollback;
            }
            if ((code = sqlite3_step(statement)) != SQLITE_DONE) goto rollback;
            sqlite3_reset(statement);
        }
        sqlite3_finalize(statement);
        statement = NULL;
    }
    if (after && (code = sqlite3_exec(db, after, NULL, NULL, NULL)) != SQLITE_OK) goto rollback;
    code = sqlite3_exec(db, "COMMIT TRANSACTION", NULL, NULL, NULL);
    if (code != SQLITE_OK) snprintf(error, (size_t)error_size, "COMMIT: %s", sqlite3_errmsg(db));
    return code;
rollback:
    snprintf(error, (size_t)error_size, "%s", sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    sqlite3_exec(db, "ROLLBACK TRANSACTION", NULL, NULL, NULL);
    return code == SQLITE_OK ? SQLITE_ERROR : code;
}
