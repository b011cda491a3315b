import Foundation
import Testing

/// `mkb search`, "did you mean" for unknown names, and #ID names, end to end through the binary.
@Suite struct SearchCommandTests {
    @Test func searchFindsTheFirmFromAMisspellingAndFromAPart() throws {
        let workspace = try Workspace()
        for text in ["Jiaozou Creation", "creation"] {
            let result = try workspace.run("search", text)
            #expect(result.status == 0)
            let first = result.output.split(separator: "\n").dropFirst(2).first ?? ""
            #expect(first.contains("organisation") && first.contains("Jiaozuo Creation Heavy Industry Co Ltd") && first.contains("#"), "\(text): \(result.output)")
            #expect(first.contains("company, from China"))
        }
        let json = try workspace.run("search", "creation", "--kind", "organisation", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["kind"] as? String == "organisation" })
        #expect(try workspace.run("search", "?!").status == 1)
        #expect(try workspace.run("search", "x", "--kind", "planet").status == 2)
    }

    @Test func anUnknownNameSuggestsTheClosestAndAnIdIsAName() throws {
        let workspace = try Workspace()
        let unknown = try workspace.run("report", "Jiaozou Creation")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("did you mean"))
        #expect(unknown.error.contains("Jiaozuo Creation Heavy Industry Co Ltd — organisation"))
        let firms = try workspace.run("firms", "--active-in", "Pakistn")
        #expect(firms.status == 1 && firms.error.contains("Pakistan — place"))
        // The id a report prints is a name every command takes.
        let report = try workspace.run("report", "Min Ziheng")
        let id = try #require(report.output.range(of: #"person #\d+"#, options: .regularExpression).map { report.output[$0].filter(\.isNumber) })
        let byID = try workspace.run("report", "#\(id)")
        #expect(byID.status == 0 && byID.output == report.output)
        let quotes = try workspace.run("quotes", "--by", "#\(id)")
        #expect(quotes.status == 0 && quotes.output.contains("vast mineral resources"))
        #expect(try workspace.run("report", "#99999999").status == 1)
    }
}
