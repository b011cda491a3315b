import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

@Test func freshDatabaseHasReferenceData() throws {
    let kb = try KnowledgeBase.inMemory()
    let countries = try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM places WHERE parent_id IS NULL")
    #expect(countries == 249)
    let sindh = try kb.database.fetchOne(String.self, sql: "SELECT p.name FROM aliases a JOIN places p ON p.id = a.entity_id JOIN places c ON c.id = p.parent_id WHERE a.normalised = 'sindh' AND c.iso_code = 'PK'")
    #expect(sindh == "Sindh")
    let aluminium = try kb.database.fetchOne(String.self, sql: "SELECT m.name FROM aliases a JOIN minerals m ON m.id = a.entity_id WHERE a.normalised = ?", arguments: [NameNormaliser.normalise("Aluminum")])
    #expect(aluminium == "aluminium")
}

@Test func referenceNamesResolveWithoutBeingDefined() throws {
    let kb = try KnowledgeBase.inMemory()
    #expect(try kb.entity(named: "Henan", kinds: [.place]).name == "Henan Sheng")
    #expect(try kb.entity(named: "Sindh", kinds: [.place]).name == "Sindh")
    #expect(try kb.entity(named: "aluminum", kinds: [.mineral]).name == "aluminium")
    #expect(try kb.entity(named: "Pakistan").kind == .place)
    #expect(try kb.entity(named: "PAK").name == "Pakistan")
    #expect(try kb.entity(named: "Cu", kinds: [.mineral]).name == "copper")  // "CU" alone is also Cuba
}

@Test func linkViewsReadLikeTheDomain() throws {
    try withFixtures { kb in
        let title = try kb.database.fetchOne(String.self, sql: "SELECT title FROM affiliations WHERE person = 'Min Ziheng'")
        #expect(title == "Director Marketing Planning")
        let share = try kb.database.fetchOne(Double.self, sql: "SELECT share_percent FROM stakes WHERE organisation LIKE 'Jiaozuo%' AND relation = 'owns'")
        #expect(share == 40)
        let reserves = try kb.database.fetchAll(sql: "SELECT mineral FROM commodities WHERE holder = 'Pakistan' AND relation = 'has_reserves_of' ORDER BY mineral") { row -> String in try row[0] }
        #expect(reserves == ["aluminium", "copper", "gemstones", "iron", "lead", "zinc"])
        #expect(try kb.database.fetchOne(String.self, sql: "SELECT partner FROM partnerships") == "Indus Example Minerals Ltd")
        #expect(try kb.database.fetchOne(String.self, sql: "SELECT forum FROM participations WHERE participant = 'Min Ziheng'") == "Pak–China Mineral Cooperation Forum")
    }
}
