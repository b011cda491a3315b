/// One problem in one document: which file, where in it (a JSON path such as `$.links[2].to`), and what was expected.
public struct DocumentProblem: Equatable, Sendable, CustomStringConvertible {
    /// The document's name, usually its file path.
    public let file: String
    /// Where in the document, as a JSON path (`$.links[2].to`); `$` for the document as a whole; empty for a file that is not JSON.
    public let path: String
    /// What is wrong, and what was expected.
    public let message: String

    /// A problem at `path` in the document `file`.
    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `file: path: message`, as error output prints it (`file: message` when there is no path).
    public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)" }
}
