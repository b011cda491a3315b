/// A date known to the year, the month or the day: `2006`, `2026-01`, `2026-01-29`, as ISO 8601 text.
///
/// Kept as text so that SQL compares and sorts it directly; validated to be a real calendar date.
public struct PartialDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The date as ISO 8601 text: `2006`, `2026-01` or `2026-01-29`.
    public let text: String

    /// Reads the date from a JSON string, refusing text that is not a real partial date.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected \(PartialDate.expectation), found \"\(text)\"")
        }
        self = date
    }

    /// Writes the date as its ISO text, a plain JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// Parses `text`; nil unless it is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and a real date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1,
              parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return nil }
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            if parts.count == 3 {
                guard let day = Int(parts[2]), (1...PartialDate.days(inMonth: month, year: year)).contains(day) else { return nil }
            }
        }
        self.text = text
    }

    /// The date as ISO 8601 text.
    public var description: String { text }

    /// The year, always known.
    public var year: Int { Int(text.prefix(4)) ?? 0 }

    /// Compares the text: earlier dates first, and a year before its months (`2026` < `2026-01`).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.text < rhs.text }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// What the documents' error messages say a date must look like.
    public static let expectation = "a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2006, 2026-01, 2026-01-29)"
}
