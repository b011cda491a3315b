import Foundation
import Testing

/// Where mkb finds its database: --db, then $MKB_DB, then mineral-kb.sqlite in the current directory;
/// and a command that reads never creates a missing one.
@Suite struct DatabaseLocationTests {
    @Test func importThenFirmsInTheCurrentDirectoryWithoutDB() throws {
        let workspace = try Workspace(withFixtures: false)
        let imported = try workspace.run("import", MKB.fixtures.path, database: false)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(workspace.fileExists("mineral-kb.sqlite"))
        let firms = try workspace.run("firms", "--active-in", "Pakistan", database: false)
        #expect(firms.status == 0, "\(firms.error)")
        #expect(firms.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))
    }

    @Test func environmentVariableAndDBOptionChooseTheFile() throws {
        let workspace = try Workspace()
        let fromEnvironment = try workspace.run("stats", database: false, environment: ["MKB_DB": Workspace.databaseName])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.error)")
        #expect(fromEnvironment.output.contains("quotes"))
        #expect(!workspace.fileExists("mineral-kb.sqlite"))

        // --db wins over $MKB_DB.
        let overridden = try workspace.run("stats", "--db", "elsewhere.sqlite", database: false, environment: ["MKB_DB": Workspace.databaseName])
        #expect(overridden.status == 1)
        #expect(overridden.error.contains("elsewhere.sqlite"))
    }

    @Test(arguments: [
        ["firms", "--active-in", "Pakistan"], ["report", "Karachi"], ["quotes"], ["path", "Karachi", "Sindh"],
        ["sql", "SELECT 1"], ["schema"], ["stats"], ["check"], ["export", "--format", "dot"],
    ])
    func readingAMissingDatabaseSaysSoAndCreatesNothing(_ arguments: [String]) throws {
        let workspace = try Workspace(withFixtures: false)
        for database in [["--db", "missing.sqlite"], []] {
            let result = try workspace.run(arguments + database, database: false)
            #expect(result.status == 1)
            #expect(result.error.contains("no database at"), "\(result.error)")
            #expect(result.output.isEmpty)
        }
        #expect(!workspace.fileExists("missing.sqlite"))
        #expect(!workspace.fileExists("mineral-kb.sqlite"))
    }

    @Test func aFileThatIsNotADatabaseIsAUserError() throws {
        let workspace = try Workspace(withFixtures: false)
        try Data("not a database, just text".utf8).write(to: workspace.databaseURL)
        let result = try workspace.run("stats")
        #expect(result.status == 1)
        #expect(result.error.contains("not a MineralKB database"))
    }
}
