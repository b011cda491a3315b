import Foundation
import Testing
@testable import MineralKB

/// Issue 12: the answers analysts expect, each point on the fixtures (002 is written for them).
@Suite struct AnswersTests {
    // 1. Presence through projects.
    @Test func aFirmIsActiveWhereItsProjectIs() throws {
        try withFixtures { kb in
            let rows = try kb.firmsActive(in: "Pakistan")
            let indus = rows.filter { $0.organisation.name == "Indus Example Minerals Ltd" }
            let owns = try #require(indus.first { $0.presence == "owns" && $0.viaProject?.name == "Example Valley Copper Project" })
            #expect(owns.place.name == "Example Valley Block")
            #expect(owns.explanation == "via Example Valley Copper Project")
            #expect(owns.sources.map(\.label).contains { $0.hasPrefix("Illustrative fixture: a second") })
            // --direct: only the firm's own presence links, and Indus has none.
            let direct = try kb.firmsActive(in: "Pakistan", filter: FirmFilter(direct: true))
            #expect(!direct.contains { $0.organisation.name == "Indus Example Minerals Ltd" })
            #expect(direct.allSatisfy { $0.viaProject == nil })
            // The view ad-hoc SQL reads holds the same rule.
            let viaView = try kb.database.fetchAll(sql: """
                SELECT DISTINCT via_project FROM firm_presence WHERE within = 'Pakistan' AND organisation = 'Indus Example Minerals Ltd'
                ORDER BY 1
                """) { row -> String in try row[0] }
            #expect(viaView == ["Example Thar Lignite Mine", "Example Valley Copper Project"])
        }
    }

    // 2. Origin through parents.
    @Test func aSubsidiaryIsFromWhereItsParentIs() throws {
        try withFixtures { kb in
            let rows = try kb.firmsActive(in: "Pakistan", filter: FirmFilter(from: "China"))
            let subsidiary = try #require(rows.first { $0.organisation.name == "Example Sino Resources Pakistan (Pvt) Ltd" })
            #expect(subsidiary.origins == ["China via parent Example Sino Resources Group"])
            let direct = try kb.firmsActive(in: "Pakistan", filter: FirmFilter(from: "China", direct: true))
            #expect(!direct.contains { $0.organisation.name == "Example Sino Resources Pakistan (Pvt) Ltd" })
            #expect(direct.contains { $0.organisation.name == "Jiaozuo Creation Heavy Industry Co Ltd" })
            let viaView = try kb.database.fetchAll(sql: """
                SELECT via_parent FROM firm_origins_through_parents
                WHERE organisation_id = (SELECT id FROM organisations WHERE name LIKE 'Example Sino Resources Pakistan%') AND within = 'China'
                """) { row -> String in try row[0] }
            #expect(viaView == ["Example Sino Resources Group"])
        }
    }

    // 3. Minerals by family.
    @Test func aMineralFamilyFindsItsMembers() throws {
        try withFixtures { kb in
            let coal = Set(try kb.firmsActive(in: "Pakistan", filter: FirmFilter(mineral: "coal")).map(\.organisation.name))
            #expect(coal.contains("Example Sino Resources Pakistan (Pvt) Ltd"))  // works lignite through its mine
            #expect(!coal.contains("Example Ironworks Ltd"))
            let iron = Set(try kb.firmsActive(in: "Pakistan", filter: FirmFilter(mineral: "iron")).map(\.organisation.name))
            #expect(iron == ["Example Ironworks Ltd"])  // interested in iron ore
            // Synonyms: brown coal is lignite.
            let lignite = try kb.entity(named: "brown coal", kinds: [.mineral])
            #expect(lignite.name == "lignite")
            let members = try kb.database.fetchAll(sql: "SELECT mineral FROM mineral_family_members WHERE family = 'iron' ORDER BY depth, mineral") { row -> String in try row[0] }
            #expect(members == ["iron", "iron ore", "hematite", "magnetite"])
        }
    }

    // 4. A place's report lists its projects, with stakes, and the firms active there.
    @Test func aPlaceReportShowsItsProjectsAndTheirHolders() throws {
        try withFixtures { kb in
            let report = try kb.report(for: "Sindh")
            let mine = try #require(report.projectsWithin.first { $0.project.name == "Example Thar Lignite Mine" })
            #expect(mine.place.name == "Example Thar Block")
            #expect(mine.stakes.map { "\($0.organisation.name) \($0.relation) \($0.sharePercent.map { String(Int($0)) } ?? "-")" } == [
                "Example Sino Resources Pakistan (Pvt) Ltd operates -",
                "Example Sino Resources Pakistan (Pvt) Ltd owns 51",
                "Indus Example Minerals Ltd owns 49",
            ])
            #expect(report.firmsWithin.contains { $0.organisation.name == "Indus Example Minerals Ltd" && $0.viaProject?.name == "Example Thar Lignite Mine" })
            let balochistan = try kb.report(for: "Pakistan")
            #expect(Set(balochistan.projectsWithin.map(\.project.name)) == ["Example Thar Lignite Mine", "Example Valley Copper Project"])
            #expect(try kb.report(for: "Jiaozuo Creation").projectsWithin.isEmpty)
        }
    }

    // 12. Roles by date; paths that keep to business links or include the hierarchy.
    @Test func rolesReadInOrderOfDate() throws {
        try withFixtures { kb in
            let report = try kb.report(for: "Example Analyst Person")
            let roles = try #require(report.linkGroups.first { $0.category == "affiliation" }).links
            #expect(roles.map(\.since?.date) == ["2015", "2020", "2023"])
        }
    }

    @Test func aPathCanKeepToBusinessLinks() throws {
        try withFixtures { kb in
            let withHierarchy = try #require(try kb.shortestPath(from: "Example Thar Block", to: "Pakistan", via: .hierarchy))
            #expect(withHierarchy.map(\.connection.relation) == ["part_of", "part_of"])
            let business = try #require(try kb.shortestPath(from: "Example Thar Block", to: "Pakistan", via: .business))
            #expect(!business.contains { $0.connection.relation == "part_of" || $0.connection.relation == "mentioned" })
            #expect(business.map(\.connection.relation) == ["located_in", "owns", "based_in"])
        }
    }
}
