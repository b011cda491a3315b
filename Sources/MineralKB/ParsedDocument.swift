import Foundation

/// A document being parsed on another thread (reading JSON and checking it is about a third of an
/// import's work, and overlaps with SQLite's writing of the document before it).
final class ParsedDocument: @unchecked Sendable {
    // `result` is written once, by the parsing thread, before `done` is signalled, and read only
    // after `wait()` has seen the signal.
    private let done = DispatchSemaphore(value: 0)
    private var result: (document: LocatedDocument?, problems: [DocumentProblem]) = (nil, [])

    init(_ input: DocumentInput) {
        switch input {
        case .unreadable(let problem):
            result = (nil, [problem])
            done.signal()
        case .document(let input):
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                var parser = DocumentParser(file: input.name)
                let document = parser.parse(input.data)
                result = (document, parser.problems)
                done.signal()
            }
        }
    }

    /// The document as far as it parsed (nil if it could not be read at all) and its problems, once parsed.
    func wait() -> (LocatedDocument?, [DocumentProblem]) {
        done.wait()
        return result
    }
}
