import MineralKB

/// Builds a page's markup: raw markup only from this module's own literals, every value through
/// `HTMLEscaping`.
public struct HTMLWriter {
    /// The markup so far.
    public private(set) var html = ""
    /// Where entity, source and other pages live ("" on a server: `/entity/12`); nil for a file that
    /// stands alone (names are then plain text, as no server is there to follow them to).
    public let linkBase: String?

    /// A writer whose links start with `linkBase` (nil: no links).
    public init(linkBase: String?) {
        self.linkBase = linkBase
        html.reserveCapacity(16 * 1024)
    }

    /// Markup written by this module (tags, never data).
    mutating func raw(_ markup: String) { html += markup }

    /// Data as element text.
    mutating func text(_ value: String) { html += HTMLEscaping.text(value) }

    /// `<tag>text</tag>`, the text escaped.
    mutating func element(_ tag: String, _ value: String, class className: String? = nil) {
        html += className.map { "<\(tag) class=\"\($0)\">" } ?? "<\(tag)>"
        html += HTMLEscaping.text(value)
        html += "</\(tag)>"
    }

    /// A link to a page of this site: `path` is built by this module, `query` values are encoded.
    mutating func link(_ path: String, query: [(String, String?)] = [], _ label: String, class className: String? = nil) {
        guard let linkBase else {
            text(label)
            return
        }
        html += "<a href=\"" + HTMLEscaping.text(linkBase + path + HTMLEscaping.query(query)) + "\""
        if let className { html += " class=\"\(className)\"" }
        html += ">" + HTMLEscaping.text(label) + "</a>"
    }

    /// The entity's name linking to its page, with its kind as a hint.
    mutating func entity(_ entity: EntityRef) {
        guard linkBase != nil else {
            text(entity.name)
            return
        }
        link("/entity/\(entity.id)", entity.name, class: "k-\(entity.kind.rawValue)")
    }

    /// A source's label linking to its page.
    mutating func source(_ citation: SourceCitation) {
        link("/source/\(citation.sourceID)", citation.label)
    }

    /// A URL from the data: a link when it is a plain http(s) URL, else text (so `javascript:` never runs).
    mutating func externalURL(_ value: String) {
        if let url = HTMLEscaping.safeExternalURL(value) {
            html += "<a rel=\"noopener noreferrer nofollow\" href=\"" + HTMLEscaping.text(url) + "\">" + HTMLEscaping.text(value) + "</a>"
        } else {
            text(value)
        }
    }

    /// A table's header row.
    mutating func headerRow(_ names: [String]) {
        raw("<tr>")
        for name in names { element("th", name) }
        raw("</tr>")
    }
}
