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
}
