import MineralKB

/// The shortest chain of connections between two entities, each step with its sources.
public enum PathPage {
    /// The page's body: the form, then the hops (nil before a search; an empty list when the two are one).
    public static func body(from: String?, to: String?, hops: [PathHop]??, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", "Path between two entities")
        w.raw("<form class=\"filters\" method=\"get\" action=\"")
        w.text((linkBase ?? "") + "/path")
        w.raw("\">")
        FirmsPage.input(&w, "from", "From", from, placeholder: "Min Ziheng")
        FirmsPage.input(&w, "to", "To", to, placeholder: "Karachi")
        w.raw("<button>Find</button></form>")
        guard let found = hops else { return w.html }
        guard let hops = found else {
            w.element("p", "No chain of links joins them within 4 steps.", class: "muted")
            return w.html
        }
        if hops.isEmpty { w.element("p", "They are the same entity.", class: "muted") }
        w.raw("<ol>")
        for hop in hops {
            let connection = hop.connection
            w.raw("<li>")
            w.entity(connection.from)
            w.text(" \(connection.relation.replacingOccurrences(of: "_", with: " ")) ")
            w.entity(connection.to)
            if let detail = connection.detail { w.text(" (\(detail))") }
            if hop.isReversed { w.raw(" <span class=\"muted\">(followed backwards)</span>") }
            if !connection.sources.isEmpty {
                w.raw("<br>")
                EntityPage.citations(&w, connection.sources)
            }
            w.raw("</li>")
        }
        w.raw("</ol>")
        return w.html
    }
}
