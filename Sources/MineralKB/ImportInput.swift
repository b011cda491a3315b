import Foundation

/// One document to import: its bytes and the name its errors should carry (usually the file path).
public struct ImportInput: Sendable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
