import TestSupport

/// The rows both sides insert, generated once before any timing.
///
/// Names look like the knowledge base's organisations ("Jiaozuo Copper Heavy Industry 48213"):
/// 2–4 words and a number, 12–50 bytes, so most are too long for Swift's inline small strings.
/// Countries come from a fixed list that includes non-ASCII names ("Côte d’Ivoire", "Türkiye").
///
/// With `shortText` (a diagnostic, not the default) every name and country fits in 15 UTF-8 bytes,
/// which Swift stores inline, so reading makes no heap allocation: "Firm 48213", "Pakistan".
struct BenchmarkRows {
    let names: [String]
    let countries: [String]
    let founded: [Int]

    var count: Int { names.count }

    static let words = [
        "Jiaozuo", "Creation", "Heavy", "Industry", "Copper", "Mining", "Minerals", "Resources",
        "Sindh", "Engro", "Lucky", "Group", "Holdings", "Saindak", "Reko", "Diq", "Gold",
        "Lithium", "Chromite", "Coal", "Energy", "Metals", "Exploration", "Frontier", "Karachi",
        "Balochistan", "Zinc", "Iron", "Works", "Company", "Corporation", "Limited",
    ]

    static let countryNames = [
        "Pakistan", "China", "Afghanistan", "Iran", "India", "Australia", "Canada", "Chile",
        "Peru", "Zambia", "Democratic Republic of the Congo", "Côte d’Ivoire", "Türkiye",
        "Kazakhstan", "Saudi Arabia", "United Kingdom",
    ]

    init(count: Int, shortText: Bool = false, seed: UInt64 = 0x4D69_6E65_7261_6C4B) {
        var random = SplitMix64(seed: seed)
        let countryNames = shortText ? BenchmarkRows.countryNames.filter { $0.utf8.count <= 15 } : BenchmarkRows.countryNames
        var names: [String] = []
        var countries: [String] = []
        var founded: [Int] = []
        names.reserveCapacity(count)
        countries.reserveCapacity(count)
        founded.reserveCapacity(count)
        for index in 0..<count {
            var name = shortText ? "Firm " : ""
            if !shortText {
                for _ in 0..<(2 + Int(random.next() % 3)) {
                    name += BenchmarkRows.words[Int(random.next() % UInt64(BenchmarkRows.words.count))]
                    name += " "
                }
            }
            name += String(index + 1)
            names.append(name)
            countries.append(countryNames[Int(random.next() % UInt64(countryNames.count))])
            founded.append(1850 + Int(random.next() % 176))
        }
        self.names = names
        self.countries = countries
        self.founded = founded
    }

    /// `count` ids in 1...rows, drawn with a fixed seed.
    static func lookupIDs(count: Int, rows: Int, seed: UInt64 = 0x4C6F_6F6B_7570) -> [Int64] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in Int64(1 + random.next() % UInt64(max(rows, 1))) }
    }
}

/// What a read or lookup saw; both sides must agree, or they did not do the same work.
struct Checksum: Equatable, CustomStringConvertible {
    var rows: Int64 = 0
    var idSum: Int64 = 0
    var foundedSum: Int64 = 0
    var textBytes: Int64 = 0

    var description: String { "rows=\(rows) ids=\(idSum) founded=\(foundedSum) textBytes=\(textBytes)" }
}
