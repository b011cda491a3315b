#ifndef MINERALKB_CSQLITE_SHIM_H
#define MINERALKB_CSQLITE_SHIM_H

#include <sqlite3.h>

// Swift cannot call C variadic functions nor import macros that are casts,
// so the few we need get a typed inline wrapper here.

/// `SQLITE_TRANSIENT`: SQLite copies the bound bytes before the call returns.
static inline sqlite3_destructor_type csqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// `sqlite3_db_config(db, op, value, &result)` for the integer options
/// (SQLITE_DBCONFIG_DQS_DML, SQLITE_DBCONFIG_DQS_DDL, ...).
static inline int csqlite_db_config_int(sqlite3 *db, int op, int value) {
    int result = 0;
    return sqlite3_db_config(db, op, value, &result);
}

#endif
