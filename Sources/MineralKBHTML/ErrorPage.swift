import MineralKB

/// What went wrong, and where to go from there (the closest names for an unknown one).
public enum ErrorPage {
    /// The page's body.
    public static func body(title: String, message: String, suggestions: [EntityDescription] = [], linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", title)
        w.raw("<p class=\"error\">")
        w.text(message)
        w.raw("</p>")
        if !suggestions.isEmpty {
            w.element("p", "Did you mean:")
            w.raw("<ul>")
            for suggestion in suggestions {
                w.raw("<li>")
                w.entity(suggestion.entity)
                if let context = suggestion.context { w.text(" — \(suggestion.entity.kind.rawValue), \(context)") }
                w.raw("</li>")
            }
            w.raw("</ul>")
        }
        return w.html
    }
}
