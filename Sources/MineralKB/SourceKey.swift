/// What makes a source the same source on a second import, and two articles two sources: its url,
/// else its reference, else its title with its publisher and date. A document with none of url,
/// reference or title cannot be told apart from another of the same outlet and day, and is refused.
enum SourceKey {
    /// The key, or nil when the source has neither url, reference nor title. The publisher is its
    /// entity id, so that two spellings of one outlet make one key. Migration 0006 keys the sources
    /// already stored the same way.
    static func key(url: String?, reference: String?, title: String?, publisherID: Int64?, published: String?) -> String? {
        if let url { return "url:" + url }
        if let reference { return "reference:" + reference }
        guard let title else { return nil }
        return "title:" + title + "\u{1F}" + (publisherID.map(String.init) ?? "") + "\u{1F}" + (published ?? "")
    }

    /// Why a source without a key is refused, and what to add.
    static let missingMessage = "a source needs a url, a reference or a title, so that two articles of one outlet "
        + "on one day are never taken for one"
}
