import Foundation
import Testing

/// `mkb import --format csv`: the claims table analysts keep, one row per claim.
@Suite struct CSVImportTests {
    static let claims = """
        from,relation,to,role,share,since,since_qualifier,status,source_url,source_title,source_published,evidence
        Reko Diq Mining Company,owns,Reko Diq,,50,2022,,,https://example.org/a,Barrick and Pakistan sign,2022-12-15,"Barrick holds 50%, the rest is Pakistani"
        Barrick Gold,owns,Reko Diq,operator,50,2022,about,active,https://example.org/a,Barrick and Pakistan sign,2022-12-15,
        Mark Bristow,works_at,Barrick Gold,President and CEO,,,,,https://example.org/b,Interview,2024-01,"said Mark Bristow, president and CEO"
        Barrick Gold,operates_in,PK-BA,,,2022,,,,,,
        Barrick Gold,has_office_in,iso3166:PK-SD,,,,,,,,,
        """

    @Test func rowsBecomeClaimsWithTheirSourcesInOneImport() throws {
        let workspace = try Workspace()
        try Data(CSVImportTests.claims.utf8).write(to: workspace.directory.appendingPathComponent("claims.csv"))
        let result = try workspace.run("import", "--format", "csv", "claims.csv")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("imported 3 documents"))
        let stakes = try workspace.run("sql", "SELECT organisation, project, share_percent, since, since_qualifier, detail, source, evidence FROM stakes WHERE project = 'Reko Diq' ORDER BY organisation",
                                       "--format", "csv")
        #expect(stakes.output.contains("\"Barrick Gold\",\"Reko Diq\",50.0,2022,about,operator,\"Barrick and Pakistan sign\","))
        #expect(stakes.output.contains("\"Barrick holds 50%, the rest is Pakistani\""))
        let people = try workspace.run("sql", "SELECT person, organisation, title, source FROM affiliations WHERE person = 'Mark Bristow'", "--format", "csv")
        #expect(people.output.contains("\"Mark Bristow\",\"Barrick Gold\",\"President and CEO\",Interview"))
        // A row without a source is backed by the file itself, a dataset source.
        let presence = try workspace.run("firms", "--active-in", "Pakistan", "--format", "csv")
        #expect(presence.output.contains("Barrick Gold"))
        // An end named by identifier is the entity that carries it, never a new one called "iso3166:PK-SD".
        let sindh = try workspace.run("firms", "--active-in", "Sindh", "--format", "csv")
        #expect(sindh.output.contains("Barrick Gold"))
        #expect(try workspace.run("sql", "SELECT count(*) FROM entities WHERE name LIKE 'iso3166%'", "--format", "csv").output.contains("\n0"))
        #expect(try workspace.run("sql", "SELECT source_type FROM sources WHERE title = 'claims.csv'", "--format", "csv").output.contains("dataset"))
        // The same table again changes nothing.
        #expect(try workspace.run("import", "--format", "csv", "claims.csv").output.contains("nothing new"))
    }

    @Test func problemsNameRowAndColumnAndNothingIsWritten() throws {
        let workspace = try Workspace()
        let before = try workspace.run("stats", "--format", "csv").output
        let text = """
            from,relation,to,share,since,status
            Barrick Gold,owns,Reko Diq,140,2022,
            Barrick Gold,owns,,,,
            Barrick Gold,digs,Reko Diq,,,
            Somebody,organised,Pak-China Mineral Cooperation Forum,,,
            Barrick Gold,owns,Reko Diq,,22 March,closed
            """
        try Data(text.utf8).write(to: workspace.directory.appendingPathComponent("bad.csv"))
        let result = try workspace.run("import", "--format", "csv", "bad.csv")
        #expect(result.status == 1)
        let lines = result.error
        #expect(lines.contains("bad.csv: row 2, column \"share\": expected a share in percent from 0 to 100"))
        #expect(lines.contains("bad.csv: row 3, column \"to\": empty"))
        #expect(lines.contains("bad.csv: row 4, column \"relation\": unknown relation \"digs\""))
        #expect(lines.contains("bad.csv: row 5, column \"from\": \"Somebody\" is not in the knowledge base, and organised allows organisation or person"))
        #expect(lines.contains("bad.csv: row 6, column \"since\": expected a date"))
        #expect(lines.contains("bad.csv: row 6, column \"status\": expected active, former or planned"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)

        try Data("from,relation,to,colour\n".utf8).write(to: workspace.directory.appendingPathComponent("header.csv"))
        #expect(try workspace.run("import", "--format", "csv", "header.csv").error.contains("row 1, column \"colour\": unknown column"))
        try Data("from,relation,to\n\"Barrick Gold,owns,Reko Diq\n".utf8).write(to: workspace.directory.appendingPathComponent("quote.csv"))
        #expect(try workspace.run("import", "--format", "csv", "quote.csv").error.contains("row 2: a quoted field is not closed"))
    }

    @Test func aNameTheImporterCannotResolveIsReportedAtItsRowAndColumn() throws {
        let workspace = try Workspace()
        // "Punjab" is a province of Pakistan and of India: the importer refuses to guess, and the
        // problem comes back at the CSV's row and column, not at a JSON path.
        try Data("from,relation,to\nIndus Example Minerals Ltd,operates_in,Punjab\n".utf8)
            .write(to: workspace.directory.appendingPathComponent("ambiguous.csv"))
        let result = try workspace.run("import", "--format", "csv", "ambiguous.csv")
        #expect(result.status == 1)
        #expect(result.error.contains("ambiguous.csv: row 2, column \"to\":"), "\(result.error)")
        #expect(!result.error.contains("$.links"))
    }
}
