/// An identifier from an outside register, scheme and value: `wikidata:Q42`, `lei:5493001KJTIIGC8Y1R12`,
/// `opensanctions:NK-…`, `gb-coh:01234567` (a company registry number), `iso3166:PK-SD`.
///
/// Identifiers tell apart entities that share a name: an entity carries any number of them (one
/// entity per scheme and value), and a document that names one means that entity whatever names it
/// uses. The scheme is folded to lower case; the value is kept as written.
public struct Identifier: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The register: `wikidata`, `lei`, `opensanctions`, `iso3166`, a registry's code.
    public let scheme: String
    /// The entity's id in that register, as the register writes it.
    public let value: String

    /// The identifier written `scheme:value`; nil when the text is not of that shape (the scheme
    /// starts with a letter and holds letters, digits, `.`, `-` or `_`; the value is not empty).
    public init?(_ text: String) {
        // Byte search first: every name an import resolves is tried as an identifier, and most have no colon.
        let colonByte = UInt8(ascii: ":")
        let hasColon = text.utf8.withContiguousStorageIfAvailable { $0.contains(colonByte) } ?? text.utf8.contains(colonByte)
        guard hasColon, let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon].lowercased()
        let value = text[text.index(after: colon)...].trimmingSpaces
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first),
              scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }),
              !value.isEmpty, !value.hasPrefix("//")  // a URL ("https://…") is not an identifier
        else { return nil }
        self.scheme = scheme
        self.value = value
    }

    /// What an identifier looks like, for messages.
    static let expectation = "expected an identifier written scheme:value, such as \"wikidata:Q42\" or \"lei:5493001KJTIIGC8Y1R12\""

    /// `scheme:value`.
    public var description: String { "\(scheme):\(value)" }

    /// Orders by scheme, then value.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { (lhs.scheme, lhs.value) < (rhs.scheme, rhs.value) }

    /// The scheme of the ISO 3166 codes that reference places carry (`iso3166:PK`, `iso3166:PK-SD`).
    public static let isoScheme = "iso3166"
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
