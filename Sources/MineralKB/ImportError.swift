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

/// Why an import wrote nothing: every problem found, each with its file and JSON path.
public struct ImportError: Error, Equatable, CustomStringConvertible {
    public let problems: [DocumentProblem]

    public init(problems: [DocumentProblem]) { self.problems = problems }

    public var description: String {
        let head = problems.count == 1 ? "import failed; nothing was written:" : "import failed with \(problems.count) problems; nothing was written:"
        return ([head] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
