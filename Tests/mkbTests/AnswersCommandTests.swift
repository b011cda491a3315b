import Foundation
import Testing

/// Issue 12 through the built `mkb`: each point answered by a purpose-built command, no SQL.
@Suite struct AnswersCommandTests {
    /// The README's first command lists Indus Example Minerals, with the project in the detail.
    @Test func theReadmesFirstCommandListsAFirmActiveThroughItsProject() throws {
        let workspace = try Workspace()
        let firms = try workspace.run("firms", "--active-in", "Pakistan", "--format", "csv")
        #expect(firms.status == 0)
        let indus = firms.output.components(separatedBy: "\r\n").filter { $0.hasPrefix("Indus Example Minerals Ltd,") }
        #expect(indus.contains { $0.contains(",owns,via Example Valley Copper Project,Example Valley Block,") })
        let direct = try workspace.run("firms", "--active-in", "Pakistan", "--direct", "--format", "csv")
        #expect(!direct.output.contains("Indus Example Minerals"))
    }

    @Test func fromChinaFindsASubsidiaryOfAChineseGroupAndSaysWhy() throws {
        let workspace = try Workspace()
        let firms = try workspace.run("firms", "--active-in", "Pakistan", "--from", "China", "--columns", "organisation,from", "--format", "csv")
        #expect(firms.output.contains("Example Sino Resources Pakistan (Pvt) Ltd,China via parent Example Sino Resources Group"))
        let direct = try workspace.run("firms", "--active-in", "Pakistan", "--from", "China", "--direct", "--columns", "organisation", "--format", "csv")
        #expect(!direct.output.contains("Example Sino Resources Pakistan"))
        #expect(direct.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))
    }

    @Test func aMineralFamilyFindsFirmsWorkingItsMembers() throws {
        let workspace = try Workspace()
        let coal = try workspace.run("firms", "--active-in", "Pakistan", "--mineral", "coal", "--columns", "organisation", "--format", "csv")
        #expect(coal.output.contains("Example Sino Resources Pakistan (Pvt) Ltd"))
        let iron = try workspace.run("firms", "--active-in", "Pakistan", "--mineral", "iron", "--columns", "organisation", "--format", "csv")
        #expect(iron.output == "organisation\r\nExample Ironworks Ltd\r\n")
    }

