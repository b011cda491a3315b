import Foundation
import Testing
@testable import MineralKB

@Suite struct FirmsTests {
    @Test func chineseFirmActiveInPakistanSince2006OrBefore() throws {
        try withFixtures { kb in
            let rows = try kb.firmsActive(in: "Pakistan", filter: FirmFilter(from: "China"))
            let jiaozuo = rows.filter { $0.organisation.name == "Jiaozuo Creation Heavy Industry Co Ltd" }
            #expect(!jiaozuo.isEmpty)
            let operates = try #require(jiaozuo.first { $0.presence == "operates_in" && $0.since?.date == "2006" })
            #expect(operates.since?.qualifier == "before")
            #expect(operates.origins == ["China"])
            #expect(operates.sources.map(\.label) == ["Associated Press of Pakistan, Islamabad, 2026-01-29"])
            // The second source's disagreeing start year is kept beside the first, not merged over it.
            #expect(jiaozuo.contains { $0.presence == "operates_in" && $0.since?.date == "2004" })
            let office = try #require(jiaozuo.first { $0.presence == "has_office_in" })
            #expect(office.place.name == "Karachi")
            #expect(office.detail == "local office")
        }
    }
}
