@_spi(Tools) import MineralKB
import SQLite

/// The reference places and minerals that ship with the schema, as the generator needs them:
/// names it may use without declaring them, and every name it must not reuse.
struct ReferenceData {
    struct Country {
        let name: String
        let code: String
        /// First-level subdivisions whose names are unambiguous.
        let subdivisions: [String]
    }

    /// Countries whose names are unambiguous, the mining countries first (in `miningCountryCodes` order).
    let countries: [Country]
    /// How many of `countries` are the mining countries most facts are about.
    let miningCountryCount: Int
    /// Minerals whose names are unambiguous among every entity, the commonest in reports first.
    let minerals: [String]
    /// Every normalised name the reference data already uses: generated names must avoid them.
    let takenNames: Set<String>

    /// Countries most generated facts are about, most written-about first.
    static let miningCountryCodes = [
        "PK", "CN", "AU", "CL", "CD", "PE", "ZA", "CA", "ID", "ZM", "KZ", "MN", "BR", "IN", "RU", "GH", "MX", "PH",
        "PG", "AR", "BO", "TZ", "ML", "GN", "SA", "AF", "IR", "TR", "VN", "US", "ZW", "NA", "BW", "MZ", "MG", "UZ",
        "KG", "TJ", "EC", "CO",
    ]

    /// Minerals reports name most, in order; the other reference minerals follow.
    static let commonMinerals = [
        "copper", "gold", "coal", "iron ore", "lithium", "zinc", "lead", "nickel", "cobalt", "bauxite", "chromite",
        "rare earth elements", "silver", "manganese", "uranium", "gemstones", "rock salt", "gypsum", "limestone",
        "marble", "granite", "barite", "fluorite", "graphite", "tin", "tungsten", "molybdenum", "platinum", "phosphate",
    ]

    static func load() throws -> ReferenceData {
        let kb = try KnowledgeBase.inMemory()
        let database = kb.database
        var entitiesPerName: [String: Int] = [:]
        try database.forEachRow(sql: "SELECT normalised, count(DISTINCT entity_id) FROM aliases GROUP BY normalised") { row in
            entitiesPerName[try row[0]] = try row[1]
        }
        func isUnambiguous(_ name: String) -> Bool { entitiesPerName[NameNormaliser.normalise(name)] == 1 }

        var subdivisions: [String: [String]] = [:]
        try database.forEachRow(sql: """
            SELECT c.iso_code, s.name FROM places AS s JOIN places AS c ON c.id = s.parent_id
            WHERE c.parent_id IS NULL ORDER BY c.iso_code, s.name
            """) { row in
            let name: String = try row[1]
            if isUnambiguous(name) { subdivisions[try row[0], default: []].append(name) }
        }
        var byCode: [String: Country] = [:]
        var codes: [String] = []
        try database.forEachRow(sql: "SELECT iso_code, name FROM places WHERE parent_id IS NULL AND iso_code IS NOT NULL ORDER BY iso_code") { row in
            let code: String = try row[0], name: String = try row[1]
            guard isUnambiguous(name) else { return }
            byCode[code] = Country(name: name, code: code, subdivisions: subdivisions[code] ?? [])
            codes.append(code)
        }
        let mining = miningCountryCodes.filter { byCode[$0] != nil }
        let others = codes.filter { !mining.contains($0) }
        let countries = (mining + others).compactMap { byCode[$0] }

        var minerals: [String] = try database.fetchAll(sql: "SELECT name FROM minerals ORDER BY id") { row -> String in try row[0] }
            .filter(isUnambiguous)
        let common = commonMinerals.filter { minerals.contains($0) }
        minerals = common + minerals.filter { !common.contains($0) }

        return ReferenceData(countries: countries, miningCountryCount: mining.count, minerals: minerals,
                             takenNames: Set(entitiesPerName.keys))
    }
}