    @Test func aPlacesReportListsItsProjectsWithHoldersAndShares() throws {
        let workspace = try Workspace()
        let report = try workspace.run("report", "Sindh")
        #expect(report.output.contains("Projects in Sindh and the places within it"))
        #expect(report.output.contains("Indus Example Minerals Ltd (organisation) owns — 49% [since 2021]"))
        #expect(report.output.contains("Indus Example Minerals Ltd (organisation) owns Example Thar Lignite Mine (project) in Example Thar Block (place)"))
        let json = try workspace.run("report", "Sindh", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let projects = try #require(object["projects_within"] as? [[String: Any]])
        #expect(projects.count == 1)
    }

    @Test func rolesByDateAndPathsThatKeepToBusinessLinks() throws {
        let workspace = try Workspace()
        let report = try workspace.run("report", "Example Analyst Person").output
        let order = ["finance director", "board member", "chief executive"].compactMap { report.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        let business = try workspace.run("path", "Example Thar Block", "Pakistan", "--via", "business", "--columns", "relation", "--format", "csv")
        #expect(business.output == "relation\r\nlocated_in\r\nowns\r\nbased_in\r\n")
        let hierarchy = try workspace.run("path", "Example Thar Block", "Pakistan", "--via", "hierarchy", "--columns", "relation", "--format", "csv")
        #expect(hierarchy.output == "relation\r\npart_of\r\npart_of\r\n")
        let wrong = try workspace.run("path", "Example Thar Block", "Pakistan", "--via", "rumour")
        #expect(wrong.status == 2)
    }

    @Test func reportsSayFormerNamesHoldingsCertaintyAndWhereParentsComeFrom() throws {
        let workspace = try Workspace()
        let barrick = try workspace.run("report", "Barrick").output
        #expect(barrick.contains("formerly Barrick Gold Corporation (until 2025)"))
        #expect(barrick.contains("through Example Chagai Holdings Ltd (organisation)"))
        // 7: publisher and date beside the source's title.
        #expect(barrick.contains("Illustrative fixture: answers analysts expect (hand-written, not a real report) — MineralKB fixtures, 2026-03"))
        let inferred = try workspace.run("report", "Example Ironworks Ltd").output
        #expect(inferred.contains("operates in Khyber Pakhtunkhwa (place) (inferred)"))
        #expect(inferred.contains("(note: the article names a plant near Peshawar; the province is our reading)"))
        let markdown = try workspace.run("report", "Example Ironworks Ltd", "--format", "markdown").output
        #expect(markdown.contains("[inferred]"))
        let background = try workspace.run("report", "Example Chagai Block").output
        #expect(background.contains("parent: in Balochistan as background knowledge (no source states it)"))
        let stated = try workspace.run("firms", "--active-in", "Pakistan", "--stated-only", "--columns", "organisation", "--format", "csv")
        #expect(!stated.output.contains("Example Ironworks Ltd"))
        let all = try workspace.run("firms", "--active-in", "Pakistan", "--columns", "organisation,certainty", "--format", "csv")
        #expect(all.output.contains("Example Ironworks Ltd,inferred"))
        let json = try workspace.run("report", "Barrick", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links.contains { ($0["through"] as? [String: Any])?["name"] as? String == "Example Chagai Holdings Ltd" })
    }

    @Test func wrongNewFieldsAreRefusedWithWhereAndWhy() throws {
        let workspace = try Workspace()
        let before = try workspace.run("stats", "--format", "csv").output
        let bad = workspace.directory.appendingPathComponent("bad.json")
        try Data(#"""
            {"source": {"title": "Bad new fields", "date_basis": "rumour"},
             "organisations": [{"name": "Bad Example Co", "other_names": [{"name": "Old Bad Co", "kind": "nickname"}]}],
             "places": [{"name": "Bad Example Site", "in_basis": "background"}],
             "links": [{"from": "Bad Example Co", "relation": "operates_in", "to": "Pakistan", "certainty": "sure",
                        "through": "Indus Example Minerals Ltd"}]}
            """#.utf8).write(to: bad)
        let result = try workspace.run("import", bad.path)
        #expect(result.status == 1)
        for expected in ["$.source.date_basis: expected one of", "$.organisations[0].other_names[0].kind: expected one of",
                         "$.places[0]: \"in_basis\", \"in_certainty\" and \"in_note\" describe \"in\"",
                         "$.links[0].certainty: expected one of"] {
            #expect(result.error.contains(expected), "\(expected)\n\(result.error)")
        }
        #expect(try workspace.run("stats", "--format", "csv").output == before)
        // A holding company only for an organisation's stake in a project.
        try Data(#"""
            {"source": {"title": "Bad through"},
             "links": [{"from": "Example Ironworks Ltd", "relation": "operates_in", "to": "Pakistan", "through": "Indus Example Minerals Ltd"}]}
            """#.utf8).write(to: bad)
        let through = try workspace.run("import", bad.path)
        #expect(through.status == 1)
        #expect(through.error.contains("$.links[0].through: a holding company is named only for an organisation's stake in a project"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)
    }

    @Test func quotesShowFragmentsAttributionAndRewordingInEveryFormat() throws {
        let workspace = try Workspace()
        for format in ["table", "csv", "markdown", "json", "jsonl"] {
            let result = try workspace.run("quotes", "--search", "rich in minerals", "--format", format)
            #expect(result.status == 0)
            #expect(result.output.contains("rewording of Associated Press of Pakistan, Islamabad, 2026-01-29"), "\(format)")
        }
        let report = try workspace.run("report", "Min Ziheng").output
        #expect(report.contains("“a strong basis for long-term partnership” (fragment)"))
        #expect(report.contains("attributed implicitly: the sentence before names him; this one does not"))
        #expect(report.contains("rewording of the quote as printed by Associated Press of Pakistan, Islamabad, 2026-01-29"))
        let columns = try workspace.run("quotes", "--columns", "text,spoken_by,printed_in", "--format", "csv").output
        #expect(columns.contains("We intend to invest in Balochistan's mines,organisation,"))
        #expect(columns.contains("Mineral exports rose in 2025,document,the (fictional) Example Ministry of Mines' annual report"))
    }
}
