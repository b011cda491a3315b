import Foundation
import Testing

/// `mkb firms` and `mkb quotes` print long lists in pages with --limit and --offset.
@Suite struct PagingCommandTests {
    private func lines(_ result: MKBResult) -> [Substring] { result.output.split(separator: "\r\n") }

    @Test func firmPagesAreSlicesOfTheWholeList() throws {
        let workspace = try Workspace()
        let all = try workspace.run("firms", "--active-in", "Pakistan", "--status", "any", "--format", "csv")
        #expect(all.status == 0, "\(all.error)")
        let rows = lines(all).dropFirst()
        #expect(rows.count >= 4)
        let page = try workspace.run("firms", "--active-in", "Pakistan", "--status", "any", "--format", "csv", "--limit", "2", "--offset", "1")
        #expect(page.status == 0, "\(page.error)")
        #expect(lines(page).first == lines(all).first)
        #expect(Array(lines(page).dropFirst()) == Array(rows.dropFirst(1).prefix(2)))
        // jsonl streams the same rows.
        let jsonl = try workspace.run("firms", "--active-in", "Pakistan", "--status", "any", "--format", "jsonl")
        #expect(jsonl.output.split(separator: "\n").count == rows.count)
    }

    @Test func quotePagesAreSlicesOfTheRankedList() throws {
        let workspace = try Workspace()
        let all = try workspace.run("quotes", "--search", "Pakistan", "--format", "csv")
        #expect(all.status == 0, "\(all.error)")
        let page = try workspace.run("quotes", "--search", "Pakistan", "--format", "csv", "--limit", "1", "--offset", "2")
        #expect(page.status == 0, "\(page.error)")
        #expect(Array(lines(page).dropFirst()) == Array(lines(all).dropFirst(3).prefix(1)))
    }

    @Test(arguments: [["firms", "--active-in", "Pakistan", "--limit", "0"], ["firms", "--active-in", "Pakistan", "--offset", "-1"],
                      ["quotes", "--offset", "-3"], ["quotes", "--limit", "0"]])
    func aWrongPageIsAUsageError(arguments: [String]) throws {
        let result = try Workspace().run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains("--limit") || result.error.contains("--offset"))
    }
}
