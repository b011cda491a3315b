import Foundation

/// The `details` of a row of `changes`: the command's arguments and, one line each, the facts it
/// removed or moved, so that a curation can be understood (and undone by hand) later.
struct ChangeDetails: Codable {
    var arguments: [String: String]
    var facts: [String]

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
