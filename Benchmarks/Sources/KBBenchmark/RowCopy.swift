import CKBRawImport
import CRawBenchmark
import Foundation
@_spi(Tools) import MineralKB
import SQLite

/// The rows an import wrote, table by table, as SELECTs on the imported database (with the empty
/// template attached, so the reference data the schema ships with is left out) and the INSERTs
/// that write them again: the input of both baselines, the raw C inserts and the sqlite3 shell's
/// `.import`.
struct RowCopy {
    struct Table {
        let name: String
        let columns: [String]
        let select: String
        let insert: String
    }


    let tables: [Table]
    /// Run in the transaction before the rows and after them, as the importer does: the full-text
    /// indexes of quotes and names are filled in one statement each at the end rather than by their
    /// triggers row by row (the importer's own statements, `KnowledgeBase.deferredIndexes`), and the
    /// planner statistics are computed. Every side does the same work.
    let before: String
    let after: String

    /// Reads the tables' columns from the template (any knowledge base of the current schema).
    init(template: Database) throws {
        var before = "", after = ""
        for index in KnowledgeBase.deferredIndexes {
            guard let trigger = try template.fetchOne(String.self, sql: "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                                                      arguments: [index.trigger]) else { continue }
            let mark = try index.markSQL.flatMap { try template.fetchOne(Int64.self, sql: $0) }
            before += "DROP TRIGGER \(index.trigger);\n"
            after += index.fill.replacingOccurrences(of: "?", with: mark.map(String.init) ?? "NULL") + ";\n\(trigger);\n"
        }
        self.before = before
        self.after = after + "ANALYZE;"
        var tables: [Table] = []
        // The importer's own list, whose order satisfies the foreign keys (sources and entities before
        // what refers to them; places before the places inside them, as ids ascend).
        for name in KnowledgeBase.importedTables {
            var columns: [String] = []
            var keys: [String] = []
            try template.forEachRow(sql: "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [name]) { row in
                let column: String = try row[0]
                columns.append(column)
                if try row[1] as Int > 0 { keys.append(column) }
            }
            let list = columns.joined(separator: ", ")
            let select: String
            if keys == ["id"] {
                select = "SELECT \(list) FROM main.\(name) WHERE id > (SELECT coalesce(max(id), 0) FROM template.\(name)) ORDER BY id"
            } else {
                let match = keys.map { "t.\($0) = x.\($0)" }.joined(separator: " AND ")
                select = "SELECT \(columns.map { "x.\($0)" }.joined(separator: ", ")) FROM main.\(name) AS x "
                    + "WHERE NOT EXISTS (SELECT 1 FROM template.\(name) AS t WHERE \(match)) ORDER BY \(keys.joined(separator: ", "))"
            }
            let insert = "INSERT INTO main.\(name)(\(list)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
            tables.append(Table(name: name, columns: columns, select: select, insert: insert))
        }
        self.tables = tables
    }

    // MARK: - Raw C

    /// Loads the rows into memory (untimed), then inserts them into `target` with plain C (timed).
    /// Returns the seconds the inserts took (wall clock and CPU) and the rows inserted.
    func rawInsert(from source: String, template: String, into target: String, pragmas: String) throws -> (seconds: Double, cpuSeconds: Double, rows: Int) {
        var error = [CChar](repeating: 0, count: 1024)
        let selects = tables.map { strdup($0.select) }
        let inserts = tables.map { strdup($0.insert) }
        defer { for pointer in selects + inserts { free(pointer) } }
        let selectPointers = selects.map { UnsafePointer<CChar>($0) }
        let insertPointers = inserts.map { UnsafePointer<CChar>($0) }
        guard let rows = kb_raw_load(source, template, selectPointers, insertPointers, Int32(tables.count), &error, Int32(error.count)) else {
            throw BenchmarkFailure(description: "raw load: \(RowCopy.message(error))")
        }
        defer { kb_raw_free(rows) }
        guard let connection = raw_bench_open(target, pragmas, &error, Int32(error.count)) else {
            throw BenchmarkFailure(description: "raw open: \(RowCopy.message(error))")
        }
        defer { raw_bench_close(connection) }
        let start = now(), startCPU = cpuSeconds()
        let code = kb_raw_insert(connection, rows, before, after, &error, Int32(error.count))
        let seconds = now() - start, cpu = cpuSeconds() - startCPU
        guard code == 0 else { throw BenchmarkFailure(description: "raw insert failed (\(code)): \(RowCopy.message(error))") }
        return (seconds, cpu, Int(kb_raw_row_count(rows)))
    }

    // MARK: - sqlite3 shell

    /// A shell script that writes every table's rows as CSV files into `directory`.
    func exportScript(template: String, directory: String) -> String {
        var script = "ATTACH DATABASE \(RowCopy.quoted(template)) AS template;\n.headers off\n.mode csv\n"
        for table in tables {
            script += ".once \(RowCopy.quoted(directory + "/" + table.name + ".csv"))\n\(table.select);\n"
        }
        return script
    }

    /// A shell script that `.import`s the CSV files in one transaction. The CSV files carry no NULL
    /// (an empty field is an empty string), so each file goes to a staging table first and then
    /// into its table with empty fields made NULL; nothing in the schema is ever an empty string.
    func importScript(directory: String, pragmas: String) -> String {
        var script = "PRAGMA foreign_keys = ON;\nPRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n\(pragmas);\nBEGIN IMMEDIATE;\n\(before)\n"
        for table in tables {
            let list = table.columns.joined(separator: ", ")
            script += """
                CREATE TEMP TABLE stage AS SELECT \(list) FROM main.\(table.name) WHERE 0;
                .import --csv \(RowCopy.quoted(directory + "/" + table.name + ".csv")) stage
                INSERT INTO main.\(table.name)(\(list)) SELECT \(table.columns.map { "nullif(\($0), '')" }.joined(separator: ", ")) FROM temp.stage;
                DROP TABLE temp.stage;

                """
        }
        return script + after + "\nCOMMIT;\n"
    }

    private static func message(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// Row counts of the copied tables, to check that three databases hold the same.
    func counts(in path: String) throws -> [String: Int] {
        let database = try Database(path: path, mode: .readOnly)
        var result: [String: Int] = [:]
        for table in tables {
            // Table names come from the constant list above.
            result[table.name] = try database.fetchOne(Int.self, sql: "SELECT count(*) FROM \(table.name)") ?? 0
        }
        return result
    }
}
