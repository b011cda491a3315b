import Foundation
import Testing

/// Issue 13.4 and 13.6: one name per field in every format, null keys kept, column order kept, dates
/// in one voice; every --format json writes its whole result to standard output.
@Suite struct OneVoiceTests {
    static let listings: [[String]] = [
        ["firms", "--active-in", "Pakistan"], ["quotes", "--mentions", "copper"], ["quotes", "--search", "copper"],
        ["path", "Min Ziheng", "Karachi"], ["schema", "--table", "links"], ["stats"],
    ]

    @Test(arguments: listings)
    func everyFormatHasTheSameColumnsInTheSameOrder(_ arguments: [String]) throws {
        let workspace = try Workspace()
        let table = try workspace.run(arguments + ["--format", "table"])
        let csv = try workspace.run(arguments + ["--format", "csv"])
        let markdown = try workspace.run(arguments + ["--format", "markdown"])
        let json = try workspace.run(arguments + ["--format", "json"])
        let jsonl = try workspace.run(arguments + ["--format", "jsonl"])
        let tableHeader = try #require(table.output.split(separator: "\n").first).split(separator: " ").map(String.init)
        let csvHeader = try #require(csv.output.components(separatedBy: "\r\n").first).components(separatedBy: ",")
        let markdownHeader = try #require(markdown.output.split(separator: "\n").first).split(separator: "|")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(tableHeader == csvHeader)
        #expect(markdownHeader == csvHeader)
        // JSON keys in column order, every key on every row (null kept): read them in order from the text.
        for line in jsonl.output.split(separator: "\n") {
            #expect(OneVoiceTests.keys(ofObject: String(line)) == csvHeader)
        }
        let rows = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [[String: Any]])
        #expect(rows.count == jsonl.output.split(separator: "\n").count)
        #expect(rows.allSatisfy { Set($0.keys) == Set(csvHeader) })
    }

    @Test func aDateIsADateAndAQualifierInEveryFormat() throws {
        let workspace = try Workspace()
        let csv = try workspace.run("firms", "--active-in", "Pakistan", "--columns", "presence,since,since_qualifier,until", "--format", "csv")
        #expect(csv.output.contains("operates_in,2006,before,\r\n"))
        #expect(csv.output.contains("operates_in,2004,,\r\n"))
        let json = try workspace.run("firms", "--active-in", "Pakistan", "--columns", "presence,since,since_qualifier,until", "--format", "jsonl")
        #expect(json.output.contains(#"{"presence":"operates_in","since":"2006","since_qualifier":"before","until":null}"#))
        #expect(json.output.contains(#"{"presence":"operates_in","since":"2004","since_qualifier":null,"until":null}"#))
        let table = try workspace.run("firms", "--active-in", "Pakistan", "--columns", "presence,since,since_qualifier")
        #expect(table.output.contains("operates_in     2006   before\n"))
        // The report keeps the same two keys for its links.
        let report = try workspace.run("report", "JCHI", "--format", "json")
        #expect(report.output.contains(#""since": "2006","#))
        #expect(report.output.contains(#""since_qualifier": "before","#))
    }

    @Test func theReportJSONKeepsItsKeysInOrderWithNulls() throws {
        let workspace = try Workspace()
        let result = try workspace.run("report", "Karachi", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect(object["neighbourhood"] is NSNull)
        #expect(object["description"] is NSNull)
        let keys = OneVoiceTests.keys(ofObject: result.output)
        #expect(keys == ["entity", "description", "aliases", "facts", "sources", "links", "forums", "quotes_by", "quotes_about",
                         "firms_within", "neighbourhood"])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links.allSatisfy { $0["share_percent"] != nil && $0["until_qualifier"] != nil })
        let firms = try #require(object["firms_within"] as? [[String: Any]])
        #expect(firms.first?["organisation"] as? String == "Jiaozuo Creation Heavy Industry Co Ltd")
    }

    @Test(arguments: [
        ["firms", "--active-in", "Pakistan"], ["quotes"], ["path", "JCHI", "copper"], ["schema"], ["stats"], ["check"],
        ["report", "JCHI", "--depth", "2"], ["sql", "SELECT * FROM minerals LIMIT 3"],
    ])
    func jsonGoesWholeToStandardOutput(_ arguments: [String]) throws {
        let workspace = try Workspace()
        let result = try workspace.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try JSONSerialization.jsonObject(with: result.standardOutput) is [Any] || arguments[0] == "report")
        #expect(!result.error.contains("{"))
    }

    @Test func checkWritesItsProblemsAsJSONToStandardOutput() throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace()
        let good = try workspace.run("check", "--format", "json")
        #expect(good.status == 0)
        #expect(good.output == "[]\n")
        try SQLite3Shell.execute("PRAGMA foreign_keys = OFF; DELETE FROM people;", database: workspace.databaseURL)
        let bad = try workspace.run("check", "--format", "json")
        #expect(bad.status == 1)
        let problems = try #require(try JSONSerialization.jsonObject(with: bad.standardOutput) as? [[String: Any]])
        #expect(problems.contains { $0["check"] as? String == "entities" })
        #expect(bad.error.contains("problem"))
        #expect(!bad.error.contains("has no row in people"))
    }

    /// The top-level keys of the first JSON object in `text`, in the order written.
    static func keys(ofObject text: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var index = text.startIndex
        var inString = false
        var stringStart = index
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if character == "\\" { index = text.index(after: index) } else if character == "\"" {
                    inString = false
                    let rest = text[text.index(after: index)...].drop { $0 == " " }
                    if depth == 1 && rest.first == ":" { keys.append(String(text[text.index(after: stringStart)..<index])) }
                }
            } else if character == "\"" {
                inString = true
                stringStart = index
            } else if character == "{" || character == "[" {
                depth += 1
            } else if character == "}" || character == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index = text.index(after: index)
        }
        return keys
    }
}
