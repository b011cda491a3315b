import Foundation

/// One document to import: its bytes and the name its errors should carry (usually the file path).
public struct ImportInput: Sendable {
    /// The name its errors carry, usually the file path.
    public let name: String
    /// The document's bytes: JSON in UTF-8 (or UTF-16 or UTF-32 with a byte order mark).
    public let data: Data

    /// A document called `name` with the bytes `data`.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
