/// What an entity page shows where its picture goes.
public enum EntityPicture: Sendable {
    /// The SVG itself, inside the page (a saved or mailed page must stand alone).
    case inline(svg: String)
    /// The SVG at this path, fetched by the browser (a server keeps the page itself fast).
    case linked(path: String)
    /// No picture, and why (Graphviz missing, dot failed).
    case unavailable(reason: String)
}
