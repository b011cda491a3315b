import Foundation
import Testing

/// `mkb export --format ftm`, checked with the real `followthemoney` library and its `ftm` command.
@Suite(.enabled(if: PeerTools.areInstalled, PeerTools.installHint))
struct FollowTheMoneyExportTests {
    /// The exported lines as dictionaries, by id.
    static func entities(_ file: URL) throws -> [String: [String: Any]] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var result: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            result[object["id"] as? String ?? ""] = object
        }
        return result
    }

    static func properties(_ entity: [String: Any]?) -> [String: [String]] {
        entity?["properties"] as? [String: [String]] ?? [:]
    }

    static func first(_ entities: [String: [String: Any]], schema: String, where test: ([String: [String]]) -> Bool) -> [String: Any]? {
        entities.values.first { ($0["schema"] as? String) == schema && test(properties($0)) }
    }

    @Test func everyExportedEntityPassesFollowTheMoneyInStrictMode() throws {
        let workspace = try Workspace()
        let export = try workspace.run("export", "--format", "ftm", "--output", "kb.ftm.json")
        #expect(export.status == 0, "\(export.error)")
        let check = try PeerTools.script("ftm_validate.py", ["kb.ftm.json"], in: workspace.directory)
        #expect(check.status == 0, "followthemoney found problems:\n\(check.output)\(check.error)")
        let summary = try PeerTools.json(check) as? [String: Any]
        let schemata = summary?["schemata"] as? [String: Int] ?? [:]
        #expect(schemata["Ownership"] == 2)
        #expect(schemata["Employment"] == 1)
        #expect(schemata["Event"] == 1)
        #expect(schemata["Person"] == 1)
        #expect(schemata["Article"] == 1)
        #expect(schemata["Document"] == 1)
        #expect(schemata["Asset"] == 1)
        #expect((schemata["Company"] ?? 0) == 2)
        #expect((schemata["UnknownLink"] ?? 0) > 10)
        #expect(schemata.keys.allSatisfy { !$0.isEmpty })
    }

    @Test func entitiesAndLinksCarryWhatTheBaseKnows() throws {
        let workspace = try Workspace()
        #expect(try workspace.run("export", "--format", "ftm", "--output", "kb.ftm.json").status == 0)
        let all = try FollowTheMoneyExportTests.entities(workspace.directory.appendingPathComponent("kb.ftm.json"))
        let props = FollowTheMoneyExportTests.properties

        let firm = try #require(FollowTheMoneyExportTests.first(all, schema: "Company") { $0["name"] == ["Jiaozuo Creation Heavy Industry Co Ltd"] })
        let firmID = try #require(firm["id"] as? String)
        #expect(props(firm)["country"] == ["cn"])
        #expect(props(firm)["alias"]?.contains("JCHI") == true)
        #expect(props(firm)["proof"]?.count == 2)

        let person = try #require(FollowTheMoneyExportTests.first(all, schema: "Person") { $0["name"] == ["Min Ziheng"] })
        let employment = try #require(FollowTheMoneyExportTests.first(all, schema: "Employment") { _ in true })
        #expect(props(employment)["employee"] == [person["id"] as? String ?? ""])
        #expect(props(employment)["employer"] == [firmID])
        #expect(props(employment)["role"] == ["Director Marketing Planning"])
        #expect(props(employment)["date"] == ["2026-01-29"])

        let project = try #require(FollowTheMoneyExportTests.first(all, schema: "Asset") { $0["name"] == ["Example Valley Copper Project"] })
        let stake = try #require(FollowTheMoneyExportTests.first(all, schema: "Ownership") { $0["percentage"] == ["40"] })
        #expect(props(stake)["owner"] == [firmID])
        #expect(props(stake)["asset"] == [project["id"] as? String ?? ""])
        #expect(props(stake)["startDate"] == ["2025"])
        #expect(props(stake)["description"] == ["illustrative: the firm holds the remaining 40%"])
        let proof = try #require(props(stake)["proof"]?.first)
        #expect(all[proof]?["schema"] as? String == "Document")

        let karachi = try #require(FollowTheMoneyExportTests.first(all, schema: "Address") { $0["name"] == ["Karachi"] })
        #expect(props(karachi)["city"] == ["Karachi"])
        #expect(props(karachi)["region"] == ["Sindh"])
        #expect(props(karachi)["country"] == ["pk"])
        #expect(props(karachi)["full"] == ["Karachi, Sindh, Pakistan"])

        let forum = try #require(FollowTheMoneyExportTests.first(all, schema: "Event") { _ in true })
        #expect(props(forum)["involved"] == [person["id"] as? String ?? ""])
        #expect(props(forum)["location"] == ["Islamabad, Pakistan"])
        #expect(props(forum)["date"] == ["2026-01-29"])
        #expect((forum["mineralkb"] as? [String: Any])?["starts_qualifier"] as? String == "before")

        // The qualifier FtM's dates cannot hold travels in MineralKB's context: "over 20 years" is before 2006.
        let engaged = try #require(FollowTheMoneyExportTests.first(all, schema: "UnknownLink") { $0["startDate"] == ["2006"] })
        let context = engaged["mineralkb"] as? [String: Any]
        #expect(context?["since_qualifier"] as? String == "before")
        #expect(context?["relation"] as? String == "operates_in")
        #expect(props(engaged)["summary"] == ["operates in"])

        // Minerals and quotes have no FtM schema: nothing of them is exported.
        #expect(!all.values.contains { props($0)["name"] == ["copper"] })
    }

    @Test func idsAreStableAcrossExports() throws {
        let first = try Workspace()
        let second = try Workspace(withFixtures: false)
        #expect(try first.run("export", "--format", "ftm", "--output", "a.json").status == 0)
        #expect(try first.run("export", "--format", "ftm", "--output", "b.json").status == 0)
        let import2 = try second.run("import", MKB.fixtures.path, database: false)
        #expect(import2.status == 0)
        #expect(try second.run("export", "--format", "ftm", "--output", "c.json", "--db", "mineral-kb.sqlite", database: false).status == 0)
        let a = try Data(contentsOf: first.directory.appendingPathComponent("a.json"))
        #expect(a == (try Data(contentsOf: first.directory.appendingPathComponent("b.json"))))
        #expect(a == (try Data(contentsOf: second.directory.appendingPathComponent("c.json"))))
    }

    @Test func ftmCommandLineTurnsTheStreamIntoAGraph() throws {
        let workspace = try Workspace()
        #expect(try workspace.run("export", "--format", "ftm", "--output", "kb.ftm.json").status == 0)
        let validate = try PeerTools.run("ftm", ["validate", "-i", "kb.ftm.json", "-o", "validated.json"], in: workspace.directory)
        #expect(validate.status == 0, "\(validate.error)")
        let gexf = try PeerTools.run("ftm", ["export-gexf", "-i", "kb.ftm.json", "-o", "ftm.gexf"], in: workspace.directory)
        #expect(gexf.status == 0, "\(gexf.error)")
        let read = try PeerTools.script("graph_read.py", ["gexf", "ftm.gexf"], in: workspace.directory)
        #expect(read.status == 0, "\(read.error)")
        let graph = try PeerTools.json(read) as? [String: Any]
        let nodes = graph?["nodes"] as? [String: [String: Any]] ?? [:]
        let edges = graph?["edges"] as? [[Any]] ?? []
        #expect(nodes.values.contains { $0["label"] as? String == "Jiaozuo Creation Heavy Industry Co Ltd" })
        #expect(nodes.values.contains { $0["label"] as? String == "Min Ziheng" })
        let ownerships = edges.filter { (($0.last as? [String: Any])?["schema"] as? String) == "Ownership" }
        #expect(ownerships.count == 2)
        #expect(ownerships.contains { (($0.last as? [String: Any])?["percentage"] as? String) == "40" })
    }

    @Test func neighbourhoodExportIsValidToo() throws {
        let workspace = try Workspace()
        let export = try workspace.run("export", "--format", "ftm", "--entity", "Min Ziheng", "--output", "min.json")
        #expect(export.status == 0, "\(export.error)")
        let check = try PeerTools.script("ftm_validate.py", ["min.json"], in: workspace.directory)
        #expect(check.status == 0, "\(check.output)")
        let all = try FollowTheMoneyExportTests.entities(workspace.directory.appendingPathComponent("min.json"))
        #expect(all.values.contains { ($0["schema"] as? String) == "Employment" })
        #expect(!all.values.contains { ($0["schema"] as? String) == "Ownership" })
    }
}
