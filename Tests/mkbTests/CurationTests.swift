import Foundation
import Testing

/// `mkb retract`, `merge`, `alias`, `rename` and `log`, and an export of a curated base imported
/// into an empty one: issue 11, end to end through `mkb`.
@Suite struct CurationTests {
    static let overlap = "fixtures/001_illustrative_overlap"

    @Test func retractRemovesWhatOnlyTheSourceBacksAndIsRecorded() throws {
        let workspace = try Workspace()
        let before = try workspace.run("stats", "--format", "csv").output
        let dryRun = try workspace.run("retract", CurationTests.overlap, "--dry-run")
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(dryRun.output.hasPrefix("dry run: nothing was written"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)

        let result = try workspace.run("retract", CurationTests.overlap)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("- link: Indus Example Minerals Ltd owns Example Valley Copper Project"))
        #expect(result.output.contains("- entity: Example Valley Copper Project (project #"))
        #expect(result.output.contains("- citation of a link other sources still back: Jiaozuo Creation Heavy Industry Co Ltd is based in China"))
        #expect(dryRun.output.contains(result.output.split(separator: "\n").dropFirst().joined(separator: "\n")))
        #expect(try workspace.run("check").status == 0)
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM sources") == "n\n1\n")
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM projects") == "n\n0\n")
        // The firm both documents report stays, with the link both back; reference places stay.
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM link_details WHERE from_name LIKE 'Jiaozuo%' AND relation = 'based_in'") == "n\n1\n")
        #expect(try IdentityTests.csv(workspace, "SELECT name FROM places WHERE name = 'Balochistan'") == "name\nBalochistan\n")
        let log = try workspace.run("log", "--format", "csv")
        #expect(log.output.contains(",retract,"))
        #expect(try IdentityTests.csv(workspace, "SELECT json_extract(details, '$.facts[0]') IS NOT NULL AS recorded FROM changes") == "recorded\n1\n")

        let unknown = try workspace.run("retract", "no such source")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("no source with the id, url, reference, title or label \"no such source\""))
    }

    @Test func mergeMovesEverythingAndCollapsesDuplicateClaims() throws {
        let workspace = try Workspace()
        // A second firm that is really JCHI under another name, with a claim JCHI already has.
        let duplicate = try IdentityTests.write(#"""
            {"source": {"url": "https://example.com/jc"},
             "organisations": [{"name": "JC Heavy", "ids": ["wikidata:Q999001"]}],
             "people": [{"name": "Zhang Wei"}],
             "links": [{"from": "JC Heavy", "relation": "based_in", "to": "China"},
                       {"from": "Zhang Wei", "relation": "works_at", "to": "JC Heavy", "role": "engineer"}],
             "quotes": [{"speaker": "Zhang Wei", "organisation": "JC Heavy", "text": "We ship drills.", "mentions": ["JC Heavy"]}]}
            """#, as: "dup.json", in: workspace)
        #expect(try workspace.run("import", duplicate).status == 0)
        let claimsBefore = try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM links")

        let result = try workspace.run("merge", "Jiaozuo Creation Heavy Industry", "JC Heavy")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("claim collapsed into one with both sources: Jiaozuo Creation Heavy Industry Co Ltd is based in China"))
        #expect(try workspace.run("check").status == 0)
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM links") == "n\n\((Int(claimsBefore.dropFirst(2).dropLast()) ?? 0) - 1)\n")
        #expect(try IdentityTests.csv(workspace, "SELECT count(DISTINCT source_id) AS n FROM link_details WHERE from_name LIKE 'Jiaozuo%' AND relation = 'based_in'") == "n\n3\n")
        #expect(try IdentityTests.csv(workspace, "SELECT organisation FROM affiliations WHERE person = 'Zhang Wei'") == "organisation\nJiaozuo Creation Heavy Industry Co Ltd\n")
        #expect(try IdentityTests.csv(workspace, "SELECT organisation FROM quote_details WHERE speaker = 'Zhang Wei'") == "organisation\nJiaozuo Creation Heavy Industry Co Ltd\n")
        // DROP's names and identifiers find KEEP; its id is remembered.
        #expect(try workspace.run("report", "JC Heavy").output.hasPrefix("Jiaozuo Creation Heavy Industry Co Ltd — organisation"))
        #expect(try workspace.run("report", "wikidata:Q999001").output.hasPrefix("Jiaozuo Creation Heavy Industry Co Ltd — organisation"))
        #expect(try IdentityTests.csv(workspace, "SELECT name FROM merged_entities") == "name\nJC Heavy\n")
        #expect(try workspace.run("log").output.contains("merged JC Heavy"))

        let otherKinds = try workspace.run("merge", "Min Ziheng", "Karachi")
        #expect(otherKinds.status == 1)
        #expect(otherKinds.error.contains("no person named \"Karachi\""))
    }

    @Test func aliasesAndRenamesAreCheckedAndRecorded() throws {
        let workspace = try Workspace()
        let dryRun = try workspace.run("alias", "add", "Min Ziheng", "Mr Min", "--dry-run")
        #expect(dryRun.status == 0)
        #expect(try workspace.run("report", "Mr Min").status == 1)
        #expect(try workspace.run("alias", "add", "Min Ziheng", "Mr Min").status == 0)
        #expect(try workspace.run("report", "mr. min").output.hasPrefix("Min Ziheng — person"))
        let twice = try workspace.run("alias", "add", "Min Ziheng", "MR MIN")
        #expect(twice.status == 1)
        #expect(twice.error.contains("is already a name of Min Ziheng"))

        #expect(try workspace.run("alias", "remove", "Pakistan", "PAK").status == 0)
        #expect(try workspace.run("report", "PAK").status == 1)
        let canonical = try workspace.run("alias", "remove", "Pakistan", "Pakistan")
        #expect(canonical.status == 1)
        #expect(canonical.error.contains("rename the entity first"))

        #expect(try workspace.run("rename", "copper", "Copper (Cu)").status == 0)
        #expect(try workspace.run("report", "copper").output.hasPrefix("Copper (Cu) — mineral"))
        #expect(try workspace.run("check").status == 0)
        let log = IdentityTests.lines(try workspace.run("log", "--format", "csv").output)
        #expect(log.split(separator: "\n").count == 4)  // header, alias add, alias remove, rename
        #expect(log.contains(",alias add,") && log.contains(",alias remove,") && log.contains(",rename,"))
    }

    @Test func anExportOfACuratedBaseImportsIntoAnEmptyBaseWithTheSameContent() throws {
        let workspace = try Workspace()
        let extra = try IdentityTests.write(#"""
            {"source": {"url": "https://example.com/jc"},
             "organisations": [{"name": "JC Heavy", "ids": ["wikidata:Q999001"]}],
             "links": [{"from": "JC Heavy", "relation": "based_in", "to": "China"}]}
            """#, as: "extra.json", in: workspace)
        #expect(try workspace.run("import", extra).status == 0)
        for command in [["alias", "add", "Pakistan", "Land of the Pure"], ["alias", "remove", "Pakistan", "PAK"],
                        ["rename", "copper", "Copper (Cu)"], ["rename", "JCHI", "Jiaozuo Creation Heavy Industry Co., Ltd."],
                        ["merge", "JCHI", "JC Heavy"], ["retract", CurationTests.overlap]] {
            let result = try workspace.run(command)
            #expect(result.status == 0, "\(command): \(result.error)")
        }
        #expect(try workspace.run("export", "--output", "out").status == 0)
        #expect(workspace.fileExists("out/0000_curation.json"))
        let imported = try MKB.run(["import", "out", "--db", "copy.sqlite"], in: workspace.directory)
        #expect(imported.status == 0, "\(imported.error)")

        let content = [
            "SELECT kind, name FROM entities ORDER BY 1, 2",
            "SELECT e.kind, e.name, a.alias FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id ORDER BY 1, 2, 3",
            "SELECT i.scheme, i.value, e.name FROM identifiers AS i JOIN entities AS e ON e.id = i.entity_id ORDER BY 1, 2",
            "SELECT from_name, relation, to_name, role, since, until, share_percent, source, evidence FROM link_details ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
            "SELECT text, said_on, speaker, organisation, forum, source FROM quote_details ORDER BY 1",
            "SELECT e.name, c.alias, c.action FROM curated_names AS c JOIN entities AS e ON e.id = c.entity_id ORDER BY 1, 2",
            "SELECT label, title, url, reference, published_on FROM sources ORDER BY 1",
        ]
        for sql in content {
            let original = try workspace.run("sql", sql, "--format", "csv")
            let copy = try MKB.run(["sql", sql, "--format", "csv", "--db", "copy.sqlite"], in: workspace.directory)
            #expect(original.status == 0 && copy.status == 0)
            #expect(original.output == copy.output, "\(sql)")
        }
        #expect(try MKB.run(["report", "Land of the Pure", "--db", "copy.sqlite"], in: workspace.directory).output.hasPrefix("Pakistan — place"))
        #expect(try MKB.run(["report", "PAK", "--db", "copy.sqlite"], in: workspace.directory).status == 1)
        #expect(try MKB.run(["log", "--db", "copy.sqlite"], in: workspace.directory).output.contains("merged JC Heavy into Jiaozuo Creation Heavy Industry Co., Ltd."))
        #expect(try MKB.run(["check", "--db", "copy.sqlite"], in: workspace.directory).status == 0)
    }
}
