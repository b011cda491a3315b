import Foundation
import TestSupport
import Testing
@_spi(Tools) @testable import MineralKB

/// The import path's fast parts must give exactly what the slow, obvious ones gave: the byte-level
/// normaliser what Foundation's folding gives, the JSON parser what JSONSerialization reads, and the
/// streamed import every problem of every document.
@Suite struct FastImportPathTests {
    /// Every ASCII name folds as Foundation folds it.
    @Test func asciiNormalisationMatchesFoundation() {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        let fixed = ["", " ", "A&B", "&", "a & b", "Co., Ltd.", "O'Brien", "`x`", "Pak-China", "  pak  CHINA  ", "x\u{7F}y", "a\tb\nc", "&&", "9-11"]
        var samples = fixed
        for _ in 0..<20_000 {
            let length = Int(next() % 12)
            samples.append(String((0..<length).map { _ in alphabet[Int(next() % 128)] }))
        }
        for sample in samples {
            #expect(NameNormaliser.asciiNormalised(sample) == NameNormaliser.foundationNormalised(sample), "\(sample.debugDescription)")
        }
        #expect(NameNormaliser.asciiNormalised("Zürich") == nil)
        #expect(NameNormaliser.normalise("Zürich") == "zurich")
    }

    /// The parser reads what JSONSerialization reads, value for value.
    @Test func parserAgreesWithJSONSerialization() throws {
        let text = #"""
            {"a": [1, -2.5, 3e2, 0, true, false, null, "x\"y\\z\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {}, "c": [], "é": {"k": "Pak–China"},
             "d": 12345678901234, "e": -0.0, "f": 1E-3}
            """#
        let ours = try JSONValue.parse(Data(text.utf8))
        let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(FastImportPathTests.same(ours, theirs))
        #expect(try JSONValue.parse(Data("\u{FEFF}[1]".utf8)) == .array([.number(1)]))
        let utf16 = try #require("{\"k\": \"v\"}".data(using: .utf16))  // with a byte order mark
        #expect(try JSONValue.parse(utf16) == .object(["k": .string("v")]))
    }

    private static func same(_ ours: JSONValue, _ theirs: Any) -> Bool {
        switch ours {
        case .null: return theirs is NSNull
        case .bool(let value): return (theirs as? Bool) == value
        case .number(let value): return (theirs as? NSNumber)?.doubleValue == value
        case .string(let value): return (theirs as? String) == value
        case .array(let values):
            guard let array = theirs as? [Any], array.count == values.count else { return false }
            return zip(values, array).allSatisfy { same($0, $1) }
        case .object(let fields):
            guard let object = theirs as? [String: Any], object.count == fields.count else { return false }
            return fields.allSatisfy { key, value in object[key].map { same(value, $0) } ?? false }
        }
    }

    /// Malformed JSON is refused with where it went wrong; nothing malformed slips through.
    @Test(arguments: [
        "", " ", "{", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "01", "1.", "-", "1e", "+1", "\"abc", "\"a\u{01}b\"", "\"\\x\"",
        "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "tru", "nul", "[1] 2", "{'a': 1}", "NaN", "1e999", "[" + String(repeating: "[", count: 600),
    ])
    func malformedJSONIsRefused(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(Data(text.utf8)) }
    }

    @Test func invalidUTF8IsRefused() {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22]] {
            #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(Data(bytes)) }
        }
    }

    @Test func syntaxErrorsSayWhere() throws {
        let error = try #require(throws: JSONSyntaxError.self) { try JSONValue.parse(Data("{\n  \"a\": [1, 2\n}".utf8)) }
        #expect(error.line == 3 && error.column == 1)
    }

    /// Files are imported one at a time, yet every problem in every file is still reported and
    /// nothing is written: a resolution problem in an early file, a parse problem in a later one.
    @Test func streamedImportReportsEveryDocumentsProblems() throws {
        let temporary = try TemporaryDirectory(prefix: "mkb-stream")
        defer { withExtendedLifetime(temporary) {} }   // a local lives only to its last use otherwise
        let directory = temporary.url
        let documents = [
            "1.json": #"{"source": {"title": "one"}, "organisations": ["Firm One"], "links": [{"from": "Firm One", "relation": "has_office_in", "to": "Atlantis"}]}"#,
            "2.json": #"{"source": {"title": "two"}, "organisations": ["Firm Two"]}"#,
            "3.json": #"{"source": {"title": "three"}, "links": [{"from": "Firm Two", "relation": "based_in", "to": "Pakistan", "since": "20x6"}]}"#,
            "4.json": #"{"source": {"title": "four"}, "people": [{"nme": "Nobody"}]}"#,
        ]
        for (name, text) in documents { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        try withTemporaryKnowledgeBase { kb in
            let before = try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM entities")
            let error = try #require(throws: ImportError.self) { try kb.importFiles(at: [directory]) }
            let places = error.problems.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent) \($0.path)" }
            #expect(places.contains("1.json $.links[0].to"))
            #expect(places.contains("3.json $.links[0].since"))
            #expect(places.contains("4.json $.people[0].nme"))
            #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM entities") == before)
            #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM organisations") == 0)
        }
    }

    /// The rows an import reports are the rows the tables gained, counted as they are written.
    @Test func rowsAddedMatchTheTablesGrowth() throws {
        try withTemporaryKnowledgeBase { kb in
            for fixture in [seedFixture, overlapFixture, seedFixture] {
                let before = try rowCounts(kb)
                let summary = try kb.importFiles(at: [fixture])
                let after = try rowCounts(kb)
                for table in KnowledgeBase.importedTables {
                    #expect((summary.rowsAdded[table] ?? 0) == (after[table] ?? 0) - (before[table] ?? 0), "\(table)")
                }
            }
            // A bulk import leaves the planner statistics behind.
            #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'links'") ?? 0 > 0)
        }
    }
}
