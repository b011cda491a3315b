#ifndef MINERALKB_RAW_BENCHMARK_H
#define MINERALKB_RAW_BENCHMARK_H

// The "raw" side of the wrapper benchmark: the same workloads as SQLiteBenchmark runs
// through the Swift wrapper, written as plain C loops over the SQLite C API.
// Timing is done by the caller (the Swift harness), around each call, with one clock for
// both sides; these functions only do the work.

#include <stdint.h>

/// An open connection plus its prepared statements. Opaque to Swift.
typedef struct raw_bench_connection raw_bench_connection;

/// The pre-generated input rows, laid out as plain C arrays: row `i` has id `i + 1`,
/// name `names + name_offsets[i]` (`name_lengths[i]` bytes of UTF-8, NUL-terminated),
/// country likewise, and `founded[i]`.
typedef struct {
    int64_t count;
    const char *names;
    const int64_t *name_offsets;
    const int32_t *name_lengths;
    const char *countries;
    const int64_t *country_offsets;
    const int32_t *country_lengths;
    const int64_t *founded;
} raw_bench_rows;

/// What a read or lookup saw, so both sides can be checked to have done the same work.
typedef struct {
    int64_t rows;
    int64_t id_sum;
    int64_t founded_sum;
    int64_t text_bytes;
} raw_bench_checksum;

/// Opens `path` the way the wrapper's `Database(path:)` opens a file read-write: the same
/// open flags (NOMUTEX, EXRESCODE), extended result codes, DQS off, a 5 s busy timeout,
/// foreign keys on, the header read, WAL and synchronous NORMAL. Then runs `pragmas`
/// (the benchmark's shared settings). Returns NULL on failure, with a message in `error`.
raw_bench_connection *raw_bench_open(const char *path, const char *pragmas, char *error, int32_t error_size);

/// Closes the connection (finalizing its statements).
void raw_bench_close(raw_bench_connection *connection);

/// The connection's SQLite handle, for the other C baselines (an opaque pointer to Swift).
struct sqlite3 *raw_bench_db(raw_bench_connection *connection);

/// Runs a script without results. Returns an SQLite result code.
int32_t raw_bench_exec(raw_bench_connection *connection, const char *sql);

/// wrapper.insert: BEGIN IMMEDIATE, one prepared INSERT reused for every row (text bound
/// with SQLITE_TRANSIENT, as the wrapper does), COMMIT. Returns an SQLite result code.
int32_t raw_bench_insert(raw_bench_connection *connection, const raw_bench_rows *rows);

/// wrapper.read: every row of the table, columns read in place (text not copied).
int32_t raw_bench_read(raw_bench_connection *connection, raw_bench_checksum *checksum);

/// wrapper.lookup: one primary-key lookup per id with one reused statement.
int32_t raw_bench_lookup(raw_bench_connection *connection, const int64_t *ids, int64_t count, raw_bench_checksum *checksum);

/// The connection's last error message (valid until the next call on it).
const char *raw_bench_errmsg(raw_bench_connection *connection);

#endif
