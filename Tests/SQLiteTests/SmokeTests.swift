import Foundation
import Testing
@testable import SQLite

@Test func roundTripOnAFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("smoke-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let db = try Database(path: path)
    try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, blob BLOB); ")
    try db.execute(sql: "INSERT INTO t(name, blob) VALUES (?, ?)", arguments: ["کراچی 焦作 🪨", Data([0, 1, 0])])
    try db.execute(sql: "INSERT INTO t(name, blob) VALUES (:n, :b)", arguments: ["n": "", "b": nil as Data?])
    let rows = try db.fetchAll(sql: "SELECT id, name, blob FROM t ORDER BY id") { row in
        (try row[0] as Int64, try row["name"] as String, try row[2] as Data?)
    }
    #expect(rows.count == 2)
    #expect(rows[0].1 == "کراچی 焦作 🪨")
    #expect(rows[0].2 == Data([0, 1, 0]))
    #expect(rows[1].1 == "")
    #expect(rows[1].2 == nil)
    #expect(throws: SQLiteError.self) { try db.makeStatement(sql: "SELECT 1; DROP TABLE t") }
}
