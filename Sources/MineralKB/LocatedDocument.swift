/// A parsed document with what the importer needs to point at its JSON: the file it came from and,
/// for each list, the JSON index of every element kept.
///
/// An element that did not parse (a link without `to`) is left out of the document; the indexes of
/// the elements after it still name their place in the file.
struct LocatedDocument: Sendable {
    /// The document's name in messages, usually its file path.
    var file: String
    var document: Document
    /// False when the source did not parse: the document is then checked but not written.
    var hasSource: Bool
    /// List → JSON index of each element kept; absent when every element was kept.
    var origins: [Document.CodingKeys: [Int]] = [:]

    /// The JSON path of element `index` of the list `key`: `$.links[3]`.
    func path(_ key: Document.CodingKeys, _ index: Int) -> String {
        LocatedDocument.path(key, index, origins: origins)
    }

    /// The same, from the origins alone: what a closure made per element captures, rather than a
    /// copy of the whole document.
    static func path(_ key: Document.CodingKeys, _ index: Int, origins: [Document.CodingKeys: [Int]]) -> String {
        "$." + key.stringValue + "[" + String(origins[key]?[index] ?? index) + "]"
    }
}
