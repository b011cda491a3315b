import Foundation
import Testing
@testable import MineralKB

@Test(arguments: [
    ("Pak–China", "pak china"), ("Pak-China", "pak china"), ("pak  china", "pak china"), ("PAK—CHINA", "pak china"),
    ("Jiaozuo Creation Heavy Industry Co., Ltd.", "jiaozuo creation heavy industry co ltd"),
    ("Pakistan’s", "pakistans"), ("Zürich", "zurich"), ("Ｔｏｋｙｏ", "tokyo"), ("Gold & Copper", "gold and copper"),
    ("کراچی", "کراچی"), ("焦作", "焦作"), ("  ", ""),
])
func namesFoldToOneForm(input: String, expected: String) {
    #expect(NameNormaliser.normalise(input) == expected)
}

@Test func partialDatesAreRealDates() {
    for good in ["2006", "2026-01", "2026-01-29", "2024-02-29"] { #expect(PartialDate(good) != nil) }
    for bad in ["2026-13-45", "2025-02-29", "26", "2026-1", "2026/01", "", "abcd", "2026-01-29T00:00", "२०२६"] {
        #expect(PartialDate(bad) == nil)
    }
}

@Test func partialDatesAreJSONStringsAndDecodeOnlyRealDates() throws {
    let encoded = try JSONEncoder().encode([PartialDate("2026-01")])
    #expect(String(decoding: encoded, as: UTF8.self) == #"["2026-01"]"#)
    #expect(try JSONDecoder().decode([PartialDate].self, from: encoded) == [PartialDate("2026-01")])
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
}
