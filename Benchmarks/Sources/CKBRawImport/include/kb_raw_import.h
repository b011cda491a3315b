#ifndef MINERALKB_KB_RAW_IMPORT_H
#define MINERALKB_KB_RAW_IMPORT_H

// The baseline of the knowledge-base import benchmark: the rows that MineralKB's importer wrote,
// inserted again into an empty knowledge base by plain C over the SQLite API — no JSON, no name
// resolution, ids already known. Loading the rows into memory is not timed; inserting them is.
// Timing is done by the caller (the Swift harness), around `kb_raw_insert`.

#include <stdint.h>

#include "raw_benchmark.h"

/// Rows of several tables, held in memory as compact tagged values. Opaque to Swift.
typedef struct kb_raw_rows kb_raw_rows;

/// Reads the rows to insert from the database at `source_path` (opened read-only, with the
/// database at `attach_path` attached as `template` so a SELECT can leave out rows it already
/// holds): for table `i`, the rows of `select_sql[i]`, to be inserted with `insert_sql[i]`, whose
/// parameters take the selected columns in order. Returns NULL on failure, with a message in `error`.
kb_raw_rows *kb_raw_load(const char *source_path, const char *attach_path, const char *const *select_sql,
                         const char *const *insert_sql, int32_t table_count, char *error, int32_t error_size);

/// Rows held, over every table.
int64_t kb_raw_row_count(const kb_raw_rows *rows);

/// Bytes of values held (the in-memory size of the input).
int64_t kb_raw_value_bytes(const kb_raw_rows *rows);

void kb_raw_free(kb_raw_rows *rows);

/// On a connection opened by `raw_bench_open` (as the wrapper opens a file):
/// BEGIN IMMEDIATE; the script `before` (may be NULL); every table in order, one prepared INSERT per
/// table reused for every row, text bound with SQLITE_TRANSIENT (as the wrapper does); the script
/// `after` (may be NULL); COMMIT. On failure rolls back, returns the SQLite result code and puts a
/// message in `error`.
int32_t kb_raw_insert(raw_bench_connection *connection, const kb_raw_rows *rows, const char *before, const char *after,
                      char *error, int32_t error_size);

#endif
