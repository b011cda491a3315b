import Foundation
import Testing

/// Issue 13.7: reports without reference geography unless asked, filtered by category, and worded once.
@Suite struct ReportNoiseTests {
    @Test func aDepthTwoReportLeavesTheHierarchyOutUnlessAsked() throws {
        let workspace = try Workspace()
        let plain = try workspace.run("report", "JCHI", "--depth", "2")
        #expect(plain.status == 0)
        #expect(!plain.output.contains("part_of"))
        #expect(plain.output.contains("Within 2 steps"))
        let withHierarchy = try workspace.run("report", "JCHI", "--depth", "2", "--include", "hierarchy")
        #expect(withHierarchy.output.contains("Karachi (place) —part_of→ Sindh (place)"))
        #expect(withHierarchy.output.split(separator: "\n").count > plain.output.split(separator: "\n").count)
        let json = try workspace.run("report", "JCHI", "--depth", "2", "--format", "json")
        #expect(!json.output.contains(#""relation": "part_of""#))
    }

    @Test func onlyKeepsTheCategoriesAsked() throws {
        let workspace = try Workspace()
        let result = try workspace.run("report", "JCHI", "--depth", "2", "--only", "presence")
        #expect(result.status == 0)
        #expect(result.output.contains("\nPresence\n"))
        for heading in ["\nPeople\n", "\nMinerals\n", "\nOrigin\n", "\nProjects and stakes\n", "\nPartners\n"] {
            #expect(!result.output.contains(heading), "\(heading)")
        }
        let connections = result.output.split(separator: "\n").filter { $0.contains("—") && $0.contains("→") }
        #expect(!connections.isEmpty)
        #expect(connections.allSatisfy { $0.contains("—has_office_in→") || $0.contains("—operates_in→") || $0.contains("—has_project_in→") })
        let unknown = try workspace.run("report", "JCHI", "--only", "gossip")
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("choose from: affiliation"))
    }

    @Test func anOfficeIsListedOnceForItsPlace() throws {
        let workspace = try Workspace()
        let karachi = try workspace.run("report", "Karachi")
        #expect(karachi.output.components(separatedBy: "Jiaozuo Creation Heavy Industry Co Ltd (organisation) has").count == 2)
        #expect(!karachi.output.contains("has office in"))
        // Pakistan lists the office in Karachi among the firms of the places within it, in words.
        let pakistan = try workspace.run("report", "Pakistan")
        #expect(pakistan.output.contains("Firms present in places within Pakistan"))
        #expect(pakistan.output.contains("Jiaozuo Creation Heavy Industry Co Ltd (organisation) has an office in Karachi (place)"))
    }

    @Test func datesAndHeadingsReadAsWords() throws {
        let workspace = try Workspace()
        let forum = try workspace.run("report", "Pak-China Mineral Cooperation Forum")
        #expect(forum.output.contains("starts: 2026-01-29 or before"))
        #expect(!forum.output.contains("(before)"))
        let copper = try workspace.run("report", "copper")
        #expect(!copper.output.contains("\nMinerals\n"))
        #expect(copper.output.contains("\nWho holds, produces or works it\n"))
    }
}
