/// How a source's date is known.
public enum DateBasis: String, CaseIterable, Codable, Sendable {
    /// Printed on the document.
    case printed
    /// Read from its URL.
    case url
    /// From its dateline.
    case dateline
    /// From the page's metadata.
    case metadata
    /// Some other way (say how in the source's note).
    case other
}
