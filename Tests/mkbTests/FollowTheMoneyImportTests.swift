import Foundation
import Testing

/// `mkb import --format ftm`: FtM entities in, mapped back by the export's own table.
@Suite struct FollowTheMoneyImportTests {
    @Test func roundTripThroughAnEmptyBaseKeepsEverythingFtMHolds() throws {
        let workspace = try Workspace()
        #expect(try workspace.run("export", "--format", "ftm", "--output", "first.ftm.json").status == 0)
        let imported = try workspace.run("import", "--format", "ftm", "first.ftm.json", "--db", "copy.sqlite", database: false)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(try workspace.run("export", "--format", "ftm", "--output", "second.ftm.json", "--db", "copy.sqlite", database: false).status == 0)
        // Names, kinds, relationships, shares, dates, qualifiers, sources and evidence: the same stream, byte for byte.
        let first = try String(contentsOf: workspace.directory.appendingPathComponent("first.ftm.json"), encoding: .utf8)
        let second = try String(contentsOf: workspace.directory.appendingPathComponent("second.ftm.json"), encoding: .utf8)
        #expect(first.split(separator: "\n").count > 30)
        #expect(first == second)
        // And the copy answers the questions the base is for.
        let firms = try workspace.run("firms", "--active-in", "Sindh", "--format", "csv", "--db", "copy.sqlite", database: false)
        #expect(firms.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))
        let stakes = try workspace.run("sql", "SELECT organisation, share_percent, since FROM stakes WHERE relation = 'owns' ORDER BY share_percent",
                                       "--format", "csv", "--db", "copy.sqlite", database: false)
        #expect(stakes.output.contains("\"Jiaozuo Creation Heavy Industry Co Ltd\",40.0,2025"))
        #expect(stakes.output.contains("\"Indus Example Minerals Ltd\",60.0,2025"))
    }

    @Test func aSecondImportMergesInsteadOfDuplicating() throws {
        let workspace = try Workspace()
        #expect(try workspace.run("export", "--format", "ftm", "--output", "kb.ftm.json").status == 0)
        #expect(try workspace.run("import", "--format", "ftm", "kb.ftm.json", "--db", "copy.sqlite", database: false).status == 0)
        let again = try workspace.run("import", "--format", "ftm", "kb.ftm.json", "--db", "copy.sqlite", database: false)
        #expect(again.status == 0)
        #expect(again.output.contains("nothing new"))
        // Into the base it came from: no new entity or link, and nothing the file leaves out (minerals,
        // quotes) is retracted: the entities only gain their FtM ids as identifiers.
        let before = try workspace.run("stats", "--format", "csv").output
        let home = try workspace.run("import", "--format", "ftm", "kb.ftm.json")
        #expect(home.status == 0, "\(home.error)")
        #expect(home.output.contains("new entities: 0"), "\(home.output)")
        #expect(home.output.contains("new links: 0"), "\(home.output)")
        let after = try workspace.run("stats", "--format", "csv").output
        for line in before.split(whereSeparator: \.isNewline) where !line.hasPrefix("identifiers,") && !line.hasPrefix("changes,") {
            #expect(after.contains(line), "\(line) changed: \(after)")
        }
        #expect(try workspace.run("import", "--format", "ftm", "kb.ftm.json").output.contains("nothing new"))
    }

    /// An extract in OpenSanctions' shape: no MineralKB context, datasets instead of documents.
    static let opensanctionsExtract = """
        {"id": "NK-pk-ogdcl", "schema": "Company", "datasets": ["pk_state_enterprises"], "properties": {"name": ["Oil and Gas Development Company Limited"], "alias": ["OGDCL"], "topics": ["gov.soe"], "country": ["pk"]}}
        {"id": "NK-pk-minister", "schema": "Person", "datasets": ["pk_officials"], "properties": {"name": ["Example Minister"], "topics": ["role.pep"]}}
        {"id": "NK-pk-ministry", "schema": "PublicBody", "datasets": ["pk_officials"], "properties": {"name": ["Ministry of Energy (Petroleum Division)"], "country": ["pk"]}}
        {"id": "NK-pk-emp", "schema": "Employment", "datasets": ["pk_officials"], "properties": {"employee": ["NK-pk-minister"], "employer": ["NK-pk-ministry"], "role": ["Federal Minister"], "startDate": ["2024-03"]}}
        {"id": "NK-pk-own", "schema": "Ownership", "datasets": ["pk_state_enterprises"], "properties": {"owner": ["NK-pk-ministry"], "asset": ["NK-pk-ogdcl"], "percentage": ["74.97"]}}
        {"id": "NK-pk-sanction", "schema": "Sanction", "datasets": ["pk_officials"], "properties": {"entity": ["NK-pk-minister"], "authority": ["Nobody"]}}

        """

