import Foundation
import Testing

/// The firms page asks the library for one page at a time: its pages, HTML and JSON, add up to the
/// list `mkb firms` prints, in the same order, with next and previous links between them.
@Suite(.serialized) struct FirmsPagingTests {
    /// 300 firms with two presences each in Pakistan: enough rows that the first pages are found by
    /// walking firms by name and the later ones from the place, so the pages stitch both plans.
    static let document: String = {
        let firms = (0..<300).map { #"{"name": "Paging Firm \#(String(format: "%03d", $0))", "type": "company"}"# }
        let links = (0..<300).flatMap { n -> [String] in
            let firm = "Paging Firm \(String(format: "%03d", n))"
            return [#"{"from": "\#(firm)", "relation": "operates_in", "to": "Pakistan", "since": "\#(2000 + n % 20)"}"#,
                    #"{"from": "\#(firm)", "relation": "has_office_in", "to": "\#(n % 2 == 0 ? "Karachi" : "Sindh")"}"#]
        }
        return #"{"source": {"title": "Paging", "published": "2026-03-01", "reference": "paging-1"}, "organisations": [\#(firms.joined(separator: ","))], "links": [\#(links.joined(separator: ","))]}"#
    }()

    @Test func pagesAddUpToTheWholeListWithLinksBetweenThem() async throws {
        let workspace = try WebWorkspace(extraDocuments: ["paging.json": FirmsPagingTests.document])
        let server = try RunningServer(database: workspace.database)
        defer { server.stop() }
        // The whole list as mkb firms prints it, unpaged.
        let cli = try Built.run("mkb", ["firms", "--active-in", "Pakistan", "--format", "jsonl", "--columns", "organisation,place,presence",
                                        "--db", workspace.database.path], in: workspace.directory)
        #expect(cli.status == 0, "\(cli.error)")
        let whole = try cli.output.split(separator: "\n").map { line -> String in
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(row["organisation"] ?? "")|\(row["place"] ?? "")|\(row["presence"] ?? "")"
        }
        #expect(whole.count > 600)

        // The JSON twin, page by page.
        var paged: [String] = []
        var page = 1
        while true {
            let answer = try await server.get("/firms.json?in=Pakistan&page=\(page)")
            #expect(answer.status == 200)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
            let firms = try #require(body["firms"] as? [[String: Any]])
            #expect(body["page"] as? Int == page)
            #expect(body["per_page"] as? Int == 50)
            let hasNext = try #require(body["has_next"] as? Bool)
            #expect(firms.count == (hasNext ? 50 : whole.count - (page - 1) * 50), "page \(page)")
            for firm in firms {
                let organisation = (firm["organisation"] as? [String: Any])?["name"] as? String ?? ""
                let place = (firm["place"] as? [String: Any])?["name"] as? String ?? ""
                paged.append("\(organisation)|\(place)|\(firm["presence"] ?? "")")
            }
            if !hasNext { break }
            page += 1
            if page > 100 { Issue.record("no last page"); break }
        }
        #expect(page == (whole.count + 49) / 50)
        #expect(paged == whole)

        // The HTML pages: next links from the first to the last, previous links back.
        var path = "/firms?in=Pakistan"
        var seen = 0
        var names: [String] = []
        while true {
            let html = try await server.get(path).body
            seen += 1
            names += FirmsPagingTests.firmNames(in: html)
            let previous = link(named: "← previous page", in: html)
            #expect((previous != nil) == (seen > 1), "\(path)")
            if let previous { #expect(previous.contains("page=\(seen - 1)") && previous.contains("in=Pakistan"), "\(previous)") }
            guard let next = link(named: "next page →", in: html) else { break }
            #expect(next.contains("page=\(seen + 1)") && next.contains("in=Pakistan"), "\(next)")
            path = next
        }
        #expect(seen == page)
        #expect(names == whole.map { String($0.split(separator: "|", omittingEmptySubsequences: false)[0]) })

        // Past the end: an empty page, said in words, and no next page.
        let beyond = try await server.get("/firms?in=Pakistan&page=\(page + 1)").body
        #expect(beyond.contains("No more firms.") && link(named: "next page →", in: beyond) == nil)
        let beyondJSON = try #require(try JSONSerialization.jsonObject(with: Data(try await server.get("/firms.json?in=Pakistan&page=\(page + 1)").body.utf8)) as? [String: Any])
        #expect((beyondJSON["firms"] as? [Any])?.isEmpty == true && beyondJSON["has_next"] as? Bool == false)
        // The filters stay in the links: the next page of the firms in Karachi as of 2030.
        let filtered = try await server.get("/firms?in=Karachi&as_of=2030").body
        let next = try #require(link(named: "next page →", in: filtered))
        #expect(next.contains("in=Karachi") && next.contains("as_of=2030") && next.contains("page=2"))
        for bad in ["0", "-1", "x", "99999999999999999999"] {
            #expect(try await server.get("/firms?in=Pakistan&page=\(bad)").status == 400, "page=\(bad)")
        }
    }

    /// The organisation column of the firms table, in order.
    static func firmNames(in html: String) -> [String] {
        guard let table = html.range(of: "<table>"), let end = html.range(of: "</table>", range: table.upperBound..<html.endIndex) else { return [] }
        return html[table.upperBound..<end.lowerBound].components(separatedBy: "<tr><td>").dropFirst().compactMap { row in
            guard let open = row.range(of: "\">"), let close = row.range(of: "</a>") else { return nil }
            return String(row[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}
