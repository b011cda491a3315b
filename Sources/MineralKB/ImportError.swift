
/// Why an import wrote nothing: every problem found, each with its file and JSON path.
public struct ImportError: Error, Equatable, CustomStringConvertible {
    /// Every problem found, each with its file and JSON path.
    public let problems: [DocumentProblem]

    /// An error listing `problems`.
    public init(problems: [DocumentProblem]) { self.problems = problems }

    /// A headline saying nothing was written, then one indented line per problem.
    public var description: String {
        let head = problems.count == 1 ? "import failed; nothing was written:" : "import failed with \(problems.count) problems; nothing was written:"
        return ([head] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
