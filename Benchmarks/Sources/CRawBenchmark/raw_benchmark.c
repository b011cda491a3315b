#include "raw_benchmark.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

struct raw_bench_connection {
    sqlite3 *db;
};

static int32_t run_script(sqlite3 *db, const char *sql) {
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

raw_bench_connection *raw_bench_open(const char *path, const char *pragmas, char *error, int32_t error_size) {
    sqlite3 *db = NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    int code = sqlite3_open_v2(path, &db, flags, NULL);
    if (code != SQLITE_OK) {
        snprintf(error, (size_t)error_size, "cannot open %s: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
        sqlite3_close_v2(db);
        return NULL;
    }
    // The same per-connection setup as the wrapper's Database(path:).
    sqlite3_extended_result_codes(db, 1);
    int ignored = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, &ignored);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, &ignored);
    sqlite3_busy_timeout(db, 5000);
    const char *setup[] = {
        "PRAGMA foreign_keys = ON",
        "SELECT count(*) FROM sqlite_schema",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        pragmas,
    };
    for (size_t i = 0; i < sizeof setup / sizeof setup[0]; i++) {
        if (run_script(db, setup[i]) != SQLITE_OK) {
            snprintf(error, (size_t)error_size, "%s: %s", setup[i], sqlite3_errmsg(db));
            sqlite3_close_v2(db);
            return NULL;
        }
    }
    raw_bench_connection *connection = malloc(sizeof *connection);
    if (!connection) {
        snprintf(error, (size_t)error_size, "out of memory");
        sqlite3_close_v2(db);
        return NULL;
    }
    connection->db = db;
    return connection;
}

void raw_bench_close(raw_bench_connection *connection) {
    if (!connection) return;
    sqlite3_close_v2(connection->db);
    free(connection);
}

sqlite3 *raw_bench_db(raw_bench_connection *connection) {
    return connection->db;
}

int32_t raw_bench_exec(raw_bench_connection *connection, const char *sql) {
    return run_script(connection->db, sql);
}

const char *raw_bench_errmsg(raw_bench_connection *connection) {
    return sqlite3_errmsg(connection->db);
}

int32_t raw_bench_insert(raw_bench_connection *connection, const raw_bench_rows *rows) {
    sqlite3 *db = connection->db;
    int code = run_script(db, "BEGIN IMMEDIATE TRANSACTION");
    if (code != SQLITE_OK) return code;
    sqlite3_stmt *statement = NULL;
    code = sqlite3_prepare_v3(db, "INSERT INTO bench(id, name, country, founded) VALUES (?, ?, ?, ?)", -1, 0, &statement, NULL);
    if (code != SQLITE_OK) goto rollback;
    for (int64_t i = 0; i < rows->count; i++) {
        // The same calls as the wrapper makes for Int64 and String: text copied by SQLite (TRANSIENT).
        if ((code = sqlite3_bind_int64(statement, 1, i + 1)) != SQLITE_OK) goto rollback;
        if ((code = sqlite3_bind_text64(statement, 2, rows->names + rows->name_offsets[i],
                                        (sqlite3_uint64)rows->name_lengths[i], SQLITE_TRANSIENT, SQLITE_UTF8)) != SQLITE_OK) goto rollback;
        if ((code = sqlite3_bind_text64(statement, 3, rows->countries + rows->country_offsets[i],
                                        (sqlite3_uint64)rows->country_lengths[i], SQLITE_TRANSIENT, SQLITE_UTF8)) != SQLITE_OK) goto rollback;
        if ((code = sqlite3_bind_int64(statement, 4, rows->founded[i])) != SQLITE_OK) goto rollback;
        if ((code = sqlite3_step(statement)) != SQLITE_DONE) goto rollback;
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return run_script(db, "COMMIT TRANSACTION");
rollback:
    sqlite3_finalize(statement);
    run_script(db, "ROLLBACK TRANSACTION");
    return code == SQLITE_OK ? SQLITE_ERROR : code;
}

/// Reads the current row's four columns in place: no text is copied, only its length taken.
static inline void add_row(sqlite3_stmt *statement, raw_bench_checksum *checksum) {
    checksum->rows += 1;
    checksum->id_sum += sqlite3_column_int64(statement, 0);
    const unsigned char *name = sqlite3_column_text(statement, 1);
    checksum->text_bytes += name ? sqlite3_column_bytes(statement, 1) : 0;
    const unsigned char *country = sqlite3_column_text(statement, 2);
    checksum->text_bytes += country ? sqlite3_column_bytes(statement, 2) : 0;
    checksum->founded_sum += sqlite3_column_int64(statement, 3);
}

int32_t raw_bench_read(raw_bench_connection *connection, raw_bench_checksum *checksum) {
    sqlite3_stmt *statement = NULL;
    int code = sqlite3_prepare_v3(connection->db, "SELECT id, name, country, founded FROM bench", -1, 0, &statement, NULL);
    if (code != SQLITE_OK) return code;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) add_row(statement, checksum);
    sqlite3_finalize(statement);
    return code == SQLITE_DONE ? SQLITE_OK : code;
}

int32_t raw_bench_lookup(raw_bench_connection *connection, const int64_t *ids, int64_t count, raw_bench_checksum *checksum) {
    sqlite3_stmt *statement = NULL;
    int code = sqlite3_prepare_v3(connection->db, "SELECT id, name, country, founded FROM bench WHERE id = ?", -1, 0, &statement, NULL);
    if (code != SQLITE_OK) return code;
    for (int64_t i = 0; i < count; i++) {
        if ((code = sqlite3_bind_int64(statement, 1, ids[i])) != SQLITE_OK) break;
        code = sqlite3_step(statement);
        if (code == SQLITE_ROW) add_row(statement, checksum);
        else if (code != SQLITE_DONE) break;
        code = sqlite3_reset(statement);
        if (code != SQLITE_OK) break;
    }
    sqlite3_finalize(statement);
    return code;
}
