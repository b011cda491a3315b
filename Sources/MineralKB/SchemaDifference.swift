/// One way in which a file's schema differs from the one MineralKB's migrations make.
public struct SchemaDifference: Hashable, Codable, Sendable, CustomStringConvertible {
    /// How the object differs.
    public enum Change: String, Hashable, Codable, Sendable {
        /// The migrations make it; the file lacks it.
        case missing
        /// The file has it; the migrations do not make it (an added trigger, table, index or view).
        case unexpected
        /// Both have it under this name, defined differently.
        case changed
    }

    /// Missing, unexpected or changed.
    public let change: Change
    /// `table`, `index`, `trigger` or `view`.
    public let type: String
    /// The object's name.
    public let name: String
    /// What differs: the columns of a changed table, the SQL of an unexpected object.
    public let detail: String?

    /// A difference found by comparing schemas.
    public init(change: Change, type: String, name: String, detail: String?) {
        self.change = change
        self.type = type
        self.name = name
        self.detail = detail
    }

    /// "unexpected trigger wipe_quotes: CREATE TRIGGER …".
    public var description: String {
        "\(change.rawValue) \(type) \(name)" + (detail.map { ": \($0)" } ?? "")
    }
}
