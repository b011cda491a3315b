/// One problem in one document: which file, where in it (a JSON path such as `$.links[2].to`), and what was expected.
public struct DocumentProblem: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let path: String
    public let message: String

    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    public var description: String { "\(file): \(path): \(message)" }
}
