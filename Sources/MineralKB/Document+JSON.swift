import Foundation

extension Document {
    /// The document as import-format JSON: pretty-printed, keys sorted, so the same document
    /// always gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a document from import-format JSON with the importer's own checks, reporting every
    /// problem with `file`, its JSON path and what was expected (a `JSONDecoder` stops at the first
    /// and cannot say where it is).
    /// - Throws: `ImportError` listing every problem, and nothing else (typed).
    public static func parse(_ data: Data, file: String) throws(ImportError) -> Document {
        var parser = DocumentParser(file: file)
        let located = parser.parse(data)
        guard let located, parser.problems.isEmpty else { throw ImportError(problems: parser.problems) }
        return located.document
    }
}

extension ImportInput {
    /// The document `document` to import under the name `name` (what its errors will say).
    /// It goes through the same checks as a file: names, dates, texts and vocabularies.
    public init(name: String, document: Document) throws {
        self.init(name: name, data: try document.jsonData())
    }
}