    @Test func anOpenSanctionsExtractBecomesOneSourcePerDataset() throws {
        let workspace = try Workspace(withFixtures: false)
        try Data(FollowTheMoneyImportTests.opensanctionsExtract.utf8).write(to: workspace.directory.appendingPathComponent("os.json"))
        let result = try workspace.run("import", "--format", "ftm", "os.json")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("1 × Sanction: no MineralKB equivalent"))
        let sources = try workspace.run("sql", "SELECT source_type, title FROM sources ORDER BY title", "--format", "csv")
        #expect(sources.output.contains("dataset,pk_officials"))
        #expect(sources.output.contains("dataset,pk_state_enterprises"))
        let organisations = try workspace.run("sql", "SELECT name, organisation_type FROM organisations ORDER BY name", "--format", "csv")
        #expect(organisations.output.contains("\"Oil and Gas Development Company Limited\",\"state enterprise\""))
        #expect(organisations.output.contains("\"Ministry of Energy (Petroleum Division)\",\"government body\""))
        let links = try workspace.run("sql", "SELECT from_name, relation, to_name, role, share_percent, since FROM link_details ORDER BY relation", "--format", "csv")
        #expect(links.output.contains("\"Oil and Gas Development Company Limited\",subsidiary_of,\"Ministry of Energy (Petroleum Division)\",,74.97,"))
        #expect(links.output.contains("\"Example Minister\",works_at,\"Ministry of Energy (Petroleum Division)\",\"Federal Minister\",,2024-03"))
    }

    /// A schema FtM has but MineralKB does not model is a reported skip; one FtM does not have is a
    /// located problem, exit 1, and nothing is written.
    @Test func anUnknownSchemaIsAProblemAndAnUnmodelledOneIsLeftOut() throws {
        let workspace = try Workspace()
        let before = try workspace.run("stats", "--format", "csv").output
        let modelled = """
            {"id": "c", "schema": "Company", "properties": {"name": ["Vessel Owners Ltd"]}}
            {"id": "v", "schema": "Vessel", "properties": {"name": ["Ore Carrier One"]}}
            {"id": "own", "schema": "Ownership", "properties": {"owner": ["c"], "asset": ["v"]}}

            """
        try Data(modelled.utf8).write(to: workspace.directory.appendingPathComponent("vessel.json"))
        let skipped = try workspace.run("import", "--format", "ftm", "vessel.json", "--dry-run")
        #expect(skipped.status == 0, "\(skipped.error)")
        #expect(skipped.output.contains("left out (no place for them in MineralKB):"))
        #expect(skipped.output.contains("1 × Vessel: no MineralKB equivalent"))
        #expect(skipped.output.contains("1 × Ownership between Company and Vessel: no MineralKB relation"))

        let mistaken = modelled + """
            {"id": "x", "schema": "Compnay", "properties": {"name": ["Typo Mining"]}}
            {"id": "t", "schema": "Thing", "properties": {"name": ["Abstract Thing"]}}
            {"id": "p", "schema": "company", "properties": {"name": ["Lower Case"]}}

            """
        try Data(mistaken.utf8).write(to: workspace.directory.appendingPathComponent("typo.json"))
        let refused = try workspace.run("import", "--format", "ftm", "typo.json")
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(refused.error.contains("typo.json: line 4 (x): schema: \"Compnay\" is not a FollowTheMoney schema an entity can have"),
                "\(refused.error)")
        #expect(refused.error.contains("typo.json: line 5 (t): schema: \"Thing\" is not a FollowTheMoney schema"))
        #expect(refused.error.contains("typo.json: line 6 (p): schema: \"company\" is not a FollowTheMoney schema an entity can have (FtM spells it \"Company\")"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)
    }

    @Test func badLinesAreReportedByLineAndNothingIsWritten() throws {
        let workspace = try Workspace()
        let before = try workspace.run("stats", "--format", "csv").output
        let text = """
            {"id": "a", "schema": "Person", "properties": {"name": ["A Person"]}}
            {"id": "c", "schema": "Company", "properties": {"name": ["C Company"]}}
            not json
            {"id": "o", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["missing"], "percentage": ["lots"]}}
            {"id": "e", "schema": "Employment", "properties": {"employee": ["a"], "employer": ["c"], "startDate": ["sometime"]}}

            """
        try Data(text.utf8).write(to: workspace.directory.appendingPathComponent("bad.json"))
        let result = try workspace.run("import", "--format", "ftm", "bad.json")
        #expect(result.status == 1)
        #expect(result.error.contains("bad.json: line 3: expected one FollowTheMoney entity"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)
        // Once the JSON reads, the mapping's problems are located too.
        try Data(text.replacingOccurrences(of: "not json\n", with: "").utf8).write(to: workspace.directory.appendingPathComponent("bad.json"))
        let mapped = try workspace.run("import", "--format", "ftm", "bad.json")
        #expect(mapped.status == 1)
        #expect(mapped.error.contains("line 3 (o): Ownership refers to \"missing\", which is not in the file"))
        #expect(mapped.error.contains("line 4 (e): startDate: expected a date"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)
    }
}
